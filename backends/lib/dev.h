/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A VDUSE virtio-blk device: creation with its config space and features,
 * queue set-up, the control-message thread, teardown and destruction.
 */
#ifndef BE_DEV_H
#define BE_DEV_H

#include <linux/vduse.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "inflight.h"
#include "iotlb.h"
#include "queue.h"
#include "remap.h"
#include "target.h"
#include "irqaff.h"
#include "umem.h"

#define BE_MAX_QUEUES 16
/* The most sectors one DISCARD or WRITE_ZEROES range may cover (either transport). */
#define BE_MAX_DISCARD_SECTORS (1u << 22)

struct be_dev_opts {
	const char *name;
	unsigned int nq;
	uint16_t queue_size;
	struct be_queue_opts qo;
	const int *cpus; /* nq entries or NULL */
	enum be_umem_mode umem; /* register user memory as the bounce region */
	enum be_irq_affinity irq_aff; /* BE_IRQ_AFF_QUEUE_CPU needs cpus */
	/* BE_IRQ_AFF_AUTO: a queue's poll time while crossed, or -1: qo.poll_us */
	int crossed_poll_us;
	/* Reopen the device a daemon that died left behind and resume its
	 * queues from the inflight log, instead of creating it. */
	bool reconnect;
};

/* What a reconnect found and how long serving took to resume. */
struct be_reconnect_stats {
	bool reconnected;
	uint32_t generation;   /* the log's: 1 + reconnects so far */
	uint64_t t0;           /* be_now_ns() when be_dev_create began */
	uint64_t resume_ns;    /* from t0 until the queues ran again (0: not yet) */
	uint64_t replayed;     /* requests queued for resubmission, all queues */
	uint64_t pushed_done, pushed_replayed; /* be_ifl_recovery's, all queues */
};

/* Control messages, timed by type. */
struct be_ctrl_stats {
	uint64_t count[3], ns_total[3], ns_max[3], failed;
};

struct be_dev {
	char name[VDUSE_NAME_MAX];
	int ctlfd, devfd, ctrl_stopfd;
	/* Readable once the control thread has ended on its own (the device
	 * broke or went away, it said why on stderr): the daemon must stop. */
	int ctrl_deadfd;
	uint64_t features, driver_features;
	uint8_t status;
	bool started, created, ctrl_running;
	unsigned int nq;
	uint16_t queue_size;
	struct be_dev_opts o;
	struct be_target *tgt;
	struct iotlb tlb;
	struct be_queue q[BE_MAX_QUEUES];
	struct be_remap remap; /* VDUSE_UPDATE_IOTLB: control thread only */
	pthread_mutex_t lock; /* started, q[] lifetime: ctrl thread vs stats */
	pthread_t ctrl;
	struct be_ctrl_stats cs;
	struct be_umem umem; /* control thread only, read racily for stats */
	struct be_irqaff irqaff; /* control thread only, read racily */
	struct be_ifl *ifl; /* the inflight log (inflight.h) */
	struct be_reconnect_stats rc;
};

/* Create /dev/vduse/NAME for target t (already initialised), set up queues;
 * with o->reconnect, reopen it and resume the queues a dead daemon served. */
int be_dev_create(struct be_dev *d, const struct be_dev_opts *o, struct be_target *t);
int be_dev_ctrl_start(struct be_dev *d);
/* Stop the queues (draining) and the control thread. */
void be_dev_stop(struct be_dev *d);
/* Map the user memory for the bounce region (--umem), sized from sysfs. */
int be_dev_umem_prepare(struct be_dev *d);
/* Deregister user memory, close and VDUSE_DESTROY_DEV; -EBUSY while still attached to vDPA. */
int be_dev_destroy(struct be_dev *d);
/* The JSON stats object, under key (NULL: in an array, or the top level);
 * never blocks. */
struct json;
void be_dev_stats_json(struct be_dev *d, struct json *j, const char *key);

/* vDPA bus attach/detach over generic netlink (what `vdpa dev add/del` does). */
int be_vdpa_add(const char *name);
int be_vdpa_del(const char *name);
bool be_vdpa_attached(const char *name);

#endif
