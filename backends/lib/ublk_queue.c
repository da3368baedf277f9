// SPDX-License-Identifier: GPL-2.0-only
/*
 * One ublk queue served by one thread. Every tag keeps one command with the
 * kernel: FETCH_REQ at start, then COMMIT_AND_FETCH_REQ carrying the last
 * request's result. A command's completion is a request, described in the
 * kernel's io_desc array (mmap'd read-only); we check it as blkreq.c checks
 * a virtio-blk chain, hand it to the same target, and queue its answer. All
 * answers found in one pass go to the kernel in one io_uring_enter, which
 * also waits for the next requests: the batching VDUSE's used ring gets
 * from publishing once per pass.
 *
 * Stages (stats.h's names, as over VDUSE, with ublk's meaning):
 *   kick_to_pop     the thread woke -> the request's completion taken
 *   pop_to_submit   taken -> handed to the target
 *   submit_to_done  the target
 *   done_to_irq     done -> its COMMIT_AND_FETCH queued for the kernel (with
 *                   --user-copy the read's copy-out is in it), timed at the
 *                   end of the pass, just before the io_uring_enter
 *   total           taken -> that moment
 */
#include <errno.h>
#include <linux/ublk_cmd.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "probes.h"
#include "safecopy.h"
#include "ublk.h"

/* user_data: the tag, or TFD_DATA for the target's eventfd read */
#define TFD_DATA (1ull << 32)

static const struct ublksrv_io_desc *desc(const struct be_ublk_queue *q, unsigned int tag)
{
	return (const struct ublksrv_io_desc *)q->descs + tag;
}

/* Where tag's data sits in the char device's address space (USER_COPY). */
static off_t user_copy_off(const struct be_ublk_queue *q, unsigned int tag)
{
	return (off_t)(UBLKSRV_IO_BUF_OFFSET + ((uint64_t)q->idx << UBLK_QID_OFF) +
		       ((uint64_t)tag << UBLK_TAG_OFF));
}

static struct io_uring_sqe *get_sqe(struct be_ublk_queue *q)
{
	struct io_uring_sqe *sqe = io_uring_get_sqe(&q->ring);

	if (!sqe) { /* cannot happen: the ring holds a command per tag and one read */
		io_uring_submit(&q->ring);
		sqe = io_uring_get_sqe(&q->ring);
	}
	return sqe;
}

/* Queue tag's next command: FETCH, or COMMIT_AND_FETCH with result. */
static void queue_cmd(struct be_ublk_queue *q, unsigned int tag, bool commit, int result)
{
	struct io_uring_sqe *sqe = get_sqe(q);
	struct ublksrv_io_cmd *c = (struct ublksrv_io_cmd *)sqe->cmd;

	io_uring_prep_rw(IORING_OP_URING_CMD, sqe, 0, NULL, 0, 0);
	sqe->fd = 0; /* the char device, registered as fixed file 0 */
	sqe->flags = IOSQE_FIXED_FILE;
	sqe->cmd_op = commit ? UBLK_U_IO_COMMIT_AND_FETCH_REQ : UBLK_U_IO_FETCH_REQ;
	c->q_id = (uint16_t)q->idx;
	c->tag = (uint16_t)tag;
	c->result = result;
	/* With USER_COPY the kernel has no buffer of ours: addr must be 0. */
	c->addr = q->dev->flags & UBLK_F_USER_COPY ? 0 :
		  (uint64_t)(uintptr_t)(q->bufs + (size_t)tag * BE_UBLK_MAX_IO);
	io_uring_sqe_set_data64(sqe, tag);
	q->commands++;
}

static void arm_tfd(struct be_ublk_queue *q)
{
	struct io_uring_sqe *sqe = get_sqe(q);

	io_uring_prep_read(sqe, q->tfd, &q->tfd_val, sizeof(q->tfd_val), 0);
	io_uring_sqe_set_data64(sqe, TFD_DATA);
}

/* The target finished io: answer the kernel with its next command. */
static void ublk_io_done(struct be_tq *tq, struct be_io *io, int status)
{
	struct be_ublk_queue *q = be_container_of(tq, struct be_ublk_queue, tq);
	struct be_qstats *s = &q->st;
	struct blk_req *r = &io->req;
	unsigned int tag = io->slot;
	int result;

#ifndef BE_NO_INSTR
	/* the copy-out below is the transport's work, not the target's */
	io->t_done = BE_NOW();
	if (io->t_submit)
		BE_STAGE(q, ST_SUBMIT_DONE, io->t_done - io->t_submit);
	q->bt[q->nbt++] = (struct be_batch_time){ io->t_pop, io->t_done };
#endif
	if (status == VIRTIO_BLK_S_OK && r->type == VIRTIO_BLK_T_IN &&
	    q->dev->flags & UBLK_F_USER_COPY &&
	    pwrite(q->dev->cdev_fd, r->iov[0].iov_base, r->len, user_copy_off(q, tag)) !=
		    (ssize_t)r->len) {
		q->user_copy_errors++;
		status = VIRTIO_BLK_S_IOERR;
	}
	if (status == VIRTIO_BLK_S_OK)
		result = r->type == VIRTIO_BLK_T_IN || r->type == VIRTIO_BLK_T_OUT ? (int)r->len : 0;
	else
		result = status == VIRTIO_BLK_S_UNSUPP ? -EOPNOTSUPP : -EIO;
	BE_PROBE3(done, q->idx, tag, status);
	be_stats_status(s, status);
	q->inflight--;
	queue_cmd(q, tag, true, result);
}

/*
 * The kernel's description of tag's request, checked as a virtio-blk chain
 * is: r filled in, VIRTIO_BLK_S_OK, or the status to answer at once.
 */
static int parse(struct be_ublk_queue *q, unsigned int tag, struct blk_req *r)
{
	const struct blk_geom *g = &q->tq.tgt->geom;
	const struct ublksrv_io_desc *d = desc(q, tag);
	uint32_t op = ublksrv_get_op(d), nsec = d->nr_sectors;
	uint64_t sector = d->start_sector;

	memset(r, 0, offsetof(struct blk_req, ranges));
	r->head = (uint16_t)tag;
	r->sector = sector;
	r->status = &q->status[tag];
	switch (op) {
	case UBLK_IO_OP_READ: r->type = VIRTIO_BLK_T_IN; break;
	case UBLK_IO_OP_WRITE: r->type = VIRTIO_BLK_T_OUT; break;
	case UBLK_IO_OP_FLUSH: r->type = VIRTIO_BLK_T_FLUSH; return VIRTIO_BLK_S_OK;
	case UBLK_IO_OP_DISCARD: r->type = VIRTIO_BLK_T_DISCARD; break;
	case UBLK_IO_OP_WRITE_ZEROES: r->type = VIRTIO_BLK_T_WRITE_ZEROES; break;
	default:
		r->err = BLK_ERR_UNSUPP;
		return VIRTIO_BLK_S_UNSUPP;
	}
	if (sector > g->capacity || nsec > g->capacity - sector) {
		r->err = BLK_ERR_RANGE;
		return VIRTIO_BLK_S_IOERR;
	}
	if (r->type != VIRTIO_BLK_T_IN && g->ro) {
		r->err = BLK_ERR_RO;
		return VIRTIO_BLK_S_IOERR;
	}
	if (r->type == VIRTIO_BLK_T_IN || r->type == VIRTIO_BLK_T_OUT) {
		if (!nsec || (uint64_t)nsec * BLK_SECTOR > BE_UBLK_MAX_IO) {
			r->err = BLK_ERR_RANGE;
			return VIRTIO_BLK_S_IOERR;
		}
		r->len = (uint64_t)nsec * BLK_SECTOR;
		r->iovcnt = 1;
		r->iov[0].iov_base = q->bufs + (size_t)tag * BE_UBLK_MAX_IO;
		r->iov[0].iov_len = r->len;
		return VIRTIO_BLK_S_OK;
	}
	/* DISCARD, WRITE_ZEROES: one range, as set_params offered */
	if (!(r->type == VIRTIO_BLK_T_DISCARD ? g->discard : g->write_zeroes)) {
		r->err = BLK_ERR_UNSUPP;
		return VIRTIO_BLK_S_UNSUPP;
	}
	if (nsec > (r->type == VIRTIO_BLK_T_DISCARD ? g->max_discard_sectors : g->max_wz_sectors)) {
		r->err = BLK_ERR_RANGE;
		return VIRTIO_BLK_S_IOERR;
	}
	r->nranges = 1;
	r->ranges[0].sector = sector;
	r->ranges[0].num_sectors = nsec;
	r->ranges[0].flags = r->type == VIRTIO_BLK_T_WRITE_ZEROES &&
			     !(ublksrv_get_flags(d) & (UBLK_IO_F_NOUNMAP >> 8)) ?
			     VIRTIO_BLK_WRITE_ZEROES_FLAG_UNMAP : 0;
	return VIRTIO_BLK_S_OK;
}

/* A request arrived on tag: check it and hand it to the target. */
static void handle(struct be_ublk_queue *q, unsigned int tag)
{
	struct be_io *io = &q->ios[tag];
	struct be_qstats *s = &q->st;
	int status;

	STAT_INC(s, reqs);
	q->inflight++;
#ifndef BE_NO_INSTR
	io->t_pop = BE_NOW();
	io->t_submit = 0;
	BE_STAGE(q, ST_KICK_POP, io->t_pop - q->t_wake);
#endif
	BE_PROBE2(pop, q->idx, tag);
	status = parse(q, tag, &io->req);
	if (status != VIRTIO_BLK_S_OK) {
		STAT_INC(s, err[io->req.err]);
		be_io_done(&q->tq, io, status);
		return;
	}
	be_stats_count(s, &io->req);
	if (io->req.type == VIRTIO_BLK_T_OUT && q->dev->flags & UBLK_F_USER_COPY &&
	    pread(q->dev->cdev_fd, io->req.iov[0].iov_base, io->req.len, user_copy_off(q, tag)) !=
		    (ssize_t)io->req.len) {
		q->user_copy_errors++;
		be_io_done(&q->tq, io, VIRTIO_BLK_S_IOERR);
		return;
	}
#ifndef BE_NO_INSTR
	io->t_submit = BE_NOW();
	BE_STAGE(q, ST_POP_SUBMIT, io->t_submit - io->t_pop);
#endif
	BE_PROBE2(submit, q->idx, tag);
	be_io_start(&q->tq, io);
}

/* Time the answers about to be submitted (done_to_irq, total). */
static void stamp_batch(struct be_ublk_queue *q)
{
#ifndef BE_NO_INSTR
	uint64_t now = BE_NOW();

	for (unsigned int i = 0; i < q->nbt; i++) {
		BE_STAGE(q, ST_DONE_IRQ, now - q->bt[i].done);
		BE_STAGE(q, ST_TOTAL, now - q->bt[i].pop);
	}
#endif
	q->nbt = 0;
}

static void *queue_thread(void *arg)
{
	struct be_ublk_queue *q = arg;
	const struct be_ops *ops = q->tq.tgt->ops;
	unsigned int depth = q->dev->o.depth;

	if (q->cpu >= 0) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(q->cpu, &set);
		pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
	}
	/* The kernel binds the queue to the task that fetches its tags. */
	for (unsigned int t = 0; t < depth; t++)
		queue_cmd(q, t, false, 0);
	if (q->tfd >= 0)
		arm_tfd(q);
	while (q->commands || q->inflight) {
		struct io_uring_cqe *cqe;
		unsigned int head, n = 0;
		bool reap = false;
		int ret;

		if (q->nbt)
			stamp_batch(q);
		ret = io_uring_submit_and_wait(&q->ring, 1);
		if (ret < 0 && ret != -EINTR && ret != -EAGAIN && ret != -EBUSY) {
			fprintf(stderr, "vduse-blkd: ublk queue %u: io_uring_enter: %s\n", q->idx,
				strerror(-ret));
			break;
		}
		q->t_wake = BE_NOW();
		STAT_INC(&q->st, kicks);
		io_uring_for_each_cqe(&q->ring, head, cqe) {
			uint64_t data = io_uring_cqe_get_data64(cqe);

			n++;
			if (data == TFD_DATA) {
				reap = true;
				continue;
			}
			q->commands--;
			if (cqe->res == UBLK_IO_RES_OK && data < depth) {
				handle(q, (unsigned int)data);
			} else if (cqe->res == UBLK_IO_RES_ABORT) {
				q->aborts++; /* the device stops: the tag is done */
			} else {
				/* an answer the kernel refused (none is, as we build
				 * them), or a tag it never had: the kernel keeps that
				 * request started, so STOP_DEV would wait for it; only
				 * the ring's cancel at our exit (a second signal) fails it */
				q->cmd_errors++;
			}
		}
		io_uring_cq_advance(&q->ring, n);
		if (ops->commit)
			ops->commit(&q->tq);
		if (ops->reap && q->inflight && (reap || q->tfd < 0))
			ops->reap(&q->tq);
		if (reap && (q->commands || q->inflight))
			arm_tfd(q);
		STAT_INC(&q->st, batches);
	}
	/* every tag aborted and nothing with the target: nothing is left to answer */
	q->running = false;
	return NULL;
}

int be_ublk_queue_init(struct be_ublk *u, struct be_ublk_queue *q, unsigned int idx)
{
	unsigned int depth = u->o.depth;
	size_t max_descs = ((size_t)UBLK_MAX_QUEUE_DEPTH * sizeof(struct ublksrv_io_desc) + 4095) & ~4095ul;
	void *m;
	int ret;

	be_safe_init();
	memset(q, 0, sizeof(*q));
	q->idx = idx;
	q->dev = u;
	q->tfd = -1;
	q->cpu = u->o.cpus ? u->o.cpus[idx] : -1;
	q->tq.tgt = u->tgt;
	q->tq.done = ublk_io_done;
	q->descs_len = (depth * sizeof(struct ublksrv_io_desc) + 4095) & ~4095ul;
	m = mmap(NULL, q->descs_len, PROT_READ, MAP_SHARED | MAP_POPULATE, u->cdev_fd,
		 (off_t)(UBLKSRV_CMD_BUF_OFFSET + idx * max_descs));
	if (m == MAP_FAILED)
		return -errno;
	q->descs = m;
	q->ios = calloc(depth, sizeof(*q->ios));
	q->status = calloc(depth, 1);
	q->bt = calloc(depth, sizeof(*q->bt)); /* a tag answers once per pass */
	if (posix_memalign((void **)&q->bufs, 4096, (size_t)depth * BE_UBLK_MAX_IO))
		q->bufs = NULL;
	if (!q->ios || !q->status || !q->bt || !q->bufs)
		return -ENOMEM;
	for (unsigned int t = 0; t < depth; t++)
		q->ios[t].slot = (uint16_t)t;
	/* a command per tag, the target's eventfd read, and room to spare */
	ret = io_uring_queue_init(depth + 2, &q->ring, 0);
	if (ret)
		return ret;
	q->ring_ok = true;
	ret = io_uring_register_files(&q->ring, &u->cdev_fd, 1);
	if (ret)
		return ret;
	if (u->tgt->ops->queue_init) {
		ret = u->tgt->ops->queue_init(u->tgt, &q->tq, &q->tq.priv, &q->tfd);
		if (ret)
			return ret;
	}
	return 0;
}

int be_ublk_queue_start(struct be_ublk_queue *q)
{
	int ret;

	q->running = true;
	ret = pthread_create(&q->thr, NULL, queue_thread, q);
	if (ret) {
		q->running = false;
		return -ret;
	}
	return 0;
}

void be_ublk_queue_join(struct be_ublk_queue *q)
{
	if (q->thr) {
		pthread_join(q->thr, NULL);
		q->thr = 0;
	}
}

void be_ublk_queue_fini(struct be_ublk_queue *q)
{
	if (q->tq.tgt && q->tq.tgt->ops->queue_cleanup && q->tq.priv)
		q->tq.tgt->ops->queue_cleanup(&q->tq);
	if (q->ring_ok)
		io_uring_queue_exit(&q->ring);
	q->ring_ok = false;
	if (q->descs)
		munmap((void *)q->descs, q->descs_len);
	q->descs = NULL;
	free(q->ios);
	free(q->status);
	free(q->bt);
	free(q->bufs);
	q->ios = NULL;
	q->status = NULL;
	q->bt = NULL;
	q->bufs = NULL;
}
