// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan: the validated benchmark matrix, shared between the command
 * line (plan.c) and the code that expands and writes the plan (plan_write.c).
 */
#ifndef VLAB_PLAN_H
#define VLAB_PLAN_H

#include <stdint.h>

#include "strlist.h"

struct plan_axes {
	const char *name;
	uint32_t seed;
	struct vlab_strlist drivers;
	struct vlab_strlist backends;
	struct vlab_strlist rws;
	struct vlab_strlist bss;	/* as given, e.g. "4k"; goes into ids */
	uint64_t *bs_bytes;		/* bss.n entries */
	unsigned *iodepths;
	size_t n_iodepths;
	unsigned *numjobs;
	size_t n_numjobs;
	unsigned reps;
	unsigned runtime_s;
	unsigned ramp_s;
	const char *size;		/* as given, e.g. "1G" */
	uint64_t size_bytes;
};

/*
 * Expand the matrix into ordered points and write the plan into out_dir,
 * which must not exist or be empty: everything goes to "out_dir.tmp.PID"
 * first and is renamed into place, so a plan is complete or absent.
 * On success *npoints is the number of points written.
 */
int plan_write(const struct plan_axes *ax, const char *out_dir, unsigned long *npoints);

#endif
