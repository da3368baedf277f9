// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: the backend daemon's own stages (report_bstages.c). */
#ifndef VLAB_REPORT_BSTAGES_H
#define VLAB_REPORT_BSTAGES_H

#include "report_doc.h"
#include "report_model.h"

/*
 * From RUN/backend-stages.csv (vlab-summarize), if the run has one with
 * rows: per configuration, workload point and stage the mean over
 * repetitions, into r->bsrows and charts/backend-stages.csv.
 */
int report_backend_stages(struct report *r);
/* A table per workload point; nothing without rows. */
void report_write_backend_stages(struct doc *d, const struct report *r);

#endif
