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

/* 1 if v > c, else 0, without a branch; both below 2^63. */
#define HIST_GT(v, c) ((__u64)((__u64)(c) - (v)) >> 63)
/* One step of the binary search: if v has a bit at or above bit b, shift
 * it down by b and add b to r. */
#define HIST_LOG2_STEP(v, r, b)                                 \
	do {                                                    \
		__u64 s_ = HIST_GT(v, (1ull << (b)) - 1) * (b); \
		(v) >>= s_;                                     \
		(r) |= s_;                                      \
	} while (0)

/*
 * Index of the highest set bit of v (0 < v < 2^63), without a branch: BPF
 * has no count-leading-zeros, and under TCG every conditional branch ends a
 * translation block, so the branchy binary search cost about as much as the
 * rest of a histogram add.
 */
HIST_INLINE __u32 hist_log2(__u64 v)
{
	__u64 r = 0;

	HIST_LOG2_STEP(v, r, 32);
	HIST_LOG2_STEP(v, r, 16);
	HIST_LOG2_STEP(v, r, 8);
	HIST_LOG2_STEP(v, r, 4);
	HIST_LOG2_STEP(v, r, 2);
	return (__u32)(r | (v >> 1));
}

HIST_INLINE __u32 hist_slot(__u64 v)
{
	__u32 e;

	if (v >> HIST_MAX_BITS)
		return HIST_SLOTS - 1;
	if (v < HIST_SUB)
		return (__u32)v;
	e = hist_log2(v);
	return (e - HIST_SUB_BITS + 1) * HIST_SUB +
	       (__u32)((v >> (e - HIST_SUB_BITS)) - HIST_SUB);
}

#endif
