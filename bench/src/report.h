// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the run as the report sees it. report.c loads manifest.json,
 * the plan, summary.csv, aggregate.csv and aggregate.json;
 * report_stats.c aggregates repetitions for the charts; report_chart.c
 * draws chart.* (IOPS against queue depth), report_figs.c the charts in
 * charts/ (latency percentiles, bandwidth, ratio to the baseline), both
 * through report_gnuplot.c; report_body.c writes REPORT.md and report.html
 * through the two-format writer in report_doc.c.
 */
#ifndef VLAB_REPORT_H
#define VLAB_REPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "csv.h"

#define REPORT_NONE ((size_t)-1)

/* One row of summary.csv; strings point into report.csv. */
struct rpoint {
	const char *id, *config, *driver, *backend, *rw, *bs, *status;
	uint64_t bs_bytes;
	long seq, iodepth, numjobs, rep;
	int ok;			/* status "ok" with an IOPS figure */
	/* NAN when the cell is empty or the column absent (older runs) */
	double iops, bw, lat_mean_us, lat_p50_us, lat_p99_us, lat_p999_us, cpu_us;
	size_t workload;	/* index into report.wl */
	size_t config_idx;	/* index into report.cfg */
};

/* A chart family's axis of panels: rw, bs and numjobs (queue depth on x). */
struct rworkload {
	const char *rw, *bs;
	long numjobs;
};

struct rconfig {
	const char *name, *driver, *backend;
};

/* A picture drawn: base.png and base.svg, relative to the run folder. */
struct rchart {
	char *title;
	char *base;
};

struct report {
	const char *run_dir;
	/* from manifest.json; "unknown" when missing */
	char *name, *accelerator, *guest_kernel, *created_utc;
	/* from plan/plan.json and aggregate.json; "unknown" when missing */
	char *sweep, *plan_seed, *baseline, *boot_seed;
	char **plan_configs;		/* plan order of configurations, or NULL */
	struct vlab_csv csv;		/* summary.csv, owns the strings */
	struct rpoint *pts;		/* sorted by seq */
	size_t npts;
	struct rworkload *wl;		/* in order of first appearance */
	size_t nwl;
	struct rconfig *cfg;		/* plan order, else by backend, baseline first */
	size_t ncfg;
	long *qd;			/* every queue depth seen, ascending */
	size_t nqd;
	struct vlab_csv agg;		/* aggregate.csv; empty when missing */
	int have_agg;
	size_t probe_points;		/* points with a vduse-lat.json */
	char **owned;			/* config names made up for older summaries */
	size_t nowned;
	struct rchart *charts;		/* every picture drawn, in report order */
	size_t ncharts;
};

/* The repetitions of one configuration at one workload and queue depth. */
struct rcell {
	size_t planned;		/* points in summary.csv, failed ones included */
	size_t n;		/* ok points: what the figures are computed from */
	double iops_med, iops_min, iops_max;
	double lat_med;		/* median of the per-point mean latencies */
	double p50_med, p99_med, p999_med;
	double bw_med, bw_min, bw_max;
};

int report_is_tcg(const struct report *r);
/* Does workload w have any point (ok or not) at queue depth qd? */
int report_has_qd(const struct report *r, size_t w, long qd);
size_t report_find_config(const struct report *r, const char *name);
/* All figures are NAN when n is 0. */
int report_cell(const struct report *r, size_t w, long qd, size_t c, struct rcell *out);
/* The aggregate.csv row of a configuration, workload point and metric, or NULL. */
char **report_agg_row(const struct report *r, const char *config, const char *rw,
		      const char *bs, long qd, long nj, const char *metric);
/* Column index of aggregate.csv, or -1. */
int report_agg_col(const struct report *r, const char *name);

/* Remember a picture drawn; title and base are copied. */
int report_add_chart(struct report *r, const char *title, const char *base);

/*
 * Run "gnuplot -e 'sfx = \".tmp.PID\"; VARS' SCRIPT" in dir. The script
 * writes each of outputs (names relative to dir) as NAME.sfx; they are
 * renamed into place only when gnuplot succeeds, all of them or none.
 */
int report_gnuplot(const char *dir, const char *script, const char *vars,
		   char *const *outputs, size_t noutputs);
/* A gnuplot single-quoted string. */
void report_gp_string(FILE *f, const char *s);

/* Write chart.csv and chart.gp, then run gnuplot; *drawn says if it worked. */
int report_chart(struct report *r, int *drawn);
/* Latency, bandwidth and ratio charts under charts/; failures are reported. */
int report_figures(struct report *r, int *all_drawn);
/* REPORT.md and report.html. */
int report_write(const struct report *r);

#endif
