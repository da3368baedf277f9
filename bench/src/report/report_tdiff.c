// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: where VDUSE and ublk differ, when the same daemon serves the
 * same target over both (backend types blkd-T and ublk-T, same driver, same
 * queues). From the stage means (report_bstages.c) each side's I/O splits
 * into three parts that add up to fio's latency:
 *
 *   guest    fio - block: the guest's submission and completion path
 *            around the disk (io_uring, blk-mq, the driver's completion);
 *   crossing block - the daemon's total: the way between the block layer
 *            and the daemon and back (VDUSE: kick, bounce copies, interrupt
 *            injection; ublk: dispatch to the daemon, the kernel's copies,
 *            the commit);
 *   daemon   the daemon's total (taken -> answered);
 *
 * and the difference of each part is printed beside the difference of the
 * whole, with the part that holds most of it named.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blkdstats.h"
#include "report_stats.h"
#include "report_tcost.h"
#include "report_tdiff.h"

#define VDUSE_DAEMON "blkd-"
#define UBLK_DAEMON "ublk-"
#define DAEMON_TOTAL "total"

enum part { P_GUEST, P_CROSSING, P_DAEMON, P_NR };
static const char *const part_names[P_NR] = { "guest", "crossing", "daemon" };

/* The mean of stage at (wl, qd) for configuration cfg, NAN without. */
static double stage_mean(const struct report *r, size_t wl, long qd, size_t cfg, const char *stage)
{
	for (size_t i = 0; i < r->nbsrows; i++) {
		const struct rbstagerow *b = &r->bsrows[i];

		if (b->wl == wl && b->qd == qd && b->cfg == cfg && !strcmp(b->stage, stage))
			return b->mean_us;
	}
	return NAN;
}

/* fio's latency and its three parts for cfg; 0, or -1 when a stage is missing. */
static int parts(const struct report *r, size_t wl, long qd, size_t cfg, double *fio, double p[P_NR])
{
	double block = stage_mean(r, wl, qd, cfg, VLAB_STAGE_BLOCK);
	double total = stage_mean(r, wl, qd, cfg, DAEMON_TOTAL);

	*fio = stage_mean(r, wl, qd, cfg, VLAB_STAGE_FIO);
	if (isnan(*fio) || isnan(block) || isnan(total))
		return -1;
	p[P_GUEST] = *fio - block;
	p[P_CROSSING] = block - total;
	p[P_DAEMON] = total;
	return 0;
}

static char *us_cell(const struct report *r, double us)
{
	char *s = NULL;
	int n;

	if (r->icount_shift >= 0)
		n = asprintf(&s, "%+.2f (%+.0f)", us, report_instructions(r, us));
	else
		n = asprintf(&s, "%+.2f", us);
	return n < 0 ? NULL : s;
}

/* One row: VDUSE's configuration c against its ublk twin u; 0 when written. */
static int diff_row(struct doc *d, const struct report *r, size_t wl, long qd, size_t c, size_t u)
{
	double fv, fu, pv[P_NR], pu[P_NR], delta[P_NR], most = 0;
	char *cells[4 + P_NR] = { 0 };
	size_t k, at = 0;

	if (parts(r, wl, qd, c, &fv, pv) || parts(r, wl, qd, u, &fu, pu))
		return -1;
	cells[0] = report_config_label(&r->cfg[c]);
	cells[1] = report_config_label(&r->cfg[u]);
	cells[2] = us_cell(r, fv - fu);
	for (k = 0; k < P_NR; k++) {
		delta[k] = pv[k] - pu[k];
		cells[3 + k] = us_cell(r, delta[k]);
		/* the part that moves most in the direction of the whole */
		if ((fv - fu) * delta[k] > most) {
			most = (fv - fu) * delta[k];
			at = k;
		}
	}
	if (most > 0 && asprintf(&cells[3 + P_NR], "%s (%.0f%%)", part_names[at],
				 100.0 * delta[at] / (fv - fu)) < 0)
		cells[3 + P_NR] = NULL;
	doc_table_row(d, cells, 4 + P_NR);
	for (k = 0; k < 4 + P_NR; k++)
		free(cells[k]);
	return 0;
}

void report_write_transport_diff(struct doc *d, const struct report *r)
{
	static const char *const heads[4 + P_NR] = {
		"VDUSE", "ublk", "fio", "guest", "crossing", "daemon", "most of it",
	};
	int any = 0;

	for (size_t wl = 0; wl < r->nwl; wl++)
		for (size_t q = 0; q < r->nqd; q++) {
			int open = 0;

			for (size_t c = 0; c < r->ncfg; c++) {
				const struct rbackend *b = report_backend_of(r, c);
				size_t u;

				if (!b || strncmp(b->type, VDUSE_DAEMON, strlen(VDUSE_DAEMON)))
					continue;
				u = report_find_cell(r, r->cfg[c].driver, UBLK_DAEMON,
						     report_target_of(b->type), b->queues);
				if (u == REPORT_NONE || isnan(stage_mean(r, wl, r->qd[q], c, VLAB_STAGE_FIO)))
					continue;
				if (!any) {
					doc_heading(d, 2, "Where VDUSE and ublk differ");
					doc_para(d, 0, "The same daemon and target over VDUSE and over ublk, "
						       "under the same driver: each side's I/O as three parts "
						       "that add up to fio's mean latency (the stage table "
						       "above): guest = fio - block (the guest's submission and "
						       "completion path around the disk), crossing = block - the "
						       "daemon's total (VDUSE: kick, bounce copies, interrupt "
						       "injection; ublk: dispatch to the daemon, the kernel's "
						       "copies, the commit), daemon = its total. Each cell is "
						       "VDUSE's minus ublk's, in us%s: positive where VDUSE costs "
						       "more; 'most of it' names the part holding the largest "
						       "share of the whole difference. Means over the "
						       "repetitions, without intervals: the A/A control and the "
						       "headline ratios say which differences are real. Two "
						       "readings: above QD 1 the parts include waiting behind "
						       "the other requests, so they split latency, not work "
						       "(the IOPS figures are the work); and where the driver "
						       "injects interrupts in the caller's context "
						       "(inject_mode=direct), the guest's completion, bounce "
						       "copies included, runs inside the daemon's injection "
						       "call and is counted as daemon. "
						       "Clock: %s.",
						 r->icount_shift >= 0 ? " (guest instructions)" : "",
						 r->clock_label);
					any = 1;
				}
				if (!open) {
					doc_heading(d, 3, "%s, bs %s, QD %ld, numjobs %ld", r->wl[wl].rw,
						    r->wl[wl].bs, r->qd[q], r->wl[wl].numjobs);
					doc_table_begin(d, heads, 4 + P_NR, "llrrrrl");
					open = 1;
				}
				diff_row(d, r, wl, r->qd[q], c, u);
			}
			if (open)
				doc_table_end(d);
		}
}
