// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the sweep's headlines, first in the report. For each
 * [headline] of the plan, the cells it selects from aggregate.csv with
 * their ratio, interval and verdict against the goal (lib/headline.c, the
 * same evaluation results/README.md prints), as a table and as a chart
 * (charts/headline-NAME.*): a ratio per cell with its interval, the line
 * of no difference, the goal's line, and each cell coloured met, missed or
 * undecided.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "headline.h"
#include "report_stats.h"
#include "report_gnuplot.h"
#include "report_headline.h"
#include "report_doc.h"
#include "report_family.h"

/* point colours by verdict: none (no goal), met, missed, undecided */
static const char *const verdict_rgb[] = { "#0072B2", "#009E73", "#D55E00", "#999999" };

static const char *agg_cell(const struct report *r, size_t row, const char *col)
{
	int k = report_agg_col(r, col);

	return k >= 0 ? r->agg.rows[row][k] : "";
}

/* The mode of a cell as the report names it: "randrw-read70" (lib/axes.h). */
static const char *cell_rw(const struct report *r, size_t row, char *buf, size_t len)
{
	return report_agg_rw(r, r->agg.rows[row], buf, len);
}

/* "randread 4k QD 1 j1": a cell's workload point, beside its configuration */
static void cell_label(const struct report *r, size_t row, char *buf, size_t len)
{
	char rw[64];

	snprintf(buf, len, "%s %s QD %s j%s", cell_rw(r, row, rw, sizeof(rw)),
		 agg_cell(r, row, "bs"), agg_cell(r, row, "iodepth"), agg_cell(r, row, "numjobs"));
}

static int headline_at(const struct report *r, size_t i, struct vlab_headline *h)
{
	char *err = NULL;
	int ret = vlab_headline_from_json(json_object_array_get_idx(r->headlines, i), h, &err);

	if (ret)
		fprintf(stderr, "vlab-report: %s/plan/plan.json: %s\n", r->run_dir,
			err ? err : strerror(-ret));
	free(err);
	return ret;
}

static size_t nheadlines(const struct report *r)
{
	return r->headlines && r->have_agg ? json_object_array_length(r->headlines) : 0;
}

/* "lat_mean_us of each backend against its baseline backend, iodepth=1" */
static void describe(const struct report *r, const struct vlab_headline *h, char *buf,
		     size_t len)
{
	size_t n, i;

	n = (size_t)snprintf(buf, len, "%s of each %s", h->metric,
			     h->of == VLAB_HL_DRIVER ? "driver against the baseline " :
						       "backend against its baseline backend");
	if (h->of == VLAB_HL_DRIVER && n < len)
		n += (size_t)snprintf(buf + n, len - n, "%s%s",
				      report_baseline_on(r) ? "configuration " : "driver ", r->baseline_cfg);
	for (i = 0; i < h->nwhere && n < len; i++)
		n += (size_t)snprintf(buf + n, len - n, "%s%s=%s", i ? " " : ", ",
				      h->where_key[i], h->where_val[i]);
}

/* A vertical line at ratio x, with its key entry (a NaN series carries it). */
static void gp_vline(FILE *f, int n, double x, const char *rgb, int dash, const char *title)
{
	fprintf(f, "  set arrow %d from %.6g, graph 0 to %.6g, graph 1 nohead linecolor rgb '%s' "
		   "dashtype %d linewidth %d\n", n, x, x, rgb, dash, dash > 1 ? 2 : 1);
	if (title) {
		fprintf(f, "  keyline%d = ", n);
		report_gp_string(f, title);
		fprintf(f, "\n");
	}
}

/* the script's test for this headline's rows of headline.csv */
static void gp_sel(FILE *f, const struct vlab_headline *h)
{
	fprintf(f, "(strcol(1) eq ");
	report_gp_string(f, h->name);
	fputc(')', f);
}

/*
 * One row per cell, top to bottom, the ratio on a log axis with its
 * interval: labels of any length stay readable, however many cells.
 */
static int headline_chart(struct family *fa, const struct vlab_headline *h,
			  const struct vlab_hl_cell *cells, size_t n, size_t first_row)
{
	struct report *r = fa->r;
	char base[96], title[160], goal[32], label[200];
	FILE *f = fa->gp.f;
	size_t i, c;
	int ret, v;

	for (i = 0; i < n; i++) {
		cell_label(r, cells[i].row, label, sizeof(label));
		vlab_csv_cell(&fa->w, h->name);
		vlab_csv_cellf(&fa->w, "%zu", i + 1);
		c = report_find_config(r, agg_cell(r, cells[i].row, "config"));
		/* research-only configurations are marked on every chart */
		vlab_csv_cellf(&fa->w, "%s%s", agg_cell(r, cells[i].row, "config"),
			       c != REPORT_NONE && r->cfg[c].unsafe ? " (unsafe)" : "");
		vlab_csv_cell(&fa->w, label);
		family_num(&fa->w, cells[i].ratio);
		family_num(&fa->w, cells[i].lo);
		family_num(&fa->w, cells[i].hi);
		vlab_csv_cellf(&fa->w, "%d", (int)cells[i].verdict);
		vlab_csv_end_row(&fa->w);
	}
	snprintf(base, sizeof(base), "headline-%s", h->name);
	snprintf(title, sizeof(title), "Headline %s: %s ratio to the baseline %s", h->name,
		 h->metric, h->of == VLAB_HL_BACKEND ? "backend" :
		 report_baseline_on(r) ? "configuration" : "driver");
	ret = chart_begin(fa, base, title, 1000, 150 + 22 * (int)(n < 8 ? 8 : n));
	if (ret)
		return ret;
	fprintf(f, "  set yrange [%zu.6:0.4]\n  set ytics font ',9'\n  set xtics auto\n"
		   "  set logscale x\n  set offsets graph 0.05, graph 0.05, 0, 0\n"
		   "  set xlabel 'ratio (log scale): geometric mean of paired ratios, 95%% t interval'\n"
		   "  set ylabel ''\n  set lmargin 34\n  unset arrow\n"
		   "  set key outside top center horizontal\n",
		n);
	gp_vline(f, 1, 1, "#404040", 1, "no difference");
	if (h->goal_op != VLAB_GOAL_NONE) {
		vlab_goal_format(h->goal_op, h->goal, goal, sizeof(goal));
		snprintf(label, sizeof(label), "goal %s", goal);
		gp_vline(f, 2, h->goal_op == VLAB_GOAL_WITHIN ? 1 + h->goal : h->goal, "#CC79A7", 2,
			 label);
		if (h->goal_op == VLAB_GOAL_WITHIN)
			gp_vline(f, 3, 1 - h->goal, "#CC79A7", 2, NULL);
	}
	/*
	 * The labels, from this headline's own rows of the CSV (every), drawn
	 * by an invisible series: a label at another row's NaN would upset
	 * gnuplot's tic list.
	 */
	fprintf(f, "  plot 'headline.csv' skip 1 every ::%zu::%zu using 5:2:yticlabels(strcol(3).'  '.strcol(4)) "
		   "with points pointtype -1 notitle, \\\n", first_row, first_row + n - 1);
	fprintf(f, "    NaN with lines linecolor rgb '#404040' title keyline1");
	if (h->goal_op != VLAB_GOAL_NONE)
		fprintf(f, ", \\\n    NaN with lines linecolor rgb '#CC79A7' dashtype 2 linewidth 2 title keyline2");
	for (v = VLAB_V_NONE; v <= VLAB_V_UNDECIDED; v++) {
		for (i = 0; i < n && (int)cells[i].verdict != v; i++)
			;
		if (i == n)
			continue; /* gnuplot refuses a series without a point */
		fprintf(f, ", \\\n    'headline.csv' skip 1 using (");
		gp_sel(f, h);
		fprintf(f, " && column(8) == %d ? $5 : NaN):2:6:7 with xerrorbars pointtype 7 "
			   "pointsize 1.2 linecolor rgb '%s' title '%s'", v, verdict_rgb[v],
			v == VLAB_V_NONE ? "ratio" : vlab_verdict_name(v));
	}
	fprintf(f, "\n");
	chart_end(fa);
	return 0;
}

int report_headlines(struct report *r, int *drawn)
{
	static const char *const cols[] = {
		"headline", "cell", "config", "workload", "ratio", "ratio_lo", "ratio_hi", "verdict",
	};
	struct vlab_headline h;
	struct vlab_hl_cell *cells;
	struct family fa;
	char *err = NULL;
	size_t i, n, count = nheadlines(r), charts = 0, rows = 0;
	int ret;

	*drawn = 1;
	if (!count)
		return 0;
	ret = family_open(&fa, r, "headline", cols, sizeof(cols) / sizeof(cols[0]));
	if (ret)
		return ret;
	fa.section = RSECTION_HEADLINE;
	for (i = 0; i < count && !ret; i++) {
		ret = headline_at(r, i, &h);
		if (!ret)
			ret = vlab_headline_cells(&h, &r->agg, &cells, &n, &err);
		if (ret == -EBADMSG && err)
			fprintf(stderr, "vlab-report: %s/aggregate.csv: %s\n", r->run_dir, err);
		free(err);
		err = NULL;
		if (!ret && n) {
			ret = headline_chart(&fa, &h, cells, n, rows);
			rows += n;
			charts++;
		}
		if (!ret)
			free(cells);
	}
	if (ret || !charts) {
		family_free(&fa);
		return ret;
	}
	return family_finish(&fa, drawn);
}

/* The headline sections of REPORT.md: each table, then its chart. */
void report_write_headlines(struct doc *d, const struct report *r)
{
	static const char *const heads[] = { "Configuration", "Workload", "Ratio [95%]", "Goal" };
	char desc[200], goal[32], base[96], wl[96], rw[64], *cells[4];
	struct vlab_hl_cell *hc;
	struct vlab_headline h;
	size_t i, j, k, c, n, count[4];
	char *err = NULL;

	for (i = 0; i < nheadlines(r); i++) {
		if (headline_at(r, i, &h) || vlab_headline_cells(&h, &r->agg, &hc, &n, &err)) {
			free(err);
			err = NULL;
			continue;
		}
		describe(r, &h, desc, sizeof(desc));
		vlab_goal_format(h.goal_op, h.goal, goal, sizeof(goal));
		doc_heading(d, 2, "Headline: %s", h.name);
		memset(count, 0, sizeof(count));
		for (j = 0; j < n; j++)
			count[hc[j].verdict]++;
		if (h.goal_op == VLAB_GOAL_NONE)
			doc_para(d, 0, "%s: %zu cell%s. Each ratio is the geometric mean of the paired "
				       "per-repetition ratios with a 95%% t interval on their logarithms.",
				 desc, n, n == 1 ? "" : "s");
		else
			doc_para(d, 0, "%s: %zu cell%s; goal %s: %zu met, %zu missed, %zu undecided. "
				       "A cell meets the goal when its whole 95%% t interval does, "
				       "misses it when none of the interval does, and is undecided "
				       "otherwise: the point estimate alone decides nothing.",
				 desc, n, n == 1 ? "" : "s", goal, count[VLAB_V_MET], count[VLAB_V_MISSED],
				 count[VLAB_V_UNDECIDED]);
		if (!n) {
			doc_para(d, 0, "No cell of aggregate.csv has this ratio.");
			continue;
		}
		doc_table_begin(d, heads, h.goal_op == VLAB_GOAL_NONE ? 3 : 4, "llrl");
		for (j = 0; j < n; j++) {
			snprintf(wl, sizeof(wl), "%s %s QD %s, %s job(s)",
				 cell_rw(r, hc[j].row, rw, sizeof(rw)), agg_cell(r, hc[j].row, "bs"),
				 agg_cell(r, hc[j].row, "iodepth"), agg_cell(r, hc[j].row, "numjobs"));
			c = report_find_config(r, agg_cell(r, hc[j].row, "config"));
			cells[0] = c != REPORT_NONE ? report_config_label(&r->cfg[c]) :
						      strdup(agg_cell(r, hc[j].row, "config"));
			cells[1] = wl;
			if (isnan(hc[j].lo) || isnan(hc[j].hi)) {
				if (asprintf(&cells[2], "%.3f [no interval]", hc[j].ratio) < 0)
					cells[2] = NULL;
			} else if (asprintf(&cells[2], "%.3f [%.3f, %.3f]", hc[j].ratio, hc[j].lo,
					    hc[j].hi) < 0) {
				cells[2] = NULL;
			}
			cells[3] = (char *)vlab_verdict_name(hc[j].verdict);
			doc_table_row(d, cells, h.goal_op == VLAB_GOAL_NONE ? 3 : 4);
			free(cells[0]);
			free(cells[2]);
		}
		doc_table_end(d);
		free(hc);
		snprintf(base, sizeof(base), "charts/headline-%s", h.name);
		for (k = 0; k < r->ncharts; k++)
			if (r->charts[k].section == RSECTION_HEADLINE &&
			    !strcmp(r->charts[k].base, base))
				break;
		if (k < r->ncharts)
			doc_chart(d, r->charts[k].title, r->charts[k].base);
	}
}
