// SPDX-License-Identifier: GPL-2.0-only
/* vlab-summarize: the backend's own stage timings (summarize_bstages.c). */
#ifndef VLAB_SUMMARIZE_BSTAGES_H
#define VLAB_SUMMARIZE_BSTAGES_H

#include <stddef.h>

#include "summarize_row.h"

/*
 * RUN_DIR/backend-stages.csv: id,config,rep,stage,count,mean_us, a row per
 * ok point and stage: fio and block (lib/blkdstats.h VLAB_STAGE_FIO,
 * VLAB_STAGE_BLOCK; block only where cpu.json has disk_ms), then each
 * stage of the last statistics line vduse-blkd printed into
 * points/<id>/backend.log (lib/blkdstats.h), its queues summed. Points
 * without one (qemu-storage-daemon, null_blk, a build without
 * instrumentation) have only the first two; the file always has its header.
 */
int summarize_backend_stages(const char *run_dir, const struct row *rows, size_t n);

#endif
