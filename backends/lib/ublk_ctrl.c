// SPDX-License-Identifier: GPL-2.0-only
/*
 * ublk's control path: the commands to /dev/ublk-control (features, add,
 * parameters, start, stop, delete), each one URING_CMD on a small ring of
 * 128-byte SQEs, answered before the next is sent.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/ublk_cmd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ublk.h"

#define CTRL_DEV "/dev/ublk-control"

/* One control command for device dev_id; returns the kernel's answer. */
static int ctrl_cmd(struct be_ublk *u, unsigned int op, int dev_id, void *buf, uint16_t len,
		    uint64_t data0)
{
	struct io_uring_sqe *sqe = io_uring_get_sqe(&u->ctrl);
	struct ublksrv_ctrl_cmd *c;
	struct io_uring_cqe *cqe;
	int ret;

	if (!sqe)
		return -EBUSY;
	memset(sqe, 0, 2 * sizeof(*sqe)); /* SQE128: the command area runs on */
	sqe->opcode = IORING_OP_URING_CMD;
	sqe->fd = u->ctrl_fd;
	sqe->cmd_op = op;
	c = (struct ublksrv_ctrl_cmd *)sqe->cmd;
	c->dev_id = (uint32_t)dev_id;
	c->queue_id = (uint16_t)-1;
	c->addr = (uint64_t)(uintptr_t)buf;
	c->len = len;
	c->data[0] = data0;
	ret = io_uring_submit_and_wait(&u->ctrl, 1);
	if (ret < 0)
		return ret;
	ret = io_uring_wait_cqe(&u->ctrl, &cqe);
	if (ret < 0)
		return ret;
	ret = cqe->res;
	io_uring_cqe_seen(&u->ctrl, cqe);
	return ret;
}

/* Wait up to 5 s for a device node the kernel announces by uevent. */
static int wait_node(const char *path)
{
	struct stat st;

	for (int i = 0; i < 500; i++) {
		if (!stat(path, &st))
			return 0;
		usleep(10000);
	}
	return -ENOENT;
}

static int set_params(struct be_ublk *u)
{
	const struct blk_geom *g = &u->tgt->geom;
	unsigned int shift = (unsigned int)__builtin_ctz(g->blk_size);
	struct ublk_params p = {
		.len = sizeof(p),
		.types = UBLK_PARAM_TYPE_BASIC,
		.basic = {
			/* a volatile cache as over VDUSE (VIRTIO_BLK_F_FLUSH):
			 * flushes reach the target */
			.attrs = UBLK_ATTR_VOLATILE_CACHE | (g->ro ? UBLK_ATTR_READ_ONLY : 0),
			.logical_bs_shift = (uint8_t)shift,
			.physical_bs_shift = (uint8_t)shift,
			.io_min_shift = (uint8_t)shift,
			.io_opt_shift = (uint8_t)shift,
			.max_sectors = BE_UBLK_MAX_IO >> 9,
			.dev_sectors = g->capacity,
		},
	};

	if (g->discard || g->write_zeroes) {
		p.types |= UBLK_PARAM_TYPE_DISCARD;
		p.discard = (struct ublk_param_discard){
			.discard_granularity = g->blk_size,
			.max_discard_sectors = g->discard ? g->max_discard_sectors : 0,
			.max_write_zeroes_sectors = g->write_zeroes ? g->max_wz_sectors : 0,
			.max_discard_segments = 1, /* the driver takes one range only */
		};
	}
	return ctrl_cmd(u, UBLK_U_CMD_SET_PARAMS, u->dev_id, &p, sizeof(p), 0);
}

int be_ublk_create(struct be_ublk *u, const struct be_ublk_opts *o, struct be_target *t)
{
	struct ublksrv_ctrl_dev_info info;
	char path[32];
	int ret;

	memset(u, 0, sizeof(*u));
	u->ctrl_fd = u->cdev_fd = -1;
	u->dev_id = -1;
	u->o = *o;
	u->tgt = t;
	t->geom.max_discard_sectors = t->geom.discard ? BE_MAX_DISCARD_SECTORS : 0;
	t->geom.max_wz_sectors = t->geom.write_zeroes ? BE_MAX_DISCARD_SECTORS : 0;
	be_clock_init();
	u->ctrl_fd = open(CTRL_DEV, O_RDWR | O_CLOEXEC);
	if (u->ctrl_fd < 0) {
		ret = -errno;
		fprintf(stderr, "vduse-blkd: %s: %s (is ublk_drv loaded?)\n", CTRL_DEV, strerror(-ret));
		return ret;
	}
	ret = io_uring_queue_init(4, &u->ctrl, IORING_SETUP_SQE128);
	if (ret) {
		fprintf(stderr, "vduse-blkd: control ring: %s\n", strerror(-ret));
		return ret;
	}
	u->ctrl_ok = true;
	ret = ctrl_cmd(u, UBLK_U_CMD_GET_FEATURES, -1, &u->features, sizeof(u->features), 0);
	if (ret < 0) {
		fprintf(stderr, "vduse-blkd: UBLK_U_CMD_GET_FEATURES: %s (ublk before Linux 6.5?)\n",
			strerror(-ret));
		return ret;
	}
	u->flags = UBLK_F_CMD_IOCTL_ENCODE;
	if (o->user_copy) {
		if (!(u->features & UBLK_F_USER_COPY)) {
			fprintf(stderr, "vduse-blkd: --user-copy: this kernel's ublk does not offer "
					"UBLK_F_USER_COPY (features 0x%llx)\n",
				(unsigned long long)u->features);
			return -EOPNOTSUPP;
		}
		u->flags |= UBLK_F_USER_COPY;
	}
	u->flags &= u->features;
	info = (struct ublksrv_ctrl_dev_info){
		.nr_hw_queues = (uint16_t)o->nq,
		.queue_depth = (uint16_t)o->depth,
		.max_io_buf_bytes = BE_UBLK_MAX_IO,
		.dev_id = (uint32_t)-1,
		.ublksrv_pid = getpid(),
		.flags = u->flags,
	};
	ret = ctrl_cmd(u, UBLK_U_CMD_ADD_DEV, -1, &info, sizeof(info), 0);
	if (ret < 0) {
		fprintf(stderr, "vduse-blkd: UBLK_U_CMD_ADD_DEV: %s\n", strerror(-ret));
		return ret;
	}
	u->added = true;
	u->dev_id = (int)info.dev_id;
	/* the driver gives at most one queue per possible CPU */
	if (info.nr_hw_queues != o->nq) {
		fprintf(stderr, "vduse-blkd: --queues %u: ublk gave %u (at most one per CPU here)\n",
			o->nq, info.nr_hw_queues);
		return -EINVAL;
	}
	ret = set_params(u);
	if (ret < 0) {
		fprintf(stderr, "vduse-blkd: UBLK_U_CMD_SET_PARAMS: %s\n", strerror(-ret));
		return ret;
	}
	snprintf(path, sizeof(path), "/dev/ublkc%d", u->dev_id);
	if (wait_node(path) || (u->cdev_fd = open(path, O_RDWR | O_CLOEXEC)) < 0) {
		ret = -errno;
		fprintf(stderr, "vduse-blkd: %s: %s\n", path, strerror(-ret));
		return ret;
	}
	for (unsigned int i = 0; i < o->nq; i++) {
		ret = be_ublk_queue_init(u, &u->q[i], i);
		if (ret) {
			fprintf(stderr, "vduse-blkd: ublk queue %u: %s\n", i, strerror(-ret));
			return ret;
		}
	}
	return 0;
}

int be_ublk_start(struct be_ublk *u)
{
	int ret;

	for (unsigned int i = 0; i < u->o.nq; i++) {
		ret = be_ublk_queue_start(&u->q[i]);
		if (ret)
			return ret;
		u->threads = true;
	}
	/* Returns once every queue has fetched every tag, with the disk added. */
	ret = ctrl_cmd(u, UBLK_U_CMD_START_DEV, u->dev_id, NULL, 0, (uint64_t)getpid());
	if (ret < 0) {
		fprintf(stderr, "vduse-blkd: UBLK_U_CMD_START_DEV: %s\n", strerror(-ret));
		return ret;
	}
	u->started = true;
	snprintf(u->disk, sizeof(u->disk), "/dev/ublkb%d", u->dev_id);
	ret = wait_node(u->disk);
	if (ret)
		fprintf(stderr, "vduse-blkd: %s did not appear\n", u->disk);
	return ret;
}

int be_ublk_stop(struct be_ublk *u)
{
	int ret;

	if (!u->threads)
		return 0;
	/* The kernel removes the disk, which waits for the requests in flight
	 * (the queue threads still serve them), then aborts every tag's
	 * command: each thread exits once all its tags are aborted. A device
	 * that never started has no disk, and its commands are aborted too. */
	ret = ctrl_cmd(u, UBLK_U_CMD_STOP_DEV, u->dev_id, NULL, 0, 0);
	if (ret < 0) {
		/* the threads may wait for ever: leave them to our exit */
		fprintf(stderr, "vduse-blkd: UBLK_U_CMD_STOP_DEV: %s\n", strerror(-ret));
		return ret;
	}
	for (unsigned int i = 0; i < u->o.nq; i++)
		be_ublk_queue_join(&u->q[i]);
	u->started = u->threads = false;
	return 0;
}

int be_ublk_destroy(struct be_ublk *u)
{
	int ret = 0;

	if (u->threads) /* be_ublk_stop failed: DEL_DEV would wait for their char device */
		return -EBUSY;
	for (unsigned int i = 0; i < u->o.nq; i++)
		be_ublk_queue_fini(&u->q[i]);
	/* DEL_DEV waits until the char device is released */
	if (u->cdev_fd >= 0)
		close(u->cdev_fd);
	u->cdev_fd = -1;
	if (u->added) {
		ret = ctrl_cmd(u, UBLK_U_CMD_DEL_DEV, u->dev_id, NULL, 0, 0);
		if (ret < 0)
			fprintf(stderr, "vduse-blkd: UBLK_U_CMD_DEL_DEV: %s\n", strerror(-ret));
		u->added = false;
	}
	if (u->ctrl_ok)
		io_uring_queue_exit(&u->ctrl);
	u->ctrl_ok = false;
	if (u->ctrl_fd >= 0)
		close(u->ctrl_fd);
	u->ctrl_fd = -1;
	return ret < 0 ? ret : 0;
}
