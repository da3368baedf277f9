// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-compare's verdicts and their output: the mode both runs decide, the
 * two sides and verdict of one point, and the text table (under 80
 * columns) or JSON lines that say them. compare.c decides and judges;
 * compare_print.c only prints.
 */
#ifndef VLAB_COMPARE_PRINT_H
#define VLAB_COMPARE_PRINT_H

#include <stdio.h>

#include "compare_read.h"
#include "interval.h"

#define CMP_MAX_WARNINGS 3

/* What is compared and how, decided once from both runs. */
struct cmp_mode {
	const char *metric;
	double threshold, fail_pct;	/* percent; fail_pct NAN without --fail-on-regression */
	int json, higher_better;
	int noisy;		/* wall-clock TCG: in-run ratios only */
	int gate_nothing;	/* noisy, but a run has no comparable ratios: warn, gate nothing */
	int have_floor;		/* either run measured an A/A noise floor */
	const char *warn[CMP_MAX_WARNINGS];
	size_t nwarn;
};

/* What the points came to: the summary and the exit status. */
struct cmp_tally {
	size_t matched;		/* compared, with a verdict */
	size_t baselines;	/* baseline points on a noisy clock: no verdict */
	size_t unmatched, significant, regressions;
	size_t failing;		/* regressions beyond --fail-on-regression */
	size_t unsafe;
};

/* The two sides of one point: absolute values, or in-run ratios on a noisy clock. */
struct cmp_sides {
	double *a, *b;
	size_t na, nb;
	const struct cmp_group *base;	/* A's baseline group (noisy), else NULL */
};

struct cmp_verdict {
	double mid_a, mid_b;	/* medians, or geometric mean in-run ratios */
	double floor;		/* the noise floor to clear, NAN without */
	struct vlab_ratio_ci ratio;
	int significant, worse, fails;
};

/* Print lead and text in lines under 80 columns, later lines led by indent. */
void cmp_wrap(FILE *f, const char *lead, const char *text, const char *indent);

/* The runs, their clocks, the warnings and the method. */
void cmp_print_header(const struct cmp_mode *m, const struct cmp_run *a, const struct cmp_run *b);
/* ga of A against gb of B: a table row, the column header before the first. */
void cmp_print_point(const struct cmp_mode *m, const struct cmp_group *ga,
		     const struct cmp_group *gb, const struct cmp_sides *s,
		     const struct cmp_verdict *v, int *header);
/* A baseline configuration on a noisy clock: the yardstick, no verdict. */
void cmp_print_baseline(const struct cmp_mode *m, const struct cmp_group *ga,
			const struct cmp_group *gb);
/* only_in: "A", "B", or NULL when the point is in both but not comparable. */
void cmp_print_unmatched(int json, const char *only_in, const struct cmp_group *g, const char *why);
void cmp_print_summary(const struct cmp_mode *m, const struct cmp_run *a,
		       const struct cmp_run *b, const struct cmp_tally *t);

#endif
