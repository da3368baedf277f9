// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan: expand the validated matrix into points, in randomised complete
 * blocks, and write the plan folder: order, plan.json, points/<id>/params.json
 * and points/<id>/point.env.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "atomic.h"
#include "jsonfile.h"
#include "plan.h"
#include "rmtree.h"
#include "rng.h"

struct point {
	unsigned long seq;	/* 0-based position in the execution order */
	unsigned long block;	/* 0-based block: one workload of one repetition */
	unsigned rep;		/* 1-based */
	const char *driver, *backend, *rw, *bs;
	uint64_t bs_bytes;
	unsigned iodepth, numjobs;
	char id[160];
};

/* Fill in the workload part of pt for workload w of rw x bs x iodepth x numjobs. */
static void workload_at(const struct plan_axes *ax, size_t w, struct point *pt)
{
	size_t b, r;

	/* the last axis varies fastest, so workloads follow the order given */
	pt->numjobs = ax->numjobs[w % ax->n_numjobs];
	w /= ax->n_numjobs;
	pt->iodepth = ax->iodepths[w % ax->n_iodepths];
	w /= ax->n_iodepths;
	b = w % ax->bss.n;
	pt->bs = ax->bss.v[b];
	pt->bs_bytes = ax->bs_bytes[b];
	r = w / ax->bss.n;
	pt->rw = ax->rws.v[r];
}

static void add_str(struct json_object *o, const char *key, const char *val)
{
	json_object_object_add(o, key, json_object_new_string(val));
}

static void add_int(struct json_object *o, const char *key, int64_t val)
{
	json_object_object_add(o, key, json_object_new_int64(val));
}

static int write_params(const struct plan_axes *ax, const char *dir, const struct point *pt)
{
	struct json_object *o = json_object_new_object();
	char *path = NULL;
	int ret;

	if (!o || asprintf(&path, "%s/params.json", dir) < 0) {
		path = NULL;
		ret = -ENOMEM;
		goto out;
	}
	add_str(o, "id", pt->id);
	add_int(o, "seq", (int64_t)pt->seq);
	add_str(o, "driver", pt->driver);
	add_str(o, "backend", pt->backend);
	add_str(o, "rw", pt->rw);
	add_str(o, "bs", pt->bs);
	add_int(o, "bs_bytes", (int64_t)pt->bs_bytes);
	add_int(o, "iodepth", pt->iodepth);
	add_int(o, "numjobs", pt->numjobs);
	add_int(o, "runtime_s", ax->runtime_s);
	add_int(o, "ramp_s", ax->ramp_s);
	add_str(o, "size", ax->size);
	add_int(o, "size_bytes", (int64_t)ax->size_bytes);
	add_int(o, "rep", pt->rep);
	add_int(o, "seed", ax->seed);
	add_int(o, "block", (int64_t)pt->block);
	ret = vlab_json_write(path, o);
out:
	free(path);
	json_object_put(o);
	return ret;
}

static void env_var(FILE *f, const char *key, const char *value, int *bad)
{
	/* validation keeps quotes out; never write a file that would mis-parse */
	if (strchr(value, '\''))
		*bad = 1;
	fprintf(f, "%s='%s'\n", key, value);
}

static void env_num(FILE *f, const char *key, unsigned long value, int *bad)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lu", value);
	env_var(f, key, buf, bad);
}

static int write_env(const struct plan_axes *ax, const char *dir, const struct point *pt)
{
	struct vlab_atomic a;
	char *path;
	int bad = 0, ret;

	if (asprintf(&path, "%s/point.env", dir) < 0)
		return -ENOMEM;
	ret = vlab_atomic_open(&a, path);
	free(path);
	if (ret)
		return ret;
	fprintf(a.f, "# One vduse-lab benchmark point, written by vlab-plan; sourced by the guest agent.\n");
	env_var(a.f, "VLAB_ID", pt->id, &bad);
	env_num(a.f, "VLAB_SEQ", pt->seq, &bad);
	env_var(a.f, "VLAB_DRIVER", pt->driver, &bad);
	env_var(a.f, "VLAB_BACKEND", pt->backend, &bad);
	env_var(a.f, "VLAB_RW", pt->rw, &bad);
	env_var(a.f, "VLAB_BS", pt->bs, &bad);
	env_num(a.f, "VLAB_IODEPTH", pt->iodepth, &bad);
	env_num(a.f, "VLAB_NUMJOBS", pt->numjobs, &bad);
	env_num(a.f, "VLAB_RUNTIME", ax->runtime_s, &bad);
	env_num(a.f, "VLAB_RAMP", ax->ramp_s, &bad);
	env_var(a.f, "VLAB_SIZE", ax->size, &bad);
	env_num(a.f, "VLAB_REP", pt->rep, &bad);
	if (bad) {
		vlab_atomic_abort(&a);
		return -EINVAL;
	}
	return vlab_atomic_commit(&a);
}

static int write_point(const struct plan_axes *ax, const char *points_dir, const struct point *pt)
{
	char *dir;
	int ret;

	if (asprintf(&dir, "%s/%s", points_dir, pt->id) < 0)
		return -ENOMEM;
	ret = mkdir(dir, 0755) < 0 ? -errno : 0;
	if (!ret)
		ret = write_params(ax, dir, pt);
	if (!ret)
		ret = write_env(ax, dir, pt);
	if (!ret)
		ret = vlab_fsync_dir(dir);
	free(dir);
	return ret;
}

static struct json_object *str_array(const struct vlab_strlist *l)
{
	struct json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < l->n; i++)
		json_object_array_add(a, json_object_new_string(l->v[i]));
	return a;
}

static struct json_object *uint_array(const unsigned *v, size_t n)
{
	struct json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < n; i++)
		json_object_array_add(a, json_object_new_int64(v[i]));
	return a;
}

static int write_plan_json(const struct plan_axes *ax, const char *dir, unsigned long nblocks,
			   struct json_object *order)
{
	struct json_object *o = json_object_new_object(), *axes = json_object_new_object();
	char *path = NULL;
	int ret;

	if (!o || !axes || asprintf(&path, "%s/plan.json", dir) < 0) {
		path = NULL;
		json_object_put(axes);
		ret = -ENOMEM;
		goto out;
	}
	add_str(o, "name", ax->name);
	add_int(o, "seed", ax->seed);
	add_str(o, "design", "randomised complete blocks: for each rep, for each workload, "
			     "every driver x backend configuration once in a seeded random order");
	json_object_object_add(axes, "drivers", str_array(&ax->drivers));
	json_object_object_add(axes, "backends", str_array(&ax->backends));
	json_object_object_add(axes, "rw", str_array(&ax->rws));
	json_object_object_add(axes, "bs", str_array(&ax->bss));
	json_object_object_add(axes, "iodepths", uint_array(ax->iodepths, ax->n_iodepths));
	json_object_object_add(axes, "numjobs", uint_array(ax->numjobs, ax->n_numjobs));
	add_int(axes, "reps", ax->reps);
	add_int(axes, "runtime_s", ax->runtime_s);
	add_int(axes, "ramp_s", ax->ramp_s);
	add_str(axes, "size", ax->size);
	add_int(axes, "size_bytes", (int64_t)ax->size_bytes);
	json_object_object_add(o, "axes", axes);
	add_int(o, "blocks", (int64_t)nblocks);
	add_int(o, "points", (int64_t)json_object_array_length(order));
	json_object_object_add(o, "order", json_object_get(order));
	ret = vlab_json_write(path, o);
out:
	free(path);
	json_object_put(o);
	return ret;
}

/* Zero-padded so that ids sort in execution order: at least 3 digits. */
static int seq_width(unsigned long npoints)
{
	int width = 1;

	for (npoints = npoints ? npoints - 1 : 0; npoints >= 10; npoints /= 10)
		width++;
	return width < 3 ? 3 : width;
}

int plan_write(const struct plan_axes *ax, const char *out_dir, unsigned long *npoints)
{
	size_t ncfg = ax->drivers.n * ax->backends.n;
	size_t nworkloads = ax->rws.n * ax->bss.n * ax->n_iodepths * ax->n_numjobs;
	unsigned long total = (unsigned long)ax->reps * nworkloads * ncfg;
	struct json_object *order_ids = json_object_new_array();
	char *tmp = NULL, *points = NULL, *order_path = NULL;
	struct vlab_atomic order = { 0 };
	struct point pt = { 0 };
	int width = seq_width(total), made_tmp = 0, ret;
	struct vlab_rng rng;
	size_t *perm = calloc(ncfg, sizeof(*perm));
	size_t w, k;

	if (!order_ids || !perm || asprintf(&tmp, "%s.tmp.%ld", out_dir, (long)getpid()) < 0 ||
	    asprintf(&points, "%s/points", tmp) < 0 || asprintf(&order_path, "%s/order", tmp) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	if (mkdir(tmp, 0755) < 0) {
		ret = -errno;
		goto out;
	}
	made_tmp = 1;
	if (mkdir(points, 0755) < 0) {
		ret = -errno;
		goto out;
	}
	ret = vlab_atomic_open(&order, order_path);
	if (ret)
		goto out;

	vlab_rng_seed(&rng, ax->seed);
	for (pt.rep = 1; pt.rep <= ax->reps; pt.rep++) {
		for (w = 0; w < nworkloads; w++, pt.block++) {
			workload_at(ax, w, &pt);
			for (k = 0; k < ncfg; k++)
				perm[k] = k;
			vlab_rng_shuffle(&rng, perm, ncfg);
			for (k = 0; k < ncfg; k++, pt.seq++) {
				pt.driver = ax->drivers.v[perm[k] / ax->backends.n];
				pt.backend = ax->backends.v[perm[k] % ax->backends.n];
				snprintf(pt.id, sizeof(pt.id), "%0*lu-%s-%s-%s-%s-qd%u-j%u-r%u",
					 width, pt.seq, pt.driver, pt.backend, pt.rw, pt.bs,
					 pt.iodepth, pt.numjobs, pt.rep);
				ret = write_point(ax, points, &pt);
				if (ret)
					goto out;
				fprintf(order.f, "%s\n", pt.id);
				json_object_array_add(order_ids, json_object_new_string(pt.id));
			}
		}
	}
	ret = vlab_atomic_commit(&order);
	if (!ret)
		ret = write_plan_json(ax, tmp, pt.block, order_ids);
	if (!ret)
		ret = vlab_fsync_dir(points);
	if (!ret)
		ret = vlab_fsync_dir(tmp);
	if (ret)
		goto out;
	/* an empty out_dir is replaced; a non-empty one makes rename fail */
	if (rename(tmp, out_dir) < 0) {
		ret = -errno;
		goto out;
	}
	made_tmp = 0;
	ret = vlab_fsync_parent(out_dir);
	*npoints = total;
out:
	if (order.f)
		vlab_atomic_abort(&order);
	if (made_tmp)
		vlab_rmtree(tmp);
	json_object_put(order_ids);
	free(perm);
	free(order_path);
	free(points);
	free(tmp);
	return ret;
}
