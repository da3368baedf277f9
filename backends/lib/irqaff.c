// SPDX-License-Identifier: GPL-2.0-only
/* Per-vq interrupt callback placement through the VDUSE driver's sysfs (irqaff.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "irqaff.h"

#define BE_CPUMASK_MAX_CPUS 1024

int be_cpumask_str(int cpu, char *buf, size_t len)
{
	int word = cpu / 32, n;
	size_t off;

	if (cpu < 0 || cpu >= BE_CPUMASK_MAX_CPUS)
		return -1;
	n = snprintf(buf, len, "%x", 1u << (cpu % 32));
	if (n < 0 || (size_t)n >= len)
		return -1;
	off = n;
	for (int i = 0; i < word; i++) {
		if (off + 9 >= len)
			return -1;
		memcpy(buf + off, ",00000000", 10);
		off += 9;
	}
	return 0;
}

static int write_mask(const char *name, unsigned int vq, int cpu)
{
	char path[128], mask[16 + BE_CPUMASK_MAX_CPUS / 32 * 9];
	int fd, ret = 0;
	ssize_t n;

	if (be_cpumask_str(cpu, mask, sizeof(mask)))
		return -EINVAL;
	snprintf(path, sizeof(path), "/sys/class/vduse/%s/vq%u/irq_cb_affinity", name, vq);
	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, mask, strlen(mask));
	if (n < 0)
		ret = -errno;
	close(fd);
	return ret;
}

unsigned int be_irqaff_apply(const char *name, unsigned int nq, const int *cpus,
			     struct be_irqaff_stats *st)
{
	unsigned int set = 0;

	for (unsigned int i = 0; i < nq; i++) {
		int ret = write_mask(name, i, cpus[i]);

		if (!ret) {
			set++;
			st->applied++;
			continue;
		}
		/* Once per device lifetime: a kernel without the file (before
		 * 6.8) or an offline CPU refuses every attempt the same way. */
		if (!st->failed)
			fprintf(stderr,
				"vduse-blkd: %s: cannot point vq%u's interrupt callback at CPU %d (/sys/class/vduse/%s/vq%u/irq_cb_affinity: %s); callbacks stay where the driver puts them\n",
				name, i, cpus[i], name, i, strerror(-ret));
		st->failed++;
		st->err = -ret;
	}
	return set;
}
