// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: how the run measured, said before its figures: the
 * configurations that ran unsafe, the clock and what it lets a reader do,
 * and whether the intervals take in what differs between boots.
 */
#include <stdio.h>
#include <string.h>

#include "report_doc.h"
#include "report_measure.h"
#include "report_stats.h"

/* The loud line: said before any figure, in both documents. */
void report_write_unsafe(struct doc *d, const struct report *r)
{
	char list[1024];
	size_t c, len = 0;

	if (!r->nunsafe)
		return;
	list[0] = '\0';
	for (c = 0; c < r->ncfg && len < sizeof(list); c++)
		if (r->cfg[c].unsafe)
			len += snprintf(list + len, sizeof(list) - len, "%s%s", len ? ", " : "",
					r->cfg[c].name);
	doc_para(d, 1, "UNSAFE RESULTS: %zu configuration(s) ran with bounce_strategy=direct, a "
		       "research-only strategy that exposes guest pages to the userspace backend "
		       "(no isolation): %s. Their figures are not those of a deployable setup; "
		       "never publish or compare them as such.", r->nunsafe, list);
}

/* What the run's clock lets a reader do with its figures. */
void report_write_clock(struct doc *d, const struct report *r)
{
	if (!strcmp(r->clock_name, "icount"))
		doc_para(d, 1, "Measured on the instruction clock: %s. Guest time advanced by a fixed "
			       "step per guest instruction, and an idle guest jumped to its next "
			       "timer, so every figure here, latencies and IOPS included, is in guest "
			       "time: a function of the instructions the guest executed and of its "
			       "timers (a coalescing or polling window costs guest time, not host "
			       "time). It measures work per I/O (path length) and repeats across runs "
			       "of the same tree to within what two runs of the aa sweep differ by. "
			       "It is not a hardware speed: no caches, no memory bandwidth, and no "
			       "parallel speed-up, since the vCPUs share one instruction stream (a "
			       "thread that busy-polls takes instructions from the others).",
			 r->clock_label);
	else if (report_is_noisy(r))
		/* absolute TCG figures measure the emulator, not the driver */
		doc_para(d, 1, "This run used TCG (QEMU's software emulation) on the wall clock: "
			       "only in-boot ratios are meaningful, that is ratios between "
			       "configurations measured interleaved in the same boot; absolute "
			       "figures measure the emulator and move from run to run.");
	else
		doc_para(d, 0, "Clock: %s.", r->clock_label);
}

/*
 * How the repetitions shared the lab VM's boots, and so what the intervals
 * take in: on the instruction clock a configuration repeats far more
 * closely inside a boot than across boots (bench/README.md, Clocks).
 */
void report_boots_text(const struct report *r, char *buf, size_t len)
{
	char n[32] = "";

	if (r->accelerator && !strcmp(r->accelerator, "host")) {
		snprintf(buf, len, "none: the host's own kernel ran the points");
		return;
	}
	if (r->vm_boots >= 0)
		snprintf(n, sizeof(n), "%ld, ", r->vm_boots);
	if (r->boot_per_rep)
		snprintf(buf, len, "%sone per repetition: the intervals take in what differs "
				   "between boots", n);
	else
		snprintf(buf, len, "%sshared by the repetitions: the intervals are within boots "
				   "and leave out what differs between them (compare two runs "
				   "for that)", n);
}
