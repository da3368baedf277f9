// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the conventions every chart shares, so a reader learns them
 * once: a configuration keeps its name, colour and marking in every
 * picture (an unsafe one is titled "(unsafe)" and drawn dashed), a queue
 * depth axis has ticks only at the depths measured, and each repetition is
 * a dot beside the median drawn through it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_stats.h"
#include "report_gnuplot.h"
#include "report_reps.h"
#include "report_style.h"

void report_gp_cfg_title(FILE *f, const struct report *r, size_t c, const char *suffix)
{
	char *s;

	if (asprintf(&s, "%s%s%s%s", r->cfg[c].name, r->cfg[c].unsafe ? REPORT_UNSAFE_SUFFIX : "",
		     suffix ? " " : "", suffix ? suffix : "") < 0)
		s = NULL;
	report_gp_string(f, s ? s : r->cfg[c].name);
	free(s);
}

const char *report_gp_cfg_dash(const struct report *r, size_t c)
{
	/* long dashes: told apart from the lat charts' percentile dashes 2 and 3 */
	return r->cfg[c].unsafe ? " dashtype (12, 6)" : "";
}

void report_gp_cfg_label_fn(FILE *f, const struct report *r)
{
	size_t c, n = 0;

	fprintf(f, "# a configuration's name as the charts print it: unsafe ones say so\n"
		   "cfglabel(c) = c");
	for (c = 0; c < r->ncfg; c++) {
		if (!r->cfg[c].unsafe)
			continue;
		fprintf(f, "%s", n++ ? " || c eq " : ".((c eq ");
		report_gp_string(f, r->cfg[c].name);
	}
	fprintf(f, "%s\n", n ? ") ? '" REPORT_UNSAFE_SUFFIX "' : '')" : "");
}

size_t report_wl_qds(const struct report *r, size_t wl, long *out)
{
	size_t q, n = 0;

	for (q = 0; q < r->nqd; q++)
		if (report_has_qd(r, wl, r->qd[q]))
			out[n++] = r->qd[q];
	return n;
}

void report_gp_qd_axis(FILE *f, const struct report *r, size_t wl, const char *indent)
{
	long *qd = calloc(r->nqd + 1, sizeof(*qd));
	size_t i, n = qd ? report_wl_qds(r, wl, qd) : 0;

	if (!n) {
		free(qd);
		return;
	}
	/* half an octave of room either side; on a log axis the depths spread evenly */
	fprintf(f, "%sset xrange [%g:%g]\n%sset xtics (", indent, qd[0] / M_SQRT2,
		qd[n - 1] * M_SQRT2, indent);
	for (i = 0; i < n; i++)
		fprintf(f, "%s%ld", i ? ", " : "", qd[i]);
	fprintf(f, ")\n%sunset mxtics\n", indent);
	free(qd);
}

char *report_gp_repsel(const struct report *r, size_t wl, size_t c)
{
	char *s = NULL;
	size_t len;
	FILE *f = open_memstream(&s, &len);

	if (!f)
		return NULL;
	fprintf(f, "strcol(%d) eq ", REPS_COL_RW);
	report_gp_string(f, r->wl[wl].rw);
	fprintf(f, " && strcol(%d) eq ", REPS_COL_BS);
	report_gp_string(f, r->wl[wl].bs);
	fprintf(f, " && column(%d) == %ld && strcol(%d) eq ", REPS_COL_NUMJOBS, r->wl[wl].numjobs,
		REPS_COL_CONFIG);
	report_gp_string(f, r->cfg[c].name);
	if (fclose(f)) {
		free(s);
		return NULL;
	}
	return s;
}

int report_gp_dots(FILE *f, const char *file, const char *cond, const char *x, int ycol,
		   size_t lt)
{
	if (!cond)
		return -ENOMEM; /* report_gp_repsel() failed */
	fprintf(f, ", \\\n    '%s' skip 1 using (%s ? %s : NaN):%d with points linetype %zu "
		   "pointtype 6 pointsize 0.5 notitle", file, cond, x, ycol, lt);
	return 0;
}
