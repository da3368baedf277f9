// SPDX-License-Identifier: GPL-2.0-only
/*
 * VDUSE_UPDATE_IOTLB while the queues run. A driver on vhost-vdpa (a VM, above
 * all one behind a vIOMMU, or tests/vhost-blk-driver.c) changes its mappings
 * whenever it likes; VDUSE changes its own table first and then tells us,
 * for the whole IOVA space (6.12's vduse_vdpa_set_map sends [0, ULLONG_MAX]
 * for every change). Every queue thread holds host pointers into our
 * mappings: its rings, translated once, and the buffers and status bytes of
 * the requests it has at the target (io_uring reads and writes them later).
 * Unmapping under them is a crash, or silent access to memory the driver
 * has moved elsewhere. So: pause each running queue (be_queue_pause returns
 * once its thread has finished and published what it had in flight, taking
 * nothing new), unmap the range, free the old table snapshots (no reader is
 * left), translate each ring again from its IOVAs (fetching the new
 * mappings), resume. The inflight log sees nothing unusual: a pause only
 * finishes and publishes requests the normal way, exactly once each.
 *
 * Narrower ranges: only queues whose rings or requests in flight touch the
 * range would need pausing, but knowing which buffers a queue holds means
 * asking its thread, and the kernel never sends a narrower range: we skip
 * the pause only when no region we hold overlaps the range (nothing can
 * point into it), which is what the updates before DRIVER_OK look like.
 *
 * A ring that does not translate (a driver that unmapped it, or moves it in
 * two messages without a batch) leaves its queue parked: its requests wait,
 * nothing touches the old memory, and a later update that maps it again
 * resumes it (a reset stops it for good). The cost: every update stalls
 * every queue for one drain of what is in flight, plus one VDUSE_IOTLB_GET_FD
 * and mmap per region the rings and the next requests use.
 */
#include <stdio.h>

#include "probes.h"
#include "remap.h"

void be_remap_begin(struct be_remap *r, uint64_t start, uint64_t last)
{
	r->t0 = be_now_ns();
	r->paused = false;
	if (!iotlb_overlaps(r->tlb, start, last))
		return;
	for (unsigned int i = 0; i < r->nq; i++) {
		if (!r->q[i].running)
			continue;
		be_queue_pause(&r->q[i]);
		r->paused = true;
	}
	iotlb_invalidate(r->tlb, start, last);
	/* Every queue thread is parked or gone: no reader holds an old snapshot. */
	iotlb_reclaim(r->tlb);
}

/* Translate q's ring again; false if it does not translate (q stays parked). */
static bool ring_back(struct be_remap *r, struct be_queue *q)
{
	if (vq_remap(&q->vq) == 0) {
		if (q->ring_lost)
			r->rings_back++;
		q->ring_lost = false;
		return true;
	}
	if (!q->ring_lost)
		r->rings_lost++;
	q->ring_lost = true;
	if (!q->ring_lost_told) {
		/* Once per queue start: a driver that moves rings without a
		 * batch would fill the log; the stats count every time. */
		fprintf(stderr, "vduse-blkd: queue %u: an IOTLB update left its ring unmapped (desc 0x%llx, avail 0x%llx, used 0x%llx): parked until an update maps it again or a reset\n",
			q->idx, (unsigned long long)q->vq.iova.desc,
			(unsigned long long)q->vq.iova.avail, (unsigned long long)q->vq.iova.used);
		q->ring_lost_told = true;
	}
	return false;
}

unsigned int be_remap_end(struct be_remap *r)
{
	unsigned int parked = 0;
	uint64_t dt;

	for (unsigned int i = 0; i < r->nq; i++) {
		struct be_queue *q = &r->q[i];

		/* Not paused: nothing was unmapped, but a parked queue's ring
		 * may be mapped now (the table was empty: no overlap). */
		if (!q->running || (!r->paused && !q->ring_lost))
			continue;
		if (ring_back(r, q))
			be_queue_resume(q);
		else
			parked++;
	}
	if (!r->paused)
		return parked;
	dt = be_now_ns() - r->t0;
	r->pauses++;
	r->paused_ns += dt;
	if (dt > r->paused_max_ns)
		r->paused_max_ns = dt;
	r->paused = false;
	BE_PROBE2(iotlb_update, dt, parked);
	return parked;
}

unsigned int be_remap(struct be_remap *r, uint64_t start, uint64_t last)
{
	be_remap_begin(r, start, last);
	return be_remap_end(r);
}
