// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: each point's vduse-lat record (report_probe.c). */
#ifndef VLAB_REPORT_PROBE_H
#define VLAB_REPORT_PROBE_H

#include <stddef.h>

#include "report_model.h"

/* vduse-lat's own names: the keys of its "stages" and "backend_stages" objects */
extern const char *const report_stage_names[RSTAGE_COUNT];
/* The stages in the order an I/O passes them: the first RSTACK_COUNT can
 * be stacked, the last is total. */
extern const enum rstage report_stack_order[RSTAGE_COUNT];
/* "queue map kick ...": the stages of mask in stack order, malloc'd. */
char *report_stack_names(unsigned mask);
/* Read every point's vduse-lat.json (points with none are left alone). */
int report_load_probes(struct report *r);

#endif
