// SPDX-License-Identifier: GPL-2.0-only
/* Reading log-linear histograms in the loaders (hist_user.h). */
#include <string.h>
#include "hist_user.h"

__u64 hist__slot_lower(__u32 slot)
{
	__u32 g, sub;

	if (slot < HIST_SUB)
		return slot;
	g = slot / HIST_SUB;
	sub = slot % HIST_SUB;
	return (__u64)(HIST_SUB + sub) << (g - 1);
}

__u64 hist__slot_upper(__u32 slot)
{
	if (slot < HIST_SUB)
		return (__u64)slot + 1;
	return hist__slot_lower(slot) + (1ull << (slot / HIST_SUB - 1));
}

void hist__sub(struct hist *dst, const struct hist *a, const struct hist *b)
{
	__u32 i;

	dst->count = 0;
	dst->sum = a->sum - b->sum;
	for (i = 0; i < HIST_SLOTS; i++) {
		dst->slots[i] = a->slots[i] - b->slots[i];
		dst->count += dst->slots[i];
	}
}

double hist__mean(const struct hist *h)
{
	return h->count ? (double)h->sum / (double)h->count : 0.0;
}

static double slot_mid(__u32 i)
{
	/* Slots below HIST_SUB hold exactly one value. */
	if (i < HIST_SUB)
		return (double)i;
	return ((double)hist__slot_lower(i) + (double)hist__slot_upper(i)) / 2.0;
}

static __u64 slots_total(const struct hist *h)
{
	__u64 n = 0;
	__u32 i;

	for (i = 0; i < HIST_SLOTS; i++)
		n += h->slots[i];
	return n;
}

double hist__percentile(const struct hist *h, double p)
{
	__u64 n = slots_total(h), seen = 0, rank;
	__u32 i;

	if (!n)
		return 0.0;
	/* The smallest value with at least p*n samples at or below it. */
	rank = (__u64)(p * (double)n + 0.999999);
	if (rank < 1)
		rank = 1;
	for (i = 0; i < HIST_SLOTS; i++) {
		seen += h->slots[i];
		if (seen >= rank)
			return slot_mid(i);
	}
	return slot_mid(HIST_SLOTS - 1);
}

double hist__max(const struct hist *h)
{
	__u32 i = HIST_SLOTS;

	while (i-- > 0)
		if (h->slots[i])
			return slot_mid(i);
	return 0.0;
}

void hist__print(const struct hist *h, const char *unit, __u64 div, FILE *f)
{
	__u64 rows[HIST_MAX_BITS + 1] = { 0 }, top = 0;
	int r, lo = -1, hi = -1;
	__u32 i;

	/* Fold the slots into power-of-two rows of the divided value. */
	for (i = 0; i < HIST_SLOTS; i++) {
		__u64 v = hist__slot_lower(i) / (div ? div : 1);

		if (!h->slots[i])
			continue;
		r = v ? (int)hist_log2(v) + 1 : 0;
		rows[r] += h->slots[i];
		if (lo < 0 || r < lo)
			lo = r;
		if (r > hi)
			hi = r;
	}
	if (lo < 0) {
		fprintf(f, "     (no samples)\n");
		return;
	}
	for (r = lo; r <= hi; r++)
		if (rows[r] > top)
			top = rows[r];
	fprintf(f, "%24s : %-10s |%-32s|\n", unit, "count", "distribution");
	for (r = lo; r <= hi; r++) {
		__u64 a = r ? 1ull << (r - 1) : 0, b = r ? (1ull << r) - 1 : 0;
		int w = top ? (int)(rows[r] * 32 / top) : 0;
		char bar[33];

		memset(bar, '*', (size_t)w);
		bar[w] = 0;
		fprintf(f, "%10llu -> %-10llu : %-10llu |%-32s|\n", (unsigned long long)a,
			(unsigned long long)b, (unsigned long long)rows[r], bar);
	}
}

void hist__json(const struct hist *h, struct json *j, const char *key, __u64 div)
{
	double d = div ? (double)div : 1.0;
	__u32 i;

	json__obj_open(j, key);
	json__u64(j, "count", h->count);
	json__double(j, "mean", hist__mean(h) / d);
	json__double(j, "p50", hist__percentile(h, 0.50) / d);
	json__double(j, "p90", hist__percentile(h, 0.90) / d);
	json__double(j, "p99", hist__percentile(h, 0.99) / d);
	json__double(j, "p999", hist__percentile(h, 0.999) / d);
	json__double(j, "max", hist__max(h) / d);
	json__arr_open(j, "buckets");
	for (i = 0; i < HIST_SLOTS; i++) {
		if (!h->slots[i])
			continue;
		json__arr_open(j, NULL);
		json__double(j, NULL, (double)hist__slot_lower(i) / d);
		json__u64(j, NULL, h->slots[i]);
		json__arr_close(j);
	}
	json__arr_close(j);
	json__obj_close(j);
}
