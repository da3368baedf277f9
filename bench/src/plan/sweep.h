// SPDX-License-Identifier: GPL-2.0-only
/*
 * Sweep files: the declarative description of a benchmark campaign that
 * vlab-plan expands into a plan. The grammar (INI-like, line-numbered
 * errors) is documented in sweep.c and in `vlab-plan --help`.
 */
#ifndef VLAB_SWEEP_H
#define VLAB_SWEEP_H

#include <stddef.h>
#include <stdint.h>

#include "axes.h"
#include "strlist.h"

#define SWEEP_MAX_DRIVERS 24
#define SWEEP_MAX_BACKENDS 16
#define SWEEP_MAX_WORKLOADS 32
#define SWEEP_MAX_HEADLINES 8
#define SWEEP_MAX_POINTS 100000UL	/* a typo must not create a million folders */

/* "k=v k=v" module parameters or sysfs knobs, in the order written. */
struct sweep_kv {
	char *key, *value;
};

struct sweep_kvlist {
	struct sweep_kv *v;
	size_t n;
};

struct sweep_driver {
	char *name;
	int line;			/* of the section header */
	char *module;			/* "stock" or "ours" */
	struct sweep_kvlist params;	/* only with module = ours */
	struct sweep_kvlist knobs;	/* only with module = ours */
	/* an eBPF tool attached around every fio run (sweep_observe.c), NULL for none */
	char *observe;
	int observe_line;
	/*
	 * backends: the [backend] names this driver runs on, as written; none
	 * (the default) for every backend. Resolved into sweep.cfgs.
	 */
	struct vlab_strlist backends;
	int backends_line;
};

struct sweep_backend {
	char *name;
	int line;
	char *type;			/* sweep_backend_types() */
	char *size;			/* as written, e.g. "1G" */
	uint64_t size_bytes;
	unsigned queues;
	/*
	 * args: extra vduse-blkd options (blkd-*, ublk-* only), checked word by word
	 * and rewritten "--opt [VALUE] ..." (--opt=VALUE split); NULL if none.
	 */
	char *args;
	int args_line;
	enum { SWEEP_UMEM_OFF, SWEEP_UMEM_ANON, SWEEP_UMEM_HUGEPAGE } umem;
	unsigned blk_size;		/* --blk-size, 0 when not given */
	/* blkd-*, ublk-* only: a vduse-blkd build (sweep_observe.c), NULL for the default one */
	char *build;
	int build_line;
};

struct sweep_workload {
	char *name;
	int line;
	struct vlab_strlist rw;
	struct vlab_strlist bs;		/* as written; goes into point ids */
	uint64_t *bs_bytes;		/* bs.n entries */
	unsigned *iodepth;
	size_t n_iodepth;
	unsigned *numjobs;
	size_t n_numjobs;
	unsigned runtime_s, ramp_s;
	/* the extra axes (lib/axes.def): values (a named one's: indices), none when not set */
	unsigned *xv[VLAB_XAXIS_COUNT + 1];
	size_t nx[VLAB_XAXIS_COUNT + 1];
	int x_line[VLAB_XAXIS_COUNT + 1];
};

/* One workload point: a value of each axis (sweep_axes.c). */
struct sweep_wpoint {
	const char *rw, *bs;		/* bs as written */
	uint64_t bs_bytes;
	unsigned iodepth, numjobs;
	struct vlab_xvals x;
};

/*
 * [headline NAME]: the figure the sweep's question is answered by, as
 * written; sweep_headline.c checks it against the rest of the file and
 * lib/headline.h evaluates it on aggregate.csv.
 */
struct sweep_headline {
	char *name;
	int line;
	char *metric;			/* an aggregate.csv metric */
	char *of;			/* "driver" (the default) or "backend" */
	struct sweep_kvlist where;	/* column=value filters */
	char *goal;			/* "<= 0.7", ">= 1.5", or NULL */
	int metric_line, of_line, where_line, goal_line;
};

/* A configuration: driver drv on backend be (indices), one that the plan runs. */
struct sweep_config {
	size_t drv, be;
};

/* baseline_backend: backend other is compared with backend base (indices). */
struct sweep_bpair {
	size_t base, other;
};

struct sweep {
	char *path;			/* as given */
	char *text;			/* the file, verbatim */
	char *name, *description;	/* description "" when not given */
	char *question;			/* one sentence ending in '?', or NULL */
	int question_line;
	unsigned reps;
	int has_seed;
	uint32_t seed;
	char *baseline;			/* a driver name */
	/*
	 * baseline = DRIVER/BACKEND: the fixed baseline configuration's backend,
	 * every other configuration compared with DRIVER on it; NULL for
	 * baseline = DRIVER (each configuration against DRIVER on its own backend).
	 */
	char *baseline_on;
	char *baseline_backend;		/* as written, or NULL */
	struct sweep_bpair bpairs[SWEEP_MAX_BACKENDS];	/* resolved from it */
	size_t nbpairs;
	unsigned warmup_s;
	int perf;
	char *clock;			/* one of sweep_clocks; "auto" when not given */
	char *control;			/* A/A control driver, or NULL */
	char *placement;		/* "split" (fio vCPU 0, backend last) or "free" */
	char *boots;			/* one of sweep_boots: how the repetitions share boots */
	struct sweep_driver drivers[SWEEP_MAX_DRIVERS];
	size_t ndrivers;
	struct sweep_backend backends[SWEEP_MAX_BACKENDS];
	size_t nbackends;
	struct sweep_workload workloads[SWEEP_MAX_WORKLOADS];
	size_t nworkloads;
	struct sweep_headline headlines[SWEEP_MAX_HEADLINES];
	size_t nheadlines;
	/* every driver x backend pair its driver's backends allows, driver-major, in file order */
	struct sweep_config cfgs[SWEEP_MAX_DRIVERS * SWEEP_MAX_BACKENDS];
	size_t ncfgs;
};

/*
 * Parse text as the sweep file path. On a bad file returns -EINVAL and sets
 * *err to one malloc'd message "PATH:LINE: ..." naming the section or key,
 * the bad value and what is allowed. -ENOMEM otherwise; 0 on success.
 * *sw must be freed with sweep_free() either way.
 */
int sweep_parse(const char *path, const char *text, struct sweep *sw, char **err);

/* Read path and parse it; a file that cannot be read is -errno with *err set. */
int sweep_load(const char *path, struct sweep *sw, char **err);

void sweep_free(struct sweep *sw);

/* The clocks a sweep may ask for (NULL-terminated): bench/vm/clock.sh. */
extern const char *const sweep_clocks[];
int sweep_clock_known(const char *name);
/* "auto, icount, wall": for messages (a static buffer). */
const char *sweep_clock_list(void);

/*
 * Backend types, by the kinds of bench/guest/lib.sh's BACKEND_KINDS table:
 * qsd-T for each qemu-storage-daemon type of its QSD_TYPES table, blkd-T
 * and ublk-T for each vduse-blkd target T (backends/targets/targets.def),
 * nullb. sweep_backend_types: all of them, sep between (a static buffer).
 */
int sweep_backend_type_ok(const char *type);
const char *sweep_backend_types(const char *sep);
/* 1 when a backend of type keeps what is written (a file system can live on it). */
int sweep_backend_keeps_data(const char *type);
/* The types that keep it, ", " between (a static buffer). */
const char *sweep_backend_types_keeping(void);
/* 1 when type's disk is a VDUSE device (the agent attaches it with vdpa). */
int sweep_backend_vduse(const char *type);
/* 1 when type takes the [backend] key ("args", "build"). */
int sweep_backend_takes(const char *type, const char *key);
/* The kinds that take key, "blkd-T, ublk-T" (a static buffer). */
const char *sweep_backend_kinds_taking(const char *key);

/*
 * What a configuration runs beside or instead of the default (sweep_observe.c):
 * a driver's observe, one eBPF tool of bench/guest/lib.sh's EBPF_TOOLS or
 * "none"; a blkd-* backend's build, "instr" (vduse-blkd) or "noinstr"
 * (vduse-blkd-noinstr, its instrumentation compiled out). The first value
 * of each is the default, the one that changes nothing.
 */
enum sweep_choice { SWEEP_OBSERVE, SWEEP_BUILD };
/* 1 for an allowed value v. */
int sweep_choice_ok(enum sweep_choice c, const char *v);
/* 1 for the default value. */
int sweep_choice_is_default(enum sweep_choice c, const char *v);
/* The allowed values, ", " between (a static buffer). */
const char *sweep_choice_list(enum sweep_choice c);

/* The baseline backend of backend index i (baseline_backend), or NULL. */
const struct sweep_backend *sweep_baseline_backend(const struct sweep *sw, size_t i);

/* Workload points (rw x extra axes x bs x iodepth x numjobs) of workload w. */
size_t sweep_workload_points(const struct sweep_workload *w);

/* Point i of w, the last list varying fastest (the order written). */
void sweep_workload_at(const struct sweep_workload *w, size_t i, struct sweep_wpoint *pt);

/*
 * Does w set an extra axis with an rw mode it does not go with? 1 with
 * *line the axis's line and why "rwmixread: ..." naming value and modes.
 */
int sweep_workload_bad_axis(const struct sweep_workload *w, int *line, char *why, size_t len);

/* Do a and b share a point? 1 with desc naming it. */
int sweep_workload_overlap(const struct sweep_workload *a, const struct sweep_workload *b,
			   char *desc, size_t len);

/* 1 when driver index d runs on backend index b (its backends key). */
int sweep_runs_on(const struct sweep *sw, size_t d, size_t b);

/* Points of the whole plan for reps repetitions (saturates at UINT64_MAX). */
uint64_t sweep_plan_points(const struct sweep *sw, unsigned reps);

/*
 * Check the headlines against the whole sweep (sweep_headline.c): a known
 * metric and of, where filters naming existing drivers, backends and
 * workload values, a ratio that can exist, a well-formed goal. On a bad one
 * returns -EINVAL with *line its line and *msg a malloc'd message.
 */
int sweep_check_headlines(const struct sweep *sw, int *line, char **msg);

/* Space-separated "k=v k=v" form of a list, malloc'd ("" when empty). */
char *sweep_kv_join(const struct sweep_kvlist *l);

#endif
