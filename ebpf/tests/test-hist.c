// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the log-linear histogram (lib/hist.h, lib/hist.c) without a
 * kernel: every value lands in a slot whose bounds contain it, slots are
 * ordered and contiguous, the relative slot width respects the stated error
 * bound, and mean, percentiles, max and interval deltas are right on known
 * samples.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hist_user.h"

static int failures;
#define CHECK(cond, ...) do { if (!(cond)) { printf("FAIL: " __VA_ARGS__); printf("\n"); failures++; } } while (0)

static void add(struct hist *h, __u64 v)
{
	h->count++;
	h->sum += v;
	h->slots[hist_slot(v)]++;
}

int main(void)
{
	static struct hist h, a, d;
	__u64 v;
	__u32 i;

	/* Slot bounds contain the value, for small, boundary and large values. */
	for (v = 0; v < 100000; v++) {
		__u32 s = hist_slot(v);

		CHECK(hist__slot_lower(s) <= v && v < hist__slot_upper(s), "value %llu slot %u", (unsigned long long)v, s);
		if (failures > 5)
			return 1;
	}
	for (i = 0; i < 64; i++) {
		__u64 x = 1ull << i, ys[3] = { x - 1, x, x + 1 };

		for (int k = 0; k < 3; k++) {
			__u32 s = hist_slot(ys[k]);

			if (ys[k] >> HIST_MAX_BITS) {
				CHECK(s == HIST_SLOTS - 1, "huge value %llu not in the last slot", (unsigned long long)ys[k]);
				continue;
			}
			CHECK(s < HIST_SLOTS, "slot %u out of range", s);
			CHECK(hist__slot_lower(s) <= ys[k] && ys[k] < hist__slot_upper(s),
			      "value %llu outside slot %u", (unsigned long long)ys[k], s);
		}
	}
	/* Both log2s (BPF's branch-free smear, userspace's clz) against a plain
	 * loop, around every power of two. */
	for (i = 0; i < 63; i++) {
		__u64 x = 1ull << i, ys[3] = { x, x + (x >> 1), (x << 1) - 1 };

		for (int k = 0; k < 3; k++) {
			__u32 want = 0;

			for (__u64 y = ys[k]; y > 1; y >>= 1)
				want++;
			CHECK(hist_log2(ys[k]) == want, "log2(%llu) = %u, want %u",
			      (unsigned long long)ys[k], hist_log2(ys[k]), want);
			CHECK(hist_log2_smear(ys[k]) == want, "smear log2(%llu) = %u, want %u",
			      (unsigned long long)ys[k], hist_log2_smear(ys[k]), want);
		}
	}
	/* Contiguous, and width / lower bound within twice the error bound. */
	for (i = 1; i < HIST_SLOTS; i++) {
		double w = (double)(hist__slot_upper(i) - hist__slot_lower(i));

		CHECK(hist__slot_lower(i) == hist__slot_upper(i - 1), "slot %u not contiguous", i);
		if (i >= HIST_SUB)
			CHECK(w / (double)hist__slot_lower(i) <= 2 * HIST_ERROR_BOUND + 1e-12,
			      "slot %u too wide", i);
	}
	/* Known samples: 1..1000 us in ns. */
	for (v = 1; v <= 1000; v++)
		add(&h, v * 1000);
	CHECK(h.count == 1000, "count");
	CHECK(fabs(hist__mean(&h) - 500500.0) < 1e-6, "mean %f", hist__mean(&h));
	CHECK(fabs(hist__percentile(&h, 0.5) - 500000.0) / 500000.0 <= HIST_ERROR_BOUND,
	      "p50 %f", hist__percentile(&h, 0.5));
	CHECK(fabs(hist__percentile(&h, 0.99) - 990000.0) / 990000.0 <= HIST_ERROR_BOUND,
	      "p99 %f", hist__percentile(&h, 0.99));
	CHECK(fabs(hist__max(&h) - 1000000.0) / 1000000.0 <= HIST_ERROR_BOUND, "max %f", hist__max(&h));
	/* Small exact values. */
	memset(&a, 0, sizeof(a));
	add(&a, 3);
	add(&a, 3);
	add(&a, 7);
	CHECK(hist__percentile(&a, 0.5) == 3.0 && hist__max(&a) == 7.0, "exact small values");
	/* Interval delta: h + a minus h is a. */
	static struct hist both;
	both = h;
	for (i = 0; i < HIST_SLOTS; i++)
		both.slots[i] += a.slots[i];
	both.count += a.count;
	both.sum += a.sum;
	hist__sub(&d, &both, &h);
	CHECK(memcmp(&d, &a, sizeof(d)) == 0, "delta");
	/* Empty histogram. */
	memset(&d, 0, sizeof(d));
	CHECK(hist__mean(&d) == 0 && hist__percentile(&d, 0.99) == 0 && hist__max(&d) == 0, "empty");
	if (failures)
		return 1;
	printf("PASS: hist (%u slots, error bound %.4f)\n", HIST_SLOTS, HIST_ERROR_BOUND);
	return 0;
}
