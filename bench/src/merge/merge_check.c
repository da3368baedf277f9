// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-merge: load the shards and refuse any mix (merge.h). Every check
 * names both folders and the value that differs, and what to do.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "jsonfile.h"
#include "merge.h"
#include "readfile.h"
#include "shard.h"

/*
 * What every shard of one run must share beyond the plan: the tree it ran
 * (commit and uncommitted diff), the clock, the guest kernel and our
 * module's build. Hosts and times may differ: the manifest lists each.
 */
static const struct {
	const char *key, *what;
} same_keys[] = {
	{ "suite.commit", "suite revision" },
	{ "suite.diff.sha256", "suite revision (its uncommitted diff)" },
	{ "clock.name", "clock" },
	{ "clock.icount_shift", "clock (icount shift)" },
	{ "clock.tcg_thread", "clock (TCG thread mode)" },
	{ "clock.accelerator", "clock (accelerator)" },
	{ "guest_kernel_package", "guest kernel" },
	{ "module.ours", "module build (kernel/ patches)" },
	{ "versions.qemu", "QEMU" },
	{ "versions.qemu_storage_daemon", "qemu-storage-daemon" },
	{ "versions.fio", "fio" },
};

/*
 * What ran in or for the guest, by the binaries map's keys (bench/
 * provenance.sh): the guest's files and the emulator. Not the host tools
 * (the same source built elsewhere may differ byte for byte and measures
 * nothing) nor the packed images (their files are hashed one by one).
 */
static int measured(const char *key)
{
	static const char *const prefixes[] = { "job/", "lib/", "usr/" };
	size_t i;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (!strncmp(key, prefixes[i], strlen(prefixes[i])))
			return 1;
	return !strcmp(key, "vm/vmlinuz") || !strcmp(key, "host/qemu-system-x86_64");
}

static const char *sha_of(struct json_object *bins, const char *key)
{
	struct json_object *e, *sha;

	if (!bins || !json_object_object_get_ex(bins, key, &e) ||
	    !json_object_object_get_ex(e, "sha256", &sha))
		return NULL;
	return json_object_get_string(sha);
}

/* Every measured binary of shard 0 ran, byte for byte, in shard i too. */
static int check_binaries(const char *prog, const struct shard_run *a, const struct shard_run *b)
{
	struct json_object *ba = merge_get(a->manifest, "binaries");
	struct json_object *bb = merge_get(b->manifest, "binaries");
	const char *x, *y;

	if (!ba || !json_object_is_type(ba, json_type_object))
		return 0; /* a run made before the map: nothing to compare */
	json_object_object_foreach(ba, key, val) {
		(void)val;
		if (!measured(key))
			continue;
		x = sha_of(ba, key);
		y = sha_of(bb, key);
		if (x && (!y || strcmp(x, y))) {
			fprintf(stderr, "%s: %s and %s ran different %s (sha256 %.12s and %.12s): the shards of one run must run one build; build once on storage every node reads (README.md, Sweeps on a cluster)\n",
				prog, a->dir, b->dir, key, x, y ? y : "none");
			return VLAB_EXIT_USAGE;
		}
	}
	return 0;
}

struct json_object *merge_get(struct json_object *m, const char *key)
{
	char *copy = strdup(key), *part, *save = NULL;
	struct json_object *v = m;

	if (!copy)
		return NULL;
	for (part = strtok_r(copy, ".", &save); v && part; part = strtok_r(NULL, ".", &save))
		if (!json_object_is_type(v, json_type_object) ||
		    !json_object_object_get_ex(v, part, &v))
			v = NULL;
	free(copy);
	return v;
}

static const char *text_of(struct json_object *v)
{
	if (!v)
		return "(none)";
	if (json_object_is_type(v, json_type_string))
		return json_object_get_string(v);
	return json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
}

/* The highest N of dir/vm/boot-N (0 without boots). */
static unsigned long count_boots(const char *dir)
{
	unsigned long n = 0, b;
	struct dirent *de;
	char *vm, *end;
	DIR *d;

	if (asprintf(&vm, "%s/vm", dir) < 0)
		return 0;
	d = opendir(vm);
	free(vm);
	if (!d)
		return 0;
	while ((de = readdir(d))) {
		if (strncmp(de->d_name, "boot-", 5))
			continue;
		b = strtoul(de->d_name + 5, &end, 10);
		if (!*end && b > n)
			n = b;
	}
	closedir(d);
	return n;
}

/* How many of r's points have no status yet: a shard must be finished. */
static size_t count_unfinished(const struct shard_run *r)
{
	size_t i, left = 0, n = json_object_array_length(r->points);
	struct stat st;
	char *p;

	for (i = 0; i < n; i++) {
		if (asprintf(&p, "%s/points/%s/status", r->dir,
			     json_object_get_string(json_object_array_get_idx(r->points, i))) < 0)
			return n;
		left += stat(p, &st) < 0;
		free(p);
	}
	return left;
}

static int shard_uint(struct json_object *sh, const char *key, unsigned *out)
{
	struct json_object *v;

	if (!json_object_object_get_ex(sh, key, &v) || !json_object_is_type(v, json_type_int) ||
	    json_object_get_int64(v) < 0 || json_object_get_int64(v) > VLAB_SHARD_MAX)
		return -EBADMSG;
	*out = (unsigned)json_object_get_int64(v);
	return 0;
}

static int load_one(const char *prog, const char *dir, struct shard_run *r)
{
	struct json_object *sh = NULL, *v;
	char *path = NULL, *err = NULL;
	const char *want;
	size_t left;
	int ret;

	r->dir = strdup(dir);
	if (!r->dir || asprintf(&path, "%s/plan/%s", dir, VLAB_SHARD_FILE) < 0)
		goto nomem;
	ret = vlab_json_read(path, &sh);
	if (ret == -ENOENT) {
		fprintf(stderr, "%s: %s is not a shard run folder (no plan/%s): shards are made by bench/vlab run --shard I/N\n",
			prog, dir, VLAB_SHARD_FILE);
		goto usage;
	}
	if (ret || shard_uint(sh, "index", &r->index) || shard_uint(sh, "count", &r->count) ||
	    r->count < 1 || r->index >= r->count ||
	    !json_object_object_get_ex(sh, "points", &r->points) ||
	    !json_object_is_type(r->points, json_type_array) ||
	    !json_object_object_get_ex(sh, "plan_sha256", &v)) {
		fprintf(stderr, "%s: %s: not a shard file of this version (index, count, points, plan_sha256)\n",
			prog, path);
		r->points = NULL;
		goto usage;
	}
	json_object_get(r->points);
	want = json_object_get_string(v);
	free(path);
	if (asprintf(&path, "%s/plan", dir) < 0) {
		path = NULL;
		goto nomem;
	}
	ret = vlab_plan_digest(path, r->digest, &err);
	if (ret) {
		fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
		free(err);
		goto usage;
	}
	if (strcmp(r->digest, want)) {
		fprintf(stderr, "%s: %s/plan changed after vlab-plan wrote it (its SHA-256 is %s, shard.json says %s): this shard cannot be trusted to be part of its plan; rerun it\n",
			prog, dir, r->digest, want);
		goto usage;
	}
	free(path);
	if (asprintf(&path, "%s/manifest.json", dir) < 0) {
		path = NULL;
		goto nomem;
	}
	ret = vlab_json_read(path, &r->manifest);
	if (ret || !json_object_is_type(r->manifest, json_type_object)) {
		fprintf(stderr, "%s: %s: %s; a shard run folder has the manifest bench/vlab run writes\n",
			prog, path, ret ? strerror(-ret) : "not a JSON object");
		goto usage;
	}
	left = count_unfinished(r);
	if (left) {
		fprintf(stderr, "%s: shard %u of %u (%s) has %zu of its %zu points not run: finish it with bench/vlab run --resume %s\n",
			prog, r->index, r->count, dir, left, json_object_array_length(r->points), dir);
		goto usage;
	}
	r->boots = count_boots(dir);
	json_object_put(sh);
	free(path);
	return 0;
nomem:
	fprintf(stderr, "%s: out of memory\n", prog);
	json_object_put(sh);
	free(path);
	return VLAB_EXIT_FAIL;
usage:
	json_object_put(sh);
	free(path);
	return VLAB_EXIT_USAGE;
}

static int by_index(const void *a, const void *b)
{
	const struct shard_run *x = a, *y = b;

	return (x->index > y->index) - (x->index < y->index);
}

/* One plan, split the same way, every shard once. */
static int check_set(const char *prog, struct shard_run *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i].count != s[0].count) {
			fprintf(stderr, "%s: %s is a shard of %u, %s of %u: shards of one run share one count (--shard I/N)\n",
				prog, s[i].dir, s[i].count, s[0].dir, s[0].count);
			return VLAB_EXIT_USAGE;
		}
		if (strcmp(s[i].digest, s[0].digest)) {
			fprintf(stderr, "%s: %s and %s are shards of different plans (plan SHA-256 %.12s... and %.12s...): their sweep, seed, repetitions or clock differ; run every shard from one sweep file with one --seed\n",
				prog, s[0].dir, s[i].dir, s[0].digest, s[i].digest);
			return VLAB_EXIT_USAGE;
		}
	}
	qsort(s, n, sizeof(*s), by_index);
	for (i = 1; i < n; i++)
		if (s[i].index == s[i - 1].index) {
			fprintf(stderr, "%s: shard %u is given twice (%s and %s)\n", prog, s[i].index,
				s[i - 1].dir, s[i].dir);
			return VLAB_EXIT_USAGE;
		}
	for (i = 0; i < s[0].count; i++)
		if (i >= n || s[i].index != i) {
			fprintf(stderr, "%s: shard %zu of %u is missing: give every shard's run folder (%zu given)\n",
				prog, i, s[0].count, n);
			return VLAB_EXIT_USAGE;
		}
	return 0;
}

/* observe.env (--probe, --profile): how every point was observed. */
static char *observe_of(const struct shard_run *r)
{
	char *path, *text = NULL;

	if (asprintf(&path, "%s/observe.env", r->dir) < 0)
		return NULL;
	if (vlab_read_all(path, &text, NULL))
		text = strdup(""); /* runs made before the file observed nothing extra */
	free(path);
	return text;
}

static int check_observe(const char *prog, const struct shard_run *a, const struct shard_run *b)
{
	char *x = observe_of(a), *y = observe_of(b);
	int ret = 0;

	if (!x || !y || strcmp(x, y)) {
		fprintf(stderr, "%s: %s and %s observed their points differently (observe.env: --probe or --profile): the shards of one run must run the same bench/vlab run options\n",
			prog, a->dir, b->dir);
		ret = VLAB_EXIT_USAGE;
	}
	free(x);
	free(y);
	return ret;
}

/* One suite revision, one clock, one guest kernel and module build. */
static int check_same(const char *prog, const struct shard_run *s, size_t n)
{
	struct json_object *a, *b;
	size_t i, k;

	for (i = 1; i < n; i++)
		for (k = 0; k < sizeof(same_keys) / sizeof(same_keys[0]); k++) {
			a = merge_get(s[0].manifest, same_keys[k].key);
			b = merge_get(s[i].manifest, same_keys[k].key);
			if ((a || b) && (!a || !b || !json_object_equal(a, b))) {
				fprintf(stderr, "%s: %s and %s ran on a different %s (%s: %s and %s): the shards of one run must share it; rerun the odd shard\n",
					prog, s[0].dir, s[i].dir, same_keys[k].what, same_keys[k].key,
					text_of(a), text_of(b));
				return VLAB_EXIT_USAGE;
			}
		}
	for (i = 1; i < n; i++)
		if (check_binaries(prog, &s[0], &s[i]) || check_observe(prog, &s[0], &s[i]))
			return VLAB_EXIT_USAGE;
	return 0;
}

int merge_load_check(const char *prog, char *const *dirs, size_t n, struct shard_run *s)
{
	size_t i;
	int ret;

	for (i = 0; i < n; i++) {
		ret = load_one(prog, dirs[i], &s[i]);
		if (ret)
			return ret;
	}
	ret = check_set(prog, s, n);
	if (!ret)
		ret = merge_check_cover(prog, s, n);
	return ret ? ret : check_same(prog, s, n);
}

void merge_free(struct shard_run *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(s[i].dir);
		json_object_put(s[i].manifest);
		json_object_put(s[i].points);
	}
}
