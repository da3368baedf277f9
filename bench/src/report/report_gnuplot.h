// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: running gnuplot (report_gnuplot.c). */
#ifndef VLAB_REPORT_GNUPLOT_H
#define VLAB_REPORT_GNUPLOT_H

#include <stddef.h>
#include <stdio.h>

/*
 * Run "gnuplot -e 'sfx = \".tmp.PID\"; VARS' SCRIPT" in dir. The script
 * writes each of outputs (names relative to dir) as NAME.sfx; they are
 * renamed into place only when gnuplot succeeds, all of them or none.
 */
int report_gnuplot(const char *dir, const char *script, const char *vars,
		   char *const *outputs, size_t noutputs);
/* A gnuplot single-quoted string. */
void report_gp_string(FILE *f, const char *s);

#endif
