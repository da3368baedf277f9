// SPDX-License-Identifier: GPL-2.0-only
/* Order statistics (see stats.h). */
#include <math.h>
#include <stdlib.h>

#include "stats.h"

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

void vlab_sort(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), cmp_double);
}

double vlab_percentile(const double *sorted, size_t n, double p)
{
	double h, lo;
	size_t i;

	if (!n || !(p >= 0 && p <= 100))
		return NAN;
	h = (double)(n - 1) * p / 100.0;
	lo = floor(h);
	i = (size_t)lo;
	if (i + 1 >= n)
		return sorted[n - 1];
	return sorted[i] + (h - lo) * (sorted[i + 1] - sorted[i]);
}

double vlab_median(const double *sorted, size_t n)
{
	return vlab_percentile(sorted, n, 50);
}

double vlab_min(const double *sorted, size_t n)
{
	return n ? sorted[0] : NAN;
}

double vlab_max(const double *sorted, size_t n)
{
	return n ? sorted[n - 1] : NAN;
}
