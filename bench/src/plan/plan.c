// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan: expand a sweep file into the ordered plan the guest agent
 * executes, or tell a resumed run which points are left. This file is the
 * command line; the sweep grammar is in sweep.c, the expansion and the
 * files in plan_write.c, the resume bookkeeping in plan_remaining.c.
 *
 * Configurations that are compared with each other are interleaved in
 * randomised complete blocks inside one boot, so slow drift (host load,
 * caches, thermal state) hits all of them alike instead of biasing the one
 * that happened to run last.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "number.h"
#include "plan.h"
#include "rng.h"
#include "shard.h"
#include "sweep.h"
#include "sweep_parser.h"

static const char *const prog = "vlab-plan";

/* The extra axes of lib/axes.def, one line each, for --help. */
static void print_xaxes(void)
{
	char range[48];
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++) {
		snprintf(range, sizeof(range), "%lu-%lu", vlab_xaxis(i)->lo, vlab_xaxis(i)->hi);
		printf("              %s (list, %s%s%s):\n                %s\n", vlab_xaxis(i)->key,
		       vlab_xaxis(i)->names ? vlab_xaxis(i)->names : range,
		       vlab_xaxis(i)->only_rw ? ", only with rw = " : "",
		       vlab_xaxis(i)->only_rw ? vlab_xaxis(i)->only_rw : "", vlab_xaxis(i)->help);
	}
}

static void usage(void)
{
	printf(
"Usage: vlab-plan --sweep FILE --out DIR [--seed N] [--reps N] [--clock C] [--shard I/N]\n"
"       vlab-plan --remaining RUN_DIR | --next-boot RUN_DIR\n"
"       vlab-plan --list-backends\n"
"       vlab-plan --sweep FILE --get KEY\n"
"Expand a sweep file into the ordered plan the guest agent executes, list\n"
"the points of an interrupted run that are still to run, print one value\n"
"of a sweep file for a script, or list the backend types.\n"
"\n"
"Configurations are every [driver] x every [backend] of the sweep. For each\n"
"repetition, each [workload] in file order and each of its points (rw x bs x\n"
"iodepth x numjobs, in list order) one block holds every configuration once,\n"
"shuffled with the seeded RNG (randomised complete blocks), so configurations\n"
"being compared alternate inside one boot. Point ids read\n"
"SEQ-DRIVER-BACKEND-RW-BS-qdN-jM-rREP, SEQ zero-padded to sort in order.\n"
"\n"
"Options:\n"
"  --sweep FILE        the sweep file (grammar below)\n"
"  --out DIR           plan directory to create; must not exist or be empty\n"
"  --seed N            shuffle seed, 0 to 4294967295 [the sweep's seed, else\n"
"                      from the clock]; always recorded in plan.json\n"
"  --reps N            repetitions, 1 to 100 [the sweep's repetitions]\n"
"  --clock C           auto, icount or wall [the sweep's clock, else auto]\n"
"  --shard I/N         shard I (0-based) of N: the whole plan, plus DIR/shard.json\n"
"                      naming the blocks this run folder runs (longest first onto\n"
"                      the least loaded shard, by runtime + ramp + %d s a point;\n"
"                      on icount block by block, on any other clock a workload\n"
"                      point with all its repetitions, so a median never pools\n"
"                      hosts)\n"
"                      and the plan's SHA-256; needs a fixed seed (--seed, or\n"
"                      the sweep's), or the shards would plan different orders\n"
"  --remaining RUN_DIR print the ids of RUN_DIR/plan not finished in\n"
"                      RUN_DIR/points (no points/<id>/status), in plan order;\n"
"                      of a shard, only its own points\n"
"  --next-boot RUN_DIR of those, the ones the next boot of the lab VM runs:\n"
"                      all, or with boots = per-repetition the first\n"
"                      unfinished repetition's (bench/run.sh asks per boot)\n"
"  --list-backends     print every backend type, one per line\n"
"  --get KEY           print KEY of FILE's [sweep] as the planner reads it,\n"
"                      defaults filled in (perf as on|off); exit 1 when it\n"
"                      has no value. driver.KEY or backend.KEY (name is the\n"
"                      section's NAME): one line per such section, in order\n"
"  -h, --help          show this help\n"
"\n"
"Sweep file: '# comment' and blank lines; sections [sweep] (exactly one),\n"
"[driver NAME] (1-24), [backend NAME] (1-16), [workload NAME] (1-32), NAME\n"
"[a-z0-9][a-z0-9_-]{0,23}; 'key = value' lines; lists are comma separated;\n"
"a '#' after a blank ends the value. Keys [default]:\n"
"  [sweep]     name (required, [a-z0-9][a-z0-9_-]{0,39}), description,\n"
"              repetitions 1-100 [3], seed 0-4294967295, baseline (a driver\n"
"              NAME: each configuration against it on its own backend; or\n"
"              DRIVER/BACKEND: every configuration against that one)\n"
"              [first driver], warmup 0-600 s per boot [0],\n"
"              perf on|off [off], baseline_backend (BASE:OTHER pairs of\n"
"              backend NAMEs, comma or blank separated: OTHER's ratios are\n"
"              taken against BASE, same driver) [none], clock auto|icount|\n"
"              wall [auto: icount under TCG, wall under KVM or on the host;\n"
"              bench/vm/clock.sh], control (a driver NAME repeating the\n"
"              baseline driver exactly, on the backends where it is\n"
"              compared: its ratios are the run's A/A noise floor) [none], placement split|free [split: a single fio\n"
"              job on vCPU 0, the backend's threads on the last vCPU; free:\n"
"              where the scheduler puts them], boots (one of %s)\n"
"              [the first: the repetitions share boots; per-repetition:\n"
"              each its own, so their intervals take in what differs\n"
"              between boots]\n"
"  [driver]    module stock|ours (required); params and knobs, space-separated\n"
"              k=v (module parameters, per-device sysfs knobs; names, values\n"
"              and ranges from kernel/knobs.def; with stock only upstream's\n"
"              own knobs, such as bounce_size, and no params); observe, an\n"
"              eBPF tool attached around each fio run (lib.sh's EBPF_TOOLS):\n"
"              %s [none]; backends, the backend NAMEs it runs\n"
"              on [all]: the plan runs only these driver/backend pairs\n"
"  [backend]   type (required): qsd-null, qsd-ram, qsd-file (bench/guest/\n"
"              lib.sh's QSD_TYPES), blkd-T for a vduse-blkd target T\n"
"              (vduse-blkd --list-targets), ublk-T (the same over ublk),\n"
"              nullb (null_blk, the kernel alone; all: --list-backends,\n"
"              the kinds: lib.sh's BACKEND_KINDS); size 1M-64G [1G],\n"
"              nullb in whole MiB, queues 1-16 [1]; only blkd-*, ublk-*:\n"
"              args, the vduse-blkd options that `vduse-blkd\n"
"              --list-options` marks SWEEP yes, checked by vduse-blkd's\n"
"              own code [none]; build instr|noinstr (vduse-blkd-noinstr:\n"
"              instrumentation compiled out) [instr]\n"
"  [workload]  rw (list of read, write, randread, randwrite, rw, randrw), bs\n"
"              (list, 512-16M, multiples of 512), iodepth (list, 1-1024), all\n"
"              required; numjobs (list, 1-64) [1], runtime 1-3600 s [4],\n"
"              ramp 0-600 s [1]; further axes (lib/axes.def):\n",
	       VLAB_SHARD_POINT_SETUP_S, sweep_join(sweep_boots, (size_t)-1, ""),
	       sweep_choice_list(SWEEP_OBSERVE));
	print_xaxes();
	printf(
"Sizes are bytes with an optional k, m or g suffix (powers of 1024). At most\n"
"%lu points. Errors name FILE:LINE, the key and the value.\n"
"\n"
"Writes DIR/order, DIR/plan.json (format 1: the sweep file verbatim, every\n"
"section parsed, seed, baseline, clock, control, boots, the ordered ids),\n"
"DIR/boot.env (VLAB_WARMUP, VLAB_CLOCK, VLAB_PLACEMENT)\n"
"and per point DIR/points/<id>/params.json and point.env; all or nothing.\n"
"\n"
"Exit status: 0 done; 1 could not write; 2 bad sweep, option or run folder.\n"
"\n"
"Examples:\n"
"  vlab-plan --sweep bench/sweeps/quick.conf --out results/run1/plan\n"
"  vlab-plan --sweep my.conf --out /tmp/plan --seed 42 --reps 5\n"
"  vlab-plan --sweep my.conf --out /tmp/shard1 --seed 42 --shard 1/4\n"
"  vlab-plan --remaining results/20261128T150000Z-default\n"
"  vlab-plan --next-boot results/20261128T150000Z-default\n"
"  vlab-plan --sweep bench/sweeps/quick.conf --get description\n",
	       SWEEP_MAX_POINTS);
}

static unsigned parse_count(const char *opt, const char *arg, unsigned lo, unsigned hi)
{
	uint64_t v;

	if (vlab_parse_u64(arg, &v) || v < lo || v > hi)
		vlab_usage_error(prog, "%s: '%s' is not a whole number from %u to %u", opt, arg, lo, hi);
	return (unsigned)v;
}

/* A plan is written only into a fresh place, never over an earlier one. */
static void check_out_dir(const char *out)
{
	struct dirent *de;
	struct stat st;
	DIR *d;

	if (stat(out, &st) < 0) {
		if (errno == ENOENT)
			return;
		fprintf(stderr, "%s: --out '%s': %s\n", prog, out, strerror(errno));
		exit(VLAB_EXIT_FAIL);
	}
	if (!S_ISDIR(st.st_mode))
		vlab_usage_error(prog, "--out '%s': exists and is not a directory", out);
	d = opendir(out);
	if (!d) {
		fprintf(stderr, "%s: --out '%s': %s\n", prog, out, strerror(errno));
		exit(VLAB_EXIT_FAIL);
	}
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			break;
	closedir(d);
	if (de)
		vlab_usage_error(prog, "--out '%s': directory exists and is not empty; give a new or empty directory",
				 out);
}

static uint32_t clock_seed(void)
{
	struct timespec ts;
	uint64_t x;

	clock_gettime(CLOCK_REALTIME, &ts);
	x = (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
	x ^= (uint64_t)getpid() << 40; /* two plans in the same nanosecond still differ */
	return (uint32_t)vlab_splitmix64(&x);
}

int main(int argc, char **argv)
{
	enum { OPT_SWEEP = 256, OPT_OUT, OPT_SEED, OPT_REPS, OPT_REMAINING, OPT_NEXT_BOOT,
	       OPT_CLOCK, OPT_LIST_BACKENDS, OPT_GET, OPT_SHARD };
	static const struct option longopts[] = {
		{ "sweep", required_argument, NULL, OPT_SWEEP },
		{ "out", required_argument, NULL, OPT_OUT },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "reps", required_argument, NULL, OPT_REPS },
		{ "remaining", required_argument, NULL, OPT_REMAINING },
		{ "next-boot", required_argument, NULL, OPT_NEXT_BOOT },
		{ "clock", required_argument, NULL, OPT_CLOCK },
		{ "list-backends", no_argument, NULL, OPT_LIST_BACKENDS },
		{ "get", required_argument, NULL, OPT_GET },
		{ "shard", required_argument, NULL, OPT_SHARD },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	const char *sweep_path = NULL, *seed_arg = NULL, *reps_arg = NULL, *remaining = NULL;
	const char *clock_arg = NULL, *get = NULL, *remaining_opt = "--remaining";
	struct plan_shard shard_spec, *shard = NULL;
	char shard_err[160];
	struct sweep sw;
	unsigned long npoints;
	unsigned reps;
	uint32_t seed;
	uint64_t total;
	char *out = NULL, *err = NULL;
	size_t len;
	int c, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_SWEEP: sweep_path = optarg; break;
		case OPT_OUT: out = optarg; break;
		case OPT_SEED: seed_arg = optarg; break;
		case OPT_REPS: reps_arg = optarg; break;
		case OPT_REMAINING:
		case OPT_NEXT_BOOT:
			if (remaining)
				vlab_usage_error(prog, "give one of --remaining and --next-boot, once");
			remaining = optarg;
			remaining_opt = c == OPT_NEXT_BOOT ? "--next-boot" : "--remaining";
			break;
		case OPT_GET: get = optarg; break;
		case OPT_SHARD:
			if (vlab_shard_parse(optarg, &shard_spec.index, &shard_spec.count, shard_err,
					     sizeof(shard_err)))
				vlab_usage_error(prog, "--shard %s", shard_err);
			shard = &shard_spec;
			break;
		case OPT_CLOCK:
			if (!sweep_clock_known(optarg))
				vlab_usage_error(prog, "--clock: '%s' is not a clock; allowed: %s",
						 optarg, sweep_clock_list());
			clock_arg = optarg;
			break;
		case OPT_LIST_BACKENDS:
			puts(sweep_backend_types("\n"));
			return 0;
		case 'h':
			usage();
			return 0;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	if (optind < argc)
		vlab_usage_error(prog, "unexpected argument '%s'", argv[optind]);
	if (remaining) {
		if (sweep_path || out || seed_arg || reps_arg || clock_arg || get || shard)
			vlab_usage_error(prog, "%s RUN_DIR takes no other option", remaining_opt);
		return plan_remaining(prog, remaining, !strcmp(remaining_opt, "--next-boot"));
	}
	if (!sweep_path || !*sweep_path)
		vlab_usage_error(prog, "--sweep FILE is required (or --remaining RUN_DIR)");
	if (get && (out || seed_arg || reps_arg || clock_arg || shard))
		vlab_usage_error(prog, "--get KEY takes only --sweep FILE");
	if (!get && (!out || !*out))
		vlab_usage_error(prog, "--out DIR is required");
	reps = reps_arg ? parse_count("--reps", reps_arg, 1, 100) : 0;
	seed = seed_arg ? parse_count("--seed", seed_arg, 0, UINT32_MAX) : 0;

	ret = sweep_load(sweep_path, &sw, &err);
	if (ret == -ENOMEM) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return VLAB_EXIT_FAIL;
	}
	if (ret) {
		fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
		free(err);
		sweep_free(&sw);
		return VLAB_EXIT_USAGE;
	}
	if (get) {
		ret = plan_get(prog, &sw, get);
		sweep_free(&sw);
		return ret;
	}
	if (!sw.question) {
		/* the index and the report print it: a run says what it asks */
		fprintf(stderr, "%s: %s: [sweep] has no 'question' key; it is required: one sentence ending in '?' that this sweep answers, e.g. question = Does our module cost IOPS against stock VDUSE?\n",
			prog, sweep_path);
		sweep_free(&sw);
		return VLAB_EXIT_USAGE;
	}
	if (!reps_arg)
		reps = sw.reps;
	if (clock_arg) {
		free(sw.clock);
		sw.clock = strdup(clock_arg);
		if (!sw.clock) {
			fprintf(stderr, "%s: out of memory\n", prog);
			sweep_free(&sw);
			return VLAB_EXIT_FAIL;
		}
	}
	if (shard && !seed_arg && !sw.has_seed) {
		sweep_free(&sw);
		vlab_usage_error(prog, "--shard %u/%u: the sweep sets no seed, and a seed from the clock would give every shard another plan; give --seed N (the same to every shard)",
				 shard_spec.index, shard_spec.count);
	}
	if (!seed_arg)
		seed = sw.has_seed ? sw.seed : clock_seed();
	total = sweep_plan_points(&sw, reps);
	if (total > SWEEP_MAX_POINTS) {
		sweep_free(&sw);
		vlab_usage_error(prog, "--reps %u: the sweep expands to %llu points; at most %lu are allowed",
				 reps, (unsigned long long)total, SWEEP_MAX_POINTS);
	}

	/*
	 * A block runs whole on one host; where figures depend on the host
	 * (every clock but icount), so does a workload point's every
	 * repetition. No shard may be empty.
	 */
	if (shard) {
		unsigned long nblocks = (unsigned long)(total / sw.ncfgs);
		unsigned long npoints = nblocks / reps;

		shard->by_point = strcmp(sw.clock, "icount") != 0;
		if (!shard->by_point && shard->count > nblocks) {
			sweep_free(&sw);
			vlab_usage_error(prog, "--shard %u/%u: the plan has %lu blocks (a block is every configuration of one workload point, one repetition, and runs whole on one host); at most %lu shards",
					 shard_spec.index, shard_spec.count, nblocks, nblocks);
		}
		if (shard->by_point && shard->count > npoints)
			vlab_usage_error(prog, "--shard %u/%u: on clock %s a workload point runs all its repetitions on one host, so that its medians do not pool hosts; the plan has %lu workload points: at most %lu shards (or --clock icount)",
					 shard_spec.index, shard_spec.count, sw.clock, npoints, npoints);
	}

	/* "DIR/" must become "DIR", or the temporary name would land inside it */
	len = strlen(out);
	while (len > 1 && out[len - 1] == '/')
		out[--len] = '\0';
	check_out_dir(out);

	ret = plan_write(&sw, seed, reps, shard, out, &npoints);
	if (ret)
		fprintf(stderr, "%s: writing the plan to '%s' failed: %s\n", prog, out, strerror(-ret));
	else
		fprintf(stderr, "%s: sweep %s: %lu points in %lu blocks of %zu, seed %u, clock %s, written to %s\n",
			prog, sw.name, npoints, npoints / sw.ncfgs,
			sw.ncfgs, seed, sw.clock, out);
	sweep_free(&sw);
	free(err);
	return ret ? VLAB_EXIT_FAIL : 0;
}
