// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-merge: shards of one plan (bench/vlab run --shard I/N, each its own
 * run folder, on any host) in, one normal run folder out. merge_check.c
 * loads the shards and refuses a mix; merge_write.c writes the run.
 */
#ifndef VLAB_MERGE_H
#define VLAB_MERGE_H

#include <stddef.h>

#include <json-c/json.h>

#include "plandigest.h"

struct shard_run {
	char *dir;			/* the shard's run folder, as given */
	struct json_object *manifest;	/* its manifest.json */
	struct json_object *points;	/* its ids (plan/shard.json "points") */
	char digest[VLAB_SHA256_HEX];	/* its plan's digest, recomputed */
	unsigned index, count;
	unsigned long boots;		/* its vm/boot-N folders: N from 1 to boots */
};

/* A manifest value by dotted path ("clock.name"), or NULL. */
struct json_object *merge_get(struct json_object *manifest, const char *key);

/*
 * Load the shard run folders dirs[0..n) into s[] (sorted by index on
 * success) and check that they are the whole of one plan, run on one suite
 * revision and clock, every point finished. Returns 0, or 2 (the exit
 * status) after one message naming the folder, the value and what to do.
 */
int merge_load_check(const char *prog, char *const *dirs, size_t n, struct shard_run *s);

/*
 * The shards' points (their shard.json) are the plan's order, each exactly
 * once (merge_cover.c). 0, or 2 after a message naming the point.
 */
int merge_check_cover(const char *prog, const struct shard_run *s, size_t n);

/* Write the merged run folder out (must not exist), all or nothing. 0, 1 or 2. */
int merge_write(const char *prog, const struct shard_run *s, size_t n, const char *out);

void merge_free(struct shard_run *s, size_t n);

#endif
