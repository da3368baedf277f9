// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: avail-ring abuse and notification rules. A head id out of
 * range is counted and skipped; an avail index that jumps beyond the ring
 * stops the queue without touching memory; when every slot is busy (a
 * target that holds requests) the avail ring waits and nothing is dropped;
 * EVENT_IDX suppresses interrupts the driver did not ask for; re-enabling
 * kicks publishes avail_event; completions are published in batches, and
 * with coalescing (batch_us) held, once the driver has shown a queue depth
 * above the batch's, until the batch fills, falls due or the queue stops;
 * the depth the polling gate reads counts the completions the driver has
 * not taken back (used_event) even when the target holds none.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sim.h"

static void bad_head(void)
{
	struct sim s;
	uint16_t id;
	uint32_t len;
	uint64_t st;

	sim_init(&s, 8, &null_ops, 1 << 20, false, false);
	sim_post(&s, 8);     /* == num */
	sim_post(&s, 65535); /* far out */
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	sim_post(&s, 0);
	sim_run(&s);
	CHECK(s.q.st.bad_head == 2, "bad heads counted %llu", (unsigned long long)s.q.st.bad_head);
	CHECK(sim_used(&s, &id, &len) == 1 && id == 0 && len == 513, "good head: id %u len %u", id, len);
	CHECK(sim_used(&s, &id, &len) == 0, "an out-of-range head reached the used ring");
	CHECK(sim_status(&s, st) == VIRTIO_BLK_S_OK, "status %u", sim_status(&s, st));
	sim_fini(&s);
}

static void avail_jump(void)
{
	struct sim s;
	uint16_t id;
	uint32_t len;

	sim_init(&s, 8, &null_ops, 1 << 20, false, false);
	s.avail->idx = 9; /* 9 new entries in an 8-entry ring: impossible */
	sim_run(&s);
	CHECK(s.q.st.bad_avail == 1 && s.q.vq.broken, "avail jump not detected");
	CHECK(s.q.st.reqs == 0 && sim_used(&s, &id, &len) == 0, "requests taken from a broken ring");
	sim_run(&s); /* stays stopped, does not spin or count again */
	CHECK(s.q.st.bad_avail == 1, "broken ring re-examined");
	sim_fini(&s);
}

static void backpressure(void)
{
	struct sim s;
	uint16_t id;
	uint32_t len;
	int seen[8] = { 0 };

	nheld = 0;
	sim_init(&s, 8, &hold_ops, 0, false, false);
	/* Head 0 posted 12 times: a driver re-posting a head still in flight.
	 * Only 8 slots exist. */
	sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	for (int i = 0; i < 8; i++)
		sim_post(&s, 0);
	sim_run(&s);
	CHECK(nheld == 8 && s.q.nfree == 0, "held %d, free %u", nheld, s.q.nfree);
	if (nheld != 8)
		exit(1);
	for (int i = 0; i < 4; i++)
		sim_post(&s, 0);
	sim_run(&s);
	CHECK(nheld == 8 && s.q.vq.last_avail == 8, "took work with no free slot (last_avail %u)",
	      s.q.vq.last_avail);
	CHECK(s.q.st.full >= 1, "full not counted");
	for (int i = 0; i < 8; i++)
		be_io_done(&s.q.tq, held[i], VIRTIO_BLK_S_OK);
	nheld = 0;
	sim_run(&s); /* publishes the 8 (a full batch) */
	sim_run(&s);
	CHECK(nheld == 4 && s.q.vq.last_avail == 12, "after freeing: held %d last_avail %u", nheld,
	      s.q.vq.last_avail);
	for (int i = 0; i < 4; i++)
		be_io_done(&s.q.tq, held[i], VIRTIO_BLK_S_OK);
	sim_run(&s);
	for (int i = 0; i < 12; i++)
		if (sim_used(&s, &id, &len) == 1 && id < 8)
			seen[id]++;
	CHECK(seen[0] == 12, "12 completions of head 0 expected, got %d", seen[0]);
	sim_fini(&s);
}

static void event_idx(void)
{
	struct sim s;
	uint16_t *used_event, *avail_event;

	sim_init(&s, 8, &null_ops, 1 << 20, true, false);
	used_event = (uint16_t *)&s.avail->ring[8];
	avail_event = (uint16_t *)&s.used->ring[8];
	sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	sim_post(&s, 0);
	sim_run(&s); /* the first batch always notifies */
	CHECK(s.q.st.irqs == 1 && s.q.st.irqs_suppressed == 0, "first: irqs %llu",
	      (unsigned long long)s.q.st.irqs);
	*used_event = 5; /* "interrupt me when used passes 5" */
	sim_post(&s, 0);
	sim_run(&s);
	CHECK(s.q.st.irqs == 1 && s.q.st.irqs_suppressed == 1, "used 2 <= 5: not suppressed");
	for (int i = 0; i < 4; i++)
		sim_post(&s, 0);
	sim_run(&s); /* used goes 2 -> 6, crossing 5 */
	CHECK(s.q.st.irqs == 2, "crossing used_event: no interrupt");
	CHECK(s.q.st.batches == 3 && s.q.st.batch_max == 4, "batches %llu max %llu",
	      (unsigned long long)s.q.st.batches, (unsigned long long)s.q.st.batch_max);
	vq_kicks(&s.q.vq, true);
	CHECK(*avail_event == s.q.vq.last_avail, "avail_event %u, want %u", *avail_event,
	      s.q.vq.last_avail);
	sim_fini(&s);
}

static void no_interrupt_flag(void)
{
	struct sim s;

	sim_init(&s, 8, &null_ops, 1 << 20, false, false);
	sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	s.avail->flags = VRING_AVAIL_F_NO_INTERRUPT;
	sim_post(&s, 0);
	sim_run(&s);
	CHECK(s.q.st.irqs == 0 && s.q.st.irqs_suppressed == 1, "NO_INTERRUPT ignored");
	vq_kicks(&s.q.vq, false);
	CHECK(s.used->flags & VRING_USED_F_NO_NOTIFY, "kicks not suppressed");
	vq_kicks(&s.q.vq, true);
	CHECK(!(s.used->flags & VRING_USED_F_NO_NOTIFY), "kicks not re-enabled");
	sim_fini(&s);
}

static void batch_limit(void)
{
	struct sim s;

	sim_init(&s, 8, &null_ops, 1 << 20, false, false);
	s.q.o.batch = 2;
	sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	for (int i = 0; i < 5; i++)
		sim_post(&s, 0);
	sim_run(&s);
	CHECK(s.used->idx == 2 && s.q.st.batch_max == 2, "batch of 2: used idx %u", s.used->idx);
	sim_run(&s);
	sim_run(&s);
	CHECK(s.used->idx == 5 && s.q.st.batches == 3, "5 in batches of 2: used %u batches %llu",
	      s.used->idx, (unsigned long long)s.q.st.batches);
	sim_fini(&s);
}

static void batch_hold(void)
{
	struct sim s;
	struct timespec wait = { .tv_nsec = 120 * 1000 * 1000 };

	sim_init(&s, 8, &null_ops, 1 << 20, false, false);
	s.q.o.batch = 4;
	s.q.o.batch_us = 100000; /* 100 ms: far longer than one pass */
	sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	sim_post(&s, 0);
	sim_run(&s);
	CHECK(s.used->idx == 1, "queue depth 1 is never held: used idx %u", s.used->idx);
	for (int i = 0; i < 4; i++)
		sim_post(&s, 0);
	sim_run(&s);
	CHECK(s.used->idx == 5 && s.q.st.batches == 2, "a full batch waits no longer: used idx %u",
	      s.used->idx);
	sim_post(&s, 0);
	sim_post(&s, 0);
	sim_run(&s);
	sim_run(&s);
	CHECK(s.used->idx == 5, "2 completions held after depth 4: used idx %u", s.used->idx);
	nanosleep(&wait, NULL);
	sim_run(&s);
	CHECK(s.used->idx == 7 && s.q.st.batches == 3, "a batch past its time published: used idx %u",
	      s.used->idx);
	sim_post(&s, 0);
	sim_run(&s);
	CHECK(s.used->idx == 7, "a lone completion held after depth 4: used idx %u", s.used->idx);
	s.q.stopping = true;
	sim_run(&s);
	CHECK(s.used->idx == 8, "stopping publishes a held batch: used idx %u", s.used->idx);
	sim_fini(&s);
}

/* A null target holds nothing, yet a driver that lags behind our
 * completions keeps the queue deep: the polling gate must see that. */
static void depth_unacked(void)
{
	struct sim s;
	uint16_t *used_event;

	sim_init(&s, 64, &null_ops, 1 << 20, true, false);
	used_event = (uint16_t *)&s.avail->ring[64];
	sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	sim_post(&s, 0);
	sim_run(&s);
	*used_event = 1; /* the driver took that one back */
	CHECK(be_queue_depth(&s.q) == 1, "depth 1 after one request: %u", be_queue_depth(&s.q));
	for (int i = 0; i < 24; i++) {
		sim_post(&s, 0);
		sim_run(&s); /* one at a time: we never hold more than one */
	}
	CHECK(s.used->idx == 25, "all completed: used idx %u", s.used->idx);
	CHECK(be_queue_depth(&s.q) == 24, "24 completions not taken back: depth %u",
	      be_queue_depth(&s.q));
	CHECK(be_queue_depth(&s.q) > BE_POLL_SHALLOW_DEPTH, "a lagging driver reads as shallow");
	*used_event = 25; /* it caught up */
	CHECK(be_queue_depth(&s.q) == 1, "caught up: depth %u, want our own 1",
	      be_queue_depth(&s.q));
	*used_event = 0; /* interrupts off while it works (virtio_ring writes 0) */
	CHECK(be_queue_depth(&s.q) == 25, "interrupts off: depth %u", be_queue_depth(&s.q));
	sim_fini(&s);

	/* Without EVENT_IDX the driver tells nothing: our own count alone. */
	sim_init(&s, 64, &null_ops, 1 << 20, false, false);
	sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	for (int i = 0; i < 8; i++) {
		sim_post(&s, 0);
		sim_run(&s);
	}
	CHECK(vq_unacked(&s.q.vq) == 0 && be_queue_depth(&s.q) == 1,
	      "no EVENT_IDX: unacked %u depth %u", vq_unacked(&s.q.vq), be_queue_depth(&s.q));
	sim_fini(&s);
}

int main(void)
{
	bad_head();
	avail_jump();
	backpressure();
	event_idx();
	no_interrupt_flag();
	batch_limit();
	batch_hold();
	depth_unacked();
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: queue ring rules\n");
	return 0;
}
