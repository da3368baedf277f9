// SPDX-License-Identifier: GPL-2.0-only
/*
 * Split virtqueue: pop, chain walk, push, publish and notification decision.
 * Barriers follow the virtio spec's memory model: read avail->idx before the
 * ring entries it covers (acquire); write used entries before used->idx
 * (release); a full fence between publishing used->idx and reading the
 * driver's used_event or flags, and between re-enabling kicks and the final
 * look at avail->idx, so neither side can miss the other.
 */
#include <errno.h>
#include <string.h>

#include "inflight.h"
#include "safecopy.h"
#include "virtq.h"

/*
 * The inflight log's stores, in program order: a kill -9 stops the thread
 * between two instructions, so only the compiler may reorder them.
 */
#define IFL_ORDER() __atomic_signal_fence(__ATOMIC_SEQ_CST)
#define IFL_SET(lv, v) (*(volatile __typeof__(lv) *)&(lv) = (v))

/* The event fields sit just past each ring (virtio 1.x, 2.7.7). */
#define AVAIL_EVENT(r) (*(volatile uint16_t *)((uint8_t *)(r)->used + 4 + 8 * (size_t)(r)->num))
#define USED_EVENT(r) (*(volatile uint16_t *)((uint8_t *)(r)->avail + 4 + 2 * (size_t)(r)->num))

void vq_init(struct vq_ring *r, uint16_t num, void *desc, void *avail, void *used,
	     struct iotlb *tlb, bool event_idx, bool indirect)
{
	memset(r, 0, sizeof(*r));
	r->num = num;
	r->desc = desc;
	r->avail = avail;
	r->used = used;
	r->tlb = tlb;
	r->event_idx = event_idx;
	r->indirect = indirect;
}

int vq_map(struct vq_ring *r, uint64_t desc, uint64_t avail, uint64_t used)
{
	/* The event fields (used_event, avail_event) are part of each ring. */
	void *d = iotlb_ptr(r->tlb, desc, 16ull * r->num, IOTLB_PERM_RO);
	void *a = iotlb_ptr(r->tlb, avail, 6 + 2ull * r->num, IOTLB_PERM_RO);
	void *u = iotlb_ptr(r->tlb, used, 6 + 8ull * r->num, IOTLB_PERM_RO | IOTLB_PERM_WO);

	if (!d || !a || !u)
		return -EFAULT;
	r->iova = (struct vq_iovas){ desc, avail, used };
	r->desc = d;
	r->avail = a;
	r->used = u;
	return 0;
}

int vq_remap(struct vq_ring *r)
{
	return vq_map(r, r->iova.desc, r->iova.avail, r->iova.used);
}

static uint16_t avail_idx(struct vq_ring *r)
{
	return __atomic_load_n(&r->avail->idx, __ATOMIC_ACQUIRE);
}

uint16_t vq_avail_pending(struct vq_ring *r)
{
	uint16_t n;

	if (r->broken)
		return r->nreplay;
	n = (uint16_t)(avail_idx(r) - r->last_avail);
	return (n > r->num ? 0 : n) + r->nreplay;
}

uint16_t vq_unacked(struct vq_ring *r)
{
	return r->event_idx ? (uint16_t)(r->last_avail - USED_EVENT(r)) : 0;
}

int vq_pop(struct vq_ring *r, uint16_t *head)
{
	uint16_t n, id;

	if (r->nreplay) {
		/* already logged TAKEN, with the seq it was first taken at */
		r->nreplay--;
		r->replayed++;
		*head = r->replay[r->replay_next++];
		return 1;
	}
	if (r->broken)
		return 0;
	n = (uint16_t)(avail_idx(r) - r->last_avail);
	if (n == 0)
		return 0;
	if (n > r->num) {
		r->broken = true;
		return -EIO;
	}
	id = *(volatile uint16_t *)&r->avail->ring[r->last_avail & (r->num - 1)];
	if (r->log) {
		/* The head first, then the count: killed in between, the
		 * head's seq + 1 is the count (be_ifl_vq_recover). */
		if (id < r->num) {
			IFL_SET(r->log->desc[id].seq, r->seq);
			IFL_ORDER();
			IFL_SET(r->log->desc[id].state, BE_IFL_TAKEN);
			IFL_ORDER();
		}
		IFL_SET(r->log->taken, ++r->seq);
	}
	/* avail_event moves only in vq_kicks(true): while we are busy, no kicks. */
	r->last_avail++;
	if (id >= r->num)
		return -ERANGE;
	*head = id;
	return 1;
}

/* Append one descriptor's segment; enforces readable-before-writable. */
static int add_seg(struct vq_chain *c, const struct vring_desc *d)
{
	bool w = d->flags & VRING_DESC_F_WRITE;

	if (!w && c->in_bytes)
		return VQ_EDIR;
	if (d->len == 0)
		return 0; /* nothing to move; harmless */
	if (c->nseg == VQ_MAX_SEGS)
		return VQ_E2BIG;
	c->seg[c->nseg++] = (struct vq_seg){ d->addr, d->len, w };
	if (w)
		c->in_bytes += d->len;
	else
		c->out_bytes += d->len;
	return 0;
}

/* Walk an indirect table of cnt descriptors starting at entry 0. */
static int walk_indirect(struct vq_ring *r, const struct vring_desc *ind,
			 struct vq_chain *c)
{
	struct vring_desc tab[VQ_MAX_SEGS];
	const void *gtab;
	unsigned int cnt, i = 0, steps = 0;
	int ret;

	if (ind->len == 0 || ind->len % sizeof(struct vring_desc))
		return VQ_ERANGE;
	cnt = ind->len / sizeof(struct vring_desc);
	if (cnt > VQ_MAX_SEGS)
		return VQ_E2BIG;
	gtab = iotlb_ptr(r->tlb, ind->addr, ind->len, IOTLB_PERM_RO);
	/* One copy: the driver cannot change the table under our feet, and a
	 * table in unbacked memory faults here, safely. */
	if (!gtab || be_copy(tab, gtab, ind->len))
		return VQ_EFAULT;
	for (;;) {
		const struct vring_desc *d = &tab[i];

		if (++steps > cnt)
			return VQ_ELOOP;
		if (d->flags & VRING_DESC_F_INDIRECT)
			return VQ_EDIR; /* nested tables are forbidden */
		ret = add_seg(c, d);
		if (ret)
			return ret;
		if (!(d->flags & VRING_DESC_F_NEXT))
			return 0;
		if (d->next >= cnt)
			return VQ_ERANGE;
		i = d->next;
	}
}

int vq_parse_chain(struct vq_ring *r, uint16_t head, struct vq_chain *c)
{
	unsigned int steps = 0;
	uint16_t i = head;
	int ret;

	c->head = head;
	c->nseg = 0;
	c->out_bytes = c->in_bytes = 0;
	if (head >= r->num)
		return VQ_ERANGE;
	for (;;) {
		struct vring_desc d;

		memcpy(&d, (const void *)&r->desc[i], sizeof(d));
		if (++steps > r->num)
			return VQ_ELOOP;
		if (d.flags & VRING_DESC_F_INDIRECT) {
			/* Only allowed if negotiated, alone, and never with NEXT. */
			if (!r->indirect || (d.flags & VRING_DESC_F_NEXT) || steps > 1)
				return VQ_EDIR;
			return walk_indirect(r, &d, c);
		}
		ret = add_seg(c, &d);
		if (ret)
			return ret;
		if (!(d.flags & VRING_DESC_F_NEXT))
			return 0;
		if (d.next >= r->num)
			return VQ_ERANGE;
		i = d.next;
	}
}

void vq_push(struct vq_ring *r, uint16_t head, uint32_t len)
{
	volatile struct vring_used_elem *e = &r->used->ring[r->used_idx & (r->num - 1)];

	e->id = head;
	e->len = len;
	if (r->log) {
		r->used_ids[r->used_idx & (r->num - 1)] = head;
		if (head < r->num)
			IFL_SET(r->log->desc[head].state, BE_IFL_PUSHED);
	}
	r->used_idx++;
}

void vq_publish(struct vq_ring *r)
{
	__atomic_store_n(&r->used->idx, r->used_idx, __ATOMIC_RELEASE);
	if (!r->log)
		return;
	/* The guest may see the batch now. Killed from here until the log's
	 * used_idx catches up, the two differ: recovery drops what is PUSHED. */
	IFL_ORDER();
	for (uint16_t i = r->published; i != r->used_idx; i++) {
		uint16_t id = r->used_ids[i & (r->num - 1)];

		if (id < r->num)
			IFL_SET(r->log->desc[id].state, BE_IFL_FREE);
	}
	IFL_ORDER();
	IFL_SET(r->log->used_idx, r->used_idx);
	r->published = r->used_idx;
}

bool vq_need_notify(struct vq_ring *r)
{
	uint16_t old = r->signalled, now = r->used_idx;
	bool valid = r->signalled_valid;

	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	r->signalled = now;
	r->signalled_valid = true;
	if (!r->event_idx)
		return !(*(volatile uint16_t *)&r->avail->flags & VRING_AVAIL_F_NO_INTERRUPT);
	/* The first notification has nothing to compare with: always send. */
	return !valid || vring_need_event(USED_EVENT(r), now, old);
}

void vq_kicks(struct vq_ring *r, bool enable)
{
	if (r->event_idx) {
		if (enable)
			AVAIL_EVENT(r) = r->last_avail;
		/* Disabling: leave avail_event behind; the driver then kicks only on wrap. */
	} else if (enable) {
		*(volatile uint16_t *)&r->used->flags &= ~VRING_USED_F_NO_NOTIFY;
	} else {
		*(volatile uint16_t *)&r->used->flags |= VRING_USED_F_NO_NOTIFY;
	}
	if (enable)
		__atomic_thread_fence(__ATOMIC_SEQ_CST);
}
