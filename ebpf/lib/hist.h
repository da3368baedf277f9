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

/*
 * Index of the highest set bit of v (0 < v < 2^63), without a branch: BPF
 * has no count-leading-zeros, and under TCG every conditional branch ends a
 * translation block. The bits below the highest are smeared to ones, the
 * highest isolated and multiplied by a de Bruijn sequence, whose top six
 * bits then name it (Leiserson, Prokop, Randall, "Using de Bruijn Sequences
 * to Index a 1 in a Computer Word", 1998). Shifts by constants only: the
 * earlier binary search shifted by a computed amount at each of its five
 * steps, which the x86 BPF JIT turns into four instructions (the count goes
 * through %cl), about half again as many instructions per histogram add.
 */
HIST_INLINE __u32 hist_log2_smear(__u64 v)
{
	static const __u8 debruijn[64] = {
		63, 0,  58, 1,  59, 47, 53, 2,  60, 39, 48, 27, 54, 33, 42, 3,
		61, 51, 37, 40, 49, 18, 28, 20, 55, 30, 34, 11, 43, 14, 22, 4,
		62, 57, 46, 52, 38, 26, 32, 41, 50, 36, 17, 19, 29, 10, 13, 21,
		56, 45, 25, 31, 35, 16, 9,  12, 44, 24, 15, 8,  23, 7,  6,  5,
	};

	v |= v >> 1;
	v |= v >> 2;
	v |= v >> 4;
	v |= v >> 8;
	v |= v >> 16;
	v |= v >> 32;
	return debruijn[((v - (v >> 1)) * 0x07edd5e59a4e28c2ULL) >> 58];
}

/*
 * Userspace (vduse-blkd adds five values per request) has the instruction:
 * one bsr or lzcnt, where the smear costs about 15; both give the same index.
 */
HIST_INLINE __u32 hist_log2(__u64 v)
{
#ifdef __bpf__
	return hist_log2_smear(v);
#else
	return 63 - (__u32)__builtin_clzll(v);
#endif
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
