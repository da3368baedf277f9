/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Log-linear latency/size histogram shared by the BPF programs (which fill
 * it) and the loaders (which read it). Values below 2^HIST_SUB_BITS have a
 * slot each; above, every power of two [2^e, 2^(e+1)) is split into
 * HIST_SUB equal slots. A slot's width is at most 1/HIST_SUB = 1/128 of its
 * lower bound, so a value reported as its slot's midpoint is within
 * HIST_ERROR_BOUND (1/256, about 0.4%) of the true value. Values of
 * 2^HIST_MAX_BITS (about 18 minutes in ns) and above share the last slot.
 */
#ifndef VLAB_HIST_H
#define VLAB_HIST_H

#ifndef __bpf__ /* BPF code has the kernel's own types from vmlinux.h */
#include <linux/types.h>
#endif

#define HIST_SUB_BITS 7
#define HIST_SUB (1u << HIST_SUB_BITS)
#define HIST_MAX_BITS 40
#define HIST_SLOTS ((HIST_MAX_BITS - HIST_SUB_BITS + 1) * HIST_SUB)
#define HIST_ERROR_BOUND (1.0 / (2 * HIST_SUB))

struct hist {
	__u64 count; /* left 0 by the BPF side: hist__sub sums the slots */
	__u64 sum;
	__u64 slots[HIST_SLOTS];
};

#ifdef __bpf__
#define HIST_INLINE static __always_inline
#else
#define HIST_INLINE static inline
#endif

/* Index of the highest set bit of v (v > 0). */
HIST_INLINE __u32 hist_log2(__u64 v)
{
	__u32 r = 0;

	if (v >> 32) { v >>= 32; r += 32; }
	if (v >> 16) { v >>= 16; r += 16; }
	if (v >> 8) { v >>= 8; r += 8; }
	if (v >> 4) { v >>= 4; r += 4; }
	if (v >> 2) { v >>= 2; r += 2; }
	if (v >> 1) r += 1;
	return r;
}

HIST_INLINE __u32 hist_slot(__u64 v)
{
	__u32 e;

	if (v < HIST_SUB)
		return (__u32)v;
	e = hist_log2(v);
	if (e >= HIST_MAX_BITS)
		return HIST_SLOTS - 1;
	return (e - HIST_SUB_BITS + 1) * HIST_SUB +
	       (__u32)((v >> (e - HIST_SUB_BITS)) - HIST_SUB);
}

#endif
