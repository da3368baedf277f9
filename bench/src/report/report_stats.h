// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: the model's figures and lookups (report_stats.c). */
#ifndef VLAB_REPORT_STATS_H
#define VLAB_REPORT_STATS_H

#include <stddef.h>

#include "report_model.h"

/* The configuration's name, marked when its results are unsafe; malloc'd. */
char *report_config_label(const struct rconfig *c);

int report_is_tcg(const struct report *r);
/* Wall-clock TCG: figures that move with the host, comparable only inside a run. */
int report_is_noisy(const struct report *r);
/* The line every chart carries at its foot: the clock, and a warning when noisy. */
void report_footer(const struct report *r, char *buf, size_t len);
/* us of guest time in guest instructions on the instruction clock; NAN off it. */
double report_instructions(const struct report *r, double us);
/* Does workload w have any point (ok or not) at queue depth qd? */
int report_has_qd(const struct report *r, size_t w, long qd);
size_t report_find_config(const struct report *r, const char *name);
/* Does configuration c have a successful point in workload wl? (gnuplot refuses empty series) */
int report_has_data(const struct report *r, size_t wl, size_t c);
/* Median of the non-NAN values of v[0..n), NAN if none; reorders v. */
double report_median(double *v, size_t n);
/* All figures are NAN when n is 0. */
int report_cell(const struct report *r, size_t w, long qd, size_t c, struct rcell *out);
/* The aggregate.csv row of a configuration, workload point and metric, or NULL. */
char **report_agg_row(const struct report *r, const char *config, const char *rw,
		      const char *bs, long qd, long nj, const char *metric);
/* An aggregate.csv row's rw label (as rpoint's rw), written into buf. */
const char *report_agg_rw(const struct report *r, char **row, char *buf, size_t len);
/* Column index of aggregate.csv, or -1. */
int report_agg_col(const struct report *r, const char *name);

/* Remember a picture drawn; title and base are copied. */
int report_add_chart(struct report *r, const char *title, const char *base,
		     enum rsection section);

#endif
