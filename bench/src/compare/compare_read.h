// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-compare's view of one run: the ok values of one metric per
 * configuration and workload point (summary.csv) with the repetition each
 * came from, the clock the run was measured on (manifest.json), its
 * baseline driver (plan.json) and the A/A noise floor the summariser
 * measured (aggregate.csv). Reading is kept apart from judging so that
 * compare.c holds only the comparison.
 */
#ifndef VLAB_COMPARE_READ_H
#define VLAB_COMPARE_READ_H

#include <stddef.h>
#include <stdint.h>

#include "axes.h"
#include "csv.h"

/* One configuration at one workload point. */
struct cmp_group {
	const char *config, *driver, *backend, *rw, *bs;
	uint64_t bs_bytes;
	long iodepth, numjobs;
	struct vlab_xvals x;	/* the extra fio axes (lib/axes.h) */
	size_t wp;		/* order of first appearance of its workload point */
	double *v;		/* ok values of the metric */
	long *rep;		/* the repetition of each value */
	size_t n;
	int unsafe;		/* a row flagged unsafe (bounce_strategy=direct) */
	double floor;		/* aggregate.csv noise_floor here; NAN without */
};

/* The clock a run was measured on (manifest "clock"). */
struct cmp_clock {
	char *name;		/* "icount" or "wall" */
	char *accel;		/* "tcg", "kvm", "host" */
	char *label;		/* one line for people */
	long shift;		/* icount's ns-per-instruction exponent; -1 unknown */
	int recorded;		/* 0: an older run without "clock", read as wall */
};

struct cmp_run {
	const char *dir;
	struct vlab_csv csv;	/* summary.csv; owns the strings of g */
	char *baseline;		/* the plan's baseline driver */
	char *baseline_on;	/* its fixed backend (baseline = DRIVER/BACKEND), or NULL */
	struct cmp_clock clock;
	struct cmp_group *g;
	size_t ng;
	double max_floor;	/* the largest noise floor of the metric; NAN without */
};

/*
 * Read r->dir for metric. 0; -EPROTO for a run this version cannot read
 * (exit 2); another -errno for a run that could not be read (exit 1).
 * Every error is reported on stderr naming the file.
 */
int cmp_load_run(struct cmp_run *r, const char *metric);
void cmp_free_run(struct cmp_run *r);

/* The index of k's configuration and workload point in r, or -1. */
int cmp_find_group(const struct cmp_run *r, const struct cmp_group *k);

/* Do a and b share rw, bs, iodepth, numjobs and the extra axes? */
int cmp_same_point(const struct cmp_group *a, const struct cmp_group *b);

#endif
