// SPDX-License-Identifier: GPL-2.0-only
/*
 * What a configuration costs over a floor (a transport over the kernel's
 * null_blk, which has no userspace at all): per repetition the value of
 * the configuration minus the floor's in the same block, so the drift
 * between blocks cancels as it does in every ratio of vduse-lab; then how
 * two such costs compare. Pure functions on (rep, value) pairs: the report
 * finds the cells, this file does the arithmetic, tests/floorcost.c checks
 * it on made-up data.
 */
#ifndef VLAB_FLOORCOST_H
#define VLAB_FLOORCOST_H

#include <stddef.h>

#include "interval.h"

/* One repetition's figure of one configuration at one workload point. */
struct vlab_repval {
	long rep;
	double v;	/* NAN: no figure (a failed point) */
};

/*
 * out[k].v = a.v - b.v (or a.v / b.v) for each repetition both have a
 * figure of, in a's order (a repetition given twice on a side counts once:
 * its first); out has room for na. Returns the number of pairs.
 */
size_t vlab_rep_diffs(const struct vlab_repval *a, size_t na, const struct vlab_repval *b,
		      size_t nb, struct vlab_repval *out);
size_t vlab_rep_ratios(const struct vlab_repval *a, size_t na, const struct vlab_repval *b,
		       size_t nb, struct vlab_repval *out);

/* ns of guest time on the instruction clock at 2^shift ns per instruction, in instructions. */
double vlab_icount_instructions(double ns, int shift);

/*
 * The cost of cell over floor: the mean of the paired differences with
 * their t interval (vlab_mean_paired_ci). -ENOMEM, else 0.
 */
int vlab_floor_cost(const struct vlab_repval *cell, size_t nc, const struct vlab_repval *floor,
		    size_t nf, double level, struct vlab_mean_ci *out);

/*
 * How a cost compares with a reference cost, each over its own floor, all
 * four measured in the same blocks: per repetition (cell - floor) / (ref -
 * ref_floor), then their geometric mean with the t interval on the logs
 * (vlab_ratio_paired_ci), the method of every ratio of vduse-lab. A cost
 * that is not positive in some repetition has no logarithm: est is then
 * NAN (and *npairs still counts the pairs). -ENOMEM, else 0.
 */
int vlab_cost_ratio(const struct vlab_repval *cell, size_t nc, const struct vlab_repval *floor,
		    size_t nf, const struct vlab_repval *ref, size_t nr,
		    const struct vlab_repval *ref_floor, size_t nrf, double level,
		    struct vlab_ratio_ci *out, size_t *npairs);

#endif
