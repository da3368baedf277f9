/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * IOVA -> host address translation for one VDUSE device. Regions come from
 * VDUSE_IOTLB_GET_FD + mmap (fetched on the first miss, each mapped once) or,
 * in unit tests, from plain memory. Lookup is a binary search over a sorted
 * array of disjoint intervals: O(log n), unlike libvduse's linear scan, and
 * lock-free: writers publish a new snapshot (copy on write), which is cheap
 * because the table changes only a few times per device start.
 */
#ifndef BE_IOTLB_H
#define BE_IOTLB_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/uio.h>

#define IOTLB_PERM_RO 0x1 /* the device may read: VDUSE_ACCESS_RO */
#define IOTLB_PERM_WO 0x2 /* the device may write: VDUSE_ACCESS_WO */

struct iotlb_map {
	uint64_t start, last; /* IOVA interval, inclusive */
	uint8_t *host;        /* host address of start */
	size_t mlen;          /* length to munmap, 0 if not ours to unmap */
	uint8_t perm;
};

/* An immutable, sorted, disjoint set of regions: readers take no lock. */
struct iotlb_snap {
	unsigned int n;
	struct iotlb_map maps[];
};

struct iotlb {
	struct iotlb_snap *cur;    /* published with release, read with acquire */
	pthread_mutex_t lock;      /* writers: fetch on a miss, add, invalidate */
	struct iotlb_snap **retired; /* replaced snapshots a reader may still use */
	unsigned int nretired, capretired;
	int devfd; /* /dev/vduse/NAME, or -1: never fetch (tests) */
	/* Registered user memory backing the bounce region [0, bounce_size), or NULL. */
	uint8_t *bounce_host;
	uint64_t bounce_size;
	/* Counters, written under the lock, read racily for stats. */
	uint64_t nr_maps, nr_unmaps, nr_faults, nr_fail;
};

int iotlb_init(struct iotlb *t, int devfd);
void iotlb_fini(struct iotlb *t);
/* Add [start, last] backed by host memory; mlen > 0 means munmap on removal. */
int iotlb_add(struct iotlb *t, uint64_t start, uint64_t last, void *host,
	      size_t mlen, uint8_t perm);
/* Drop (and munmap) every region overlapping [start, last]. */
void iotlb_invalidate(struct iotlb *t, uint64_t start, uint64_t last);
/*
 * The bounce region [0, size) is backed by host (VDUSE_IOTLB_REG_UMEM) from
 * now on: drop (munmap) whatever maps it and map it to host; a later fetch
 * of that region maps host again instead of the iotlb fd. host NULL: undo.
 * Only while no thread translates into the bounce region (queues paused).
 */
int iotlb_set_bounce(struct iotlb *t, void *host, uint64_t size);
/*
 * Whether a region we hold overlaps [start, last]. Under the writers' lock:
 * a fetch in progress either is in the answer or maps what the kernel
 * holds after the caller's update.
 */
bool iotlb_overlaps(struct iotlb *t, uint64_t start, uint64_t last);
/* Free replaced snapshots; only when no thread is translating (queues stopped). */
void iotlb_reclaim(struct iotlb *t);
unsigned int iotlb_count(struct iotlb *t);
/*
 * Translate [iova, iova + len) needing perm into at most max iovecs (a range
 * may span regions). Returns the number of iovecs, or -EFAULT (unmapped),
 * -EACCES (permission), -E2BIG (more than max pieces), -EOVERFLOW.
 */
int iotlb_translate(struct iotlb *t, uint64_t iova, uint64_t len, uint8_t perm,
		    struct iovec *iov, int max);
/* A contiguous host pointer for [iova, iova + len), or NULL. For ring parts. */
void *iotlb_ptr(struct iotlb *t, uint64_t iova, uint64_t len, uint8_t perm);

#endif
