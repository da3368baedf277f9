// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: turn a summarised run (manifest.json, plan/plan.json,
 * summary.csv, aggregate.csv) into charts, REPORT.md and a
 * self-contained report.html. This file is the command line and the
 * loading; see report_model.h for the other parts.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "cli.h"
#include "jsonfile.h"
#include "number.h"
#include "planfile.h"
#include "report_stats.h"
#include "report_reps.h"
#include "report_chart.h"
#include "report_figs.h"
#include "report_knobs.h"
#include "report_headline.h"
#include "report_probe.h"
#include "report_body.h"
#include "report_shards.h"
#include "report_caveat.h"
#include "report_tcost.h"
#include "report_manifest.h"

static const char *const prog = "vlab-report";

static void usage(void)
{
	printf(
"Usage: vlab-report RUN_DIR\n"
"       vlab-report --perf-caveat [RUN_DIR]\n"
"Write the report of a summarised run (see vlab-summarize).\n"
"\n"
"Reads RUN_DIR/manifest.json (name, accelerator, guest_kernel, created_utc,\n"
"clock: its label heads the report and foots every chart;\n"
"missing keys print as \"unknown\"), RUN_DIR/plan/plan.json (sweep name, seed,\n"
"baseline, configuration order; format 1), RUN_DIR/summary.csv, and, when\n"
"present, aggregate.csv (medians with their order-statistic intervals and\n"
"the levels those achieve, ratios to the baseline with their 95%% t\n"
"intervals) and points/<id>/vduse-lat.json (probe data). Writes, every\n"
"file replaced atomically:\n"
"  chart.{csv,gp,png,svg}  IOPS against queue depth per configuration, one\n"
"                          panel per rw/bs/numjobs (median, bars min-max);\n"
"                          every chart draws each repetition as a dot\n"
"                          (charts/reps.csv) and marks unsafe configurations\n"
"  charts/lat.*            latency p50/p99/p99.9 against queue depth per\n"
"                          configuration, one chart per rw/bs/numjobs\n"
"  charts/latiops.*        mean latency against IOPS, one line per\n"
"                          configuration through its queue depths, per\n"
"                          rw/bs/numjobs run at two depths or more\n"
"  charts/knobs.*          when the drivers set two knobs or more: per\n"
"                          backend and rw/bs/numjobs a panel per knob, the\n"
"                          baseline, the default driver and the drivers\n"
"                          setting that knob (IOPS against queue depth)\n"
"  charts/bw.*             bandwidth against block size per configuration,\n"
"                          per rw/iodepth/numjobs run at more than one bs\n"
"  charts/ratio.*          ratio to the baseline of IOPS, p99 latency, CPU\n"
"                          per I/O and the guest's (kernel workers and\n"
"                          interrupts included) with 95%% intervals, per\n"
"                          workload point\n"
"  charts/backend-ratio.*  the same against the baseline backend (the sweep's\n"
"                          baseline_backend: same driver), when there is one\n"
"  charts/transport-cost.csv  with a nullb backend: each configuration's mean\n"
"                          latency over null_blk's (same driver, queues, rep)\n"
"                          with t intervals, and over stock VDUSE + qsd's\n"
"  charts/backend-stages.csv  vduse-blkd's stage means (backend-stages.csv)\n"
"  charts/stages.*         with probe data: per rw/bs/numjobs, for each queue\n"
"                          depth a bar per configuration stacking the mean\n"
"                          time per I/O of each vduse-lat stage its record's\n"
"                          breakdown names (median over repetitions; with\n"
"                          vduse-blkd's USDT probes backend's parts instead\n"
"                          of backend), the total marked\n"
"  REPORT.md               the tables: per workload point and configuration\n"
"                          median IOPS [interval], mean, p50, p99 and p99.9\n"
"                          latency, CPU per I/O (fio + backend, and the whole\n"
"                          guest: kernel workers and interrupts included),\n"
"                          ratio to the baseline [interval] and to\n"
"                          the baseline backend; configurations flagged\n"
"                          unsafe (bounce_strategy=direct) marked, loudly; failed\n"
"                          and missing points with their reasons; the stage\n"
"                          breakdown with probe I/Os over fio's as a check\n"
"  report.html             the same, self-contained: CSS and every chart's\n"
"                          SVG inline, no scripts, no external files\n"
"Every chart is drawn by gnuplot (from PATH) from the CSV beside its script.\n"
"\n"
"Exit status: 0 done; 1 the run could not be read or gnuplot failed (the\n"
"other files are still written); 2 usage error or a run made by an\n"
"incompatible version.\n"
"\n"
"Options:\n"
"  --perf-caveat  print the caveat a report carries when its sweep ran perf\n"
"                 stat over more than one backend type, and exit; with\n"
"                 RUN_DIR only if that run's report must carry it\n"
"  -h, --help   show this help\n"
"\n"
"Examples:\n"
"  vlab-summarize results/run1; vlab-report results/run1\n"
"  vlab-report results/run1 && xdg-open results/run1/report.html\n");
}

/* Columns of summary.csv: required ones, then ones older runs lack. */
enum { C_ID, C_SEQ, C_DRIVER, C_BACKEND, C_RW, C_BS, C_IODEPTH, C_NUMJOBS, C_REP,
       C_STATUS, C_IOPS, C_LAT, C_REQUIRED,
       C_CONFIG = C_REQUIRED, C_BW, C_P50, C_P99, C_P999, C_CPU, C_TOTAL_IOS, C_FLAGS, C_COUNT };
static const char *const col_names[C_COUNT] = {
	"id", "seq", "driver", "backend", "rw", "bs", "iodepth", "numjobs", "rep",
	"status", "iops", "lat_mean_us",
	"config", "bw_kib_s", "lat_p50_us", "lat_p99_us", "lat_p999_us", "cpu_us_per_io",
	"total_ios", "flags",
};

static int cell_long(const char *s, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	return *s && !*end && !errno ? 0 : -EINVAL;
}

/* An empty metric cell, or a column the run does not have, is NAN. */
static int cell_double(char **cells, int col, double *out)
{
	const char *s = col >= 0 ? cells[col] : "";
	char *end;

	if (!*s) {
		*out = NAN;
		return 0;
	}
	*out = strtod(s, &end);
	return *end || isnan(*out) ? -EINVAL : 0;
}

static int parse_row(char **cells, const int *col, const int *xcol, struct rpoint *p)
{
	p->id = cells[col[C_ID]];
	p->driver = cells[col[C_DRIVER]];
	p->backend = cells[col[C_BACKEND]];
	p->config = col[C_CONFIG] >= 0 ? cells[col[C_CONFIG]] : NULL;
	p->rw = cells[col[C_RW]];
	p->bs = cells[col[C_BS]];
	p->status = cells[col[C_STATUS]];
	p->flags = col[C_FLAGS] >= 0 ? cells[col[C_FLAGS]] : "";
	if (cell_long(cells[col[C_SEQ]], &p->seq) || cell_long(cells[col[C_IODEPTH]], &p->iodepth) ||
	    cell_long(cells[col[C_NUMJOBS]], &p->numjobs) || cell_long(cells[col[C_REP]], &p->rep) ||
	    cell_double(cells, col[C_IOPS], &p->iops) || cell_double(cells, col[C_LAT], &p->lat_mean_us) ||
	    cell_double(cells, col[C_BW], &p->bw) || cell_double(cells, col[C_P50], &p->lat_p50_us) ||
	    cell_double(cells, col[C_P99], &p->lat_p99_us) ||
	    cell_double(cells, col[C_P999], &p->lat_p999_us) ||
	    cell_double(cells, col[C_CPU], &p->cpu_us) ||
	    cell_double(cells, col[C_TOTAL_IOS], &p->total_ios) ||
	    vlab_parse_size(p->bs, &p->bs_bytes) || vlab_xvals_from_cells(cells, xcol, &p->x))
		return -EINVAL;
	p->ok = !strcmp(p->status, "ok") && !isnan(p->iops);
	return 0;
}

static int cmp_seq(const void *a, const void *b)
{
	const struct rpoint *x = a, *y = b;

	return (x->seq > y->seq) - (x->seq < y->seq);
}

static int cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* for cmp_config: qsort has no context argument */
static const struct report *sorting;

static size_t plan_rank(const char *name)
{
	size_t i;

	for (i = 0; sorting->plan_configs && sorting->plan_configs[i]; i++)
		if (!strcmp(sorting->plan_configs[i], name))
			return i;
	return (size_t)-1;
}

/* The plan's order; without a plan, by backend with the baseline first. */
static int cmp_config(const void *a, const void *b)
{
	const struct rconfig *x = a, *y = b;
	size_t rx = plan_rank(x->name), ry = plan_rank(y->name);
	int d;

	if (rx != ry)
		return rx < ry ? -1 : 1;
	d = strcmp(x->backend, y->backend);
	if (d)
		return d;
	d = (strcmp(x->driver, sorting->baseline) != 0) - (strcmp(y->driver, sorting->baseline) != 0);
	return d ? d : strcmp(x->driver, y->driver);
}

/* Give every point its workload and config index; collect the queue depths. */
static int index_points(struct report *r)
{
	struct rpoint *p;
	char *name;
	size_t i;

	for (p = r->pts; p < r->pts + r->npts; p++) {
		for (i = 0; i < r->nwl; i++)
			if (!strcmp(r->wl[i].rw, p->rw) && !strcmp(r->wl[i].bs, p->bs) &&
			    r->wl[i].numjobs == p->numjobs)
				break;
		if (i == r->nwl)
			r->wl[r->nwl++] = (struct rworkload){ p->rw, p->bs, p->numjobs };
		p->workload = i;
		if (!p->config) {
			/* older summaries: the configuration is driver/backend */
			if (asprintf(&name, "%s/%s", p->driver, p->backend) < 0)
				return -ENOMEM;
			p->config = r->owned[r->nowned++] = name;
		}
		if (report_find_config(r, p->config) == REPORT_NONE)
			r->cfg[r->ncfg++] = (struct rconfig){ p->config, p->driver, p->backend, 0 };
		for (i = 0; i < r->nqd && r->qd[i] != p->iodepth; i++)
			;
		if (i == r->nqd)
			r->qd[r->nqd++] = p->iodepth;
	}
	sorting = r;
	qsort(r->cfg, r->ncfg, sizeof(*r->cfg), cmp_config);
	qsort(r->qd, r->nqd, sizeof(*r->qd), cmp_long);
	for (p = r->pts; p < r->pts + r->npts; p++) {
		p->config_idx = report_find_config(r, p->config);
		if (strstr(p->flags, "unsafe") && !r->cfg[p->config_idx].unsafe) {
			r->cfg[p->config_idx].unsafe = 1;
			r->nunsafe++;
		}
	}
	return 0;
}

static int load_summary(struct report *r)
{
	int col[C_COUNT], xcol[VLAB_XAXIS_COUNT + 1], ret;
	char rw[64];
	char *path;
	size_t i;

	if (asprintf(&path, "%s/summary.csv", r->run_dir) < 0)
		return -ENOMEM;
	ret = vlab_csv_read(path, &r->csv);
	if (ret) {
		if (ret == -EBADMSG)
			fprintf(stderr, "%s: %s:%d: malformed CSV\n", prog, path, r->csv.bad_line);
		else
			fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(-ret));
		goto out;
	}
	for (i = 0; i < C_COUNT; i++) {
		col[i] = vlab_csv_col(&r->csv, col_names[i]);
		if (col[i] < 0 && i < C_REQUIRED) {
			fprintf(stderr, "%s: %s: no column '%s'\n", prog, path, col_names[i]);
			ret = -EBADMSG;
			goto out;
		}
	}
	r->npts = r->csv.nrows;
	r->pts = calloc(r->npts + 1, sizeof(*r->pts));
	r->wl = calloc(r->npts + 1, sizeof(*r->wl));
	r->cfg = calloc(r->npts + 1, sizeof(*r->cfg));
	r->qd = calloc(r->npts + 1, sizeof(*r->qd));
	r->owned = calloc(2 * r->npts + 1, sizeof(*r->owned));
	if (!r->pts || !r->wl || !r->cfg || !r->qd || !r->owned) {
		ret = -ENOMEM;
		goto out;
	}
	vlab_xaxes_csv_cols(&r->csv, xcol);
	for (i = 0; i < r->npts; i++) {
		struct rpoint *p = &r->pts[i];

		if (parse_row(r->csv.rows[i], col, xcol, p)) {
			fprintf(stderr, "%s: %s: data row %zu (id '%s') has a malformed number or bs\n",
				prog, path, i + 1, r->csv.rows[i][col[C_ID]]);
			ret = -EBADMSG;
			goto out;
		}
		if (vlab_xvals_mask(&p->x)) {
			p->rw = r->owned[r->nowned++] = strdup(vlab_rw_label(p->rw, &p->x, rw,
									     sizeof(rw)));
			if (!p->rw) {
				ret = -ENOMEM;
				goto out;
			}
		}
	}
	if (!r->npts) {
		fprintf(stderr, "%s: %s has no points\n", prog, path);
		ret = -EBADMSG;
		goto out;
	}
	qsort(r->pts, r->npts, sizeof(*r->pts), cmp_seq);
	ret = index_points(r);
out:
	free(path);
	return ret;
}

/* The sweep name, seed, baseline and configuration order; all optional. */
static int load_plan(struct report *r)
{
	struct vlab_planinfo pi;
	struct json_object *cfgs;
	char *err = NULL;
	size_t i, n;
	int ret;

	ret = vlab_plan_load_run(r->run_dir, &pi, &err);
	if (ret && ret != -ENOENT) {
		fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
		goto out;
	}
	r->sweep = report_manifest_value(pi.json, "name");
	r->plan_seed = report_manifest_value(pi.json, "seed");
	r->baseline = ret ? strdup("stock") : strdup(pi.baseline);
	if (!r->sweep || !r->plan_seed || !r->baseline) {
		ret = -ENOMEM;
		goto out;
	}
	vlab_baseline_label(r->baseline_cfg, sizeof(r->baseline_cfg), r->baseline, pi.baseline_on);
	if (!ret && pi.control && !(r->control = strdup(pi.control))) {
		ret = -ENOMEM;
		goto out;
	}
	if (!ret && pi.question && !(r->question = strdup(pi.question))) {
		ret = -ENOMEM;
		goto out;
	}
	if (!ret && pi.headlines)
		r->headlines = json_object_get(pi.headlines);
	if (!ret)
		r->perf_unequal = report_perf_unequal(pi.json);
	if (!ret)
		r->boot_per_rep = vlab_plan_boot_per_rep(&pi);
	if (!ret && report_load_drivers(r, pi.json)) {
		ret = -ENOMEM;
		goto out;
	}
	if (!ret && json_object_object_get_ex(pi.json, "configs", &cfgs) &&
	    json_object_is_type(cfgs, json_type_array)) {
		n = json_object_array_length(cfgs);
		r->plan_configs = calloc(n + 1, sizeof(*r->plan_configs));
		for (i = 0; r->plan_configs && i < n; i++)
			r->plan_configs[i] = strdup(json_object_get_string(
				json_object_array_get_idx(cfgs, i)) ?: "");
	}
	ret = 0;
out:
	free(err);
	vlab_plan_free(&pi);
	return ret;
}

/* aggregate.csv; a run summarised by an older vlab may have none. */
static int load_aggregate(struct report *r)
{
	char *path;
	int ret;

	if (asprintf(&path, "%s/aggregate.csv", r->run_dir) < 0)
		return -ENOMEM;
	ret = vlab_csv_read(path, &r->agg);
	if (ret == -ENOENT) {
		fprintf(stderr, "%s: warning: %s is missing (run vlab-summarize); no intervals or ratios\n",
			prog, path);
		ret = 0;
	} else if (ret) {
		fprintf(stderr, "%s: %s: %s\n", prog, path,
			ret == -EBADMSG ? "malformed CSV" : strerror(-ret));
	} else {
		int c = vlab_csv_col(&r->agg, "backend_ratio");
		size_t i;

		r->have_agg = 1;
		for (i = 0; c >= 0 && i < r->agg.nrows; i++)
			r->have_bratio |= *r->agg.rows[i][c] != '\0';
		r->agg_bootstrap = vlab_csv_col(&r->agg, "ci_level") < 0;
		if (r->agg_bootstrap)
			fprintf(stderr, "%s: warning: %s predates the order-statistic intervals; "
				"run vlab-summarize for intervals with their real level\n", prog, path);
	}
	free(path);
	return ret;
}

static void free_report(struct report *r)
{
	size_t i;

	free(r->name);
	free(r->accelerator);
	free(r->clock_name);
	free(r->clock_label);
	json_object_put(r->shards);
	free(r->control);
	free(r->question);
	if (r->headlines)
		json_object_put(r->headlines);
	free(r->guest_kernel);
	free(r->created_utc);
	free(r->sweep);
	free(r->plan_seed);
	free(r->baseline);
	for (i = 0; r->plan_configs && r->plan_configs[i]; i++)
		free(r->plan_configs[i]);
	free(r->plan_configs);
	report_free_drivers(r);
	report_free_transports(r);
	for (i = 0; r->owned && i < r->nowned; i++)
		free(r->owned[i]);
	free(r->owned);
	for (i = 0; i < r->ncharts; i++) {
		free(r->charts[i].title);
		free(r->charts[i].base);
	}
	free(r->charts);
	free(r->srows);
	vlab_csv_free(&r->csv);
	vlab_csv_free(&r->agg);
	free(r->pts);
	free(r->wl);
	free(r->cfg);
	free(r->qd);
}

/*
 * --perf-caveat [RUN_DIR]: the caveat's one copy, which bench/publish.sh
 * looks for; with RUN_DIR only when that run's report must carry it.
 */
static int print_perf_caveat(int nargs, char **args)
{
	struct vlab_planinfo pi;
	char *err = NULL;
	int ret;

	if (nargs > 1)
		vlab_usage_error(prog, "--perf-caveat takes at most one RUN_DIR");
	if (!nargs) {
		printf("%s\n", report_perf_caveat());
		return 0;
	}
	vlab_require_dir(prog, "RUN_DIR", args[0]);
	ret = vlab_plan_load_run(args[0], &pi, &err);
	if (ret) {
		fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
		free(err);
		return ret == -EPROTO ? VLAB_EXIT_USAGE : VLAB_EXIT_FAIL;
	}
	if (report_perf_unequal(pi.json))
		printf("%s\n", report_perf_caveat());
	vlab_plan_free(&pi);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "perf-caveat", no_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	struct report r = { 0 };
	int c, drawn = 0, figs_drawn = 0, heads_drawn = 1, caveat = 0, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (c == 'p') {
			caveat = 1;
			continue;
		}
		if (c != 'h')
			vlab_getopt_error(prog, c, argv);
		usage();
		return 0;
	}
	if (caveat)
		return print_perf_caveat(argc - optind, argv + optind);
	if (optind == argc)
		vlab_usage_error(prog, "RUN_DIR is required");
	if (optind + 1 != argc)
		vlab_usage_error(prog, "unexpected argument '%s'; give one RUN_DIR", argv[optind + 1]);
	vlab_require_dir(prog, "RUN_DIR", argv[optind]);
	r.run_dir = argv[optind];

	ret = report_load_manifest(&r, prog);
	if (!ret)
		ret = load_plan(&r);
	if (!ret)
		ret = load_summary(&r);
	if (!ret)
		ret = load_aggregate(&r);
	if (!ret)
		ret = report_load_probes(&r);
	if (!ret)
		ret = report_reps(&r);
	if (!ret)
		ret = report_headlines(&r, &heads_drawn);
	if (!ret)
		ret = report_chart(&r, &drawn);
	if (!ret)
		ret = report_figures(&r, &figs_drawn);
	if (!ret)
		ret = report_transports(&r);
	if (!ret)
		ret = report_write(&r);
	/* every step has already said what went wrong, naming the file */
	if (!ret)
		fprintf(stderr, "%s: wrote %s/REPORT.md and report.html with %zu charts%s\n", prog,
			r.run_dir, r.ncharts,
			drawn && figs_drawn && heads_drawn ? "" : "; some could not be drawn");
	free_report(&r);
	if (ret == -EPROTO)
		return VLAB_EXIT_USAGE;
	return ret || !drawn || !figs_drawn || !heads_drawn ? VLAB_EXIT_FAIL : 0;
}
