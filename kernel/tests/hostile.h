/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The hostile backend (vduse-hostile): a VDUSE virtio-blk device served by
 * a program that misbehaves on purpose, to show that the driver survives an
 * untrusted daemon. What its parts share: the device, the seeded PRNG, the
 * round log and the calls between the message thread (hostile-msg.c), the
 * ring server (hostile-ring.c) and the abuse rounds (hostile-rounds.c).
 */
#ifndef HOSTILE_H
#define HOSTILE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <linux/vduse.h>
#include <linux/virtio_ring.h>

#define HOSTILE_QSIZE 64	/* the ring size offered (VQ_SETUP max_size) */
#define HOSTILE_SECTORS 131072	/* a 64 MiB null disk */
#define HOSTILE_MAPS 16		/* IOVA regions mapped for serving */

/* How the message thread answers the control messages of one cycle. */
enum msg_policy {
	MSG_OK,		/* every message answered right away */
	MSG_WRONG_ID,	/* a reply to an id never sent first, then the right one */
	MSG_WRONG_RESULT, /* FAILED for the statuses before DRIVER_OK */
	MSG_LATE,	/* each reply late, but within msg_timeout */
	MSG_DOUBLE,	/* each reply written twice */
	MSG_NO_REPLY,	/* one status message left unanswered: device broken */
	MSG_POLICIES
};

/* The used-ring faults that break the guest's virtqueue (virtio_ring's
 * BAD_RING); sent only while the guest has nothing in flight. */
enum ring_break {
	BREAK_ID_RANGE,	/* an id at or beyond the ring size */
	BREAK_ID_IDLE,	/* an id in range that is not in flight */
	BREAK_DUP,	/* the last completed id again */
	BREAK_IDX_FWD,	/* used->idx moved forward over stale entries */
	BREAK_IDX_BACK,	/* used->idx moved backward */
	BREAKS
};

struct hmap {
	uint64_t start, last;
	uint8_t *host;
	size_t len;
};

struct hostile {
	const char *name;
	int ctl, devfd;
	uint32_t msg_timeout;
	bool ours;		/* the module has VDUSE_VQ_INJECT_IRQS */
	const char *quiet;	/* quiesce handshake file (--quiesce) */

	/* message thread */
	pthread_t msg_thread;
	uint64_t msg_rs;	/* the message thread's own PRNG state */
	atomic_bool msg_stop;
	atomic_int policy;	/* enum msg_policy of this cycle */
	atomic_int no_reply_in;	/* MSG_NO_REPLY: messages answered before the silent one */
	atomic_bool driver_ok, broken;
	atomic_uint msgs, replies_bad, early_refused, early_taken;

	/* ring server: the rings of queue 0 while DRIVER_OK */
	pthread_mutex_t ring_lock;
	pthread_t ring_thread;
	bool ring_running;
	atomic_bool ring_stop;
	int kickfd;
	uint32_t num;
	struct vring_desc *desc;
	struct vring_avail *avail;
	struct vring_used *used;
	uint16_t last_avail, used_idx;
	uint32_t last_id;	/* the last id completed (BREAK_DUP) */
	atomic_int len_garbage;	/* completions left with a wrong length */
	struct hmap maps[HOSTILE_MAPS];
	unsigned int nmaps;
	atomic_ulong served, injects;

	/* IOTLB fds and mappings kept on purpose across resets */
	int held_fd[32];
	unsigned int nheld;
};

/* The PRNG: xorshift64*, seeded by --seed, one stream for the whole run
 * (the message and ring threads draw only from rnd_r with their own
 * state, so that the main thread's sequence does not depend on timing). */
uint64_t rnd_r(uint64_t *s);
uint64_t rnd(void);
uint32_t rnd_below(uint32_t n);
void rnd_seed(uint64_t seed);

/* One line per round: "hostile: cycle C round KIND: ...". */
void hlog(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
double now_s(void);
void sleep_ms(unsigned int ms);

int msg_start(struct hostile *h);
void msg_stop(struct hostile *h);
const char *msg_policy_name(int p);

int ring_start(struct hostile *h);	/* at DRIVER_OK */
void ring_stop(struct hostile *h);	/* at reset */
int ring_break(struct hostile *h, enum ring_break kind, bool drain);
const char *ring_break_name(int k);

/* The abuse rounds that run while the guest does I/O. */
int rounds_count(void);
const char *round_name(int r);
void round_run(struct hostile *h, int r);
void rounds_pre_ok(struct hostile *h);	/* injections before DRIVER_OK */
void rounds_release_held(struct hostile *h);

/* Our module's choice knobs at random (none on stock): before the first
 * attach of a device they take, after it they must all be refused. */
void knobs_randomize(struct hostile *h, bool attached);

#endif
