// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-blkd's own statistics, as it prints them with --json into a point's
 * backend.log (backends/lib/stats_json.c): one JSON object per line, whose
 * stats.queues[] each hold latency_ns, a histogram summary per stage
 * ({"count", "mean", ...} in whole ns) under the stage's name
 * (backends/lib/queue.c be_stage_names; over ublk the same keys, with the
 * ublk transport's meaning). The last such line is the whole run's: the
 * daemon prints it at exit. Read by keys; the stage names are taken as the
 * daemon wrote them, so a daemon with other stages needs no change here.
 */
#ifndef VLAB_BLKDSTATS_H
#define VLAB_BLKDSTATS_H

#include <stddef.h>
#include <stdint.h>

#define VLAB_BLKD_MAX_STAGES 16

/*
 * The two stages of backend-stages.csv that are not the daemon's, before
 * its own in each point's rows: fio's mean latency per I/O, and the block
 * layer's part of it (the disk's request time per I/O, cpu.json disk_ms:
 * from each request's start to its completion, whoever serves it). Their
 * difference is the guest's submission and completion path around the
 * disk; block minus the daemon's total is the transport's.
 */
#define VLAB_STAGE_FIO "fio"
#define VLAB_STAGE_BLOCK "block"

/* One stage over every queue of the device. */
struct vlab_blkd_stage {
	char name[32];
	uint64_t count;		/* requests the stage timed, all queues */
	double mean_ns;		/* count-weighted mean of the queues' means; NAN when count is 0 */
};

struct vlab_blkd_stats {
	char event[16];		/* the line's "event" ("exit", "interval", ...), "" without */
	size_t nqueues;
	size_t nstages;		/* in the order the first queue names them */
	struct vlab_blkd_stage stage[VLAB_BLKD_MAX_STAGES];
};

/*
 * The last line of text that parses as a JSON object with stats.queues (an
 * array): a line cut short, or any other output of the daemon, is skipped.
 * 0; -ENOENT when no line holds statistics, or the last one has no
 * latency_ns (an uninstrumented build); -EBADMSG when a stage of it lacks
 * an integer count or mean, a stage name is longer than the struct holds,
 * or there are more than VLAB_BLKD_MAX_STAGES.
 */
int vlab_blkd_stats_parse(const char *text, struct vlab_blkd_stats *out);

#endif
