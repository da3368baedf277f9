/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * VDUSE_UPDATE_IOTLB while the queues run (remap.c): pause, unmap,
 * translate the rings again, resume.
 */
#ifndef BE_REMAP_H
#define BE_REMAP_H

#include <stdbool.h>
#include <stdint.h>

#include "iotlb.h"
#include "queue.h"

struct be_remap {
	struct be_queue *q; /* the device's queues, nq of them, running or not */
	unsigned int nq;
	struct iotlb *tlb;  /* what they translate through */
	/* Counters: written by the control thread only, read racily for stats. */
	uint64_t pauses;        /* updates that paused the queues (the range was in use) */
	uint64_t paused_ns;     /* the queues' time paused by them, summed */
	uint64_t paused_max_ns; /* the longest */
	uint64_t rings_lost;    /* a queue left parked: its ring no longer translated */
	uint64_t rings_back;    /* a parked queue resumed: an update mapped its ring again */
	/* Between be_remap_begin and be_remap_end. */
	bool paused;
	uint64_t t0;
};

/*
 * One update of [start, last], in two halves so that a unit test can stand
 * in for the kernel between them (iotlb_add what a fetch would map). begin:
 * if a region we hold overlaps the range, pause every running queue and
 * unmap the range. end: translate each paused queue's ring again and resume
 * it, or leave it parked while its ring does not translate; returns the
 * queues left parked. Control thread only (or one test thread).
 */
void be_remap_begin(struct be_remap *r, uint64_t start, uint64_t last);
unsigned int be_remap_end(struct be_remap *r);
/* Both, as VDUSE_UPDATE_IOTLB asks. */
unsigned int be_remap(struct be_remap *r, uint64_t start, uint64_t last);

#endif
