// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: chart.*, IOPS against queue depth (report_chart.c). */
#ifndef VLAB_REPORT_CHART_H
#define VLAB_REPORT_CHART_H

#include <stddef.h>

#include "report_model.h"

/* Write chart.csv and chart.gp, then run gnuplot; *drawn says if it worked. */
int report_chart(struct report *r, int *drawn);

#endif
