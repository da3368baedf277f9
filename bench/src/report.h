// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the run as the report sees it. report.c loads manifest.json
 * and summary.csv, report_stats.c aggregates repetitions, report_chart.c
 * draws chart.{csv,gp,png,svg} and report_md.c writes REPORT.md.
 */
#ifndef VLAB_REPORT_H
#define VLAB_REPORT_H

#include <stddef.h>

#include "csv.h"

#define REPORT_NONE ((size_t)-1)

/* One row of summary.csv; strings point into report.csv. */
struct rpoint {
	const char *id, *driver, *backend, *rw, *bs, *status;
	long seq, iodepth, numjobs, rep;
	int ok;			/* status "ok" with an IOPS figure */
	double iops;		/* NAN when the cell is empty */
	double lat_mean_us;	/* NAN when the cell is empty */
	size_t workload;	/* index into report.wl */
	size_t config;		/* index into report.cfg */
};

struct rworkload {
	const char *rw, *bs;
	long numjobs;
};

struct rconfig {
	const char *driver, *backend;
};

struct report {
	const char *run_dir;
	/* from manifest.json; "unknown" when missing */
	char *name, *accelerator, *guest_kernel, *created_utc;
	struct vlab_csv csv;		/* summary.csv, owns the strings */
	struct rpoint *pts;		/* sorted by seq */
	size_t npts;
	struct rworkload *wl;		/* in order of first appearance */
	size_t nwl;
	struct rconfig *cfg;		/* by backend, then stock before ours */
	size_t ncfg;
	long *qd;			/* every queue depth seen, ascending */
	size_t nqd;
};

/* The repetitions of one configuration at one workload and queue depth. */
struct rcell {
	size_t planned;		/* points in summary.csv, failed ones included */
	size_t n;		/* ok points: what the figures are computed from */
	double iops_med, iops_min, iops_max;
	double lat_med;		/* median of the per-point mean latencies */
};

/* ours / stock IOPS on one backend, one ratio per repetition pair. */
struct rratio {
	size_t n;
	double med, min, max;
};

int report_is_tcg(const struct report *r);
/* Does workload w have any point (ok or not) at queue depth qd? */
int report_has_qd(const struct report *r, size_t w, long qd);
size_t report_find_config(const struct report *r, const char *driver, const char *backend);
/* All figures are NAN when n is 0. */
int report_cell(const struct report *r, size_t w, long qd, size_t c, struct rcell *out);
int report_ratio(const struct report *r, size_t w, long qd, const char *backend,
		 struct rratio *out);

/* Write chart.csv and chart.gp, then run gnuplot; *drawn says if it worked. */
int report_chart(const struct report *r, int *drawn);
int report_markdown(const struct report *r, int chart_drawn);

#endif
