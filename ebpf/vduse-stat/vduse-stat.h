/* SPDX-License-Identifier: GPL-2.0-only */
/* vduse-stat: the counters the BPF side keeps and the loader prints. */
#ifndef VDUSE_STAT_H
#define VDUSE_STAT_H

#ifndef __bpf__ /* BPF code has the kernel's own types from vmlinux.h */
#include <linux/types.h>
#endif

struct stat_counts {
	__u64 maps;
	__u64 map_bytes;
	__u64 map_failed;      /* returned DMA_MAPPING_ERROR */
	__u64 unmaps;
	__u64 unmap_bytes;
	__u64 bounce_to_dev;   /* bytes copied into the bounce pages */
	__u64 bounce_from_dev; /* bytes copied back out of them */
	__u64 bounces;         /* copies (driver tracepoint only) */
	__u64 kicks;
	__u64 kicks_deferred;  /* driver tracepoint only */
	__u64 injects;
	__u64 injects_irqfd;   /* driver tracepoint only */
	__u64 callbacks;
	__u64 inject_works;    /* inject work items queued ... */
	__u64 inject_works_run; /* ... and started */
};

/* When an inject work item was queued (the BPF side's .bss table of
 * 1 << QUEUED_BITS slots; the skeleton declares it, the loader ignores it). */
#define QUEUED_BITS 10
struct queued_at {
	__u64 work, t;
};

/* Callbacks per CPU, for CPUs below this number (the rest in the last). */
#define STAT_MAX_CPUS 64

#endif
