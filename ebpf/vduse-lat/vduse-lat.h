/* SPDX-License-Identifier: GPL-2.0-only */
/* vduse-lat: the stages both sides agree on, and the tool's counters. */
#ifndef VDUSE_LAT_H
#define VDUSE_LAT_H

#ifndef __bpf__ /* BPF code has the kernel's own types from vmlinux.h */
#include <linux/types.h>
#endif

/*
 * One I/O's path: block_rq_issue -> (queue) virtqueue_add_sgs entry ->
 * (map: descriptors, DMA map, bounce copy) its return -> (kick) VDUSE kick
 * -> (backend) VDUSE_VQ_INJECT_IRQ -> (irq: inject work queued and run)
 * vq callback start -> (complete: vring_interrupt, unmap and bounce copy
 * back, blk-mq completion) block_rq_complete. total is issue -> complete.
 */
enum lat_stage {
	STAGE_QUEUE,
	STAGE_MAP,
	STAGE_KICK,
	STAGE_BACKEND,
	STAGE_IRQ,
	STAGE_COMPLETE,
	STAGE_TOTAL,
	NR_STAGES,
};

struct lat_counts {
	__u64 ios;            /* completions of requests seen issued */
	__u64 unkicked;       /* no kick of their own (notification suppressed) */
	__u64 early_callback; /* completed by a callback injected before their kick */
	__u64 pending_full;   /* more requests between two kicks than tracked */
	__u64 kicks;
	__u64 injects;
	__u64 callbacks;
};

#define LAT_PENDING_MAX 64

/* Requests a thread added to the ring since its last kick (BPF map value). */
struct lat_pending {
	__u32 n;
	__u64 rq[LAT_PENDING_MAX];
	__u64 issue[LAT_PENDING_MAX];
};

#endif
