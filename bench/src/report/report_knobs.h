// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: the plan's drivers and charts/knobs.* (report_knobs.c). */
#ifndef VLAB_REPORT_KNOBS_H
#define VLAB_REPORT_KNOBS_H

#include <stddef.h>

#include "report_model.h"

/* The plan's drivers and their knobs (plan.json's document); none in older plans. */
struct json_object;
int report_load_drivers(struct report *r, struct json_object *plan);
void report_free_drivers(struct report *r);
/* charts/knobs.*: a panel per knob when the drivers set two knobs or more. */
int report_knobs(struct report *r, int *drawn);

#endif
