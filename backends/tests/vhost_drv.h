/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A userspace virtio driver over /dev/vhost-vdpa-N, as QEMU's vhost-vdpa
 * is one for a VM: owner, backend and device features, IOTLB messages
 * (VHOST_IOTLB_MSG_V2, batched where offered), one split virtqueue and the
 * status handshake. What tests/vhost-blk-driver.c drives a VDUSE device with.
 */
#ifndef BE_VHOST_DRV_H
#define BE_VHOST_DRV_H

#include <linux/virtio_ring.h>
#include <stdbool.h>
#include <stdint.h>

struct vdrv {
	int fd, kickfd, callfd;
	bool batch;        /* VHOST_BACKEND_F_IOTLB_BATCH negotiated */
	bool batch_open;   /* between BATCH_BEGIN and BATCH_END */
	uint8_t status;
	uint64_t capacity; /* sectors, from the virtio-blk config space */
	/*
	 * VDUSE_UPDATE_IOTLB messages our IOTLB writes made VDUSE send (6.12
	 * vhost-vdpa calls set_map once per UPDATE or INVALIDATE outside a
	 * batch, once per BATCH_END): the daemon must have counted as many.
	 */
	uint64_t set_maps;
	uint16_t num, avail_idx, used_seen;
	struct vring_desc *desc;
	struct vring_avail *avail;
	struct vring_used *used;
};

/* Open path, take ownership, negotiate (VERSION_1, ACCESS_PLATFORM), read
 * the capacity. 0 or -errno, said on stderr. */
int vdrv_open(struct vdrv *v, const char *path, bool want_batch);
/* One IOTLB message (VHOST_IOTLB_UPDATE read-write, INVALIDATE, BATCH_BEGIN
 * or BATCH_END); 0 or -errno, said on stderr. */
int vdrv_iotlb(struct vdrv *v, uint8_t type, uint64_t iova, uint64_t size, const void *uaddr);
/* Queue 0 of num entries: rings at these IOVAs, host views given; kick and
 * call eventfds; enable it; DRIVER_OK. 0 or -errno. */
int vdrv_start(struct vdrv *v, uint16_t num, const uint64_t iova[3], void *desc, void *avail,
	       void *used);
/* Make head available and kick unless the device said it needs none. */
void vdrv_post(struct vdrv *v, uint16_t head);
/* The next used element: true and *id, *len, or false if none yet. */
bool vdrv_used(struct vdrv *v, uint16_t *id, uint32_t *len);
/* Wait up to ms for the call eventfd. 1 signalled, 0 timed out, -errno. */
int vdrv_wait(struct vdrv *v, int ms);
/* Reset the device (status 0) and close. */
void vdrv_close(struct vdrv *v);

#endif
