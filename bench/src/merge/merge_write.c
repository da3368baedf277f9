// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-merge: write the merged run folder (merge.h) under DIR.tmp.PID,
 * make it durable and rename it into place, so that DIR is whole or absent.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomic.h"
#include "cli.h"
#include "copytree.h"
#include "jsonfile.h"
#include "merge.h"
#include "readfile.h"
#include "rmtree.h"
#include "shard.h"

/* Never part of a run's record: the guest's output disk, a boot's job copy. */
static const char *const boot_skip[] = { "out.img", "job", "incoming", NULL };
static const char *const plan_skip[] = { VLAB_SHARD_FILE, NULL };

static int copy(const char *prog, const char *src, const char *dst, const char *const *skip)
{
	char *where = NULL;
	int ret = vlab_copytree(src, dst, skip, &where);

	if (ret)
		fprintf(stderr, "%s: copying %s to %s: %s: %s\n", prog, src, dst,
			where ? where : src, strerror(-ret));
	free(where);
	return ret;
}

/* Copy dir/name to tmp/name when dir has it (file or folder). */
static int copy_if(const char *prog, const char *dir, const char *tmp, const char *name)
{
	char *src, *dst, *buf = NULL;
	struct stat st;
	size_t len = 0;
	int ret = 0;

	if (asprintf(&src, "%s/%s", dir, name) < 0)
		return -ENOMEM;
	if (asprintf(&dst, "%s/%s", tmp, name) < 0) {
		free(src);
		return -ENOMEM;
	}
	if (stat(src, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			ret = copy(prog, src, dst, NULL);
		} else {
			ret = vlab_read_all(src, &buf, &len);
			if (!ret)
				ret = vlab_atomic_write(dst, buf, len);
			if (ret)
				fprintf(stderr, "%s: %s: %s\n", prog, src, strerror(-ret));
		}
	}
	free(buf);
	free(src);
	free(dst);
	return ret;
}

/*
 * A point's boot, moved past the boots of the shards before it: boots of
 * different shards shared nothing, so they must not share a number.
 */
static int renumber_boot(const char *dir, unsigned long offset)
{
	char *path, *line = NULL, *end, buf[32];
	unsigned long b;
	int ret;

	if (asprintf(&path, "%s/boot", dir) < 0)
		return -ENOMEM;
	ret = vlab_read_first_line(path, &line);
	if (ret == -ENOENT) {
		ret = 0;
		goto out;
	}
	if (ret)
		goto out;
	b = strtoul(line, &end, 10);
	if (*line && !*end) {
		snprintf(buf, sizeof(buf), "%lu\n", b + offset);
		ret = vlab_atomic_write(path, buf, strlen(buf));
	}
out:
	free(line);
	free(path);
	return ret;
}

/* The shard's points and boots into tmp, boots from offset + 1 on. */
static int copy_shard(const char *prog, const struct shard_run *r, const char *tmp,
		      unsigned long offset)
{
	size_t i, n = json_object_array_length(r->points);
	char *src = NULL, *dst = NULL;
	const char *id;
	unsigned long b;
	int ret = 0;

	for (i = 0; !ret && i < n; i++) {
		id = json_object_get_string(json_object_array_get_idx(r->points, i));
		if (asprintf(&src, "%s/points/%s", r->dir, id) < 0 ||
		    asprintf(&dst, "%s/points/%s", tmp, id) < 0) {
			ret = -ENOMEM;
			break;
		}
		ret = copy(prog, src, dst, NULL);
		if (!ret)
			ret = renumber_boot(dst, offset);
		free(src);
		free(dst);
		src = dst = NULL;
	}
	for (b = 1; !ret && b <= r->boots; b++) {
		if (asprintf(&src, "%s/vm/boot-%lu", r->dir, b) < 0 ||
		    asprintf(&dst, "%s/vm/boot-%lu", tmp, b + offset) < 0) {
			ret = -ENOMEM;
			break;
		}
		if (access(src, F_OK) == 0)
			ret = copy(prog, src, dst, boot_skip);
		free(src);
		free(dst);
		src = dst = NULL;
	}
	free(src);
	return ret;
}

static char *utc_now(void)
{
	char buf[32];
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
	return strdup(buf);
}

static struct json_object *copy_of(struct json_object *v)
{
	struct json_object *c = NULL;

	if (v && json_object_deep_copy(v, &c, NULL))
		return NULL;
	return c;
}

/* shards/shard-I.json: what the shard's own folder said of itself. */
static int write_shard_record(const struct shard_run *r, const char *tmp)
{
	struct json_object *o = json_object_new_object(), *sh = NULL;
	char *path = NULL, *src = NULL;
	int ret;

	if (!o || asprintf(&path, "%s/shards/shard-%u.json", tmp, r->index) < 0 ||
	    asprintf(&src, "%s/plan/%s", r->dir, VLAB_SHARD_FILE) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	ret = vlab_json_read(src, &sh);
	if (ret)
		goto out;
	json_object_object_add(o, "shard", sh);
	json_object_object_add(o, "manifest", copy_of(r->manifest));
	ret = vlab_json_write(path, o);
out:
	json_object_put(o);
	free(src);
	free(path);
	return ret;
}

/* Append name (taking the reference) to the array a unless a holds it already. */
static void add_once(struct json_object *a, struct json_object *name)
{
	size_t j;

	for (j = 0; j < json_object_array_length(a); j++)
		if (json_object_equal(json_object_array_get_idx(a, j), name)) {
			json_object_put(name);
			return;
		}
	json_object_array_add(a, name);
}

/*
 * Every host the shard's boots ran on (vm/boot-N/host), once each, in boot
 * order: a shard resubmitted may resume on another node than it began on.
 * Runs made before the file name only the manifest's host.
 */
static struct json_object *boot_hosts(const struct shard_run *r)
{
	struct json_object *a = json_object_new_array();
	char *path, *line;
	unsigned long b;

	for (b = 1; a && b <= r->boots; b++) {
		line = NULL;
		if (asprintf(&path, "%s/vm/boot-%lu/host", r->dir, b) < 0)
			break;
		if (!vlab_read_first_line(path, &line) && *line)
			add_once(a, json_object_new_string(line));
		free(line);
		free(path);
	}
	if (a && !json_object_array_length(a) && merge_get(r->manifest, "host.name"))
		json_object_array_add(a, copy_of(merge_get(r->manifest, "host.name")));
	return a;
}

/* One entry of the manifest's "shards": who ran it, where, when. */
static struct json_object *shard_entry(const struct shard_run *r, unsigned long first)
{
	struct json_object *o = json_object_new_object(), *boots = json_object_new_object();
	char *abs = realpath(r->dir, NULL), record[64];

	snprintf(record, sizeof(record), "shards/shard-%u.json", r->index);
	if (!o || !boots) {
		json_object_put(o);
		json_object_put(boots);
		free(abs);
		return NULL;
	}
	json_object_object_add(o, "index", json_object_new_int64(r->index));
	json_object_object_add(o, "folder", json_object_new_string(abs ? abs : r->dir));
	json_object_object_add(o, "record", json_object_new_string(record));
	json_object_object_add(o, "host", copy_of(merge_get(r->manifest, "host")));
	json_object_object_add(o, "hosts", boot_hosts(r));
	json_object_object_add(o, "created_utc", copy_of(merge_get(r->manifest, "created_utc")));
	json_object_object_add(o, "points", json_object_new_int64(
		(int64_t)json_object_array_length(r->points)));
	json_object_object_add(boots, "first", json_object_new_int64((int64_t)first + 1));
	json_object_object_add(boots, "last", json_object_new_int64((int64_t)(first + r->boots)));
	json_object_object_add(o, "boots", boots);
	json_object_object_add(o, "binaries_checked",
			       copy_of(merge_get(r->manifest, "binaries_checked")));
	free(abs);
	return o;
}

/* Every host name the shards ran on, once each, in shard order. */
static struct json_object *host_names(struct json_object *shards)
{
	struct json_object *a = json_object_new_array(), *hosts;
	size_t i, k;

	for (i = 0; a && i < json_object_array_length(shards); i++) {
		if (!json_object_object_get_ex(json_object_array_get_idx(shards, i), "hosts", &hosts))
			continue;
		for (k = 0; k < json_object_array_length(hosts); k++)
			add_once(a, json_object_get(json_object_array_get_idx(hosts, k)));
	}
	return a;
}

/* Shard 0's manifest, made the merged run's (merge.c's usage says how). */
static struct json_object *merged_manifest(const struct shard_run *s, size_t n)
{
	struct json_object *m = copy_of(s[0].manifest), *shards, *merged, *vm, *v;
	unsigned long first = 0;
	const char *earliest = NULL, *c;
	int checked = 1, icount;
	char *now = utc_now();
	size_t i;

	shards = json_object_new_array();
	merged = json_object_new_object();
	if (!m || !shards || !merged || !now) {
		json_object_put(m);
		json_object_put(shards);
		json_object_put(merged);
		free(now);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		json_object_array_add(shards, shard_entry(&s[i], first));
		first += s[i].boots;
		v = merge_get(s[i].manifest, "binaries_checked");
		checked &= v && json_object_get_boolean(v);
		v = merge_get(s[i].manifest, "created_utc");
		c = v ? json_object_get_string(v) : NULL;
		if (c && (!earliest || strcmp(c, earliest) < 0))
			earliest = c;
	}
	/* the hosts are per shard now: one "host" would name only shard 0's; so
	 * are a shard's own index and resumes (shards/shard-I.json keeps them) */
	json_object_object_del(m, "host");
	json_object_object_del(m, "shard");
	json_object_object_del(m, "last_resumed_utc");
	if (json_object_object_get_ex(m, "suite", &v))
		json_object_object_del(v, "resumes");
	json_object_object_add(m, "hosts", host_names(shards));
	json_object_object_add(m, "shards", shards);
	if (earliest)
		json_object_object_add(m, "created_utc", json_object_new_string(earliest));
	if (json_object_object_get_ex(m, "vm", &vm) && json_object_is_type(vm, json_type_object))
		json_object_object_add(vm, "boots", json_object_new_int64((int64_t)first));
	json_object_object_add(m, "binaries_checked", json_object_new_boolean(checked));
	v = merge_get(m, "clock.name");
	icount = v && !strcmp(json_object_get_string(v), "icount");
	json_object_object_add(merged, "utc", json_object_new_string(now));
	json_object_object_add(merged, "shards", json_object_new_int64((int64_t)n));
	json_object_object_add(merged, "plan_sha256", json_object_new_string(s[0].digest));
	/* guest instructions do not depend on the host; host seconds do */
	json_object_object_add(merged, "host_independent", json_object_new_boolean(icount));
	json_object_object_add(m, "merged", merged);
	free(now);
	return m;
}

/* Everything into tmp; the caller renames it. */
static int fill(const char *prog, const struct shard_run *s, size_t n, const char *tmp)
{
	static const char *const from_first[] = {
		"guest", "sweep.conf", "observe.env", "source.diff", "vm/binaries.tsv",
	};
	struct json_object *m;
	char *src = NULL, *dst = NULL;
	unsigned long offset = 0;
	size_t i;
	int ret;

	if (asprintf(&src, "%s/plan", s[0].dir) < 0 || asprintf(&dst, "%s/plan", tmp) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	ret = copy(prog, src, dst, plan_skip);
	for (i = 0; !ret && i < 3; i++) {
		static const char *const dirs[] = { "points", "vm", "shards" };

		free(dst);
		if (asprintf(&dst, "%s/%s", tmp, dirs[i]) < 0) {
			dst = NULL;
			ret = -ENOMEM;
		} else if (mkdir(dst, 0755) < 0) {
			ret = -errno;
		}
	}
	for (i = 0; !ret && i < n; i++) {
		ret = copy_shard(prog, &s[i], tmp, offset);
		if (!ret)
			ret = write_shard_record(&s[i], tmp);
		offset += s[i].boots;
	}
	for (i = 0; !ret && i < sizeof(from_first) / sizeof(from_first[0]); i++)
		ret = copy_if(prog, s[0].dir, tmp, from_first[i]);
	if (ret)
		goto out;
	m = merged_manifest(s, n);
	free(dst);
	if (!m || asprintf(&dst, "%s/manifest.json", tmp) < 0) {
		dst = NULL;
		json_object_put(m);
		ret = -ENOMEM;
		goto out;
	}
	ret = vlab_json_write(dst, m);
	json_object_put(m);
out:
	free(src);
	free(dst);
	return ret;
}

int merge_write(const char *prog, const struct shard_run *s, size_t n, const char *out)
{
	char *dir = strdup(out), *tmp = NULL;
	struct stat st;
	size_t len, i;
	int fd, ret;

	if (!dir)
		goto nomem;
	len = strlen(dir);
	while (len > 1 && dir[len - 1] == '/')
		dir[--len] = '\0';
	if (lstat(dir, &st) == 0) {
		fprintf(stderr, "%s: --out '%s' exists already; give a new folder\n", prog, dir);
		free(dir);
		return VLAB_EXIT_USAGE;
	}
	if (asprintf(&tmp, "%s.tmp.%ld", dir, (long)getpid()) < 0) {
		tmp = NULL;
		goto nomem;
	}
	if (mkdir(tmp, 0755) < 0) {
		ret = -errno;
		fprintf(stderr, "%s: %s: %s\n", prog, tmp, strerror(errno));
		goto fail;
	}
	ret = fill(prog, s, n, tmp);
	if (ret) {
		if (ret == -ENOMEM)
			fprintf(stderr, "%s: out of memory\n", prog);
		else
			fprintf(stderr, "%s: writing %s failed: %s\n", prog, tmp, strerror(-ret));
		goto fail;
	}
	/* durable before it has its name: a crash leaves DIR.tmp.PID, never half a DIR */
	fd = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	ret = fd < 0 || syncfs(fd) < 0 ? -errno : 0;
	if (fd >= 0)
		close(fd);
	if (!ret && rename(tmp, dir) < 0)
		ret = -errno;
	if (!ret)
		ret = vlab_fsync_parent(dir);
	if (ret) {
		fprintf(stderr, "%s: putting %s in place: %s\n", prog, dir, strerror(-ret));
		goto fail;
	}
	for (len = 0, i = 0; i < n; i++)
		len += json_object_array_length(s[i].points);
	fprintf(stderr, "%s: merged %zu shards (%zu points) into %s\n", prog, n, len, dir);
	free(tmp);
	free(dir);
	return 0;
fail:
	vlab_rmtree(tmp);
	free(tmp);
	free(dir);
	return VLAB_EXIT_FAIL;
nomem:
	fprintf(stderr, "%s: out of memory\n", prog);
	free(dir);
	return VLAB_EXIT_FAIL;
}
