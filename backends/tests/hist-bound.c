// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the log-linear histogram: buckets tile the value range with no
 * gap or overlap, every value lands in a bucket containing it, each bucket is
 * at most 1/128 of its lower bound wide, and percentiles of a known
 * distribution are within the stated bound (HIST_ERROR_BOUND, 0.39%).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sim.h"

int main(void)
{
	static struct hist h;
	uint64_t v = 1;

	for (unsigned int i = 1; i < HIST_BUCKETS - 1; i++) {
		CHECK(hist_lower(i) == hist_upper(i - 1) + 1, "gap or overlap at bucket %u", i);
		if (hist_lower(i) >= HIST_SUB)
			CHECK((hist_upper(i) - hist_lower(i) + 1) * HIST_SUB <= hist_lower(i),
			      "bucket %u too wide", i);
	}
	for (int k = 0; k < 200000; k++) {
		unsigned int i;

		v = v * 6364136223846793005ull + 1442695040888963407ull;
		uint64_t x = v >> (24 + k % 40);

		i = hist_index(x);
		if (x < (1ull << HIST_MAX_BITS))
			CHECK(hist_lower(i) <= x && x <= hist_upper(i), "value %llu not in its bucket",
			      (unsigned long long)x);
	}
	/* Values 1000..1000000 step 1000: the p-th percentile is about p * 10000. */
	memset(&h, 0, sizeof(h));
	for (uint64_t x = 1000; x <= 1000000; x += 1000)
		hist_add(&h, x);
	for (double p = 1; p <= 100; p += 1) {
		double want = ceil(p * 10) * 1000, got = (double)hist_pct(&h, p);

		CHECK(fabs(got - want) / want <= HIST_ERROR_BOUND + 1e-9,
		      "p%.0f: %.0f, want %.0f", p, got, want);
	}
	CHECK(h.count == 1000 && h.max == 1000000, "count %llu max %llu",
	      (unsigned long long)h.count, (unsigned long long)h.max);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: histogram bound %.4f%%\n", HIST_ERROR_BOUND * 100);
	return 0;
}
