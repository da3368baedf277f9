// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: what each transport costs over the kernel alone. With a
 * backend of type nullb (the kernel's null_blk: the block layer and no
 * userspace) in the run, every other configuration's mean latency minus
 * null_blk's under the same driver with the same queue count, paired by
 * repetition (both ran in the same block), with a t interval on those
 * differences; on the instruction clock also in guest instructions. Then
 * that cost against the reference's (the baseline driver with
 * qemu-storage-daemon on the same target and queues: stock VDUSE + qsd),
 * the yardstick. The arithmetic is lib/floorcost.c's; this file
 * finds the cells, writes charts/transport-cost.csv and the tables.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "floorcost.h"
#include "planfile.h"
#include "report_bstages.h"
#include "report_family.h"
#include "report_stats.h"
#include "report_tcost.h"
#include "report_tdiff.h"

/* The plan's backends: name, type and queues of each. Older plans: none. */
static int load_backends(struct report *r)
{
	struct vlab_planinfo pi;
	struct json_object *bes, *b, *v;
	char *err = NULL;
	size_t i, n;
	int ret = 0;

	if (vlab_plan_load_run(r->run_dir, &pi, &err)) {
		free(err); /* report.c has said why, or there is no plan */
		return 0;
	}
	if (!json_object_object_get_ex(pi.json, "backends", &bes) ||
	    !json_object_is_type(bes, json_type_array))
		goto out;
	n = json_object_array_length(bes);
	r->be = calloc(n + 1, sizeof(*r->be));
	if (!r->be) {
		ret = -ENOMEM;
		goto out;
	}
	for (i = 0; i < n; i++) {
		struct rbackend *e = &r->be[r->nbe];

		b = json_object_array_get_idx(bes, i);
		if (!json_object_object_get_ex(b, "name", &v) || !json_object_is_type(v, json_type_string))
			continue; /* cannot match a configuration */
		e->name = strdup(json_object_get_string(v));
		e->type = strdup(json_object_object_get_ex(b, "type", &v) &&
				 json_object_is_type(v, json_type_string) ?
				 json_object_get_string(v) : "");
		e->queues = json_object_object_get_ex(b, "queues", &v) ? json_object_get_int64(v) : 1;
		r->nbe++;
		if (!e->name || !e->type) {
			ret = -ENOMEM;
			goto out;
		}
	}
out:
	vlab_plan_free(&pi);
	return ret;
}

const struct rbackend *report_backend_of(const struct report *r, size_t cfg)
{
	size_t i;

	for (i = 0; i < r->nbe; i++)
		if (!strcmp(r->be[i].name, r->cfg[cfg].backend))
			return &r->be[i];
	return NULL;
}

const char *report_target_of(const char *type)
{
	const char *dash = strchr(type, '-');

	return dash ? dash + 1 : type;
}

size_t report_find_cell(const struct report *r, const char *driver, const char *prefix,
			const char *target, long q)
{
	const struct rbackend *b;
	size_t c, lp = strlen(prefix);

	for (c = 0; c < r->ncfg; c++) {
		b = report_backend_of(r, c);
		if (b && !strcmp(r->cfg[c].driver, driver) && b->queues == q &&
		    !strncmp(b->type, prefix, lp) && !strcmp(b->type + lp, target))
			return c;
	}
	return REPORT_NONE;
}

/* The ok repetitions' mean latencies of configuration c at (wl, qd); out has room for npts. */
static size_t rep_lats(const struct report *r, size_t wl, long qd, size_t c, struct vlab_repval *out)
{
	const struct rpoint *p;
	size_t n = 0;

	for (p = r->pts; p < r->pts + r->npts; p++)
		if (p->ok && p->workload == wl && p->iodepth == qd && p->config_idx == c &&
		    !isnan(p->lat_mean_us))
			out[n++] = (struct vlab_repval){ p->rep, p->lat_mean_us };
	return n;
}

struct lats {
	struct vlab_repval *cell, *floor, *ref, *ref_floor;
	size_t nc, nf, nr, nrf;
};

static int cost_row(struct report *r, size_t wl, long qd, size_t c, struct lats *l)
{
	const struct rbackend *b = report_backend_of(r, c), *rb;
	struct rcostrow *row = &r->crows[r->ncrows];
	struct vlab_mean_ci cost;
	struct vlab_ratio_ci ratio;
	size_t i, floor;
	double sum = 0;
	int ret;

	if (!b || !strcmp(b->type, REPORT_FLOOR_TYPE))
		return 0;
	floor = report_find_cell(r, r->cfg[c].driver, REPORT_FLOOR_TYPE, "", b->queues);
	/*
	 * null_blk is the kernel alone, no VDUSE: a driver that does not run
	 * on it (its backends key) takes the baseline driver's, from the same
	 * blocks all the same
	 */
	if (floor == REPORT_NONE)
		floor = report_find_cell(r, r->baseline, REPORT_FLOOR_TYPE, "", b->queues);
	if (floor == REPORT_NONE)
		return 0;
	l->nc = rep_lats(r, wl, qd, c, l->cell);
	l->nf = rep_lats(r, wl, qd, floor, l->floor);
	ret = vlab_floor_cost(l->cell, l->nc, l->floor, l->nf, VLAB_INTERVAL_LEVEL, &cost);
	if (ret || !cost.n)
		return ret;
	*row = (struct rcostrow){ .wl = wl, .cfg = c, .qd = qd, .floor = floor, .ref = REPORT_NONE,
				  .cost_est = cost.est, .cost_lo = cost.lo, .cost_hi = cost.hi,
				  .cost_df = cost.df, .cost_n = cost.n, .ratio_est = NAN,
				  .ratio_lo = NAN, .ratio_hi = NAN };
	for (i = 0; i < l->nf; i++)
		sum += l->floor[i].v;
	row->floor_lat = sum / (double)l->nf;
	r->ncrows++;
	row->ref = report_find_cell(r, r->baseline, REPORT_REF_PREFIX, report_target_of(b->type), b->queues);
	if (row->ref == REPORT_NONE || row->ref == c)
		return 0;
	rb = report_backend_of(r, row->ref);
	floor = report_find_cell(r, r->baseline, REPORT_FLOOR_TYPE, "", rb->queues);
	if (floor == REPORT_NONE) {
		row->ref = REPORT_NONE;
		return 0;
	}
	l->nr = rep_lats(r, wl, qd, row->ref, l->ref);
	l->nrf = rep_lats(r, wl, qd, floor, l->ref_floor);
	ret = vlab_cost_ratio(l->cell, l->nc, l->floor, l->nf, l->ref, l->nr, l->ref_floor, l->nrf,
			      VLAB_INTERVAL_LEVEL, &ratio, &row->ratio_n);
	row->ratio_est = ratio.est;
	row->ratio_lo = ratio.lo;
	row->ratio_hi = ratio.hi;
	return ret;
}

static int build_costs(struct report *r)
{
	struct lats l = { 0 };
	size_t w, q, c;
	int ret = -ENOMEM;

	r->crows = calloc(r->nwl * r->nqd * r->ncfg + 1, sizeof(*r->crows));
	l.cell = calloc(r->npts + 1, sizeof(*l.cell));
	l.floor = calloc(r->npts + 1, sizeof(*l.floor));
	l.ref = calloc(r->npts + 1, sizeof(*l.ref));
	l.ref_floor = calloc(r->npts + 1, sizeof(*l.ref_floor));
	if (r->crows && l.cell && l.floor && l.ref && l.ref_floor)
		for (ret = 0, w = 0; w < r->nwl && !ret; w++)
			for (q = 0; q < r->nqd && !ret; q++)
				for (c = 0; c < r->ncfg && !ret; c++)
					ret = cost_row(r, w, r->qd[q], c, &l);
	free(l.cell);
	free(l.floor);
	free(l.ref);
	free(l.ref_floor);
	return ret;
}

static const char cost_method[] =
	"mean of per-repetition differences (same block), 95% t interval, n-1 df";
static const char ratio_method[] =
	"geometric mean of per-repetition cost ratios (same block), 95% t interval on the logs";

static int write_costs_csv(struct report *r)
{
	static const char *const cols[] = {
		"rw", "bs", "iodepth", "numjobs", "config", "driver", "backend", "queues",
		"floor", "floor_lat_us", "n", "cost_us", "cost_lo_us", "cost_hi_us",
		"cost_instructions", "cost_lo_instructions", "cost_hi_instructions",
		"reference", "ratio_n", "cost_ratio", "cost_ratio_lo", "cost_ratio_hi",
		"cost_interval", "ratio_interval", "clock",
	};
	struct family fa;
	size_t i;
	int ret, drawn = 1;

	ret = family_open(&fa, r, "transport-cost", cols, sizeof(cols) / sizeof(cols[0]));
	if (ret)
		return ret;
	for (i = 0; i < r->ncrows; i++) {
		const struct rcostrow *c = &r->crows[i];
		const struct rworkload *w = &r->wl[c->wl];

		vlab_csv_cell(&fa.w, w->rw);
		vlab_csv_cell(&fa.w, w->bs);
		vlab_csv_cellf(&fa.w, "%ld", c->qd);
		vlab_csv_cellf(&fa.w, "%ld", w->numjobs);
		vlab_csv_cell(&fa.w, r->cfg[c->cfg].name);
		vlab_csv_cell(&fa.w, r->cfg[c->cfg].driver);
		vlab_csv_cell(&fa.w, r->cfg[c->cfg].backend);
		vlab_csv_cellf(&fa.w, "%ld", report_backend_of(r, c->cfg)->queues);
		vlab_csv_cell(&fa.w, r->cfg[c->floor].name);
		family_num(&fa.w, c->floor_lat);
		vlab_csv_cellf(&fa.w, "%zu", c->cost_n);
		family_num(&fa.w, c->cost_est);
		family_num(&fa.w, c->cost_lo);
		family_num(&fa.w, c->cost_hi);
		family_num(&fa.w, report_instructions(r, c->cost_est));
		family_num(&fa.w, report_instructions(r, c->cost_lo));
		family_num(&fa.w, report_instructions(r, c->cost_hi));
		vlab_csv_cell(&fa.w, c->ref == REPORT_NONE ? "" : r->cfg[c->ref].name);
		vlab_csv_cellf(&fa.w, "%zu", c->ratio_n);
		family_num(&fa.w, c->ratio_est);
		family_num(&fa.w, c->ratio_lo);
		family_num(&fa.w, c->ratio_hi);
		vlab_csv_cell(&fa.w, cost_method);
		vlab_csv_cell(&fa.w, ratio_method);
		vlab_csv_cell(&fa.w, r->clock_label);
		vlab_csv_end_row(&fa.w);
	}
	return family_finish(&fa, &drawn);
}

int report_transports(struct report *r)
{
	int ret = load_backends(r);

	if (!ret)
		ret = build_costs(r);
	if (!ret && r->ncrows)
		ret = write_costs_csv(r);
	if (!ret)
		ret = report_backend_stages(r);
	return ret;
}

void report_free_transports(struct report *r)
{
	size_t i;

	for (i = 0; i < r->nbe; i++) {
		free(r->be[i].name);
		free(r->be[i].type);
	}
	free(r->be);
	free(r->crows);
	for (i = 0; i < r->nbsrows; i++)
		free(r->bsrows[i].stage);
	free(r->bsrows);
}

/* "12.34 [11.90, 12.78]"; one pair: no interval; NULL without a figure */
static char *fmt_ci(const char *fmt, double est, double lo, double hi, size_t n)
{
	char *f = NULL, *s = NULL;

	if (isnan(est))
		return NULL;
	if (n < 2 || isnan(lo) ? asprintf(&f, "%s (%zu pair: no interval)", fmt, n) < 0 :
				 asprintf(&f, "%s [%s, %s]", fmt, fmt, fmt) < 0)
		return NULL;
	if (asprintf(&s, f, est, lo, hi) < 0)
		s = NULL;
	free(f);
	return s;
}

static char *fmt_ratio_cell(const struct rcostrow *c)
{
	char *s;

	if (c->ref == c->cfg)
		return strdup("1 (the reference)");
	if (c->ref == REPORT_NONE)
		return NULL;
	if (isnan(c->ratio_est))
		return asprintf(&s, "- (%s)", c->ratio_n ? "a cost <= 0: no ratio" : "no pairs") < 0 ?
		       NULL : s;
	return fmt_ci("%.3f", c->ratio_est, c->ratio_lo, c->ratio_hi, c->ratio_n);
}

/* One table: the rows [a, b) of one workload point. */
static void write_cost_table(struct doc *d, const struct report *r, size_t a, size_t b)
{
	const char *heads[] = {
		"Configuration", "Queues", "n", "null_blk lat (us)", "Cost (us) [95% t]",
		"Cost (guest instructions) [95% t]", "Cost ratio to reference [95%]", "Reference",
	};
	const struct rworkload *w = &r->wl[r->crows[a].wl];
	int icount = r->icount_shift >= 0;
	size_t ncols = icount ? 8 : 7, i, k;
	char *cells[8], q[24], n[24];

	if (!icount)
		heads[5] = heads[6], heads[6] = heads[7];
	doc_heading(d, 3, "%s, bs %s, QD %ld, numjobs %ld", w->rw, w->bs, r->crows[a].qd,
		    w->numjobs);
	doc_table_begin(d, heads, ncols, "lrrrrrrl");
	for (i = a; i < b; i++) {
		const struct rcostrow *c = &r->crows[i];

		snprintf(q, sizeof(q), "%ld", report_backend_of(r, c->cfg)->queues);
		snprintf(n, sizeof(n), "%zu", c->cost_n);
		cells[0] = report_config_label(&r->cfg[c->cfg]);
		cells[1] = q;
		cells[2] = n;
		if (asprintf(&cells[3], "%.2f", c->floor_lat) < 0)
			cells[3] = NULL;
		cells[4] = fmt_ci("%.2f", c->cost_est, c->cost_lo, c->cost_hi, c->cost_n);
		k = 5;
		if (icount)
			cells[k++] = fmt_ci("%.0f", report_instructions(r, c->cost_est), report_instructions(r, c->cost_lo),
					    report_instructions(r, c->cost_hi), c->cost_n);
		cells[k++] = fmt_ratio_cell(c);
		cells[k] = c->ref == REPORT_NONE ? NULL : (char *)r->cfg[c->ref].name;
		doc_table_row(d, cells, ncols);
		for (k = 0; k < ncols - 1; k++)
			if (k != 1 && k != 2)
				free(cells[k]);
	}
	doc_table_end(d);
}

static void write_costs(struct doc *d, const struct report *r)
{
	size_t a, b;

	doc_heading(d, 2, "Transport cost over null_blk");
	doc_para(d, 0, "What each configuration costs per I/O over the kernel alone: its mean "
		       "completion latency (fio's lat_mean_us) minus that of null_blk (backend type "
		       "%s: the block layer with no userspace) under the same driver (or, where "
		       "that driver does not run on null_blk, the baseline driver's) with the same "
		       "number of queues, repetition by repetition (both ran in the same block, so "
		       "what drifts between blocks cancels). Each cell is the mean of those n "
		       "differences with a 95%% t interval on them (t with n-1 degrees of freedom, "
		       "exact when the differences are normal; with 2 pairs it rests on 1 degree of "
		       "freedom and is wide; one pair has none). Clock: %s.", REPORT_FLOOR_TYPE,
		 r->clock_label);
	if (r->icount_shift >= 0)
		doc_para(d, 0, "On the instruction clock guest time advances %d ns per guest "
			       "instruction (shift %d), so the cost is also given in guest "
			       "instructions: its guest ns / 2^%d, the instructions every vCPU "
			       "executed in that time (this I/O's path, and whatever else ran "
			       "meanwhile, serially).", 1 << r->icount_shift, r->icount_shift,
			 r->icount_shift);
	doc_para(d, 0, "Cost ratio: per repetition this configuration's cost over the reference's "
		       "(the baseline driver %s with qemu-storage-daemon, backend type %sTARGET of "
		       "the same target and queue count: stock VDUSE + qemu-storage-daemon), each "
		       "over its own null_blk, then the geometric mean of those ratios with a 95%% "
		       "t interval on their logarithms, the method of every ratio in this report. "
		       "0.5 is the issue's goal: the overhead over null_blk halved. A cost that "
		       "is not positive in some repetition has no ratio.", r->baseline,
		 REPORT_REF_PREFIX);
	for (a = 0; a < r->ncrows; a = b) {
		for (b = a; b < r->ncrows && r->crows[b].wl == r->crows[a].wl &&
			    r->crows[b].qd == r->crows[a].qd; b++)
			;
		write_cost_table(d, r, a, b);
	}
}

void report_write_transports(struct doc *d, const struct report *r)
{
	if (r->ncrows)
		write_costs(d, r);
	report_write_backend_stages(d, r);
	report_write_transport_diff(d, r);
}
