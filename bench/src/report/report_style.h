// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: what every chart draws alike (report_style.c). */
#ifndef VLAB_REPORT_STYLE_H
#define VLAB_REPORT_STYLE_H

#include <stddef.h>
#include <stdio.h>

#include "report_model.h"

#define REPORT_UNSAFE_SUFFIX " (unsafe)"
/* Configuration c's key title: its name, " (unsafe)" when flagged, then suffix. */
void report_gp_cfg_title(FILE *f, const struct report *r, size_t c, const char *suffix);
/* " dashtype ..." for an unsafe configuration's line, else "". */
const char *report_gp_cfg_dash(const struct report *r, size_t c);
/* Define gnuplot's cfglabel(name): the name, " (unsafe)" appended when flagged. */
void report_gp_cfg_label_fn(FILE *f, const struct report *r);
/* The queue depths workload wl measured, ascending, into out[r->nqd]; how many. */
size_t report_wl_qds(const struct report *r, size_t wl, long *out);
/* x range and ticks at exactly the queue depths of workload wl (log x axis). */
void report_gp_qd_axis(FILE *f, const struct report *r, size_t wl, const char *indent);
/* The gnuplot condition that picks reps.csv's rows of wl and c; malloc'd, NULL on ENOMEM. */
char *report_gp_repsel(const struct report *r, size_t wl, size_t c);
/*
 * A further plot element: a dot (open circle, line type lt) per row of file
 * where cond holds, at x (an expression) and column ycol. -ENOMEM for a
 * NULL cond.
 */
int report_gp_dots(FILE *f, const char *file, const char *cond, const char *x, int ycol,
		   size_t lt);
/* Dots sit this far right of their median on a log2 x axis: 0.12 of an octave. */
#define REPORT_DOT_SHIFT "2**0.12"

#endif
