// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the chart. chart.csv holds the derived figures, chart.gp
 * draws only from chart.csv (so anyone can re-run it and get the same
 * picture), and gnuplot writes chart.png and chart.svg: a chart family
 * (report_family.h) in the run folder itself, whose script is one
 * multiplot of its own rather than a chart_begin() per chart.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_stats.h"
#include "report_gnuplot.h"
#include "report_reps.h"
#include "report_style.h"
#include "report_chart.h"
#include "report_family.h"

static const char *const prog = "vlab-report";

/* chart.csv columns, 1-based as gnuplot counts them */
static const char *const chart_cols[] = {
	"rw", "bs", "numjobs", "iodepth", "driver", "backend", "n",
	"iops_median", "iops_min", "iops_max", "lat_mean_us_median",
};

/* A missing figure is an empty cell here (family_num() writes NaN): chart.csv kept its form. */
static void csv_number(struct vlab_csv_out *w, double v, const char *fmt)
{
	if (isnan(v))
		vlab_csv_cell(w, NULL);
	else
		vlab_csv_cellf(w, fmt, v);
}

/* chart.csv's rows, its header written by family_open_in() */
static int write_chart_csv(const struct report *r, struct vlab_csv_out *w)
{
	struct rcell cell;
	size_t wl, q, c;
	int ret;

	for (wl = 0; wl < r->nwl; wl++) {
		for (q = 0; q < r->nqd; q++) {
			for (c = 0; c < r->ncfg; c++) {
				ret = report_cell(r, wl, r->qd[q], c, &cell);
				if (ret)
					return ret;
				if (!cell.planned)
					continue; /* never measured: no row rather than a zero */
				vlab_csv_cell(w, r->wl[wl].rw);
				vlab_csv_cell(w, r->wl[wl].bs);
				vlab_csv_cellf(w, "%ld", r->wl[wl].numjobs);
				vlab_csv_cellf(w, "%ld", r->qd[q]);
				vlab_csv_cell(w, r->cfg[c].driver);
				vlab_csv_cell(w, r->cfg[c].backend);
				vlab_csv_cellf(w, "%zu", cell.n);
				csv_number(w, cell.iops_med, "%.3f");
				csv_number(w, cell.iops_min, "%.3f");
				csv_number(w, cell.iops_max, "%.3f");
				csv_number(w, cell.lat_med, "%.3f");
				vlab_csv_end_row(w);
			}
		}
	}
	return w->err;
}

/* A gnuplot string argument built with printf, e.g. a title. */
static void gp_stringf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void gp_stringf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	report_gp_string(f, s ? s : "?");
	free(s);
}

static int write_panel(FILE *f, const struct report *r, size_t wl)
{
	const struct rworkload *w = &r->wl[wl];
	size_t c, nseries = 0;
	char *sel;
	int ret;

	fprintf(f, "  set title ");
	gp_stringf(f, "%s, bs %s, numjobs %ld", w->rw, w->bs, w->numjobs);
	fprintf(f, "\n");
	report_gp_qd_axis(f, r, wl, "  ");
	for (c = 0; c < r->ncfg; c++) {
		/* gnuplot fails on a plot without a single valid point, so skip those */
		if (!report_has_data(r, wl, c))
			continue;
		fprintf(f, "%s    'chart.csv' skip 1 using 4:(series(", nseries++ ? ", \\\n" : "  plot \\\n");
		report_gp_string(f, w->rw);
		fputc(',', f);
		report_gp_string(f, w->bs);
		fprintf(f, ",%ld,", w->numjobs);
		report_gp_string(f, r->cfg[c].driver);
		fputc(',', f);
		report_gp_string(f, r->cfg[c].backend);
		/* the line type follows the configuration, the same in every panel */
		fprintf(f, ") ? $8 : NaN):9:10 linetype %zu%s title ", c + 1,
			report_gp_cfg_dash(r, c));
		report_gp_cfg_title(f, r, c, NULL);
		sel = report_gp_repsel(r, wl, c);
		ret = report_gp_dots(f, "charts/reps.csv", sel, "$4*" REPORT_DOT_SHIFT,
				     REPS_COL_IOPS, c + 1);
		free(sel);
		if (ret)
			return ret;
	}
	if (nseries) {
		fprintf(f, "\n");
		return 0;
	}
	/* still draw the panel, so the layout shows which workload has no data */
	fprintf(f, "  set label 2 'no successful points' at graph 0.5, graph 0.5 center\n"
		   "  plot [][0:1] NaN notitle\n"
		   "  unset label 2\n");
	return 0;
}

static int write_chart_gp(const struct report *r, FILE *f)
{
	size_t cols = r->nwl > 1 ? 2 : 1, rows = (r->nwl + cols - 1) / cols, wl;
	char footer[256];
	int ret;

	fprintf(f,
		"# Written by vlab-report: IOPS against queue depth, drawn from chart.csv\n"
		"# (medians) and charts/reps.csv (a dot per repetition) only.\n"
		"# Re-draw with: gnuplot chart.gp (vlab-report sets sfx to a temporary\n"
		"# suffix and renames the pictures when gnuplot succeeds).\n"
		"if (!exists('sfx')) sfx = ''\n"
		"width = %zu; height = %zu\n"
		"set datafile separator ','\n"
		"# rows of other series come out as NaN below; missing, they do not break lines\n"
		"set datafile missing NaN\n"
		"# a row of chart.csv belongs to the series of one workload and configuration\n"
		"series(rw, bs, nj, drv, be) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj \\\n"
		"    && strcol(5) eq drv && strcol(6) eq be\n"
		"set style data yerrorlines\n"
		"set logscale x 2\n"
		"set offsets 0, 0, graph 0.05, 0\n"
		"set yrange [0:*]\n"
		"set xlabel 'queue depth (fio iodepth)'\n"
		"set ylabel 'IOPS: median, bars min to max, a dot per repetition'\n"
		"set key top left\n"
		"set grid\n"
		"set bmargin 5 # room for the TCG note under the axis label\n",
		640 * cols, 440 * rows + 40);
	fprintf(f, "do for [fmt in 'png svg'] {\n"
		"  if (fmt eq 'png') {\n"
		"    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
		"      set terminal pngcairo noenhanced size width, height\n"
		"    } else {\n"
		"      set terminal png noenhanced size width, height\n"
		"    }\n"
		"    set output 'chart.png'.sfx\n"
		"  } else {\n"
		"    set terminal svg noenhanced size width, height\n"
		"    set output 'chart.svg'.sfx\n"
		"  }\n");
	fprintf(f, "  set multiplot layout %zu,%zu title ", rows, cols);
	gp_stringf(f, "vduse-lab run %s, clock %s", r->name, r->clock_name[0] ? r->clock_name : "wall");
	fprintf(f, "\n");
	/* every figure is on some clock; say which on the picture itself */
	report_footer(r, footer, sizeof(footer));
	fprintf(f, "  set label 1 ");
	report_gp_string(f, footer);
	fprintf(f, " at screen 0.01, screen 0.015 left textcolor rgb '%s'\n",
		report_is_noisy(r) ? "#b00000" : "#404040");
	for (wl = 0; wl < r->nwl; wl++) {
		ret = write_panel(f, r, wl);
		if (ret)
			return ret;
		if (!wl)
			fprintf(f, "  unset label 1\n"); /* once per picture, not per panel */
	}
	fprintf(f, "  unset multiplot\n  set output\n}\n");
	return 0;
}

int report_chart(struct report *r, int *drawn)
{
	struct family fa;
	int ret, ok = 1;

	*drawn = 0;
	ret = family_open_in(&fa, r, "", "chart", chart_cols,
			     sizeof(chart_cols) / sizeof(chart_cols[0]));
	if (ret) {
		fprintf(stderr, "%s: writing %s/chart.csv: %s\n", prog, r->run_dir, strerror(-ret));
		return ret;
	}
	ret = write_chart_csv(r, &fa.w);
	if (ret) {
		fprintf(stderr, "%s: writing %s/chart.csv: %s\n", prog, r->run_dir, strerror(-ret));
		goto fail;
	}
	ret = write_chart_gp(r, fa.gp.f);
	if (ret) {
		fprintf(stderr, "%s: writing %s/chart.gp: %s\n", prog, r->run_dir, strerror(-ret));
		goto fail;
	}
	ret = family_output(&fa, "chart", "IOPS against queue depth (median, bars min to max, "
			    "a dot per repetition)");
	if (ret)
		goto fail;
	/* a chart that cannot be drawn is reported, but does not stop REPORT.md */
	ret = family_finish(&fa, &ok);
	*drawn = !ret && ok;
	return ret;
fail:
	family_free(&fa);
	return ret;
}
