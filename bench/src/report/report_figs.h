// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: the charts under charts/ (report_figs.c). */
#ifndef VLAB_REPORT_FIGS_H
#define VLAB_REPORT_FIGS_H

#include <stddef.h>

#include "report_model.h"

/*
 * Latency, bandwidth, ratio and stage charts under charts/; failures are
 * reported.
 */
int report_figures(struct report *r, int *all_drawn);

#endif
