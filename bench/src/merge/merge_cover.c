// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-merge: the shards' points are the plan's, each exactly once. The
 * digest proves the shards share one plan, but a shard's list of points
 * (plan/shard.json) is not part of it: a list edited, damaged or made by
 * another split would lose or repeat points without this check.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "merge.h"
#include "planfile.h"

struct owned {
	const char *id;
	int shard;	/* -1: no shard runs it yet */
};

static int by_id(const void *a, const void *b)
{
	return strcmp(((const struct owned *)a)->id, ((const struct owned *)b)->id);
}

int merge_check_cover(const char *prog, const struct shard_run *s, size_t n)
{
	struct vlab_planinfo pi;
	struct owned *o = NULL, key, *hit;
	size_t i, j, np, k;
	char *err = NULL;
	const char *id;
	int ret;

	ret = vlab_plan_load_run(s[0].dir, &pi, &err);
	if (ret) {
		fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
		free(err);
		return VLAB_EXIT_USAGE;
	}
	np = json_object_array_length(pi.order);
	o = calloc(np + 1, sizeof(*o));
	if (!o) {
		vlab_plan_free(&pi);
		fprintf(stderr, "%s: out of memory\n", prog);
		return VLAB_EXIT_FAIL;
	}
	for (i = 0; i < np; i++) {
		o[i].id = json_object_get_string(json_object_array_get_idx(pi.order, i));
		o[i].shard = -1;
	}
	qsort(o, np, sizeof(*o), by_id);
	ret = 0;
	for (i = 0; !ret && i < n; i++) {
		k = json_object_array_length(s[i].points);
		for (j = 0; !ret && j < k; j++) {
			id = json_object_get_string(json_object_array_get_idx(s[i].points, j));
			key.id = id ? id : "";
			hit = bsearch(&key, o, np, sizeof(*o), by_id);
			if (!hit) {
				fprintf(stderr, "%s: shard %u (%s) lists '%s', which its plan does not have\n",
					prog, s[i].index, s[i].dir, key.id);
				ret = VLAB_EXIT_USAGE;
			} else if (hit->shard >= 0) {
				fprintf(stderr, "%s: point %s is listed by shard %d and by shard %u: shard.json of one of them is not the split of this plan\n",
					prog, hit->id, hit->shard, s[i].index);
				ret = VLAB_EXIT_USAGE;
			} else {
				hit->shard = (int)s[i].index;
			}
		}
	}
	for (i = 0; !ret && i < np; i++)
		if (o[i].shard < 0) {
			fprintf(stderr, "%s: no shard lists point %s of the plan: the shards' shard.json are not the split of this plan\n",
				prog, o[i].id);
			ret = VLAB_EXIT_USAGE;
		}
	free(o);
	vlab_plan_free(&pi);
	return ret;
}
