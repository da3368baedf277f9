// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan --remaining: the resume bookkeeping of a run. A point is
 * finished when RUN_DIR/points/<id>/status exists (the host commits a point
 * folder whole, status included); every other planned point is still to
 * run. A point folder the plan does not know means the run folder is mixed
 * up, and resuming it would only make that worse. A shard's run folder
 * (plan/shard.json) runs only its own points. --next-boot narrows that to
 * what the next boot of the lab VM runs: all of it, or under boots =
 * per-repetition the points of the first repetition not finished.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "jsonfile.h"
#include "plan.h"
#include "planfile.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Refuse any points/<dir> whose name is not a planned id. */
static int check_folders(const char *prog, const char *run_dir, const char **sorted, size_t n)
{
	struct dirent *de;
	const char *name;
	char *points;
	DIR *d;
	int ret = 0;

	if (asprintf(&points, "%s/points", run_dir) < 0)
		return -ENOMEM;
	d = opendir(points);
	if (!d) {
		ret = errno == ENOENT ? 0 : -errno; /* nothing finished yet */
		if (ret)
			fprintf(stderr, "%s: %s: %s\n", prog, points, strerror(errno));
		free(points);
		return ret;
	}
	while ((de = readdir(d))) {
		/* dot entries, and folders still being committed (name.tmp.PID) */
		if (de->d_name[0] == '.' || strstr(de->d_name, ".tmp."))
			continue;
		name = de->d_name;
		if (!bsearch(&name, sorted, n, sizeof(*sorted), cmp_str)) {
			fprintf(stderr, "%s: %s/%s is not in this run's plan; this folder does not belong to the run\n",
				prog, points, de->d_name);
			ret = -EINVAL;
			break;
		}
	}
	closedir(d);
	free(points);
	return ret;
}

/* The repetition point id runs in: its plan/points/<id>/params.json's "rep". */
static int point_rep(const char *prog, const char *run_dir, const char *id, int64_t *rep)
{
	struct json_object *params = NULL, *v;
	char *path;
	int ret;

	if (asprintf(&path, "%s/plan/points/%s/params.json", run_dir, id) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &params);
	if (!ret && (!json_object_object_get_ex(params, "rep", &v) ||
		     !json_object_is_type(v, json_type_int)))
		ret = -EBADMSG;
	if (ret)
		fprintf(stderr, "%s: %s: %s\n", prog, path,
			ret == -EBADMSG ? "no whole-number \"rep\"" : strerror(-ret));
	else
		*rep = json_object_get_int64(v);
	json_object_put(params);
	free(path);
	return ret ? -EINVAL : 0;
}

int plan_remaining(const char *prog, const char *run_dir, int next_boot)
{
	struct json_object *mine = NULL, *todo;
	struct vlab_planinfo pi;
	const char **sorted = NULL;
	char *err = NULL, *status, *plan_dir;
	struct stat st;
	int64_t rep, first_rep = -1;
	size_t i, n;
	int ret;

	vlab_require_dir(prog, next_boot ? "--next-boot RUN_DIR" : "--remaining RUN_DIR", run_dir);
	ret = vlab_plan_load_run(run_dir, &pi, &err);
	if (ret) {
		if (ret == -ENOENT)
			fprintf(stderr, "%s: %s/plan/plan.json: no plan; RUN_DIR must be a run folder made by bench/vlab run\n",
				prog, run_dir);
		else
			fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
		free(err);
		vlab_plan_free(&pi);
		return VLAB_EXIT_USAGE;
	}
	n = json_object_array_length(pi.order);
	sorted = calloc(n + 1, sizeof(*sorted));
	if (!sorted) {
		ret = -ENOMEM;
		goto out;
	}
	for (i = 0; i < n; i++)
		sorted[i] = json_object_get_string(json_object_array_get_idx(pi.order, i));
	qsort(sorted, n, sizeof(*sorted), cmp_str);
	ret = check_folders(prog, run_dir, sorted, n);
	if (ret)
		goto out;
	if (asprintf(&plan_dir, "%s/plan", run_dir) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	ret = plan_shard_points(prog, plan_dir, &mine);
	free(plan_dir);
	if (ret) {
		ret = ret == -EBADMSG ? -EINVAL : ret;
		goto out;
	}
	todo = mine ? mine : pi.order;
	next_boot = next_boot && vlab_plan_boot_per_rep(&pi);
	n = json_object_array_length(todo);
	for (i = 0; i < n; i++) {
		const char *id = json_object_get_string(json_object_array_get_idx(todo, i));

		if (asprintf(&status, "%s/points/%s/status", run_dir, id) < 0) {
			ret = -ENOMEM;
			goto out;
		}
		ret = lstat(status, &st) < 0 ? 0 : 1; /* 1: finished */
		free(status);
		if (ret)
			continue;
		if (next_boot) {
			ret = point_rep(prog, run_dir, id, &rep);
			if (ret)
				goto out;
			if (first_rep < 0)
				first_rep = rep;
			if (rep != first_rep)
				continue;
		}
		printf("%s\n", id);
	}
	ret = 0;
	if (fflush(stdout) || ferror(stdout))
		ret = -EIO;
out:
	json_object_put(mine);
	free(sorted);
	vlab_plan_free(&pi);
	if (ret == -ENOMEM || ret == -EIO)
		fprintf(stderr, "%s: %s\n", prog, strerror(-ret));
	return ret == -EINVAL ? VLAB_EXIT_USAGE : ret ? VLAB_EXIT_FAIL : 0;
}
