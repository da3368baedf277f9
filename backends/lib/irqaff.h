/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * --irq-affinity queue-cpu: run each virtqueue's interrupt callback (the
 * driver's inject work: the guest's completion handler, the bounce copy back,
 * the wake-up of the submitter) on the CPU that the queue's thread is pinned
 * to, through the driver's per-vq sysfs file irq_cb_affinity (Linux 6.8+).
 * The guest driver sets the vqs' affinity when it probes (its own CPU for
 * each queue, so the callback would run beside the submitter); we set ours
 * after every DRIVER_OK, which follows that.
 */
#ifndef BE_IRQAFF_H
#define BE_IRQAFF_H

#include <stddef.h>

enum be_irq_affinity {
	BE_IRQ_AFF_DRIVER,    /* leave it to the guest driver and the kernel */
	BE_IRQ_AFF_QUEUE_CPU, /* each vq's callback on its queue thread's CPU */
};

struct be_irqaff_stats {
	unsigned long long applied, failed; /* vq files written, refused */
	int err;                            /* the last failure's errno */
};

/*
 * CPU number cpu as the kernel's cpumask_parse takes it: 32-bit hex words,
 * most significant first, separated by commas ("2", "1,00000000"). 0, or
 * -1 if cpu is out of 0-1023 or buf (len bytes) is too small.
 */
int be_cpumask_str(int cpu, char *buf, size_t len);

/*
 * Point vq i of device name at cpus[i] for i < nq. Returns the number of
 * vqs set; failures are counted in st and reported once on stderr.
 */
unsigned int be_irqaff_apply(const char *name, unsigned int nq, const int *cpus,
			     struct be_irqaff_stats *st);

#endif
