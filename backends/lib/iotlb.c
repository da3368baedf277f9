// SPDX-License-Identifier: GPL-2.0-only
/*
 * IOVA translation table: sorted disjoint intervals with binary search, and
 * lazy fetching of missing regions from the VDUSE device (one mmap per
 * region, kept until invalidated, so the 64 MiB bounce region is mapped once).
 * Readers (queue threads) only load the current snapshot: a reader-writer
 * lock here cost about 40% of the per-request CPU time on a null target.
 * Replaced snapshots are kept until iotlb_reclaim, which the control thread
 * calls at reset, once every queue thread has stopped.
 */
#include "iotlb.h"

#include <errno.h>
#include <linux/vduse.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

static struct iotlb_snap *snap(struct iotlb *t)
{
	return __atomic_load_n(&t->cur, __ATOMIC_ACQUIRE);
}

int iotlb_init(struct iotlb *t, int devfd)
{
	memset(t, 0, sizeof(*t));
	t->devfd = devfd;
	t->cur = calloc(1, sizeof(*t->cur));
	if (!t->cur)
		return -ENOMEM;
	return -pthread_mutex_init(&t->lock, NULL);
}

void iotlb_reclaim(struct iotlb *t)
{
	pthread_mutex_lock(&t->lock);
	for (unsigned int i = 0; i < t->nretired; i++)
		free(t->retired[i]);
	t->nretired = 0;
	pthread_mutex_unlock(&t->lock);
}

void iotlb_fini(struct iotlb *t)
{
	if (!t->cur)
		return;
	iotlb_invalidate(t, 0, UINT64_MAX);
	iotlb_reclaim(t);
	free(t->retired);
	free(t->cur);
	t->cur = NULL;
	pthread_mutex_destroy(&t->lock);
}

unsigned int iotlb_count(struct iotlb *t)
{
	return snap(t)->n;
}

/* Index of the first region whose last >= iova (n if none). */
static unsigned int find(const struct iotlb_snap *s, uint64_t iova)
{
	unsigned int lo = 0, hi = s->n;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (s->maps[mid].last < iova)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Publish next in place of the current snapshot. Lock held. */
static int publish(struct iotlb *t, struct iotlb_snap *next)
{
	if (t->nretired == t->capretired) {
		unsigned int cap = t->capretired ? 2 * t->capretired : 8;
		struct iotlb_snap **r = realloc(t->retired, cap * sizeof(*r));

		if (!r) {
			free(next);
			return -ENOMEM;
		}
		t->retired = r;
		t->capretired = cap;
	}
	t->retired[t->nretired++] = t->cur;
	__atomic_store_n(&t->cur, next, __ATOMIC_RELEASE);
	return 0;
}

static int add_locked(struct iotlb *t, uint64_t start, uint64_t last, void *host,
		      size_t mlen, uint8_t perm)
{
	struct iotlb_snap *s = t->cur, *next;
	unsigned int i;
	int ret;

	if (last < start)
		return -EINVAL;
	i = find(s, start);
	if (i < s->n && s->maps[i].start <= last)
		return -EEXIST; /* overlaps region i */
	next = malloc(sizeof(*next) + (s->n + 1) * sizeof(next->maps[0]));
	if (!next)
		return -ENOMEM;
	next->n = s->n + 1;
	memcpy(next->maps, s->maps, i * sizeof(s->maps[0]));
	next->maps[i] = (struct iotlb_map){ start, last, host, mlen, perm };
	memcpy(&next->maps[i + 1], &s->maps[i], (s->n - i) * sizeof(s->maps[0]));
	ret = publish(t, next);
	if (!ret)
		t->nr_maps++;
	return ret;
}

int iotlb_add(struct iotlb *t, uint64_t start, uint64_t last, void *host,
	      size_t mlen, uint8_t perm)
{
	int ret;

	pthread_mutex_lock(&t->lock);
	ret = add_locked(t, start, last, host, mlen, perm);
	pthread_mutex_unlock(&t->lock);
	return ret;
}

static void invalidate_locked(struct iotlb *t, uint64_t start, uint64_t last)
{
	struct iotlb_snap *s = t->cur, *next;
	unsigned int i, j;

	i = find(s, start);
	for (j = i; j < s->n && s->maps[j].start <= last; j++)
		;
	if (j == i)
		return;
	next = malloc(sizeof(*next) + (s->n - (j - i)) * sizeof(next->maps[0]));
	if (!next)
		return; /* keep the old mappings: stale but never dangling */
	next->n = s->n - (j - i);
	memcpy(next->maps, s->maps, i * sizeof(s->maps[0]));
	memcpy(&next->maps[i], &s->maps[j], (s->n - j) * sizeof(s->maps[0]));
	if (publish(t, next))
		return;
	for (unsigned int k = i; k < j; k++) {
		if (s->maps[k].mlen)
			munmap(s->maps[k].host, s->maps[k].mlen);
		t->nr_unmaps++;
	}
}

bool iotlb_overlaps(struct iotlb *t, uint64_t start, uint64_t last)
{
	const struct iotlb_snap *s;
	unsigned int i;
	bool hit;

	pthread_mutex_lock(&t->lock);
	s = t->cur;
	i = find(s, start);
	hit = i < s->n && s->maps[i].start <= last;
	pthread_mutex_unlock(&t->lock);
	return hit;
}

void iotlb_invalidate(struct iotlb *t, uint64_t start, uint64_t last)
{
	pthread_mutex_lock(&t->lock);
	invalidate_locked(t, start, last);
	pthread_mutex_unlock(&t->lock);
}

int iotlb_set_bounce(struct iotlb *t, void *host, uint64_t size)
{
	uint64_t old = t->bounce_size;
	int ret = 0;

	pthread_mutex_lock(&t->lock);
	if (old)
		invalidate_locked(t, 0, old - 1);
	if (size)
		invalidate_locked(t, 0, size - 1);
	t->bounce_host = host;
	t->bounce_size = host ? size : 0;
	if (host && size)
		ret = add_locked(t, 0, size - 1, host, 0, IOTLB_PERM_RO | IOTLB_PERM_WO);
	pthread_mutex_unlock(&t->lock);
	return ret;
}

/* Ask the kernel for the region holding iova and map it. Lock held. */
static int fetch_locked(struct iotlb *t, uint64_t iova)
{
	struct vduse_iotlb_entry e = { .start = iova, .last = iova };
	int fd, prot = 0, ret;
	size_t len;
	void *p;

	t->nr_faults++;
	if (t->devfd < 0)
		return -EFAULT;
	fd = ioctl(t->devfd, VDUSE_IOTLB_GET_FD, &e);
	if (fd < 0)
		return -EFAULT;
	ret = -EFAULT;
	if (e.last < e.start || e.start > iova || e.last < iova ||
	    e.last - e.start >= SIZE_MAX)
		goto out;
	if (t->bounce_host && e.start == 0 && e.last == t->bounce_size - 1) {
		/* the bounce region, backed by our registered memory (umem.c) */
		ret = add_locked(t, e.start, e.last, t->bounce_host, 0, e.perm);
		goto out;
	}
	if (e.perm & VDUSE_ACCESS_RO)
		prot |= PROT_READ;
	if (e.perm & VDUSE_ACCESS_WO)
		prot |= PROT_WRITE;
	len = e.last - e.start + 1;
	p = mmap(NULL, len, prot, MAP_SHARED, fd, e.offset);
	if (p == MAP_FAILED) {
		ret = -errno;
		goto out;
	}
	ret = add_locked(t, e.start, e.last, p, len, e.perm);
	if (ret)
		munmap(p, len);
out:
	close(fd);
	return ret;
}

/* Region holding iova, fetching it on a miss. */
static const struct iotlb_map *lookup(struct iotlb *t, uint64_t iova)
{
	const struct iotlb_snap *s = snap(t);
	unsigned int i = find(s, iova);

	if (i < s->n && s->maps[i].start <= iova)
		return &s->maps[i];
	if (t->devfd < 0)
		return NULL;
	pthread_mutex_lock(&t->lock);
	s = t->cur; /* a racing miss may have fetched it already */
	i = find(s, iova);
	if (!(i < s->n && s->maps[i].start <= iova) && fetch_locked(t, iova))
		t->nr_fail++;
	pthread_mutex_unlock(&t->lock);
	s = snap(t);
	i = find(s, iova);
	if (i < s->n && s->maps[i].start <= iova)
		return &s->maps[i];
	return NULL;
}

int iotlb_translate(struct iotlb *t, uint64_t iova, uint64_t len, uint8_t perm,
		    struct iovec *iov, int max)
{
	int n = 0;

	if (len && iova + len - 1 < iova)
		return -EOVERFLOW;
	while (len) {
		const struct iotlb_map *m = lookup(t, iova);
		uint64_t chunk;

		if (!m)
			return -EFAULT;
		if ((m->perm & perm) != perm)
			return -EACCES;
		if (n == max)
			return -E2BIG;
		chunk = m->last - iova + 1; /* m->last >= iova */
		if (chunk == 0 || chunk > len) /* chunk == 0: region ends at UINT64_MAX */
			chunk = len;
		iov[n].iov_base = m->host + (iova - m->start);
		iov[n].iov_len = chunk;
		n++;
		iova += chunk;
		len -= chunk;
	}
	return n;
}

void *iotlb_ptr(struct iotlb *t, uint64_t iova, uint64_t len, uint8_t perm)
{
	struct iovec iov;

	if (len == 0 || iotlb_translate(t, iova, len, perm, &iov, 1) != 1)
		return NULL;
	return iov.iov_base;
}
