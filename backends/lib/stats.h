/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Per-queue counters and histograms. Each queue thread is the only writer of
 * its own block; the stats printer reads them racily, which at worst shows a
 * counter one step behind. STAT_INC compiles to a plain add (no lock prefix).
 */
#ifndef BE_STATS_H
#define BE_STATS_H

#include <stdint.h>

#include "blkreq.h"
#include "hist.h" /* ebpf/lib: the one log-linear histogram, vduse-lat's too */

#define STAT_INC(s, f) __atomic_store_n(&(s)->f, (s)->f + 1, __ATOMIC_RELAXED)
#define STAT_ADD(s, f, v) __atomic_store_n(&(s)->f, (s)->f + (v), __ATOMIC_RELAXED)

/* Stages timed per request (histogram per stage, per queue). */
enum be_stage {
	ST_KICK_POP,     /* kick seen (or poll found work) -> popped */
	ST_POP_SUBMIT,   /* popped -> handed to the target */
	ST_SUBMIT_DONE,  /* target latency */
	ST_DONE_IRQ,     /* completed -> interrupt injected (or suppressed) */
	ST_TOTAL,        /* popped -> interrupt */
	ST_NR
};
extern const char *const be_stage_names[ST_NR];

/* A stage's histogram and its exact maximum (vduse-lat's BPF side keeps
 * none: an atomic max per value is too dear there). */
struct be_hist {
	struct hist h;
	uint64_t max;
};

/* Inline: a queue thread adds five values per request. */
static inline void be_hist_add(struct be_hist *bh, uint64_t v)
{
	bh->h.slots[hist_slot(v)]++;
	bh->h.count++;
	bh->h.sum += v;
	if (v > bh->max)
		bh->max = v;
}

struct be_qstats {
	uint64_t reqs, reads, writes, flushes, discards, write_zeroes, get_ids;
	uint64_t bytes_read, bytes_written;
	uint64_t ok, ioerr, unsupp;
	uint64_t err[BLK_ERR_NR];
	uint64_t bad_avail, bad_head;
	uint64_t kicks, spurious_kicks, empty_polls, sleeps;
	uint64_t irqs, irqs_suppressed, batches, batch_max;
	uint64_t full; /* times every slot was busy and the avail ring had to wait */
#ifndef BE_NO_INSTR
	struct be_hist stage[ST_NR];
#endif
};

#endif
