// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: median, min, max and percentiles of sorted arrays against
 * values worked out by hand (type 7 interpolation, numpy's default: for
 * 1,2,3,4 the 25th percentile is 1.75 and the median 2.5), and NAN for no data.
 */
#include "stats.h"
#include "testutil.h"

int main(void)
{
	double odd[] = { 5, 1, 3 };
	double even[] = { 4, 2, 3, 1 };
	double one[] = { 7 };
	double ten[] = { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };

	vlab_sort(odd, 3);
	CHECK(odd[0] == 1 && odd[1] == 3 && odd[2] == 5, "sort: %g %g %g", odd[0], odd[1], odd[2]);
	CHECK_NEAR(vlab_median(odd, 3), 3, 0);
	CHECK_NEAR(vlab_min(odd, 3), 1, 0);
	CHECK_NEAR(vlab_max(odd, 3), 5, 0);

	vlab_sort(even, 4);
	CHECK_NEAR(vlab_median(even, 4), 2.5, 1e-12);
	CHECK_NEAR(vlab_percentile(even, 4, 25), 1.75, 1e-12);	/* h = 0.75 */
	CHECK_NEAR(vlab_percentile(even, 4, 0), 1, 0);
	CHECK_NEAR(vlab_percentile(even, 4, 100), 4, 0);

	CHECK_NEAR(vlab_median(one, 1), 7, 0);
	CHECK_NEAR(vlab_percentile(one, 1, 99), 7, 0);

	vlab_sort(ten, 10);
	CHECK_NEAR(vlab_percentile(ten, 10, 90), 9.1, 1e-12);	/* h = 8.1 */
	CHECK_NEAR(vlab_percentile(ten, 10, 99), 9.91, 1e-12);	/* h = 8.91 */

	/* no data is NAN, never 0 */
	CHECK(isnan(vlab_median(ten, 0)), "median of nothing");
	CHECK(isnan(vlab_min(ten, 0)) && isnan(vlab_max(ten, 0)), "min/max of nothing");
	CHECK(isnan(vlab_percentile(ten, 10, -1)), "p < 0");
	CHECK(isnan(vlab_percentile(ten, 10, 100.5)), "p > 100");
	CHECK(isnan(vlab_percentile(ten, 10, NAN)), "p NAN");
	return tu_result("stats");
}
