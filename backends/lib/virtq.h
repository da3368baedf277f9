/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Split virtqueue machinery: taking heads from the avail ring, walking a
 * descriptor chain (direct or INDIRECT) with every bound checked, filling the
 * used ring and deciding, with EVENT_IDX or the flags, whether to notify.
 * The ring lives in memory the guest driver controls: nothing read from it
 * is trusted. Pure memory logic, no syscalls, so unit tests and the fuzzer
 * drive it against synthetic rings.
 */
#ifndef BE_VIRTQ_H
#define BE_VIRTQ_H

#include <linux/virtio_ring.h>
#include <stdbool.h>
#include <stdint.h>

#include "iotlb.h"

struct be_ifl_vq;

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "virtio 1.x rings are little-endian; this code reads them natively"
#endif

/* Segments one request may have: seg_max data + header + status, with room. */
#define VQ_MAX_SEGS 256
/* Largest ring VDUSE lets us offer (virtio's limit is 32768). */
#define VQ_MAX_SIZE 1024

struct vq_seg {
	uint64_t addr; /* IOVA */
	uint32_t len;
	bool write;    /* device-writable */
};

struct vq_chain {
	uint16_t head;
	unsigned int nseg;
	uint64_t out_bytes, in_bytes;
	struct vq_seg seg[VQ_MAX_SEGS];
};

struct vq_ring {
	struct vring_desc *desc;
	struct vring_avail *avail;
	struct vring_used *used;
	struct iotlb *tlb; /* for INDIRECT tables, and the rings (vq_map) */
	/* The rings' IOVAs (VDUSE_VQ_GET_INFO): translated again after an IOTLB update. */
	struct vq_iovas {
		uint64_t desc, avail, used;
	} iova;
	uint16_t num;      /* a power of two */
	bool event_idx, indirect;
	uint16_t last_avail; /* next avail slot to take */
	uint16_t used_idx;   /* next used slot to fill (not yet published) */
	uint16_t signalled;  /* used_idx at the last notification */
	bool signalled_valid;
	bool broken;         /* avail->idx went impossible: stop taking work */
	/* The inflight log (inflight.h), or NULL (unit tests, the fuzzer). */
	struct be_ifl_vq *log;
	uint64_t seq;        /* avail entries taken, never wrapping: last_avail's low bits */
	uint16_t published;  /* used_idx at the last vq_publish */
	/* Heads a dead daemon had in flight, taken again before the avail
	 * ring (be_ifl_vq_recover), in the order it took them. */
	uint16_t nreplay, replay_next;
	uint16_t replay[VQ_MAX_SIZE];
	uint16_t used_ids[VQ_MAX_SIZE]; /* the head pushed into each used slot */
	uint64_t replayed;   /* replays taken */
};

/* Chain errors (negative errno) and what they mean. */
#define VQ_ELOOP -ELOOP         /* a loop, or a chain longer than its table */
#define VQ_ERANGE -ERANGE       /* a next index or an indirect count out of range */
#define VQ_E2BIG -E2BIG         /* more than VQ_MAX_SEGS segments */
#define VQ_EDIR -EINVAL         /* a readable segment after a writable one, or bad flags */
#define VQ_EFAULT -EFAULT       /* an indirect table not mapped */

void vq_init(struct vq_ring *r, uint16_t num, void *desc, void *avail, void *used,
	     struct iotlb *tlb, bool event_idx, bool indirect);
/*
 * Point r (vq_init'ed: num and tlb set) at the rings at these IOVAs, each
 * translated whole with the access it needs. 0, or -EFAULT if one is not
 * mapped so (r is then left as it was). vq_remap: again, from r's IOVAs.
 */
int vq_map(struct vq_ring *r, uint64_t desc, uint64_t avail, uint64_t used);
int vq_remap(struct vq_ring *r);
/*
 * Take the next head: 1 and *head set, 0 if the ring is empty, -EIO if
 * avail->idx moved by more than num (the ring is then marked broken), or
 * -ERANGE if the slot held an id >= num (the slot is consumed: no request
 * exists to complete, and the caller counts it).
 */
int vq_pop(struct vq_ring *r, uint16_t *head);
/* Walk the chain at head into c. 0, or one of the VQ_E* codes above. */
int vq_parse_chain(struct vq_ring *r, uint16_t head, struct vq_chain *c);
/* Fill the next used element (not visible to the driver until vq_publish). */
void vq_push(struct vq_ring *r, uint16_t head, uint32_t len);
/* Make pushed elements visible: one used->idx store per batch. */
void vq_publish(struct vq_ring *r);
/* After vq_publish: does the driver want an interrupt for this batch? */
bool vq_need_notify(struct vq_ring *r);
/* Ask for kicks (before sleeping) or not (while polling). */
void vq_kicks(struct vq_ring *r, bool enable);
/* Entries waiting in the avail ring (0 if broken), and replays. */
uint16_t vq_avail_pending(struct vq_ring *r);
/*
 * Requests taken from the ring whose completions the driver has not yet
 * acknowledged, by its used_event (EVENT_IDX): it writes there the used
 * index it has consumed up to whenever it re-enables interrupts (0 while
 * they are off), so the count grows while its completion work lags, even
 * when we finish every request at once. Guest-written: for heuristics
 * only. 0 without EVENT_IDX.
 */
uint16_t vq_unacked(struct vq_ring *r);

#endif
