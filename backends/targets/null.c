// SPDX-License-Identifier: GPL-2.0-only
/*
 * null target: every request succeeds at once and no data moves (reads
 * leave the buffers as they are, like qemu-storage-daemon's null-co without
 * read-zeroes). It measures the VDUSE and virtqueue path alone.
 */
#include <errno.h>

#include "target.h"

static int null_init(struct be_target *t)
{
	if (!t->o.size)
		return -EINVAL;
	t->geom.capacity = t->o.size / BLK_SECTOR;
	t->geom.discard = true;
	t->geom.write_zeroes = true;
	return 0;
}

static int null_queue_io(struct be_tq *q, struct be_io *io)
{
	be_io_done(q, io, VIRTIO_BLK_S_OK);
	return 0;
}

const struct be_ops null_ops = {
	.name = "null",
	.init = null_init,
	.queue_io = null_queue_io,
};
