// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-summarize: the backend's own stage timings, from each point's
 * backend.log into backend-stages.csv (summarize_bstages.h). Long form, a
 * row per point and stage: the stage names are the daemon's (they differ
 * between its transports), so no column is named after one.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "blkdstats.h"
#include "csv.h"
#include "readfile.h"
#include "summarize_bstages.h"

static const char *const prog = "vlab-summarize";

static void stage_row(struct vlab_csv_out *w, const struct row *r, const char *stage,
		      uint64_t count, double mean_us)
{
	vlab_csv_cell(w, r->id);
	vlab_csv_cell(w, r->config);
	vlab_csv_cellf(w, "%ld", r->rep);
	vlab_csv_cell(w, stage);
	vlab_csv_cellf(w, "%llu", (unsigned long long)count);
	if (isnan(mean_us))
		vlab_csv_cell(w, NULL);
	else
		vlab_csv_cellf(w, "%.4f", mean_us);
	vlab_csv_end_row(w);
}

/*
 * One point's rows: what fio saw per I/O (fio), the block layer's part of
 * it (block: cpu.json's disk ticks, whatever serves the disk, null_blk
 * too), then the daemon's stages from its backend.log (none without one).
 */
static void point_rows(struct vlab_csv_out *w, const char *run_dir, const struct row *r)
{
	struct vlab_blkd_stats st;
	char *path, *text = NULL;
	size_t i;
	int ret;

	if (asprintf(&path, "%s/points/%s/backend.log", run_dir, r->id) < 0) {
		w->err = -ENOMEM;
		return;
	}
	ret = vlab_read_all(path, &text, NULL);
	if (!ret)
		ret = vlab_blkd_stats_parse(text, &st);
	if (ret == -EBADMSG)
		/* the other figures stand: say which file, and go on without it */
		fprintf(stderr, "%s: warning: %s: the last statistics line has a stage without "
				"an integer count and mean (or too many stages); no backend stages "
				"for this point\n", prog, path);
	else if (ret == -ENOMEM)
		w->err = ret;
	else if (ret && ret != -ENOENT)
		fprintf(stderr, "%s: warning: %s: %s; no backend stages for this point\n", prog,
			path, strerror(-ret));
	stage_row(w, r, VLAB_STAGE_FIO, r->fio.total_ios, r->fio.lat_mean_us);
	if (!isnan(r->block_us))
		stage_row(w, r, VLAB_STAGE_BLOCK, r->fio.total_ios, r->block_us);
	for (i = 0; !ret && i < st.nstages; i++)
		stage_row(w, r, st.stage[i].name, st.stage[i].count, st.stage[i].mean_ns / 1000);
	free(text);
	free(path);
}

int summarize_backend_stages(const char *run_dir, const struct row *rows, size_t n)
{
	static const char *const cols[] = { "id", "config", "rep", "stage", "count", "mean_us" };
	struct vlab_csv_out w;
	struct vlab_atomic a;
	char *path;
	size_t i;
	int ret;

	if (asprintf(&path, "%s/backend-stages.csv", run_dir) < 0)
		return -ENOMEM;
	ret = vlab_atomic_open(&a, path);
	free(path);
	if (ret)
		return ret;
	vlab_csv_begin(&w, a.f);
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		vlab_csv_cell(&w, cols[i]);
	vlab_csv_end_row(&w);
	for (i = 0; i < n && !w.err; i++)
		if (row_ok(&rows[i]))
			point_rows(&w, run_dir, &rows[i]);
	if (w.err) {
		vlab_atomic_abort(&a);
		return w.err;
	}
	return vlab_atomic_commit(&a);
}
