// SPDX-License-Identifier: GPL-2.0-only
/*
 * The hostile backend's ring server: queue 0 of a null virtio-blk disk
 * (reads return zeros, writes are dropped), served correctly between
 * rounds so that the guest makes progress, with lengths out of range when
 * the len round asks (virtio-blk ignores them), and the used-ring faults
 * of enum ring_break on request, which break the guest's virtqueue.
 * Every address the driver hands over is checked against the ring size
 * and the IOVA regions the driver gives out (VDUSE_IOTLB_GET_FD); the
 * server is a test program, not a model backend: one thread, no batching.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>
#include <linux/virtio_blk.h>

#include "hostile.h"

static const char *const break_names[BREAKS] = {
	[BREAK_ID_RANGE] = "id-out-of-range",
	[BREAK_ID_IDLE] = "id-not-in-flight",
	[BREAK_DUP] = "duplicate-completion",
	[BREAK_IDX_FWD] = "used-idx-forward",
	[BREAK_IDX_BACK] = "used-idx-backward",
};

const char *ring_break_name(int k)
{
	return k >= 0 && k < BREAKS ? break_names[k] : "?";
}

/* Host address of [iova, iova + len), mapping its region on first use. */
static void *xlate(struct hostile *h, uint64_t iova, uint64_t len)
{
	struct vduse_iotlb_entry e = { .start = iova, .last = iova + len - 1 };
	struct hmap *m;
	void *p;
	int fd;

	if (!len || iova + len - 1 < iova)
		return NULL;
	for (unsigned int i = 0; i < h->nmaps; i++) {
		m = &h->maps[i];
		if (iova >= m->start && iova + len - 1 <= m->last)
			return m->host + (iova - m->start);
	}
	if (h->nmaps == HOSTILE_MAPS)
		return NULL;
	fd = ioctl(h->devfd, VDUSE_IOTLB_GET_FD, &e);
	if (fd < 0)
		return NULL;
	if (e.start > iova || e.last < iova + len - 1 || e.last - e.start >= (1ULL << 32)) {
		close(fd);
		return NULL;
	}
	p = mmap(NULL, e.last - e.start + 1, PROT_READ | PROT_WRITE, MAP_SHARED, fd, e.offset);
	close(fd);
	if (p == MAP_FAILED)
		return NULL;
	m = &h->maps[h->nmaps++];
	*m = (struct hmap){ e.start, e.last, p, e.last - e.start + 1 };
	return m->host + (iova - m->start);
}

static void unmap_all(struct hostile *h)
{
	for (unsigned int i = 0; i < h->nmaps; i++)
		munmap(h->maps[i].host, h->maps[i].len);
	h->nmaps = 0;
}

/* Serve one chain: returns the bytes written to the driver's buffers. */
static uint32_t serve_chain(struct hostile *h, uint16_t head)
{
	struct virtio_blk_outhdr *hdr = NULL;
	uint8_t *status = NULL;
	uint32_t written = 0, data = 0;
	uint16_t i = head;

	for (uint32_t n = 0; n < h->num && i < h->num; n++) {
		struct vring_desc d = h->desc[i];
		void *p = xlate(h, d.addr, d.len);

		if (!p)
			break;
		if (!hdr && !(d.flags & VRING_DESC_F_WRITE) && d.len >= sizeof(*hdr)) {
			hdr = p;
		} else if (d.flags & VRING_DESC_F_WRITE) {
			if (!(d.flags & VRING_DESC_F_NEXT) && d.len >= 1) {
				status = (uint8_t *)p + d.len - 1;
				data += d.len - 1;
			} else {
				data += d.len;
			}
			if (hdr && hdr->type == VIRTIO_BLK_T_IN)
				memset(p, 0, (d.flags & VRING_DESC_F_NEXT) ? d.len : d.len - 1);
		} else {
			data += d.len;
		}
		if (!(d.flags & VRING_DESC_F_NEXT))
			break;
		i = d.next;
	}
	if (!hdr || !status)
		return 0;
	if (hdr->type == VIRTIO_BLK_T_IN || hdr->type == VIRTIO_BLK_T_OUT)
		*status = hdr->sector + data / 512 > HOSTILE_SECTORS ? VIRTIO_BLK_S_IOERR :
								      VIRTIO_BLK_S_OK;
	else
		*status = hdr->type == VIRTIO_BLK_T_GET_ID ? VIRTIO_BLK_S_OK : VIRTIO_BLK_S_UNSUPP;
	written = 1 + (hdr->type == VIRTIO_BLK_T_IN ? data : 0);
	return written;
}

static void publish(struct hostile *h)
{
	uint32_t vq = 0;

	__atomic_store_n(&h->used->idx, h->used_idx, __ATOMIC_RELEASE);
	if (!ioctl(h->devfd, VDUSE_VQ_INJECT_IRQ, &vq))
		h->injects++;
}

static void put_used(struct hostile *h, uint32_t id, uint32_t len)
{
	struct vring_used_elem *e = &h->used->ring[h->used_idx % h->num];

	e->id = id;
	e->len = len;
	h->used_idx++;
}

/* Complete everything the driver has made available. Lock held. */
static unsigned int serve_avail(struct hostile *h)
{
	uint16_t avail = __atomic_load_n(&h->avail->idx, __ATOMIC_ACQUIRE);
	unsigned int n = 0;

	if ((uint16_t)(avail - h->last_avail) > h->num)
		return 0; /* the guest's own bug: never seen */
	while (h->last_avail != avail) {
		uint16_t head = h->avail->ring[h->last_avail % h->num];
		uint32_t len = serve_chain(h, head);

		if (atomic_load(&h->len_garbage) > 0) {
			static const uint32_t odd[] = { 0, 0xffffffff, 0x80000000, 65536 + 4096 };

			len = odd[h->last_avail % 4];
			atomic_fetch_sub(&h->len_garbage, 1);
		}
		put_used(h, head, len);
		h->last_id = head;
		h->last_avail++;
		n++;
	}
	if (n) {
		h->served += n;
		publish(h);
	}
	return n;
}

static void *ring_loop(void *arg)
{
	struct hostile *h = arg;

	while (!atomic_load(&h->ring_stop)) {
		struct pollfd pfd = { .fd = h->kickfd, .events = POLLIN };
		uint64_t v;

		/* Polled as well as kicked: a round may unset the kick fd. */
		if (poll(&pfd, 1, 20) > 0 && read(h->kickfd, &v, sizeof(v)) < 0)
			sleep_ms(1);
		pthread_mutex_lock(&h->ring_lock);
		serve_avail(h);
		pthread_mutex_unlock(&h->ring_lock);
	}
	return NULL;
}

int ring_start(struct hostile *h)
{
	struct vduse_vq_info vi = { .index = 0 };
	struct vduse_vq_eventfd ev = { .index = 0 };
	int ret = -EINVAL;

	pthread_mutex_lock(&h->ring_lock);
	if (h->ring_running)
		goto out;
	if (ioctl(h->devfd, VDUSE_VQ_GET_INFO, &vi)) {
		ret = -errno;
		goto out;
	}
	if (!vi.ready || !vi.num || vi.num > 32768 || (vi.num & (vi.num - 1)))
		goto out;
	h->num = vi.num;
	h->desc = xlate(h, vi.desc_addr, 16ULL * vi.num);
	h->avail = xlate(h, vi.driver_addr, 6 + 2ULL * vi.num);
	h->used = xlate(h, vi.device_addr, 6 + 8ULL * vi.num);
	if (!h->desc || !h->avail || !h->used)
		goto fail;
	h->last_avail = vi.split.avail_index;
	h->used_idx = h->used->idx;
	h->kickfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	ev.fd = h->kickfd;
	if (h->kickfd < 0 || ioctl(h->devfd, VDUSE_VQ_SETUP_KICKFD, &ev)) {
		ret = -errno;
		goto fail;
	}
	atomic_store(&h->ring_stop, false);
	ret = -pthread_create(&h->ring_thread, NULL, ring_loop, h);
	if (ret)
		goto fail;
	h->ring_running = true;
	goto out;
fail:
	if (h->kickfd >= 0)
		close(h->kickfd);
	h->kickfd = -1;
	unmap_all(h);
out:
	pthread_mutex_unlock(&h->ring_lock);
	if (ret)
		hlog("ring: cannot serve queue 0 (ready %u, num %u): %s", vi.ready, vi.num,
		     strerror(-ret));
	return ret;
}

void ring_stop(struct hostile *h)
{
	struct vduse_vq_eventfd ev = { .index = 0, .fd = VDUSE_EVENTFD_DEASSIGN };

	pthread_mutex_lock(&h->ring_lock);
	if (!h->ring_running) {
		pthread_mutex_unlock(&h->ring_lock);
		return;
	}
	atomic_store(&h->ring_stop, true);
	pthread_mutex_unlock(&h->ring_lock);
	pthread_join(h->ring_thread, NULL);
	pthread_mutex_lock(&h->ring_lock);
	ioctl(h->devfd, VDUSE_VQ_SETUP_KICKFD, &ev);
	close(h->kickfd);
	h->kickfd = -1;
	unmap_all(h);
	h->desc = NULL;
	h->avail = NULL;
	h->used = NULL;
	h->ring_running = false;
	pthread_mutex_unlock(&h->ring_lock);
}

/*
 * Complete whatever is in flight (drain), then write the fault, in one
 * publication: the caller has quiesced the guest's I/O, so that no request
 * is left in flight in a virtqueue that virtio_ring then marks broken (its
 * requests would never complete, and `vdpa dev del` would wait for them
 * forever: 6.12's virtio-blk has no cleanup for a broken virtqueue).
 * Without drain, a request the guest has made available (waited for up to
 * 5 s) is left in flight: that finding's reproducer.
 */
int ring_break(struct hostile *h, enum ring_break kind, bool drain)
{
	uint16_t step;

	pthread_mutex_lock(&h->ring_lock);
	if (!h->ring_running) {
		pthread_mutex_unlock(&h->ring_lock);
		return -ENODEV;
	}
	if (drain) {
		serve_avail(h);
	} else {
		/* wait (the server held off) until the guest has a request
		 * waiting, which the fault then strands */
		for (int i = 0; i < 500 && __atomic_load_n(&h->avail->idx, __ATOMIC_ACQUIRE) ==
						   h->last_avail; i++)
			sleep_ms(10);
	}
	switch (kind) {
	case BREAK_ID_RANGE:
		put_used(h, rnd_below(2) ? h->num + rnd_below(1000) : 0xffffffff, 1);
		break;
	case BREAK_ID_IDLE:
		/* nothing is in flight: any id in range is not a head */
		put_used(h, rnd_below(h->num), 1);
		break;
	case BREAK_DUP:
		put_used(h, h->last_id, 1);
		break;
	case BREAK_IDX_FWD:
		step = 1 + rnd_below(rnd_below(2) ? 2 * h->num : 0x8000);
		h->used_idx += step;
		break;
	case BREAK_IDX_BACK:
		step = 1 + rnd_below(h->num);
		h->used_idx -= step;
		break;
	default:
		break;
	}
	publish(h);
	pthread_mutex_unlock(&h->ring_lock);
	return 0;
}
