// SPDX-License-Identifier: GPL-2.0-only
/*
 * Shards of a plan: the blocks of one plan split over N machines (vlab-plan
 * --shard, vlab-merge). A block (every configuration of one workload point,
 * one repetition) is the unit that moves: the paired ratios are taken inside
 * a block, so a block must run whole, in one boot, on one host.
 *
 * The split is a function of the plan alone (the blocks' expected times), so
 * every shard of a job computes the same one on its own machine, and the
 * plan's digest (lib/plandigest.h) proves they all started from one plan.
 */
#ifndef VLAB_SHARD_H
#define VLAB_SHARD_H

#include <stddef.h>

/* At most this many shards: a job array this wide is already a cluster's day. */
#define VLAB_SHARD_MAX 1024

/* plan/shard.json: which part of the plan this run folder runs */
#define VLAB_SHARD_FILE "shard.json"
#define VLAB_SHARD_FORMAT 1

/*
 * A point's expected cost outside fio's runtime and ramp (module load,
 * device creation, fio start and the record shipped out), used only to
 * balance shards: blocks differ in runtime, not in this.
 */
#define VLAB_SHARD_POINT_SETUP_S 5

/*
 * Parse "I/N" (0 <= I < N <= VLAB_SHARD_MAX, decimal, 0-based like a Slurm
 * array task id). Returns 0, or -EINVAL with a message naming the value and
 * what is allowed in err.
 */
int vlab_shard_parse(const char *s, unsigned *index, unsigned *count, char *err, size_t errlen);

/*
 * Assign nblocks blocks of expected seconds cost[] to count shards, largest
 * block first onto the least loaded shard (ties: the lower block, the lower
 * shard), so that the longest shard is within one block of the best split.
 * owner[b] is block b's shard; load[s] (count entries, may be NULL) the
 * seconds each shard gets. Deterministic: a pure function of cost[].
 * Returns 0, or -EINVAL when count is 0 or above nblocks (an empty shard),
 * -ENOMEM.
 */
int vlab_shard_split(const double *cost, size_t nblocks, unsigned count, unsigned *owner,
		     double *load);

#endif
