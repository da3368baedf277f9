// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: what REPORT.md and report.html say. Figures in the tables
 * come from aggregate.csv (medians and ratios with their intervals), so the
 * report never computes a number the aggregate does not hold; "-" marks a
 * cell without data. The stage breakdown, which the aggregate does not
 * cover, prints the rows of charts/stages.csv (report_stages.c).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "interval.h"
#include "report_stats.h"
#include "report_headline.h"
#include "report_probe.h"
#include "report_stages.h"
#include "report_body.h"
#include "report_shards.h"
#include "report_caveat.h"
#include "report_doc.h"
#include "report_tcost.h"
#include "report_mem.h"
#include "report_measure.h"

static const char *const prog = "vlab-report";

/* A cell of an aggregate row as a number; NAN when empty. */
static double agg_num(const struct report *r, char **row, const char *col)
{
	int c = report_agg_col(r, col);

	return row && c >= 0 && *row[c] ? strtod(row[c], NULL) : NAN;
}

/*
 * "3325 [3310, 3340]", and where the interval falls short of 95%, its real
 * level: "3325 [3310, 3340] (range of 3, 75%)". Short of 95% the interval
 * is always the whole range (k = 1): the order-statistic rule settles for
 * less only when even the range cannot reach the level.
 */
static char *fmt_median(const struct report *r, char **row, const char *fmt, int interval)
{
	double m = agg_num(r, row, "median"), lo = agg_num(r, row, "ci_lo");
	double hi = agg_num(r, row, "ci_hi"), level = agg_num(r, row, "ci_level");
	struct vlab_median_ci ci = { .k = 1, .level = level };
	char *s = NULL, *f = NULL, note[64] = "";

	if (isnan(m))
		return NULL;
	if (!interval || isnan(lo)) {
		if (asprintf(&s, fmt, m) < 0)
			s = NULL;
		return s;
	}
	if (level < VLAB_INTERVAL_LEVEL) {
		ci.n = (size_t)agg_num(r, row, "n");
		strcpy(note, " (");
		vlab_median_ci_text(&ci, note + 2, sizeof(note) - 3);
		strcat(note, ")");
	}
	if (asprintf(&f, "%s [%s, %s]%%s", fmt, fmt, fmt) < 0 || asprintf(&s, f, m, lo, hi, note) < 0)
		s = NULL;
	free(f);
	return s;
}

/* pre: "" for the ratio to the baseline driver, "backend_" to the baseline backend */
static char *fmt_ratio(const struct report *r, char **row, const char *pre)
{
	const char *sig;
	char c[3][32];
	double v, lo, hi;
	char *s;

	snprintf(c[0], sizeof(c[0]), "%sratio", pre);
	snprintf(c[1], sizeof(c[1]), "%sratio_lo", pre);
	snprintf(c[2], sizeof(c[2]), "%sratio_hi", pre);
	v = agg_num(r, row, c[0]);
	lo = agg_num(r, row, c[1]);
	hi = agg_num(r, row, c[2]);

	if (isnan(v))
		return NULL;
	/* a ratio without interval rests on one pair: the t interval needs two */
	snprintf(c[0], sizeof(c[0]), "%sratio_sig", pre);
	sig = agg_num(r, row, c[0]) == 1.0 ? " *" : "";
	if (isnan(lo) ? asprintf(&s, "%.3f (1 pair: no interval)", v) < 0 :
			asprintf(&s, "%.3f [%.3f, %.3f]%s", v, lo, hi, sig) < 0)
		return NULL;
	return s;
}

/*
 * The A/A control's table: what two identical configurations differ by in
 * this run, per workload point, before any other ratio is read.
 */
static void write_noise_floor(struct doc *d, const struct report *r)
{
	static const char *const heads[] = {
		"Workload", "QD", "Backend", "A/A IOPS ratio [95%]", "Noise floor",
		"Largest CV of a configuration",
	};
	char *cells[6], wl[96], qd[24], cfg[128], floor_s[24], cv_s[24], **row;
	double worst = NAN, v, cv;
	size_t w, q, c, b;

	if (!r->control) {
		doc_para(d, 0, "This sweep has no A/A control (`control` in [sweep]), so its noise "
			       "floor was not measured: a ratio is marked * when its interval excludes "
			       "1, which says nothing of how far two identical configurations drift.");
		return;
	}
	doc_heading(d, 2, "Noise floor: the A/A control");
	doc_para(d, 0, "Driver %s repeats the baseline driver %s exactly. Its ratio to the "
		       "baseline is what this run reads as a difference where there is none; the "
		       "noise floor is how far from 1 that ratio's interval reaches. Any other "
		       "ratio is marked * only when its whole interval lies outside the floor at "
		       "its point: unmarked ratios are not distinguishable from the A/A noise. "
		       "Both intervals are 95%%, so the test is strict: with few repetitions it "
		       "can miss an effect of a few times the floor.",
		 r->control, r->baseline);
	doc_table_begin(d, heads, 6, "lrlrrr");
	for (w = 0; w < r->nwl; w++)
		for (q = 0; q < r->nqd; q++)
			for (b = 0; b < r->ncfg; b++) {
				if (strcmp(r->cfg[b].driver, r->control) || !report_has_qd(r, w, r->qd[q]))
					continue;
				row = report_agg_row(r, r->cfg[b].name, r->wl[w].rw, r->wl[w].bs,
						     r->qd[q], r->wl[w].numjobs, "iops");
				if (!row)
					continue;
				cv = NAN;
				for (c = 0; c < r->ncfg; c++) {
					if (strcmp(r->cfg[c].backend, r->cfg[b].backend))
						continue;
					v = agg_num(r, report_agg_row(r, r->cfg[c].name, r->wl[w].rw,
								      r->wl[w].bs, r->qd[q],
								      r->wl[w].numjobs, "iops"), "cv");
					if (!isnan(v) && (isnan(cv) || v > cv))
						cv = v;
				}
				v = agg_num(r, row, "noise_floor");
				if (!isnan(v) && (isnan(worst) || v > worst))
					worst = v;
				snprintf(wl, sizeof(wl), "%s %s, %ld job(s)", r->wl[w].rw, r->wl[w].bs,
					 r->wl[w].numjobs);
				snprintf(qd, sizeof(qd), "%ld", r->qd[q]);
				snprintf(cfg, sizeof(cfg), "%s", r->cfg[b].backend);
				snprintf(floor_s, sizeof(floor_s), isnan(v) ? "-" : "%.2f%%", v * 100);
				snprintf(cv_s, sizeof(cv_s), isnan(cv) ? "-" : "%.2f%%", cv * 100);
				cells[0] = wl, cells[1] = qd, cells[2] = cfg;
				cells[3] = fmt_ratio(r, row, "");
				cells[4] = floor_s, cells[5] = cv_s;
				doc_table_row(d, cells, 6);
				free(cells[3]);
			}
	doc_table_end(d);
	if (!isnan(worst))
		doc_para(d, 0, "Across this run, the A/A intervals reach at most %.2f%% from 1.",
			 worst * 100);
}

static void write_header(struct doc *d, const struct report *r)
{
	static const char *const heads[] = { "Field", "Value" };
	size_t i, nok = 0, nmissing = 0;
	char *rows[11][2] = { { 0 } }, pts[96], boots[256];
	const char *median_how, *ratio_how;

	for (i = 0; i < r->npts; i++) {
		nok += r->pts[i].ok;
		nmissing += !strcmp(r->pts[i].status, "missing");
	}
	snprintf(pts, sizeof(pts), "%zu: %zu ok, %zu failed, %zu missing", r->npts, nok,
		 r->npts - nok - nmissing, nmissing);
	doc_table_begin(d, heads, 2, "ll");
	rows[0][0] = "Run", rows[0][1] = r->name;
	rows[1][0] = "Sweep", rows[1][1] = r->sweep;
	rows[2][0] = "Date (UTC)", rows[2][1] = r->created_utc;
	rows[3][0] = "Accelerator", rows[3][1] = r->accelerator;
	rows[4][0] = "Clock", rows[4][1] = r->clock_label;
	rows[5][0] = "Guest kernel", rows[5][1] = r->guest_kernel;
	rows[6][0] = "Points", rows[6][1] = pts;
	rows[7][0] = "Plan seed", rows[7][1] = r->plan_seed;
	rows[8][0] = report_baseline_on(r) ? "Baseline configuration" : "Baseline driver";
	rows[8][1] = (char *)r->baseline_cfg;
	rows[9][0] = "Boots", rows[9][1] = boots;
	report_boots_text(r, boots, sizeof(boots));
	rows[10][0] = "Question", rows[10][1] = r->question;
	for (i = 0; i < (r->question ? 11 : 10); i++)
		doc_table_row(d, rows[i], 2);
	doc_table_end(d);
	if (r->perf_unequal)
		doc_para(d, 1, "%s", report_perf_caveat());
	/* what the sweep asked, answered first */
	report_write_headlines(d, r);
	report_write_unsafe(d, r);
	report_write_clock(d, r);
	report_write_shards(d, r);
	if (r->agg_bootstrap) {
		median_how = "with the interval of an older vlab-summarize (a percentile bootstrap: "
			     "with 3 to 5 repetitions that is their whole range, which holds the "
			     "median only 75% (n=3) to 94% (n=5) of the time, not the 95% it was "
			     "labelled; run vlab-summarize again for intervals with their real level)";
		ratio_how = "the median of per-repetition ratios (rep r of both ran in the same "
			    "block) with the same kind of interval";
	} else {
		median_how = "with a distribution-free interval for the median: from the k-th "
			     "smallest to the k-th largest repetition, k the largest for which it "
			     "holds the true median with at least 95% confidence whatever the "
			     "distribution. Fewer than 6 repetitions cannot reach 95% even with "
			     "their whole range: the cell then gives the level they do reach, as "
			     "in \"(range of 3, 75%)\" or \"(range of 5, 94%)\"; one repetition "
			     "has no interval. Then";
		ratio_how = "the geometric mean of per-repetition ratios (rep r of both ran in the "
			    "same block) with a 95% t interval on their logarithms, exact when "
			    "the log-ratios are normal; none from a single pair";
	}
	doc_para(d, 0, "Each row gives, over the repetitions that succeeded (n), the median IOPS "
		       "%s, the median of fio's mean, p50, p99 and p99.9 completion latency "
		       "(the percentiles read from fio's log-linear histogram, buckets 1/64 "
		       "of their value wide; none with more than one job), the median "
		       "CPU time per I/O of fio plus the backend (perf stat task-clock when the "
		       "sweep ran perf, otherwise fio's own usr+sys time and the backend's "
		       "/proc/PID/stat ticks) and of the whole guest (Guest CPU/IO: every "
		       "vCPU's busy time, so it includes the kernel workers running the "
		       "driver's work, interrupts and softirqs, which neither fio nor the "
		       "backend is charged for), fio's over its "
		       "own I/O count, the backend's and the guest's over the I/Os the disk moved "
		       "in fio's block size, and the "
		       "IOPS ratio to the baseline %s (%s)%s: %s. "
		       "\"-\" marks a cell without data.",
		 median_how, report_baseline_on(r) ? "configuration" : "driver", r->baseline_cfg,
		 report_baseline_on(r) ? ", every configuration against it" : " on the same backend",
		 ratio_how);
	if (r->have_bratio)
		doc_para(d, 0, "The sweep names baseline backends (baseline_backend): the last "
			       "column gives the IOPS ratio to the baseline backend with the same "
			       "driver (for example vduse-blkd against qemu-storage-daemon), per "
			       "repetition in the same block, %s; the "
			       "configuration it is compared with is the backend_baseline column "
			       "of aggregate.csv.", r->agg_bootstrap ?
			 "with the same kind of interval" :
			 "as a geometric mean with its 95% t interval on the logarithms");
}

/* The medians a workload table prints after the IOPS, left to right. */
static const struct {
	const char *head, *metric, *fmt;
} table_medians[] = {
	{ "Mean lat (us)", "lat_mean_us", "%.1f" },
	{ "p50 lat (us)", "lat_p50_us", "%.1f" },
	{ "p99 lat (us)", "lat_p99_us", "%.1f" },
	{ "p99.9 lat (us)", "lat_p999_us", "%.1f" },
	{ "CPU/IO (us)", "cpu_us_per_io", "%.2f" },
	{ "Guest CPU/IO (us)", "cpu_us_per_io_guest", "%.2f" },
};
#define NMEDIANS (sizeof(table_medians) / sizeof(table_medians[0]))
/* QD, configuration, n, IOPS, the medians, the two ratios */
#define NCOLS (4 + NMEDIANS + 2)

static int write_workload(struct doc *d, const struct report *r, size_t wl)
{
	const char *heads[NCOLS] = { "QD", "Configuration", "n", "IOPS [interval]" };
	const struct rworkload *w = &r->wl[wl];
	size_t ncols = r->have_bratio ? NCOLS : NCOLS - 1;
	char *cells[NCOLS], qd[24], n[24], **row;
	size_t q, c, k;

	for (k = 0; k < NMEDIANS; k++)
		heads[4 + k] = table_medians[k].head;
	heads[NCOLS - 2] = "IOPS ratio to baseline [95%]";
	heads[NCOLS - 1] = "IOPS ratio to baseline backend [95%]";
	if (r->agg_bootstrap) { /* not 95%: see the header */
		heads[3] = "IOPS [bootstrap interval]";
		heads[NCOLS - 2] = "IOPS ratio to baseline [bootstrap]";
		heads[NCOLS - 1] = "IOPS ratio to baseline backend [bootstrap]";
	}
	doc_heading(d, 2, "%s, bs %s, numjobs %ld", w->rw, w->bs, w->numjobs);
	doc_table_begin(d, heads, ncols, "rlrrrrrrrrrr");
	for (q = 0; q < r->nqd; q++) {
		if (!report_has_qd(r, wl, r->qd[q]))
			continue;
		for (c = 0; c < r->ncfg; c++) {
			row = report_agg_row(r, r->cfg[c].name, w->rw, w->bs, r->qd[q], w->numjobs, "iops");
			snprintf(qd, sizeof(qd), "%ld", r->qd[q]);
			snprintf(n, sizeof(n), "%.0f", agg_num(r, row, "n"));
			cells[0] = qd;
			cells[1] = report_config_label(&r->cfg[c]);
			cells[2] = row ? n : NULL;
			cells[3] = fmt_median(r, row, "%.0f", 1);
			cells[NCOLS - 2] = fmt_ratio(r, row, "");
			cells[NCOLS - 1] = fmt_ratio(r, row, "backend_");
			/* an older aggregate without p50 or p99.9 rows prints "-" there */
			for (k = 0; k < NMEDIANS; k++) {
				row = report_agg_row(r, r->cfg[c].name, w->rw, w->bs, r->qd[q],
						     w->numjobs, table_medians[k].metric);
				cells[4 + k] = fmt_median(r, row, table_medians[k].fmt, 0);
			}
			doc_table_row(d, cells, ncols);
			free(cells[1]);
			for (k = 3; k < NCOLS; k++)
				free(cells[k]);
		}
	}
	doc_table_end(d);
	return 0;
}

static void write_failures(struct doc *d, const struct report *r)
{
	size_t i, nbad = 0;

	doc_heading(d, 2, "Failed and missing points");
	for (i = 0; i < r->npts; i++) {
		if (r->pts[i].ok)
			continue;
		nbad++;
		doc_item(d, "%s: %s", r->pts[i].id, r->pts[i].status);
	}
	if (!nbad)
		doc_para(d, 0, "None: every point succeeded.");
	doc_list_end(d);
}

static char *fmt_num(const char *fmt, double v)
{
	char *s;

	return isnan(v) || asprintf(&s, fmt, v) < 0 ? NULL : s;
}

/* The stages rows [a, b) of stages.csv stack between them. */
static unsigned stacks_of(const struct report *r, size_t a, size_t b)
{
	unsigned any = RSTACK_KERNEL;
	size_t i;

	for (i = a; i < b; i++)
		if (r->srows[i].n)
			any |= r->srows[i].stack;
	return any;
}

/*
 * The rows [a, b) of charts/stages.csv, one workload's, and its chart. The
 * columns: the stages the rows stack in the order an I/O passes them, then
 * total. With backend's parts, backend stays (the kernel's view, and the
 * only one for a backend without USDT probes); in a row that stacks the
 * parts its figure is in parentheses: contained in them, not stacked.
 */
static void write_stage_table(struct doc *d, const struct report *r, size_t a, size_t b)
{
	enum { MAXCELLS = 3 + RSTACK_COUNT + 2 };
	const struct rworkload *w = &r->wl[r->srows[a].wl];
	const char *heads[MAXCELLS];
	char *cells[MAXCELLS], *hnames[MAXCELLS] = { 0 }, qd[24], n[24], base[160];
	char align[MAXCELLS + 1];
	unsigned any = stacks_of(r, a, b);
	int stage[MAXCELLS];
	size_t i, k, ncells = 3;
	int j, s;

	heads[0] = "QD";
	heads[1] = "Configuration";
	heads[2] = "n";
	for (j = 0; j < RSTACK_COUNT; j++) {
		s = report_stack_order[j];
		if (!(any & RSTAGE_BIT(s)))
			continue;
		stage[ncells] = s;
		if (asprintf(&hnames[ncells], "%s (us)", report_stage_names[s]) < 0)
			hnames[ncells] = NULL;
		heads[ncells] = hnames[ncells] ? hnames[ncells] : report_stage_names[s];
		ncells++;
	}
	stage[ncells] = RSTAGE_TOTAL;
	heads[ncells++] = "total (us)";
	heads[ncells++] = "probe I/Os / fio I/Os";
	memset(align, 'r', ncells);
	align[1] = 'l';
	align[ncells] = '\0';
	doc_heading(d, 4, "%s, bs %s, numjobs %ld", w->rw, w->bs, w->numjobs);
	doc_table_begin(d, heads, ncells, align);
	for (i = a; i < b; i++) {
		const struct rstagerow *row = &r->srows[i];

		snprintf(qd, sizeof(qd), "%ld", row->qd);
		snprintf(n, sizeof(n), "%zu", row->n);
		cells[0] = qd;
		cells[1] = (char *)r->cfg[row->cfg].name;
		cells[2] = n;
		for (k = 3; k < ncells - 1; k++) {
			s = stage[k];
			if (s == RSTAGE_TOTAL || (row->stack & RSTAGE_BIT(s)))
				cells[k] = fmt_num("%.1f", row->med[s]);
			else if (s == RSTAGE_BACKEND)
				cells[k] = fmt_num("(%.1f)", row->med[s]);
			else
				cells[k] = NULL; /* a part of backend this row does not have */
		}
		cells[ncells - 1] = fmt_num("%.3f", row->ios_ratio);
		doc_table_row(d, cells, ncells);
		for (k = 3; k < ncells; k++)
			free(cells[k]);
	}
	doc_table_end(d);
	for (k = 0; k < MAXCELLS; k++)
		free(hnames[k]);
	report_stage_base(r, r->srows[a].wl, base, sizeof(base));
	for (i = 0; i < r->ncharts; i++)
		if (r->charts[i].section == RSECTION_STAGES && !strcmp(r->charts[i].base, base))
			break;
	if (i < r->ncharts)
		doc_chart(d, r->charts[i].title, r->charts[i].base);
	else
		doc_para(d, 0, "The chart could not be drawn (see the messages of vlab-report); "
			       "the data is in charts/stages.csv with its gnuplot script.");
}

static void write_stages(struct doc *d, const struct report *r)
{
	size_t a, b;

	doc_heading(d, 3, "Stage breakdown");
	if (!r->probe_points) {
		doc_para(d, 0, "No probe data: no point holds a vduse-lat.json.");
		return;
	}
	if (!r->stage_points) {
		doc_para(d, 0, "Probe data (vduse-lat.json) in %zu points. None of them is a "
			       "successful point with a complete vduse-lat record: no stage breakdown.",
			 r->probe_points);
		return;
	}
	doc_para(d, 0, "Probe data (vduse-lat.json) in %zu points, %zu of them successful with a "
		       "complete vduse-lat record. vduse-lat times every I/O in the guest through "
		       "its stages: queue (block_rq_issue -> virtqueue_add_sgs: blk-mq dispatch "
		       "and virtio-blk preparation), map (virtqueue_add_sgs itself: descriptors, "
		       "DMA map and bounce copy to the device), kick (added -> VDUSE kick), "
		       "backend (kick -> VDUSE_VQ_INJECT_IRQ: the userspace backend's work), irq "
		       "(injection -> vq callback), complete (callback -> block_rq_complete: "
		       "unmap, copy back, blk-mq completion); total is block_rq_issue -> "
		       "block_rq_complete. Each cell is the median over the n repetitions of "
		       "the point's mean time per I/O in that stage, so the stages need not add "
		       "up exactly to the total. Probe I/Os / fio I/Os is the median ratio of "
		       "the I/Os vduse-lat counted to fio's total_ios: about 1 when the probe "
		       "saw the run fio measured.",
		 r->probe_points, r->stage_points);
	if (stacks_of(r, 0, r->nsrows) & ~RSTACK_KERNEL)
		doc_para(d, 0, "With vduse-blkd's USDT probes (vduse-lat's probes.backend usdt) the "
			       "backend stage is split into its parts, stacked instead of it: wake "
			       "(kick -> the queue thread wakes; 0 when it found the request while "
			       "busy), pop (avail ring read, chain walk, request parse), submit "
			       "(checks before the target), target (the target's work and the used-"
			       "ring push), publish (the rest of the batch, the used index store, the "
			       "interrupt ioctl's entry). They add up to backend, whose figure is "
			       "then shown in parentheses: contained in the parts, not counted again. "
			       "A row stacks the parts only when every record of it has them.");
	for (a = 0; a < r->nsrows; a = b) {
		for (b = a; b < r->nsrows && r->srows[b].wl == r->srows[a].wl; b++)
			;
		write_stage_table(d, r, a, b);
	}
}

static void write_charts(struct doc *d, const struct report *r)
{
	size_t i, n = 0;

	doc_heading(d, 2, "Charts");
	for (i = 0; i < r->ncharts; i++) {
		if (r->charts[i].section != RSECTION_CHARTS)
			continue; /* shown beside their tables */
		doc_chart(d, r->charts[i].title, r->charts[i].base);
		n++;
	}
	if (!n)
		doc_para(d, 0, "No chart could be drawn (see the messages of vlab-report); the "
			       "data is in chart.csv and charts/*.csv with their gnuplot scripts.");
	if (!r->have_agg)
		doc_para(d, 0, "No aggregate.csv: no intervals, no ratio chart (run vlab-summarize).");
	write_stages(d, r);
}

static int open_pair(struct vlab_atomic *md, struct vlab_atomic *html, const char *run_dir)
{
	char *p1 = NULL, *p2 = NULL;
	int ret;

	memset(md, 0, sizeof(*md));
	memset(html, 0, sizeof(*html));
	if (asprintf(&p1, "%s/REPORT.md", run_dir) < 0 ||
	    asprintf(&p2, "%s/report.html", run_dir) < 0) {
		free(p1);
		return -ENOMEM;
	}
	ret = vlab_atomic_open(md, p1);
	if (!ret) {
		ret = vlab_atomic_open(html, p2);
		if (ret)
			vlab_atomic_abort(md);
	}
	free(p1);
	free(p2);
	return ret;
}

int report_write(const struct report *r)
{
	struct vlab_atomic md, html;
	struct doc d = { .run_dir = r->run_dir };
	char title[160];
	size_t wl;
	int ret;

	ret = open_pair(&md, &html, r->run_dir);
	if (ret)
		goto out;
	d.md = md.f;
	d.html = html.f;
	snprintf(title, sizeof(title), "vduse-lab report: %s", r->name);
	doc_begin(&d, title);
	write_header(&d, r);
	write_noise_floor(&d, r);
	for (wl = 0; wl < r->nwl; wl++)
		write_workload(&d, r, wl);
	report_write_memory(&d, r);
	report_write_transports(&d, r);
	write_failures(&d, r);
	write_charts(&d, r);
	doc_end(&d);
	if (d.err) {
		ret = d.err;
		vlab_atomic_abort(&md);
		vlab_atomic_abort(&html);
		goto out;
	}
	ret = vlab_atomic_commit(&md);
	if (ret)
		vlab_atomic_abort(&html);
	else
		ret = vlab_atomic_commit(&html);
out:
	if (ret)
		fprintf(stderr, "%s: writing %s/REPORT.md and report.html: %s\n", prog, r->run_dir,
			strerror(-ret));
	return ret;
}
