// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-tune: the settings of our module and vduse-blkd for one deployment
 * (a workload, a memory budget per device, queues, a backend, safe values
 * only unless allowed), found in four sweeps that bench/run.sh runs as any
 * other (bench/vlab tune chains them): a screen of one change at a time, a
 * recheck with more repetitions of each value the screen could not rule
 * out, a greedy combination of the recheck's winners, a confirmation
 * against stock with more repetitions. Each subcommand is a function of
 * its inputs, so that on the instruction clock two tunings differ only
 * where the measurements do: a value whose gain lies on the minimum gain's
 * line within its recheck's interval, or a link whose added gain lies on
 * it within the combine's, can still be chosen in one tuning and not in
 * the other (issue 27).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "number.h"
#include "tune_recommend.h"
#include "tune_req.h"
#include "tune_stage.h"

static const char *const prog = "vlab-tune";

static void usage(void)
{
	printf(
"Usage: vlab-tune screen (--preset P | --job FILE) [--memory-budget SIZE]\n"
"                 [--queues N] [--backend TYPE] [--allow-unsafe] [--clock C]\n"
"                 [--metric M] > sweep.conf\n"
"       vlab-tune recheck SCREEN_RUN > sweep.conf\n"
"       vlab-tune combine RECHECK_RUN > sweep.conf\n"
"       vlab-tune confirm COMBINE_RUN > sweep.conf\n"
"       vlab-tune recommend CONFIRM_RUN\n"
"Tune our module's knobs and vduse-blkd's options for one deployment, in\n"
"four sweeps (bench/vlab tune runs them in order):\n"
"  screen     one change at a time against our module's defaults within the\n"
"             budget, with an A/A copy: a driver per knob value\n"
"             (kernel/knobs.def) on the base backend, and a backend per\n"
"             vduse-blkd option value (for a vduse-blkd backend)\n"
"  recheck    the screen's values whose interval reaches 1%% better at the\n"
"             metric, measured again with our defaults and their A/A copy,\n"
"             %d repetitions, a boot each: the screen only rules out\n"
"  combine    the recheck's winners (significant beyond the A/A noise and\n"
"             better at the metric by at least 1%% over the whole 95%%\n"
"             interval; ties by name), best first, at most %d of each,\n"
"             chained greedily: combine-1 the best, combine-2 the two\n"
"             best, ...; the daemon's winners as one backend, tuned; %d\n"
"             repetitions, a boot each\n"
"  confirm    stock held to the budget (its bounce_size), an A/A copy of\n"
"             it and the chosen configuration (each longer chain only\n"
"             where it beats the one before by the minimum gain),\n"
"             %d repetitions, each in its own boot of the lab VM (so that\n"
"             the interval takes in what differs between boots), on the\n"
"             chosen backend\n"
"  recommend  the lines to apply, in attach order, the gain over stock with\n"
"             its 95%% interval, a verdict (faster, not distinguishable,\n"
"             slower: keep stock), and the runs that are the evidence\n"
"Each sweep goes to stdout, its point count and minutes to stderr, with\n"
"every candidate left out and why.\n"
"\n"
"Options (screen):\n"
"  --preset P          oltp (4k random, 70%% reads, QD 32), stream (1M\n"
"                      sequential reads, QD 4), mixed (64k random, 50%% reads,\n"
"                      QD 8); a fio job per queue\n"
"  --job FILE          a fio job file: rw, bs, iodepth, numjobs, rwmixread,\n"
"                      rwmixwrite, runtime, ramp_time; any other option refused\n"
"  --memory-budget S   bounce memory per device, 1M to 1G [64M, the default\n"
"                      bounce_size]: a value holding more is not tried\n"
"  --queues N          the device's queues, 1 to 16 [1]\n"
"  --backend TYPE      a VDUSE backend type, blkd-T or qsd-T [blkd-ram]\n"
"  --allow-unsafe      try bounce_strategy=direct too (research only)\n"
"  --clock C           icount or wall [icount]; wall for --host\n"
"  --metric M          the aggregate.csv metric to gain in [iops]\n"
"  -h, --help          show this help\n"
"\n"
"Examples:\n"
"  vlab-tune screen --preset oltp --memory-budget 16M > screen.conf\n"
"  vlab-tune recheck results/T-tune/screen > recheck.conf\n"
"  vlab-tune combine results/T-tune/recheck > combine.conf\n"
"  vlab-tune recommend results/T-tune/confirm\n"
"\n"
"Exit status: 0 done, 1 a run could not be read or used, 2 bad usage.\n",
		TUNE_DECIDE_REPS, TUNE_MAX_WINNERS, TUNE_DECIDE_REPS,
		TUNE_DECIDE_REPS);
}

/* Print s's sweep (whole or not at all) and its estimate. */
static int emit(const struct tune_req *r, const struct tune_sweep *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	f = open_memstream(&buf, &len);
	if (!f)
		return VLAB_EXIT_FAIL;
	tune_sweep_write(f, r, s);
	fclose(f);
	fwrite(buf, 1, len, stdout);
	free(buf);
	tune_sweep_estimate(stderr, s);
	return fflush(stdout) ? VLAB_EXIT_FAIL : 0;
}

static int cmd_screen(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "preset", required_argument, NULL, 'p' }, { "job", required_argument, NULL, 'j' },
		{ "memory-budget", required_argument, NULL, 'b' },
		{ "queues", required_argument, NULL, 'q' },
		{ "backend", required_argument, NULL, 'k' },
		{ "allow-unsafe", no_argument, NULL, 'u' }, { "clock", required_argument, NULL, 'c' },
		{ "metric", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' }, { 0 }
	};
	struct tune_req r = { .budget = TUNE_DEFAULT_BUDGET, .queues = 1, .rwmixread = -1 };
	const char *preset = NULL, *job = NULL;
	struct tune_sweep s;
	char why[1024];
	uint64_t n;
	int c;

	snprintf(r.backend, sizeof(r.backend), "blkd-ram");
	snprintf(r.clock, sizeof(r.clock), "icount");
	snprintf(r.metric, sizeof(r.metric), "iops");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'p': preset = optarg; break;
		case 'j': job = optarg; break;
		case 'b':
			if (vlab_parse_size(optarg, &r.budget))
				vlab_usage_error(prog, "--memory-budget '%s' is not a size; allowed: 1M to 1G (4096, 16M, 1G)", optarg);
			break;
		case 'q':
			if (vlab_parse_u64(optarg, &n) || n < 1 || n > 16)
				vlab_usage_error(prog, "--queues '%s' is not allowed; allowed: 1 to 16", optarg);
			r.queues = (unsigned int)n;
			break;
		case 'k': snprintf(r.backend, sizeof(r.backend), "%s", optarg); break;
		case 'u': r.allow_unsafe = 1; break;
		case 'c': snprintf(r.clock, sizeof(r.clock), "%.7s", optarg);
			if (strlen(optarg) > 7)
				vlab_usage_error(prog, "--clock '%s' is not allowed; allowed: icount, wall", optarg);
			break;
		case 'm': snprintf(r.metric, sizeof(r.metric), "%.23s", optarg);
			if (strlen(optarg) > 23)
				vlab_usage_error(prog, "--metric '%s' is not an aggregate.csv metric", optarg);
			break;
		case 'h': usage(); return 0;
		default: vlab_getopt_error(prog, c, argv);
		}
	}
	if (optind < argc)
		vlab_usage_error(prog, "screen takes no operand, got '%s'", argv[optind]);
	if (!preset == !job)
		vlab_usage_error(prog, "screen needs one of --preset (%s) and --job FILE", tune_presets_list);
	if ((preset ? tune_req_preset(&r, preset, why, sizeof(why)) :
		      tune_req_job(&r, job, why, sizeof(why))) ||
	    tune_req_check(&r, why, sizeof(why)) ||
	    tune_screen(&r, &s, stderr, why, sizeof(why)))
		vlab_usage_error(prog, "%s", why);
	return emit(&r, &s);
}

/* recheck, combine, confirm, recommend: a run folder in, a stage out */
static int cmd_runs(const char *cmd, int argc, char **argv)
{
	static const char *const reads[][2] = {
		{ "recheck", "screen" }, { "combine", "recheck" }, { "confirm", "combine" },
		{ "recommend", "confirm" },
	};
	struct tune_run run;
	struct tune_sweep s;
	char why[1024];
	size_t i;
	int ret;

	if (argc > 2 && (!strcmp(argv[2], "-h") || !strcmp(argv[2], "--help"))) {
		usage();
		return 0;
	}
	for (i = 0; strcmp(reads[i][0], cmd); i++)
		;
	if (argc != 3)
		vlab_usage_error(prog, "%s takes one run folder (the %s's), got %d", cmd, reads[i][1],
				 argc - 2);
	vlab_require_dir(prog, "a run folder", argv[2]);
	if (tune_run_load(argv[2], reads[i][1], &run, why, sizeof(why))) {
		fprintf(stderr, "%s %s: %s\n", prog, cmd, why);
		tune_run_free(&run);
		return VLAB_EXIT_FAIL;
	}
	if (!strcmp(cmd, "recheck"))
		ret = tune_recheck(&run, &s, stderr, why, sizeof(why));
	else if (!strcmp(cmd, "combine"))
		ret = tune_combine(&run, &s, stderr, why, sizeof(why));
	else if (!strcmp(cmd, "confirm"))
		ret = tune_confirm(&run, &s, stderr, why, sizeof(why));
	else
		ret = tune_recommend(&run, stdout, why, sizeof(why));
	if (ret)
		fprintf(stderr, "%s %s: %s\n", prog, cmd, why);
	else if (strcmp(cmd, "recommend"))
		ret = emit(&run.req, &s);
	tune_run_free(&run);
	return ret ? VLAB_EXIT_FAIL : 0;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";

	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
		usage();
		return 0;
	}
	if (!strcmp(cmd, "screen"))
		return cmd_screen(argc - 1, argv + 1);
	if (!strcmp(cmd, "recheck") || !strcmp(cmd, "combine") || !strcmp(cmd, "confirm") ||
	    !strcmp(cmd, "recommend"))
		return cmd_runs(cmd, argc, argv);
	if (*cmd == '-')
		vlab_usage_error(prog, "unknown option '%s'", cmd);
	vlab_usage_error(prog, "'%s' is not a subcommand; allowed: screen, recheck, combine, confirm, recommend",
			 cmd);
}
