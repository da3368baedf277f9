// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: charts/reps.csv, every successful repetition's figures, so
 * a chart can draw each of them as a dot beside the median it summarises:
 * with 2 to 5 repetitions a reader sees their spread rather than trusting
 * a line. Written before any chart is drawn; chart.gp and the scripts in
 * charts/ read it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "atomic.h"
#include "report_reps.h"

static const char *const prog = "vlab-report";

/* the columns; the scripts name them by number (REPS_COL_* in report_reps.h) */
static const char *const reps_cols[] = {
	"rw", "bs", "numjobs", "iodepth", "config", "rep", "bs_bytes", "iops", "bw_kib_s",
	"lat_mean_us", "lat_p50_us", "lat_p99_us", "lat_p999_us",
};

static void num(struct vlab_csv_out *w, double v)
{
	if (isnan(v))
		vlab_csv_cell(w, "NaN");
	else
		vlab_csv_cellf(w, "%.3f", v);
}

int report_reps(struct report *r)
{
	const struct rpoint *p;
	struct vlab_csv_out w;
	struct vlab_atomic a = { 0 };
	char *path = NULL;
	size_t i;
	int ret;

	if (asprintf(&path, "%s/charts", r->run_dir) < 0)
		return -ENOMEM;
	if (mkdir(path, 0755) < 0 && errno != EEXIST) {
		ret = -errno;
		goto out;
	}
	free(path);
	if (asprintf(&path, "%s/charts/reps.csv", r->run_dir) < 0) {
		path = NULL;
		ret = -ENOMEM;
		goto out;
	}
	ret = vlab_atomic_open(&a, path);
	if (ret)
		goto out;
	vlab_csv_begin(&w, a.f);
	for (i = 0; i < sizeof(reps_cols) / sizeof(reps_cols[0]); i++)
		vlab_csv_cell(&w, reps_cols[i]);
	vlab_csv_end_row(&w);
	for (p = r->pts; p < r->pts + r->npts; p++) {
		if (!p->ok)
			continue; /* the medians are over ok points only, and so are the dots */
		vlab_csv_cell(&w, p->rw);
		vlab_csv_cell(&w, p->bs);
		vlab_csv_cellf(&w, "%ld", p->numjobs);
		vlab_csv_cellf(&w, "%ld", p->iodepth);
		vlab_csv_cell(&w, p->config);
		vlab_csv_cellf(&w, "%ld", p->rep);
		vlab_csv_cellf(&w, "%llu", (unsigned long long)p->bs_bytes);
		num(&w, p->iops);
		num(&w, p->bw);
		num(&w, p->lat_mean_us);
		num(&w, p->lat_p50_us);
		num(&w, p->lat_p99_us);
		num(&w, p->lat_p999_us);
		vlab_csv_end_row(&w);
	}
	ret = w.err;
	if (ret)
		vlab_atomic_abort(&a);
	else
		ret = vlab_atomic_commit(&a);
out:
	if (ret)
		fprintf(stderr, "%s: writing %s/charts/reps.csv: %s\n", prog, r->run_dir,
			strerror(-ret));
	free(path);
	return ret;
}
