// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan: expand a parsed sweep into points, in randomised complete
 * blocks, and write the plan folder: order, plan.json, boot.env and, per
 * point, points/<id>/params.json and points/<id>/point.env.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "atomic.h"
#include "jsonfile.h"
#include "plan.h"
#include "headline.h"
#include "planfile.h"
#include "rmtree.h"
#include "rng.h"
#include "shard.h"

struct point {
	unsigned long seq;	/* 0-based position in the execution order */
	unsigned long block;	/* 0-based block: one workload point of one repetition */
	unsigned rep;		/* 1-based */
	const struct sweep_driver *drv;
	const struct sweep_backend *be;
	const struct sweep_workload *wl;
	struct sweep_wpoint w;
	char id[200];
};

struct plan_ctx {
	const struct sweep *sw;
	uint32_t seed;
	unsigned reps;
	const char *points_dir;
	double *block_cost;	/* expected seconds per block, for the shard split */
};

static void add_str(struct json_object *o, const char *key, const char *val)
{
	json_object_object_add(o, key, json_object_new_string(val));
}

static void add_int(struct json_object *o, const char *key, int64_t val)
{
	json_object_object_add(o, key, json_object_new_int64(val));
}

static void add_bool(struct json_object *o, const char *key, int val)
{
	json_object_object_add(o, key, json_object_new_boolean(val));
}

static struct json_object *kv_object(const struct sweep_kvlist *l)
{
	struct json_object *o = json_object_new_object();
	size_t i;

	for (i = 0; o && i < l->n; i++)
		add_str(o, l->v[i].key, l->v[i].value);
	return o;
}

static int write_params(const struct plan_ctx *c, const char *dir, const struct point *pt)
{
	struct json_object *o = json_object_new_object();
	char *path = NULL, *config = NULL;
	int ret;

	if (!o || asprintf(&path, "%s/params.json", dir) < 0 ||
	    asprintf(&config, "%s/%s", pt->drv->name, pt->be->name) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	add_str(o, "id", pt->id);
	add_int(o, "seq", (int64_t)pt->seq);
	add_int(o, "block", (int64_t)pt->block);
	add_int(o, "rep", pt->rep);
	add_int(o, "seed", c->seed);
	add_str(o, "sweep", c->sw->name);
	add_str(o, "config", config);
	add_str(o, "driver", pt->drv->name);
	add_str(o, "module", pt->drv->module);
	json_object_object_add(o, VLAB_PARAMS_MODULE_PARAMS, kv_object(&pt->drv->params));
	json_object_object_add(o, VLAB_PARAMS_KNOBS, kv_object(&pt->drv->knobs));
	/* observe and build only where set: other points' records stay as they were */
	if (pt->drv->observe)
		add_str(o, "observe", pt->drv->observe);
	add_str(o, "backend", pt->be->name);
	add_str(o, "backend_type", pt->be->type);
	add_str(o, "size", pt->be->size);
	add_int(o, "size_bytes", (int64_t)pt->be->size_bytes);
	add_int(o, "queues", pt->be->queues);
	add_str(o, "backend_args", pt->be->args ? pt->be->args : "");
	if (pt->be->build)
		add_str(o, "backend_build", pt->be->build);
	add_str(o, "workload", pt->wl->name);
	add_str(o, vlab_axes[VLAB_AXIS_RW].key, pt->w.rw);
	add_str(o, vlab_axes[VLAB_AXIS_BS].key, pt->w.bs);
	add_int(o, "bs_bytes", (int64_t)pt->w.bs_bytes);
	add_int(o, vlab_axes[VLAB_AXIS_IODEPTH].key, pt->w.iodepth);
	add_int(o, vlab_axes[VLAB_AXIS_NUMJOBS].key, pt->w.numjobs);
	vlab_xvals_to_json(o, &pt->w.x); /* only the extra axes the point sets */
	add_int(o, "runtime_s", pt->wl->runtime_s);
	add_int(o, "ramp_s", pt->wl->ramp_s);
	add_bool(o, "perf", c->sw->perf);
	ret = vlab_json_write(path, o);
out:
	free(config);
	free(path);
	json_object_put(o);
	return ret;
}

static void env_var(FILE *f, const char *key, const char *value, int *bad)
{
	/* the parser keeps quotes out; never write a file that would mis-parse */
	if (!value || strchr(value, '\''))
		*bad = 1;
	fprintf(f, "%s='%s'\n", key, value ? value : "");
}

static void env_num(FILE *f, const char *key, unsigned long value, int *bad)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lu", value);
	env_var(f, key, buf, bad);
}

/*
 * The extra axes the point sets, each as its variable and the fio ones all
 * as VLAB_FIO_ARGS, the options the agent adds to fio's command line (a
 * named axis's variable the agent reads itself); nothing for a point
 * without them, whose point.env stays as before such axes.
 */
static void env_xaxes(FILE *f, const struct vlab_xvals *x, int *bad)
{
	char args[256], v[32];
	size_t i, n = 0;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++) {
		if (x->v[i] == VLAB_XAXIS_UNSET)
			continue;
		env_var(f, vlab_xaxis(i)->env, vlab_xval_str(i, x->v[i], v, sizeof(v)), bad);
		if (!vlab_xaxis(i)->fio)
			continue;
		n += (size_t)snprintf(args + n, sizeof(args) - n, "%s--%s=%ld", n ? " " : "",
				      vlab_xaxis(i)->fio, x->v[i]);
		if (n >= sizeof(args))
			*bad = 1;
	}
	if (n)
		env_var(f, "VLAB_FIO_ARGS", args, bad);
}

static int write_env(const struct plan_ctx *c, const char *dir, const struct point *pt)
{
	char *path, *params = sweep_kv_join(&pt->drv->params), *knobs = sweep_kv_join(&pt->drv->knobs);
	struct vlab_atomic a;
	int bad = 0, ret;

	if (!params || !knobs || asprintf(&path, "%s/point.env", dir) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	ret = vlab_atomic_open(&a, path);
	free(path);
	if (ret)
		goto out;
	fprintf(a.f, "# One vduse-lab benchmark point, written by vlab-plan; sourced by the guest agent.\n");
	env_var(a.f, "VLAB_ID", pt->id, &bad);
	env_num(a.f, "VLAB_SEQ", pt->seq, &bad);
	env_num(a.f, "VLAB_REP", pt->rep, &bad);
	env_var(a.f, "VLAB_DRIVER", pt->drv->name, &bad);
	env_var(a.f, "VLAB_MODULE", pt->drv->module, &bad);
	env_var(a.f, "VLAB_MODPARAMS", params, &bad);
	env_var(a.f, "VLAB_KNOBS", knobs, &bad);
	/* only where set, as VLAB_FIO_ARGS: the agent clears both between points */
	if (pt->drv->observe)
		env_var(a.f, "VLAB_OBSERVE", pt->drv->observe, &bad);
	env_var(a.f, "VLAB_BACKEND", pt->be->type, &bad);
	env_var(a.f, "VLAB_BACKEND_NAME", pt->be->name, &bad);
	env_var(a.f, "VLAB_SIZE", pt->be->size, &bad);
	env_num(a.f, "VLAB_QUEUES", pt->be->queues, &bad);
	/* always written: the agent sources one point.env after another */
	env_var(a.f, "VLAB_BLKD_ARGS", pt->be->args ? pt->be->args : "", &bad);
	if (pt->be->build)
		env_var(a.f, "VLAB_BLKD_BUILD", pt->be->build, &bad);
	env_var(a.f, "VLAB_WORKLOAD", pt->wl->name, &bad);
	env_var(a.f, vlab_axes[VLAB_AXIS_RW].env, pt->w.rw, &bad);
	env_var(a.f, vlab_axes[VLAB_AXIS_BS].env, pt->w.bs, &bad);
	env_num(a.f, vlab_axes[VLAB_AXIS_IODEPTH].env, pt->w.iodepth, &bad);
	env_num(a.f, vlab_axes[VLAB_AXIS_NUMJOBS].env, pt->w.numjobs, &bad);
	env_xaxes(a.f, &pt->w.x, &bad);
	env_num(a.f, "VLAB_RUNTIME", pt->wl->runtime_s, &bad);
	env_num(a.f, "VLAB_RAMP", pt->wl->ramp_s, &bad);
	env_num(a.f, "VLAB_PERF", c->sw->perf, &bad);
	if (bad) {
		vlab_atomic_abort(&a);
		ret = -EINVAL;
		goto out;
	}
	ret = vlab_atomic_commit(&a);
out:
	free(params);
	free(knobs);
	return ret;
}

static int write_point(const struct plan_ctx *c, const struct point *pt)
{
	char *dir;
	int ret;

	if (asprintf(&dir, "%s/%s", c->points_dir, pt->id) < 0)
		return -ENOMEM;
	ret = mkdir(dir, 0755) < 0 ? -errno : 0;
	if (!ret)
		ret = write_params(c, dir, pt);
	if (!ret)
		ret = write_env(c, dir, pt);
	if (!ret)
		ret = vlab_fsync_dir(dir);
	free(dir);
	return ret;
}

static int write_boot_env(const struct sweep *sw, const char *dir)
{
	struct vlab_atomic a;
	char *path;
	int ret;

	if (asprintf(&path, "%s/boot.env", dir) < 0)
		return -ENOMEM;
	ret = vlab_atomic_open(&a, path);
	free(path);
	if (ret)
		return ret;
	fprintf(a.f, "# Once per boot of the lab VM, written by vlab-plan; sourced by the guest agent\n"
		     "# and by bench/run.sh.\n"
		     "# VLAB_WARMUP: seconds of unmeasured fio before the first point of a boot.\n"
		     "# VLAB_CLOCK: the clock asked for (bench/vm/clock.sh resolves auto).\n"
		     "# VLAB_PLACEMENT: split (fio on vCPU 0, the backend on the last) or free.\n"
		     "VLAB_WARMUP='%u'\nVLAB_CLOCK='%s'\nVLAB_PLACEMENT='%s'\n", sw->warmup_s,
		     sw->clock, sw->placement);
	return vlab_atomic_commit(&a);
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

/* A named extra axis's list (lib/axes.def) by its names. */
static struct json_object *name_array(size_t axis, const unsigned *v, size_t n)
{
	struct json_object *a = json_object_new_array();
	char buf[32];
	size_t i;

	for (i = 0; i < n; i++)
		json_object_array_add(a, json_object_new_string(vlab_xval_str(axis, v[i], buf,
									       sizeof(buf))));
	return a;
}

static struct json_object *u64_array(const uint64_t *v, size_t n)
{
	struct json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < n; i++)
		json_object_array_add(a, json_object_new_int64((int64_t)v[i]));
	return a;
}

/* Every section as parsed, defaults filled in, so the plan says what ran. */
static void add_sections(struct json_object *o, const struct sweep *sw)
{
	struct json_object *drivers = json_object_new_array(), *backends = json_object_new_array();
	struct json_object *workloads = json_object_new_array(), *configs = json_object_new_array();
	struct json_object *x;
	char config[64];
	size_t i, j;

	for (i = 0; i < sw->ndrivers; i++) {
		x = json_object_new_object();
		add_str(x, "name", sw->drivers[i].name);
		add_str(x, "module", sw->drivers[i].module);
		json_object_object_add(x, "params", kv_object(&sw->drivers[i].params));
		json_object_object_add(x, "knobs", kv_object(&sw->drivers[i].knobs));
		if (sw->drivers[i].observe)
			add_str(x, "observe", sw->drivers[i].observe);
		/* only when restricted: a plan without the key reads as before */
		if (sw->drivers[i].backends.n)
			json_object_object_add(x, "backends", str_array(&sw->drivers[i].backends));
		json_object_array_add(drivers, x);
	}
	for (i = 0; i < sw->nbackends; i++) {
		x = json_object_new_object();
		add_str(x, "name", sw->backends[i].name);
		add_str(x, "type", sw->backends[i].type);
		add_str(x, "size", sw->backends[i].size);
		add_int(x, "size_bytes", (int64_t)sw->backends[i].size_bytes);
		add_int(x, "queues", sw->backends[i].queues);
		add_str(x, "args", sw->backends[i].args ? sw->backends[i].args : "");
		if (sw->backends[i].build)
			add_str(x, "build", sw->backends[i].build);
		json_object_array_add(backends, x);
	}
	for (i = 0; i < sw->nworkloads; i++) {
		const struct sweep_workload *w = &sw->workloads[i];

		x = json_object_new_object();
		add_str(x, "name", w->name);
		json_object_object_add(x, "rw", str_array(&w->rw));
		json_object_object_add(x, "bs", str_array(&w->bs));
		json_object_object_add(x, "bs_bytes", u64_array(w->bs_bytes, w->bs.n));
		json_object_object_add(x, "iodepth", uint_array(w->iodepth, w->n_iodepth));
		json_object_object_add(x, "numjobs", uint_array(w->numjobs, w->n_numjobs));
		for (j = 0; j < VLAB_XAXIS_COUNT; j++)
			if (w->nx[j])
				json_object_object_add(x, vlab_xaxis(j)->key, vlab_xaxis(j)->names
						       ? name_array(j, w->xv[j], w->nx[j])
						       : uint_array(w->xv[j], w->nx[j]));
		add_int(x, "runtime_s", w->runtime_s);
		add_int(x, "ramp_s", w->ramp_s);
		json_object_array_add(workloads, x);
	}
	for (i = 0; i < sw->ncfgs; i++) {
		snprintf(config, sizeof(config), "%s/%s", sw->drivers[sw->cfgs[i].drv].name,
			 sw->backends[sw->cfgs[i].be].name);
		json_object_array_add(configs, json_object_new_string(config));
	}
	json_object_object_add(o, "drivers", drivers);
	json_object_object_add(o, "backends", backends);
	json_object_object_add(o, "workloads", workloads);
	json_object_object_add(o, "configs", configs);
	/* baseline_backend: backend name -> the backend it is compared with */
	x = json_object_new_object();
	for (i = 0; i < sw->nbpairs; i++)
		add_str(x, sw->backends[sw->bpairs[i].other].name,
			sw->backends[sw->bpairs[i].base].name);
	json_object_object_add(o, "baseline_backends", x);
}

/* The sweep's [headline] sections in lib/headline.h's plan.json form. */
static struct json_object *headlines_json(const struct sweep *sw)
{
	struct json_object *a = json_object_new_array();
	struct vlab_headline h;
	size_t i, j;

	for (i = 0; i < sw->nheadlines; i++) {
		const struct sweep_headline *s = &sw->headlines[i];

		memset(&h, 0, sizeof(h));
		h.name = s->name;
		h.metric = s->metric;
		h.of = strcmp(s->of, "backend") ? VLAB_HL_DRIVER : VLAB_HL_BACKEND;
		for (j = 0; j < s->where.n && j < VLAB_HL_MAX_WHERE; j++) {
			h.where_key[j] = s->where.v[j].key;
			h.where_val[j] = s->where.v[j].value;
		}
		h.nwhere = j;
		/* the parser checked the goal */
		if (s->goal && vlab_goal_parse(s->goal, &h.goal_op, &h.goal))
			h.goal_op = VLAB_GOAL_NONE;
		json_object_array_add(a, vlab_headline_to_json(&h));
	}
	return a;
}

static int write_plan_json(const struct plan_ctx *c, const char *dir, unsigned long nblocks,
			   struct json_object *order)
{
	const struct sweep *sw = c->sw;
	struct json_object *o = json_object_new_object();
	char *path = NULL, *abs = realpath(sw->path, NULL);
	int ret;

	if (!o || asprintf(&path, "%s/plan.json", dir) < 0) {
		path = NULL;
		ret = -ENOMEM;
		goto out;
	}
	add_int(o, "format", VLAB_PLAN_FORMAT);
	add_str(o, "name", sw->name);
	add_str(o, "description", sw->description);
	if (sw->question)
		add_str(o, "question", sw->question);
	else
		json_object_object_add(o, "question", NULL);
	json_object_object_add(o, "headlines", headlines_json(sw));
	add_int(o, "seed", c->seed);
	add_int(o, "reps", c->reps);
	add_str(o, "baseline", sw->baseline);
	/* baseline = DRIVER/BACKEND only: a plan without the key reads as before */
	if (sw->baseline_on)
		add_str(o, VLAB_PLAN_BASELINE_ON, sw->baseline_on);
	add_int(o, "warmup_s", sw->warmup_s);
	add_bool(o, "perf", sw->perf);
	add_str(o, "clock", sw->clock);
	add_str(o, "placement", sw->placement);
	add_str(o, VLAB_PLAN_BOOTS, sw->boots);
	if (sw->control)
		add_str(o, "control", sw->control);
	else
		json_object_object_add(o, "control", NULL);
	add_str(o, "sweep_path", sw->path);
	add_str(o, "sweep_realpath", abs ? abs : sw->path);
	add_str(o, "sweep_file", sw->text);
	add_str(o, "design", "randomised complete blocks: for each rep, for each workload section, "
			     "for each of its points (rw x bs x iodepth x numjobs), every driver x "
			     "backend configuration once in a seeded random order");
	add_sections(o, sw);
	add_int(o, "blocks", (int64_t)nblocks);
	add_int(o, "points", (int64_t)json_object_array_length(order));
	json_object_object_add(o, "order", json_object_get(order));
	ret = vlab_json_write(path, o);
out:
	free(abs);
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

/* Every point of the plan, in order, through write_point and the order file. */
static int expand(const struct plan_ctx *c, FILE *order, struct json_object *ids,
		  unsigned long *nblocks)
{
	const struct sweep *sw = c->sw;
	size_t ncfg = sw->ncfgs;
	unsigned long total = (unsigned long)sweep_plan_points(sw, c->reps);
	int width = seq_width(total), ret = 0;
	size_t *perm = calloc(ncfg, sizeof(*perm));
	struct point pt = { 0 };
	struct vlab_rng rng;
	char rw[64];
	size_t w, i, n, k;

	if (!perm)
		return -ENOMEM;
	vlab_rng_seed(&rng, c->seed);
	for (pt.rep = 1; pt.rep <= c->reps; pt.rep++) {
		for (w = 0; w < sw->nworkloads; w++) {
			n = sweep_workload_points(&sw->workloads[w]);
			for (i = 0; i < n; i++, pt.block++) {
				pt.wl = &sw->workloads[w];
				c->block_cost[pt.block] = (double)ncfg *
					(pt.wl->runtime_s + pt.wl->ramp_s + VLAB_SHARD_POINT_SETUP_S);
				sweep_workload_at(pt.wl, i, &pt.w);
				vlab_rw_label(pt.w.rw, &pt.w.x, rw, sizeof(rw));
				for (k = 0; k < ncfg; k++)
					perm[k] = k;
				vlab_rng_shuffle(&rng, perm, ncfg);
				for (k = 0; k < ncfg; k++, pt.seq++) {
					pt.drv = &sw->drivers[sw->cfgs[perm[k]].drv];
					pt.be = &sw->backends[sw->cfgs[perm[k]].be];
					snprintf(pt.id, sizeof(pt.id), "%0*lu-%s-%s-%s-%s-qd%u-j%u-r%u",
						 width, pt.seq, pt.drv->name, pt.be->name, rw, pt.w.bs,
						 pt.w.iodepth, pt.w.numjobs, pt.rep);
					ret = write_point(c, &pt);
					if (ret)
						goto out;
					fprintf(order, "%s\n", pt.id);
					json_object_array_add(ids, json_object_new_string(pt.id));
				}
			}
		}
	}
	*nblocks = pt.block;
out:
	free(perm);
	return ret;
}

int plan_write(const struct sweep *sw, uint32_t seed, unsigned reps,
	       const struct plan_shard *shard, const char *out_dir, unsigned long *npoints)
{
	struct json_object *order_ids = json_object_new_array();
	char *tmp = NULL, *points = NULL, *order_path = NULL;
	struct plan_ctx c = { .sw = sw, .seed = seed, .reps = reps };
	struct vlab_atomic order = { 0 };
	unsigned long nblocks = 0;
	int made_tmp = 0, ret;

	c.block_cost = calloc(sweep_plan_points(sw, reps) / sw->ncfgs + 1,
			      sizeof(*c.block_cost));
	if (!c.block_cost || !order_ids ||
	    asprintf(&tmp, "%s.tmp.%ld", out_dir, (long)getpid()) < 0 ||
	    asprintf(&points, "%s/points", tmp) < 0 || asprintf(&order_path, "%s/order", tmp) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	c.points_dir = points;
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
	if (!ret)
		ret = expand(&c, order.f, order_ids, &nblocks);
	if (!ret)
		ret = vlab_atomic_commit(&order);
	if (!ret)
		ret = write_plan_json(&c, tmp, nblocks, order_ids);
	if (!ret)
		ret = write_boot_env(sw, tmp);
	/* after every file the plan's digest covers */
	if (!ret && shard)
		ret = plan_shard_write(shard, tmp, order_ids, sw->ncfgs,
				       c.block_cost, nblocks, reps);
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
	*npoints = (unsigned long)json_object_array_length(order_ids);
out:
	if (order.f)
		vlab_atomic_abort(&order);
	if (made_tmp)
		vlab_rmtree(tmp);
	json_object_put(order_ids);
	free(c.block_cost);
	free(order_path);
	free(points);
	free(tmp);
	return ret;
}
