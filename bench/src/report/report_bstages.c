// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the backend daemon's own stages. vlab-summarize leaves in
 * backend-stages.csv each ok point's per-stage figures from the last JSON
 * statistics line vduse-blkd printed (over VDUSE or over ublk: the same
 * daemon and target code, its stages named as it names them). Here they
 * are averaged over the repetitions of each configuration and workload
 * point, written to charts/backend-stages.csv and printed as a table per
 * workload point, in us and, on the instruction clock, in guest
 * instructions.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "report_bstages.h"
#include "report_family.h"
#include "report_stats.h"

static const char *const prog = "vlab-report";

/* The daemon's stage covering the whole request: the others' counts are shares of its. */
#define BSTAGE_TOTAL "total"

/* Sums while reading; turned into means at the end. */
struct acc {
	size_t nmean, ncount, order;
	double sum_mean, sum_count;
};

static const struct rpoint *point_by_id(const struct report *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->npts; i++)
		if (!strcmp(r->pts[i].id, id))
			return &r->pts[i];
	return NULL;
}

static size_t row_of(struct report *r, struct acc *acc, const struct rpoint *p, const char *stage)
{
	struct rbstagerow *b;
	size_t i;

	for (i = 0; i < r->nbsrows; i++) {
		b = &r->bsrows[i];
		if (b->wl == p->workload && b->qd == p->iodepth && b->cfg == p->config_idx &&
		    !strcmp(b->stage, stage))
			return i;
	}
	b = &r->bsrows[r->nbsrows];
	*b = (struct rbstagerow){ .wl = p->workload, .qd = p->iodepth, .cfg = p->config_idx,
				  .stage = strdup(stage) };
	if (!b->stage)
		return REPORT_NONE;
	acc[r->nbsrows] = (struct acc){ .order = r->nbsrows };
	return r->nbsrows++;
}

/* for cmp_rows: qsort has no context argument */
static const struct acc *sorting_acc;
static const struct report *sorting;

static size_t qd_rank(long qd)
{
	size_t i;

	for (i = 0; i < sorting->nqd && sorting->qd[i] != qd; i++)
		;
	return i;
}

/* By workload, queue depth, configuration; stages in the order first seen. */
static int cmp_rows(const void *x, const void *y)
{
	const struct rbstagerow *a = x, *b = y;
	size_t ka[4] = { a->wl, qd_rank(a->qd), a->cfg, 0 }, kb[4] = { b->wl, qd_rank(b->qd), b->cfg, 0 };
	size_t i;

	ka[3] = sorting_acc[a - sorting->bsrows].order;
	kb[3] = sorting_acc[b - sorting->bsrows].order;
	for (i = 0; i < 4; i++)
		if (ka[i] != kb[i])
			return ka[i] < kb[i] ? -1 : 1;
	return 0;
}

static int accumulate(struct report *r, const struct vlab_csv *csv, struct acc *acc)
{
	int cid = vlab_csv_col(csv, "id"), cst = vlab_csv_col(csv, "stage");
	int cc = vlab_csv_col(csv, "count"), cm = vlab_csv_col(csv, "mean_us");
	const struct rpoint *p;
	char **row, *end;
	size_t i, k;
	double v;

	if (cid < 0 || cst < 0 || cc < 0 || cm < 0)
		return -EBADMSG;
	for (i = 0; i < csv->nrows; i++) {
		row = csv->rows[i];
		p = point_by_id(r, row[cid]);
		if (!p || !p->ok)
			continue; /* summary.csv has the last word on which points count */
		k = row_of(r, acc, p, row[cst]);
		if (k == REPORT_NONE)
			return -ENOMEM;
		v = strtod(row[cm], &end);
		if (*row[cm] && !*end) {
			acc[k].sum_mean += v;
			acc[k].nmean++;
		}
		v = strtod(row[cc], &end);
		if (*row[cc] && !*end) {
			acc[k].sum_count += v;
			acc[k].ncount++;
		}
	}
	return 0;
}

static void finish_rows(struct report *r, struct acc *acc)
{
	struct rbstagerow *b, *t;
	size_t i, j;

	for (i = 0; i < r->nbsrows; i++) {
		b = &r->bsrows[i];
		b->n = acc[i].nmean;
		b->mean_us = acc[i].nmean ? acc[i].sum_mean / (double)acc[i].nmean : NAN;
		b->count = acc[i].ncount ? acc[i].sum_count / (double)acc[i].ncount : NAN;
	}
	for (i = 0; i < r->nbsrows; i++) {
		b = &r->bsrows[i];
		b->share = NAN;
		for (j = 0; j < r->nbsrows; j++) {
			t = &r->bsrows[j];
			if (t->wl == b->wl && t->qd == b->qd && t->cfg == b->cfg &&
			    !strcmp(t->stage, BSTAGE_TOTAL) && t->count > 0)
				b->share = b->count / t->count;
		}
	}
	sorting = r;
	sorting_acc = acc;
	qsort(r->bsrows, r->nbsrows, sizeof(*r->bsrows), cmp_rows);
}

static int write_csv(struct report *r)
{
	static const char *const cols[] = {
		"rw", "bs", "iodepth", "numjobs", "config", "driver", "backend", "stage", "n",
		"mean_us", "mean_instructions", "count", "share", "clock",
	};
	const struct rbstagerow *b;
	struct family fa;
	int ret, drawn = 1;

	ret = family_open(&fa, r, "backend-stages", cols, sizeof(cols) / sizeof(cols[0]));
	if (ret)
		return ret;
	for (b = r->bsrows; b < r->bsrows + r->nbsrows; b++) {
		vlab_csv_cell(&fa.w, r->wl[b->wl].rw);
		vlab_csv_cell(&fa.w, r->wl[b->wl].bs);
		vlab_csv_cellf(&fa.w, "%ld", b->qd);
		vlab_csv_cellf(&fa.w, "%ld", r->wl[b->wl].numjobs);
		vlab_csv_cell(&fa.w, r->cfg[b->cfg].name);
		vlab_csv_cell(&fa.w, r->cfg[b->cfg].driver);
		vlab_csv_cell(&fa.w, r->cfg[b->cfg].backend);
		vlab_csv_cell(&fa.w, b->stage);
		vlab_csv_cellf(&fa.w, "%zu", b->n);
		family_num(&fa.w, b->mean_us);
		family_num(&fa.w, report_instructions(r, b->mean_us));
		family_num(&fa.w, b->count);
		family_num(&fa.w, b->share);
		vlab_csv_cell(&fa.w, r->clock_label);
		vlab_csv_end_row(&fa.w);
	}
	return family_finish(&fa, &drawn);
}

int report_backend_stages(struct report *r)
{
	struct vlab_csv csv = { 0 };
	struct acc *acc = NULL;
	char *path;
	int ret;

	if (asprintf(&path, "%s/backend-stages.csv", r->run_dir) < 0)
		return -ENOMEM;
	ret = vlab_csv_read(path, &csv);
	if (ret == -ENOENT) {
		ret = 0; /* summarised by an older vlab-summarize */
		goto out;
	}
	if (!ret) {
		r->bsrows = calloc(csv.nrows + 1, sizeof(*r->bsrows));
		acc = calloc(csv.nrows + 1, sizeof(*acc));
		ret = r->bsrows && acc ? accumulate(r, &csv, acc) : -ENOMEM;
	}
	if (ret == -EBADMSG)
		fprintf(stderr, "%s: %s: not a backend-stages table (id, stage, count, mean_us); "
				"run vlab-summarize again\n", prog, path);
	else if (ret)
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(-ret));
	if (ret)
		goto out;
	finish_rows(r, acc);
	if (r->nbsrows)
		ret = write_csv(r);
out:
	free(acc);
	vlab_csv_free(&csv);
	free(path);
	return ret;
}

/* The rows [a, b) of one workload point: a row per configuration, a column per stage. */
static void write_table(struct doc *d, const struct report *r, size_t a, size_t b)
{
	enum { MAXCOLS = 2 + 16 };
	const struct rworkload *w = &r->wl[r->bsrows[a].wl];
	const char *heads[MAXCOLS];
	char *hnames[MAXCOLS] = { 0 }, *cells[MAXCOLS] = { 0 }, n[24], align[MAXCOLS + 1];
	const char *stages[MAXCOLS];
	size_t nst = 0, i, j, k, c0;
	int icount = r->icount_shift >= 0;

	for (i = a; i < b; i++) {
		for (k = 0; k < nst && strcmp(stages[k], r->bsrows[i].stage); k++)
			;
		if (k == nst && nst < MAXCOLS - 2)
			stages[nst++] = r->bsrows[i].stage;
	}
	heads[0] = "Configuration";
	heads[1] = "n";
	for (k = 0; k < nst; k++) {
		if (asprintf(&hnames[k], icount ? "%s us (instructions)" : "%s (us)", stages[k]) < 0)
			hnames[k] = NULL;
		heads[2 + k] = hnames[k] ? hnames[k] : stages[k];
	}
	memset(align, 'r', 2 + nst);
	align[0] = 'l';
	align[2 + nst] = '\0';
	doc_heading(d, 3, "%s, bs %s, QD %ld, numjobs %ld", w->rw, w->bs, r->bsrows[a].qd,
		    w->numjobs);
	doc_table_begin(d, heads, 2 + nst, align);
	for (c0 = a; c0 < b; c0 = j) {
		size_t nmax = 0;

		for (j = c0; j < b && r->bsrows[j].cfg == r->bsrows[c0].cfg; j++)
			;
		cells[0] = report_config_label(&r->cfg[r->bsrows[c0].cfg]);
		for (k = 0; k < nst; k++) {
			cells[2 + k] = NULL;
			for (i = c0; i < j; i++) {
				const struct rbstagerow *s = &r->bsrows[i];

				if (strcmp(s->stage, stages[k]) || isnan(s->mean_us))
					continue;
				nmax = s->n > nmax ? s->n : nmax;
				if ((icount ? asprintf(&cells[2 + k], "%.2f (%.0f)", s->mean_us,
						       report_instructions(r, s->mean_us)) :
					      asprintf(&cells[2 + k], "%.2f", s->mean_us)) < 0)
					cells[2 + k] = NULL;
			}
		}
		snprintf(n, sizeof(n), "%zu", nmax);
		cells[1] = n;
		doc_table_row(d, cells, 2 + nst);
		free(cells[0]);
		for (k = 0; k < nst; k++)
			free(cells[2 + k]);
	}
	doc_table_end(d);
	for (k = 0; k < nst; k++)
		free(hnames[k]);
}

void report_write_backend_stages(struct doc *d, const struct report *r)
{
	size_t a, b;

	if (!r->nbsrows)
		return;
	doc_heading(d, 2, "Stages: fio, the block layer and the daemon");
	doc_para(d, 0, "Per I/O, from the outside in. fio: fio's mean latency. block: the block "
		       "layer's time per I/O, the disk's read and write ticks over its I/Os in the "
		       "same window (from each request's start to its completion, whatever serves "
		       "the disk; cpu.json disk_ms; null_blk, which completes inside the submitter's "
		       "plug, reads 0: the block layer's clock is cached for the plug); fio minus "
		       "block is the "
		       "guest's submission and completion path around the disk, block minus the "
		       "daemon's total is the transport's crossing (VDUSE: kick, bounce, interrupt "
		       "injection; ublk: the request's dispatch to the daemon and its commit). Then "
		       "vduse-blkd's own stages, as it prints them at "
		       "exit (backend.log, last JSON line; vlab-summarize's backend-stages.csv). "
		       "Each cell is a stage's mean time per request, its queues together, "
		       "averaged over the n repetitions; a stage's mean is over the requests it "
		       "timed, which for a wake-up stage can be few (charts/backend-stages.csv has "
		       "the counts and their share of total). Over VDUSE: kick_to_pop (the kick "
		       "seen, or a poll found work -> request popped), pop_to_submit (popped -> "
		       "handed to the target), submit_to_done (the target), done_to_irq (done -> "
		       "interrupt injected), total (popped -> interrupt). Over ublk the same "
		       "daemon and target write the same keys, meaning: the queue thread woke -> "
		       "request taken from its completion queue; taken -> handed to the target; "
		       "the target; done -> its COMMIT_AND_FETCH queued; taken -> queued (both timed "
		       "just before the io_uring_enter that submits a pass's answers). "
		       "Clock: %s.", r->clock_label);
	if (r->icount_shift >= 0)
		doc_para(d, 0, "In parentheses: the same in guest instructions, guest ns / 2^%d "
			       "(the instructions every vCPU executed meanwhile).", r->icount_shift);
	for (a = 0; a < r->nbsrows; a = b) {
		for (b = a; b < r->nbsrows && r->bsrows[b].wl == r->bsrows[a].wl &&
			    r->bsrows[b].qd == r->bsrows[a].qd; b++)
			;
		write_table(d, r, a, b);
	}
}
