// SPDX-License-Identifier: GPL-2.0-only
/* vlab-answers' Markdown (answers_print.h). */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers_print.h"
#include "metrics.h"

/* MiB: 2^-20 is exact in binary and in this decimal form, so figcheck's scale is ours */
#define MIB_SCALE_TEXT "0.00000095367431640625"
#define MIB_SCALE (1.0 / 1048576.0)

static const char *const ranked[ANS_NRANKED] = ANS_RANKED;

static const char *cell(const struct ans_run *r, size_t row, int col)
{
	return r->agg.rows[row][col];
}

static int col(const struct ans_run *r, const char *name)
{
	return vlab_csv_col(&r->agg, name);
}

const char *ans_number(char *buf, size_t len, const char *s, double scale, int decimals)
{
	snprintf(buf, len, "%.*f", decimals, strtod(s, NULL) * scale);
	return buf;
}

int ans_ratio_decimals(double ratio, double lo, double hi, int significant)
{
	const double v[3] = { ratio, lo, hi };
	char buf[32];
	int i;

	for (i = 0; significant && i < 3; i++) {
		snprintf(buf, sizeof(buf), "%.3f", v[i]);
		if (!strcmp(buf, "1.000"))
			return 4;
	}
	return 3;
}

/* The marker that picks row: its configuration, workload point and metric. */
static void marker(FILE *f, const struct ans_run *r, size_t row, const char *cols,
		   const char *scale)
{
	size_t i;

	fprintf(f, "<!-- fig %s cols=%s%s%s config=%s rw=%s bs=%s iodepth=%s numjobs=%s metric=%s",
		r->name, cols, scale ? " scale=" : "", scale ? scale : "",
		cell(r, row, r->col_config), cell(r, row, r->col_rw), cell(r, row, r->col_bs),
		cell(r, row, r->col_iodepth), cell(r, row, r->col_numjobs),
		cell(r, row, r->col_metric));
	/* an empty extra axis is a value too: it keeps apart the points without it */
	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (r->xcol[i] >= 0)
			fprintf(f, " %s=%s", vlab_xaxis(i)->key, cell(r, row, r->xcol[i]));
	fputs(" -->", f);
}

/* "blkd-ram randrw-read70 64k QD 8": where a figure was measured */
static void point_label(FILE *f, const struct ans_run *r, size_t row, int backend)
{
	char buf[96];
	struct vlab_xvals x;

	if (vlab_xvals_from_cells(r->agg.rows[row], r->xcol, &x))
		vlab_xvals_unset(&x);
	if (backend)
		fprintf(f, "%s ", cell(r, row, r->col_backend));
	fprintf(f, "%s %s QD %s", vlab_rw_label(cell(r, row, r->col_rw), &x, buf, sizeof(buf)),
		cell(r, row, r->col_bs), cell(r, row, r->col_iodepth));
	if (strcmp(cell(r, row, r->col_numjobs), "1"))
		fprintf(f, ", %s jobs", cell(r, row, r->col_numjobs));
}

/* "1.120 [1.100, 1.140]" and its marker, or the ratio alone without an interval */
static void ratio(FILE *f, const struct ans_run *r, const struct vlab_hl_cell *c, int significant)
{
	char a[32], b[32], d[32];
	int dec = ans_ratio_decimals(c->ratio, c->lo, c->hi, significant);
	size_t row = c->row;

	fputs(ans_number(a, sizeof(a), cell(r, row, col(r, "ratio")), 1, dec), f);
	if (isnan(c->lo) || isnan(c->hi)) {
		marker(f, r, row, "ratio", NULL);
		return;
	}
	fprintf(f, " [%s, %s]", ans_number(b, sizeof(b), cell(r, row, col(r, "ratio_lo")), 1, dec),
		ans_number(d, sizeof(d), cell(r, row, col(r, "ratio_hi")), 1, dec));
	marker(f, r, row, "ratio,ratio_lo,ratio_hi", NULL);
}

/* The points of m with verdict v, "; " between, "—" when none. */
static void verdict_cell(FILE *f, const struct ans_run *r, const struct ans_metric *m,
			 enum ans_verdict v)
{
	size_t b, i, n = 0;

	/* a backend's points together, each backend in the run's order */
	for (b = 0; b < r->nbackends; b++)
		for (i = 0; i < m->n; i++) {
			if (m->verdict[i] != v ||
			    strcmp(cell(r, m->cells[i].row, r->col_backend), r->backends[b]))
				continue;
			fputs(n++ ? "; " : " ", f);
			point_label(f, r, m->cells[i].row, r->nbackends > 1);
			fputs(": ", f);
			ratio(f, r, &m->cells[i], 1);
		}
	fputs(n ? " |" : " — |", f);
}

/* "`prealloc-4m`: `bounce_strategy=prealloc` `bounce_size=4194304`" */
static void value_cell(FILE *f, const struct ans_driver *d)
{
	size_t n = 0;

	fprintf(f, "`%s`:", d->name);
	if (d->knobs && json_object_is_type(d->knobs, json_type_object)) {
		json_object_object_foreach(d->knobs, key, val) {
			fprintf(f, " `%s=%s`", key, json_object_get_string(val));
			n++;
		}
	}
	if (d->params && json_object_is_type(d->params, json_type_object) &&
	    json_object_object_length(d->params)) {
		fputs(" module parameters", f);
		json_object_object_foreach(d->params, key, val) {
			fprintf(f, " `%s=%s`", key, json_object_get_string(val));
			n++;
		}
	}
	if (!n)
		fputs(" the defaults", f);
	if (d->unsafe)
		fputs(" **unsafe**", f);
}

static void group_table(FILE *f, const struct ans_run *r, const struct ans_group *g)
{
	size_t i, k, shown;

	fprintf(f, "\n### %s\n\n", g->title);
	fprintf(f, "| rank | value | score | metric | wins: ratio [95%% interval] | losses: ratio [95%% interval] | no significant difference from `%s` |\n",
		r->plan.baseline);
	fputs("| --- | --- | --- | --- | --- | --- | --- |\n", f);
	for (i = 0; i < g->n; i++) {
		const struct ans_driver *d = &r->drivers[g->drivers[i]];

		for (k = 0, shown = 0; k < ANS_NRANKED; k++) {
			const struct ans_metric *m = &d->m[k];

			if (!m->present)
				continue;
			if (!shown++) {
				fprintf(f, "| %zu | ", i + 1);
				value_cell(f, d);
				/* "+2", "0", "-3": a count, whose sign is the answer */
				fprintf(f, d->score > 0 ? " | +%d |" : " | %d |", d->score);
			} else {
				fputs("| | | |", f);
			}
			fprintf(f, " %s |", vlab_metric_find(ranked[k])->label);
			verdict_cell(f, r, m, ANS_WIN);
			verdict_cell(f, r, m, ANS_LOSE);
			fprintf(f, " at %zu of %zu points", m->same, m->n);
			if (m->no_interval)
				fprintf(f, " (%zu without an interval)", m->no_interval);
			fputs(" |\n", f);
		}
	}
}

/* A memory figure in MiB with its marker, or "—" when the row is absent. */
static void mib(FILE *f, const struct ans_run *r, long row)
{
	char buf[32];

	if (row < 0) {
		fputs("—", f);
		return;
	}
	fputs(ans_number(buf, sizeof(buf), cell(r, (size_t)row, r->col_median), MIB_SCALE, 2), f);
	marker(f, r, (size_t)row, "median", MIB_SCALE_TEXT);
}

/* "64.00 at every point" or "0.25 to 4.00 (most at read 1M QD 4)" */
static void held(FILE *f, const struct ans_run *r, const struct ans_memory *m)
{
	char a[32], b[32];

	mib(f, r, (long)m->least);
	if (!strcmp(ans_number(a, sizeof(a), cell(r, m->least, r->col_median), MIB_SCALE, 2),
		    ans_number(b, sizeof(b), cell(r, m->most, r->col_median), MIB_SCALE, 2))) {
		fputs(" at every point", f);
		return;
	}
	fputs(" to ", f);
	mib(f, r, (long)m->most);
	fputs(" (most at ", f);
	point_label(f, r, m->most, 0);
	fputs(")", f);
}

static void memory_row(FILE *f, const struct ans_run *r, const char *name, const char *module,
		       const struct ans_memory *m)
{
	size_t k;

	fprintf(f, "| `%s` | %s | ", name, m->backend);
	if (!m->reported) {
		fprintf(f, "not reported%s | | | |\n",
			!strcmp(module, "stock") ? " (the stock module has no counters)" : "");
		return;
	}
	held(f, r, m);
	for (k = 1; k < ANS_NMEMORY; k++) {
		fputs(" | ", f);
		mib(f, r, m->part[k]);
	}
	fputs(" | ", f);
	if (m->at_base_most >= 0 && *cell(r, (size_t)m->at_base_most, col(r, "ratio"))) {
		size_t row = (size_t)m->at_base_most;
		struct vlab_hl_cell c = {
			.row = row,
			.ratio = strtod(cell(r, row, col(r, "ratio")), NULL),
			.lo = *cell(r, row, col(r, "ratio_lo")) ?
			      strtod(cell(r, row, col(r, "ratio_lo")), NULL) : NAN,
			.hi = *cell(r, row, col(r, "ratio_hi")) ?
			      strtod(cell(r, row, col(r, "ratio_hi")), NULL) : NAN,
		};

		ratio(f, r, &c, 0);
	} else {
		fputs("—", f);
	}
	fputs(" |\n", f);
}

static void memory_table(FILE *f, const struct ans_run *r, const struct ans_group *g)
{
	size_t i, b;

	fprintf(f, "\n| value | backend | held, MiB | kernel pages, MiB | in 2 MiB pages, MiB | ratio to `%s` where `%s` held most |\n",
		r->plan.baseline, r->plan.baseline);
	fputs("| --- | --- | --- | --- | --- | --- |\n", f);
	for (i = 0; i < g->n; i++) {
		const struct ans_driver *d = &r->drivers[g->drivers[i]];

		for (b = 0; b < d->nmem; b++)
			memory_row(f, r, d->name, d->module, &d->mem[b]);
	}
}

/* "IOPS and mean latency": the ranked metrics the run has */
static void metric_names(FILE *f, const struct ans_run *r)
{
	size_t k, n = 0, total = 0;

	for (k = 0; k < ANS_NRANKED; k++)
		total += r->ndrivers && r->drivers[0].m[k].present;
	for (k = 0; k < ANS_NRANKED; k++)
		if (r->ndrivers && r->drivers[0].m[k].present)
			fprintf(f, "%s%s", n++ ? (n == total ? " and " : ", ") : "",
				vlab_metric_find(ranked[k])->label);
	if (!n)
		fputs("no ranked metric", f);
}

static void noise_floor(FILE *f, const struct ans_run *r)
{
	char buf[32];
	size_t b, k, n;

	if (!r->plan.control) {
		fputs("No A/A control in this run: its noise floor was not measured, and a ratio counts as significant when its 95% interval excludes 1, which noise alone does for about one ratio in 20.\n",
		      f);
		return;
	}
	fprintf(f, "Noise floor: how far the A/A control `%s` (the baseline again) strays from 1, the largest over the workload points of each backend and metric:",
		r->plan.control);
	for (b = 0; b < r->nbackends; b++) {
		fprintf(f, "%s %s:", b ? ";" : "", r->backends[b]);
		for (k = 0, n = 0; k < ANS_NRANKED; k++) {
			long row = r->floors[b].row[k];

			if (r->ndrivers && !r->drivers[0].m[k].present)
				continue;
			fprintf(f, "%s %s ", n++ ? "," : "", vlab_metric_find(ranked[k])->label);
			if (row < 0) {
				fputs("not measured (fewer than two pairs)", f);
				continue;
			}
			fprintf(f, "%s%%", ans_number(buf, sizeof(buf),
						       cell(r, (size_t)row, r->col_noise), 100, 2));
			marker(f, r, (size_t)row, "noise_floor", "100");
			fputs(" (", f);
			point_label(f, r, (size_t)row, 0);
			fputs(")", f);
		}
	}
	fputs(".\n", f);
}

static void memory_intro(FILE *f, const struct ans_run *r)
{
	size_t b;

	if (!r->has_memory) {
		fputs("\nThis run has no memory figures (its aggregate.csv has no `mem_bytes` rows: it was summarised before the memory metrics existed), so no memory cost is given.\n",
		      f);
		return;
	}
	fprintf(f, "\nMemory, below each knob's table: `mem_bytes`, every bounce byte the device held at the end of a point (kernel pages plus pinned user memory; the median of the repetitions, in MiB), the least and the most over the backend's points, its kernel pages and those in 2 MiB pages where it held the most, and its ratio to `%s` where `%s` held the most, its heaviest point (—: no ratio, when a side holds 0 bytes or reports none). `%s` holds:",
		r->plan.baseline, r->plan.baseline, r->plan.baseline);
	for (b = 0; b < r->nbase_mem; b++) {
		fprintf(f, "%s %s ", b ? ";" : "", r->base_mem[b].backend);
		if (r->base_mem[b].reported)
			held(f, r, &r->base_mem[b]);
		else
			fputs("nothing it reports", f);
	}
	fputs(".\n", f);
}

static void intro(FILE *f, const struct ans_run *r, const char *report_link)
{
	size_t i;
	int unsafe = 0;

	fprintf(f, "Which knob value wins where, from the run [`%s`](%s) (sweep `%s`)%s%s%s\n",
		r->name, report_link, r->plan.name, r->plan.question ? ": *" : ".",
		r->plan.question ? r->plan.question : "", r->plan.question ? "*" : "");
	fprintf(f, "Clock: %s.\n\n", r->clock_label);
	fprintf(f, "Each value is a driver of the run, its module with the knobs and module parameters shown, compared with the baseline driver `%s` (module `%s`) %s%s%s at every workload point of the run: the ratio of its ",
		r->plan.baseline, r->baseline_module,
		r->plan.baseline_on ? "on its fixed backend `" : "on the same backend",
		r->plan.baseline_on ? r->plan.baseline_on : "", r->plan.baseline_on ? "`" : "");
	metric_names(f, r);
	fputs(" to the baseline's, the geometric mean over the paired repetitions with its 95% t interval. A value **wins** at a point where that ratio is significant (aggregate.csv's `ratio_sig`: the interval lies wholly outside the A/A noise band) and better (higher IOPS, lower latency), and **loses** where it is significant and worse; at the other points the run shows no significant difference.\n\n",
	      f);
	noise_floor(f, r);
	fputs("\nRanking, within each knob: safe values before unsafe ones; then by score, the wins minus the losses over ", f);
	metric_names(f, r);
	fprintf(f, " (above 0: better than `%s` at more points than worse); then by the geometric mean of all its ratios, turned so that above 1 is better (not printed); then by name. A value that sets two knobs is ranked under the one that comes first in kernel/knobs.def, ours before upstream's (`bounce_size`).\n",
		r->plan.baseline);
	for (i = 0; i < r->ndrivers; i++)
		unsafe |= r->drivers[i].unsafe;
	if (unsafe)
		fputs("\n**unsafe**: the value sets `bounce_strategy=direct`, which exposes guest memory to the backend: research only, never a deployment's choice.\n",
		      f);
	memory_intro(f, r);
	fprintf(f, "\nEach figure is followed by the marker of its aggregate.csv row, which `vlab-figcheck` checks; the run's [REPORT.md](%s) has every cell and metric.\n",
		report_link);
}

void ans_print(FILE *f, const struct ans_run *r, const char *report_link)
{
	size_t g;

	fprintf(f, "%s%s%s\n", ANS_BEGIN_PREFIX, r->name, ANS_BEGIN_SUFFIX);
	fputs("<!-- Generated by vlab-answers (bench/src/answers/) from the run named on the line above; do not edit: bench/vlab answers rewrites it (bench/src/README.md), and the bench.answers test fails when it differs from what the run gives. -->\n",
	      f);
	intro(f, r, report_link);
	if (!r->ndrivers)
		fputs("\nThe run has no driver other than its baseline and control: nothing to rank.\n", f);
	for (g = 0; g < r->ngroups; g++) {
		group_table(f, r, &r->groups[g]);
		if (r->has_memory)
			memory_table(f, r, &r->groups[g]);
	}
	/* a blank line ends the last table before the comment */
	fprintf(f, "\n%s\n", ANS_END_LINE);
}
