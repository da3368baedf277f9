// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: percentile-bootstrap intervals of the median against known
 * values: all-equal samples give a zero-width interval at that value; for
 * 1..9 the interval brackets the true median 5 and stays inside the data;
 * one sample is its own interval; no samples give NAN; the same seed and
 * key give the same interval; the ratio of medians
 * of 10,10,10 and 20,20,20 is exactly 2 with a zero-width interval; equal
 * runs give an interval around 1.
 */
#include <math.h>

#include "bootstrap.h"
#include "testutil.h"

static struct vlab_interval median_of(const double *v, size_t n, unsigned long long seed)
{
	struct vlab_interval iv;
	struct vlab_rng rng;

	vlab_boot_seed(&rng, seed, "key");
	CHECK(vlab_boot_median(v, n, &rng, VLAB_BOOT_RESAMPLES, VLAB_BOOT_LEVEL, &iv) == 0,
	      "vlab_boot_median failed");
	return iv;
}

int main(void)
{
	const double same[] = { 7, 7, 7, 7, 7 };
	const double nine[] = { 9, 2, 7, 4, 5, 1, 8, 3, 6 };
	const double one[] = { 42 };
	const double spread[] = { 100, 103, 97, 110, 95, 101, 99 };
	const double a[] = { 10, 10, 10 }, b[] = { 20, 20, 20 };
	const double noisy_a[] = { 100, 102, 98, 101, 99 }, noisy_b[] = { 99, 101, 100, 102, 98 };
	struct vlab_interval iv, iv2;
	struct vlab_rng rng;

	iv = median_of(same, 5, 1);
	CHECK_NEAR(iv.est, 7, 0);
	CHECK_NEAR(iv.lo, 7, 0);
	CHECK_NEAR(iv.hi, 7, 0);

	iv = median_of(nine, 9, 1);
	CHECK_NEAR(iv.est, 5, 0);
	CHECK(iv.lo <= 5 && iv.hi >= 5, "1..9: [%g, %g] misses the median 5", iv.lo, iv.hi);
	CHECK(iv.lo >= 2 && iv.hi <= 8 && iv.lo < iv.hi, "1..9: [%g, %g] is not a plausible 95%% interval",
	      iv.lo, iv.hi);

	iv = median_of(one, 1, 1);
	CHECK(iv.est == 42 && iv.lo == 42 && iv.hi == 42, "one sample: %g [%g, %g]", iv.est, iv.lo,
	      iv.hi);
	iv = median_of(one, 0, 1);
	CHECK(isnan(iv.est) && isnan(iv.lo) && isnan(iv.hi), "no samples must give NAN");

	/* reproducible from the seed alone */
	iv = median_of(spread, 7, 12345);
	iv2 = median_of(spread, 7, 12345);
	CHECK(iv.lo == iv2.lo && iv.hi == iv2.hi, "same seed: [%g, %g] then [%g, %g]", iv.lo, iv.hi,
	      iv2.lo, iv2.hi);
	CHECK(iv.est == 100 && iv.lo >= 95 && iv.hi <= 110 && iv.lo <= 100 && iv.hi >= 100,
	      "spread: %g [%g, %g]", iv.est, iv.lo, iv.hi);

	vlab_boot_seed(&rng, 1, "ratio");
	CHECK(vlab_boot_ratio(a, 3, b, 3, &rng, VLAB_BOOT_RESAMPLES, VLAB_BOOT_LEVEL, &iv) == 0,
	      "ratio failed");
	CHECK(iv.est == 2 && iv.lo == 2 && iv.hi == 2, "20/10: %g [%g, %g]", iv.est, iv.lo, iv.hi);
	vlab_boot_seed(&rng, 1, "ratio");
	vlab_boot_ratio(noisy_a, 5, noisy_b, 5, &rng, VLAB_BOOT_RESAMPLES, VLAB_BOOT_LEVEL, &iv);
	CHECK(iv.lo < 1 && iv.hi > 1 && fabs(iv.est - 1) < 0.01, "equal runs: %g [%g, %g]", iv.est,
	      iv.lo, iv.hi);
	vlab_boot_seed(&rng, 1, "ratio");
	vlab_boot_ratio(a, 3, b, 0, &rng, VLAB_BOOT_RESAMPLES, VLAB_BOOT_LEVEL, &iv);
	CHECK(isnan(iv.est) && isnan(iv.lo), "an empty side must give NAN");
	return tu_result("bootstrap");
}
