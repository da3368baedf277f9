// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the inflight log (--reconnect) against a daemon killed in
 * each crash window: before any completion, with completions pushed but
 * not published, published in full, published but not yet logged (before
 * and after the heads were cleared), a head logged but the taken count not
 * yet stored, a head taken but not logged, and killed again while replaying.
 * In every case a new daemon recovering from the log completes each request
 * the guest posted exactly once (status OK), replays in the order they were
 * taken, and takes nothing twice from the avail ring; a log for another ring
 * size is refused.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "inflight.h"
#include "sim.h"

#define NUM 16
#define NREQ 5

struct daemon {
	struct be_target tgt;
	struct be_queue q;
};

static struct be_ifl_vq *ifl;

/* Daemon 1: a hold target, the log attached, NREQ reads posted and taken. */
static void first(struct sim *s, uint64_t st[NREQ])
{
	nheld = 0;
	sim_init(s, NUM, &hold_ops, 0, true, false);
	memset(ifl, 0xa5, sizeof(*ifl)); /* a stale file: start must clear it */
	be_ifl_vq_start(ifl, &s->q.vq);
	for (int i = 0; i < NREQ; i++) {
		st[i] = sim_req(s, 3 * i, VIRTIO_BLK_T_IN, i, 512, true, NULL);
		sim_post(s, 3 * i);
	}
	sim_run(s);
	CHECK(nheld == NREQ, "daemon 1 took %d of %d", nheld, NREQ);
}

/* A daemon started after a kill: its own queue on the same ring, recovered. */
static int next(struct sim *s, struct daemon *d, const struct be_ops *ops,
		struct be_ifl_recovery *rec)
{
	struct be_queue_opts qo = { .poll_us = 0, .batch = NUM, .cpu = -1 };
	int ret;

	memset(d, 0, sizeof(*d));
	d->tgt.ops = ops;
	d->tgt.geom.blk_size = 512;
	d->tgt.o.size = 1 << 20;
	ops->init(&d->tgt);
	vq_init(&d->q.vq, NUM, s->desc, s->avail, s->used, &s->tlb, true, false);
	d->q.vq.used_idx = s->used->idx;
	ret = be_ifl_vq_recover(ifl, &d->q.vq, rec);
	if (ret)
		return ret;
	d->q.kickfd = -1;
	return be_queue_init(&d->q, &d->tgt, &s->tlb, -1, &qo);
}

static void done(struct daemon *d)
{
	be_queue_fini(&d->q);
	if (d->tgt.ops->cleanup)
		d->tgt.ops->cleanup(&d->tgt);
}

/* The guest's view: each request completed exactly once, status OK. */
static void guest_sees_each_once(struct sim *s, const uint64_t st[NREQ], const char *what)
{
	int seen[NUM] = { 0 };
	uint16_t id;
	uint32_t len;

	while (sim_used(s, &id, &len))
		if (id < NUM)
			seen[id]++;
	for (int i = 0; i < NREQ; i++) {
		CHECK(seen[3 * i] == 1, "%s: head %d completed %d times", what, 3 * i, seen[3 * i]);
		CHECK(sim_status(s, st[i]) == VIRTIO_BLK_S_OK, "%s: head %d status %u", what, 3 * i,
		      sim_status(s, st[i]));
	}
	CHECK(s->used->idx == NREQ, "%s: used idx %u, want %d", what, s->used->idx, NREQ);
}

/* Daemon 1 finishes its first n held requests (pushed, not published). */
static void push(struct sim *s, int n)
{
	for (int i = 0; i < n; i++)
		be_io_done(&s->q.tq, held[i], VIRTIO_BLK_S_OK);
}

enum window {
	W_NONE,           /* nothing completed */
	W_PUSHED,         /* 2 pushed, not published */
	W_PUBLISHED,      /* 2 published and logged */
	W_IDX_STORED,     /* 2 pushed, used->idx stored, log not touched */
	W_STATES_CLEARED, /* the same, heads cleared, log used_idx not */
	W_COUNT_UNSTORED, /* the last head logged TAKEN, taken not stored */
	W_UNLOGGED,       /* the last head taken, nothing logged */
};

static const struct {
	const char *name;
	unsigned int replay, pushed_done, pushed_replayed;
	uint16_t first_replay; /* the oldest request still in flight */
} want[] = {
	[W_NONE] = { "none completed", 5, 0, 0, 0 },
	[W_PUSHED] = { "pushed, unpublished", 5, 0, 2, 0 },
	[W_PUBLISHED] = { "published", 3, 0, 0, 6 },
	[W_IDX_STORED] = { "used->idx stored", 3, 2, 0, 6 },
	[W_STATES_CLEARED] = { "heads cleared", 3, 0, 0, 6 },
	[W_COUNT_UNSTORED] = { "count not stored", 5, 0, 0, 0 },
	[W_UNLOGGED] = { "not logged", 4, 0, 0, 0 },
};

static void crash_at(enum window w)
{
	struct be_ifl_recovery rec;
	uint64_t st[NREQ];
	struct daemon d;
	struct sim s;
	uint16_t last = 3 * (NREQ - 1);

	first(&s, st);
	switch (w) {
	case W_NONE:
		break;
	case W_PUSHED:
		push(&s, 2);
		break;
	case W_PUBLISHED:
		push(&s, 2);
		sim_run(&s);
		break;
	case W_IDX_STORED:
	case W_STATES_CLEARED:
		push(&s, 2);
		__atomic_store_n(&s.used->idx, s.q.vq.used_idx, __ATOMIC_RELEASE);
		if (w == W_STATES_CLEARED)
			ifl->desc[0].state = ifl->desc[3].state = BE_IFL_FREE;
		break;
	case W_COUNT_UNSTORED:
		ifl->taken--;
		break;
	case W_UNLOGGED:
		ifl->taken--;
		ifl->desc[last].state = BE_IFL_FREE;
		break;
	}
	CHECK(next(&s, &d, &null_ops, &rec) == 0, "%s: recovery refused", want[w].name);
	CHECK(rec.replay == want[w].replay && rec.pushed_done == want[w].pushed_done &&
		      rec.pushed_replayed == want[w].pushed_replayed,
	      "%s: replay %u pushed_done %u pushed_replayed %u, want %u %u %u", want[w].name,
	      rec.replay, rec.pushed_done, rec.pushed_replayed, want[w].replay,
	      want[w].pushed_done, want[w].pushed_replayed);
	CHECK(d.q.vq.replay[0] == want[w].first_replay, "%s: first replay head %u, want %u",
	      want[w].name, d.q.vq.replay[0], want[w].first_replay);
	/* Not logged: the avail slot was not counted, so it is taken again. */
	CHECK(d.q.vq.last_avail == NREQ - (w == W_UNLOGGED),
	      "%s: last_avail %u, want %d", want[w].name, d.q.vq.last_avail,
	      NREQ - (w == W_UNLOGGED));
	be_queue_poll_once(&d.q);
	CHECK(d.q.vq.replayed == rec.replay, "%s: %llu replays taken, want %u", want[w].name,
	      (unsigned long long)d.q.vq.replayed, rec.replay);
	guest_sees_each_once(&s, st, want[w].name);
	CHECK(ifl->used_idx == NREQ && ifl->taken == NREQ, "%s: log used_idx %u taken %llu",
	      want[w].name, ifl->used_idx, (unsigned long long)ifl->taken);
	for (int i = 0; i < NUM; i++)
		CHECK(ifl->desc[i].state == BE_IFL_FREE, "%s: head %d left in state %u",
		      want[w].name, i, ifl->desc[i].state);
	done(&d);
	sim_fini(&s);
}

/* Replays come out in the order the dead daemon took the requests. */
static void replay_order(void)
{
	struct be_ifl_recovery rec;
	uint64_t st[NREQ];
	struct daemon d;
	struct sim s;

	first(&s, st);
	CHECK(next(&s, &d, &null_ops, &rec) == 0, "order: recovery refused");
	for (int i = 0; i < NREQ; i++)
		CHECK(d.q.vq.replay[i] == 3 * i, "order: replay %d is head %u, want %d", i,
		      d.q.vq.replay[i], 3 * i);
	be_queue_poll_once(&d.q);
	guest_sees_each_once(&s, st, "order");
	done(&d);
	sim_fini(&s);
}

/* Killed again while replaying: the third daemon still finishes each once. */
static void double_kill(void)
{
	struct be_ifl_recovery rec;
	uint64_t st[NREQ];
	struct daemon d2, d3;
	struct sim s;

	first(&s, st);
	push(&s, 1);
	sim_run(&s); /* head 0 seen by the guest */
	nheld = 0;
	CHECK(next(&s, &d2, &hold_ops, &rec) == 0 && rec.replay == 4, "double: replay %u", rec.replay);
	be_queue_poll_once(&d2.q);
	CHECK(nheld == 4, "double: daemon 2 took %d replays", nheld);
	be_io_done(&d2.q.tq, held[0], VIRTIO_BLK_S_OK);
	be_queue_poll_once(&d2.q); /* head 3 published by daemon 2 */
	CHECK(next(&s, &d3, &null_ops, &rec) == 0 && rec.replay == 3, "double: replay %u", rec.replay);
	be_queue_poll_once(&d3.q);
	guest_sees_each_once(&s, st, "double");
	done(&d3);
	done(&d2);
	sim_fini(&s);
}

/* A log written for another ring, or never started, is not used. */
static void wrong_ring(void)
{
	struct be_ifl_recovery rec;
	uint64_t st[NREQ];
	struct daemon d;
	struct sim s;

	first(&s, st);
	ifl->num = NUM / 2;
	CHECK(next(&s, &d, &null_ops, &rec) == -EINVAL, "a log of another ring size was used");
	be_ifl_vq_reset(ifl);
	CHECK(next(&s, &d, &null_ops, &rec) == -EINVAL, "a reset log was used");
	sim_fini(&s);
}

int main(void)
{
	ifl = calloc(1, sizeof(*ifl));
	if (!ifl)
		return 1;
	for (enum window w = W_NONE; w <= W_UNLOGGED; w++)
		crash_at(w);
	replay_order();
	double_kill();
	wrong_ring();
	free(ifl);
	if (failures)
		return 1;
	printf("PASS: inflight log: every crash window recovered, each request completed once\n");
	return 0;
}
