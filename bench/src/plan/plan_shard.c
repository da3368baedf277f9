// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan --shard I/N: the whole plan is written as always, and
 * plan/shard.json names the blocks this run folder runs. Every shard of a
 * job writes the same plan (same sweep, seed, repetitions and clock) and the
 * same split, each on its own machine; the plan's digest in shard.json lets
 * vlab-merge prove it. --remaining reads the file, so that run, resume and
 * publish see only the shard's points.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonfile.h"
#include "plan.h"
#include "plandigest.h"
#include "shard.h"

/* The unit block b moves with: itself, or its workload point (all reps). */
static unsigned long unit_of(const struct plan_shard *shard, unsigned long b, unsigned long per_rep)
{
	return shard->by_point ? b % per_rep : b;
}

int plan_shard_write(const struct plan_shard *shard, const char *plan_dir,
		     struct json_object *order, size_t ncfg, const double *block_cost,
		     unsigned long nblocks, unsigned reps)
{
	unsigned long b, per_rep = reps ? nblocks / reps : nblocks;
	unsigned long nunits = shard->by_point ? per_rep : nblocks;
	struct json_object *o = NULL, *blocks, *ids, *loads;
	char hex[VLAB_SHA256_HEX], split[200], *err = NULL, *path = NULL;
	unsigned *owner = NULL;
	double *load = NULL, *cost = NULL;
	size_t k;
	int ret;

	/* vlab-plan refused more shards than units: vlab_shard_split says -EINVAL */
	owner = calloc(nunits, sizeof(*owner));
	cost = calloc(nunits, sizeof(*cost));
	load = calloc(shard->count, sizeof(*load));
	if (!owner || !cost || !load) {
		ret = -ENOMEM;
		goto out;
	}
	for (b = 0; b < nblocks; b++)
		cost[unit_of(shard, b, per_rep)] += block_cost[b];
	ret = vlab_shard_split(cost, nunits, shard->count, owner, load);
	if (!ret)
		ret = vlab_plan_digest(plan_dir, hex, &err);
	if (ret) {
		if (err)
			fprintf(stderr, "vlab-plan: %s\n", err);
		goto out;
	}
	o = json_object_new_object();
	blocks = json_object_new_array();
	ids = json_object_new_array();
	loads = json_object_new_array();
	if (!o || !blocks || !ids || !loads || asprintf(&path, "%s/%s", plan_dir, VLAB_SHARD_FILE) < 0) {
		json_object_put(blocks);
		json_object_put(ids);
		json_object_put(loads);
		path = NULL;
		ret = -ENOMEM;
		goto out;
	}
	json_object_object_add(o, "format", json_object_new_int(VLAB_SHARD_FORMAT));
	json_object_object_add(o, "index", json_object_new_int64(shard->index));
	json_object_object_add(o, "count", json_object_new_int64(shard->count));
	json_object_object_add(o, "plan_sha256", json_object_new_string(hex));
	snprintf(split, sizeof(split), "longest %s first onto the shard with the fewest "
		 "expected seconds; a block expects (runtime + ramp + %d s) per point",
		 shard->by_point ? "workload point (all its repetitions' blocks)" : "block",
		 VLAB_SHARD_POINT_SETUP_S);
	json_object_object_add(o, "split", json_object_new_string(split));
	json_object_object_add(o, "unit", json_object_new_string(shard->by_point ? "workload point" :
									   "block"));
	for (b = 0; b < nblocks; b++) {
		if (owner[unit_of(shard, b, per_rep)] != shard->index)
			continue;
		json_object_array_add(blocks, json_object_new_int64((int64_t)b));
		for (k = 0; k < ncfg; k++)
			json_object_array_add(ids, json_object_get(
				json_object_array_get_idx(order, b * ncfg + k)));
	}
	for (k = 0; k < shard->count; k++)
		json_object_array_add(loads, json_object_new_double(load[k]));
	json_object_object_add(o, "expected_s", json_object_new_double(load[shard->index]));
	json_object_object_add(o, "expected_s_per_shard", loads);
	json_object_object_add(o, "blocks", blocks);
	json_object_object_add(o, "points", ids);
	ret = vlab_json_write(path, o);
out:
	json_object_put(o);
	free(path);
	free(err);
	free(load);
	free(cost);
	free(owner);
	return ret;
}

int plan_shard_points(const char *prog, const char *plan_dir, struct json_object **ids)
{
	struct json_object *o = NULL, *v;
	char *path;
	int ret;

	*ids = NULL;
	if (asprintf(&path, "%s/%s", plan_dir, VLAB_SHARD_FILE) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &o);
	if (ret == -ENOENT) {
		ret = 0; /* the whole plan */
		goto out;
	}
	if (!ret && (!json_object_object_get_ex(o, "format", &v) ||
		     json_object_get_int(v) != VLAB_SHARD_FORMAT ||
		     !json_object_object_get_ex(o, "points", &v) ||
		     !json_object_is_type(v, json_type_array)))
		ret = -EBADMSG;
	if (ret) {
		fprintf(stderr, "%s: %s: %s\n", prog, path,
			ret == -EBADMSG ? "not a shard file of this version (format 1 with points)" :
			strerror(-ret));
		ret = ret == -ENOMEM ? ret : -EBADMSG;
		goto out;
	}
	*ids = json_object_get(v);
out:
	json_object_put(o);
	free(path);
	return ret;
}
