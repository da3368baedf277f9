// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: charts/latiops.* (report_latiops.c). */
#ifndef VLAB_REPORT_LATIOPS_H
#define VLAB_REPORT_LATIOPS_H

#include <stddef.h>

#include "report_model.h"

/* charts/latiops.*: mean latency against IOPS through the queue depths. */
int report_latiops(struct report *r, int *drawn);

#endif
