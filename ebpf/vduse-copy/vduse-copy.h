/* SPDX-License-Identifier: GPL-2.0-only */
/* vduse-copy: per-direction bounce copy statistics both sides share. */
#ifndef VDUSE_COPY_H
#define VDUSE_COPY_H

#ifndef __bpf__ /* BPF code has the kernel's own types from vmlinux.h */
#include <linux/types.h>
#endif
#include "hist.h"

enum copy_dir { COPY_TO_DEV, COPY_FROM_DEV, NR_COPY_DIRS };

struct copy_stats {
	__u64 calls;    /* map (to device) or unmap (from device) calls that bounce */
	__u64 bytes;
	__u64 copies;   /* calls of the bounce function itself, when probed */
	__u64 no_copy;  /* calls in which the bounce function did not run */
	struct hist size; /* bytes per call */
	struct hist time; /* ns per call: in the copy, or in the whole call */
};

#endif
