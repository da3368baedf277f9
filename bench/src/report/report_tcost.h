// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: what each transport costs over the kernel alone
 * (report_tcost.c), and the backend's own stages (report_bstages.h).
 */
#ifndef VLAB_REPORT_TCOST_H
#define VLAB_REPORT_TCOST_H

#include "report_doc.h"
#include "report_model.h"

/* The backend type that is the floor: the kernel's null_blk, no userspace. */
#define REPORT_FLOOR_TYPE "nullb"
/* The reference's backend types: qemu-storage-daemon's, "qsd-" + target. */
#define REPORT_REF_PREFIX "qsd-"

/* The plan's backend of configuration cfg, or NULL (older plans). */
const struct rbackend *report_backend_of(const struct report *r, size_t cfg);
/* "null" of "blkd-null", "ublk-null", "qsd-null" */
const char *report_target_of(const char *type);
/* The configuration of driver on a backend of type (prefix + target) with queues q, or REPORT_NONE. */
size_t report_find_cell(const struct report *r, const char *driver, const char *prefix,
			const char *target, long q);

/*
 * Read the plan's backends, then with a null_blk backend in the run each
 * configuration's cost over it (charts/transport-cost.csv), and the backend
 * stages of backend-stages.csv (charts/backend-stages.csv).
 */
int report_transports(struct report *r);
/* Their tables in the report; nothing without the data. */
void report_write_transports(struct doc *d, const struct report *r);
void report_free_transports(struct report *r);

#endif
