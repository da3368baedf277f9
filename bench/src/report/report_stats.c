// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: figures over repetitions for the charts (medians with their
 * min-max range) and look-ups into aggregate.csv, which holds the medians,
 * ratios and their intervals the tables print.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "floorcost.h"
#include "report_stats.h"
#include "stats.h"

int report_is_tcg(const struct report *r)
{
	return !strcasecmp(r->accelerator, "tcg");
}

int report_is_noisy(const struct report *r)
{
	return report_is_tcg(r) && strcmp(r->clock_name, "icount");
}

void report_footer(const struct report *r, char *buf, size_t len)
{
	snprintf(buf, len, "Clock: %s%s", r->clock_label,
		 report_is_noisy(r) ? "; compare configurations only" : "");
}

double report_instructions(const struct report *r, double us)
{
	return r->icount_shift < 0 ? NAN : vlab_icount_instructions(us * 1000, r->icount_shift);
}

int report_has_qd(const struct report *r, size_t w, long qd)
{
	size_t i;

	for (i = 0; i < r->npts; i++)
		if (r->pts[i].workload == w && r->pts[i].iodepth == qd)
			return 1;
	return 0;
}

int report_has_data(const struct report *r, size_t wl, size_t c)
{
	struct rcell cell;
	size_t q;

	for (q = 0; q < r->nqd; q++)
		if (!report_cell(r, wl, r->qd[q], c, &cell) && cell.n)
			return 1;
	return 0;
}

size_t report_find_config(const struct report *r, const char *name)
{
	size_t c;

	for (c = 0; c < r->ncfg; c++)
		if (!strcmp(r->cfg[c].name, name))
			return c;
	return REPORT_NONE;
}

/* Keep the non-NAN values of v[0..n), sorted; returns how many. */
static size_t sorted_numbers(double *v, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (!isnan(v[i]))
			v[k++] = v[i];
	vlab_sort(v, k);
	return k;
}

double report_median(double *v, size_t n)
{
	return vlab_median(v, sorted_numbers(v, n));
}

/* Median, min and max of the non-NAN values among v[0..n); sorts v. */
static void summarise(double *v, size_t n, double *med, double *min, double *max)
{
	size_t k = sorted_numbers(v, n);

	*med = vlab_median(v, k);
	if (min)
		*min = vlab_min(v, k);
	if (max)
		*max = vlab_max(v, k);
}

int report_cell(const struct report *r, size_t w, long qd, size_t c, struct rcell *out)
{
	enum { IOPS, LAT, P50, P99, P999, BW, N };
	double *v[N];
	const struct rpoint *p;
	int i, ret = 0;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < N; i++)
		v[i] = calloc(r->npts + 1, sizeof(double));
	for (i = 0; i < N; i++)
		if (!v[i])
			ret = -ENOMEM;
	if (ret)
		goto out;
	for (p = r->pts; p < r->pts + r->npts; p++) {
		if (p->workload != w || p->iodepth != qd || p->config_idx != c)
			continue;
		out->planned++;
		if (!p->ok)
			continue;
		v[IOPS][out->n] = p->iops;
		v[LAT][out->n] = p->lat_mean_us;
		v[P50][out->n] = p->lat_p50_us;
		v[P99][out->n] = p->lat_p99_us;
		v[P999][out->n] = p->lat_p999_us;
		v[BW][out->n] = p->bw;
		out->n++;
	}
	summarise(v[IOPS], out->n, &out->iops_med, &out->iops_min, &out->iops_max);
	summarise(v[LAT], out->n, &out->lat_med, NULL, NULL);
	summarise(v[P50], out->n, &out->p50_med, NULL, NULL);
	summarise(v[P99], out->n, &out->p99_med, NULL, NULL);
	summarise(v[P999], out->n, &out->p999_med, NULL, NULL);
	summarise(v[BW], out->n, &out->bw_med, &out->bw_min, &out->bw_max);
out:
	for (i = 0; i < N; i++)
		free(v[i]);
	return ret;
}

int report_agg_col(const struct report *r, const char *name)
{
	int c;

	if (!r->have_agg)
		return -1;
	c = vlab_csv_col(&r->agg, name);
	return c < 0 ? -1 : c;
}

const char *report_agg_rw(const struct report *r, char **row, char *buf, size_t len)
{
	int crw = report_agg_col(r, "rw"), xcol[VLAB_XAXIS_COUNT + 1];
	struct vlab_xvals x;

	vlab_xaxes_csv_cols(&r->agg, xcol);
	if (crw < 0)
		return "";
	if (vlab_xvals_from_cells(row, xcol, &x))
		vlab_xvals_unset(&x); /* a malformed cell names the mode alone */
	return vlab_rw_label(row[crw], &x, buf, len);
}

char **report_agg_row(const struct report *r, const char *config, const char *rw,
		      const char *bs, long qd, long nj, const char *metric)
{
	int cc = report_agg_col(r, "config"), crw = report_agg_col(r, "rw");
	int cbs = report_agg_col(r, "bs"), cqd = report_agg_col(r, "iodepth");
	int cnj = report_agg_col(r, "numjobs"), cm = report_agg_col(r, "metric");
	char label[64];
	size_t i;

	if (cc < 0 || crw < 0 || cbs < 0 || cqd < 0 || cnj < 0 || cm < 0)
		return NULL;
	for (i = 0; i < r->agg.nrows; i++) {
		char **row = r->agg.rows[i];

		if (!strcmp(row[cc], config) &&
		    !strcmp(report_agg_rw(r, row, label, sizeof(label)), rw) && !strcmp(row[cbs], bs) &&
		    atol(row[cqd]) == qd && atol(row[cnj]) == nj && !strcmp(row[cm], metric))
			return row;
	}
	return NULL;
}

int report_add_chart(struct report *r, const char *title, const char *base,
		     enum rsection section)
{
	struct rchart *bigger = realloc(r->charts, (r->ncharts + 1) * sizeof(*r->charts));

	if (!bigger)
		return -ENOMEM;
	r->charts = bigger;
	r->charts[r->ncharts].title = strdup(title);
	r->charts[r->ncharts].base = strdup(base);
	r->charts[r->ncharts].section = section;
	if (!r->charts[r->ncharts].title || !r->charts[r->ncharts].base) {
		free(r->charts[r->ncharts].title);
		free(r->charts[r->ncharts].base);
		return -ENOMEM;
	}
	r->ncharts++;
	return 0;
}

char *report_config_label(const struct rconfig *c)
{
	char *s;

	if (asprintf(&s, "%s%s", c->name, c->unsafe ? " (UNSAFE: bounce_strategy=direct)" : "") < 0)
		return NULL;
	return s;
}
