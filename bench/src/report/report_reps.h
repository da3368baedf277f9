// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: charts/reps.csv, a dot per repetition (report_reps.c). */
#ifndef VLAB_REPORT_REPS_H
#define VLAB_REPORT_REPS_H

#include <stddef.h>

#include "report_model.h"

/*
 * charts/reps.csv: a row per ok point (rw, bs, numjobs, iodepth, config,
 * rep, bs_bytes, iops, bw_kib_s, lat_mean_us, lat_p50_us, lat_p99_us,
 * lat_p999_us), the dots the charts draw beside their medians.
 */
int report_reps(struct report *r);
enum {
	REPS_COL_RW = 1, REPS_COL_BS, REPS_COL_NUMJOBS, REPS_COL_IODEPTH, REPS_COL_CONFIG,
	REPS_COL_REP, REPS_COL_BS_BYTES, REPS_COL_IOPS, REPS_COL_BW, REPS_COL_LAT,
	REPS_COL_P50, REPS_COL_P99, REPS_COL_P999,
};

#endif
