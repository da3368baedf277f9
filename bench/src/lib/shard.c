// SPDX-License-Identifier: GPL-2.0-only
/*
 * Shards of a plan (shard.h): the "I/N" spec and the split of blocks over
 * shards, longest processing time first (Graham's LPT rule: the longest
 * shard is at most 4/3 of the optimum, and within one block of it).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"
#include "shard.h"

int vlab_shard_parse(const char *s, unsigned *index, unsigned *count, char *err, size_t errlen)
{
	const char *slash = s ? strchr(s, '/') : NULL;
	uint64_t i, n;
	char idx[24];
	size_t len;

	len = slash ? (size_t)(slash - s) : 0;
	if (!slash || !len || len >= sizeof(idx)) {
		snprintf(err, errlen, "'%s' is not a shard: give I/N, the 0-based shard I of N shards (e.g. 0/4)",
			 s ? s : "");
		return -EINVAL;
	}
	memcpy(idx, s, len);
	idx[len] = '\0';
	if (vlab_parse_u64(idx, &i) || vlab_parse_u64(slash + 1, &n)) {
		snprintf(err, errlen, "'%s' is not a shard: I and N of I/N are whole numbers (e.g. 0/4)", s);
		return -EINVAL;
	}
	if (n < 1 || n > VLAB_SHARD_MAX) {
		snprintf(err, errlen, "'%s': the shard count %llu is not from 1 to %d", s,
			 (unsigned long long)n, VLAB_SHARD_MAX);
		return -EINVAL;
	}
	if (i >= n) {
		snprintf(err, errlen, "'%s': shard %llu does not exist; the shards of %llu are 0 to %llu",
			 s, (unsigned long long)i, (unsigned long long)n, (unsigned long long)n - 1);
		return -EINVAL;
	}
	*index = (unsigned)i;
	*count = (unsigned)n;
	return 0;
}

static const double *sort_cost;

/* Longest first; equal blocks in plan order, so the split never depends on qsort. */
static int by_cost_desc(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	if (sort_cost[x] != sort_cost[y])
		return sort_cost[x] < sort_cost[y] ? 1 : -1;
	return x < y ? -1 : x > y;
}

int vlab_shard_split(const double *cost, size_t nblocks, unsigned count, unsigned *owner,
		     double *load)
{
	double *sum;
	size_t *idx, i;
	unsigned s, best;

	if (!count || count > nblocks)
		return -EINVAL;
	idx = calloc(nblocks, sizeof(*idx));
	sum = calloc(count, sizeof(*sum));
	if (!idx || !sum) {
		free(idx);
		free(sum);
		return -ENOMEM;
	}
	for (i = 0; i < nblocks; i++)
		idx[i] = i;
	sort_cost = cost;
	qsort(idx, nblocks, sizeof(*idx), by_cost_desc);
	sort_cost = NULL;
	for (i = 0; i < nblocks; i++) {
		for (best = 0, s = 1; s < count; s++)
			if (sum[s] < sum[best])
				best = s;
		owner[idx[i]] = best;
		sum[best] += cost[idx[i]];
	}
	if (load)
		memcpy(load, sum, count * sizeof(*sum));
	free(idx);
	free(sum);
	return 0;
}
