// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: --irq-affinity queue-cpu writes a CPU as the kernel's
 * cpumask_parse reads it: 32-bit hex words, most significant first, comma
 * separated; CPUs outside 0-1023 and buffers too small are refused. A
 * device without the driver's sysfs file is counted as a failure, not fatal.
 */
#include <stdio.h>
#include <string.h>

#include "irqaff.h"
#include "sim.h"

static void want(int cpu, const char *mask)
{
	char buf[512];

	CHECK(be_cpumask_str(cpu, buf, sizeof(buf)) == 0, "cpu %d refused", cpu);
	CHECK(!strcmp(buf, mask), "cpu %d: '%s', want '%s'", cpu, buf, mask);
}

int main(void)
{
	struct be_irqaff_stats st = { 0 };
	int cpus[2] = { 1, 0 };
	char small[10];

	want(0, "1");
	want(1, "2");
	want(4, "10");
	want(31, "80000000");
	want(32, "1,00000000");
	want(65, "2,00000000,00000000");
	want(1023, "80000000" ",00000000,00000000,00000000,00000000,00000000,00000000,00000000"
		   ",00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000"
		   ",00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000"
		   ",00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000");
	CHECK(be_cpumask_str(-1, small, sizeof(small)) == -1, "cpu -1 accepted");
	CHECK(be_cpumask_str(1024, small, sizeof(small)) == -1, "cpu 1024 accepted");
	/* "1,00000000" needs 11 bytes with its NUL. */
	CHECK(be_cpumask_str(32, small, sizeof(small)) == -1, "cpu 32 in 10 bytes accepted");
	CHECK(be_cpumask_str(32, small, 1) == -1, "a 1-byte buffer accepted");

	/* No such device here: both vqs counted as failed, none applied. */
	CHECK(be_irqaff_apply("vlab-no-such-device", 2, cpus, &st) == 0, "applied to a missing device");
	CHECK(st.applied == 0 && st.failed == 2 && st.err != 0, "applied %llu failed %llu err %d",
	      st.applied, st.failed, st.err);
	printf("PASS: irq mask\n");
	return 0;
}
