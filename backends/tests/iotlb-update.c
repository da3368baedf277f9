// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: VDUSE_UPDATE_IOTLB while a queue runs (lib/remap.c). A ring
 * translates again from its IOVAs after its memory is mapped elsewhere, and
 * a ring that no longer translates is refused with the old pointers kept.
 * Then a queue thread serves write/read-back/compare requests through a
 * target that finishes each one 50 us later (so updates find requests in
 * flight) while another thread sends thousands of updates: each maps the
 * memory at a new host address and unmaps the old one (a stale pointer
 * faults), and some leave the ring unmapped for a while (the queue must
 * park, then resume). Every request must complete exactly once with its
 * data intact, and the pauses must have waited for requests in flight.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "remap.h"
#include "sim.h"

#define LANES 8
#define BLK 4096
#define UPDATES 3000

/* A target that finishes each request LATE_NS after it took it, from a
 * 1 MiB disk, waking its queue through an eventfd while any are held. */
#define LATE_NS 50000
static uint8_t disk[1 << 20];
static struct late {
	struct be_io *held[64];
	uint64_t taken[64];
	unsigned int n;
	int evfd;
	unsigned long done_paused; /* finished while the queue was pausing */
} late;

static int late_init(struct be_target *t)
{
	t->geom.capacity = sizeof(disk) / 512;
	return 0;
}

static int late_queue_init(struct be_target *t, struct be_tq *q, void **priv, int *evfd)
{
	(void)t;
	(void)q;
	*priv = &late;
	late.evfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	*evfd = late.evfd;
	return late.evfd < 0 ? -errno : 0;
}

static int late_io(struct be_tq *q, struct be_io *io)
{
	(void)q;
	late.taken[late.n] = be_now_ns();
	late.held[late.n++] = io;
	return 0;
}

static void late_commit(struct be_tq *q)
{
	uint64_t one = 1;

	(void)q;
	if (late.n && write(late.evfd, &one, sizeof(one)) < 0)
		abort();
}

static int late_reap(struct be_tq *q)
{
	struct be_queue *bq = be_container_of(q, struct be_queue, tq);
	unsigned int kept = 0, done = 0;
	uint64_t now = be_now_ns();

	for (unsigned int i = 0; i < late.n; i++) {
		struct be_io *io = late.held[i];
		uint8_t *at = disk + io->req.sector * 512;

		if (now - late.taken[i] < LATE_NS) {
			late.taken[kept] = late.taken[i];
			late.held[kept++] = io;
			continue;
		}
		/* Through the pointers translated when the request was taken. */
		for (int k = 0; k < io->req.iovcnt; k++) {
			if (io->req.type == VIRTIO_BLK_T_OUT)
				memcpy(at, io->req.iov[k].iov_base, io->req.iov[k].iov_len);
			else
				memcpy(io->req.iov[k].iov_base, at, io->req.iov[k].iov_len);
			at += io->req.iov[k].iov_len;
		}
		if (bq->holding)
			late.done_paused++;
		be_io_done(q, io, VIRTIO_BLK_S_OK);
		done++;
	}
	late.n = kept;
	late_commit(q); /* look again while any are held */
	return done;
}

static void late_queue_cleanup(struct be_tq *q)
{
	(void)q;
	close(late.evfd);
}

static const struct be_ops late_ops = {
	.name = "late", .init = late_init, .queue_init = late_queue_init, .queue_io = late_io,
	.commit = late_commit, .reap = late_reap, .queue_cleanup = late_queue_cleanup,
};

static void *region(struct sim *s)
{
	void *p = mmap(NULL, SIM_MEM, PROT_READ | PROT_WRITE, MAP_SHARED, s->memfd, 0);

	if (p == MAP_FAILED) {
		perror("mmap");
		exit(1);
	}
	return p;
}

/* The ring at new host addresses, or not at all. */
static void retranslate(void)
{
	struct sim s;
	struct vq_ring *r = &s.q.vq;
	void *d, *a, *u;
	uint8_t *alt;
	uint64_t st;

	CHECK(sim_init(&s, 8, &ram_ops, 1 << 20, false, false) == 0, "sim_init");
	alt = region(&s);
	iotlb_invalidate(&s.tlb, SIM_BASE, SIM_BASE + SIM_MEM - 1);
	CHECK(iotlb_add(&s.tlb, SIM_BASE, SIM_BASE + SIM_MEM - 1, alt, SIM_MEM,
			IOTLB_PERM_RO | IOTLB_PERM_WO) == 0, "add the new mapping");
	CHECK(vq_remap(r) == 0, "remap onto the new mapping");
	CHECK((uint8_t *)r->desc == alt + (s.desc_iova - SIM_BASE) &&
	      (uint8_t *)r->avail == alt + (s.avail_iova - SIM_BASE) &&
	      (uint8_t *)r->used == alt + (s.used_iova - SIM_BASE), "rings not at the new mapping");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	sim_expect(&s, 0, st, 513, VIRTIO_BLK_S_OK, "a request after the remap");

	/* The used ring mapped read-only, then not at all: refused, kept. */
	iotlb_invalidate(&s.tlb, SIM_BASE, SIM_BASE + SIM_MEM - 1); /* unmaps alt */
	alt = region(&s);
	CHECK(iotlb_add(&s.tlb, SIM_BASE, s.used_iova - 1, alt, 0, IOTLB_PERM_RO) == 0, "add");
	CHECK(iotlb_add(&s.tlb, s.used_iova, SIM_BASE + SIM_MEM - 1, alt + (s.used_iova - SIM_BASE),
			0, IOTLB_PERM_RO) == 0, "add");
	d = r->desc;
	a = r->avail;
	u = r->used;
	CHECK(vq_remap(r) == -EFAULT, "a read-only used ring accepted");
	iotlb_invalidate(&s.tlb, s.used_iova, SIM_BASE + SIM_MEM - 1);
	CHECK(vq_remap(r) == -EFAULT, "an unmapped used ring accepted");
	CHECK(r->desc == d && r->avail == a && r->used == u, "a failed remap changed the ring");
	munmap(alt, SIM_MEM);
	sim_fini(&s);
}

static struct sim ls;
static struct be_remap rm;
static volatile bool updates_done;
static unsigned int parked_seen;

/*
 * Wait, at most 10 ms, until the target holds a request. A pause drains
 * the requests in flight before it parks the queue thread, so a pause
 * begun now sees one finish inside it (late.done_paused), however the host
 * schedules the threads: on a loaded host, pauses begun at any moment
 * found none in flight in about one run of fifteen.
 */
static void wait_held(void)
{
	uint64_t until = be_now_ns() + 10000000;

	while (__atomic_load_n(&late.n, __ATOMIC_RELAXED) == 0 && be_now_ns() < until)
		sched_yield();
}

/* The control thread's part: updates, every eleventh leaving the ring
 * unmapped until the next one. */
static void *updater(void *arg)
{
	(void)arg;
	for (int i = 0; i < UPDATES; i++) {
		bool lose = i % 11 == 5;
		/* Mapped before the old one goes: a new host address. */
		void *next = lose ? NULL : region(&ls);

		if (i % 44 == 2)
			wait_held();
		be_remap_begin(&rm, 0, UINT64_MAX);
		if (next)
			iotlb_add(&ls.tlb, SIM_BASE, SIM_BASE + SIM_MEM - 1, next, SIM_MEM,
				  IOTLB_PERM_RO | IOTLB_PERM_WO);
		if (be_remap_end(&rm))
			parked_seen++;
		if (lose)
			usleep(200); /* requests pile up meanwhile */
		else if (i % 4 == 0)
			usleep(50);
	}
	updates_done = true;
	return NULL;
}

struct lane {
	uint64_t hdr, data, st;
	uint32_t seq;
	bool reading, busy;
};

static void lane_post(struct lane *l, uint16_t i)
{
	struct virtio_blk_outhdr *h = sim_host(&ls, l->hdr);
	uint32_t *p = sim_host(&ls, l->data);

	h->type = l->reading ? VIRTIO_BLK_T_IN : VIRTIO_BLK_T_OUT;
	h->sector = i * (BLK / 512);
	if (!l->reading)
		for (unsigned int k = 0; k < BLK / 4; k++)
			p[k] = (l->seq * 2654435761u) ^ (i << 24) ^ k;
	else
		memset(p, 0, BLK);
	*(uint8_t *)sim_host(&ls, l->st) = 0xff;
	sim_desc(&ls, 3 * i, l->hdr, 16, VRING_DESC_F_NEXT, 3 * i + 1);
	sim_desc(&ls, 3 * i + 1, l->data, BLK,
		 VRING_DESC_F_NEXT | (l->reading ? VRING_DESC_F_WRITE : 0), 3 * i + 2);
	sim_desc(&ls, 3 * i + 2, l->st, 1, VRING_DESC_F_WRITE, 0);
	l->busy = true;
	sim_post(&ls, 3 * i);
}

static bool lane_check(struct lane *l, uint16_t i)
{
	const uint32_t *p = sim_host(&ls, l->data);

	for (unsigned int k = 0; k < BLK / 4; k++)
		if (p[k] != ((l->seq * 2654435761u) ^ (i << 24) ^ k))
			return false;
	return true;
}

static void under_load(void)
{
	static struct lane lanes[LANES];
	unsigned long completed = 0, bad = 0, dup = 0;
	uint64_t one = 1, t_end;
	struct timespec ts;
	pthread_t upd;

	CHECK(sim_init(&ls, 32, &late_ops, sizeof(disk), false, false) == 0, "sim_init");
	ls.q.kickfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	rm = (struct be_remap){ .q = &ls.q, .nq = 1, .tlb = &ls.tlb };
	for (uint16_t i = 0; i < LANES; i++) {
		lanes[i].hdr = sim_alloc(&ls, 16);
		lanes[i].data = sim_alloc(&ls, BLK);
		lanes[i].st = sim_alloc(&ls, 1);
		lane_post(&lanes[i], i);
	}
	CHECK(be_queue_start(&ls.q) == 0, "queue thread");
	pthread_create(&upd, NULL, updater, NULL);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	t_end = ts.tv_sec + 60; /* bounded: a lost request must not hang the test */
	for (;;) {
		uint16_t id;
		uint32_t len;
		bool idle = true;

		if (write(ls.q.kickfd, &one, sizeof(one)) < 0)
			break;
		while (sim_used(&ls, &id, &len)) {
			uint16_t i = id / 3;
			struct lane *l = &lanes[i];

			idle = false;
			completed++;
			if (id % 3 || i >= LANES || !l->busy) {
				dup++;
				continue;
			}
			l->busy = false;
			if (*(uint8_t *)sim_host(&ls, l->st) != VIRTIO_BLK_S_OK ||
			    len != (l->reading ? BLK + 1 : 1) || (l->reading && !lane_check(l, i)))
				bad++;
			if (l->reading)
				l->seq++;
			l->reading = !l->reading;
			if (!updates_done)
				lane_post(l, i);
		}
		if (updates_done) {
			bool busy = false;

			for (int i = 0; i < LANES; i++)
				busy |= lanes[i].busy;
			if (!busy)
				break;
		}
		clock_gettime(CLOCK_MONOTONIC, &ts);
		if ((uint64_t)ts.tv_sec > t_end) {
			CHECK(false, "requests still outstanding after 60 s");
			break;
		}
		if (idle)
			sched_yield();
	}
	pthread_join(upd, NULL);
	be_queue_stop(&ls.q);
	printf("%lu requests completed under %d updates: %llu pauses (%.1f us mean), %llu rings lost, %llu back, %lu finished while pausing\n",
	       completed, UPDATES, (unsigned long long)rm.pauses,
	       rm.pauses ? rm.paused_ns / 1e3 / rm.pauses : 0.0, (unsigned long long)rm.rings_lost,
	       (unsigned long long)rm.rings_back, late.done_paused);
	CHECK(bad == 0, "%lu requests failed or read back wrong data", bad);
	CHECK(dup == 0, "%lu completions of requests not in flight", dup);
	CHECK(completed > 2 * LANES, "only %lu requests completed", completed);
	CHECK(rm.pauses > UPDATES / 2, "%llu of %d updates paused", (unsigned long long)rm.pauses,
	      UPDATES);
	CHECK(rm.rings_lost > 0 && rm.rings_back == rm.rings_lost && parked_seen == rm.rings_lost,
	      "rings lost %llu, back %llu, parked %u", (unsigned long long)rm.rings_lost,
	      (unsigned long long)rm.rings_back, parked_seen);
	CHECK(late.done_paused > 0, "no pause found a request in flight");
	close(ls.q.kickfd);
	sim_fini(&ls);
}

int main(void)
{
	retranslate();
	under_load();
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: IOTLB updates under load\n");
	return 0;
}
