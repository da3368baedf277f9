// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan: the parts behind the command line (plan.c): expanding a sweep
 * into a written plan (plan_write.c), the resume bookkeeping of a run
 * (plan_remaining.c) and one value of a sweep for scripts (plan_get.c).
 */
#ifndef VLAB_PLAN_H
#define VLAB_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#include "sweep.h"

/*
 * Shard index of count (0-based), as `--shard I/N` gave it. by_point: the
 * unit that moves is a workload point with all its repetitions, not one
 * block, so that on a clock whose figures depend on the host (wall, or
 * auto, which may resolve to it) a median never pools hosts.
 */
struct plan_shard {
	unsigned index, count;
	int by_point;
};

/*
 * Expand the sweep with this seed and number of repetitions into ordered
 * points and write the plan into out_dir, which must not exist or be empty:
 * everything goes to "out_dir.tmp.PID" first and is renamed into place, so
 * a plan is complete or absent. With shard, the whole plan is written and
 * shard.json says which blocks this run folder runs (plan_shard.c). On
 * success *npoints is the points written.
 */
int plan_write(const struct sweep *sw, uint32_t seed, unsigned reps,
	       const struct plan_shard *shard, const char *out_dir, unsigned long *npoints);

/*
 * Write plan_dir/shard.json: the blocks (ncfg points each, in order; reps
 * repetitions of the same workload points) that shard runs, split by their
 * expected seconds block_cost (per workload point when shard->by_point),
 * and the digest of the plan written so far (lib/plandigest.h). -EINVAL
 * when the plan has fewer units than shards (the caller refuses that
 * first).
 */
int plan_shard_write(const struct plan_shard *shard, const char *plan_dir,
		     struct json_object *order, size_t ncfg, const double *block_cost,
		     unsigned long nblocks, unsigned reps);

/*
 * The ids plan_dir's shard.json gives its run folder, or NULL (*ids) when
 * the plan is not a shard. Returns 0, -EBADMSG after a message naming the
 * file when it is damaged, -ENOMEM.
 */
int plan_shard_points(const char *prog, const char *plan_dir, struct json_object **ids);

/*
 * Print, in plan order, the ids of RUN_DIR's plan that have no finished
 * point folder (RUN_DIR/points/<id>/status); with next_boot, only those the
 * next boot of the lab VM runs (the first unfinished repetition's, when the
 * plan's boots are per-repetition). Returns the exit status: 0, or 2 after
 * a message naming the path when the run cannot be resumed.
 */
int plan_remaining(const char *prog, const char *run_dir, int next_boot);

/*
 * Print one value of the parsed sweep (plan_get.c): a [sweep] key with its
 * default, or "driver.KEY" / "backend.KEY" once per such section in file
 * order. Returns the exit status: 0; 1 when the key has no value; 2 after a
 * message listing the keys when key is none of them.
 */
int plan_get(const char *prog, const struct sweep *sw, const char *key);

#endif
