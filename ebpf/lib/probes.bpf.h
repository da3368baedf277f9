/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * BPF-side helpers of the vduse-* tools: one hook in three variants (the
 * driver's TRACE_EVENT via tp_btf, fentry on the module function, kprobe),
 * all calling one handler; the loader keeps one variant (set_autoload).
 */
#ifndef VLAB_PROBES_BPF_H
#define VLAB_PROBES_BPF_H

#include "hist.h"

/* DMA directions (include/linux/dma-direction.h). */
#define VLAB_DMA_BIDIRECTIONAL 0
#define VLAB_DMA_TO_DEVICE 1
#define VLAB_DMA_FROM_DEVICE 2

static __always_inline void hist_add(struct hist *h, __u64 v)
{
	/* 64-bit, checked in the register it is used from: a 32-bit index is
	 * zero-extended into a copy the verifier knows no bound of. */
	__u64 slot = hist_slot(v);

	asm volatile("" : "+r"(slot));
	if (slot >= HIST_SLOTS)
		return;
	/* No count: it is the sum of the slots, which the loaders take
	 * (hist__sub), one atomic add per value fewer. */
	__sync_fetch_and_add(&h->sum, v);
	__sync_fetch_and_add(&h->slots[slot], 1);
}

#endif
