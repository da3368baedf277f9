// SPDX-License-Identifier: GPL-2.0-only
/* The chart families of vlab-report (see report_family.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "report_family.h"
#include "report_gnuplot.h"
#include "report_stats.h"

static const char *const prog = "vlab-report";

void family_num(struct vlab_csv_out *w, double v)
{
	if (isnan(v))
		vlab_csv_cell(w, "NaN");
	else
		vlab_csv_cellf(w, "%.3f", v);
}

int family_open_in(struct family *fa, struct report *r, const char *sub, const char *name,
		   const char *const *cols, size_t ncols)
{
	char *dir = NULL, *path = NULL;
	size_t i;
	int ret;

	memset(fa, 0, sizeof(*fa));
	fa->r = r;
	fa->sub = sub;
	fa->name = name;
	if ((*sub ? asprintf(&dir, "%s/%s", r->run_dir, sub) : asprintf(&dir, "%s", r->run_dir)) < 0)
		return -ENOMEM;
	if (*sub && mkdir(dir, 0755) < 0 && errno != EEXIST) {
		ret = -errno;
		goto out;
	}
	if (asprintf(&path, "%s/%s.csv", dir, name) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	ret = vlab_atomic_open(&fa->csv, path);
	free(path);
	path = NULL;
	if (ret)
		goto out;
	if (asprintf(&path, "%s/%s.gp", dir, name) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	ret = vlab_atomic_open(&fa->gp, path);
	if (ret)
		goto out;
	vlab_csv_begin(&fa->w, fa->csv.f);
	for (i = 0; i < ncols; i++)
		vlab_csv_cell(&fa->w, cols[i]);
	vlab_csv_end_row(&fa->w);
out:
	free(path);
	free(dir);
	return ret;
}

int family_open(struct family *fa, struct report *r, const char *name,
		const char *const *cols, size_t ncols)
{
	int ret = family_open_in(fa, r, "charts", name, cols, ncols);

	if (ret)
		return ret;
	fprintf(fa->gp.f,
		"# Written by vlab-report: %s charts, drawn from %s.csv only.\n"
		"# Re-draw with: cd charts; gnuplot %s.gp (vlab-report sets sfx to a\n"
		"# temporary suffix and renames the pictures when gnuplot succeeds).\n"
		"if (!exists('sfx')) sfx = ''\n"
		"set datafile separator ','\n"
		"set datafile missing 'NaN'\n"
		"set key outside right top\n"
		"set grid\n"
		"set bmargin 5 # room for the TCG note under the axis label\n", name, name, name);
	return 0;
}

int family_output(struct family *fa, const char *base, const char *title)
{
	char **o = realloc(fa->outputs, (fa->noutputs + 2) * sizeof(*o));
	char **t = o ? realloc(fa->titles, (fa->noutputs / 2 + 1) * sizeof(*t)) : NULL;

	if (o)
		fa->outputs = o;
	if (t)
		fa->titles = t;
	if (!o || !t)
		return -ENOMEM;
	fa->titles[fa->noutputs / 2] = strdup(title);
	if (asprintf(&fa->outputs[fa->noutputs], "%s.png", base) < 0)
		return -ENOMEM;
	if (asprintf(&fa->outputs[fa->noutputs + 1], "%s.svg", base) < 0) {
		free(fa->outputs[fa->noutputs]);
		return -ENOMEM;
	}
	fa->noutputs += 2;
	return 0;
}

/* Start one chart: both formats in a loop, the caller writes the body. */
int chart_begin(struct family *fa, const char *base, const char *title, int width, int height)
{
	FILE *f = fa->gp.f;
	char footer[256];
	int ret = family_output(fa, base, title);

	if (ret)
		return ret;
	fprintf(f, "\n# %s\n"
		"do for [fmt in 'png svg'] {\n"
		"  if (fmt eq 'png') {\n"
		"    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
		"      set terminal pngcairo noenhanced size %d, %d\n"
		"    } else {\n"
		"      set terminal png noenhanced size %d, %d\n"
		"    }\n"
		"  } else {\n"
		"    set terminal svg noenhanced size %d, %d\n"
		"  }\n"
		"  set output '%s.'.fmt.sfx\n"
		"  set title ", title, width, height, width, height, width, height, base);
	report_gp_string(f, title);
	fprintf(f, "\n");
	report_footer(fa->r, footer, sizeof(footer));
	fprintf(f, "  set label 1 ");
	report_gp_string(f, footer);
	fprintf(f, " at screen 0.01, screen 0.02 left textcolor rgb '%s'\n",
		report_is_noisy(fa->r) ? "#b00000" : "#404040");
	return 0;
}

void chart_end(struct family *fa)
{
	fprintf(fa->gp.f, "  unset label 1\n  set output\n}\n");
}

void family_free(struct family *fa)
{
	size_t i;

	for (i = 0; i < fa->noutputs; i++)
		free(fa->outputs[i]);
	for (i = 0; i < fa->noutputs / 2; i++)
		free(fa->titles[i]);
	free(fa->outputs);
	free(fa->titles);
	if (fa->csv.f)
		vlab_atomic_abort(&fa->csv);
	if (fa->gp.f)
		vlab_atomic_abort(&fa->gp);
}

/* Commit the CSV and script, draw, and remember the charts drawn. */
int family_finish(struct family *fa, int *drawn)
{
	char *dir = NULL, *script = NULL, *base;
	size_t i;
	int ret;

	ret = fa->w.err;
	if (!ret)
		ret = vlab_atomic_commit(&fa->csv);
	if (!ret)
		ret = vlab_atomic_commit(&fa->gp);
	if (ret) {
		fprintf(stderr, "%s: writing %s%s%s.csv and .gp: %s\n", prog, fa->sub,
			*fa->sub ? "/" : "", fa->name, strerror(-ret));
		goto out;
	}
	if (!fa->noutputs)
		goto out; /* nothing to draw is not a failure */
	if ((*fa->sub ? asprintf(&dir, "%s/%s", fa->r->run_dir, fa->sub) :
			asprintf(&dir, "%s", fa->r->run_dir)) < 0 ||
	    asprintf(&script, "%s.gp", fa->name) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	if (report_gnuplot(dir, script, NULL, fa->outputs, fa->noutputs)) {
		*drawn = 0;
		goto out;
	}
	for (i = 0; i < fa->noutputs; i += 2) {
		if (asprintf(&base, "%s%s%.*s", fa->sub, *fa->sub ? "/" : "",
			     (int)(strlen(fa->outputs[i]) - 4), fa->outputs[i]) < 0) {
			ret = -ENOMEM;
			goto out;
		}
		ret = report_add_chart(fa->r, fa->titles[i / 2], base, fa->section);
		free(base);
		if (ret)
			goto out;
	}
out:
	free(dir);
	free(script);
	family_free(fa);
	return ret;
}
