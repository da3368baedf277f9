// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the chart. chart.csv holds the derived figures, chart.gp
 * draws only from chart.csv (so anyone can re-run it and get the same
 * picture), and gnuplot writes chart.png and chart.svg to temporary names
 * that are renamed into place only when it succeeds.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic.h"
#include "report.h"

static const char *const prog = "vlab-report";

/* chart.csv columns, 1-based as gnuplot counts them */
static const char *const chart_cols[] = {
	"rw", "bs", "numjobs", "iodepth", "driver", "backend", "n",
	"iops_median", "iops_min", "iops_max", "lat_mean_us_median",
};

static void csv_number(struct vlab_csv_out *w, double v, const char *fmt)
{
	if (isnan(v))
		vlab_csv_cell(w, NULL);
	else
		vlab_csv_cellf(w, fmt, v);
}

static int write_chart_csv(const struct report *r, const char *path)
{
	struct vlab_csv_out w;
	struct vlab_atomic a;
	struct rcell cell;
	size_t i, wl, q, c;
	int ret;

	ret = vlab_atomic_open(&a, path);
	if (ret)
		return ret;
	vlab_csv_begin(&w, a.f);
	for (i = 0; i < sizeof(chart_cols) / sizeof(chart_cols[0]); i++)
		vlab_csv_cell(&w, chart_cols[i]);
	vlab_csv_end_row(&w);
	for (wl = 0; wl < r->nwl; wl++) {
		for (q = 0; q < r->nqd; q++) {
			for (c = 0; c < r->ncfg; c++) {
				ret = report_cell(r, wl, r->qd[q], c, &cell);
				if (ret)
					goto fail;
				if (!cell.planned)
					continue; /* never measured: no row rather than a zero */
				vlab_csv_cell(&w, r->wl[wl].rw);
				vlab_csv_cell(&w, r->wl[wl].bs);
				vlab_csv_cellf(&w, "%ld", r->wl[wl].numjobs);
				vlab_csv_cellf(&w, "%ld", r->qd[q]);
				vlab_csv_cell(&w, r->cfg[c].driver);
				vlab_csv_cell(&w, r->cfg[c].backend);
				vlab_csv_cellf(&w, "%zu", cell.n);
				csv_number(&w, cell.iops_med, "%.3f");
				csv_number(&w, cell.iops_min, "%.3f");
				csv_number(&w, cell.iops_max, "%.3f");
				csv_number(&w, cell.lat_med, "%.3f");
				vlab_csv_end_row(&w);
			}
		}
	}
	if (w.err) {
		ret = w.err;
		goto fail;
	}
	return vlab_atomic_commit(&a);
fail:
	vlab_atomic_abort(&a);
	return ret;
}

/* A gnuplot single-quoted string: only the quote itself needs doubling. */
static void gp_string(FILE *f, const char *s)
{
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputc('\'', f);
		fputc(*s == '\n' ? ' ' : *s, f);
	}
	fputc('\'', f);
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
	gp_string(f, s ? s : "?");
	free(s);
}

/* Does configuration c have any successful point in workload wl? */
static int series_has_data(const struct report *r, size_t wl, size_t c)
{
	struct rcell cell;
	size_t q;

	for (q = 0; q < r->nqd; q++)
		if (!report_cell(r, wl, r->qd[q], c, &cell) && cell.n)
			return 1;
	return 0;
}

static void write_panel(FILE *f, const struct report *r, size_t wl)
{
	const struct rworkload *w = &r->wl[wl];
	size_t c, nseries = 0;

	fprintf(f, "  set title ");
	gp_stringf(f, "%s, bs %s, numjobs %ld", w->rw, w->bs, w->numjobs);
	fprintf(f, "\n");
	for (c = 0; c < r->ncfg; c++) {
		/* gnuplot fails on a plot without a single valid point, so skip those */
		if (!series_has_data(r, wl, c))
			continue;
		fprintf(f, "%s    'chart.csv' skip 1 using 4:(series(", nseries++ ? ", \\\n" : "  plot \\\n");
		gp_string(f, w->rw);
		fputc(',', f);
		gp_string(f, w->bs);
		fprintf(f, ",%ld,", w->numjobs);
		gp_string(f, r->cfg[c].driver);
		fputc(',', f);
		gp_string(f, r->cfg[c].backend);
		/* the line type follows the configuration, the same in every panel */
		fprintf(f, ") ? $8 : NaN):9:10 linetype %zu title ", c + 1);
		gp_stringf(f, "%s/%s", r->cfg[c].driver, r->cfg[c].backend);
	}
	if (nseries) {
		fprintf(f, "\n");
		return;
	}
	/* still draw the panel, so the layout shows which workload has no data */
	fprintf(f, "  set label 2 'no successful points' at graph 0.5, graph 0.5 center\n"
		   "  plot [][0:1] NaN notitle\n"
		   "  unset label 2\n");
}

static int write_chart_gp(const struct report *r, const char *path)
{
	size_t cols = r->nwl > 1 ? 2 : 1, rows = (r->nwl + cols - 1) / cols, wl;
	struct vlab_atomic a;
	FILE *f;
	int ret;

	ret = vlab_atomic_open(&a, path);
	if (ret)
		return ret;
	f = a.f;
	fprintf(f,
		"# Written by vlab-report: IOPS against queue depth, drawn from chart.csv only.\n"
		"# Re-draw with: gnuplot chart.gp (vlab-report sets png_out and svg_out to\n"
		"# temporary names and renames the pictures when gnuplot succeeds).\n"
		"if (!exists('png_out')) png_out = 'chart.png'\n"
		"if (!exists('svg_out')) svg_out = 'chart.svg'\n"
		"width = %zu; height = %zu\n"
		"set datafile separator ','\n"
		"# rows of other series come out as NaN below; missing, they do not break lines\n"
		"set datafile missing NaN\n"
		"# a row of chart.csv belongs to the series of one workload and configuration\n"
		"series(rw, bs, nj, drv, be) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj \\\n"
		"    && strcol(5) eq drv && strcol(6) eq be\n"
		"set style data yerrorlines\n"
		"set logscale x 2\n"
		"# half an octave of room either side of the queue depths measured\n"
		"set xrange [%g:%g]\n"
		"set offsets 0, 0, graph 0.05, 0\n"
		"set yrange [0:*]\n"
		"set xlabel 'queue depth (fio iodepth)'\n"
		"set ylabel 'IOPS: median, bars min to max'\n"
		"set key top left\n"
		"set grid\n"
		"set bmargin 5 # room for the TCG note under the axis label\n",
		640 * cols, 440 * rows + 40, r->qd[0] / M_SQRT2, r->qd[r->nqd - 1] * M_SQRT2);
	fprintf(f, "do for [fmt in 'png svg'] {\n"
		"  if (fmt eq 'png') {\n"
		"    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
		"      set terminal pngcairo noenhanced size width, height\n"
		"    } else {\n"
		"      set terminal png noenhanced size width, height\n"
		"    }\n"
		"    set output png_out\n"
		"  } else {\n"
		"    set terminal svg noenhanced size width, height\n"
		"    set output svg_out\n"
		"  }\n");
	fprintf(f, "  set multiplot layout %zu,%zu title ", rows, cols);
	gp_stringf(f, "vduse-lab run %s, accelerator %s", r->name, r->accelerator);
	fprintf(f, "\n");
	/* absolute TCG figures measure the emulator; say so on the picture itself */
	if (report_is_tcg(r))
		fprintf(f, "  set label 1 'TCG: compare configurations only' at screen 0.01, screen 0.015 left textcolor rgb '#b00000'\n");
	for (wl = 0; wl < r->nwl; wl++) {
		write_panel(f, r, wl);
		if (!wl && report_is_tcg(r))
			fprintf(f, "  unset label 1\n"); /* once per picture, not per panel */
	}
	fprintf(f, "  unset multiplot\n  set output\n}\n");
	return vlab_atomic_commit(&a);
}

/* Run "gnuplot -e VARS chart.gp" inside the run folder. */
static int run_gnuplot(const char *run_dir, const char *vars)
{
	int status;
	pid_t pid;

	pid = fork();
	if (pid < 0)
		return -errno;
	if (!pid) {
		if (chdir(run_dir) < 0)
			_exit(126);
		execlp("gnuplot", "gnuplot", "-e", vars, "chart.gp", (char *)NULL);
		_exit(errno == ENOENT ? 127 : 126);
	}
	if (waitpid(pid, &status, 0) < 0)
		return -errno;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
		fprintf(stderr, "%s: gnuplot not found in PATH; chart.png and chart.svg not drawn\n",
			prog);
	else if (WIFEXITED(status))
		fprintf(stderr, "%s: gnuplot exited with status %d; chart.png and chart.svg not drawn\n",
			prog, WEXITSTATUS(status));
	else
		fprintf(stderr, "%s: gnuplot was killed by signal %d; chart.png and chart.svg not drawn\n",
			prog, WTERMSIG(status));
	return -ECHILD;
}

/* Draw the pictures to temporary names, then publish both or neither. */
static int draw(const struct report *r)
{
	char *png_tmp = NULL, *svg_tmp = NULL, *vars = NULL, *png = NULL, *svg = NULL;
	long pid = (long)getpid();
	int ret;

	if (asprintf(&png_tmp, "%s/chart.png.tmp.%ld", r->run_dir, pid) < 0 ||
	    asprintf(&svg_tmp, "%s/chart.svg.tmp.%ld", r->run_dir, pid) < 0 ||
	    asprintf(&png, "%s/chart.png", r->run_dir) < 0 ||
	    asprintf(&svg, "%s/chart.svg", r->run_dir) < 0 ||
	    asprintf(&vars, "png_out = 'chart.png.tmp.%ld'; svg_out = 'chart.svg.tmp.%ld'", pid,
		     pid) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	ret = run_gnuplot(r->run_dir, vars);
	if (!ret)
		ret = vlab_atomic_publish(png_tmp, png);
	if (!ret)
		ret = vlab_atomic_publish(svg_tmp, svg);
	if (ret && ret != -ECHILD)
		fprintf(stderr, "%s: publishing %s and %s: %s\n", prog, png, svg, strerror(-ret));
out:
	/* leftovers of a failed gnuplot; after publishing these are already gone */
	if (png_tmp)
		unlink(png_tmp);
	if (svg_tmp)
		unlink(svg_tmp);
	free(png_tmp);
	free(svg_tmp);
	free(png);
	free(svg);
	free(vars);
	return ret;
}

int report_chart(const struct report *r, int *drawn)
{
	char *csv_path = NULL, *gp_path = NULL;
	int ret;

	*drawn = 0;
	if (asprintf(&csv_path, "%s/chart.csv", r->run_dir) < 0 ||
	    asprintf(&gp_path, "%s/chart.gp", r->run_dir) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	ret = write_chart_csv(r, csv_path);
	if (ret) {
		fprintf(stderr, "%s: writing %s: %s\n", prog, csv_path, strerror(-ret));
		goto out;
	}
	ret = write_chart_gp(r, gp_path);
	if (ret) {
		fprintf(stderr, "%s: writing %s: %s\n", prog, gp_path, strerror(-ret));
		goto out;
	}
	/* a chart that cannot be drawn is reported, but does not stop REPORT.md */
	*drawn = !draw(r);
out:
	free(csv_path);
	free(gp_path);
	return ret;
}
