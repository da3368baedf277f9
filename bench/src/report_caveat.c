// SPDX-License-Identifier: GPL-2.0-only
/*
 * The caveats of report_caveat.h. Per-task perf stat switches its counters
 * at every context switch of the task it counts; vduse-blkd and
 * qemu-storage-daemon switch at very different rates, so it cost them
 * unequally (commit 1dee097: one boot, null randread QD 32, vduse-blkd/QSD
 * 1.13-1.32 with perf stat, 1.33-1.55 without).
 */
#include "report_caveat.h"

const char *report_perf_caveat(void)
{
	return "Caveat: this run kept perf stat on fio and on the backend (perf = on); "
	       "its counters are switched at every context switch, which backend types do at "
	       "different rates, so perf costs them unequally and ratios between backend types "
	       "are skewed (vduse-blkd to QSD read 1.13-1.32 with perf stat, 1.33-1.55 without).";
}
