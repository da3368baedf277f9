/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * One virtqueue served by one thread: take requests from the avail ring,
 * hand them to the target, return them in batches (one used->idx store and at
 * most one interrupt per batch), and wait for kicks by eventfd, by polling,
 * or adaptively (poll a while after work, then sleep with kicks enabled).
 */
#ifndef BE_QUEUE_H
#define BE_QUEUE_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "stats.h"
#include "target.h"
#include "virtq.h"

struct be_queue_opts {
	unsigned int poll_us; /* poll this long after the last work; 0: sleep at once */
	unsigned int batch;   /* publish after at most this many completions */
	/* Interrupt coalescing: hold a batch up to this long for more
	 * completions to join it; 0: publish as soon as the queue runs dry. */
	unsigned int batch_us;
	int cpu;              /* pin to this CPU, or -1 */
};

/*
 * Polling pays where the next request comes soon after the last completion
 * and a wake-up would be on its path (queue depth 1-4: latency-bound).
 * Deeper, kicks are off while the thread works anyway, and its polling
 * takes the CPU from what shares it (the crossed callbacks). The driver's
 * count matters as much as ours: a target that finishes each request at
 * once (null) never holds more than one, however deep the guest's queue.
 */
#define BE_POLL_SHALLOW_DEPTH 4

struct be_batch_time {
	uint64_t pop, done;
};

struct be_queue {
	unsigned int idx;
	int devfd;   /* for VDUSE_VQ_INJECT_IRQ; -1 in unit tests */
	int kickfd, stopfd, tfd;
	struct vq_ring vq;
	struct iotlb *tlb;
	struct be_tq tq; /* the target's view: tgt, its per-queue state, done */
	struct be_queue_opts o;
	/* o.poll_us, or what the control thread set since (--crossed-poll-us):
	 * read at each idle moment. poll_shallow: poll only while the queue
	 * runs at most BE_POLL_SHALLOW_DEPTH deep (be_queue_depth). */
	unsigned int poll_us;
	bool poll_shallow;
	struct be_io *ios;    /* vq.num slots */
	uint16_t *free;       /* stack of free slot numbers */
	struct be_batch_time *bt; /* times of the unpublished completions */
	unsigned int nbt;
	unsigned int nfree, inflight, unpublished;
	uint64_t t_held; /* be_now_ns() of the oldest unpublished completion */
	/* Most requests the driver had with us at once, over the last 16 to
	 * 32 published batches: holding a batch for company pays only if more
	 * requests than it holds are about. */
	unsigned int depth_now, depth_prev, depth_batches;
	bool stopping, running;
	bool stop_req; /* set by be_queue_stop; seen even while the ring stays busy */
	/* Pause (be_queue_pause): take nothing new, finish what is in flight, park. */
	bool pause_req, paused, holding;
	/* An IOTLB update left the ring unmapped (remap.c): the queue stays
	 * parked, be_queue_resume or not, until an update maps it again. */
	bool ring_lost, ring_lost_told;
	pthread_mutex_t plock;
	pthread_cond_t pcond;
	bool kicked;     /* the last wait ended on a kick */
	uint64_t t_kick; /* when (0: instrumentation compiled out, or no kick) */
	struct vq_chain chain; /* scratch for the chain walk */
	pthread_t thr;
	struct be_qstats st;
};

/* Set up q for a ring already translated into vq; allocates the slots. */
int be_queue_init(struct be_queue *q, struct be_target *t, struct iotlb *tlb,
		  int devfd, const struct be_queue_opts *o);
void be_queue_fini(struct be_queue *q);
int be_queue_start(struct be_queue *q);
/* Stop taking work, finish everything in flight, publish, join the thread. */
void be_queue_stop(struct be_queue *q);
/*
 * Stop taking work, finish and publish everything in flight, then park the
 * thread until be_queue_resume; returns once parked (nothing of the guest's
 * memory is touched until then). Control thread only; no-op if not running.
 */
void be_queue_pause(struct be_queue *q);
/* Let a paused queue run again, unless its ring is lost (ring_lost). */
void be_queue_resume(struct be_queue *q);
/* One pass without waiting: take work, reap, publish. Returns work done. */
int be_queue_poll_once(struct be_queue *q);
/*
 * How deep the queue has run lately: the most requests the driver had with
 * us at once over the last 16 to 32 batches, or the requests whose
 * completions it has not yet taken back (vq_unacked), whichever is more.
 */
unsigned int be_queue_depth(struct be_queue *q);

#include "clock.h"

#endif
