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
#include "clock.h"
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

/* A stage's timestamps: nothing when instrumentation is compiled out. */
#ifdef BE_NO_INSTR
#define BE_NOW() 0
#define BE_STAGE(q, s, v) ((void)0)
#else
#define BE_NOW() be_ticks()
#define BE_STAGE(q, s, v) be_hist_add(&(q)->st.stage[s], be_ticks_ns(v))
#endif

/* Count a finished request by its virtio-blk status. */
static inline void be_stats_status(struct be_qstats *s, int status)
{
	if (status == VIRTIO_BLK_S_OK)
		STAT_INC(s, ok);
	else if (status == VIRTIO_BLK_S_UNSUPP)
		STAT_INC(s, unsupp);
	else
		STAT_INC(s, ioerr);
}

/* Count request r by its type (either transport's, as virtio-blk types). */
static inline void be_stats_count(struct be_qstats *s, const struct blk_req *r)
{
	switch (r->type) {
	case VIRTIO_BLK_T_IN:
		STAT_INC(s, reads);
		STAT_ADD(s, bytes_read, r->len);
		break;
	case VIRTIO_BLK_T_OUT:
		STAT_INC(s, writes);
		STAT_ADD(s, bytes_written, r->len);
		break;
	case VIRTIO_BLK_T_FLUSH:
		STAT_INC(s, flushes);
		break;
	case VIRTIO_BLK_T_DISCARD:
		STAT_INC(s, discards);
		break;
	case VIRTIO_BLK_T_WRITE_ZEROES:
		STAT_INC(s, write_zeroes);
		break;
	case VIRTIO_BLK_T_GET_ID:
		STAT_INC(s, get_ids);
		break;
	}
}

#endif
