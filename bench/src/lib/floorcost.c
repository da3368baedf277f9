// SPDX-License-Identifier: GPL-2.0-only
/* Costs over a floor, paired by repetition (see floorcost.h). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "floorcost.h"

static const struct vlab_repval *rep_find(const struct vlab_repval *v, size_t n, long rep)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i].rep == rep)
			return &v[i];
	return NULL;
}

/* a's pairs with b: the difference, or the quotient when ratio */
static size_t pairs(const struct vlab_repval *a, size_t na, const struct vlab_repval *b,
		    size_t nb, struct vlab_repval *out, int ratio)
{
	const struct vlab_repval *m;
	size_t i, k = 0;

	for (i = 0; i < na; i++) {
		m = rep_find(b, nb, a[i].rep);
		if (!m || isnan(a[i].v) || isnan(m->v) || rep_find(a, i, a[i].rep))
			continue;
		out[k].rep = a[i].rep;
		out[k++].v = ratio ? a[i].v / m->v : a[i].v - m->v;
	}
	return k;
}

size_t vlab_rep_diffs(const struct vlab_repval *a, size_t na, const struct vlab_repval *b,
		      size_t nb, struct vlab_repval *out)
{
	return pairs(a, na, b, nb, out, 0);
}

size_t vlab_rep_ratios(const struct vlab_repval *a, size_t na, const struct vlab_repval *b,
		       size_t nb, struct vlab_repval *out)
{
	return pairs(a, na, b, nb, out, 1);
}

double vlab_icount_instructions(double ns, int shift)
{
	return ldexp(ns, -shift);
}

/* The values of v[0..n) as a plain array (malloc'd, at least one slot). */
static double *values(const struct vlab_repval *v, size_t n)
{
	double *d = malloc((n ? n : 1) * sizeof(*d));
	size_t i;

	for (i = 0; d && i < n; i++)
		d[i] = v[i].v;
	return d;
}

int vlab_floor_cost(const struct vlab_repval *cell, size_t nc, const struct vlab_repval *floor,
		    size_t nf, double level, struct vlab_mean_ci *out)
{
	struct vlab_repval *diff = malloc((nc ? nc : 1) * sizeof(*diff));
	double *d = NULL;
	size_t n;

	if (!diff)
		return -ENOMEM;
	n = vlab_rep_diffs(cell, nc, floor, nf, diff);
	d = values(diff, n);
	if (d)
		vlab_mean_paired_ci(d, n, level, out);
	free(diff);
	free(d);
	return d ? 0 : -ENOMEM;
}

int vlab_cost_ratio(const struct vlab_repval *cell, size_t nc, const struct vlab_repval *floor,
		    size_t nf, const struct vlab_repval *ref, size_t nr,
		    const struct vlab_repval *ref_floor, size_t nrf, double level,
		    struct vlab_ratio_ci *out, size_t *npairs)
{
	struct vlab_repval *a = malloc((nc ? nc : 1) * sizeof(*a));
	struct vlab_repval *b = malloc((nr ? nr : 1) * sizeof(*b));
	struct vlab_repval *q = malloc((nc ? nc : 1) * sizeof(*q));
	double *d = NULL;
	size_t n = 0, na, nb, i;
	int ret = -ENOMEM, positive = 1;

	if (a && b && q) {
		na = vlab_rep_diffs(cell, nc, floor, nf, a);
		nb = vlab_rep_diffs(ref, nr, ref_floor, nrf, b);
		n = vlab_rep_ratios(a, na, b, nb, q);
		/* two negative costs would make a positive ratio of nothing */
		for (i = 0; i < n; i++)
			positive &= rep_find(a, na, q[i].rep)->v > 0 && rep_find(b, nb, q[i].rep)->v > 0;
		d = values(q, n);
	}
	if (d) {
		vlab_ratio_paired_ci(d, positive ? n : 0, level, out);
		ret = 0;
	}
	*npairs = n;
	free(a);
	free(b);
	free(q);
	free(d);
	return ret;
}
