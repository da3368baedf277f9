// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the run as the report sees it. report.c loads manifest.json,
 * the plan, summary.csv and aggregate.csv;
 * report_stats.c aggregates repetitions for the charts; report_chart.c
 * draws chart.* (IOPS against queue depth), report_figs.c the charts in
 * charts/ (latency percentiles, bandwidth, ratio to the baseline) and
 * report_stages.c the stage breakdown, both as report_family.c's chart
 * families, all through report_gnuplot.c; report_probe.c reads each
 * point's vduse-lat record;
 * report_body.c writes REPORT.md and report.html through the two-format
 * writer in report_doc.c.
 */
#ifndef VLAB_REPORT_H
#define VLAB_REPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "axes.h"
#include "csv.h"

#define REPORT_NONE ((size_t)-1)

/*
 * vduse-lat's stages of one I/O: the kernel-side ones of its "stages" object
 * in the order an I/O passes them, then their sum, then the parts of backend
 * of its "backend_stages" object (only with vduse-blkd's USDT probes).
 */
enum rstage {
	RSTAGE_QUEUE, RSTAGE_MAP, RSTAGE_KICK, RSTAGE_BACKEND, RSTAGE_IRQ, RSTAGE_COMPLETE,
	RSTAGE_TOTAL,
	RSTAGE_WAKE, RSTAGE_POP, RSTAGE_SUBMIT, RSTAGE_TARGET, RSTAGE_PUBLISH,
	RSTAGE_COUNT
};
#define RSTAGE_NSUB (RSTAGE_COUNT - RSTAGE_WAKE)
/* vduse-lat's own names: the keys of its "stages" and "backend_stages" objects */
extern const char *const report_stage_names[RSTAGE_COUNT];
/*
 * The stages that can be stacked, in the order an I/O passes them: backend
 * and its parts (wake ... publish) are alternatives, never both in a stack.
 */
#define RSTACK_COUNT (RSTAGE_COUNT - 1)
extern const enum rstage report_stack_order[RSTACK_COUNT];
#define RSTAGE_BIT(s) (1u << (s))
/* The stack without USDT: queue, map, kick, backend, irq, complete. */
#define RSTACK_KERNEL (RSTAGE_BIT(RSTAGE_TOTAL) - 1)
/* With USDT: backend replaced by its parts. */
#define RSTACK_USDT ((RSTACK_KERNEL & ~RSTAGE_BIT(RSTAGE_BACKEND)) | \
		     (RSTAGE_BIT(RSTAGE_COUNT) - RSTAGE_BIT(RSTAGE_WAKE)))
/* "queue map kick ...": the stages of mask in stack order, malloc'd. */
char *report_stack_names(unsigned mask);

/*
 * One row of summary.csv; strings point into report.csv. rw is the
 * label of the mode with its extra axes, "randrw-read70" (lib/axes.h), so
 * that each chart, table and file tells such points apart by it.
 */
struct rpoint {
	const char *id, *config, *driver, *backend, *rw, *bs, *status;
	struct vlab_xvals x;
	const char *flags;	/* "" or "unsafe" (bounce_strategy=direct); "" for older runs */
	uint64_t bs_bytes;
	long seq, iodepth, numjobs, rep;
	int ok;			/* status "ok" with an IOPS figure */
	/* NAN when the cell is empty or the column absent (older runs) */
	double iops, bw, lat_mean_us, lat_p50_us, lat_p99_us, lat_p999_us, cpu_us;
	double total_ios;	/* fio's, read + write */
	/* probe data: points/<id>/vduse-lat.json */
	int probe_file;		/* the file exists */
	int probe_ok;		/* an ok point whose file holds a complete record */
	double stage_us[RSTAGE_COUNT];	/* each stage's mean per I/O; NAN if absent */
	unsigned stack;		/* RSTAGE_BIT()s its "breakdown" stacks: RSTACK_KERNEL or _USDT */
	double probe_ios;	/* the I/Os vduse-lat saw; NAN if absent */
	size_t workload;	/* index into report.wl */
	size_t config_idx;	/* index into report.cfg */
};

/* A chart family's axis of panels: rw, bs and numjobs (queue depth on x). */
struct rworkload {
	const char *rw, *bs;
	long numjobs;
};

/* A driver of the plan (plan.json's drivers[]) and the sysfs knobs it sets. */
struct rdriver {
	char *name, *module;
	char **knobs;		/* "key=value", in the plan's order */
	size_t nknobs;
	int params;		/* it sets module parameters too */
};

struct rconfig {
	const char *name, *driver, *backend;
	int unsafe;		/* a point of it is flagged unsafe */
};

/* Where the report shows a chart. */
enum rsection {
	RSECTION_CHARTS,	/* "Charts", in the order drawn */
	RSECTION_STAGES,	/* "Stage breakdown", beside its workload's table */
	RSECTION_HEADLINE,	/* under its headline's table, first in the report */
};

/* A picture drawn: base.png and base.svg, relative to the run folder. */
struct rchart {
	char *title;
	char *base;
	enum rsection section;
};

/*
 * One configuration at one workload point, over its ok repetitions with a
 * vduse-lat record: a row of charts/stages.csv and of the report's table.
 */
struct rstagerow {
	size_t wl, cfg;
	long qd;
	size_t n;			/* repetitions with a record */
	double med[RSTAGE_COUNT];	/* median over them of each stage's mean (us) */
	double ios_ratio;		/* median of probe I/Os / fio total_ios */
	unsigned stack;			/* its records' common stack; RSTACK_KERNEL if they differ */
	double x;			/* the bar's place in its chart; NAN: no bar */
};

struct report {
	const char *run_dir;
	/* from manifest.json; "unknown" when missing */
	char *name, *accelerator, *guest_kernel, *created_utc;
	char *clock_name;		/* "icount", "wall"; "" in runs older than the field */
	char *clock_label;		/* one line naming the clock (bench/vm/clock.sh) */
	char *control;			/* the sweep's A/A control driver, or NULL */
	/* from plan/plan.json; "unknown" when missing */
	char *sweep, *plan_seed, *baseline;
	char *question;			/* the sweep's question, or NULL (older plans) */
	struct json_object *headlines;	/* plan.json's headlines (a reference), or NULL */
	int perf_unequal;		/* perf stat ran over more than one backend type */
	char **plan_configs;		/* plan order of configurations, or NULL */
	struct rdriver *drv;		/* the plan's drivers; none without a plan */
	size_t ndrv;
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
	/*
	 * aggregate.csv without ci_level: an older vlab-summarize's percentile
	 * bootstrap, whose "95%" intervals were the range of 3 to 5 repetitions
	 */
	int agg_bootstrap;
	int have_bratio;		/* some aggregate row has a backend_ratio */
	size_t nunsafe;			/* configurations flagged unsafe */
	size_t probe_points;		/* points with a vduse-lat.json */
	size_t stage_points;		/* of them, ok points with a complete record */
	struct rstagerow *srows;	/* by workload, queue depth, configuration */
	size_t nsrows;
	char **owned;			/* config names made up for older summaries, rw labels */
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

/* The configuration's name, marked when its results are unsafe; malloc'd. */
char *report_config_label(const struct rconfig *c);

int report_is_tcg(const struct report *r);
/* Wall-clock TCG: figures that move with the host, comparable only inside a run. */
int report_is_noisy(const struct report *r);
/* The line every chart carries at its foot: the clock, and a warning when noisy. */
void report_footer(const struct report *r, char *buf, size_t len);
/* Does workload w have any point (ok or not) at queue depth qd? */
int report_has_qd(const struct report *r, size_t w, long qd);
size_t report_find_config(const struct report *r, const char *name);
/* Does configuration c have a successful point in workload wl? (gnuplot refuses empty series) */
int report_has_data(const struct report *r, size_t wl, size_t c);
/* Median of the non-NAN values of v[0..n), NAN if none; reorders v. */
double report_median(double *v, size_t n);
/* All figures are NAN when n is 0. */
int report_cell(const struct report *r, size_t w, long qd, size_t c, struct rcell *out);
/* The aggregate.csv row of a configuration, workload point and metric, or NULL. */
char **report_agg_row(const struct report *r, const char *config, const char *rw,
		      const char *bs, long qd, long nj, const char *metric);
/* An aggregate.csv row's rw label (as rpoint's rw), written into buf. */
const char *report_agg_rw(const struct report *r, char **row, char *buf, size_t len);
/* Column index of aggregate.csv, or -1. */
int report_agg_col(const struct report *r, const char *name);

/* Remember a picture drawn; title and base are copied. */
int report_add_chart(struct report *r, const char *title, const char *base,
		     enum rsection section);

/*
 * Run "gnuplot -e 'sfx = \".tmp.PID\"; VARS' SCRIPT" in dir. The script
 * writes each of outputs (names relative to dir) as NAME.sfx; they are
 * renamed into place only when gnuplot succeeds, all of them or none.
 */
int report_gnuplot(const char *dir, const char *script, const char *vars,
		   char *const *outputs, size_t noutputs);
/* A gnuplot single-quoted string. */
void report_gp_string(FILE *f, const char *s);

/*
 * charts/reps.csv: a row per ok point (rw, bs, numjobs, iodepth, config,
 * rep, bs_bytes, iops, bw_kib_s, lat_mean_us, lat_p50_us, lat_p99_us,
 * lat_p999_us), the dots the charts draw beside their medians.
 */
int report_reps(struct report *r);
enum {
	REPS_COL_RW = 1, REPS_COL_BS, REPS_COL_NUMJOBS, REPS_COL_IODEPTH, REPS_COL_CONFIG,
	REPS_COL_REP, REPS_COL_BS_BYTES, REPS_COL_IOPS, REPS_COL_BW, REPS_COL_LAT,
	REPS_COL_P50, REPS_COL_P99, REPS_COL_P999,
};

/* report_style.c: what every chart draws alike. */
#define REPORT_UNSAFE_SUFFIX " (unsafe)"
/* Configuration c's key title: its name, " (unsafe)" when flagged, then suffix. */
void report_gp_cfg_title(FILE *f, const struct report *r, size_t c, const char *suffix);
/* " dashtype ..." for an unsafe configuration's line, else "". */
const char *report_gp_cfg_dash(const struct report *r, size_t c);
/* Define gnuplot's cfglabel(name): the name, " (unsafe)" appended when flagged. */
void report_gp_cfg_label_fn(FILE *f, const struct report *r);
/* The queue depths workload wl measured, ascending, into out[r->nqd]; how many. */
size_t report_wl_qds(const struct report *r, size_t wl, long *out);
/* x range and ticks at exactly the queue depths of workload wl (log x axis). */
void report_gp_qd_axis(FILE *f, const struct report *r, size_t wl, const char *indent);
/* The gnuplot condition that picks reps.csv's rows of wl and c; malloc'd, NULL on ENOMEM. */
char *report_gp_repsel(const struct report *r, size_t wl, size_t c);
/*
 * A further plot element: a dot (open circle, line type lt) per row of file
 * where cond holds, at x (an expression) and column ycol. -ENOMEM for a
 * NULL cond.
 */
int report_gp_dots(FILE *f, const char *file, const char *cond, const char *x, int ycol,
		   size_t lt);
/* Dots sit this far right of their median on a log2 x axis: 0.12 of an octave. */
#define REPORT_DOT_SHIFT "2**0.12"

/* Write chart.csv and chart.gp, then run gnuplot; *drawn says if it worked. */
int report_chart(struct report *r, int *drawn);
/*
 * Latency, bandwidth, ratio and stage charts under charts/; failures are
 * reported.
 */
int report_figures(struct report *r, int *all_drawn);
/* The plan's drivers and their knobs (plan.json's document); none in older plans. */
struct json_object;
int report_load_drivers(struct report *r, struct json_object *plan);
void report_free_drivers(struct report *r);
/* charts/knobs.*: a panel per knob when the drivers set two knobs or more. */
int report_knobs(struct report *r, int *drawn);
/* charts/headline-NAME.*: each of the sweep's headlines (report_headline.c). */
int report_headlines(struct report *r, int *drawn);
struct doc;
/* Each headline's section of REPORT.md: its table and its chart. */
void report_write_headlines(struct doc *d, const struct report *r);
/* charts/latiops.*: mean latency against IOPS through the queue depths. */
int report_latiops(struct report *r, int *drawn);
/* Read every point's vduse-lat.json (points with none are left alone). */
int report_load_probes(struct report *r);
/* The stage rows, charts/stages.csv and its charts; nothing without probe data. */
int report_stages(struct report *r, int *drawn);
/* "charts/stages-RW-BS-jN": the base of workload wl's stage chart. */
void report_stage_base(const struct report *r, size_t wl, char *buf, size_t len);
/* REPORT.md and report.html. */
int report_write(const struct report *r);

#endif
