/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copies that touch guest memory and may fault. A bounce-region IOVA that
 * the kernel never backed (a driver pointing at memory it did not map)
 * raises SIGBUS on access through our mmap; these helpers turn that fault
 * into -EFAULT for the one request instead of killing the daemon.
 */
#ifndef BE_SAFECOPY_H
#define BE_SAFECOPY_H

#include <stddef.h>

/* Install the SIGBUS/SIGSEGV handler (idempotent, thread-safe). */
void be_safe_init(void);
/* memcpy and memset that return -EFAULT if the memory faults, else 0. */
int be_copy(void *dst, const void *src, size_t n);
int be_set(void *dst, int c, size_t n);

#endif
