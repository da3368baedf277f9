// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the charts under charts/, each family one CSV of derived
 * figures, one gnuplot script that draws only from it, and a PNG and an SVG
 * per chart: latency percentiles against queue depth (lat), bandwidth
 * against block size (bw) and the ratio to the baseline with its interval
 * (ratio, from aggregate.csv). The stage breakdown (stages) is
 * report_stages.c's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "report_stats.h"
#include "report_gnuplot.h"
#include "report_reps.h"
#include "report_style.h"
#include "report_figs.h"
#include "report_knobs.h"
#include "report_latiops.h"
#include "report_stages.h"
#include "report_family.h"

static const char *const prog = "vlab-report";

/* ---- latency percentiles against queue depth, per rw/bs/numjobs ---- */

static int lat_charts(struct report *r, int *drawn)
{
	static const char *const cols[] = {
		"rw", "bs", "numjobs", "iodepth", "config", "n", "p50_us", "p99_us", "p999_us",
	};
	static const char *const pct[3] = { "p50", "p99", "p99.9" };
	struct family fa;
	struct rcell cell;
	size_t wl, q, c, k, nseries;
	int ret, has[3];
	char base[128], title[200], *sel;
	FILE *f;

	ret = family_open(&fa, r, "lat", cols, sizeof(cols) / sizeof(cols[0]));
	if (ret)
		goto fail;
	f = fa.gp.f;
	fprintf(f, "sel(rw, bs, nj, cfg) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj && strcol(5) eq cfg\n"
		   "set logscale x 2\nset logscale y 10\n"
		   "set xlabel 'queue depth (fio iodepth)'\n"
		   "set ylabel 'completion latency (us): median, a dot per repetition'\n");
	for (wl = 0; wl < r->nwl; wl++) {
		nseries = 0;
		for (q = 0; q < r->nqd; q++)
			for (c = 0; c < r->ncfg; c++) {
				ret = report_cell(r, wl, r->qd[q], c, &cell);
				if (ret)
					goto fail;
				if (!cell.planned)
					continue;
				vlab_csv_cell(&fa.w, r->wl[wl].rw);
				vlab_csv_cell(&fa.w, r->wl[wl].bs);
				vlab_csv_cellf(&fa.w, "%ld", r->wl[wl].numjobs);
				vlab_csv_cellf(&fa.w, "%ld", r->qd[q]);
				vlab_csv_cell(&fa.w, r->cfg[c].name);
				vlab_csv_cellf(&fa.w, "%zu", cell.n);
				family_num(&fa.w, cell.p50_med);
				family_num(&fa.w, cell.p99_med);
				family_num(&fa.w, cell.p999_med);
				vlab_csv_end_row(&fa.w);
				nseries += !isnan(cell.p50_med) || !isnan(cell.p99_med);
			}
		if (!nseries)
			continue; /* no percentiles (numjobs > 1): no chart */
		snprintf(base, sizeof(base), "lat-%s-%s-j%ld", r->wl[wl].rw, r->wl[wl].bs,
			 r->wl[wl].numjobs);
		snprintf(title, sizeof(title), "Latency p50 (solid), p99 (dashed), p99.9 (dotted): %s, bs %s, numjobs %ld",
			 r->wl[wl].rw, r->wl[wl].bs, r->wl[wl].numjobs);
		ret = chart_begin(&fa, base, title, 900, 480);
		if (ret)
			goto fail;
		report_gp_qd_axis(f, r, wl, "  ");
		nseries = 0;
		for (c = 0; c < r->ncfg; c++) {
			has[0] = has[1] = has[2] = 0;
			for (q = 0; q < r->nqd; q++) {
				if (report_cell(r, wl, r->qd[q], c, &cell))
					continue;
				has[0] |= !isnan(cell.p50_med);
				has[1] |= !isnan(cell.p99_med);
				has[2] |= !isnan(cell.p999_med);
			}
			sel = report_gp_repsel(r, wl, c);
			for (k = 0; k < 3; k++) {
				if (!has[k])
					continue; /* gnuplot refuses a series without a point */
				fprintf(f, "%s    'lat.csv' skip 1 using 4:(sel(", nseries++ ? ", \\\n" : "  plot \\\n");
				report_gp_string(f, r->wl[wl].rw);
				fputc(',', f);
				report_gp_string(f, r->wl[wl].bs);
				fprintf(f, ",%ld,", r->wl[wl].numjobs);
				report_gp_string(f, r->cfg[c].name);
				/* the dash tells the percentile; an unsafe one says so in its title */
				fprintf(f, ") ? $%zu : NaN) with linespoints linetype %zu dashtype %zu title ",
					7 + k, c + 1, k + 1);
				report_gp_cfg_title(f, r, c, pct[k]);
				ret = report_gp_dots(f, "reps.csv", sel, "$4*" REPORT_DOT_SHIFT,
						     REPS_COL_P50 + (int)k, c + 1);
				if (ret)
					break;
			}
			free(sel);
			if (ret)
				goto fail;
		}
		fprintf(f, "\n");
		chart_end(&fa);
	}
	return family_finish(&fa, drawn);
fail:
	family_free(&fa);
	return ret;
}

/* ---- bandwidth against block size, per rw/iodepth/numjobs ---- */

struct bwkey {
	const char *rw;
	long qd, nj;
};

/* Each repetition's bandwidth beside the median, at every block size of key. */
static int bw_dots(FILE *f, const struct report *r, const struct bwkey *key, size_t c)
{
	char *cond = NULL;
	size_t len;
	FILE *m = open_memstream(&cond, &len);
	int ret;

	if (!m)
		return -ENOMEM;
	fprintf(m, "strcol(%d) eq ", REPS_COL_RW);
	report_gp_string(m, key->rw);
	fprintf(m, " && column(%d) == %ld && column(%d) == %ld && strcol(%d) eq ", REPS_COL_IODEPTH,
		key->qd, REPS_COL_NUMJOBS, key->nj, REPS_COL_CONFIG);
	report_gp_string(m, r->cfg[c].name);
	if (fclose(m)) {
		free(cond);
		return -ENOMEM;
	}
	ret = report_gp_dots(f, "reps.csv", cond, "$7*" REPORT_DOT_SHIFT, REPS_COL_BW, c + 1);
	free(cond);
	return ret;
}

static int bw_charts(struct report *r, int *drawn)
{
	static const char *const cols[] = {
		"rw", "iodepth", "numjobs", "bs", "bs_bytes", "config", "n", "bw_kib_s_median",
		"bw_kib_s_min", "bw_kib_s_max",
	};
	struct bwkey *keys = calloc(r->npts + 1, sizeof(*keys));
	size_t nkeys = 0, i, k, wl, c, nbs, nseries;
	const struct rpoint *p;
	struct family fa = { 0 };
	struct rcell cell;
	char base[128], title[160];
	int ret, has;
	FILE *f;

	if (!keys)
		return -ENOMEM;
	for (p = r->pts; p < r->pts + r->npts; p++) {
		for (k = 0; k < nkeys; k++)
			if (!strcmp(keys[k].rw, p->rw) && keys[k].qd == p->iodepth && keys[k].nj == p->numjobs)
				break;
		if (k == nkeys)
			keys[nkeys++] = (struct bwkey){ p->rw, p->iodepth, p->numjobs };
	}
	ret = family_open(&fa, r, "bw", cols, sizeof(cols) / sizeof(cols[0]));
	if (ret)
		goto fail;
	f = fa.gp.f;
	fprintf(f, "sel(rw, qd, nj, cfg) = strcol(1) eq rw && column(2) == qd && column(3) == nj && strcol(6) eq cfg\n"
		   "set logscale x 2\nset format x '%%.0b%%B'\nset yrange [0:*]\nset format y '%%.1s%%c'\n"
		   /* room beyond the end block sizes, or their bars are cut in half */
		   "set offsets graph 0.06, graph 0.06, graph 0.05, 0\n"
		   "set xlabel 'block size (ki = 1024 bytes, Mi = 1024 ki)'\n"
		   "set ylabel 'bandwidth (KiB/s): median, bars min to max, a dot per repetition'\n");
	for (k = 0; k < nkeys; k++) {
		/* the workloads (rw, bs, numjobs) of this key with points at its queue depth */
		nbs = 0;
		for (wl = 0; wl < r->nwl; wl++)
			nbs += !strcmp(r->wl[wl].rw, keys[k].rw) && r->wl[wl].numjobs == keys[k].nj &&
			       report_has_qd(r, wl, keys[k].qd);
		if (nbs < 2)
			continue; /* one block size is a point, not a curve */
		for (wl = 0; wl < r->nwl; wl++) {
			if (strcmp(r->wl[wl].rw, keys[k].rw) || r->wl[wl].numjobs != keys[k].nj ||
			    !report_has_qd(r, wl, keys[k].qd))
				continue;
			for (c = 0; c < r->ncfg; c++) {
				ret = report_cell(r, wl, keys[k].qd, c, &cell);
				if (ret)
					goto fail;
				if (!cell.planned)
					continue;
				for (i = 0; i < r->npts && r->pts[i].workload != wl; i++)
					;
				vlab_csv_cell(&fa.w, keys[k].rw);
				vlab_csv_cellf(&fa.w, "%ld", keys[k].qd);
				vlab_csv_cellf(&fa.w, "%ld", keys[k].nj);
				vlab_csv_cell(&fa.w, r->wl[wl].bs);
				vlab_csv_cellf(&fa.w, "%llu", (unsigned long long)r->pts[i].bs_bytes);
				vlab_csv_cell(&fa.w, r->cfg[c].name);
				vlab_csv_cellf(&fa.w, "%zu", cell.n);
				family_num(&fa.w, cell.bw_med);
				family_num(&fa.w, cell.bw_min);
				family_num(&fa.w, cell.bw_max);
				vlab_csv_end_row(&fa.w);
			}
		}
		snprintf(base, sizeof(base), "bw-%s-qd%ld-j%ld", keys[k].rw, keys[k].qd, keys[k].nj);
		snprintf(title, sizeof(title), "Bandwidth against block size: %s, iodepth %ld, numjobs %ld",
			 keys[k].rw, keys[k].qd, keys[k].nj);
		ret = chart_begin(&fa, base, title, 900, 480);
		if (ret)
			goto fail;
		nseries = 0;
		for (c = 0; c < r->ncfg; c++) {
			has = 0;
			for (wl = 0; wl < r->nwl; wl++)
				if (!strcmp(r->wl[wl].rw, keys[k].rw) && r->wl[wl].numjobs == keys[k].nj &&
				    !report_cell(r, wl, keys[k].qd, c, &cell))
					has |= !isnan(cell.bw_med);
			if (!has)
				continue;
			fprintf(f, "%s    'bw.csv' skip 1 using 5:(sel(", nseries++ ? ", \\\n" : "  plot \\\n");
			report_gp_string(f, keys[k].rw);
			fprintf(f, ",%ld,%ld,", keys[k].qd, keys[k].nj);
			report_gp_string(f, r->cfg[c].name);
			fprintf(f, ") ? $8 : NaN):9:10 with yerrorlines linetype %zu%s title ", c + 1,
				report_gp_cfg_dash(r, c));
			report_gp_cfg_title(f, r, c, NULL);
			ret = bw_dots(f, r, &keys[k], c);
			if (ret)
				goto fail;
		}
		if (!nseries)
			fprintf(f, "  set label 2 'no successful points' at graph 0.5, graph 0.5 center\n"
				   "  plot [1:2][0:1] NaN notitle\n  unset label 2");
		fprintf(f, "\n");
		chart_end(&fa);
	}
	free(keys);
	return family_finish(&fa, drawn);
fail:
	free(keys);
	family_free(&fa);
	return ret;
}

/* ---- ratio to the baseline with the aggregate's interval ---- */

/* Column indices of aggregate.csv. */
struct aggcols {
	int cfg, rw, bs, qd, nj, metric, ratio, lo, hi;
	const char *against;	/* "ratio to stock on the same backend", for titles */
	const char *prefix;	/* chart base: "ratio" or "backend-ratio" */
};

/* The rows and the chart of one metric; nothing when it has no ratio. */
static int ratio_metric(struct family *fa, struct report *r, const struct aggcols *k,
			const char *metric, const char *what)
{
	char **labels = calloc(r->agg.nrows + 1, sizeof(*labels)), label[256], base[64], **row;
	char rw[64];
	size_t i, j, nlabels = 0, c, nser = 0, *rank = calloc(r->ncfg + 1, sizeof(*rank));
	int ret = 0, width, *used = calloc(r->ncfg + 1, sizeof(*used));
	FILE *f = fa->gp.f;

	if (!labels || !used || !rank) {
		ret = -ENOMEM;
		goto out;
	}
	/* which configurations have a ratio anywhere: they share the width of an x slot */
	for (i = 0; i < r->agg.nrows; i++) {
		row = r->agg.rows[i];
		c = report_find_config(r, row[k->cfg]);
		if (!strcmp(row[k->metric], metric) && *row[k->ratio] && c != REPORT_NONE)
			used[c] = 1;
	}
	for (c = 0; c < r->ncfg; c++)
		if (used[c])
			rank[c] = nser++;
	for (i = 0; i < r->agg.nrows; i++) {
		row = r->agg.rows[i];
		c = report_find_config(r, row[k->cfg]);
		if (strcmp(row[k->metric], metric) || !*row[k->ratio] || c == REPORT_NONE)
			continue;
		snprintf(label, sizeof(label), "%s %s qd%s j%s",
			 report_agg_rw(r, row, rw, sizeof(rw)), row[k->bs], row[k->qd], row[k->nj]);
		for (j = 0; j < nlabels && strcmp(labels[j], label); j++)
			;
		if (j == nlabels && !(labels[nlabels++] = strdup(label))) {
			ret = -ENOMEM;
			goto out;
		}
		vlab_csv_cell(&fa->w, metric);
		/* configurations side by side within a point's slot */
		vlab_csv_cellf(&fa->w, "%.3f", (double)j + (nser > 1 ? 0.5 * rank[c] / (nser - 1) - 0.25 : 0));
		vlab_csv_cell(&fa->w, label);
		vlab_csv_cell(&fa->w, row[k->cfg]);
		vlab_csv_cell(&fa->w, row[k->ratio]);
		vlab_csv_cell(&fa->w, *row[k->lo] ? row[k->lo] : "NaN");
		vlab_csv_cell(&fa->w, *row[k->hi] ? row[k->hi] : "NaN");
		vlab_csv_end_row(&fa->w);
	}
	if (!nlabels)
		goto out;
	snprintf(label, sizeof(label), "%s: %s (%s)", what, k->against, r->agg_bootstrap ?
		 "median, bootstrap interval of an older vlab-summarize" :
		 "geometric mean of paired ratios, 95% t interval");
	snprintf(base, sizeof(base), "%s-%s", k->prefix, metric);
	/*
	 * wide enough for the slots and for the title, which is centred over
	 * the plot beside the key: about 7.5 pixels a character and the margins
	 */
	width = 300 + 70 * (int)(nlabels < 10 ? 10 : nlabels);
	if (width < 8 * (int)strlen(label) + 200)
		width = 8 * (int)strlen(label) + 200;
	ret = chart_begin(fa, base, label, width, 520);
	if (ret)
		goto out;
	fprintf(f, "  set xrange [-0.6:%zu.6]\n  set xtics rotate by -30 (", nlabels - 1);
	for (j = 0; j < nlabels; j++) {
		fprintf(f, "%s", j ? ", " : "");
		report_gp_string(f, labels[j]);
		fprintf(f, " %zu", j);
	}
	fprintf(f, ")\n  set ylabel 'ratio to the baseline (1 = same)'\n"
		   "  set yrange [*<0.95:1.05<*] # 1 always in sight\n"
		   "  set bmargin 8\n");
	nser = 0;
	for (c = 0; c < r->ncfg; c++) {
		if (!used[c])
			continue;
		fprintf(f, "%s    '%s.csv' skip 1 using (strcol(1) eq '%s' && strcol(4) eq ",
			nser++ ? ", \\\n" : "  plot \\\n", fa->name, metric);
		report_gp_string(f, r->cfg[c].name);
		/* one pair has no interval: its point without a bar, not a bar to -inf */
		/* an unsafe configuration's point is hollow, as well as titled so */
		fprintf(f, " ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars "
			   "linetype %zu pointtype %d title ", c + 1, r->cfg[c].unsafe ? 6 : 7);
		report_gp_cfg_title(f, r, c, NULL);
	}
	fprintf(f, ", \\\n    1 with lines dashtype 2 linecolor rgb '#808080' notitle\n");
	chart_end(fa);
out:
	for (j = 0; labels && j < nlabels; j++)
		free(labels[j]);
	free(labels);
	free(used);
	free(rank);
	return ret;
}

/*
 * IOPS, p99 latency and CPU per I/O (the processes', then the whole
 * guest's): throughput, tail and cost; against the
 * baseline driver (family "ratio") or the baseline backend ("backend-ratio").
 */
static int ratio_charts(struct report *r, int *drawn, int backend)
{
	static const char *const cols[] = {
		"metric", "x", "point", "config", "ratio", "ratio_lo", "ratio_hi",
	};
	/* throughput, tail, cost; the guest's shows what neither process is charged for */
	static const enum vlab_metric metrics[] = {
		VLAB_M_IOPS, VLAB_M_LAT_P99, VLAB_M_CPU, VLAB_M_CPU_GUEST,
	};
	const char *pre = backend ? "backend_" : "";
	char c1[32], c2[32], c3[32], against[96];
	struct aggcols k;
	struct family fa;
	size_t m;
	int ret;

	snprintf(c1, sizeof(c1), "%sratio", pre);
	snprintf(c2, sizeof(c2), "%sratio_lo", pre);
	snprintf(c3, sizeof(c3), "%sratio_hi", pre);
	if (backend)
		snprintf(against, sizeof(against), "ratio to the baseline backend, same driver");
	else
		snprintf(against, sizeof(against), "ratio to %s%s", r->baseline_cfg,
			 report_baseline_on(r) ? "" : " on the same backend");
	k = (struct aggcols){
		report_agg_col(r, "config"), report_agg_col(r, "rw"), report_agg_col(r, "bs"),
		report_agg_col(r, "iodepth"), report_agg_col(r, "numjobs"),
		report_agg_col(r, "metric"), report_agg_col(r, c1),
		report_agg_col(r, c2), report_agg_col(r, c3),
		against, backend ? "backend-ratio" : "ratio",
	};

	if (k.cfg < 0 || k.rw < 0 || k.bs < 0 || k.qd < 0 || k.nj < 0 || k.metric < 0 ||
	    k.ratio < 0 || k.lo < 0 || k.hi < 0)
		return 0; /* no aggregate: nothing to draw */
	if (backend && !r->have_bratio)
		return 0; /* no baseline_backend in this sweep */
	ret = family_open(&fa, r, k.prefix, cols, sizeof(cols) / sizeof(cols[0]));
	for (m = 0; !ret && m < sizeof(metrics) / sizeof(metrics[0]); m++)
		ret = ratio_metric(&fa, r, &k, vlab_metrics[metrics[m]].name,
				   vlab_metrics[metrics[m]].label);
	if (ret) {
		family_free(&fa);
		return ret;
	}
	return family_finish(&fa, drawn);
}

int report_figures(struct report *r, int *all_drawn)
{
	int ret;

	*all_drawn = 1;
	ret = lat_charts(r, all_drawn);
	if (!ret)
		ret = report_latiops(r, all_drawn);
	if (!ret)
		ret = report_knobs(r, all_drawn);
	if (!ret)
		ret = bw_charts(r, all_drawn);
	if (!ret)
		ret = ratio_charts(r, all_drawn, 0);
	if (!ret)
		ret = ratio_charts(r, all_drawn, 1);
	if (!ret)
		ret = report_stages(r, all_drawn);
	if (ret)
		fprintf(stderr, "%s: writing the charts of %s/charts: %s\n", prog, r->run_dir,
			strerror(-ret));
	return ret;
}
