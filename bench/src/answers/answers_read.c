// SPDX-License-Identifier: GPL-2.0-only
/* vlab-answers: one run folder into the model (answers_read.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers_rank.h"
#include "answers_read.h"
#include "jsonfile.h"
#include "metrics.h"

static int fail(char **err, int ret, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char **err, int ret, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (vasprintf(err, fmt, ap) < 0)
		*err = NULL;
	va_end(ap);
	return ret;
}

static const char *cell(const struct ans_run *r, size_t row, int col)
{
	return r->agg.rows[row][col];
}

int ans_same_point(const struct ans_run *r, size_t a, size_t b, int config)
{
	const int cols[] = { r->col_backend, r->col_rw, r->col_bs, r->col_iodepth,
			     r->col_numjobs, r->col_config };
	size_t i;

	for (i = 0; i < sizeof(cols) / sizeof(cols[0]) - !config; i++)
		if (strcmp(cell(r, a, cols[i]), cell(r, b, cols[i])))
			return 0;
	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (r->xcol[i] >= 0 && strcmp(cell(r, a, r->xcol[i]), cell(r, b, r->xcol[i])))
			return 0;
	return 1;
}

/* The clock's label; runs before the field ran on their accelerator's wall clock. */
static char *clock_label(struct json_object *m)
{
	struct json_object *c, *label, *accel;
	char *s;

	if (!m)
		return strdup("unknown (the run has no manifest.json)");
	if (json_object_object_get_ex(m, "clock", &c) &&
	    json_object_object_get_ex(c, "label", &label) &&
	    json_object_is_type(label, json_type_string))
		return strdup(json_object_get_string(label));
	if (asprintf(&s, "wall (%s; recorded before the clock field existed)",
		     json_object_object_get_ex(m, "accelerator", &accel) &&
		     json_object_is_type(accel, json_type_string) ?
		     json_object_get_string(accel) : "unknown accelerator") < 0)
		return NULL;
	return s;
}

static int load_columns(struct ans_run *r, char **err)
{
	static const char *const need[] = { "config", "rw", "bs", "iodepth", "numjobs", "metric",
					    "median", "backend", "flags", "noise_floor", "driver" };
	int *at[] = { &r->col_config, &r->col_rw, &r->col_bs, &r->col_iodepth, &r->col_numjobs,
		      &r->col_metric, &r->col_median, &r->col_backend, &r->col_flags,
		      &r->col_noise, &r->col_driver };
	size_t i;

	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++) {
		*at[i] = vlab_csv_col(&r->agg, need[i]);
		if (*at[i] < 0)
			return fail(err, -EBADMSG, "%s/aggregate.csv has no column '%s'; summarise the run again (bench/vlab report %s)",
				    r->dir, need[i], r->dir);
	}
	vlab_xaxes_csv_cols(&r->agg, r->xcol);
	return 0;
}

/* The backends in aggregate.csv order, and whether the run has memory rows. */
static int load_backends(struct ans_run *r, char **err)
{
	size_t row, i;

	for (row = 0; row < r->agg.nrows; row++) {
		const char *b = cell(r, row, r->col_backend);

		if (!strcmp(cell(r, row, r->col_metric), "mem_bytes"))
			r->has_memory = 1;
		for (i = 0; i < r->nbackends && strcmp(r->backends[i], b); i++)
			;
		if (i < r->nbackends)
			continue;
		if (r->nbackends == sizeof(r->backends) / sizeof(r->backends[0]))
			return fail(err, -EBADMSG, "%s/aggregate.csv has more than %zu backends, more than a sweep may have",
				    r->dir, r->nbackends);
		r->backends[r->nbackends++] = b;
	}
	return 0;
}

/* driver's memory on each backend: its mem_bytes medians' least and most, and their parts */
static int load_memory(struct ans_run *r, const char *driver, struct ans_memory **out,
		       size_t *n)
{
	static const char *const parts[ANS_NMEMORY] = ANS_MEMORY;
	struct ans_memory *mem = calloc(r->nbackends ? r->nbackends : 1, sizeof(*mem));
	size_t b, row, k;

	if (!mem)
		return -ENOMEM;
	for (b = 0; b < r->nbackends; b++) {
		struct ans_memory *m = &mem[b];

		m->backend = r->backends[b];
		for (k = 0; k < ANS_NMEMORY; k++)
			m->part[k] = -1;
		for (row = 0; row < r->agg.nrows; row++) {
			double v;

			if (strcmp(cell(r, row, r->col_driver), driver) ||
			    strcmp(cell(r, row, r->col_backend), m->backend) ||
			    strcmp(cell(r, row, r->col_metric), parts[0]) ||
			    !*cell(r, row, r->col_median))
				continue;
			v = strtod(cell(r, row, r->col_median), NULL);
			if (!m->reported || v < m->least_v) {
				m->least = row;
				m->least_v = v;
			}
			if (!m->reported || v > m->most_v) {
				m->most = row;
				m->most_v = v;
			}
			m->reported = 1;
		}
		if (!m->reported)
			continue;
		m->part[0] = (long)m->most;
		for (row = 0; row < r->agg.nrows; row++)
			for (k = 1; k < ANS_NMEMORY; k++)
				if (!strcmp(cell(r, row, r->col_metric), parts[k]) &&
				    *cell(r, row, r->col_median) && ans_same_point(r, row, m->most, 1))
					m->part[k] = (long)row;
	}
	/* the ratio where the baseline held most: the default's heaviest point */
	for (b = 0; b < r->nbackends; b++) {
		mem[b].at_base_most = -1;
		for (row = 0; r->base_mem && r->base_mem[b].reported && row < r->agg.nrows; row++)
			if (!strcmp(cell(r, row, r->col_driver), driver) &&
			    !strcmp(cell(r, row, r->col_metric), parts[0]) &&
			    ans_same_point(r, row, r->base_mem[b].most, 0))
				mem[b].at_base_most = (long)row;
	}
	*out = mem;
	*n = r->nbackends;
	return 0;
}

/* The control's largest noise floor per backend and ranked metric. */
static void load_floors(struct ans_run *r)
{
	static const char *const ranked[ANS_NRANKED] = ANS_RANKED;
	size_t b, row, k;

	for (b = 0; b < r->nbackends; b++) {
		struct ans_floor *f = &r->floors[b];

		f->backend = r->backends[b];
		for (k = 0; k < ANS_NRANKED; k++) {
			f->row[k] = -1;
			for (row = 0; r->plan.control && row < r->agg.nrows; row++) {
				const char *nf = cell(r, row, r->col_noise);

				if (!*nf || strcmp(cell(r, row, r->col_driver), r->plan.control) ||
				    strcmp(cell(r, row, r->col_backend), f->backend) ||
				    strcmp(cell(r, row, r->col_metric), ranked[k]))
					continue;
				if (f->row[k] < 0 ||
				    strtod(nf, NULL) > strtod(cell(r, (size_t)f->row[k], r->col_noise), NULL))
					f->row[k] = (long)row;
			}
		}
	}
}

static int load_driver(struct ans_run *r, struct json_object *o, struct ans_driver *d,
		       char **err)
{
	static const char *const ranked[ANS_NRANKED] = ANS_RANKED;
	struct json_object *v;
	size_t row, k;
	int ret;

	if (!json_object_object_get_ex(o, "name", &v) || !json_object_is_type(v, json_type_string))
		return fail(err, -EBADMSG, "%s: a driver without a name", r->plan.path);
	d->name = json_object_get_string(v);
	d->module = json_object_object_get_ex(o, "module", &v) &&
		    json_object_is_type(v, json_type_string) ? json_object_get_string(v) : "?";
	json_object_object_get_ex(o, "knobs", &d->knobs);
	json_object_object_get_ex(o, "params", &d->params);
	for (row = 0; row < r->agg.nrows; row++)
		if (!strcmp(cell(r, row, r->col_driver), d->name) &&
		    strstr(cell(r, row, r->col_flags), "unsafe"))
			d->unsafe = 1;
	for (k = 0; k < ANS_NRANKED; k++) {
		struct vlab_headline h = { .name = ranked[k], .metric = ranked[k],
					   .of = VLAB_HL_DRIVER, .nwhere = 1,
					   .where_key = { "driver" }, .where_val = { d->name } };
		struct ans_metric *m = &d->m[k];

		for (row = 0; row < r->agg.nrows && !m->present; row++)
			m->present = !strcmp(cell(r, row, r->col_metric), ranked[k]);
		m->higher_better = vlab_metric_find(ranked[k])->higher_better;
		ret = vlab_headline_cells(&h, &r->agg, &m->cells, &m->n, err);
		if (ret)
			return ret;
		m->verdict = calloc(m->n ? m->n : 1, sizeof(*m->verdict));
		if (!m->verdict)
			return -ENOMEM;
	}
	return r->has_memory ? load_memory(r, d->name, &d->mem, &d->nmem) : 0;
}

static int load_drivers(struct ans_run *r, char **err)
{
	struct json_object *drivers, *o, *v;
	size_t i, n;
	int ret;

	if (!json_object_object_get_ex(r->plan.json, "drivers", &drivers) ||
	    !json_object_is_type(drivers, json_type_array))
		return fail(err, -EBADMSG, "%s: no drivers array", r->plan.path);
	/* the baseline's first: each driver's memory ratio is read where it held most */
	if (r->has_memory) {
		ret = load_memory(r, r->plan.baseline, &r->base_mem, &r->nbase_mem);
		if (ret)
			return ret;
	}
	n = json_object_array_length(drivers);
	r->drivers = calloc(n ? n : 1, sizeof(*r->drivers));
	if (!r->drivers)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		const char *name;

		o = json_object_array_get_idx(drivers, i);
		name = json_object_object_get_ex(o, "name", &v) ? json_object_get_string(v) : "";
		if (!strcmp(name, r->plan.baseline)) {
			r->baseline_module = json_object_object_get_ex(o, "module", &v) ?
					     json_object_get_string(v) : "?";
			continue;
		}
		if (r->plan.control && !strcmp(name, r->plan.control))
			continue;
		ret = load_driver(r, o, &r->drivers[r->ndrivers++], err);
		if (ret)
			return ret;
	}
	if (!r->baseline_module)
		return fail(err, -EBADMSG, "%s: the baseline '%s' is not one of its drivers",
			    r->plan.path, r->plan.baseline);
	return 0;
}

int ans_run_load(const char *dir, struct ans_run *r, char **err)
{
	char *path = NULL, real[PATH_MAX], *slash;
	int ret;

	memset(r, 0, sizeof(*r));
	*err = NULL;
	if (!realpath(dir, real))
		return fail(err, -errno, "%s: %s", dir, strerror(errno));
	slash = strrchr(real, '/');
	r->dir = strdup(dir);
	r->name = strdup(slash ? slash + 1 : real);
	if (!r->dir || !r->name)
		return -ENOMEM;
	ret = vlab_plan_load_run(dir, &r->plan, err);
	if (ret)
		return ret;
	if (asprintf(&path, "%s/manifest.json", dir) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &r->manifest);
	if (ret && ret != -ENOENT) {
		ret = fail(err, ret, "%s: %s", path, ret == -EBADMSG ? "not valid JSON" : strerror(-ret));
		goto out;
	}
	r->clock_label = clock_label(r->manifest);
	free(path);
	if (!r->clock_label || asprintf(&path, "%s/aggregate.csv", dir) < 0)
		return -ENOMEM;
	ret = vlab_csv_read(path, &r->agg);
	if (ret) {
		ret = fail(err, ret, "%s: %s; summarise the run first (bench/vlab report %s)", path,
			   ret == -EBADMSG ? "not a CSV table" : strerror(-ret), dir);
		goto out;
	}
	ret = load_columns(r, err);
	if (!ret)
		ret = load_backends(r, err);
	if (!ret)
		ret = load_drivers(r, err);
	if (!ret) {
		load_floors(r);
		ret = ans_group(r);
	}
out:
	free(path);
	return ret;
}

void ans_run_free(struct ans_run *r)
{
	size_t i, k;

	for (i = 0; i < r->ndrivers; i++) {
		for (k = 0; k < ANS_NRANKED; k++) {
			free(r->drivers[i].m[k].cells);
			free(r->drivers[i].m[k].verdict);
		}
		free(r->drivers[i].mem);
	}
	free(r->drivers);
	for (i = 0; i < r->ngroups; i++) {
		free(r->groups[i].title);
		free(r->groups[i].drivers);
	}
	free(r->groups);
	free(r->base_mem);
	vlab_csv_free(&r->agg);
	json_object_put(r->manifest);
	vlab_plan_free(&r->plan);
	free(r->clock_label);
	free(r->dir);
	free(r->name);
	memset(r, 0, sizeof(*r));
}
