// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-answers' types: one run read into drivers, their knob groups, their
 * ratios to the baseline per metric with a verdict each, their memory, and
 * the A/A noise floor. Every figure stays a row of aggregate.csv (agg), so
 * that the Markdown can print it with the fig marker that picks that row.
 */
#ifndef VLAB_ANSWERS_MODEL_H
#define VLAB_ANSWERS_MODEL_H

#include <stddef.h>

#include <json-c/json.h>

#include "axes.h"
#include "csv.h"
#include "headline.h"
#include "planfile.h"

/* The metrics ranked, those of them the run has (metrics.def gives the direction). */
#define ANS_RANKED { "iops", "lat_mean_us" }
#define ANS_NRANKED 2
/* The memory metrics shown: every bounce byte held, then its parts. */
#define ANS_MEMORY { "mem_bytes", "mem_kernel_bytes", "mem_huge_bytes" }
#define ANS_NMEMORY 3

enum ans_verdict { ANS_SAME, ANS_WIN, ANS_LOSE, ANS_NO_INTERVAL };

/* A driver's ratios of one metric, a cell per workload point and backend. */
struct ans_metric {
	int present;			/* the run has rows of this metric */
	int higher_better;
	struct vlab_hl_cell *cells;	/* lib/headline.h: row, ratio, lo, hi, sig */
	enum ans_verdict *verdict;	/* one per cell */
	size_t n, wins, losses, same, no_interval;
};

/* A driver's memory on one backend: the medians of mem_bytes over its points. */
struct ans_memory {
	const char *backend;
	int reported;			/* some point has a median */
	size_t least, most;		/* agg rows of the smallest and largest median */
	double least_v, most_v;
	long part[ANS_NMEMORY];		/* agg rows at the most's point, -1 none */
	long at_base_most;		/* agg row where the baseline held most, -1 none */
};

struct ans_driver {
	const char *name, *module;
	struct json_object *knobs, *params;	/* plan.json's objects */
	int unsafe;				/* aggregate.csv flags */
	int group;				/* index into the run's groups */
	struct ans_metric m[ANS_NRANKED];
	int score;				/* wins - losses over the ranked metrics */
	double gmean;				/* of the ratios turned so that > 1 is better */
	struct ans_memory *mem;			/* one per backend, nmem */
	size_t nmem;
};

/* A knob: the drivers whose first knob (kernel/knobs.def order, ours first) it is. */
struct ans_group {
	char *title;		/* Markdown heading text */
	int order;		/* sort key */
	size_t *drivers;	/* indexes into the run's drivers, ranked */
	size_t n;
};

/* The control's largest noise floor of a backend and metric. */
struct ans_floor {
	const char *backend;
	long row[ANS_NRANKED];	/* agg row, -1: none measured */
};

struct ans_run {
	char *dir, *name;		/* the run folder and its name (results/NAME) */
	struct vlab_planinfo plan;
	struct json_object *manifest;	/* NULL without manifest.json */
	char *clock_label;
	struct vlab_csv agg;
	int col_config, col_rw, col_bs, col_iodepth, col_numjobs, col_metric, col_median,
	    col_backend, col_flags, col_noise, col_driver;
	int xcol[VLAB_XAXIS_COUNT + 1];	/* extra axes' columns (lib/axes.h), -1 none */
	const char *baseline_module;
	const char *backends[16];	/* in aggregate.csv order */
	size_t nbackends;
	int has_memory;			/* the run has mem_bytes rows */
	struct ans_memory *base_mem;	/* the baseline driver's, one per backend */
	size_t nbase_mem;
	struct ans_driver *drivers;	/* neither baseline nor control */
	size_t ndrivers;
	struct ans_group *groups;	/* in order */
	size_t ngroups;
	struct ans_floor floors[16];	/* one per backend, with a control */
};

#endif
