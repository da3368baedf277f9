// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: the stage breakdown (report_stages.c). */
#ifndef VLAB_REPORT_STAGES_H
#define VLAB_REPORT_STAGES_H

#include <stddef.h>

#include "report_model.h"

/* The stage rows, charts/stages.csv and its charts; nothing without probe data. */
int report_stages(struct report *r, int *drawn);
/* "charts/stages-RW-BS-jN": the base of workload wl's stage chart. */
void report_stage_base(const struct report *r, size_t wl, char *buf, size_t len);

#endif
