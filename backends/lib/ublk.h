/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The ublk transport: the same targets as over VDUSE, served to the kernel's
 * ublk driver (drivers/block/ublk_drv.c) instead, so that a comparison of
 * the two differs in the transport only. Control commands go to
 * /dev/ublk-control as io_uring URING_CMDs; each queue is one thread with
 * its own ring, which keeps one FETCH_REQ / COMMIT_AND_FETCH_REQ command
 * outstanding per tag: the command's completion is the next request, the
 * next command's submission is the previous one's answer.
 */
#ifndef BE_UBLK_H
#define BE_UBLK_H

#include <liburing.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "dev.h" /* BE_MAX_QUEUES */
#include "json.h"
#include "stats.h"
#include "target.h"

/* The largest request the disk takes (its max_sectors), and each tag's buffer. */
#define BE_UBLK_MAX_IO (512u << 10)

struct be_ublk;

struct be_ublk_queue {
	unsigned int idx;
	struct be_tq tq;
	struct be_ublk *dev;
	struct io_uring ring;
	bool ring_ok;
	const void *descs; /* the kernel's struct ublksrv_io_desc array, mmap'd */
	size_t descs_len;
	struct be_io *ios;  /* by tag */
	uint8_t *status;    /* by tag: the virtio-blk status the target set */
	uint8_t *bufs;      /* by tag, BE_UBLK_MAX_IO each */
	struct be_batch_time *bt; /* times of the answers not yet submitted */
	unsigned int nbt;
	int tfd;            /* the target's completion eventfd, or -1 */
	uint64_t tfd_val;   /* where the ring reads it into */
	int cpu;            /* pin to this CPU, or -1 */
	unsigned int inflight;  /* with the target */
	unsigned int commands;  /* FETCH or COMMIT_AND_FETCH outstanding */
	bool running;
	uint64_t t_wake;
	uint64_t aborts, cmd_errors, user_copy_errors;
	pthread_t thr;
	struct be_qstats st;
};

struct be_ublk_opts {
	unsigned int nq;
	unsigned int depth;
	bool user_copy; /* UBLK_F_USER_COPY: pread/pwrite on the char device */
	const int *cpus; /* nq entries or NULL */
};

struct be_ublk {
	int ctrl_fd, cdev_fd;
	struct io_uring ctrl;
	bool ctrl_ok, added, started;
	bool threads; /* queue threads running */
	int dev_id;
	uint64_t features; /* what the kernel offers (UBLK_U_CMD_GET_FEATURES) */
	uint64_t flags;    /* what we asked for */
	struct be_ublk_opts o;
	struct be_target *tgt;
	struct be_ublk_queue q[BE_MAX_QUEUES];
	char disk[32]; /* /dev/ublkbN */
};

/*
 * Probe the driver's features, add the device and set its parameters from
 * t's geometry (t already initialised); refuses what the kernel does not
 * offer with a message on stderr. Returns 0 or -errno.
 */
int be_ublk_create(struct be_ublk *u, const struct be_ublk_opts *o, struct be_target *t);
/* Start the queue threads, then the device; returns once u->disk exists. */
int be_ublk_start(struct be_ublk *u);
/* Stop the device (the kernel drains what is in flight), join the threads. */
int be_ublk_stop(struct be_ublk *u);
/* Delete the device and release everything; safe after a failed create. */
int be_ublk_destroy(struct be_ublk *u);

/* Queue threads (ublk_queue.c). */
int be_ublk_queue_init(struct be_ublk *u, struct be_ublk_queue *q, unsigned int idx);
int be_ublk_queue_start(struct be_ublk_queue *q);
void be_ublk_queue_join(struct be_ublk_queue *q);
void be_ublk_queue_fini(struct be_ublk_queue *q);

/* The statistics as stats_json.c writes VDUSE's, under key. */
void be_ublk_stats_json(struct be_ublk *u, struct json *j, const char *key);

#endif
