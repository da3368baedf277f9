// SPDX-License-Identifier: GPL-2.0-only
/*
 * The vhost-vdpa side of tests/vhost-blk-driver.c: what QEMU's vhost-vdpa
 * does for a VM, reduced to one virtio-blk queue. Order of the handshake
 * (virtio 1.x 3.1.1): reset (open does it), ACKNOWLEDGE | DRIVER, features,
 * FEATURES_OK read back, rings, DRIVER_OK.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/vhost.h>
#include <linux/virtio_blk.h>
#include <linux/virtio_config.h>
#include <linux/virtio_ids.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "vhost_drv.h"

/* ioctl, said on stderr by name when it fails. */
#define VIOCTL(v, req, arg) vioctl((v)->fd, req, arg, #req)

static int vioctl(int fd, unsigned long req, void *arg, const char *name)
{
	if (ioctl(fd, req, arg) == 0)
		return 0;
	fprintf(stderr, "vhost-blk-driver: %s: %s\n", name, strerror(errno));
	return -errno;
}

static int set_status(struct vdrv *v, uint8_t add)
{
	uint8_t got = 0;
	int ret;

	v->status |= add;
	ret = VIOCTL(v, VHOST_VDPA_SET_STATUS, &v->status);
	if (!ret)
		ret = VIOCTL(v, VHOST_VDPA_GET_STATUS, &got);
	if (!ret && got != v->status) {
		fprintf(stderr, "vhost-blk-driver: status 0x%x set, the device says 0x%x\n",
			v->status, got);
		ret = -EIO;
	}
	return ret;
}

static int negotiate(struct vdrv *v, bool want_batch)
{
	const uint64_t need = 1ull << VIRTIO_F_VERSION_1 | 1ull << VIRTIO_F_ACCESS_PLATFORM;
	uint64_t bf = 0, f = 0;
	uint32_t id = 0;
	int ret;

	ret = VIOCTL(v, VHOST_GET_BACKEND_FEATURES, &bf);
	if (ret)
		return ret;
	if (!(bf & 1ull << VHOST_BACKEND_F_IOTLB_MSG_V2)) {
		fprintf(stderr, "vhost-blk-driver: no VHOST_BACKEND_F_IOTLB_MSG_V2 (0x%llx)\n",
			(unsigned long long)bf);
		return -EOPNOTSUPP;
	}
	v->batch = want_batch && (bf & 1ull << VHOST_BACKEND_F_IOTLB_BATCH);
	bf = 1ull << VHOST_BACKEND_F_IOTLB_MSG_V2 | (v->batch ? 1ull << VHOST_BACKEND_F_IOTLB_BATCH : 0);
	ret = VIOCTL(v, VHOST_SET_BACKEND_FEATURES, &bf);
	if (!ret)
		ret = VIOCTL(v, VHOST_VDPA_GET_DEVICE_ID, &id);
	if (ret)
		return ret;
	if (id != VIRTIO_ID_BLOCK) {
		fprintf(stderr, "vhost-blk-driver: device id %u, not virtio-blk (%u)\n", id,
			VIRTIO_ID_BLOCK);
		return -ENODEV;
	}
	ret = set_status(v, VIRTIO_CONFIG_S_ACKNOWLEDGE | VIRTIO_CONFIG_S_DRIVER);
	if (!ret)
		ret = VIOCTL(v, VHOST_GET_FEATURES, &f);
	if (ret)
		return ret;
	if ((f & need) != need) {
		fprintf(stderr, "vhost-blk-driver: the device lacks VERSION_1 or ACCESS_PLATFORM (0x%llx)\n",
			(unsigned long long)f);
		return -EOPNOTSUPP;
	}
	f = need;
	ret = VIOCTL(v, VHOST_SET_FEATURES, &f);
	if (!ret)
		ret = set_status(v, VIRTIO_CONFIG_S_FEATURES_OK);
	return ret;
}

static int read_capacity(struct vdrv *v)
{
	union {
		struct vhost_vdpa_config c;
		uint8_t b[sizeof(struct vhost_vdpa_config) + 8];
	} cfg = { .c = { .off = offsetof(struct virtio_blk_config, capacity), .len = 8 } };
	int ret = VIOCTL(v, VHOST_VDPA_GET_CONFIG, &cfg);

	memcpy(&v->capacity, cfg.c.buf, 8);
	return ret;
}

int vdrv_open(struct vdrv *v, const char *path, bool want_batch)
{
	int ret;

	memset(v, 0, sizeof(*v));
	v->kickfd = v->callfd = -1;
	v->fd = open(path, O_RDWR | O_CLOEXEC);
	if (v->fd < 0) {
		fprintf(stderr, "vhost-blk-driver: %s: %s\n", path, strerror(errno));
		return -errno;
	}
	ret = VIOCTL(v, VHOST_SET_OWNER, NULL);
	if (!ret)
		ret = negotiate(v, want_batch);
	if (!ret)
		ret = read_capacity(v);
	return ret;
}

int vdrv_iotlb(struct vdrv *v, uint8_t type, uint64_t iova, uint64_t size, const void *uaddr)
{
	struct vhost_msg_v2 m = {
		.type = VHOST_IOTLB_MSG_V2,
		.iotlb = { .iova = iova, .size = size, .uaddr = (uintptr_t)uaddr,
			   .perm = VHOST_ACCESS_RW, .type = type },
	};
	static const char *const names[] = {
		[VHOST_IOTLB_UPDATE] = "UPDATE", [VHOST_IOTLB_INVALIDATE] = "INVALIDATE",
		[VHOST_IOTLB_BATCH_BEGIN] = "BATCH_BEGIN", [VHOST_IOTLB_BATCH_END] = "BATCH_END",
	};
	ssize_t n = write(v->fd, &m, sizeof(m));

	if (n != (ssize_t)sizeof(m)) {
		fprintf(stderr, "vhost-blk-driver: IOTLB %s [0x%llx, +0x%llx): %s\n", names[type],
			(unsigned long long)iova, (unsigned long long)size,
			n < 0 ? strerror(errno) : "short write");
		return n < 0 ? -errno : -EIO;
	}
	if (type == VHOST_IOTLB_BATCH_BEGIN)
		v->batch_open = true;
	else if (type == VHOST_IOTLB_BATCH_END)
		v->batch_open = false;
	if (!v->batch_open && type != VHOST_IOTLB_BATCH_BEGIN)
		v->set_maps++;
	return 0;
}

int vdrv_start(struct vdrv *v, uint16_t num, const uint64_t iova[3], void *desc, void *avail,
	       void *used)
{
	struct vhost_vring_state s = { .index = 0, .num = num };
	struct vhost_vring_addr a = {
		.index = 0, .desc_user_addr = iova[0], .avail_user_addr = iova[1],
		.used_user_addr = iova[2],
	};
	struct vhost_vring_file kick = { .index = 0 }, call = { .index = 0 };
	uint16_t max = 0;
	int ret;

	ret = VIOCTL(v, VHOST_VDPA_GET_VRING_NUM, &max);
	if (ret)
		return ret;
	if (num > max) {
		fprintf(stderr, "vhost-blk-driver: a ring of %u entries wanted, the device takes %u\n",
			num, max);
		return -EINVAL;
	}
	v->num = num;
	v->desc = desc;
	v->avail = avail;
	v->used = used;
	v->kickfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	v->callfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (v->kickfd < 0 || v->callfd < 0)
		return -errno;
	kick.fd = v->kickfd;
	call.fd = v->callfd;
	ret = VIOCTL(v, VHOST_SET_VRING_NUM, &s);
	s.num = 0;
	if (!ret)
		ret = VIOCTL(v, VHOST_SET_VRING_ADDR, &a);
	if (!ret)
		ret = VIOCTL(v, VHOST_SET_VRING_BASE, &s);
	if (!ret)
		ret = VIOCTL(v, VHOST_SET_VRING_KICK, &kick);
	if (!ret)
		ret = VIOCTL(v, VHOST_SET_VRING_CALL, &call);
	s.num = 1;
	if (!ret)
		ret = VIOCTL(v, VHOST_VDPA_SET_VRING_ENABLE, &s);
	if (!ret)
		ret = set_status(v, VIRTIO_CONFIG_S_DRIVER_OK);
	return ret;
}

void vdrv_post(struct vdrv *v, uint16_t head)
{
	uint64_t one = 1;

	v->avail->ring[v->avail_idx % v->num] = head;
	__atomic_store_n(&v->avail->idx, ++v->avail_idx, __ATOMIC_RELEASE);
	/* Publish the index before reading the device's flag (virtio 2.7.10). */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (!(__atomic_load_n(&v->used->flags, __ATOMIC_RELAXED) & VRING_USED_F_NO_NOTIFY) &&
	    write(v->kickfd, &one, sizeof(one)) < 0)
		perror("vhost-blk-driver: kick");
}

bool vdrv_used(struct vdrv *v, uint16_t *id, uint32_t *len)
{
	const struct vring_used_elem *e;

	if (v->used_seen == __atomic_load_n(&v->used->idx, __ATOMIC_ACQUIRE))
		return false;
	e = &v->used->ring[v->used_seen++ % v->num];
	*id = (uint16_t)e->id;
	*len = e->len;
	return true;
}

int vdrv_wait(struct vdrv *v, int ms)
{
	struct pollfd p = { .fd = v->callfd, .events = POLLIN };
	uint64_t n;
	int rc = poll(&p, 1, ms);

	if (rc < 0)
		return errno == EINTR ? 0 : -errno;
	if (rc && read(v->callfd, &n, sizeof(n)) < 0 && errno != EAGAIN)
		return -errno;
	return rc;
}

void vdrv_close(struct vdrv *v)
{
	uint8_t zero = 0;

	if (v->fd >= 0) {
		VIOCTL(v, VHOST_VDPA_SET_STATUS, &zero);
		close(v->fd);
	}
	if (v->kickfd >= 0)
		close(v->kickfd);
	if (v->callfd >= 0)
		close(v->callfd);
	v->fd = v->kickfd = v->callfd = -1;
}
