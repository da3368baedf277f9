// SPDX-License-Identifier: GPL-2.0-only
/* Log-linear histogram arithmetic and its JSON form (see hist.h for the bound). */
#include "hist.h"

uint64_t hist_lower(unsigned int i)
{
	unsigned int g = i / HIST_SUB, s = i % HIST_SUB, k;

	if (g == 0)
		return i;
	k = g + HIST_SUB_BITS - 1;
	return (1ull << k) + ((uint64_t)s << (k - HIST_SUB_BITS));
}

uint64_t hist_upper(unsigned int i)
{
	unsigned int g = i / HIST_SUB, k;

	if (g == 0)
		return i;
	k = g + HIST_SUB_BITS - 1;
	return hist_lower(i) + (1ull << (k - HIST_SUB_BITS)) - 1;
}

uint64_t hist_pct(const struct hist *h, double p)
{
	uint64_t want, seen = 0;

	if (!h->count)
		return 0;
	want = (uint64_t)(p / 100.0 * (double)h->count + 0.5);
	if (want < 1)
		want = 1;
	for (unsigned int i = 0; i < HIST_BUCKETS; i++) {
		seen += h->b[i];
		if (seen >= want) {
			uint64_t mid = hist_lower(i) + (hist_upper(i) - hist_lower(i)) / 2;

			return mid > h->max ? h->max : mid;
		}
	}
	return h->max;
}

void hist_merge(struct hist *dst, const struct hist *src)
{
	for (unsigned int i = 0; i < HIST_BUCKETS; i++)
		dst->b[i] += src->b[i];
	dst->count += src->count;
	dst->sum += src->sum;
	if (src->max > dst->max)
		dst->max = src->max;
}

void hist_json(FILE *f, const struct hist *h)
{
	fprintf(f, "{\"count\":%llu,\"mean\":%llu,\"p50\":%llu,\"p90\":%llu,"
		"\"p99\":%llu,\"p999\":%llu,\"max\":%llu}",
		(unsigned long long)h->count,
		(unsigned long long)(h->count ? h->sum / h->count : 0),
		(unsigned long long)hist_pct(h, 50), (unsigned long long)hist_pct(h, 90),
		(unsigned long long)hist_pct(h, 99), (unsigned long long)hist_pct(h, 99.9),
		(unsigned long long)h->max);
}
