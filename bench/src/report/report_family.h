// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: a chart family, the one way every chart is made (those under
 * charts/ and chart.* in the run folder), so they all look and behave
 * alike: one CSV of derived figures, one gnuplot script that draws only
 * from it, a PNG and an SVG per chart, published together only when
 * gnuplot succeeds, and each remembered for the report.
 */
#ifndef VLAB_REPORT_FAMILY_H
#define VLAB_REPORT_FAMILY_H

#include <stddef.h>

#include "atomic.h"
#include "csv.h"
#include "report_model.h"

struct family {
	struct report *r;
	const char *sub;		/* "charts", or "" for the run folder itself */
	const char *name;		/* "lat": charts/lat.csv, charts/lat.gp */
	enum rsection section;		/* where the report shows these charts */
	struct vlab_atomic csv, gp;
	struct vlab_csv_out w;
	char **outputs;			/* "lat-randread-4k-j1.png", ... */
	char **titles;			/* one per chart (two outputs) */
	size_t noutputs;
};

/* A CSV number cell; NAN is written as NaN, which every script declares missing. */
void family_num(struct vlab_csv_out *w, double v);
/* Open charts/NAME.csv (with its header row) and charts/NAME.gp (its preamble). */
int family_open(struct family *fa, struct report *r, const char *name,
		const char *const *cols, size_t ncols);
/*
 * The same in the run folder's sub (NAME.csv and NAME.gp there when sub is
 * ""), and the script left empty: for a family that writes its own
 * preamble and charts (chart.*, a multiplot), then family_output() each.
 */
int family_open_in(struct family *fa, struct report *r, const char *sub, const char *name,
		   const char *const *cols, size_t ncols);
/* Record a chart the script draws: base.png and base.svg, titled title. */
int family_output(struct family *fa, const char *base, const char *title);
/*
 * Start one chart in the script: both formats in a loop, title set, the TCG
 * label on; the caller writes the body (ending in a plot) and chart_end().
 */
int chart_begin(struct family *fa, const char *base, const char *title, int width, int height);
void chart_end(struct family *fa);
/* Commit the CSV and script, draw, and remember the charts drawn; frees fa. */
int family_finish(struct family *fa, int *drawn);
/* Drop everything written; for error paths. */
void family_free(struct family *fa);

#endif
