// SPDX-License-Identifier: GPL-2.0-only
/*
 * One published run's row of results/README.md. Every figure in it comes
 * from the run's own aggregate.csv through its plan's headlines
 * (lib/headline.c), so the page says what the data says and nothing else.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "csv.h"
#include "headline.h"
#include "index.h"
#include "jsonfile.h"
#include "planfile.h"

struct run {
	const char *name;
	struct json_object *manifest;	/* NULL when unreadable */
	struct vlab_planinfo plan;
	struct vlab_csv agg, summary;
};

static const char *jstr(struct json_object *o, const char *a, const char *b)
{
	struct json_object *v;

	if (!o || !json_object_object_get_ex(o, a, &v))
		return NULL;
	if (b && !json_object_object_get_ex(v, b, &v))
		return NULL;
	return json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

/* "icount (tcg)": runs from before the clock field ran on the wall clock */
static void clock_cell(const struct run *r, FILE *f)
{
	const char *clock = jstr(r->manifest, "clock", "name");
	const char *accel = jstr(r->manifest, "accelerator", NULL);

	fprintf(f, "%s (%s)", clock ? clock : "wall", accel ? accel : "unknown accelerator");
}

/* Markdown table cells: a '|' would end the cell */
static void md_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			fputs("\\|", f);
		else if (*s == '\n')
			fputc(' ', f);
		else
			fputc(*s, f);
	}
}

/* "96" or "96, 3 failed (published with --allow-failed)" */
static void points_cell(const struct run *r, FILE *f)
{
	int status = vlab_csv_col(&r->summary, "status");
	size_t i, failed = 0;
	struct json_object *v;
	int allowed = 0;

	for (i = 0; status >= 0 && i < r->summary.nrows; i++)
		failed += strcmp(r->summary.rows[i][status], "ok") != 0;
	if (r->manifest && json_object_object_get_ex(r->manifest, "published", &v) &&
	    json_object_object_get_ex(v, "allow_failed", &v))
		allowed = json_object_get_boolean(v);
	fprintf(f, "%zu", r->summary.nrows);
	if (failed)
		fprintf(f, ", %zu failed%s", failed,
			allowed ? " (published with --allow-failed)" : "");
}

static void cell_where(const struct run *r, const struct vlab_hl_cell *c, FILE *f)
{
	static const char *const cols[] = { "config", "rw", "bs", "iodepth", "numjobs" };
	const char *v[5];
	size_t i;
	int k;

	for (i = 0; i < 5; i++) {
		k = vlab_csv_col(&r->agg, cols[i]);
		v[i] = k >= 0 ? r->agg.rows[c->row][k] : "?";
	}
	fprintf(f, "%s, %s %s QD %s, %s job%s", v[0], v[1], v[2], v[3], v[4],
		strcmp(v[4], "1") ? "s" : "");
}

static void ratio_with_interval(const struct vlab_hl_cell *c, FILE *f)
{
	fprintf(f, "%.3f", c->ratio);
	if (isnan(c->lo) || isnan(c->hi))
		fputs(" [no interval]", f);
	else
		fprintf(f, " [%.3f, %.3f]", c->lo, c->hi);
}

/*
 * "**qd1-latency**: lat_mean_us of each backend against its baseline
 * backend, iodepth=1, 8 cells: from 0.850 [0.840, 0.860] (config, ...) to
 * 0.910 [...] (...); goal <= 0.7: 0 met, 8 missed, 0 undecided"
 */
static int headline_text(const struct run *r, const struct vlab_headline *h, FILE *f, char **err)
{
	struct vlab_hl_cell *cells;
	size_t n, i, lo = 0, hi = 0, count[4] = { 0 };
	char goal[32], base[VLAB_BASELINE_LABEL_MAX];
	int ret;

	ret = vlab_headline_cells(h, &r->agg, &cells, &n, err);
	if (ret)
		return ret;
	fprintf(f, "**%s**: %s of each ", h->name, h->metric);
	if (h->of == VLAB_HL_DRIVER) {
		vlab_baseline_label(base, sizeof(base), r->plan.baseline, r->plan.baseline_on);
		fprintf(f, "driver against the baseline %s %s",
			r->plan.baseline_on ? "configuration" : "driver", base);
	} else {
		fputs("backend against its baseline backend", f);
	}
	for (i = 0; i < h->nwhere; i++)
		fprintf(f, "%s%s=%s", i ? " " : ", ", h->where_key[i], h->where_val[i]);
	if (!n) {
		fputs(": no cell has this ratio", f);
		return 0;
	}
	for (i = 0; i < n; i++) {
		lo = cells[i].ratio < cells[lo].ratio ? i : lo;
		hi = cells[i].ratio > cells[hi].ratio ? i : hi;
		count[cells[i].verdict]++;
	}
	fprintf(f, ", %zu cell%s: ", n, n == 1 ? "" : "s");
	if (n == 1) {
		ratio_with_interval(&cells[0], f);
		fputs(" (", f);
		cell_where(r, &cells[0], f);
		fputs(")", f);
	} else {
		fputs("lowest ", f);
		ratio_with_interval(&cells[lo], f);
		fputs(" (", f);
		cell_where(r, &cells[lo], f);
		fputs("), highest ", f);
		ratio_with_interval(&cells[hi], f);
		fputs(" (", f);
		cell_where(r, &cells[hi], f);
		fputs(")", f);
	}
	if (h->goal_op != VLAB_GOAL_NONE) {
		vlab_goal_format(h->goal_op, h->goal, goal, sizeof(goal));
		fprintf(f, "; goal %s: %zu met, %zu missed, %zu undecided", goal,
			count[VLAB_V_MET], count[VLAB_V_MISSED], count[VLAB_V_UNDECIDED]);
	}
	free(cells);
	return 0;
}

static int headlines_cell(const struct run *r, FILE *f, char **err)
{
	struct vlab_headline h;
	size_t i;
	int ret;

	for (i = 0; i < json_object_array_length(r->plan.headlines); i++) {
		ret = vlab_headline_from_json(json_object_array_get_idx(r->plan.headlines, i), &h, err);
		if (ret)
			return ret;
		if (i)
			fputs("<br>", f);
		ret = headline_text(r, &h, f, err);
		if (ret)
			return ret;
	}
	return 0;
}

static int load(const char *dir, struct run *r, char **err)
{
	char *path = NULL;
	int ret;

	ret = vlab_plan_load_run(dir, &r->plan, err);
	if (ret)
		return ret;
	if (asprintf(&path, "%s/manifest.json", dir) < 0)
		return -ENOMEM;
	if (vlab_json_read(path, &r->manifest))
		r->manifest = NULL;
	free(path);
	if (asprintf(&path, "%s/summary.csv", dir) < 0)
		return -ENOMEM;
	ret = vlab_csv_read(path, &r->summary);
	if (!ret) {
		free(path);
		if (asprintf(&path, "%s/aggregate.csv", dir) < 0)
			return -ENOMEM;
		ret = vlab_csv_read(path, &r->agg);
	}
	if (ret && asprintf(err, "%s: %s", path, strerror(-ret)) < 0)
		*err = NULL;
	free(path);
	return ret;
}

int index_run_row(const char *run_dir, const char *name, FILE *answers, FILE *older,
		  char **err)
{
	struct run r = { .name = name };
	char *inner = NULL;
	const char *desc;
	int ret, indexed;
	FILE *f;

	*err = NULL;
	ret = load(run_dir, &r, &inner);
	if (ret)
		goto out;
	indexed = r.plan.question && r.plan.headlines &&
		  json_object_array_length(r.plan.headlines) > 0;
	f = indexed ? answers : older;
	fprintf(f, "| [%s](%s/REPORT.md) | ", name, name);
	clock_cell(&r, f);
	fputs(" | ", f);
	if (indexed) {
		md_text(f, r.plan.question);
		fputs(" | ", f);
		ret = headlines_cell(&r, f, &inner);
		if (ret)
			goto out;
	} else {
		desc = jstr(r.plan.json, "description", NULL);
		md_text(f, desc && *desc ? desc : r.plan.name);
	}
	fputs(" | ", f);
	points_cell(&r, f);
	fputs(" |\n", f);
out:
	if (ret && asprintf(err, "%s: %s", name, inner ? inner : strerror(-ret)) < 0)
		*err = NULL;
	free(inner);
	if (r.manifest)
		json_object_put(r.manifest);
	vlab_plan_free(&r.plan);
	vlab_csv_free(&r.agg);
	vlab_csv_free(&r.summary);
	return ret;
}
