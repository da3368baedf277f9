/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The contract between a transport's queue machinery (VDUSE: queue.c; ublk:
 * ublk_queue.c) and a target (null, ram, file, zero): each target is one
 * file ending in a `const struct be_ops`. Requests reach a target already
 * checked (blkreq.c, ublk_queue.c): data inside the disk, whole sectors,
 * right direction. A target finishes each one exactly once with
 * be_io_done(), from queue_io (synchronous) or from reap (asynchronous),
 * always on the queue's own thread. A target sees a queue only as a
 * struct be_tq, so the same target code serves either transport.
 */
#ifndef BE_TARGET_H
#define BE_TARGET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "blkreq.h"

struct be_tq;

/* The struct that holds member ptr (the kernel's container_of). */
#define be_container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

/* One request slot of a queue. */
struct be_io {
	struct blk_req req;
	uint64_t t_kick, t_pop, t_submit, t_done; /* CLOCK_MONOTONIC ns */
	int tleft;   /* target: sub-operations still outstanding */
	int tstatus; /* target: sticky status across sub-operations */
	uint16_t slot;
};

/* What the daemon's options give a target. */
struct be_target_opts {
	const char *path;   /* file: image (required); ram: optional backing file */
	uint64_t size;      /* bytes; 0: the file's own size */
	bool direct;        /* file: O_DIRECT */
	bool sqpoll;        /* file: a kernel thread polls each ring's submissions */
	unsigned int uring_depth; /* file: io_uring entries per queue */
	unsigned int queue_size;
};

struct be_target {
	const struct be_ops *ops;
	struct be_target_opts o;
	struct blk_geom geom; /* init sets capacity and what it supports */
	void *priv;
};

/*
 * A queue as its target sees it: the transport embeds one in its own queue
 * and finishes a request through done (VDUSE: used ring and interrupt;
 * ublk: COMMIT_AND_FETCH_REQ).
 */
struct be_tq {
	struct be_target *tgt;
	void *priv; /* the target's per-queue state, from queue_init */
	void (*done)(struct be_tq *q, struct be_io *io, int status);
};

struct be_ops {
	const char *name;
	/* Required: open the backing store, fill t->geom.capacity, discard, write_zeroes. */
	int (*init)(struct be_target *t);
	/* Optional: per-queue state (an io_uring); sets *evfd to an fd that
	 * becomes readable when reap has work, or leaves it -1. */
	int (*queue_init)(struct be_target *t, struct be_tq *q, void **qpriv, int *evfd);
	/* Required: start or do io; 0, or -errno and the core finishes it with IOERR. */
	int (*queue_io)(struct be_tq *q, struct be_io *io);
	/* Optional: submit what queue_io prepared (one syscall per batch). */
	void (*commit)(struct be_tq *q);
	/* Optional: finish what completed; returns how many were finished. */
	int (*reap)(struct be_tq *q);
	/* Optional: undo queue_init (nothing in flight by then). */
	void (*queue_cleanup)(struct be_tq *q);
	/* Optional: undo init. */
	void (*cleanup)(struct be_target *t);
};

/* Finish io with a virtio-blk status; queue-thread only. */
static inline void be_io_done(struct be_tq *q, struct be_io *io, int status)
{
	q->done(q, io, status);
}

/*
 * Hand a checked request to its target, either transport's way in: the
 * per-request scratch the target keeps (sub-operations left, sticky status)
 * starts afresh, and a request the target could not start is finished
 * with IOERR.
 */
static inline void be_io_start(struct be_tq *q, struct be_io *io)
{
	io->tleft = 0;
	io->tstatus = VIRTIO_BLK_S_OK;
	if (q->tgt->ops->queue_io(q, io) < 0)
		be_io_done(q, io, VIRTIO_BLK_S_IOERR);
}

static inline void *be_queue_priv(struct be_tq *q)
{
	return q->priv;
}

static inline struct be_target *be_queue_target(struct be_tq *q)
{
	return q->tgt;
}

/* Each target's ops table, NAME_ops in targets/NAME.c (targets/targets.def). */
#define TARGET(name, path, help) extern const struct be_ops name##_ops;
#include "targets.def"
#undef TARGET

#endif
