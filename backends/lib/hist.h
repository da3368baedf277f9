/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Log-linear latency histograms (HdrHistogram's layout): values below 2^7 ns
 * are exact; above, each power of two is split into 128 linear buckets, so a
 * bucket spans at most 1/128 of its lower bound. Reporting a bucket's
 * midpoint bounds the relative error of any percentile by 1/256 (0.39%).
 * One writer per histogram (its queue thread); readers tolerate tearing.
 */
#ifndef BE_HIST_H
#define BE_HIST_H

#include <stdint.h>
#include <stdio.h>

#define HIST_SUB_BITS 7
#define HIST_SUB (1u << HIST_SUB_BITS)
/* Values up to 2^40 ns (18 min); larger ones land in the last bucket. */
#define HIST_MAX_BITS 40
#define HIST_BUCKETS ((HIST_MAX_BITS - HIST_SUB_BITS + 1) * HIST_SUB)
#define HIST_ERROR_BOUND (1.0 / (2 * HIST_SUB))

struct hist {
	uint64_t count, sum, max;
	uint64_t b[HIST_BUCKETS];
};

/* Inline: a queue thread adds five values per request. */
static inline unsigned int hist_index(uint64_t v)
{
	unsigned int k;

	if (v < HIST_SUB)
		return (unsigned int)v;
	k = 63 - __builtin_clzll(v); /* v in [2^k, 2^(k+1)), k >= HIST_SUB_BITS */
	if (k > HIST_MAX_BITS)
		return HIST_BUCKETS - 1;
	/* Bucket group k - HIST_SUB_BITS + 1, sub-bucket from the next 7 bits. */
	return (k - HIST_SUB_BITS + 1) * HIST_SUB +
	       (unsigned int)((v >> (k - HIST_SUB_BITS)) & (HIST_SUB - 1));
}

static inline void hist_add(struct hist *h, uint64_t v)
{
	h->b[hist_index(v)]++;
	h->count++;
	h->sum += v;
	if (v > h->max)
		h->max = v;
}

/* Lowest and highest value that fall in bucket i. */
uint64_t hist_lower(unsigned int i);
uint64_t hist_upper(unsigned int i);
/* Percentile p in [0, 100]: a bucket midpoint, within HIST_ERROR_BOUND. */
uint64_t hist_pct(const struct hist *h, double p);
void hist_merge(struct hist *dst, const struct hist *src);
/* {"count":..,"mean":..,"p50":..,"p90":..,"p99":..,"p999":..,"max":..} */
void hist_json(FILE *f, const struct hist *h);

#endif
