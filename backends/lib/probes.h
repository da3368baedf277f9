/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * USDT probes (provider vduse_blkd) at each stage of a request, for bpftrace
 * (`usdt:/job/bin/vduse-blkd:vduse_blkd:pop`) and libbpf. Each is a nop until
 * attached. Building with -DBE_NO_INSTR removes them with the timestamps.
 */
#ifndef BE_PROBES_H
#define BE_PROBES_H

#if !defined(BE_NO_INSTR) && __has_include(<sys/sdt.h>)
#include <sys/sdt.h>
#define BE_PROBE1(n, a) DTRACE_PROBE1(vduse_blkd, n, a)
#define BE_PROBE2(n, a, b) DTRACE_PROBE2(vduse_blkd, n, a, b)
#define BE_PROBE3(n, a, b, c) DTRACE_PROBE3(vduse_blkd, n, a, b, c)
#define BE_PROBE4(n, a, b, c, d) DTRACE_PROBE4(vduse_blkd, n, a, b, c, d)
#else
#define BE_PROBE1(n, a) ((void)0)
#define BE_PROBE2(n, a, b) ((void)0)
#define BE_PROBE3(n, a, b, c) ((void)0)
#define BE_PROBE4(n, a, b, c, d) ((void)0)
#endif

#endif
