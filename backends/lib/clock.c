// SPDX-License-Identifier: GPL-2.0-only
/* Stage clock: TSC detection and calibration (see clock.h). */
#include <cpuid.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
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

/*
 * Is CLOCK_MONOTONIC itself read from the TSC? Then the vDSO's clock_gettime
 * is rdtsc times a kernel-maintained factor, and our own factor, calibrated
 * against it, converts as well; the kernel leaves the tsc clocksource as
 * soon as its watchdog or a frequency change says the TSC is unreliable.
 */
static bool kernel_uses_tsc(void)
{
	char buf[32] = "";
	FILE *f = fopen("/sys/devices/system/clocksource/clocksource0/current_clocksource", "re");

	if (!f)
		return false;
	if (!fgets(buf, sizeof(buf), f))
		buf[0] = 0;
	fclose(f);
	return strcmp(buf, "tsc\n") == 0;
}

/* One (TSC, CLOCK_MONOTONIC) pair: the narrowest of a few rdtsc brackets
 * around clock_gettime, so a preemption in between cannot skew it. */
static uint64_t pair(uint64_t *ns, uint64_t *width)
{
	uint64_t best = UINT64_MAX, tsc = 0;

	for (int i = 0; i < 8; i++) {
		uint64_t a = __rdtsc(), n = be_now_ns(), b = __rdtsc();

		if (b > a && b - a < best) {
			best = b - a;
			tsc = a + (b - a) / 2;
			*ns = n;
		}
	}
	*width = best;
	return best == UINT64_MAX ? 0 : tsc;
}

static void calibrate(void)
{
	unsigned int a, b, c, d;
	struct timespec nap = { 0, 10 * 1000 * 1000 };
	uint64_t n0 = 0, t0, n1 = 0, t1, w0, w1;
	bool invariant;

	/* CPUID 0x80000007 EDX bit 8: the TSC ticks at a constant rate in every
	 * P-, C- and T-state, so deltas convert to time with one factor. Guests
	 * (QEMU TCG among them) often do not advertise it although the kernel
	 * keeps time with the TSC: that is as good for us. */
	invariant = __get_cpuid(0x80000007, &a, &b, &c, &d) && (d & (1u << 8));
	if (!invariant && !kernel_uses_tsc())
		return;
	t0 = pair(&n0, &w0);
	nanosleep(&nap, NULL);
	t1 = pair(&n1, &w1);
	/* Each end is known within half its bracket: refuse a factor off by
	 * more than 1e-3 (the histograms promise 0.39%); it is typically 1e-5. */
	if (!t0 || t1 <= t0 || n1 <= n0 || (w0 + w1) * 1000 > t1 - t0)
		return;
	be_clock_mult = (uint64_t)(((unsigned __int128)(n1 - n0) << 32) / (t1 - t0));
	be_clock_tsc = true;
}

void be_clock_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, calibrate);
}
