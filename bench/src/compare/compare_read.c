// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading one run for vlab-compare (compare_read.h): the plan's format and
 * baseline, the clock from manifest.json, summary.csv grouped by
 * configuration and workload point, and aggregate.csv's noise floors.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "compare_read.h"
#include "jsonfile.h"
#include "number.h"
#include "planfile.h"

static const char *const prog = "vlab-compare";

/*
 * Columns that name a configuration's workload point, in either CSV; the
 * extra axes' columns (lib/axes.h), which a run may lack, follow them.
 */
enum { K_CONFIG, K_RW, K_BS, K_QD, K_NJ, K_N, K_ALL = K_N + VLAB_XAXIS_COUNT + 1 };
static const char *const key_names[K_N] = {
	"config", [K_RW] = "rw", "bs", "iodepth", "numjobs"
};

int cmp_same_point(const struct cmp_group *a, const struct cmp_group *b)
{
	return !strcmp(a->rw, b->rw) && a->bs_bytes == b->bs_bytes && a->iodepth == b->iodepth &&
	       a->numjobs == b->numjobs && vlab_xvals_same(&a->x, &b->x);
}

int cmp_find_group(const struct cmp_run *r, const struct cmp_group *k)
{
	size_t i;

	for (i = 0; i < r->ng; i++)
		if (!strcmp(r->g[i].config, k->config) && cmp_same_point(&r->g[i], k))
			return (int)i;
	return -1;
}

/* The first-appearance rank of k's workload point among r's groups so far. */
static size_t workload_point(const struct cmp_run *r, const struct cmp_group *k)
{
	size_t i, n = 0;

	for (i = 0; i < r->ng; i++) {
		if (cmp_same_point(&r->g[i], k))
			return r->g[i].wp;
		n = r->g[i].wp + 1 > n ? r->g[i].wp + 1 : n;
	}
	return n;
}

/* Workload points in the plan's order, configurations by name within. */
static int cmp_group_order(const void *a, const void *b)
{
	const struct cmp_group *x = a, *y = b;

	if (x->wp != y->wp)
		return x->wp < y->wp ? -1 : 1;
	return strcmp(x->config, y->config);
}

/* Read a CSV by name; report why not. -ENOENT is left to the caller to report. */
static int read_csv(const char *path, struct vlab_csv *csv)
{
	int ret = vlab_csv_read(path, csv);

	if (ret == -EBADMSG)
		fprintf(stderr, "%s: %s:%d: malformed CSV\n", prog, path, csv->bad_line);
	else if (ret && ret != -ENOENT)
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(-ret));
	return ret;
}

/* Column indices of names[0..n) in csv; -EBADMSG naming the first missing. */
static int find_cols(const struct vlab_csv *csv, const char *path, const char *const *names,
		     size_t n, int *col)
{
	size_t i;

	for (i = 0; i < n; i++) {
		col[i] = vlab_csv_col(csv, names[i]);
		if (col[i] < 0) {
			fprintf(stderr, "%s: %s: no column '%s'\n", prog, path, names[i]);
			return -EBADMSG;
		}
	}
	return 0;
}

/* The key columns of csv into kc[K_ALL]; -EBADMSG naming a missing one. */
static int find_keys(const struct vlab_csv *csv, const char *path, int *kc)
{
	vlab_xaxes_csv_cols(csv, kc + K_N);
	return find_cols(csv, path, key_names, K_N, kc);
}

/* A row's configuration and workload point; -EBADMSG naming the row. */
static int parse_key(char **cells, const int *col, const char *path, size_t row,
		     struct cmp_group *k)
{
	char *end1, *end2;

	memset(k, 0, sizeof(*k));
	k->config = cells[col[K_CONFIG]];
	k->rw = cells[col[K_RW]];
	k->bs = cells[col[K_BS]];
	errno = 0;
	k->iodepth = strtol(cells[col[K_QD]], &end1, 10);
	k->numjobs = strtol(cells[col[K_NJ]], &end2, 10);
	if (*end1 || *end2 || errno || vlab_parse_size(k->bs, &k->bs_bytes) ||
	    vlab_xvals_from_cells(cells, col + K_N, &k->x)) {
		fprintf(stderr, "%s: %s: data row %zu has a malformed bs, iodepth, numjobs or %s\n",
			prog, path, row + 1, vlab_xaxes_list());
		return -EBADMSG;
	}
	k->floor = NAN;
	return 0;
}

/* k's group in r, made on first sight with room for every row of the CSV. */
static struct cmp_group *group_of(struct cmp_run *r, const struct cmp_group *k)
{
	int gi = cmp_find_group(r, k);
	struct cmp_group *g;

	if (gi >= 0)
		return &r->g[gi];
	g = &r->g[r->ng];
	*g = *k;
	g->wp = workload_point(r, k);
	g->v = calloc(r->csv.nrows, sizeof(*g->v));
	g->rep = calloc(r->csv.nrows, sizeof(*g->rep));
	r->ng++; /* counted even on failure, so cmp_free_run frees what was made */
	return g->v && g->rep ? g : NULL;
}

/* summary.csv grouped by configuration and workload point: the ok values of metric. */
static int load_summary(struct cmp_run *r, const char *metric)
{
	enum { C_DRIVER, C_BACKEND, C_REP, C_STATUS, C_VAL, C_N };
	const char *names[C_N] = { "driver", "backend", "rep", "status", metric };
	int kc[K_ALL], col[C_N], ret, cflags;
	struct cmp_group key, *g;
	char *path, **cells, *end;
	size_t i;

	if (asprintf(&path, "%s/summary.csv", r->dir) < 0)
		return -ENOMEM;
	ret = read_csv(path, &r->csv);
	if (ret == -ENOENT)
		fprintf(stderr, "%s: %s: %s (run vlab-summarize first)\n", prog, path, strerror(ENOENT));
	if (!ret)
		ret = find_keys(&r->csv, path, kc);
	if (!ret)
		ret = find_cols(&r->csv, path, names, C_N, col);
	if (!ret && !(r->g = calloc(r->csv.nrows + 1, sizeof(*r->g))))
		ret = -ENOMEM;
	cflags = vlab_csv_col(&r->csv, "flags"); /* older runs have none */
	for (i = 0; !ret && i < r->csv.nrows; i++) {
		cells = r->csv.rows[i];
		ret = parse_key(cells, kc, path, i, &key);
		if (ret)
			break;
		key.driver = cells[col[C_DRIVER]];
		key.backend = cells[col[C_BACKEND]];
		g = group_of(r, &key);
		if (!g) {
			ret = -ENOMEM;
			break;
		}
		if (cflags >= 0 && strstr(cells[cflags], "unsafe"))
			g->unsafe = 1;
		if (strcmp(cells[col[C_STATUS]], "ok") || !*cells[col[C_VAL]])
			continue;
		g->v[g->n] = strtod(cells[col[C_VAL]], &end);
		if (*end || isnan(g->v[g->n])) {
			fprintf(stderr, "%s: %s: data row %zu: %s '%s' is not a number\n", prog, path,
				i + 1, metric, cells[col[C_VAL]]);
			ret = -EBADMSG;
			break;
		}
		/* the in-run ratios pair values by it: a wrong rep would pair wrong rows */
		g->rep[g->n] = strtol(cells[col[C_REP]], &end, 10);
		if (*end || !*cells[col[C_REP]]) {
			fprintf(stderr, "%s: %s: data row %zu: rep '%s' is not a number\n", prog, path,
				i + 1, cells[col[C_REP]]);
			ret = -EBADMSG;
			break;
		}
		g->n++;
	}
	free(path);
	return ret;
}

/*
 * aggregate.csv's noise_floor of metric onto the groups, and the run's
 * largest. A run summarised before the column, or without an A/A control
 * (empty cells), has no floor: that is not an error.
 */
static int load_floors(struct cmp_run *r, const char *metric)
{
	static const char *const names[] = { "metric", "noise_floor" };
	struct vlab_csv agg = { 0 };
	struct cmp_group key;
	int kc[K_ALL], col[2], ret, gi;
	char *path, **cells, *end;
	double f;
	size_t i;

	if (asprintf(&path, "%s/aggregate.csv", r->dir) < 0)
		return -ENOMEM;
	ret = read_csv(path, &agg);
	if (ret == -ENOENT || (!ret && vlab_csv_col(&agg, "noise_floor") < 0)) {
		ret = 0;
		goto out;
	}
	if (!ret)
		ret = find_keys(&agg, path, kc);
	if (!ret)
		ret = find_cols(&agg, path, names, 2, col);
	for (i = 0; !ret && i < agg.nrows; i++) {
		cells = agg.rows[i];
		if (strcmp(cells[col[0]], metric) || !*cells[col[1]])
			continue;
		f = strtod(cells[col[1]], &end);
		if (*end || !(f >= 0 && f < INFINITY)) {
			fprintf(stderr, "%s: %s: data row %zu: noise_floor '%s' is not a fraction\n",
				prog, path, i + 1, cells[col[1]]);
			ret = -EBADMSG;
			break;
		}
		ret = parse_key(cells, kc, path, i, &key);
		gi = ret ? -1 : cmp_find_group(r, &key);
		if (gi >= 0)
			r->g[gi].floor = f;
		r->max_floor = fmax(r->max_floor, f); /* fmax(NAN, f) is f */
	}
out:
	vlab_csv_free(&agg);
	free(path);
	return ret;
}

static const char *json_str_of(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!o || !json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/*
 * The manifest's "clock". Runs made before it have none: they ran on the
 * host's time (the wall clock) on the manifest's "accelerator". Without a
 * manifest the clock is unknown, and so is whether absolute figures may be
 * compared at all: refused rather than guessed.
 */
static int load_clock(struct cmp_run *r)
{
	struct json_object *m = NULL, *c = NULL, *v;
	const char *name = "wall", *accel = NULL, *label = NULL;
	char *path;
	int ret;

	if (asprintf(&path, "%s/manifest.json", r->dir) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &m);
	if (ret) {
		fprintf(stderr, "%s: %s: %s; the clock the run was measured on is unknown\n", prog,
			path, ret == -EBADMSG ? "not JSON" : strerror(-ret));
		goto out;
	}
	if (json_object_object_get_ex(m, "clock", &c) && json_object_is_type(c, json_type_object)) {
		name = json_str_of(c, "name");
		accel = json_str_of(c, "accelerator");
		label = json_str_of(c, "label");
		r->clock.recorded = 1;
	}
	if (!accel)
		accel = json_str_of(m, "accelerator");
	if (!name || !accel) {
		fprintf(stderr, "%s: %s: no clock name or accelerator\n", prog, path);
		ret = -EBADMSG;
		goto out;
	}
	r->clock.shift = -1;
	if (r->clock.recorded && json_object_object_get_ex(c, "icount_shift", &v) &&
	    json_object_is_type(v, json_type_int))
		r->clock.shift = (long)json_object_get_int64(v);
	r->clock.name = strdup(name);
	r->clock.accel = strdup(accel);
	if (label)
		r->clock.label = strdup(label);
	else if (asprintf(&r->clock.label, "wall (%s; recorded before runs named their clock)",
			  accel) < 0)
		r->clock.label = NULL;
	if (!r->clock.name || !r->clock.accel || !r->clock.label)
		ret = -ENOMEM;
out:
	json_object_put(m);
	free(path);
	return ret;
}

/* The plan's format (another one is refused, -EPROTO) and its baseline driver. */
static int load_plan(struct cmp_run *r)
{
	struct vlab_planinfo pi;
	char *err = NULL;
	int ret;

	ret = vlab_plan_load_run(r->dir, &pi, &err);
	if (ret == -ENOENT)
		fprintf(stderr, "%s: run '%s': no plan/plan.json; not a run made by this vlab version (plan format %d)\n",
			prog, r->dir, VLAB_PLAN_FORMAT);
	else if (ret == -EPROTO || ret == -EBADMSG)
		fprintf(stderr, "%s: run '%s': %s\n", prog, r->dir, err ? err : "bad plan");
	if (!ret && !(r->baseline = strdup(pi.baseline ? pi.baseline : "stock")))
		ret = -ENOMEM;
	if (!ret && pi.baseline_on && !(r->baseline_on = strdup(pi.baseline_on)))
		ret = -ENOMEM;
	vlab_plan_free(&pi);
	free(err);
	if (ret == -ENOENT || ret == -EBADMSG)
		ret = -EPROTO;
	return ret;
}

int cmp_load_run(struct cmp_run *r, const char *metric)
{
	int ret;

	r->max_floor = NAN;
	ret = load_plan(r);
	if (!ret)
		ret = load_clock(r);
	if (!ret)
		ret = load_summary(r, metric);
	if (!ret)
		ret = load_floors(r, metric);
	if (!ret)
		qsort(r->g, r->ng, sizeof(*r->g), cmp_group_order);
	return ret;
}

void cmp_free_run(struct cmp_run *r)
{
	size_t i;

	for (i = 0; i < r->ng; i++) {
		free(r->g[i].v);
		free(r->g[i].rep);
	}
	free(r->g);
	vlab_csv_free(&r->csv);
	free(r->baseline);
	free(r->baseline_on);
	free(r->clock.name);
	free(r->clock.accel);
	free(r->clock.label);
}
