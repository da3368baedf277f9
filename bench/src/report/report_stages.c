// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the stage breakdown. Per configuration and workload point,
 * the median over repetitions of each vduse-lat stage's mean time per I/O
 * (report_probe.c read them) goes to charts/stages.csv; per rw/bs/numjobs
 * a chart drawn from it alone shows, for each queue depth, one bar per
 * configuration stacking the stages in the order an I/O passes them: the
 * ones vduse-lat's "breakdown" names, so with vduse-blkd's USDT probes the
 * parts of backend (wake ... publish) instead of backend, never both. The
 * report's tables print the same rows, so table and chart cannot disagree.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_stats.h"
#include "report_style.h"
#include "report_probe.h"
#include "report_stages.h"
#include "report_family.h"

#define STAGES_DIR "charts/"

/*
 * stages.csv, 1-based as gnuplot counts: the kernel stages are COL_STAGE0..,
 * then total and ios_ratio; backend's parts and the row's breakdown were
 * appended later, so readers by position keep working.
 */
enum {
	COL_CONFIG = 5, COL_X = 7, COL_STAGE0 = 8, COL_TOTAL = COL_STAGE0 + RSTAGE_TOTAL,
	COL_RATIO, COL_SUB0, COL_BREAKDOWN = COL_SUB0 + RSTAGE_NSUB,
};
static const char *const cols[] = {
	"rw", "bs", "numjobs", "iodepth", "config", "n", "x",
#define VLAB_STAGE(ID, name, group, order, help) COL_IF_##group(name "_us")
#define COL_IF_KERNEL(col) col,
#define COL_IF_USDT(col)
#include "stages.def"
	"ios_ratio",
#define VLAB_STAGE(ID, name, group, order, help) COL_IF_##group(name "_us")
#undef COL_IF_KERNEL
#undef COL_IF_USDT
#define COL_IF_KERNEL(col)
#define COL_IF_USDT(col) col,
#include "stages.def"
	"breakdown",
};

/*
 * Okabe-Ito colours for the kernel stages, Tol's muted ones for backend's
 * parts: told apart with any colour vision, and in print.
 */
static const char *const stage_colours[RSTAGE_COUNT] = {
	[RSTAGE_QUEUE] = "#E69F00", [RSTAGE_MAP] = "#56B4E9", [RSTAGE_KICK] = "#009E73",
	[RSTAGE_BACKEND] = "#0072B2", [RSTAGE_IRQ] = "#CC79A7", [RSTAGE_COMPLETE] = "#D55E00",
	[RSTAGE_WAKE] = "#DDCC77", [RSTAGE_POP] = "#882255", [RSTAGE_SUBMIT] = "#999933",
	[RSTAGE_TARGET] = "#332288", [RSTAGE_PUBLISH] = "#999999",
};

static int stage_col(int s)
{
	return s <= RSTAGE_TOTAL ? COL_STAGE0 + s : COL_SUB0 + (s - RSTAGE_WAKE);
}

void report_stage_base(const struct report *r, size_t wl, char *buf, size_t len)
{
	snprintf(buf, len, STAGES_DIR "stages-%s-%s-j%ld", r->wl[wl].rw, r->wl[wl].bs,
		 r->wl[wl].numjobs);
}

static int has_records(const struct report *r, size_t wl)
{
	const struct rpoint *p;

	for (p = r->pts; p < r->pts + r->npts; p++)
		if (p->workload == wl && p->probe_ok)
			return 1;
	return 0;
}

/* The row of configuration c at workload wl and queue depth qd; n 0 if none ran. */
static void stage_row(const struct report *r, size_t wl, long qd, size_t c, double **v,
		      size_t *planned, struct rstagerow *row)
{
	const struct rpoint *p;
	int s;

	*row = (struct rstagerow){ .wl = wl, .cfg = c, .qd = qd, .x = NAN, .stack = RSTACK_KERNEL };
	*planned = 0;
	for (p = r->pts; p < r->pts + r->npts; p++) {
		if (p->workload != wl || p->iodepth != qd || p->config_idx != c)
			continue;
		++*planned;
		if (!p->probe_ok)
			continue;
		for (s = 0; s < RSTAGE_COUNT; s++)
			v[s][row->n] = p->stage_us[s];
		/* NAN unless both counts are known: no figure rather than a wrong one */
		v[RSTAGE_COUNT][row->n] = p->total_ios > 0 ? p->probe_ios / p->total_ios : NAN;
		/* one stack for the row: its records' if they agree, else the common one */
		row->stack = !row->n || row->stack == p->stack ? p->stack : RSTACK_KERNEL;
		row->n++;
	}
	for (s = 0; s < RSTAGE_COUNT; s++)
		row->med[s] = report_median(v[s], row->n);
	row->ios_ratio = report_median(v[RSTAGE_COUNT], row->n);
}

/*
 * Every planned configuration and queue depth of each workload with probe
 * data, so a missing record shows as n 0. x places the bars: one slot per
 * row, a gap between queue depths, and no bar for a queue depth without a
 * record (gnuplot would warn about a group with nothing to stack).
 */
static int stage_rows(struct report *r)
{
	double *v[RSTAGE_COUNT + 1];
	size_t wl, q, c, planned, first, i;
	int s, ret = 0, any;
	double x;

	r->srows = calloc(r->nwl * r->nqd * r->ncfg + 1, sizeof(*r->srows));
	for (s = 0; s <= RSTAGE_COUNT; s++)
		v[s] = calloc(r->npts + 1, sizeof(double));
	for (s = 0; s <= RSTAGE_COUNT; s++)
		if (!v[s] || !r->srows)
			ret = -ENOMEM;
	if (ret)
		goto out;
	for (wl = 0; wl < r->nwl; wl++) {
		if (!has_records(r, wl))
			continue;
		x = 0;
		for (q = 0; q < r->nqd; q++) {
			first = r->nsrows;
			any = 0;
			for (c = 0; c < r->ncfg; c++) {
				stage_row(r, wl, r->qd[q], c, v, &planned, &r->srows[r->nsrows]);
				if (!planned)
					continue;
				any |= r->srows[r->nsrows++].n > 0;
			}
			if (!any)
				continue;
			for (i = first; i < r->nsrows; i++)
				r->srows[i].x = x + (double)(i - first);
			x += (double)(r->nsrows - first) + 1;
		}
	}
out:
	for (s = 0; s <= RSTAGE_COUNT; s++)
		free(v[s]);
	return ret;
}

static void write_rows(struct family *fa)
{
	const struct report *r = fa->r;
	const struct rstagerow *row;
	int s;

	for (row = r->srows; row < r->srows + r->nsrows; row++) {
		char *names = report_stack_names(row->stack);

		vlab_csv_cell(&fa->w, r->wl[row->wl].rw);
		vlab_csv_cell(&fa->w, r->wl[row->wl].bs);
		vlab_csv_cellf(&fa->w, "%ld", r->wl[row->wl].numjobs);
		vlab_csv_cellf(&fa->w, "%ld", row->qd);
		vlab_csv_cell(&fa->w, r->cfg[row->cfg].name);
		vlab_csv_cellf(&fa->w, "%zu", row->n);
		family_num(&fa->w, row->x);
		for (s = 0; s <= RSTAGE_TOTAL; s++)
			family_num(&fa->w, row->med[s]);
		family_num(&fa->w, row->ios_ratio);
		for (s = RSTAGE_WAKE; s < RSTAGE_COUNT; s++)
			family_num(&fa->w, row->med[s]);
		vlab_csv_cell(&fa->w, names ? names : "");
		free(names);
		vlab_csv_end_row(&fa->w);
	}
}

/*
 * One newhistogram: the bars of rows [a, b) of stages.csv, all at one queue
 * depth. A series per stage some bar of the chart stacks (any: its stacks'
 * union); a stage that not every bar stacks (all: their intersection) is
 * its column only where the row's breakdown names it and 0 elsewhere, so
 * no bar counts backend and its parts both.
 */
static void write_group(FILE *f, const struct report *r, size_t a, size_t b, int first,
			unsigned any, unsigned all)
{
	int i, s, lead = 1;

	fprintf(f, "%s    newhistogram 'queue depth %ld' at %g", first ? "  plot \\\n" : ", \\\n",
		r->srows[a].qd, r->srows[a].x);
	for (i = 0; i < RSTACK_COUNT; i++) {
		s = report_stack_order[i];
		if (!(any & RSTAGE_BIT(s)))
			continue;
		fprintf(f, ", \\\n    'stages.csv' skip 1 every ::%zu::%zu using ", a, b - 1);
		if (all & RSTAGE_BIT(s))
			fprintf(f, "%d", stage_col(s));
		else
			fprintf(f, "(strstrt(' '.strcol(%d).' ', ' %s ') ? column(%d) : 0)",
				COL_BREAKDOWN, report_stage_names[s], stage_col(s));
		if (lead)
			/* the configuration under its bar, marked when unsafe */
			fprintf(f, r->nunsafe ? ":xtic(cfglabel(strcol(%d)))" : ":xtic(%d)",
				COL_CONFIG);
		lead = 0;
		fprintf(f, " linecolor rgb '%s' ", stage_colours[s]);
		/* the legend names each stage once, not once per queue depth */
		if (first)
			fprintf(f, "title '%s'", report_stage_names[s]);
		else
			fprintf(f, "notitle");
	}
}

/* The chart of workload wl, whose rows are [first, end) of stages.csv. */
static int stage_chart(struct family *fa, size_t wl, size_t first, size_t end)
{
	struct report *r = fa->r;
	char base[160], title[200];
	size_t i, g, group, slots;
	int ret, has_total = 0;
	unsigned any = 0, all = ~0u;
	size_t maxlen = 0;
	int drop = 0;
	double last = 0;
	FILE *f = fa->gp.f;

	for (i = first; i < end; i++) {
		if (isnan(r->srows[i].x))
			continue;
		last = r->srows[i].x;
		has_total |= !isnan(r->srows[i].med[RSTAGE_TOTAL]);
		if (strlen(r->cfg[r->srows[i].cfg].name) > maxlen)
			maxlen = strlen(r->cfg[r->srows[i].cfg].name);
		/* a bar without a record draws nothing: its stack does not count */
		if (!r->srows[i].n)
			continue;
		any |= r->srows[i].stack;
		all &= r->srows[i].stack;
	}
	if (!any)
		any = all = RSTACK_KERNEL;
	report_stage_base(r, wl, base, sizeof(base));
	snprintf(title, sizeof(title), "Stages of the mean latency per I/O: %s, bs %s, numjobs %ld, clock %s",
		 r->wl[wl].rw, r->wl[wl].bs, r->wl[wl].numjobs,
		 r->clock_name[0] ? r->clock_name : "wall");
	slots = (size_t)last + 1;
	/* names wider than a bar's slot (about 11 characters) are slanted, with room below */
	if (maxlen > 11)
		drop = (int)(maxlen * 0.25 + 0.99);
	ret = chart_begin(fa, base + strlen(STAGES_DIR), title,
			  slots < 7 ? 900 : (int)(slots > 40 ? 4000 : 240 + 95 * slots), 540 + 10 * drop);
	if (ret)
		return ret;
	/* room under the bars for the configuration names, the queue depths and the TCG note */
	fprintf(f, "  set xtics %s\n", drop ? "rotate by 30 right" : "norotate");
	fprintf(f, "  set bmargin %d\n  set xrange [-0.6:%g]\n", 6 + drop / 2, last + 0.6);
	for (g = 0, i = first; i < end; g++) {
		while (i < end && isnan(r->srows[i].x))
			i++;
		if (i == end)
			break;
		group = i;
		while (i < end && r->srows[i].qd == r->srows[group].qd)
			i++;
		write_group(f, r, group, i, !g, any, all);
	}
	/* the measured total, not the stack: a median of sums is not a sum of medians */
	if (has_total)
		fprintf(f, ", \\\n    'stages.csv' skip 1 every ::%zu::%zu using %d:%d with points "
			   "pointtype 7 pointsize 1.3 linecolor rgb '#000000' title 'total (median)'",
			first, end - 1, COL_X, COL_TOTAL);
	fprintf(f, "\n");
	chart_end(fa);
	return 0;
}

int report_stages(struct report *r, int *drawn)
{
	struct family fa;
	size_t a, b;
	int ret;

	if (!r->stage_points)
		return 0; /* no probe data: no stages.csv rather than one of NaNs */
	ret = stage_rows(r);
	if (ret)
		return ret;
	ret = family_open(&fa, r, "stages", cols, sizeof(cols) / sizeof(cols[0]));
	if (ret)
		goto fail;
	fa.section = RSECTION_STAGES;
	write_rows(&fa);
	fprintf(fa.gp.f,
		"# one bar per row: the stages stacked bottom up in the order an I/O passes them\n"
		"set style data histograms\n"
		"set style histogram rowstacked title offset 0, -1\n"
		"set style fill solid 0.9 border rgb '#404040'\n"
		"set boxwidth 0.7\n"
		"set yrange [0:*]\n"
		"set offsets 0, 0, graph 0.05, 0 # the total's marker clear of the border\n"
		"set grid noxtics\n"
		"set xtics nomirror scale 0\n"
		"# the legend top down as the stack: the total above, queue at the bottom\n"
		"set key invert\n"
		"set ylabel 'mean latency per I/O (us)'\n");
	if (r->nunsafe)
		report_gp_cfg_label_fn(fa.gp.f, r);
	for (a = 0; a < r->nsrows; a = b) {
		for (b = a; b < r->nsrows && r->srows[b].wl == r->srows[a].wl; b++)
			;
		ret = stage_chart(&fa, r->srows[a].wl, a, b);
		if (ret)
			goto fail;
	}
	return family_finish(&fa, drawn);
fail:
	family_free(&fa);
	return ret;
}
