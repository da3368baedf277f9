// SPDX-License-Identifier: GPL-2.0-only
/*
 * zero target: reads return zeroes, writes, DISCARD and WRITE_ZEROES are
 * accepted and dropped, FLUSH succeeds. Unlike null, what a reader gets is
 * defined, so a data check can tell a read that moved the bytes from one
 * that did not; kept as a test target.
 */
#include "safecopy.h"
#include "target.h"

/* No storage: the geometry is null's (the size given, DISCARD, WRITE_ZEROES). */
static int zero_init(struct be_target *t)
{
	return null_ops.init(t);
}

static int zero_queue_io(struct be_tq *q, struct be_io *io)
{
	struct blk_req *req = &io->req;
	int status = VIRTIO_BLK_S_OK;

	/* Guest buffers may fault (unbacked bounce pages): IOERR for this one. */
	for (int i = 0; req->type == VIRTIO_BLK_T_IN && i < req->iovcnt; i++)
		if (be_set(req->iov[i].iov_base, 0, req->iov[i].iov_len))
			status = VIRTIO_BLK_S_IOERR;
	be_io_done(q, io, status);
	return 0;
}

const struct be_ops zero_ops = {
	.name = "zero",
	.init = zero_init,
	.queue_io = zero_queue_io,
};
