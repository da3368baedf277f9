// SPDX-License-Identifier: GPL-2.0-only
/*
 * ram target: the disk is memory, anonymous or a file mapped shared (e.g. on
 * /dev/shm, so it outlives the daemon and the host can inspect it). Data is
 * copied synchronously on the queue thread.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "safecopy.h"
#include "target.h"

struct ram {
	uint8_t *mem;
	size_t size;
	int fd; /* -1 when anonymous */
};

static int ram_init(struct be_target *t)
{
	struct ram *r = calloc(1, sizeof(*r));
	int ret = -ENOMEM, flags = MAP_SHARED;

	if (!r)
		return ret;
	r->fd = -1;
	if (t->o.path) {
		struct stat st;

		r->fd = open(t->o.path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (r->fd < 0 || fstat(r->fd, &st)) {
			ret = -errno;
			fprintf(stderr, "vduse-blkd: ram: %s: %s\n", t->o.path, strerror(errno));
			goto err;
		}
		if (!t->o.size)
			t->o.size = st.st_size & ~(uint64_t)(BLK_SECTOR - 1);
		else if ((uint64_t)st.st_size < t->o.size && ftruncate(r->fd, t->o.size)) {
			ret = -errno;
			goto err;
		}
	} else {
		flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
	}
	ret = -EINVAL;
	if (!t->o.size)
		goto err;
	r->size = t->o.size;
	r->mem = mmap(NULL, r->size, PROT_READ | PROT_WRITE, flags, r->fd, 0);
	if (r->mem == MAP_FAILED) {
		ret = -errno;
		goto err;
	}
	t->geom.capacity = r->size / BLK_SECTOR;
	t->geom.discard = true;
	t->geom.write_zeroes = true;
	t->priv = r;
	return 0;
err:
	if (r->fd >= 0)
		close(r->fd);
	free(r);
	return ret;
}

/* Guest buffers may fault (unbacked bounce pages): 0 or -EFAULT. */
static int copy(struct blk_req *req, uint8_t *disk, bool to_disk)
{
	for (int i = 0; i < req->iovcnt; i++) {
		int ret = to_disk ? be_copy(disk, req->iov[i].iov_base, req->iov[i].iov_len)
				  : be_copy(req->iov[i].iov_base, disk, req->iov[i].iov_len);

		if (ret)
			return ret;
		disk += req->iov[i].iov_len;
	}
	return 0;
}

/* Zero a range; whole pages are given back to the kernel. */
static void zero(struct ram *r, uint64_t off, uint64_t len)
{
	uint64_t pg = 4096, a = (off + pg - 1) & ~(pg - 1), b = (off + len) & ~(pg - 1);

	if (b > a && madvise(r->mem + a, b - a, r->fd >= 0 ? MADV_REMOVE : MADV_DONTNEED) == 0) {
		memset(r->mem + off, 0, a - off);
		memset(r->mem + b, 0, off + len - b);
		return;
	}
	memset(r->mem + off, 0, len);
}

static int ram_queue_io(struct be_tq *q, struct be_io *io)
{
	struct ram *r = be_queue_target(q)->priv;
	struct blk_req *req = &io->req;
	int status = VIRTIO_BLK_S_OK;

	switch (req->type) {
	case VIRTIO_BLK_T_IN:
	case VIRTIO_BLK_T_OUT:
		/* Only IN and OUT have a checked sector: the header's sector of a
		 * FLUSH or DISCARD is whatever the driver wrote, and even forming a
		 * pointer from it is undefined (the fuzzer's UBSan finding). */
		if (copy(req, r->mem + req->sector * BLK_SECTOR,
			 req->type == VIRTIO_BLK_T_OUT))
			status = VIRTIO_BLK_S_IOERR;
		break;
	case VIRTIO_BLK_T_DISCARD:
	case VIRTIO_BLK_T_WRITE_ZEROES:
		for (uint32_t i = 0; i < req->nranges; i++)
			zero(r, req->ranges[i].sector * BLK_SECTOR,
			     (uint64_t)req->ranges[i].num_sectors * BLK_SECTOR);
		break;
	case VIRTIO_BLK_T_FLUSH:
		break; /* memory is as durable as it gets */
	}
	be_io_done(q, io, status);
	return 0;
}

static void ram_cleanup(struct be_target *t)
{
	struct ram *r = t->priv;

	if (!r)
		return;
	munmap(r->mem, r->size);
	if (r->fd >= 0)
		close(r->fd);
	free(r);
	t->priv = NULL;
}

const struct be_ops ram_ops = {
	.name = "ram",
	.init = ram_init,
	.queue_io = ram_queue_io,
	.cleanup = ram_cleanup,
};
