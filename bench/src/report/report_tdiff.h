// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: where VDUSE and ublk differ, stage by stage (report_tdiff.c). */
#ifndef VLAB_REPORT_TDIFF_H
#define VLAB_REPORT_TDIFF_H

#include "report_doc.h"
#include "report_model.h"

/*
 * For every vduse-blkd configuration (blkd-T) with a twin over ublk
 * (ublk-T, same driver and queues): the difference of fio's latency and of
 * its three parts (guest, crossing, daemon) per workload point, from the
 * stage means; nothing without such pairs.
 */
void report_write_transport_diff(struct doc *d, const struct report *r);

#endif
