// SPDX-License-Identifier: GPL-2.0-only
/*
 * The per-queue data path. Nothing the ring says is trusted: a request the
 * parser refuses is finished at once with IOERR or UNSUPP; a head id out of
 * range is counted and skipped (there is no request to finish); when every
 * slot is busy the avail ring simply waits, so a driver re-posting heads that
 * are still in flight cannot make us overrun our slots or drop anything.
 */
#include <errno.h>
#include <linux/vduse.h>
#include <poll.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "clock.h"
#include "probes.h"
#include "queue.h"
#include "safecopy.h"

#ifndef BE_NO_INSTR
const char *const be_stage_names[ST_NR] = {
	"kick_to_pop", "pop_to_submit", "submit_to_done", "done_to_irq", "total",
};
#endif

static void vq_io_done(struct be_tq *tq, struct be_io *io, int status);

int be_queue_init(struct be_queue *q, struct be_target *t, struct iotlb *tlb,
		  int devfd, const struct be_queue_opts *o)
{
	unsigned int n = q->vq.num;
	int ret = -ENOMEM;

	be_safe_init();
	be_clock_init();
	q->tq.tgt = t;
	q->tq.done = vq_io_done;
	q->tlb = tlb;
	q->devfd = devfd;
	q->o = *o;
	q->poll_us = o->poll_us;
	q->poll_shallow = false;
	q->tfd = -1;
	q->tq.priv = NULL;
	q->inflight = q->unpublished = 0;
	q->depth_now = q->depth_prev = q->depth_batches = 0;
	q->kicked = false;
	q->t_kick = 0;
	q->stopping = q->running = q->stop_req = false;
	q->pause_req = q->paused = q->holding = false;
	q->ring_lost = q->ring_lost_told = false;
	pthread_mutex_init(&q->plock, NULL);
	pthread_cond_init(&q->pcond, NULL);
	q->ios = calloc(n, sizeof(*q->ios));
	q->free = calloc(n, sizeof(*q->free));
	q->bt = calloc(2 * n, sizeof(*q->bt));
	q->nbt = 0;
	if (!q->ios || !q->free || !q->bt)
		goto err;
	for (unsigned int i = 0; i < n; i++) {
		q->ios[i].slot = i;
		q->free[i] = n - 1 - i;
	}
	q->nfree = n;
	q->stopfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (q->stopfd < 0) {
		ret = -errno;
		goto err;
	}
	if (t->ops->queue_init) {
		ret = t->ops->queue_init(t, &q->tq, &q->tq.priv, &q->tfd);
		if (ret)
			goto err_fd;
	}
	return 0;
err_fd:
	close(q->stopfd);
err:
	free(q->ios);
	free(q->free);
	free(q->bt);
	q->ios = NULL;
	q->free = NULL;
	q->bt = NULL;
	return ret;
}

void be_queue_fini(struct be_queue *q)
{
	if (q->tq.tgt && q->tq.tgt->ops->queue_cleanup && q->ios)
		q->tq.tgt->ops->queue_cleanup(&q->tq);
	if (q->ios)
		close(q->stopfd);
	free(q->ios);
	free(q->free);
	free(q->bt);
	q->ios = NULL;
	q->free = NULL;
	q->bt = NULL;
}

/* be_io_done over VDUSE: the used ring; published by the batch logic. */
static void vq_io_done(struct be_tq *tq, struct be_io *io, int status)
{
	struct be_queue *q = be_container_of(tq, struct be_queue, tq);
	struct be_qstats *s = &q->st;
	uint32_t len = blk_req_finish(&io->req, status);

	vq_push(&q->vq, io->req.head, len);
	BE_PROBE3(done, q->idx, io->req.head, status);
#ifndef BE_NO_INSTR
	io->t_done = BE_NOW();
	if (io->t_submit)
		BE_STAGE(q, ST_SUBMIT_DONE, io->t_done - io->t_submit);
	/* The slot may be reused before the batch is published: keep its times. */
	if (q->nbt < 2u * q->vq.num)
		q->bt[q->nbt++] = (struct be_batch_time){ io->t_pop, io->t_done };
#endif
	be_stats_status(s, status);
	if (!q->unpublished++ && q->o.batch_us)
		q->t_held = be_now_ns();
	q->inflight--;
	q->free[q->nfree++] = io->slot;
}

/* Take everything the avail ring holds, as long as slots last. */
static int take_work(struct be_queue *q)
{
	struct be_qstats *s = &q->st;
	int done = 0, ret;
	uint16_t head;

	for (;;) {
		struct be_io *io;
		int status;

		if (q->unpublished >= q->o.batch)
			break; /* publish this batch before taking more */
		if (!q->nfree) {
			if (vq_avail_pending(&q->vq))
				STAT_INC(s, full);
			break;
		}
		ret = vq_pop(&q->vq, &head);
		if (ret == 0)
			break;
		if (ret == -EIO) {
			STAT_INC(s, bad_avail);
			fprintf(stderr, "vduse-blkd: queue %u: avail index jumped beyond the ring; queue stopped until reset\n",
				q->idx);
			break;
		}
		done++;
		if (ret == -ERANGE) {
			STAT_INC(s, bad_head);
			continue;
		}
		io = &q->ios[q->free[--q->nfree]];
		q->inflight++;
		STAT_INC(s, reqs);
		io->t_submit = 0;
#ifndef BE_NO_INSTR
		io->t_kick = q->t_kick;
		io->t_pop = BE_NOW();
		if (io->t_kick)
			BE_STAGE(q, ST_KICK_POP, io->t_pop - io->t_kick);
#endif
		ret = vq_parse_chain(&q->vq, head, &q->chain);
		status = blk_req_parse(&q->tq.tgt->geom, q->tlb, ret, &q->chain, &io->req);
		BE_PROBE4(pop, q->idx, head, io->req.type, io->req.len);
		if (status != VIRTIO_BLK_S_OK) {
			STAT_INC(s, err[io->req.err]);
			be_io_done(&q->tq, io, status);
			continue;
		}
		be_stats_count(s, &io->req);
		if (io->req.type == VIRTIO_BLK_T_GET_ID) {
			be_io_done(&q->tq, io, blk_req_get_id(&q->tq.tgt->geom, &io->req));
			continue;
		}
#ifndef BE_NO_INSTR
		io->t_submit = BE_NOW();
		BE_STAGE(q, ST_POP_SUBMIT, io->t_submit - io->t_pop);
#endif
		BE_PROBE2(submit, q->idx, head);
		be_io_start(&q->tq, io);
	}
	q->t_kick = 0;
	return done;
}

/* Publish the batch and interrupt the driver if it asked to be. */
static void flush(struct be_queue *q)
{
	struct be_qstats *s = &q->st;
	uint32_t idx = q->idx;
	bool irq;

	if (!q->unpublished)
		return;
	vq_publish(&q->vq);
	irq = vq_need_notify(&q->vq);
	if (irq && q->devfd >= 0)
		ioctl(q->devfd, VDUSE_VQ_INJECT_IRQ, &idx);
	BE_PROBE3(irq, q->idx, q->unpublished, irq);
	if (irq)
		STAT_INC(s, irqs);
	else
		STAT_INC(s, irqs_suppressed);
	STAT_INC(s, batches);
	if (q->unpublished > s->batch_max)
		__atomic_store_n(&s->batch_max, q->unpublished, __ATOMIC_RELAXED);
#ifndef BE_NO_INSTR
	{
		uint64_t now = BE_NOW();

		for (unsigned int i = 0; i < q->nbt; i++) {
			BE_STAGE(q, ST_DONE_IRQ, now - q->bt[i].done);
			BE_STAGE(q, ST_TOTAL, now - q->bt[i].pop);
		}
		q->nbt = 0;
	}
#endif
	/* Requests with us only grow between two publishes (a completion
	 * moves one from inflight to unpublished): the batch's peak is now. */
	if (q->inflight + q->unpublished > q->depth_now)
		q->depth_now = q->inflight + q->unpublished;
	if (++q->depth_batches == 16) {
		q->depth_prev = q->depth_now;
		q->depth_now = 0;
		q->depth_batches = 0;
	}
	q->unpublished = 0;
}

/* The most requests the driver had with us at once, over the last 16 to 32
 * published batches. */
static unsigned int held_depth(const struct be_queue *q)
{
	return q->depth_now > q->depth_prev ? q->depth_now : q->depth_prev;
}

unsigned int be_queue_depth(struct be_queue *q)
{
	unsigned int ours = held_depth(q);
	unsigned int driver = vq_unacked(&q->vq);

	return driver > ours ? driver : ours;
}

/*
 * Nanoseconds the held batch may still wait for company; 0: publish now.
 * Never hold when the driver has had no more requests with us at once than
 * the batch holds (queue depth 1): nothing else can come until it sees these.
 */
static uint64_t hold_left(struct be_queue *q)
{
	uint64_t age, limit = q->o.batch_us * 1000ull;
	unsigned int depth = held_depth(q);

	if (!limit || !q->unpublished || q->unpublished >= q->o.batch ||
	    q->unpublished + q->inflight >= depth || q->stopping || q->holding)
		return 0;
	age = be_now_ns() - q->t_held;
	return age < limit ? limit - age : 0;
}

int be_queue_poll_once(struct be_queue *q)
{
	int n = 0;

	if (!q->stopping && !q->holding)
		n += take_work(q);
	if (q->tq.tgt->ops->commit)
		q->tq.tgt->ops->commit(&q->tq);
	if (q->tq.tgt->ops->reap && q->inflight)
		n += q->tq.tgt->ops->reap(&q->tq);
	if (!hold_left(q))
		flush(q);
	return n;
}

static void drain_fd(int fd)
{
	uint64_t v;

	if (fd >= 0 && read(fd, &v, sizeof(v)) < 0)
		return; /* EAGAIN: nothing to drain */
}

/*
 * Sleep until a kick, a stop request or a target completion, or, with a
 * batch held back (timeout_ns > 0), until it is due.
 */
static void wait_events(struct be_queue *q, uint64_t timeout_ns)
{
	struct pollfd p[3] = {
		{ .fd = q->kickfd, .events = POLLIN },
		{ .fd = q->stopfd, .events = POLLIN },
		{ .fd = q->tfd, .events = POLLIN },
	};
	struct timespec ts = {
		.tv_sec = timeout_ns / 1000000000ull,
		.tv_nsec = timeout_ns % 1000000000ull,
	};

	STAT_INC(&q->st, sleeps);
	if (ppoll(p, q->tfd >= 0 ? 3 : 2, timeout_ns ? &ts : NULL, NULL) <= 0)
		return;
	if (p[0].revents & POLLIN) {
		drain_fd(q->kickfd);
		STAT_INC(&q->st, kicks);
		q->kicked = true;
		q->t_kick = BE_NOW();
		BE_PROBE1(kick, q->idx);
	}
	if (p[1].revents & POLLIN) {
		drain_fd(q->stopfd); /* a stop, or a pause request waking us */
		if (__atomic_load_n(&q->stop_req, __ATOMIC_ACQUIRE))
			q->stopping = true;
	}
	if (p[2].revents & POLLIN)
		drain_fd(q->tfd);
}

/* Paused: nothing in flight, nothing published pending. Wait for resume or stop. */
static void park(struct be_queue *q)
{
	pthread_mutex_lock(&q->plock);
	q->paused = true;
	pthread_cond_broadcast(&q->pcond);
	while (q->pause_req && !q->stop_req)
		pthread_cond_wait(&q->pcond, &q->plock);
	q->paused = false;
	pthread_mutex_unlock(&q->plock);
}

static void *queue_thread(void *arg)
{
	struct be_queue *q = arg;
	uint64_t idle_since = be_now_ns();
	bool kicked = false;
	unsigned int poll_us;

	if (q->o.cpu >= 0) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(q->o.cpu, &set);
		pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
	}
	/* Coalescing sleeps for microseconds: the default 50 us of timer
	 * slack would more than double a short hold. */
	if (q->o.batch_us)
		prctl(PR_SET_TIMERSLACK, 1000ul);
	vq_kicks(&q->vq, false);
	for (;;) {
		int n;

		/* A driver that never stops posting must not keep us from stopping. */
		if (__atomic_load_n(&q->stop_req, __ATOMIC_ACQUIRE))
			q->stopping = true;
		q->holding = __atomic_load_n(&q->pause_req, __ATOMIC_ACQUIRE);
		n = be_queue_poll_once(q);

		if (kicked && n == 0)
			STAT_INC(&q->st, spurious_kicks);
		kicked = false;
		if (q->stopping && q->inflight == 0)
			break;
		if (q->holding && !q->stopping && q->inflight == 0) {
			park(q);
			idle_since = 0;
			continue;
		}
		if (n) {
			idle_since = 0;
			continue;
		}
		poll_us = __atomic_load_n(&q->poll_us, __ATOMIC_RELAXED);
		if (__atomic_load_n(&q->poll_shallow, __ATOMIC_RELAXED) &&
		    be_queue_depth(q) > BE_POLL_SHALLOW_DEPTH)
			poll_us = 0;
		if (poll_us && !q->stopping && !q->holding) {
			uint64_t now = be_now_ns();

			if (!idle_since)
				idle_since = now;
			if (now - idle_since < poll_us * 1000ull) {
				STAT_INC(&q->st, empty_polls);
				/* Poll only the CPU's idle time: a runnable task on
				 * this CPU (the driver's inject work, the guest's
				 * submitter) runs before our next look. */
				sched_yield();
				continue; /* reaping polls the completion ring too */
			}
		}
		/* Going to sleep: ask for kicks, then look once more (a kick may
		 * have been suppressed just before we asked). */
		vq_kicks(&q->vq, true);
		if (!q->stopping && !q->holding && vq_avail_pending(&q->vq)) {
			vq_kicks(&q->vq, false);
			continue;
		}
		q->kicked = false;
		/* A held batch that fell due since the pass above: a zero-length
		 * wait (1 ns), then publish it. */
		wait_events(q, q->unpublished ? hold_left(q) | 1 : 0);
		/* Not q->t_kick != 0: compiled out, it is always 0. */
		kicked = q->kicked;
		vq_kicks(&q->vq, false);
		idle_since = 0;
	}
	return NULL;
}

int be_queue_start(struct be_queue *q)
{
	int ret = -pthread_create(&q->thr, NULL, queue_thread, q);

	q->running = ret == 0;
	return ret;
}

void be_queue_pause(struct be_queue *q)
{
	uint64_t one = 1;

	if (!q->running)
		return;
	pthread_mutex_lock(&q->plock);
	__atomic_store_n(&q->pause_req, true, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&q->plock);
	if (write(q->stopfd, &one, sizeof(one)) < 0) /* wake it if asleep */
		perror("vduse-blkd: queue pause");
	pthread_mutex_lock(&q->plock);
	while (!q->paused)
		pthread_cond_wait(&q->pcond, &q->plock);
	pthread_mutex_unlock(&q->plock);
}

void be_queue_resume(struct be_queue *q)
{
	if (!q->running || q->ring_lost)
		return;
	pthread_mutex_lock(&q->plock);
	__atomic_store_n(&q->pause_req, false, __ATOMIC_RELEASE);
	pthread_cond_broadcast(&q->pcond);
	pthread_mutex_unlock(&q->plock);
}

void be_queue_stop(struct be_queue *q)
{
	uint64_t one = 1;

	if (!q->running)
		return;
	pthread_mutex_lock(&q->plock);
	__atomic_store_n(&q->stop_req, true, __ATOMIC_RELEASE);
	pthread_cond_broadcast(&q->pcond);
	pthread_mutex_unlock(&q->plock);
	if (write(q->stopfd, &one, sizeof(one)) < 0)
		perror("vduse-blkd: queue stop");
	pthread_join(q->thr, NULL);
	q->running = false;
}
