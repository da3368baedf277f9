// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: each configuration's memory cost beside its speed (report_mem.c). */
#ifndef VLAB_REPORT_MEM_H
#define VLAB_REPORT_MEM_H

#include "report_doc.h"
#include "report_model.h"

/* REPORT.md's "Memory cost": per workload point and configuration. */
void report_write_memory(struct doc *d, const struct report *r);

#endif
