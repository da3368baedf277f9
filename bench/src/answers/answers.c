// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-answers: the answer a run gives per knob, as Markdown: for each
 * value of each knob of our module, the workload points where it beats the
 * baseline and where it loses to it, with the ratio and its interval, how
 * often there is no significant difference, the run's noise floor and the
 * value's memory cost. kernel/README.md's "Which strategy when" is this
 * text, kept in a block per run that --update rewrites and --check compares (test
 * bench.answers), so the section says what the published run says.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers_block.h"
#include "answers_print.h"
#include "answers_read.h"
#include "atomic.h"
#include "cli.h"
#include "readfile.h"

static const char *const prog = "vlab-answers";

static void usage(void)
{
	printf(
"Usage: vlab-answers RUN_DIR\n"
"       vlab-answers --update FILE RUN_DIR\n"
"       vlab-answers --check FILE [--results DIR]\n"
"Which knob value wins where in the run RUN_DIR, as Markdown: per knob of our\n"
"module, its values ranked, each with the workload points where its ratio to\n"
"the baseline driver is significantly better (wins) or worse (losses), the\n"
"ratio and its 95%% interval, the points without a significant difference,\n"
"the run's A/A noise floor, its clock and each value's memory. Every figure\n"
"carries the fig marker that vlab-figcheck checks.\n"
"\n"
"Options:\n"
"  --update FILE   rewrite the block of FILE between its lines\n"
"                  '<!-- vlab-answers RUN begin -->' and '<!-- vlab-answers end -->'\n"
"                  whose RUN is of RUN_DIR's sweep (RUN is <time>-<sweep>, as\n"
"                  bench/vlab publish names runs; a file has one block per\n"
"                  sweep) from RUN_DIR, atomically (the rest of FILE is kept)\n"
"  --check FILE    write nothing; exit 1 when a block of FILE differs from\n"
"                  what the run it names gives, naming the first line that\n"
"                  differs in each\n"
"  --results DIR   where --check finds that run (default: results)\n"
"  -h, --help      show this help\n"
"\n"
"The link to the run's REPORT.md is relative to FILE's folder (printing: to\n"
"the current folder).\n"
"\n"
"Examples:\n"
"  vlab-answers results/20261207T122022Z-knobs\n"
"  vlab-answers --update kernel/README.md results/20261207T070000Z-knobs\n"
"  vlab-answers --check kernel/README.md\n"
"\n"
"Exit status: 0 done (or every block is current), 1 a run or FILE could not\n"
"be read, FILE has no block of RUN_DIR's sweep, or a block differs, 2 bad\n"
"usage.\n");
}

/* The relative path from folder from to path to (both absolute, canonical). */
static char *relative(const char *from, const char *to)
{
	size_t i = 0, common = 0, up = 0;
	char *out, *p;

	while (from[i] && from[i] == to[i]) {
		if (from[i] == '/')
			common = i;
		i++;
	}
	if (!from[i] && (to[i] == '/' || !to[i]))
		common = i;
	for (p = (char *)from + common; *p; p++)
		up += *p == '/';
	out = malloc(3 * up + strlen(to) + 2);
	if (!out)
		return NULL;
	out[0] = '\0';
	while (up--)
		strcat(out, "../");
	strcat(out, to[common] == '/' ? to + common + 1 : to + common);
	return out;
}

/* The link to run's REPORT.md as read from folder dir. */
static char *report_link(const char *dir, const char *run)
{
	char from[PATH_MAX], to[PATH_MAX], *path, *rel;

	if (!realpath(dir, from) || !realpath(run, to))
		return NULL;
	rel = relative(from, to);
	if (!rel || asprintf(&path, "%s%sREPORT.md", rel, *rel ? "/" : "") < 0)
		path = NULL;
	free(rel);
	return path;
}

/*
 * The block run_dir gives, as read from folder dir, malloc'd into *out; its
 * sweep's name malloc'd into *sweep when sweep is not NULL.
 */
static int render(const char *run_dir, const char *dir, char **out, char **sweep)
{
	struct ans_run r;
	char *err = NULL, *link;
	size_t len;
	FILE *f;
	int ret;

	*out = NULL;
	ret = ans_run_load(run_dir, &r, &err);
	if (ret) {
		fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
		free(err);
		ans_run_free(&r);
		return ret;
	}
	if (sweep) {
		*sweep = strdup(r.plan.name ? r.plan.name : "");
		if (!*sweep) {
			ans_run_free(&r);
			return -ENOMEM;
		}
	}
	link = report_link(dir, run_dir);
	f = link ? open_memstream(out, &len) : NULL;
	if (f) {
		ans_print(f, &r, link);
		ret = fclose(f) ? -EIO : 0;
	} else {
		fprintf(stderr, "%s: cannot resolve %s from %s\n", prog, run_dir, dir);
		ret = -ENOMEM;
	}
	free(link);
	ans_run_free(&r);
	return ret;
}

/* --check: does block b of file (text) hold what its run in results gives? */
static int check_block(const char *file, const char *text, const struct ans_block *b,
		       const char *dir, const char *results)
{
	char *path, *block = NULL;
	size_t line;
	int ret;

	if (asprintf(&path, "%s/%s", results, b->run) < 0)
		return -ENOMEM;
	ret = render(path, dir, &block, NULL);
	if (!ret) {
		line = ans_block_differs(text, b, block);
		if (line) {
			fprintf(stderr, "%s: %s differs from what %s gives at line %zu; rewrite it with bench/vlab answers --update %s %s (never by hand)\n",
				prog, file, path, line, file, path);
			ret = -EBADMSG;
		}
	}
	free(block);
	free(path);
	return ret;
}

/* --update: rewrite the block of file (text) whose sweep is run_dir's. */
static int update_block(const char *file, const char *text, const struct ans_block *bs, size_t n,
			const char *dir, const char *run_dir)
{
	char *block = NULL, *sweep = NULL, *out = NULL;
	size_t i;
	int ret;

	ret = render(run_dir, dir, &block, &sweep);
	if (ret)
		goto out;
	for (i = 0; i < n && strcmp(ans_block_sweep(&bs[i]), sweep); i++)
		;
	if (i == n) {
		fprintf(stderr, "%s: %s has no vlab-answers block of sweep '%s' (%s's); its blocks:",
			prog, file, sweep, run_dir);
		for (i = 0; i < n; i++)
			fprintf(stderr, " %s (line %zu)", bs[i].run, bs[i].line);
		fprintf(stderr, "; add the lines '%sRUN%s' and '%s' where it belongs, then --update\n",
			ANS_BEGIN_PREFIX, ANS_BEGIN_SUFFIX, ANS_END_LINE);
		ret = -ENOENT;
		goto out;
	}
	out = ans_block_replace(text, &bs[i], block);
	ret = out ? vlab_atomic_write(file, out, strlen(out)) : -ENOMEM;
	if (ret)
		fprintf(stderr, "%s: writing %s: %s\n", prog, file, strerror(-ret));
out:
	free(out);
	free(sweep);
	free(block);
	return ret;
}

/* --update FILE RUN_DIR or --check FILE: the blocks in file */
static int in_file(const char *file, const char *run_dir, const char *results, int check)
{
	char *text = NULL, *err = NULL, *dir, *copy;
	struct ans_block *bs = NULL;
	size_t i, n;
	int ret, one;

	ret = vlab_read_all(file, &text, NULL);
	if (ret) {
		fprintf(stderr, "%s: %s: %s\n", prog, file, strerror(-ret));
		return VLAB_EXIT_FAIL;
	}
	copy = strdup(file);
	dir = copy ? dirname(copy) : NULL;
	ret = dir ? ans_blocks_find(file, text, &bs, &n, &err) : -ENOMEM;
	if (ret) {
		fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
		goto out;
	}
	if (!check) {
		ret = update_block(file, text, bs, n, dir, run_dir);
		goto out;
	}
	/* every block, each one's difference named */
	for (i = 0; i < n; i++) {
		one = check_block(file, text, &bs[i], dir, results);
		ret = ret ? ret : one;
	}
out:
	free(err);
	free(bs);
	free(copy);
	free(text);
	return ret ? VLAB_EXIT_FAIL : 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "update", required_argument, NULL, 'u' },
		{ "check", required_argument, NULL, 'c' },
		{ "results", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	const char *update = NULL, *check = NULL, *results = NULL;
	char *block = NULL;
	int c, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'u':
			update = optarg;
			break;
		case 'c':
			check = optarg;
			break;
		case 'r':
			results = optarg;
			break;
		case 'h':
			usage();
			return 0;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	if (update && check)
		vlab_usage_error(prog, "give --update or --check, not both");
	if (results && !check)
		vlab_usage_error(prog, "--results is for --check (the other forms take RUN_DIR)");
	if (check) {
		if (optind != argc)
			vlab_usage_error(prog, "--check takes no RUN_DIR: the block names its run ('%s')",
					 argv[optind]);
		results = results ? results : "results";
		vlab_require_dir(prog, "--results", results);
		return in_file(check, NULL, results, 1);
	}
	if (argc - optind != 1)
		vlab_usage_error(prog, "give one RUN_DIR");
	vlab_require_dir(prog, "RUN_DIR", argv[optind]);
	if (update)
		return in_file(update, argv[optind], NULL, 0);
	ret = render(argv[optind], ".", &block, NULL);
	if (!ret)
		fputs(block, stdout);
	free(block);
	return ret || fflush(stdout) ? VLAB_EXIT_FAIL : 0;
}
