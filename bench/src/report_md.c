// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: REPORT.md. Every figure comes from summary.csv through
 * report_stats.c; a cell without data says "-" rather than anything else.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "report.h"

static const char *const prog = "vlab-report";

/* Text from the run (names, reasons) must not turn into Markdown syntax. */
static void md_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|#", *s))
			fputc('\\', f);
		fputc(*s == '\n' || *s == '\r' ? ' ' : *s, f);
	}
}

static void write_header(FILE *f, const struct report *r)
{
	size_t i, nok = 0;

	for (i = 0; i < r->npts; i++)
		nok += r->pts[i].ok;
	fprintf(f, "# vduse-lab report: ");
	md_text(f, r->name);
	fprintf(f, "\n\n| Field | Value |\n|---|---|\n| Run | ");
	md_text(f, r->name);
	fprintf(f, " |\n| Date (UTC) | ");
	md_text(f, r->created_utc);
	fprintf(f, " |\n| Accelerator | ");
	md_text(f, r->accelerator);
	fprintf(f, " |\n| Guest kernel | ");
	md_text(f, r->guest_kernel);
	fprintf(f, " |\n| Points | %zu: %zu ok, %zu failed |\n\n", r->npts, nok, r->npts - nok);

	/* one line, so that it can be found with grep */
	fprintf(f, "Under TCG (QEMU's software emulation) the absolute figures are emulation "
		   "figures: only ratios between configurations measured interleaved in the "
		   "same boot mean anything.");
	if (report_is_tcg(r))
		fprintf(f, " **This run used TCG: compare configurations only.**");
	fprintf(f, "\n\n"
		   "Each configuration cell gives the median IOPS and the median of fio's mean\n"
		   "completion latency over the repetitions that succeeded, with n the number\n"
		   "of those repetitions (for rw and randrw the latency is weighted over reads\n"
		   "and writes). The ours/stock column is the IOPS ratio of the patched to the\n"
		   "stock module on the same backend, computed per repetition (rep r of ours\n"
		   "over rep r of stock, which ran in the same block) and shown as\n"
		   "median [min-max] with n pairs. \"-\" marks a cell without data.\n\n");
}

static void write_cell(FILE *f, const struct rcell *c)
{
	if (!c->n) {
		fprintf(f, " - |");
		return;
	}
	fprintf(f, " %.0f IOPS, ", c->iops_med);
	if (isnan(c->lat_med))
		fprintf(f, "- us");
	else
		fprintf(f, "%.1f us", c->lat_med);
	fprintf(f, " (n=%zu) |", c->n);
}

/* Backends on which both drivers ran get a ratio column. */
static int has_pair(const struct report *r, const char *backend)
{
	return report_find_config(r, "ours", backend) != REPORT_NONE &&
	       report_find_config(r, "stock", backend) != REPORT_NONE;
}

static int write_workload(FILE *f, const struct report *r, size_t wl)
{
	const struct rworkload *w = &r->wl[wl];
	struct rratio ratio;
	struct rcell cell;
	size_t c, q;
	int ret;

	fprintf(f, "## ");
	md_text(f, w->rw);
	fprintf(f, ", bs ");
	md_text(f, w->bs);
	fprintf(f, ", numjobs %ld\n\n| QD |", w->numjobs);
	for (c = 0; c < r->ncfg; c++) {
		fputc(' ', f);
		md_text(f, r->cfg[c].driver);
		fputc('/', f);
		md_text(f, r->cfg[c].backend);
		fprintf(f, " |");
	}
	for (c = 0; c < r->ncfg; c++) {
		if (!strcmp(r->cfg[c].driver, "ours") && has_pair(r, r->cfg[c].backend)) {
			fprintf(f, " ours/stock ");
			md_text(f, r->cfg[c].backend);
			fprintf(f, " |");
		}
	}
	fprintf(f, "\n|---:|");
	for (c = 0; c < r->ncfg; c++)
		fprintf(f, "---|");
	for (c = 0; c < r->ncfg; c++)
		if (!strcmp(r->cfg[c].driver, "ours") && has_pair(r, r->cfg[c].backend))
			fprintf(f, "---|");
	fputc('\n', f);

	for (q = 0; q < r->nqd; q++) {
		if (!report_has_qd(r, wl, r->qd[q]))
			continue;
		fprintf(f, "| %ld |", r->qd[q]);
		for (c = 0; c < r->ncfg; c++) {
			ret = report_cell(r, wl, r->qd[q], c, &cell);
			if (ret)
				return ret;
			write_cell(f, &cell);
		}
		for (c = 0; c < r->ncfg; c++) {
			if (strcmp(r->cfg[c].driver, "ours") || !has_pair(r, r->cfg[c].backend))
				continue;
			ret = report_ratio(r, wl, r->qd[q], r->cfg[c].backend, &ratio);
			if (ret)
				return ret;
			if (ratio.n)
				fprintf(f, " %.2f [%.2f-%.2f] (n=%zu) |", ratio.med, ratio.min,
					ratio.max, ratio.n);
			else
				fprintf(f, " - |");
		}
		fputc('\n', f);
	}
	fputc('\n', f);
	return 0;
}

static void write_failures(FILE *f, const struct report *r)
{
	size_t i, nfailed = 0;

	fprintf(f, "## Failed points\n\n");
	for (i = 0; i < r->npts; i++) {
		if (r->pts[i].ok)
			continue;
		nfailed++;
		fprintf(f, "- ");
		md_text(f, r->pts[i].id);
		fprintf(f, ": ");
		md_text(f, r->pts[i].status);
		fputc('\n', f);
	}
	if (!nfailed)
		fprintf(f, "None: every point succeeded.\n");
	fputc('\n', f);
}

static void write_chart_links(FILE *f, int drawn)
{
	fprintf(f, "## Chart\n\n");
	if (drawn)
		fprintf(f, "![IOPS against queue depth](chart.png)\n\n"
			   "Vector version: [chart.svg](chart.svg). Drawn by chart.gp from\n"
			   "[chart.csv](chart.csv).\n");
	else
		fprintf(f, "The chart could not be drawn (see the messages of vlab-report);\n"
			   "its data is in [chart.csv](chart.csv) and its script in chart.gp.\n");
}

int report_markdown(const struct report *r, int chart_drawn)
{
	struct vlab_atomic a;
	char *path;
	size_t wl;
	int ret;

	if (asprintf(&path, "%s/REPORT.md", r->run_dir) < 0)
		return -ENOMEM;
	ret = vlab_atomic_open(&a, path);
	if (ret)
		goto out;
	write_header(a.f, r);
	for (wl = 0; wl < r->nwl; wl++) {
		ret = write_workload(a.f, r, wl);
		if (ret) {
			vlab_atomic_abort(&a);
			goto out;
		}
	}
	write_failures(a.f, r);
	write_chart_links(a.f, chart_drawn);
	ret = vlab_atomic_commit(&a);
out:
	if (ret)
		fprintf(stderr, "%s: writing %s: %s\n", prog, path, strerror(-ret));
	free(path);
	return ret;
}
