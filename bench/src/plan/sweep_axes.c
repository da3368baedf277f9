// SPDX-License-Identifier: GPL-2.0-only
/*
 * A workload section's points (sweep.h): its axes' lists expanded in the
 * order written, the extra axes of lib/axes.def among them, and the
 * checks that need the points: an extra axis set with an rw mode it means
 * nothing with, and a point that two sections share.
 */
#include <stdio.h>
#include <string.h>

#include "sweep.h"

/* An extra axis not set counts as one value: the point without it. */
static size_t xcount(const struct sweep_workload *w, size_t a)
{
	return w->nx[a] ? w->nx[a] : 1;
}

size_t sweep_workload_points(const struct sweep_workload *w)
{
	size_t n = w->rw.n * w->bs.n * w->n_iodepth * w->n_numjobs, a;

	for (a = 0; a < VLAB_XAXIS_COUNT; a++)
		n *= xcount(w, a);
	return n;
}

void sweep_workload_at(const struct sweep_workload *w, size_t i, struct sweep_wpoint *pt)
{
	size_t b, a;

	/* the last list varies fastest, so points follow the order written */
	pt->numjobs = w->numjobs[i % w->n_numjobs];
	i /= w->n_numjobs;
	pt->iodepth = w->iodepth[i % w->n_iodepth];
	i /= w->n_iodepth;
	b = i % w->bs.n;
	pt->bs = w->bs.v[b];
	pt->bs_bytes = w->bs_bytes[b];
	i /= w->bs.n;
	/* the extra axes vary next to rw, which they qualify */
	vlab_xvals_unset(&pt->x);
	for (a = VLAB_XAXIS_COUNT; a-- > 0;) {
		/* a named axis's default is the point without it */
		if (w->nx[a] && !(vlab_xaxis(a)->names && w->xv[a][i % w->nx[a]] == 0))
			pt->x.v[a] = w->xv[a][i % w->nx[a]];
		i /= xcount(w, a);
	}
	pt->rw = w->rw.v[i];
}

int sweep_workload_bad_axis(const struct sweep_workload *w, int *line, char *why, size_t len)
{
	size_t a, r;
	char v[32];

	for (a = 0; a < VLAB_XAXIS_COUNT; a++)
		for (r = 0; w->nx[a] && r < w->rw.n; r++)
			if (!vlab_xaxis_allows_rw(a, w->rw.v[r])) {
				*line = w->x_line[a];
				snprintf(why, len, "%s: '%s' is only for rw = %s (%s); this workload has rw = %s",
					 vlab_xaxis(a)->key, vlab_xval_str(a, w->xv[a][0], v, sizeof(v)),
					 vlab_xaxis(a)->only_rw, vlab_xaxis(a)->help, w->rw.v[r]);
				return 1;
			}
	return 0;
}

static int same_wpoint(const struct sweep_wpoint *a, const struct sweep_wpoint *b)
{
	return !strcmp(a->rw, b->rw) && a->bs_bytes == b->bs_bytes && a->iodepth == b->iodepth &&
	       a->numjobs == b->numjobs && vlab_xvals_same(&a->x, &b->x);
}

int sweep_workload_overlap(const struct sweep_workload *a, const struct sweep_workload *b,
			   char *desc, size_t len)
{
	size_t na = sweep_workload_points(a), nb = sweep_workload_points(b), i, j;
	struct sweep_wpoint pa, pb;
	char more[128];

	for (i = 0; i < na; i++) {
		sweep_workload_at(a, i, &pa);
		for (j = 0; j < nb; j++) {
			sweep_workload_at(b, j, &pb);
			if (!same_wpoint(&pa, &pb))
				continue;
			snprintf(desc, len, "rw %s%s, bs %s, iodepth %u, numjobs %u", pb.rw,
				 vlab_xvals_describe(&pb.x, more, sizeof(more)), pb.bs, pb.iodepth,
				 pb.numjobs);
			return 1;
		}
	}
	return 0;
}

uint64_t sweep_plan_points(const struct sweep *sw, unsigned reps)
{
	uint64_t wl = 0;
	size_t i;

	for (i = 0; i < sw->nworkloads; i++)
		wl += sweep_workload_points(&sw->workloads[i]);
	/*
	 * Lists hold distinct values, so a workload has at most 6 x 32768 x 1024
	 * x 64 points: with 32 workloads, 384 configurations and 100 repetitions
	 * that is below 2^55, far from overflowing.
	 */
	return wl * sw->ncfgs * reps;
}
