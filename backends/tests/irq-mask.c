// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: --irq-affinity's CPU sets: masks as sysfs shows them and
 * cpumask_parse reads them (32-bit hex words, most significant first, comma
 * separated) round-trip; CPU lists as /sys/devices/system/cpu/online has
 * them parse; malformed text is refused. "away" is the online CPUs outside
 * the driver's mask, nothing when that is empty; "queue-cpu" is the one CPU;
 * "auto" crosses each vq's callbacks to the other queues' CPUs, or leaves
 * them local, and flips between the two only after its hysteresis.
 * A device without the driver's sysfs file is counted as failed, not fatal.
 */
#include <stdio.h>
#include <string.h>

#include "irqaff.h"
#include "sim.h"

static void round_trip(const char *mask)
{
	struct be_cpuset set;
	char buf[512];

	CHECK(be_cpuset_parse_mask(mask, &set) == 0, "'%s' refused", mask);
	CHECK(be_cpuset_format_mask(&set, buf, sizeof(buf)) == 0, "'%s' not formatted", mask);
	CHECK(!strcmp(buf, mask), "'%s' came back as '%s'", mask, buf);
}

static struct be_cpuset cpus_of(const char *list)
{
	struct be_cpuset set;

	CHECK(be_cpuset_parse_list(list, &set) == 0, "list '%s' refused", list);
	return set;
}

int main(void)
{
	static const char *const bad_masks[] = { "", ",1", "1,", "1,,2", "x", "123456789", "1 2" };
	static const char *const bad_lists[] = { "", "a", "1-", "3-1", "1024", "0,,1", "0-1x" };
	struct be_cpuset set, cur, online, out;
	struct be_irqaff st;
	char small[10], big[2048];
	int cpus[2] = { 1, 0 };

	round_trip("1");
	round_trip("2");
	round_trip("80000000");
	round_trip("1,00000000");
	round_trip("2,00000000,00000000");
	round_trip("ffffffff,ffffffff,00000001");
	CHECK(be_cpuset_parse_mask("3\n", &set) == 0 && set.w[0] == 3, "a trailing newline");
	CHECK(be_cpuset_parse_mask("1,00000000", &set) == 0 && set.w[0] == 1ull << 32, "bit 32");
	/* The widest mask, CPU 1023: 32 words. */
	memset(&set, 0, sizeof(set));
	set.w[15] = 1ull << 63;
	CHECK(be_cpuset_format_mask(&set, big, sizeof(big)) == 0 && strlen(big) == 8 + 31 * 9,
	      "CPU 1023: '%s'", big);
	CHECK(be_cpuset_parse_mask(big, &cur) == 0 && be_cpuset_equal(&set, &cur), "CPU 1023 back");
	strcat(big, ",00000000"); /* a 33rd word is CPU 1055: too many */
	CHECK(be_cpuset_parse_mask(big, &cur) == -1, "33 words accepted");
	CHECK(be_cpuset_parse_mask("1", &set) == 0, "1");
	set.w[0] = 1ull << 32;
	CHECK(be_cpuset_format_mask(&set, small, sizeof(small)) == -1, "'1,00000000' in 10 bytes");
	for (size_t i = 0; i < sizeof(bad_masks) / sizeof(bad_masks[0]); i++)
		CHECK(be_cpuset_parse_mask(bad_masks[i], &set) == -1, "mask '%s' accepted", bad_masks[i]);

	set = cpus_of("0-3,8\n");
	CHECK(set.w[0] == 0x10f, "0-3,8: %llx", (unsigned long long)set.w[0]);
	set = cpus_of("1023");
	CHECK(set.w[15] == 1ull << 63, "1023");
	for (size_t i = 0; i < sizeof(bad_lists) / sizeof(bad_lists[0]); i++)
		CHECK(be_cpuset_parse_list(bad_lists[i], &set) == -1, "list '%s' accepted", bad_lists[i]);

	/* away: two CPUs online, the driver put vq0 on CPU 0: CPU 1. */
	online = cpus_of("0-1");
	cur = cpus_of("0");
	CHECK(be_irqaff_target(BE_IRQ_AFF_AWAY, &cur, &online, -1, &out) && out.w[0] == 2, "away from 0");
	cur = cpus_of("0-1");
	CHECK(!be_irqaff_target(BE_IRQ_AFF_AWAY, &cur, &online, -1, &out), "away from every CPU");
	CHECK(be_irqaff_target(BE_IRQ_AFF_QUEUE_CPU, &cur, &online, 70, &out) && out.w[1] == 1ull << 6,
	      "queue-cpu 70");
	CHECK(!be_irqaff_target(BE_IRQ_AFF_QUEUE_CPU, &cur, &online, -1, &out), "queue-cpu without a CPU");
	CHECK(!be_irqaff_target(BE_IRQ_AFF_DRIVER, &cur, &online, 0, &out), "driver changes something");

	/* auto, two queues on CPUs 0 and 1: crossed, each vq's callbacks go to
	 * the other queue's CPU; local, each stays where the driver put it. */
	{
		struct be_cpuset drv[3] = { cpus_of("0"), cpus_of("1"), cpus_of("2-3") }, want[3];

		be_irqaff_auto_targets(2, drv, false, want);
		CHECK(want[0].w[0] == 2 && want[1].w[0] == 1, "crossed: %llx %llx",
		      (unsigned long long)want[0].w[0], (unsigned long long)want[1].w[0]);
		be_irqaff_auto_targets(2, drv, true, want);
		CHECK(want[0].w[0] == 1 && want[1].w[0] == 2, "local");
		be_irqaff_auto_targets(3, drv, false, want);
		CHECK(want[0].w[0] == 0xe && want[1].w[0] == 0xd && want[2].w[0] == 0x3,
		      "three crossed: %llx %llx %llx", (unsigned long long)want[0].w[0],
		      (unsigned long long)want[1].w[0], (unsigned long long)want[2].w[0]);
		/* A vq spread over every CPU has nowhere else to go. */
		drv[0] = cpus_of("0-3");
		be_irqaff_auto_targets(3, drv, false, want);
		CHECK(want[0].w[0] == 0xf, "nowhere to go: %llx", (unsigned long long)want[0].w[0]);
		be_irqaff_auto_targets(1, drv, false, want);
		CHECK(want[0].w[0] == 0xf, "one queue: %llx", (unsigned long long)want[0].w[0]);
	}

	/* auto's hysteresis: crossed at first; a submitter moving between
	 * queues (both busy in one window) does not flip it; several busy in
	 * BE_IRQAFF_LOCAL_AFTER windows in a row make it local, and a short lull
	 * keeps it so; BE_IRQAFF_CROSS_AFTER windows of one (or none) cross it. */
	{
		struct be_irqaff a = { 0 };
		int w;

		CHECK(!be_irqaff_auto_decide(&a, 1), "one busy: local");
		CHECK(!be_irqaff_auto_decide(&a, 2), "a migration's window: local");
		CHECK(!be_irqaff_auto_decide(&a, 1) && !be_irqaff_auto_decide(&a, 0), "idle: local");
		for (w = 1; w < BE_IRQAFF_LOCAL_AFTER; w++)
			CHECK(!be_irqaff_auto_decide(&a, 2), "local after %d windows", w);
		CHECK(be_irqaff_auto_decide(&a, 3), "not local after %d windows", w);
		for (w = 1; w < BE_IRQAFF_CROSS_AFTER; w++)
			CHECK(be_irqaff_auto_decide(&a, w % 2), "crossed after %d windows", w);
		CHECK(be_irqaff_auto_decide(&a, 2), "a lull's end: crossed");
		for (w = 0; w < BE_IRQAFF_CROSS_AFTER - 1; w++)
			CHECK(be_irqaff_auto_decide(&a, 1), "crossed after %d windows", w + 1);
		CHECK(!be_irqaff_auto_decide(&a, 1), "still local after %d windows",
		      BE_IRQAFF_CROSS_AFTER);
	}

	/* No such device here: both vqs counted as failed, none applied. */
	memset(&st, 0, sizeof(st));
	be_irqaff_apply("vlab-no-such-device", 2, BE_IRQ_AFF_QUEUE_CPU, cpus, &st);
	CHECK(st.applied == 0 && st.failed == 2 && st.err != 0, "applied %llu failed %llu err %d",
	      st.applied, st.failed, st.err);
	printf("PASS: irq mask\n");
	return 0;
}
