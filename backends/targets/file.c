// SPDX-License-Identifier: GPL-2.0-only
/*
 * file target: an image file (or block device) served through one io_uring
 * per queue thread, the file registered once per ring, optionally with a
 * kernel submission-polling thread (--sqpoll). Completions wake the
 * queue thread through an eventfd registered with the ring. FLUSH is
 * fdatasync; DISCARD and WRITE_ZEROES punch holes (reads then return zeroes
 * on every file system that supports holes, tmpfs included).
 */
#include <errno.h>
#include <fcntl.h>
#include <liburing.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/fs.h>

#include "target.h"

struct file_tgt {
	int fd;
};

struct file_q {
	struct io_uring ring; /* first: tests/file-target.c looks at it */
	int evfd;
	unsigned int queued; /* SQEs prepared since the last submit */
};

static int file_init(struct be_target *t)
{
	struct file_tgt *f;
	struct stat st;
	uint64_t size;
	int ret;

	if (!t->o.path)
		return -EINVAL;
	f = calloc(1, sizeof(*f));
	if (!f)
		return -ENOMEM;
	f->fd = open(t->o.path, (t->geom.ro ? O_RDONLY : O_RDWR | O_CREAT) | O_CLOEXEC |
			       (t->o.direct ? O_DIRECT : 0), 0600);
	if (f->fd < 0 || fstat(f->fd, &st)) {
		ret = -errno;
		fprintf(stderr, "vduse-blkd: file: %s: %s\n", t->o.path, strerror(errno));
		goto err;
	}
	size = st.st_size;
	if (S_ISBLK(st.st_mode) && ioctl(f->fd, BLKGETSIZE64, &size)) {
		ret = -errno;
		goto err;
	}
	if (t->o.size && size < t->o.size && S_ISREG(st.st_mode)) {
		if (t->geom.ro || ftruncate(f->fd, t->o.size)) {
			ret = t->geom.ro ? -EROFS : -errno;
			fprintf(stderr, "vduse-blkd: file: %s is smaller than --size\n", t->o.path);
			goto err;
		}
		size = t->o.size;
	}
	if (t->o.size && t->o.size < size)
		size = t->o.size;
	ret = -EINVAL;
	if (size < BLK_SECTOR) {
		fprintf(stderr, "vduse-blkd: file: %s is empty (give --size to create it)\n",
			t->o.path);
		goto err;
	}
	t->geom.capacity = size / BLK_SECTOR;
	t->geom.discard = S_ISREG(st.st_mode);
	t->geom.write_zeroes = S_ISREG(st.st_mode);
	t->priv = f;
	return 0;
err:
	if (f->fd >= 0)
		close(f->fd);
	free(f);
	return ret;
}

static int file_queue_init(struct be_target *t, struct be_tq *q, void **qpriv, int *evfd)
{
	struct file_tgt *f = t->priv;
	struct file_q *fq = calloc(1, sizeof(*fq));
	struct io_uring_params p = { 0 };
	int ret;

	(void)q;
	if (!fq)
		return -ENOMEM;
	/*
	 * The submission ring is --uring-depth entries, which may be fewer
	 * than a queue's requests need (get_sqe waits for room then). The
	 * completion ring is not sized from it: every submission in flight
	 * must find room for its completion. One may be in flight for each
	 * DISCARD or WRITE_ZEROES range (BLK_MAX_RANGES) of each of the
	 * queue's requests (queue_size); never fewer entries than io_uring's
	 * default, twice the submission ring's. A completion with no room
	 * would spill into the kernel's overflow list: an allocation per
	 * completion, dropped if that fails, and invisible until flushed
	 * (file_reap). At most 16 Ki entries, 256 KiB of ring (queue size
	 * 1024), a quarter of the kernel's limit.
	 */
	p.flags = IORING_SETUP_CQSIZE;
	p.cq_entries = t->o.queue_size * BLK_MAX_RANGES;
	if (p.cq_entries < 2 * t->o.uring_depth)
		p.cq_entries = 2 * t->o.uring_depth;
	if (t->o.sqpoll) {
		/* The poller sleeps after 50 ms idle; io_uring_submit wakes it. */
		p.flags |= IORING_SETUP_SQPOLL;
		p.sq_thread_idle = 50;
	}
	ret = io_uring_queue_init_params(t->o.uring_depth, &fq->ring, &p);
	if (ret)
		goto err;
	ret = io_uring_register_files(&fq->ring, &f->fd, 1);
	if (ret)
		goto err_ring;
	fq->evfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (fq->evfd < 0) {
		ret = -errno;
		goto err_ring;
	}
	ret = io_uring_register_eventfd(&fq->ring, fq->evfd);
	if (ret)
		goto err_fd;
	*qpriv = fq;
	*evfd = fq->evfd;
	return 0;
err_fd:
	close(fq->evfd);
err_ring:
	io_uring_queue_exit(&fq->ring);
err:
	free(fq);
	return ret;
}

/*
 * An SQE, submitting what is queued if the ring is full. Without SQPOLL
 * the submit empties the ring before it returns. With it, the kernel's
 * poller takes SQEs in its own time: wait until it has made room
 * (IORING_ENTER_SQ_WAIT) rather than fail the request. Reaping would not
 * make room (an SQE is freed when taken, not when it completes; the
 * completion ring has room for all, queue_init) and would finish requests
 * in the middle of queue_io.
 */
static struct io_uring_sqe *get_sqe(struct file_q *fq)
{
	struct io_uring_sqe *sqe;
	int ret;

	while (!(sqe = io_uring_get_sqe(&fq->ring))) {
		io_uring_submit(&fq->ring);
		fq->queued = 0;
		if (!(fq->ring.flags & IORING_SETUP_SQPOLL))
			return io_uring_get_sqe(&fq->ring);
		ret = io_uring_sqring_wait(&fq->ring);
		if (ret < 0 && ret != -EINTR)
			return NULL; /* a kernel without SQ_WAIT (before 5.10) */
	}
	return sqe;
}

static int file_queue_io(struct be_tq *q, struct be_io *io)
{
	struct file_q *fq = be_queue_priv(q);
	struct blk_req *r = &io->req;
	uint64_t off = r->sector * BLK_SECTOR;
	struct io_uring_sqe *sqe;
	uint32_t n = 1;

	if (r->type == VIRTIO_BLK_T_DISCARD || r->type == VIRTIO_BLK_T_WRITE_ZEROES)
		n = r->nranges;
	io->tleft = 0;
	for (uint32_t i = 0; i < n; i++) {
		sqe = get_sqe(fq);
		if (!sqe) {
			if (!io->tleft)
				return -EBUSY; /* the core finishes it with IOERR */
			io->tstatus = VIRTIO_BLK_S_IOERR; /* the ranges in flight finish it */
			return 0;
		}
		switch (r->type) {
		case VIRTIO_BLK_T_IN:
			io_uring_prep_readv(sqe, 0, r->iov, r->iovcnt, off);
			break;
		case VIRTIO_BLK_T_OUT:
			io_uring_prep_writev(sqe, 0, r->iov, r->iovcnt, off);
			break;
		case VIRTIO_BLK_T_FLUSH:
			io_uring_prep_fsync(sqe, 0, IORING_FSYNC_DATASYNC);
			break;
		default: /* DISCARD, WRITE_ZEROES */
			io_uring_prep_fallocate(sqe, 0, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
						r->ranges[i].sector * BLK_SECTOR,
						(uint64_t)r->ranges[i].num_sectors * BLK_SECTOR);
			break;
		}
		sqe->flags |= IOSQE_FIXED_FILE;
		io_uring_sqe_set_data(sqe, io);
		io->tleft++;
		fq->queued++;
	}
	return 0;
}

static void file_commit(struct be_tq *q)
{
	struct file_q *fq = be_queue_priv(q);

	if (fq->queued) {
		io_uring_submit(&fq->ring);
		fq->queued = 0;
	}
}

static int file_reap(struct be_tq *q)
{
	struct file_q *fq = be_queue_priv(q);
	struct io_uring_cqe *cqe;
	unsigned int head, n;
	int done = 0;

	for (;;) {
		n = 0;
		io_uring_for_each_cqe(&fq->ring, head, cqe) {
			struct be_io *io = io_uring_cqe_get_data(cqe);
			const struct blk_req *r = &io->req;
			bool rw = r->type == VIRTIO_BLK_T_IN || r->type == VIRTIO_BLK_T_OUT;

			n++;
			/* A short transfer is an error: the range was checked to be in the file. */
			if (cqe->res < 0 || (rw && (uint64_t)cqe->res != r->len))
				io->tstatus = VIRTIO_BLK_S_IOERR;
			if (--io->tleft == 0) {
				be_io_done(q, io, io->tstatus);
				done++;
			}
		}
		io_uring_cq_advance(&fq->ring, n);
		/*
		 * Completions that found the ring full wait in the kernel's
		 * overflow list (IORING_FEAT_NODROP) until an enter with
		 * GETEVENTS moves them into the room just made; nothing else
		 * is sure to (no submission may follow, and their eventfd
		 * signal has been consumed), and their requests would never
		 * finish.
		 */
		if (!io_uring_cq_has_overflow(&fq->ring) || io_uring_get_events(&fq->ring) < 0 ||
		    !io_uring_cq_ready(&fq->ring))
			break;
	}
	return done;
}

static void file_queue_cleanup(struct be_tq *q)
{
	struct file_q *fq = be_queue_priv(q);

	if (!fq)
		return;
	io_uring_queue_exit(&fq->ring);
	close(fq->evfd);
	free(fq);
}

static void file_cleanup(struct be_target *t)
{
	struct file_tgt *f = t->priv;

	if (!f)
		return;
	close(f->fd);
	free(f);
	t->priv = NULL;
}

const struct be_ops file_ops = {
	.name = "file",
	.init = file_init,
	.queue_init = file_queue_init,
	.queue_io = file_queue_io,
	.commit = file_commit,
	.reap = file_reap,
	.queue_cleanup = file_queue_cleanup,
	.cleanup = file_cleanup,
};
