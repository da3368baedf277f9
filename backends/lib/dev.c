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

int be_dev_create(struct be_dev *d, const struct be_dev_opts *o, struct be_target *t)
{
	size_t csize = sizeof(struct virtio_blk_config);
	struct vduse_dev_config *cfg = NULL;
	uint64_t ver = VDUSE_API_VERSION;
	char path[VDUSE_NAME_MAX + 16];
	int ret;

	memset(d, 0, sizeof(*d));
	d->ctlfd = d->devfd = d->ctrl_stopfd = d->ctrl_deadfd = -1;
	d->tgt = t;
	d->o = *o;
	d->nq = o->nq;
	d->queue_size = o->queue_size;
	snprintf(d->name, sizeof(d->name), "%s", o->name);
	pthread_mutex_init(&d->lock, NULL);
	t->geom.max_discard_sectors = t->geom.discard ? BE_MAX_DISCARD_SECTORS : 0;
	t->geom.max_wz_sectors = t->geom.write_zeroes ? BE_MAX_DISCARD_SECTORS : 0;

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
	ret = -ENOMEM;
	cfg = calloc(1, sizeof(*cfg) + csize);
	if (!cfg)
		goto err;
	snprintf(cfg->name, sizeof(cfg->name), "%s", d->name);
	cfg->device_id = VIRTIO_ID_BLOCK;
	cfg->vendor_id = 0;
	cfg->features = d->features = offered_features(d);
	cfg->vq_num = d->nq;
	cfg->vq_align = 4096;
	cfg->config_size = csize;
	fill_config(d, (struct virtio_blk_config *)cfg->config);
	if (ioctl(d->ctlfd, VDUSE_CREATE_DEV, cfg)) {
		ret = -errno;
		fprintf(stderr, "vduse-blkd: VDUSE_CREATE_DEV '%s': %s\n", d->name, strerror(errno));
		goto err;
	}
	d->created = true;
	snprintf(path, sizeof(path), "/dev/vduse/%s", d->name);
	/* udev may not exist (the lab VM): devtmpfs creates the node, maybe late. */
	for (int i = 0; i < 100; i++) {
		d->devfd = open(path, O_RDWR | O_CLOEXEC);
		if (d->devfd >= 0 || errno != ENOENT)
			break;
		usleep(10000);
	}
	if (d->devfd < 0) {
		ret = -errno;
		fprintf(stderr, "vduse-blkd: %s: %s\n", path, strerror(errno));
		goto err;
	}
	ret = iotlb_init(&d->tlb, d->devfd);
	if (ret) {
		close(d->devfd);
		d->devfd = -1;
		goto err;
	}
	for (unsigned int i = 0; i < d->nq; i++) {
		struct vduse_vq_config vc = { .index = i, .max_size = d->queue_size };

		if (ioctl(d->devfd, VDUSE_VQ_SETUP, &vc)) {
			ret = -errno;
			perror("vduse-blkd: VDUSE_VQ_SETUP");
			goto err;
		}
		d->q[i].idx = i;
		d->q[i].kickfd = -1;
	}
	ret = 0;
	goto out;
err:
	be_dev_destroy(d);
out:
	free(cfg);
	return ret;
}

/* DRIVER_OK: map each ready ring, give the kernel a kick eventfd, start threads. */
static int start_queue(struct be_dev *d, struct be_queue *q)
{
	struct vduse_vq_info vi = { .index = q->idx };
	struct vduse_vq_eventfd ev = { .index = q->idx };
	struct be_queue_opts qo = d->o.qo;
	void *desc, *avail, *used;
	int ret;

	if (ioctl(d->devfd, VDUSE_VQ_GET_INFO, &vi))
		return -errno;
	if (!vi.ready)
		return 0;
	if (vi.num == 0 || vi.num > d->queue_size || (vi.num & (vi.num - 1)))
		return -EINVAL;
	desc = iotlb_ptr(&d->tlb, vi.desc_addr, 16ull * vi.num, IOTLB_PERM_RO);
	avail = iotlb_ptr(&d->tlb, vi.driver_addr, 6 + 2ull * vi.num, IOTLB_PERM_RO);
	used = iotlb_ptr(&d->tlb, vi.device_addr, 6 + 8ull * vi.num,
			 IOTLB_PERM_RO | IOTLB_PERM_WO);
	if (!desc || !avail || !used)
		return -EFAULT;
	vq_init(&q->vq, vi.num, desc, avail, used, &d->tlb,
		d->driver_features & (1ull << VIRTIO_RING_F_EVENT_IDX),
		d->driver_features & (1ull << VIRTIO_RING_F_INDIRECT_DESC));
	q->vq.last_avail = vi.split.avail_index;
	q->vq.used_idx = ((struct vring_used *)used)->idx;
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

int be_dev_start_queues(struct be_dev *d);
int be_dev_start_queues(struct be_dev *d)
{
	int ret = 0;

	if (ioctl(d->devfd, VDUSE_DEV_GET_FEATURES, &d->driver_features))
		return -errno;
	pthread_mutex_lock(&d->lock);
	for (unsigned int i = 0; i < d->nq && !ret; i++)
		ret = start_queue(d, &d->q[i]);
	if (ret) {
		fprintf(stderr, "vduse-blkd: starting queues: %s\n", strerror(-ret));
		for (unsigned int i = 0; i < d->nq; i++)
			stop_queue(d, &d->q[i]);
	} else {
		d->started = true;
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
	} else {
		d->created = false;
	}
	if (d->ctlfd >= 0 && !d->created) {
		close(d->ctlfd);
		d->ctlfd = -1;
	}
	return ret;
}
