// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-merge: the command line. A plan's blocks ran as shards on any number
 * of hosts; the merged folder is a normal run (summarize, report, compare
 * and publish read it as any other) whose manifest names every shard's host
 * and provenance.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "merge.h"
#include "shard.h"

static const char *const prog = "vlab-merge";

static void usage(void)
{
	printf(
"Usage: vlab-merge --out DIR SHARD...\n"
"Merge the shard run folders of one plan (bench/vlab run --shard I/N) into\n"
"one run folder DIR, then run vlab-summarize and vlab-report on it (bench/vlab\n"
"merge does both).\n"
"\n"
"Refused, with the reason: a folder that is not a shard; shards of different\n"
"plans (their plan's SHA-256 differs: sweep, seed, repetitions or clock), of\n"
"different suite revisions (commit and diff), or measured on different\n"
"clocks (name, icount shift, TCG thread mode, accelerator) or guest kernels;\n"
"a shard missing, given twice, or with points not run (resume it first).\n"
"\n"
"DIR gets: plan/ (the whole plan, without shard.json), points/ (each from its\n"
"shard; a point's boot renumbered so that boots of different shards stay\n"
"apart), vm/boot-N (renumbered alike), guest/, sweep.conf, observe.env and\n"
"source.diff from shard 0, shards/shard-I.json (each shard's manifest and\n"
"shard.json), and manifest.json: shard 0's, with \"host\" replaced by\n"
"\"shards\" (per shard: index, folder, host, created_utc, boots, points,\n"
"binaries_checked) and \"hosts\" (every host name), vm.boots summed,\n"
"binaries_checked true only if every shard's is, and \"merged\" (when, how\n"
"many shards, the plan's SHA-256, host_independent: true on the instruction\n"
"clock, whose figures count guest instructions, false on the wall clock,\n"
"where only ratios inside a block compare). Written under DIR.tmp.PID and\n"
"renamed: all or nothing.\n"
"\n"
"Exit status: 0 merged; 1 could not read or write; 2 bad usage or a refused mix.\n"
"\n"
"Examples:\n"
"  vlab-merge --out results/20261206T120000Z-quick shards/shard-0 shards/shard-1\n"
"  bench/vlab merge --out results/run results/run.shards/shard-*\n");
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "out", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	struct shard_run *s;
	const char *out = NULL;
	size_t n;
	int c, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'h': usage(); return 0;
		default: vlab_getopt_error(prog, c, argv);
		}
	}
	if (!out || !*out)
		vlab_usage_error(prog, "--out DIR is required: the merged run folder to create");
	if (optind >= argc)
		vlab_usage_error(prog, "no SHARD folders given: name every shard's run folder");
	n = (size_t)(argc - optind);
	if (n > VLAB_SHARD_MAX)
		vlab_usage_error(prog, "%zu folders given; at most %d shards merge", n, VLAB_SHARD_MAX);
	s = calloc(n, sizeof(*s));
	if (!s) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return VLAB_EXIT_FAIL;
	}
	ret = merge_load_check(prog, argv + optind, n, s);
	if (!ret)
		ret = merge_write(prog, s, n, out);
	merge_free(s, n);
	free(s);
	return ret;
}
