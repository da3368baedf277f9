// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-answers' Markdown: the block "which knob value when" for one run,
 * every figure followed by the fig marker that vlab-figcheck checks it
 * with (bench/src/publish/figcheck.c), written as figcheck rounds it.
 */
#ifndef VLAB_ANSWERS_PRINT_H
#define VLAB_ANSWERS_PRINT_H

#include <stdio.h>

#include "answers_model.h"

/* The block's first and last lines; the first names the run. */
#define ANS_BEGIN_PREFIX "<!-- vlab-answers "
#define ANS_BEGIN_SUFFIX " begin -->"
#define ANS_END_LINE "<!-- vlab-answers end -->"

/*
 * The block for r, begin and end lines included; report_link is the link
 * to the run's REPORT.md as the reader of the file it goes into follows it.
 */
void ans_print(FILE *f, const struct ans_run *r, const char *report_link);

/*
 * A figure as vlab-figcheck reads it back: the cell times scale, at
 * decimals places, into buf (printf's rounding of the same double).
 */
const char *ans_number(char *buf, size_t len, const char *cell, double scale, int decimals);

/*
 * The places a ratio is written at: 3, or 4 when a significant one would
 * otherwise read as 1.000 at one of its three figures.
 */
int ans_ratio_decimals(double ratio, double lo, double hi, int significant);

#endif
