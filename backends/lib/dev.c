// SPDX-License-Identifier: GPL-2.0-only
/*
 * VDUSE device lifecycle: VDUSE_SET_API_VERSION and VDUSE_CREATE_DEV with a
 * virtio-blk config space, VDUSE_VQ_SETUP per queue, and on DRIVER_OK the
 * ring addresses (VDUSE_VQ_GET_INFO), kick eventfds and queue threads.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/virtio_blk.h>
#include <linux/virtio_config.h>
#include <linux/virtio_ids.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "dev.h"
#include "probes.h"

#ifndef VDUSE_IOTLB_GET_INFO
#error "linux/vduse.h is too old: VDUSE_IOTLB_GET_INFO (Linux 6.0+) is needed"
#endif

static void fill_config(struct be_dev *d, struct virtio_blk_config *c)
{
	const struct blk_geom *g = &d->tgt->geom;
	uint32_t lbs = g->blk_size / BLK_SECTOR;

	memset(c, 0, sizeof(*c));
	c->capacity = g->capacity;
	c->seg_max = VQ_MAX_SEGS - 2; /* header and status take two */
	c->blk_size = g->blk_size;
	c->physical_block_exp = 0;
	c->min_io_size = 1;
	c->opt_io_size = 0;
	c->num_queues = d->nq;
	c->max_discard_sectors = g->max_discard_sectors;
	c->max_discard_seg = BLK_MAX_RANGES;
	c->discard_sector_alignment = lbs;
	c->max_write_zeroes_sectors = g->max_wz_sectors;
	c->max_write_zeroes_seg = BLK_MAX_RANGES;
	c->write_zeroes_may_unmap = 1;
}

static uint64_t offered_features(struct be_dev *d)
{
	const struct blk_geom *g = &d->tgt->geom;
	uint64_t f = 1ull << VIRTIO_F_VERSION_1 | 1ull << VIRTIO_F_ACCESS_PLATFORM |
		     1ull << VIRTIO_RING_F_EVENT_IDX | 1ull << VIRTIO_RING_F_INDIRECT_DESC |
		     1ull << VIRTIO_BLK_F_SEG_MAX | 1ull << VIRTIO_BLK_F_BLK_SIZE |
		     1ull << VIRTIO_BLK_F_TOPOLOGY | 1ull << VIRTIO_BLK_F_FLUSH |
		     1ull << VIRTIO_BLK_F_MQ;

	if (g->discard)
		f |= 1ull << VIRTIO_BLK_F_DISCARD;
	if (g->write_zeroes)
		f |= 1ull << VIRTIO_BLK_F_WRITE_ZEROES;
	if (g->ro)
		f |= 1ull << VIRTIO_BLK_F_RO;
	return f;
}

/* udev may not exist (the lab VM): devtmpfs creates the node, maybe late.
 * Reconnecting, the dead daemon's file may not be released yet (EBUSY).
 * Non-blocking: a message poll announced may time out in the kernel and
 * leave the queue before the control thread reads it; a blocking read would
 * then wait for the next message, deaf to its stop request. */
static int open_dev(struct be_dev *d)
{
	char path[VDUSE_NAME_MAX + 16];
	int again = d->o.reconnect ? EBUSY : ENOENT;

	snprintf(path, sizeof(path), "/dev/vduse/%s", d->name);
	for (int i = 0; i < 500; i++) {
		d->devfd = open(path, O_RDWR | O_CLOEXEC | O_NONBLOCK);
		if (d->devfd >= 0 || errno != again)
			break;
		usleep(10000);
	}
	if (d->devfd < 0) {
		int err = errno;

		fprintf(stderr, "vduse-blkd: %s: %s%s\n", path, strerror(err),
			d->o.reconnect && err == ENOENT ? " (nothing to reconnect to)" :
			d->o.reconnect && err == EBUSY ? " (another daemon serves it)" : "");
		return -err;
	}
	return 0;
}

static int create_dev(struct be_dev *d)
{
	size_t csize = sizeof(struct virtio_blk_config);
	struct vduse_dev_config *cfg = calloc(1, sizeof(*cfg) + csize);
	int ret = 0;

	if (!cfg)
		return -ENOMEM;
	snprintf(cfg->name, sizeof(cfg->name), "%s", d->name);
	cfg->device_id = VIRTIO_ID_BLOCK;
	cfg->vendor_id = 0;
	cfg->features = d->features;
	cfg->vq_num = d->nq;
	cfg->vq_align = 4096;
	cfg->config_size = csize;
	fill_config(d, (struct virtio_blk_config *)cfg->config);
	if (ioctl(d->ctlfd, VDUSE_CREATE_DEV, cfg)) {
		ret = -errno;
		fprintf(stderr, "vduse-blkd: VDUSE_CREATE_DEV '%s': %s%s\n", d->name, strerror(errno),
			errno == EEXIST ? " (left by a daemon that died? --reconnect resumes it)" : "");
	}
	free(cfg);
	return ret;
}

/* The inflight log: created with the device, or the dead daemon's, checked. */
static int open_log(struct be_dev *d)
{
	struct be_ifl_hdr want = {
		.nq = d->nq,
		.queue_size = d->queue_size,
		.blk_size = d->tgt->geom.blk_size,
		.capacity = d->tgt->geom.capacity,
		.features = d->features,
	};
	char why[200];
	int ret;

	snprintf(want.name, sizeof(want.name), "%.63s", d->name); /* --name: at most 63 */
	ret = be_ifl_open(&d->ifl, &want, d->o.reconnect, why, sizeof(why));
	if (ret)
		fprintf(stderr, "vduse-blkd: inflight log: %s%s\n", why,
			d->o.reconnect ? ": cannot reconnect" : "");
	return ret;
}

int be_dev_start_queues(struct be_dev *d, bool recover);

int be_dev_create(struct be_dev *d, const struct be_dev_opts *o, struct be_target *t)
{
	uint64_t ver = VDUSE_API_VERSION;
	int ret;

	memset(d, 0, sizeof(*d));
	d->rc.t0 = be_now_ns();
	d->ctlfd = d->devfd = d->ctrl_stopfd = d->ctrl_deadfd = -1;
	d->tgt = t;
	d->o = *o;
	d->nq = o->nq;
	d->queue_size = o->queue_size;
	d->remap = (struct be_remap){ .q = d->q, .nq = d->nq, .tlb = &d->tlb };
	snprintf(d->name, sizeof(d->name), "%s", o->name);
	pthread_mutex_init(&d->lock, NULL);
	t->geom.max_discard_sectors = t->geom.discard ? BE_MAX_DISCARD_SECTORS : 0;
	t->geom.max_wz_sectors = t->geom.write_zeroes ? BE_MAX_DISCARD_SECTORS : 0;
	d->features = offered_features(d);

	d->ctlfd = open("/dev/vduse/control", O_RDWR | O_CLOEXEC);
	if (d->ctlfd < 0) {
		ret = -errno;
		fprintf(stderr, "vduse-blkd: /dev/vduse/control: %s (is the vduse module loaded?)\n",
			strerror(errno));
		goto err;
	}
	if (ioctl(d->ctlfd, VDUSE_SET_API_VERSION, &ver)) {
		ret = -errno;
		perror("vduse-blkd: VDUSE_SET_API_VERSION");
		goto err;
	}
	if (!o->reconnect) {
		ret = create_dev(d);
		if (ret)
			goto err;
		d->created = true;
	}
	ret = open_dev(d);
	if (ret)
		goto err;
	ret = iotlb_init(&d->tlb, d->devfd);
	if (ret) {
		close(d->devfd);
		d->devfd = -1;
		goto err;
	}
	/* After CREATE_DEV or the open: a log of a device still served (EEXIST,
	 * EBUSY) is left alone. */
	ret = open_log(d);
	if (ret)
		goto err;
	for (unsigned int i = 0; i < d->nq; i++) {
		struct vduse_vq_config vc = { .index = i, .max_size = d->queue_size };

		d->q[i].idx = i;
		d->q[i].kickfd = -1;
		if (o->reconnect)
			continue; /* set up by the first daemon */
		if (ioctl(d->devfd, VDUSE_VQ_SETUP, &vc)) {
			ret = -errno;
			perror("vduse-blkd: VDUSE_VQ_SETUP");
			goto err;
		}
	}
	if (o->reconnect) {
		d->rc.reconnected = true;
		d->rc.generation = d->ifl->hdr.generation;
		/* Not started: DRIVER_OK is still to come (a control message) */
		if (d->ifl->hdr.started) {
			ret = be_dev_start_queues(d, true);
			if (ret)
				goto err;
		}
		d->rc.resume_ns = be_now_ns() - d->rc.t0;
		d->created = true; /* ours now: destroyed at our teardown */
	}
	return 0;
err:
	be_dev_destroy(d);
	return ret;
}

/*
 * Recover a queue a dead daemon served from its inflight log; a published
 * batch whose interrupt it never sent gets one once the thread runs.
 */
static int recover_queue(struct be_dev *d, struct be_queue *q)
{
	struct be_ifl_recovery rec;
	int ret = be_ifl_vq_recover(&d->ifl->vq[q->idx], &q->vq, &rec);

	if (ret) {
		fprintf(stderr, "vduse-blkd: queue %u: the inflight log does not describe its ring (%u entries): cannot resume it\n",
			q->idx, q->vq.num);
		return ret;
	}
	d->rc.replayed += rec.replay;
	d->rc.pushed_done += rec.pushed_done;
	d->rc.pushed_replayed += rec.pushed_replayed;
	BE_PROBE3(recover, q->idx, rec.replay, q->vq.used_idx);
	return 0;
}

/* DRIVER_OK (or a reconnect, recover): map each ready ring, give the kernel a
 * kick eventfd, start threads. */
static int start_queue(struct be_dev *d, struct be_queue *q, bool recover)
{
	struct vduse_vq_info vi = { .index = q->idx };
	struct vduse_vq_eventfd ev = { .index = q->idx };
	struct be_queue_opts qo = d->o.qo;
	int ret;

	if (ioctl(d->devfd, VDUSE_VQ_GET_INFO, &vi))
		return -errno;
	if (!vi.ready)
		return 0;
	if (vi.num == 0 || vi.num > d->queue_size || (vi.num & (vi.num - 1)))
		return -EINVAL;
	vq_init(&q->vq, vi.num, NULL, NULL, NULL, &d->tlb,
		d->driver_features & (1ull << VIRTIO_RING_F_EVENT_IDX),
		d->driver_features & (1ull << VIRTIO_RING_F_INDIRECT_DESC));
	/* The IOVAs are kept: an IOTLB update translates them again (remap.c). */
	ret = vq_map(&q->vq, vi.desc_addr, vi.driver_addr, vi.device_addr);
	if (ret)
		return ret;
	q->vq.last_avail = vi.split.avail_index;
	q->vq.used_idx = q->vq.used->idx;
	if (recover) {
		ret = recover_queue(d, q);
		if (ret)
			return ret;
	} else {
		be_ifl_vq_start(&d->ifl->vq[q->idx], &q->vq);
	}
	qo.cpu = d->o.cpus ? d->o.cpus[q->idx] : -1;
	ret = be_queue_init(q, d->tgt, &d->tlb, d->devfd, &qo);
	if (ret)
		return ret;
	q->kickfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	ev.fd = q->kickfd;
	if (q->kickfd < 0 || ioctl(d->devfd, VDUSE_VQ_SETUP_KICKFD, &ev)) {
		ret = -errno;
		goto err;
	}
	ret = be_queue_start(q);
	if (ret)
		goto err;
	if (recover) {
		uint32_t idx = q->idx;

		ioctl(d->devfd, VDUSE_VQ_INJECT_IRQ, &idx);
	}
	return 0;
err:
	if (q->kickfd >= 0)
		close(q->kickfd);
	q->kickfd = -1;
	be_queue_fini(q);
	return ret;
}

static void stop_queue(struct be_dev *d, struct be_queue *q)
{
	struct vduse_vq_eventfd ev = { .index = q->idx, .fd = VDUSE_EVENTFD_DEASSIGN };

	if (!q->running)
		return;
	be_queue_stop(q);
	ioctl(d->devfd, VDUSE_VQ_SETUP_KICKFD, &ev);
	close(q->kickfd);
	q->kickfd = -1;
	be_queue_fini(q);
}

int be_dev_start_queues(struct be_dev *d, bool recover)
{
	bool any = false;
	int ret = 0;

	if (ioctl(d->devfd, VDUSE_DEV_GET_FEATURES, &d->driver_features))
		return -errno;
	pthread_mutex_lock(&d->lock);
	for (unsigned int i = 0; i < d->nq && !ret; i++) {
		ret = start_queue(d, &d->q[i], recover);
		any |= d->q[i].running;
	}
	if (!ret && recover && !any) {
		/* No ring ready: the kernel reset the device while no daemon
		 * ran (a timed-out reset still resets). Wait for DRIVER_OK. */
		__atomic_store_n(&d->ifl->hdr.started, 0, __ATOMIC_RELAXED);
	} else if (ret) {
		fprintf(stderr, "vduse-blkd: starting queues: %s\n", strerror(-ret));
		for (unsigned int i = 0; i < d->nq; i++)
			stop_queue(d, &d->q[i]);
	} else {
		d->started = true;
		/* DRIVER_OK is answered after this: a kill before the reply
		 * gets the message again, which a started device ignores. */
		__atomic_store_n(&d->ifl->hdr.started, 1, __ATOMIC_RELAXED);
	}
	pthread_mutex_unlock(&d->lock);
	return ret;
}

void be_dev_stop_queues(struct be_dev *d);
void be_dev_stop_queues(struct be_dev *d)
{
	pthread_mutex_lock(&d->lock);
	for (unsigned int i = 0; i < d->nq; i++)
		stop_queue(d, &d->q[i]);
	d->started = false;
	/* Drained: nothing in flight. A reset answered after this, or a
	 * teardown: a reconnecting daemon waits for the next DRIVER_OK. */
	if (d->ifl) {
		__atomic_store_n(&d->ifl->hdr.started, 0, __ATOMIC_RELAXED);
		__atomic_signal_fence(__ATOMIC_SEQ_CST);
		for (unsigned int i = 0; i < d->nq; i++)
			be_ifl_vq_reset(&d->ifl->vq[i]);
	}
	pthread_mutex_unlock(&d->lock);
}

void be_dev_stop(struct be_dev *d)
{
	uint64_t one = 1;

	if (d->ctrl_running) {
		if (write(d->ctrl_stopfd, &one, sizeof(one)) < 0)
			perror("vduse-blkd: control stop");
		pthread_join(d->ctrl, NULL);
		d->ctrl_running = false;
	}
	be_dev_stop_queues(d);
}

int be_dev_umem_prepare(struct be_dev *d)
{
	d->umem.mode = d->o.umem;
	if (d->umem.mode == BE_UMEM_OFF)
		return 0;
	return be_umem_alloc(&d->umem, be_umem_expected_size(d->name));
}

int be_dev_destroy(struct be_dev *d)
{
	int ret = 0;

	be_dev_stop(d);
	if (d->devfd >= 0) {
		be_umem_release(d); /* the queues are stopped: nothing translates */
		iotlb_fini(&d->tlb); /* munmap before close: nothing may point in */
		close(d->devfd);
		d->devfd = -1;
	}
	if (d->ctrl_stopfd >= 0)
		close(d->ctrl_stopfd);
	if (d->ctrl_deadfd >= 0)
		close(d->ctrl_deadfd);
	d->ctrl_stopfd = d->ctrl_deadfd = -1;
	if (d->created && ioctl(d->ctlfd, VDUSE_DESTROY_DEV, d->name)) {
		ret = -errno;
		fprintf(stderr, "vduse-blkd: VDUSE_DESTROY_DEV '%s': %s\n", d->name, strerror(errno));
		be_ifl_close(d->ifl, false); /* still there: a restart may resume it */
	} else {
		/* Gone, or (a failed reconnect) never ours: a log we did not
		 * create stays for the next attempt. */
		be_ifl_close(d->ifl, d->created || !d->o.reconnect);
		d->created = false;
	}
	d->ifl = NULL;
	if (d->ctlfd >= 0 && !d->created) {
		close(d->ctlfd);
		d->ctlfd = -1;
	}
	return ret;
}
