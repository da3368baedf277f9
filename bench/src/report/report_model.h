// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the run as the report sees it, types only. report.c loads
 * manifest.json, the plan, summary.csv and aggregate.csv into it;
 * report_stats.c aggregates repetitions for the charts; report_chart.c
 * draws chart.* (IOPS against queue depth), report_figs.c the charts in
 * charts/ (latency percentiles, bandwidth, ratio to the baseline) and
 * report_stages.c the stage breakdown, all as report_family.c's chart
 * families, through report_gnuplot.c; report_probe.c reads each
 * point's vduse-lat record;
 * report_body.c writes REPORT.md and report.html through the two-format
 * writer in report_doc.c. Each file's functions are declared in its own
 * header (report_stats.h, ...), so a file includes what it calls and
 * nothing calls back into a file that calls it.
 */
#ifndef VLAB_REPORT_MODEL_H
#define VLAB_REPORT_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "axes.h"
#include "csv.h"
#include "planfile.h"

#define REPORT_NONE ((size_t)-1)

/*
 * vduse-lat's stages of one I/O: the kernel-side ones of its "stages" object
 * in the order an I/O passes them, then their sum, then the parts of backend
 * of its "backend_stages" object (only with vduse-blkd's USDT probes).
 */
enum rstage {
#define VLAB_STAGE(ID, name, group, order, help) RSTAGE_##ID,
#include "stages.def" /* ebpf/lib: vduse-lat's own table */
	RSTAGE_COUNT
};
#define RSTAGE_NSUB (RSTAGE_COUNT - RSTAGE_WAKE)
/*
 * The stages that can be stacked, in the order an I/O passes them: backend
 * and its parts (wake ... publish) are alternatives, never both in a stack.
 */
#define RSTACK_COUNT (RSTAGE_COUNT - 1)
#define RSTAGE_BIT(s) (1u << (s))
/* The stack without USDT: queue, map, kick, backend, irq, complete. */
#define RSTACK_KERNEL (RSTAGE_BIT(RSTAGE_TOTAL) - 1)
/* With USDT: backend replaced by its parts. */
#define RSTACK_USDT ((RSTACK_KERNEL & ~RSTAGE_BIT(RSTAGE_BACKEND)) | \
		     (RSTAGE_BIT(RSTAGE_COUNT) - RSTAGE_BIT(RSTAGE_WAKE)))

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

/* A backend of the plan (plan.json's backends[]): its type and queue count. */
struct rbackend {
	char *name, *type;
	long queues;
};

/*
 * One configuration's cost over null_blk at one workload point and queue
 * depth (report_tcost.c): a row of charts/transport-cost.csv.
 */
struct rcostrow {
	size_t wl, cfg;
	long qd;
	size_t floor;		/* the null_blk configuration it is measured over */
	size_t ref;		/* the reference (stock VDUSE + qsd), or REPORT_NONE */
	double floor_lat;	/* the floor's mean latency, mean over its repetitions (us) */
	double cost_est, cost_lo, cost_hi, cost_df;	/* us, paired t (NAN: none) */
	size_t cost_n;
	double ratio_est, ratio_lo, ratio_hi;	/* to the reference's cost (NAN: none) */
	size_t ratio_n;
};

/*
 * One configuration's backend stage at one workload point and queue depth
 * (report_bstages.c): a row of charts/backend-stages.csv.
 */
struct rbstagerow {
	size_t wl, cfg;
	long qd;
	char *stage;		/* the daemon's name for it */
	size_t n;		/* repetitions with a figure */
	double mean_us;		/* mean over them of the stage's mean per request */
	double count;		/* mean over them of the requests it timed */
	double share;		/* count over the total stage's count (NAN without) */
};

struct report {
	const char *run_dir;
	/* from manifest.json; "unknown" when missing */
	char *name, *accelerator, *guest_kernel, *created_utc;
	char *clock_name;		/* "icount", "wall"; "" in runs older than the field */
	char *clock_label;		/* one line naming the clock (bench/vm/clock.sh) */
	int icount_shift;		/* on icount, 2^shift ns per instruction; else -1 */
	struct json_object *shards;	/* a merged run's manifest "shards" (owned), or NULL */
	long vm_boots;			/* manifest vm.boots: boots of the lab VM, or -1 */
	int boot_per_rep;		/* plan.json boots: each repetition in its own boot */
	char *control;			/* the sweep's A/A control driver, or NULL */
	/* from plan/plan.json; "unknown" when missing */
	char *sweep, *plan_seed, *baseline;
	/* vlab_baseline_label(): "DRIVER" or "DRIVER/BACKEND" (report_baseline_on) */
	char baseline_cfg[VLAB_BASELINE_LABEL_MAX];
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
	struct rbackend *be;		/* the plan's backends (report_tcost.c) */
	size_t nbe;
	struct rcostrow *crows;		/* by workload, queue depth, configuration */
	size_t ncrows;
	struct rbstagerow *bsrows;	/* by workload, queue depth, configuration, stage */
	size_t nbsrows;
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

/* The fixed baseline configuration's backend (baseline = DRIVER/BACKEND), or NULL. */
static inline const char *report_baseline_on(const struct report *r)
{
	const char *slash = strchr(r->baseline_cfg, '/');

	return slash ? slash + 1 : NULL;
}

#endif
