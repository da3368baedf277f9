/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The inflight log (--reconnect): for each queue, which heads were taken
 * from the avail ring and not yet returned to the guest, in a file on
 * /dev/shm mapped shared, so that it outlives a daemon killed at any
 * instruction and the next one resubmits exactly those requests.
 *
 * The protocol follows QEMU's libvduse (vduse_queue_inflight_get, _pre_put,
 * _post_put, vduse_queue_check_inflights), itself after vhost-user's
 * inflight I/O tracking, adapted to batches: we publish many completions
 * with one used->idx store, so a head returned but not yet published is
 * marked PUSHED, and the log's copy of used->idx tells, after a crash,
 * whether the batch of PUSHED heads reached the guest (drop them) or not
 * (replay them). The crash windows and what recovery does in each:
 *
 *   taken, not logged       avail slot not counted as taken: taken again
 *   logged TAKEN, taken++   not yet stored: the head's seq + 1 is the count
 *   used entry written      head still TAKEN: replayed, the entry rewritten
 *   PUSHED, not published   used->idx == log used_idx: replayed
 *   used->idx published     used->idx != log used_idx: PUSHED heads done
 *   states cleared, not     the same: nothing PUSHED left; used_idx caught up
 *     the log's used_idx
 *
 * A replayed request runs twice at the target (a read, or a write of the
 * same data to the same place: the guest has not seen it finish, so it
 * cannot have reused the buffer or written there since) but is completed to
 * the guest once. Only the queue thread writes its queue's part; the
 * control thread writes the header. A kill stops a thread between two
 * instructions and every store it made is in the shared page cache, so
 * program order (a signal fence, for the compiler) is the only order that
 * matters here. A machine crash is not covered (nothing here is durable).
 */
#ifndef BE_INFLIGHT_H
#define BE_INFLIGHT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "virtq.h"

#define BE_IFL_MAGIC 0x314c464b4c424456ull /* "VDBLKFL1" */
#define BE_IFL_VERSION 1
#define BE_IFL_NAME_MAX 64

enum be_ifl_state { BE_IFL_FREE = 0, BE_IFL_TAKEN = 1, BE_IFL_PUSHED = 2 };

struct be_ifl_desc {
	uint64_t seq; /* the taken count when it was taken: replay order */
	uint8_t state; /* enum be_ifl_state */
	uint8_t pad[7];
};

struct be_ifl_vq {
	uint64_t taken;    /* avail entries consumed since DRIVER_OK, never wraps */
	uint16_t used_idx; /* used->idx as of the last publish fully logged */
	uint16_t num;      /* ring size; 0: the queue was not started */
	uint32_t pad;
	struct be_ifl_desc desc[VQ_MAX_SIZE];
};

/* What the first daemon served: a reconnecting one must serve the same. */
struct be_ifl_hdr {
	uint64_t magic;
	uint32_t version, nq;
	uint32_t queue_size, blk_size;
	uint64_t capacity, features; /* sectors; the features offered */
	char name[BE_IFL_NAME_MAX];
	uint32_t started;    /* DRIVER_OK answered and no reset since */
	uint32_t generation; /* daemons that served the device: 1 + reconnects */
};

struct be_ifl {
	struct be_ifl_hdr hdr;
	struct be_ifl_vq vq[];
};

/* What recovering one queue found (be_ifl_vq_recover). */
struct be_ifl_recovery {
	unsigned int replay;          /* requests to resubmit */
	unsigned int pushed_done;     /* returned in a batch the guest had seen */
	unsigned int pushed_replayed; /* returned in a batch never published */
};

/* /dev/shm/vduse-blkd.NAME.inflight */
void be_ifl_path(char *buf, size_t n, const char *name);
/*
 * Create the log for a new device (an old file of that name is replaced),
 * or, reconnecting, open the existing one and check that it describes the
 * device want does (else -ESTALE and why says what differs). 0 or -errno.
 */
int be_ifl_open(struct be_ifl **out, const struct be_ifl_hdr *want, bool reconnect, char *why,
		size_t n);
/* Unmap; with forget (a clean teardown), remove the file too. */
void be_ifl_close(struct be_ifl *l, bool forget);

/* A queue started at DRIVER_OK: nothing in flight; log r from now on. */
void be_ifl_vq_start(struct be_ifl_vq *v, struct vq_ring *r);
/*
 * A queue found running by a reconnecting daemon, r set up on its rings:
 * settle the batch that was being published, and set r to go on where the
 * dead daemon stopped, its requests in flight queued for replay (in the
 * order they were taken). -EINVAL if the log cannot describe this ring.
 */
int be_ifl_vq_recover(struct be_ifl_vq *v, struct vq_ring *r, struct be_ifl_recovery *out);
/* A reset: the queue's requests are gone with the driver's. */
void be_ifl_vq_reset(struct be_ifl_vq *v);

#endif
