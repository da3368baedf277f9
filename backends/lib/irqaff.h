/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * --irq-affinity: where each virtqueue's interrupt callback runs (the
 * driver's inject work: the guest's completion handler, the bounce copy back
 * of read data, the wake-up of the submitter), through the driver's per-vq
 * sysfs file irq_cb_affinity (Linux 6.8+). The guest driver sets the vqs'
 * affinity when it probes, each to the CPUs its hardware queue serves, so
 * the callback runs beside the submitter; we set ours after every
 * DRIVER_OK, which follows that.
 */
#ifndef BE_IRQAFF_H
#define BE_IRQAFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum be_irq_affinity {
	BE_IRQ_AFF_DRIVER,    /* leave it to the guest driver and the kernel */
	BE_IRQ_AFF_AWAY,      /* each vq's callback on the online CPUs its
			       * hardware queue does not serve */
	BE_IRQ_AFF_QUEUE_CPU, /* each vq's callback on its queue thread's CPU */
	BE_IRQ_AFF_AUTO,      /* away, the queue threads too, while at most one
			       * queue is busy; the driver's while several are */
};

/*
 * auto: the queues' request counts are looked at every BE_IRQAFF_AUTO_MS
 * while the disk is busy, every BE_IRQAFF_IDLE_MS while it idles; a queue
 * that took a request in that window is busy. Several queues busy in
 * BE_IRQAFF_LOCAL_AFTER windows in a row make the placement local; at most
 * one busy in BE_IRQAFF_CROSS_AFTER windows in a row make it crossed again.
 * A submitter moving to another CPU, and so to another queue, shows both
 * queues busy in one window only: it does not flip the placement.
 */
#define BE_IRQAFF_AUTO_MS 5
#define BE_IRQAFF_IDLE_MS 100
#define BE_IRQAFF_LOCAL_AFTER 2
#define BE_IRQAFF_CROSS_AFTER 4

/* "driver", "away", "queue-cpu", "auto" */
const char *be_irq_affinity_name(enum be_irq_affinity mode);

#define BE_CPUSET_WORDS 16 /* 1024 CPUs */
#define BE_IRQAFF_MAX_VQS 16

struct be_cpuset {
	uint64_t w[BE_CPUSET_WORDS];
};

/* The control thread's record; read racily for stats. */
struct be_irqaff {
	unsigned long long applied, kept, failed; /* vq files written, left, refused */
	int err;                                  /* the last failure's errno */
	struct be_cpuset written[BE_IRQAFF_MAX_VQS]; /* what we wrote last, per vq */
	/* auto */
	struct be_cpuset driver[BE_IRQAFF_MAX_VQS]; /* the driver's placement */
	unsigned long long last_reqs[BE_IRQAFF_MAX_VQS];
	unsigned long long moves; /* placements changed by auto */
	uint64_t next_ns;         /* the next auto tick */
	bool have_driver;
	bool local;               /* auto's placement: the driver's, or crossed */
	unsigned int streak;      /* windows in a row that asked for the other */
};

/* "%*pb" text, as sysfs shows a cpumask and cpumask_parse reads it: 32-bit
 * hex words, most significant first, comma separated ("2", "1,00000000"). */
int be_cpuset_parse_mask(const char *s, struct be_cpuset *set);
int be_cpuset_format_mask(const struct be_cpuset *set, char *buf, size_t len);
/* A CPU list as /sys/devices/system/cpu/online has it ("0-3,8"). */
int be_cpuset_parse_list(const char *s, struct be_cpuset *set);
bool be_cpuset_empty(const struct be_cpuset *set);
bool be_cpuset_equal(const struct be_cpuset *a, const struct be_cpuset *b);

/*
 * The callback CPUs of one vq under mode: for BE_IRQ_AFF_AWAY the online CPUs
 * not in cur (the driver's placement), for BE_IRQ_AFF_QUEUE_CPU just cpu.
 * false: leave the vq as it is (away from every online CPU is nowhere).
 */
bool be_irqaff_target(enum be_irq_affinity mode, const struct be_cpuset *cur,
		      const struct be_cpuset *online, int cpu, struct be_cpuset *out);

/*
 * auto, after one window in which nbusy queues were busy: whether the
 * placement is now local (st->local), with the hysteresis described above.
 */
bool be_irqaff_auto_decide(struct be_irqaff *st, unsigned int nbusy);

/*
 * auto: where each of nq vqs' callbacks go, given the driver's placement.
 * Local: where the driver put them, beside the submitters, where a wake-up
 * costs no cross-CPU interrupt (best while several queues are busy). Crossed:
 * each vq's on the CPUs of the other queues (none left: the driver's), so
 * that with one queue in use the completion work leaves the submitting CPU,
 * whichever CPU, and so whichever queue, the submitter is on.
 */
void be_irqaff_auto_targets(unsigned int nq, const struct be_cpuset *driver, bool local,
			    struct be_cpuset *want);

/*
 * Apply mode to vqs 0..nq-1 of device name (cpus: the queue threads' CPUs,
 * for BE_IRQ_AFF_QUEUE_CPU). A vq that still holds what we wrote last is
 * left alone (a reset without a new probe must not flip it back). Counts in
 * st; the first failure is reported on stderr.
 */
void be_irqaff_apply(const char *name, unsigned int nq, enum be_irq_affinity mode,
		     const int *cpus, struct be_irqaff *st);

/* auto, once a window: reqs[i] is queue i's request count so far. Returns
 * whether any queue took a request in the window. */
bool be_irqaff_auto_tick(const char *name, unsigned int nq, const unsigned long long *reqs,
			 struct be_irqaff *st);

#endif
