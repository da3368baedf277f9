// SPDX-License-Identifier: GPL-2.0-only
/* Percentile-bootstrap intervals of the median (see bootstrap.h). */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "stats.h"

static double sorted_median(const double *v, size_t n, double *scratch)
{
	memcpy(scratch, v, n * sizeof(*v));
	vlab_sort(scratch, n);
	return vlab_median(scratch, n);
}

/* One resample of v into dst, and its median. */
static double resample_median(const double *v, size_t n, struct vlab_rng *rng, double *dst)
{
	size_t i;

	for (i = 0; i < n; i++)
		dst[i] = v[vlab_rng_below(rng, n)];
	vlab_sort(dst, n);
	return vlab_median(dst, n);
}

static void finish(double *stats, unsigned resamples, double level, struct vlab_interval *out)
{
	vlab_sort(stats, resamples);
	out->lo = vlab_percentile(stats, resamples, 100.0 * (1.0 - level) / 2.0);
	out->hi = vlab_percentile(stats, resamples, 100.0 * (1.0 + level) / 2.0);
}

int vlab_boot_median(const double *v, size_t n, struct vlab_rng *rng, unsigned resamples,
		     double level, struct vlab_interval *out)
{
	double *scratch, *stats;
	unsigned r;

	out->est = out->lo = out->hi = NAN;
	if (!n || !resamples)
		return 0;
	scratch = calloc(n, sizeof(*scratch));
	stats = calloc(resamples, sizeof(*stats));
	if (!scratch || !stats) {
		free(scratch);
		free(stats);
		return -ENOMEM;
	}
	out->est = sorted_median(v, n, scratch);
	for (r = 0; r < resamples; r++)
		stats[r] = resample_median(v, n, rng, scratch);
	finish(stats, resamples, level, out);
	free(scratch);
	free(stats);
	return 0;
}

int vlab_boot_ratio(const double *a, size_t na, const double *b, size_t nb,
		    struct vlab_rng *rng, unsigned resamples, double level,
		    struct vlab_interval *out)
{
	double *sa, *sb, *stats, ma, mb;
	unsigned r, k = 0;

	out->est = out->lo = out->hi = NAN;
	if (!na || !nb || !resamples)
		return 0;
	sa = calloc(na, sizeof(*sa));
	sb = calloc(nb, sizeof(*sb));
	stats = calloc(resamples, sizeof(*stats));
	if (!sa || !sb || !stats) {
		free(sa);
		free(sb);
		free(stats);
		return -ENOMEM;
	}
	ma = sorted_median(a, na, sa);
	mb = sorted_median(b, nb, sb);
	if (ma != 0) {
		out->est = mb / ma;
		for (r = 0; r < resamples; r++) {
			ma = resample_median(a, na, rng, sa);
			mb = resample_median(b, nb, rng, sb);
			/* a resample with a zero denominator has no ratio; leave it out */
			if (ma != 0)
				stats[k++] = mb / ma;
		}
		if (k)
			finish(stats, k, level, out);
	}
	free(sa);
	free(sb);
	free(stats);
	return 0;
}

void vlab_boot_seed(struct vlab_rng *rng, unsigned long long seed, const char *key)
{
	uint64_t h = 0xcbf29ce484222325ULL; /* FNV-1a */

	for (; *key; key++)
		h = (h ^ (unsigned char)*key) * 0x100000001b3ULL;
	vlab_rng_seed(rng, (uint64_t)seed ^ h);
}
