// SPDX-License-Identifier: GPL-2.0-only
/*
 * file target: an image file (or block device) served through one io_uring
 * per queue thread, the file registered once per ring, optionally with a
 * kernel submission-polling thread (--sqpoll). Completions wake the
 * queue thread through an eventfd registered with the ring. FLUSH is
 * fdatasync; DISCARD and WRITE_ZEROES punch holes (reads then return zeroes
 * on every file system that supports holes, tmpfs included).
 *
 * With --direct, reads and writes go straight from and to the bounce
 * pages, unless O_DIRECT cannot pin them: the driver's hugepage and
 * direct strategies map them with PFNs, which get_user_pages() refuses
 * (EFAULT). From the first such refusal on, the queue copies through page
 * aligned buffers of its own (one per request slot), and retries the
 * request that met it.
 */
#include <errno.h>
#include <stdbool.h>
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

#include "safecopy.h"
#include "target.h"

/* O_DIRECT buffers: aligned for any logical block size up to a page. */
#define FILE_BUF_ALIGN 4096

struct file_tgt {
	int fd;
};

/* A request slot's own buffer, for the copying path. */
struct file_buf {
	void *p;
	size_t cap;
	bool busy; /* the slot's request is in flight through it */
};

struct file_q {
	struct io_uring ring; /* first: tests/file-target.c looks at it */
	int evfd;
	unsigned int queued; /* SQEs prepared since the last submit */
	bool copy;	      /* O_DIRECT met unpinnable bounce pages: copy */
	struct file_buf *bufs; /* one per request slot (queue_size) */
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
	fq->bufs = calloc(t->o.queue_size, sizeof(*fq->bufs));
	if (!fq->bufs) {
		ret = -ENOMEM;
		goto err;
	}
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
	free(fq->bufs);
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

/*
 * Start a read or write of io through its slot's own buffer (the copying
 * path): a write's data is gathered into it first.
 */
static int file_queue_copy(struct file_q *fq, struct be_io *io)
{
	struct file_buf *b = &fq->bufs[io->slot];
	const struct blk_req *r = &io->req;
	uint64_t off = r->sector * BLK_SECTOR;
	struct io_uring_sqe *sqe;
	size_t done = 0;

	if (b->cap < r->len) {
		free(b->p);
		b->cap = 0;
		if (posix_memalign(&b->p, FILE_BUF_ALIGN, r->len)) {
			b->p = NULL;
			return -ENOMEM;
		}
		b->cap = r->len;
	}
	for (int i = 0; r->type == VIRTIO_BLK_T_OUT && i < r->iovcnt; i++) {
		if (be_copy((char *)b->p + done, r->iov[i].iov_base, r->iov[i].iov_len))
			return -EFAULT;
		done += r->iov[i].iov_len;
	}
	sqe = get_sqe(fq);
	if (!sqe)
		return -EBUSY; /* the core finishes it with IOERR */
	if (r->type == VIRTIO_BLK_T_OUT)
		io_uring_prep_write(sqe, 0, b->p, r->len, off);
	else
		io_uring_prep_read(sqe, 0, b->p, r->len, off);
	sqe->flags |= IOSQE_FIXED_FILE;
	io_uring_sqe_set_data(sqe, io);
	b->busy = true;
	io->tleft = 1;
	fq->queued++;
	return 0;
}

/* A read through the copying path is done: scatter it to the request. */
static int file_finish_copy(struct file_q *fq, struct be_io *io)
{
	struct file_buf *b = &fq->bufs[io->slot];
	const struct blk_req *r = &io->req;
	size_t done = 0;

	b->busy = false;
	for (int i = 0; r->type == VIRTIO_BLK_T_IN && i < r->iovcnt; i++) {
		if (be_copy(r->iov[i].iov_base, (char *)b->p + done, r->iov[i].iov_len))
			return -EFAULT;
		done += r->iov[i].iov_len;
	}
	return 0;
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
	if (fq->copy && (r->type == VIRTIO_BLK_T_IN || r->type == VIRTIO_BLK_T_OUT))
		return file_queue_copy(fq, io);
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

/*
 * O_DIRECT refused io's bounce pages (EFAULT: PFN-mapped, which
 * get_user_pages() cannot pin). Nothing of it reached the file that a
 * retry does not write again: copy from now on, and retry it that way.
 */
static int file_start_copying(struct be_tq *q, struct be_io *io)
{
	struct file_q *fq = be_queue_priv(q);

	if (!fq->copy)
		fprintf(stderr, "vduse-blkd: file: O_DIRECT cannot pin the bounce pages (EFAULT: "
				"bounce_strategy hugepage or direct?): this queue copies through "
				"its own buffers from now on\n");
	fq->copy = true;
	io->tstatus = VIRTIO_BLK_S_OK;
	if (file_queue_io(q, io) == 0)
		return 0;
	be_io_done(q, io, VIRTIO_BLK_S_IOERR);
	return 1;
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
			bool copied = rw && fq->bufs[io->slot].busy;

			n++;
			if (cqe->res == -EFAULT && rw && !copied && be_queue_target(q)->o.direct) {
				done += file_start_copying(q, io);
				continue;
			}
			/* A short transfer is an error: the range was checked to be in the file. */
			if (cqe->res < 0 || (rw && (uint64_t)cqe->res != r->len))
				io->tstatus = VIRTIO_BLK_S_IOERR;
			if (copied && file_finish_copy(fq, io))
				io->tstatus = VIRTIO_BLK_S_IOERR;
			if (--io->tleft == 0) {
				be_io_done(q, io, io->tstatus);
				done++;
			}
		}
		io_uring_cq_advance(&fq->ring, n);
		file_commit(q); /* the retries of file_start_copying */
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
	for (unsigned int i = 0; i < be_queue_target(q)->o.queue_size; i++)
		free(fq->bufs[i].p);
	free(fq->bufs);
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
