// SPDX-License-Identifier: GPL-2.0-only
/* Stage clock: invariant-TSC detection and calibration (see clock.h). */
#include <cpuid.h>
#include <pthread.h>
#include <time.h>

#include "clock.h"

bool be_clock_tsc;
uint64_t be_clock_mult = 1ull << 32;

uint64_t be_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void calibrate(void)
{
	unsigned int a, b, c, d;
	struct timespec nap = { 0, 10 * 1000 * 1000 };
	uint64_t n0, t0, n1, t1;

	/* CPUID 0x80000007 EDX bit 8: the TSC ticks at a constant rate in every
	 * P-, C- and T-state, so deltas convert to time with one factor. */
	if (!__get_cpuid(0x80000007, &a, &b, &c, &d) || !(d & (1u << 8)))
		return;
	n0 = be_now_ns();
	t0 = __rdtsc();
	nanosleep(&nap, NULL);
	n1 = be_now_ns();
	t1 = __rdtsc();
	if (t1 <= t0 || n1 <= n0)
		return;
	be_clock_mult = (uint64_t)(((unsigned __int128)(n1 - n0) << 32) / (t1 - t0));
	be_clock_tsc = true;
}

void be_clock_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, calibrate);
}
