// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: a queue's stage histogram (be_hist_add, on the log-linear
 * histogram of ebpf/lib/hist.h, whose slots ebpf.unit.hist checks): count,
 * sum and the exact maximum are kept, values of 2^40 ns and above land in
 * the last slot, and percentiles of a known distribution are within the
 * stated bound (HIST_ERROR_BOUND, 0.39%).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hist_user.h"
#include "sim.h"

int main(void)
{
	static struct be_hist h;

	/* Values 1000..1000000 step 1000: the p-th percentile is about p * 10000. */
	for (uint64_t x = 1000; x <= 1000000; x += 1000)
		be_hist_add(&h, x);
	for (double p = 1; p <= 100; p += 1) {
		double want = ceil(p * 10) * 1000, got = hist__percentile(&h.h, p / 100);

		CHECK(fabs(got - want) / want <= HIST_ERROR_BOUND + 1e-9,
		      "p%.0f: %.0f, want %.0f", p, got, want);
	}
	CHECK(h.h.count == 1000 && h.max == 1000000 && h.h.sum == 500500000ull,
	      "count %llu max %llu sum %llu", (unsigned long long)h.h.count,
	      (unsigned long long)h.max, (unsigned long long)h.h.sum);
	/* Past the top: the last slot, never beyond the array. */
	be_hist_add(&h, 1ull << HIST_MAX_BITS);
	be_hist_add(&h, UINT64_MAX >> 1);
	CHECK(h.h.slots[HIST_SLOTS - 1] == 2, "values >= 2^%d ns: %llu in the last slot",
	      HIST_MAX_BITS, (unsigned long long)h.h.slots[HIST_SLOTS - 1]);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: histogram bound %.4f%%\n", HIST_ERROR_BOUND * 100);
	return 0;
}
