// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the file target's io_uring at its limits, driven on the
 * host without a VDUSE device: completions that overflowed the completion
 * ring still reach reap; the completion ring has room for every submission
 * a queue can have in flight (16-range DISCARDs at --uring-depth 1); with
 * --sqpoll a full submission ring waits for room instead of failing
 * requests. Exit 4 if the host has no io_uring (or no SQPOLL).
 */
#include <errno.h>
#include <liburing.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sim.h"

#define DISK (4u << 20)

struct fixture {
	struct be_target t;
	struct be_tq q;
	int evfd;
	unsigned int done, bad; /* requests finished, of which not OK */
};

static char img[] = "/tmp/be-file-target-XXXXXX";
static bool skipped;

static void record(struct be_tq *q, struct be_io *io, int status)
{
	struct fixture *f = be_container_of(q, struct fixture, q);

	(void)io;
	f->done++;
	if (status != VIRTIO_BLK_S_OK)
		f->bad++;
}

/* The file target on img with these options, one queue; 0, 4: no io_uring (skip), 1. */
static int setup(struct fixture *f, unsigned int depth, unsigned int queue_size, bool sqpoll,
		 const char *what)
{
	int ret;

	memset(f, 0, sizeof(*f));
	f->t.ops = &file_ops;
	f->t.o = (struct be_target_opts){ .path = img, .size = DISK, .sqpoll = sqpoll,
					  .uring_depth = depth, .queue_size = queue_size };
	f->t.geom.blk_size = 512;
	f->q.tgt = &f->t;
	f->q.done = record;
	ret = file_ops.init(&f->t);
	if (ret) {
		CHECK(0, "%s: init: %s", what, strerror(-ret));
		return 1;
	}
	ret = file_ops.queue_init(&f->t, &f->q, &f->q.priv, &f->evfd);
	if (ret == -ENOSYS || ret == -EPERM || (sqpoll && ret == -EINVAL)) {
		printf("SKIP %s: io_uring%s: %s\n", what, sqpoll ? " with SQPOLL" : "",
		       strerror(-ret));
		skipped = true;
		file_ops.cleanup(&f->t);
		return 4;
	}
	if (ret) {
		CHECK(0, "%s: queue_init: %s", what, strerror(-ret));
		file_ops.cleanup(&f->t);
		return 1;
	}
	return 0;
}

static void teardown(struct fixture *f)
{
	file_ops.queue_cleanup(&f->q);
	file_ops.cleanup(&f->t);
}

/* The target's ring: the first member of its per-queue state (file.c). */
static struct io_uring *ring_of(struct fixture *f)
{
	return f->q.priv;
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* Reap until want requests have finished, for at most 5 s. */
static void reap_until(struct fixture *f, unsigned int want)
{
	uint64_t end = now_ms() + 5000;

	while (f->done < want && now_ms() < end) {
		if (!file_ops.reap(&f->q))
			usleep(1000);
	}
}

/*
 * More completions than the completion ring holds, pushed into the
 * target's ring by the test (NOPs, completed inline, for one request):
 * the kernel keeps the rest in its overflow list, and reap must flush
 * them, or the request never finishes. The target itself never has that
 * many in flight (cq_room): this tests the flush on its own.
 */
static void overflow_flush(void)
{
	struct be_io io = { .req.type = VIRTIO_BLK_T_FLUSH, .tstatus = VIRTIO_BLK_S_OK };
	struct fixture f;
	struct io_uring *ring;
	unsigned int n;

	if (setup(&f, 1, 1, false, "overflow flush"))
		return;
	ring = ring_of(&f);
	n = *ring->cq.kring_entries + 8;
	io.tleft = (int)n;
	for (unsigned int i = 0; i < n; i++) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(ring);

		if (!sqe) {
			io_uring_submit(ring);
			sqe = io_uring_get_sqe(ring);
		}
		io_uring_prep_nop(sqe);
		io_uring_sqe_set_data(sqe, &io);
	}
	io_uring_submit(ring);
	CHECK(io_uring_cq_has_overflow(ring), "overflow flush: %u NOPs did not overflow a CQ of %u",
	      n, *ring->cq.kring_entries);
	reap_until(&f, 1);
	CHECK(f.done == 1 && f.bad == 0 && io.tleft == 0,
	      "overflow flush: %u finished (%u not OK), %d of %u completions never reaped", f.done,
	      f.bad, io.tleft, n);
	teardown(&f);
}

/*
 * A queue's worth of DISCARDs of BLK_MAX_RANGES ranges each, at
 * --uring-depth 1: every completion must find room in the completion ring,
 * none may overflow (the kernel would have to allocate for each, and may
 * drop it when that fails).
 */
static void cq_room(void)
{
	enum { QS = 8, N = QS * BLK_MAX_RANGES };
	static struct be_io ios[QS];
	struct fixture f;
	struct io_uring *ring;
	uint64_t end;

	if (setup(&f, 1, QS, false, "CQ room"))
		return;
	ring = ring_of(&f);
	for (unsigned int i = 0; i < QS; i++) {
		struct blk_req *r = &ios[i].req;

		r->type = VIRTIO_BLK_T_DISCARD;
		r->nranges = BLK_MAX_RANGES;
		for (unsigned int k = 0; k < BLK_MAX_RANGES; k++)
			r->ranges[k] = (struct virtio_blk_discard_write_zeroes){
				.sector = 8ull * (i * BLK_MAX_RANGES + k), .num_sectors = 8 };
		be_io_start(&f.q, &ios[i]);
	}
	file_ops.commit(&f.q);
	/* Wait for the kernel to complete all of them (fallocate runs async). */
	end = now_ms() + 5000;
	while (io_uring_cq_ready(ring) < N && !io_uring_cq_has_overflow(ring) && now_ms() < end)
		usleep(1000);
	CHECK(!io_uring_cq_has_overflow(ring) && io_uring_cq_ready(ring) == N,
	      "CQ room: %u of %u completions in a CQ of %u entries%s", io_uring_cq_ready(ring), N,
	      *ring->cq.kring_entries, io_uring_cq_has_overflow(ring) ? ", the rest overflowed" : "");
	reap_until(&f, QS);
	CHECK(f.done == QS && f.bad == 0, "CQ room: %u of %u DISCARDs finished, %u not OK", f.done,
	      QS, f.bad);
	teardown(&f);
}

/*
 * --sqpoll with a one-entry submission ring: a batch of reads fills it at
 * once, and the kernel's poller takes SQEs in its own time. Every read must
 * wait for room and succeed, none fail for want of it.
 */
static void sqpoll_full(void)
{
	enum { QS = 64, LEN = 4096 };
	static struct be_io ios[QS];
	static uint8_t buf[QS][LEN];
	struct fixture f;

	if (setup(&f, 1, QS, true, "SQPOLL full ring"))
		return;
	for (unsigned int i = 0; i < QS; i++) {
		struct blk_req *r = &ios[i].req;

		r->type = VIRTIO_BLK_T_IN;
		r->sector = 8ull * i;
		r->len = LEN;
		r->iov[0] = (struct iovec){ buf[i], LEN };
		r->iovcnt = 1;
		be_io_start(&f.q, &ios[i]);
	}
	file_ops.commit(&f.q);
	reap_until(&f, QS);
	CHECK(f.done == QS && f.bad == 0, "SQPOLL full ring: %u of %u reads finished, %u not OK",
	      f.done, QS, f.bad);
	teardown(&f);
}

int main(void)
{
	int fd = mkstemp(img);

	if (fd < 0) {
		perror("mkstemp");
		return 1;
	}
	close(fd);
	overflow_flush();
	cq_room();
	sqpoll_full();
	unlink(img);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	if (skipped)
		return 4;
	printf("PASS: file target's io_uring limits\n");
	return 0;
}
