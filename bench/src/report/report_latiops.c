// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: latency against IOPS, the curve a storage engineer reads a
 * device by: per rw/bs/numjobs one line per configuration through its
 * queue depths (x the median IOPS, y the median of fio's mean latency),
 * so where it bends upwards the device is saturated, and a driver that
 * costs more per I/O bends earlier. Family "latiops" under charts/.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "report_stats.h"
#include "report_gnuplot.h"
#include "report_reps.h"
#include "report_style.h"
#include "report_latiops.h"
#include "report_family.h"

/* the rows, one per configuration and queue depth, grouped by workload */
static int write_rows(struct family *fa, size_t wl, size_t *nseries)
{
	struct report *r = fa->r;
	struct rcell cell;
	size_t q, c;
	int ret;

	*nseries = 0;
	/* by queue depth, then configuration: each line meets its depths in order */
	for (q = 0; q < r->nqd; q++)
		for (c = 0; c < r->ncfg; c++) {
			ret = report_cell(r, wl, r->qd[q], c, &cell);
			if (ret)
				return ret;
			if (!cell.planned)
				continue;
			vlab_csv_cell(&fa->w, r->wl[wl].rw);
			vlab_csv_cell(&fa->w, r->wl[wl].bs);
			vlab_csv_cellf(&fa->w, "%ld", r->wl[wl].numjobs);
			vlab_csv_cellf(&fa->w, "%ld", r->qd[q]);
			vlab_csv_cell(&fa->w, r->cfg[c].name);
			vlab_csv_cellf(&fa->w, "%zu", cell.n);
			family_num(&fa->w, cell.iops_med);
			family_num(&fa->w, cell.lat_med);
			vlab_csv_end_row(&fa->w);
			*nseries += !isnan(cell.iops_med) && !isnan(cell.lat_med);
		}
	return 0;
}

/* Does configuration c have a point with both medians in workload wl? */
static int has_point(const struct report *r, size_t wl, size_t c)
{
	struct rcell cell;
	size_t q;

	for (q = 0; q < r->nqd; q++)
		if (!report_cell(r, wl, r->qd[q], c, &cell) && !isnan(cell.iops_med) &&
		    !isnan(cell.lat_med))
			return 1;
	return 0;
}

static int latiops_chart(struct family *fa, size_t wl)
{
	struct report *r = fa->r;
	const struct rworkload *w = &r->wl[wl];
	char base[128], title[200], x[16], *sel;
	size_t c, nseries = 0, first = REPORT_NONE;
	FILE *f = fa->gp.f;
	int ret;

	snprintf(base, sizeof(base), "latiops-%s-%s-j%ld", w->rw, w->bs, w->numjobs);
	snprintf(title, sizeof(title), "Mean latency against IOPS, a point per queue depth: %s, bs %s, "
		 "numjobs %ld", w->rw, w->bs, w->numjobs);
	ret = chart_begin(fa, base, title, 900, 520);
	if (ret)
		return ret;
	for (c = 0; c < r->ncfg; c++) {
		if (!has_point(r, wl, c))
			continue; /* gnuplot refuses a series without a point */
		if (first == REPORT_NONE)
			first = c;
		fprintf(f, "%s    'latiops.csv' skip 1 using (sel(", nseries++ ? ", \\\n" : "  plot \\\n");
		report_gp_string(f, w->rw);
		fputc(',', f);
		report_gp_string(f, w->bs);
		fprintf(f, ",%ld,", w->numjobs);
		report_gp_string(f, r->cfg[c].name);
		fprintf(f, ") ? $7 : NaN):8 with linespoints linetype %zu%s title ", c + 1,
			report_gp_cfg_dash(r, c));
		report_gp_cfg_title(f, r, c, NULL);
		sel = report_gp_repsel(r, wl, c);
		/* each repetition at its own IOPS and latency: no shift needed */
		snprintf(x, sizeof(x), "$%d", REPS_COL_IOPS);
		ret = report_gp_dots(f, "reps.csv", sel, x, REPS_COL_LAT, c + 1);
		free(sel);
		if (ret)
			return ret;
	}
	if (first != REPORT_NONE) {
		/* the depths named once, at the first line's points: the others run alike */
		fprintf(f, ", \\\n    'latiops.csv' skip 1 using (sel(");
		report_gp_string(f, w->rw);
		fputc(',', f);
		report_gp_string(f, w->bs);
		fprintf(f, ",%ld,", w->numjobs);
		report_gp_string(f, r->cfg[first].name);
		fprintf(f, ") ? $7 : NaN):8:('QD '.strcol(4)) with labels offset char 0, 1 "
			   "textcolor rgb '#404040' notitle\n");
	} else {
		fprintf(f, "  set label 2 'no successful points' at graph 0.5, graph 0.5 center\n"
			   "  plot [0:1][0:1] NaN notitle\n  unset label 2\n");
	}
	chart_end(fa);
	return 0;
}

int report_latiops(struct report *r, int *drawn)
{
	static const char *const cols[] = {
		"rw", "bs", "numjobs", "iodepth", "config", "n", "iops_median", "lat_mean_us_median",
	};
	long *qd = calloc(r->nqd + 1, sizeof(*qd));
	struct family fa;
	size_t wl, nseries;
	int ret;

	if (!qd)
		return -ENOMEM;
	ret = family_open(&fa, r, "latiops", cols, sizeof(cols) / sizeof(cols[0]));
	if (ret)
		goto out;
	fprintf(fa.gp.f, "sel(rw, bs, nj, cfg) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj && strcol(5) eq cfg\n"
			 "set xrange [0:*]\nset yrange [0:*]\n"
			 "set offsets 0, graph 0.05, graph 0.08, 0 # room for the depth labels\n"
			 "set xlabel 'IOPS: median over repetitions'\n"
			 "set ylabel 'mean completion latency (us): median, a dot per repetition'\n");
	for (wl = 0; wl < r->nwl; wl++) {
		ret = write_rows(&fa, wl, &nseries);
		if (ret)
			goto fail;
		/* a single depth is a point, not a curve: the other charts show it */
		if (report_wl_qds(r, wl, qd) < 2 || !nseries)
			continue;
		ret = latiops_chart(&fa, wl);
		if (ret)
			goto fail;
	}
	ret = family_finish(&fa, drawn);
	goto out;
fail:
	family_free(&fa);
out:
	free(qd);
	return ret;
}
