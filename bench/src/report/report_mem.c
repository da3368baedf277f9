// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: what each configuration costs in memory, beside what it
 * gives in speed. The figures are aggregate.csv's memory metrics (the
 * VDUSE device's bounce memory at the end of fio, from our module's
 * counters: lib/metrics.def) beside its IOPS; the budget is the device's
 * bounce_size as summary.csv records it. A configuration without memory
 * figures says why instead of printing 0: the stock module reports none,
 * a backend without a VDUSE device has no record, an older module lacks
 * the counters.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_mem.h"
#include "report_stats.h"

#define MIB 1048576.0

static double agg_num(const struct report *r, char **row, const char *col)
{
	int c = report_agg_col(r, col);

	return row && c >= 0 && *row[c] ? strtod(row[c], NULL) : NAN;
}

/* A metric's median in MiB, "4.00" or "4.00 [3.98, 4.02]" (the median's interval); NULL: none. */
static char *mib(const struct report *r, char **row, int interval)
{
	double m = agg_num(r, row, "median"), lo = agg_num(r, row, "ci_lo");
	double hi = agg_num(r, row, "ci_hi");
	char *s;

	if (isnan(m))
		return NULL;
	if (!interval || isnan(lo) || (lo == m && hi == m))
		return asprintf(&s, "%.2f", m / MIB) < 0 ? NULL : s;
	return asprintf(&s, "%.2f [%.2f, %.2f]", m / MIB, lo / MIB, hi / MIB) < 0 ? NULL : s;
}

static char *whole(double v)
{
	char *s;

	return isnan(v) || asprintf(&s, "%.0f", v) < 0 ? NULL : s;
}

/* The summary.csv row of point p (its cells are p's strings), or NULL. */
static char **csv_row(const struct report *r, size_t i, int cid)
{
	size_t j;

	if (i < r->csv.nrows && r->csv.rows[i][cid] == r->pts[i].id)
		return r->csv.rows[i];
	for (j = 0; j < r->csv.nrows; j++)
		if (r->csv.rows[j][cid] == r->pts[i].id)
			return r->csv.rows[j];
	return NULL;
}

/*
 * The device's bounce_size at the cell's ok points, in MiB ("64", or
 * "1-64" should they differ); NULL when no point recorded one: no
 * device.json, so no VDUSE device (or a run older than the record).
 */
static char *budget(const struct report *r, size_t wl, long qd, size_t c)
{
	int cid = vlab_csv_col(&r->csv, "id"), col = vlab_csv_col(&r->csv, "bounce_size");
	double v, lo = NAN, hi = NAN;
	char **row, *s;
	size_t i;

	for (i = 0; cid >= 0 && col >= 0 && i < r->npts; i++) {
		const struct rpoint *p = &r->pts[i];

		if (!p->ok || p->workload != wl || p->iodepth != qd || p->config_idx != c)
			continue;
		row = csv_row(r, i, cid);
		if (!row || !*row[col])
			continue;
		v = strtod(row[col], NULL) / MIB;
		lo = isnan(lo) || v < lo ? v : lo;
		hi = isnan(hi) || v > hi ? v : hi;
	}
	if (isnan(lo))
		return NULL;
	if (lo == hi)
		return asprintf(&s, "%g", lo) < 0 ? NULL : s;
	return asprintf(&s, "%g-%g", lo, hi) < 0 ? NULL : s;
}

/* The module configuration c's driver loads: "stock", "ours", or "" unknown. */
static const char *module_of(const struct report *r, size_t c)
{
	size_t i;

	for (i = 0; i < r->ndrv; i++)
		if (!strcmp(r->drv[i].name, r->cfg[c].driver))
			return r->drv[i].module;
	/* a run without a plan compared against the driver called stock */
	return !strcmp(r->cfg[c].driver, "stock") ? "stock" : "";
}

/* Why a configuration with speed figures has no memory figure. */
static const char *why_none(const struct report *r, size_t c, int recorded)
{
	if (!strcmp(module_of(r, c), "stock"))
		return "not reported by the stock module";
	if (!recorded)
		return "no VDUSE device record (device.json)";
	return "not reported by this module (no stats/ counters)";
}

static void write_rows(struct doc *d, const struct report *r, size_t w, int *any)
{
	static const char *const mem_metrics[] = {
		"mem_kernel_bytes", "mem_huge_bytes", "mem_umem_bytes",
	};
	const struct rworkload *wk = &r->wl[w];
	char *cells[9], qd[24], wl[96], **row;
	size_t q, c, k;

	snprintf(wl, sizeof(wl), "%s %s, %ld job(s)", wk->rw, wk->bs, wk->numjobs);
	for (q = 0; q < r->nqd; q++) {
		if (!report_has_qd(r, w, r->qd[q]))
			continue;
		snprintf(qd, sizeof(qd), "%ld", r->qd[q]);
		for (c = 0; c < r->ncfg; c++) {
			row = report_agg_row(r, r->cfg[c].name, wk->rw, wk->bs, r->qd[q],
					     wk->numjobs, "iops");
			if (!row)
				continue;
			memset(cells, 0, sizeof(cells));
			cells[0] = wl;
			cells[1] = qd;
			cells[2] = report_config_label(&r->cfg[c]);
			cells[3] = whole(agg_num(r, row, "median"));
			cells[4] = budget(r, w, r->qd[q], c);
			row = report_agg_row(r, r->cfg[c].name, wk->rw, wk->bs, r->qd[q],
					     wk->numjobs, "mem_bytes");
			cells[5] = mib(r, row, 1);
			for (k = 0; cells[5] && k < 3; k++)
				cells[6 + k] = mib(r, report_agg_row(r, r->cfg[c].name, wk->rw, wk->bs,
								     r->qd[q], wk->numjobs,
								     mem_metrics[k]), 0);
			*any |= !!cells[5];
			/* a speed without a memory figure says why; no speed, nothing to say */
			if (!cells[5] && cells[3])
				cells[5] = strdup(why_none(r, c, !!cells[4]));
			doc_table_row(d, cells, 9);
			for (k = 2; k < 9; k++)
				free(cells[k]);
		}
	}
}

/* What the section counts and what it does not (bench/src/README.md says the same). */
static const char what[] =
	"What each configuration's VDUSE device held in bounce memory at the end "
	"of the measured fio run, before it was detached, beside its median IOPS "
	"(each point creates its device afresh, so this is that point's own). Held "
	"is the kernel bounce pages plus the user memory the backend registered "
	"(umem), median over the ok repetitions with the same interval as the IOPS "
	"above (their range when fewer than 6; one figure where they all agree, as "
	"with prealloc; lazy's vary with the IOVAs the requests got). Kernel pages "
	"come from our module's "
	"counter bounce_pages, pages allocated since the device was created, which "
	"it keeps until the device is destroyed: allocated on first use with the "
	"lazy strategy (so they grow with the I/O sizes and depths seen), the whole "
	"bounce_size at attach with prealloc, whole 2 MiB pages with hugepage "
	"(rounded up: a 1 MiB budget holds 2 MiB), none with direct, which shows "
	"the backend the guest's own pages instead. Kernel bounce pages are never "
	"swapped or reclaimed while the device exists. Pinned user memory is the "
	"backend's memory registered as bounce pages, which the driver pins "
	"(pin_user_pages, charged to the backend's RLIMIT_MEMLOCK); the kernel "
	"still allocates its own pages for the slots used, so umem adds to the "
	"kernel pages, it does not replace them. Not counted: the rings and the "
	"driver's per-page table of the region, and the backend's own buffers.";

void report_write_memory(struct doc *d, const struct report *r)
{
	static const char *const heads[] = {
		"Workload", "QD", "Configuration", "IOPS", "Budget: bounce_size (MiB)",
		"Held (MiB) [interval]", "Kernel pages (MiB)", "of which 2 MiB pages (MiB)",
		"Pinned user memory (MiB)",
	};
	size_t w;
	int any = 0;

	if (!r->have_agg)
		return;
	doc_heading(d, 2, "Memory cost");
	doc_para(d, 0, "%s", what);
	doc_table_begin(d, heads, 9, "lrlrrrrrr");
	for (w = 0; w < r->nwl; w++)
		write_rows(d, r, w, &any);
	doc_table_end(d);
	if (!any)
		doc_para(d, 0, "No configuration of this run has memory figures: only our module "
			       "reports them, for a VDUSE device (summary.csv's mem_* columns).");
}
