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
 *
 * With vduse-blkd's USDT probes (provider vduse_blkd), backend splits into
 * the USDT stages of stages.def, which add up to it: VDUSE kick -> (wake) the queue
 * thread sees the kick (usdt kick) -> (pop) popped and parsed (usdt pop) ->
 * (submit) handed to the target (usdt submit) -> (target) completed and
 * pushed to the used ring (usdt done) -> (publish: rest of the batch,
 * used->idx, notify check, the ioctl) VDUSE_VQ_INJECT_IRQ.
 */
enum lat_stage {
#define VLAB_STAGE(ID, name, group, order, help) STAGE_##ID,
#include "stages.def"
	NR_STAGES,
};

/* The KERNEL rows of stages.def, which come first: the JSON's "stages". */
enum {
	NR_KERNEL_STAGES = 0
#define VLAB_STAGE(ID, name, group, order, help) + STAGE_GROUP_IS_KERNEL_##group
#define STAGE_GROUP_IS_KERNEL_KERNEL 1
#define STAGE_GROUP_IS_KERNEL_USDT 0
#include "stages.def"
};

/* Virtqueues tracked per queue (vduse-blkd serves at most 16). Requests of
 * higher vq indexes count device-wide only. A power of two: masks bound
 * array indexes for the verifier. */
#define LAT_MAX_QUEUES 16
/* Driver tags per hardware queue tracked (a virtio-blk queue's depth is at
 * most its ring size, 1024 for VDUSE): requests on higher tags are not
 * traced (inflight_full). */
#define LAT_MAX_TAGS 1024

struct lat_counts {
	__u64 ios;            /* completions of requests seen issued */
	__u64 unkicked;       /* no kick of their own (notification suppressed) */
	__u64 early_callback; /* completed by a callback injected before their kick
			       * (or, with USDT, before their push) */
	__u64 inflight_full;  /* requests not traced: a tag beyond LAT_MAX_TAGS */
	__u64 kicks;
	__u64 injects;
	__u64 callbacks;
	/* USDT (vduse-blkd) */
	__u64 be_kicks;       /* queue thread woken by a kick */
	__u64 be_pops;        /* requests popped */
	__u64 be_matched;     /* pops matched to a traced request (queue, head) */
	__u64 be_unwoken;     /* matched, but found without a wake-up of their own */
	__u64 be_done;        /* completions (usdt done) matched */
	__u64 be_irqs;        /* batches published (usdt irq) */
	__u64 queue_overflow; /* I/Os on vq indexes >= LAT_MAX_QUEUES */
};

/* One kick of a vq, in the BPF side's ring of the last KICK_RING (.bss). */
#define KICK_RING 256

struct kickrec {
	__u64 t;   /* bpf_ktime_get_ns() */
	__u32 tag; /* the kick's number + 1; 0: none yet */
	__u32 pad;
};

#endif
