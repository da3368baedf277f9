// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: aggregation of repetitions. Figures are medians with their
 * min-max range; the ours/stock ratio is formed per repetition pair, because
 * rep r of both drivers ran in the same block, minutes apart, so pairing them
 * cancels the drift between blocks that pooled medians would keep.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "report.h"
#include "stats.h"

int report_is_tcg(const struct report *r)
{
	return !strcasecmp(r->accelerator, "tcg");
}

int report_has_qd(const struct report *r, size_t w, long qd)
{
	size_t i;

	for (i = 0; i < r->npts; i++)
		if (r->pts[i].workload == w && r->pts[i].iodepth == qd)
			return 1;
	return 0;
}

size_t report_find_config(const struct report *r, const char *driver, const char *backend)
{
	size_t c;

	for (c = 0; c < r->ncfg; c++)
		if (!strcmp(r->cfg[c].driver, driver) && !strcmp(r->cfg[c].backend, backend))
			return c;
	return REPORT_NONE;
}

int report_cell(const struct report *r, size_t w, long qd, size_t c, struct rcell *out)
{
	double *iops = calloc(r->npts + 1, sizeof(*iops));
	double *lat = calloc(r->npts + 1, sizeof(*lat));
	const struct rpoint *p;
	size_t nlat = 0;
	int ret = 0;

	memset(out, 0, sizeof(*out));
	if (!iops || !lat) {
		ret = -ENOMEM;
		goto out;
	}
	for (p = r->pts; p < r->pts + r->npts; p++) {
		if (p->workload != w || p->iodepth != qd || p->config != c)
			continue;
		out->planned++;
		if (!p->ok)
			continue;
		iops[out->n++] = p->iops;
		if (!isnan(p->lat_mean_us))
			lat[nlat++] = p->lat_mean_us;
	}
	vlab_sort(iops, out->n);
	vlab_sort(lat, nlat);
	out->iops_med = vlab_median(iops, out->n);
	out->iops_min = vlab_min(iops, out->n);
	out->iops_max = vlab_max(iops, out->n);
	out->lat_med = vlab_median(lat, nlat);
out:
	free(iops);
	free(lat);
	return ret;
}

/* The ok point of configuration c at (w, qd) and repetition rep, if any. */
static const struct rpoint *find_rep(const struct report *r, size_t w, long qd, size_t c, long rep)
{
	const struct rpoint *p;

	for (p = r->pts; p < r->pts + r->npts; p++)
		if (p->ok && p->workload == w && p->iodepth == qd && p->config == c && p->rep == rep)
			return p;
	return NULL;
}

int report_ratio(const struct report *r, size_t w, long qd, const char *backend,
		 struct rratio *out)
{
	size_t ours = report_find_config(r, "ours", backend);
	size_t stock = report_find_config(r, "stock", backend);
	double *ratios = calloc(r->npts + 1, sizeof(*ratios));
	const struct rpoint *p, *base;

	memset(out, 0, sizeof(*out));
	if (!ratios)
		return -ENOMEM;
	for (p = r->pts; p < r->pts + r->npts && ours != REPORT_NONE; p++) {
		if (!p->ok || p->workload != w || p->iodepth != qd || p->config != ours)
			continue;
		base = find_rep(r, w, qd, stock, p->rep);
		/* a pair with a failed or zero stock side has no ratio */
		if (base && base->iops > 0)
			ratios[out->n++] = p->iops / base->iops;
	}
	vlab_sort(ratios, out->n);
	out->med = vlab_median(ratios, out->n);
	out->min = vlab_min(ratios, out->n);
	out->max = vlab_max(ratios, out->n);
	free(ratios);
	return 0;
}
