// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-summarize: a run's rows, one per point, as read from its point
 * folders (summarize_row.c); summarize.c writes them to summary.csv and
 * summarize_agg.h aggregates them.
 */
#ifndef VLAB_SUMMARIZE_ROW_H
#define VLAB_SUMMARIZE_ROW_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "axes.h"
#include "fiojson.h"
#include "planfile.h"

/*
 * A point is unsafe when its driver sets bounce_strategy=direct (as a sysfs
 * knob or a module parameter): a research-only strategy that hands guest
 * pages to the backend, so its figures are not those of a deployable setup.
 */
#define ROW_FLAG_UNSAFE "unsafe"

struct row {
	long seq, iodepth, numjobs, rep;
	char *id, *config, *driver, *backend, *workload, *rw, *bs;
	struct vlab_xvals x;	/* the extra fio axes (lib/axes.def) */
	char *status;		/* "ok", "missing" or "failed: reason" */
	int have_fio;		/* fio.json parsed, so fio.error is meaningful */
	struct vlab_fio fio;
	char *module;		/* NULL when the point has no module file */
	const char *flags;	/* "" or ROW_FLAG_UNSAFE (static strings) */
	/*
	 * CPU time per I/O in microseconds, NAN when unknown: fio's, the
	 * backend's, and all vCPUs' busy time (fio, backend, the kworkers
	 * running the driver's inject work, interrupts, the rest of the guest).
	 */
	double cpu_fio_us, cpu_backend_us, cpu_guest_us;
	/*
	 * The block layer's time per I/O in microseconds (the disk's read and
	 * write ticks over its I/Os in the same window: from each request's
	 * start to its completion, whatever serves it), NAN when unknown.
	 */
	double block_us;
	/*
	 * Over the same window and I/Os (cpu.json), NAN when not recorded:
	 * the backend process's page faults (minor and major; none without a
	 * backend process) and the VDUSE device's DMA maps (our module only).
	 */
	double faults_per_io, maps_per_io;
	char *boot;		/* the vm/boot-N that ran it (points/<id>/boot), or NULL */
	/*
	 * The VDUSE device's memory at the end of fio (device.json), in
	 * bytes, NAN where it was not recorded: the bounce_size budget, the
	 * kernel bounce pages it holds (huge: those in 2 MiB pages) and the
	 * user memory registered (umem), which the driver pins. The stock
	 * module reports the budget only (summarize_mem.c).
	 */
	double bounce_size, mem_kernel, mem_huge, mem_umem;
};

static inline int row_ok(const struct row *r)
{
	return r->status && !strcmp(r->status, "ok");
}

/* Are a and b at the same workload point (every axis)? */
static inline int row_same_point(const struct row *a, const struct row *b)
{
	return !strcmp(a->rw, b->rw) && !strcmp(a->bs, b->bs) && a->iodepth == b->iodepth &&
	       a->numjobs == b->numjobs && vlab_xvals_same(&a->x, &b->x);
}

/* The extra axes some row sets: the columns the CSVs append (lib/axes.h). */
unsigned summarize_xaxes(const struct row *rows, size_t n);

/* Does a driver's knobs or params object (params.json) set bounce_strategy=direct? */
int summarize_unsafe_kv(struct json_object *kv);

/*
 * summarize_row.c: the row of point folder dir/name from its params.json
 * (errors are printed), then its status judged from the agent's word and
 * fio.json, and its CPU columns; summarize_free_row() frees what they set.
 */
int summarize_load_params(const char *dir, const char *name, struct row *r);
int summarize_judge_point(const char *dir, struct row *r);
/* summarize_mem.c: the memory fields from dir/device.json, if it has them. */
void summarize_read_memory(const char *dir, struct row *r);
void summarize_free_row(struct row *r);

#endif
