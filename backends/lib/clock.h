/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Timestamps for the per-stage histograms. Where the TSC is invariant (CPUID)
 * or the kernel itself keeps CLOCK_MONOTONIC with it (clocksource "tsc"), a
 * stage is stamped with rdtsc (11 ns in the TCG lab guest) rather than
 * clock_gettime (tens of ns natively; about 350 ns per call in the daemon
 * under TCG, where it was most of what instrumentation cost). Deltas are
 * converted to ns with a factor calibrated against CLOCK_MONOTONIC at
 * start-up.
 */
#ifndef BE_CLOCK_H
#define BE_CLOCK_H

#include <stdbool.h>
#include <stdint.h>
#include <x86intrin.h>

extern bool be_clock_tsc;     /* false: ticks are CLOCK_MONOTONIC ns */
extern uint64_t be_clock_mult; /* ns per tick, in 32.32 fixed point */

/* Decide and calibrate once (about 10 ms); thread-safe, idempotent. */
void be_clock_init(void);
uint64_t be_now_ns(void);

static inline uint64_t be_ticks(void)
{
	return be_clock_tsc ? __rdtsc() : be_now_ns();
}

static inline uint64_t be_ticks_ns(uint64_t d)
{
	return be_clock_tsc ? (uint64_t)(((unsigned __int128)d * be_clock_mult) >> 32) : d;
}

#endif
