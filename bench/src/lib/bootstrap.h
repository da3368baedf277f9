// SPDX-License-Identifier: GPL-2.0-only
/*
 * Percentile-bootstrap confidence intervals for the median, the statistic
 * vduse-lab reports: a handful of repetitions, no normality assumed. The
 * caller seeds the RNG, so a recorded seed reproduces every interval.
 */
#ifndef VLAB_BOOTSTRAP_H
#define VLAB_BOOTSTRAP_H

#include <stddef.h>

#include "rng.h"

#define VLAB_BOOT_RESAMPLES 10000
#define VLAB_BOOT_LEVEL 0.95

struct vlab_interval {
	double est;	/* the statistic on the data itself */
	double lo, hi;	/* NAN, NAN when there is no data */
};

/*
 * Median of v[0..n) (any order, no NANs) and the (1-level)/2 and (1+level)/2
 * percentiles of the medians of `resamples` resamples drawn with
 * replacement. -ENOMEM, or 0 (all NAN when n is 0).
 */
int vlab_boot_median(const double *v, size_t n, struct vlab_rng *rng, unsigned resamples,
		     double level, struct vlab_interval *out);

/*
 * median(b) / median(a), with a and b resampled independently (two runs'
 * repetitions have no pairing). NAN when either is empty or median(a) is 0.
 */
int vlab_boot_ratio(const double *a, size_t na, const double *b, size_t nb,
		    struct vlab_rng *rng, unsigned resamples, double level,
		    struct vlab_interval *out);

/* An RNG seeded from seed and a key, so each row's interval stands alone. */
void vlab_boot_seed(struct vlab_rng *rng, unsigned long long seed, const char *key);

#endif
