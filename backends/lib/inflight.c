// SPDX-License-Identifier: GPL-2.0-only
/*
 * The inflight log's file and its recovery (the protocol is in inflight.h;
 * the stores on the data path are in virtq.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "inflight.h"

static size_t log_size(uint32_t nq)
{
	return sizeof(struct be_ifl) + (size_t)nq * sizeof(struct be_ifl_vq);
}

void be_ifl_path(char *buf, size_t n, const char *name)
{
	snprintf(buf, n, "/dev/shm/vduse-blkd.%s.inflight", name);
}

/* The first field of the log that differs from want, said in why. */
static int check_hdr(const struct be_ifl_hdr *h, const struct be_ifl_hdr *want, char *why,
		     size_t n)
{
	if (h->magic != BE_IFL_MAGIC || h->version != BE_IFL_VERSION)
		return snprintf(why, n, "not an inflight log of version %u", BE_IFL_VERSION), -ESTALE;
	if (strncmp(h->name, want->name, sizeof(h->name)))
		return snprintf(why, n, "it is for device '%.63s'", h->name), -ESTALE;
#define SAME(f, opt)                                                                         \
	if (h->f != want->f)                                                                 \
		return snprintf(why, n, "the device was created with %s %llu, this daemon has %llu", \
				opt, (unsigned long long)h->f, (unsigned long long)want->f),   \
		       -ESTALE;
	SAME(nq, "--queues")
	SAME(queue_size, "--queue-size")
	SAME(blk_size, "--blk-size")
	SAME(capacity, "a capacity in sectors (--size) of")
	SAME(features, "feature bits (target, --read-only) of")
#undef SAME
	return 0;
}

int be_ifl_open(struct be_ifl **out, const struct be_ifl_hdr *want, bool reconnect, char *why,
		size_t n)
{
	size_t size = log_size(want->nq);
	char path[BE_IFL_NAME_MAX + 40];
	struct be_ifl *l = MAP_FAILED;
	struct stat st;
	int fd, ret;

	be_ifl_path(path, sizeof(path), want->name);
	fd = open(path, O_RDWR | O_CLOEXEC | (reconnect ? 0 : O_CREAT | O_TRUNC), 0600);
	if (fd < 0) {
		ret = -errno;
		snprintf(why, n, "%s: %s%s", path, strerror(errno),
			 reconnect && errno == ENOENT ? " (the first daemon creates it)" : "");
		return ret;
	}
	if (reconnect) {
		struct be_ifl_hdr h;

		/* The header first: it says what differs in the options' words. */
		if (pread(fd, &h, sizeof(h), 0) != (ssize_t)sizeof(h)) {
			ret = -ESTALE;
			snprintf(why, n, "%s: too short for a header", path);
			goto out;
		}
		ret = check_hdr(&h, want, why, n);
		if (ret)
			goto out;
	}
	if (reconnect ? fstat(fd, &st) : ftruncate(fd, size)) {
		ret = -errno;
		snprintf(why, n, "%s: %s", path, strerror(errno));
		goto out;
	}
	if (reconnect && (size_t)st.st_size != size) {
		ret = -ESTALE;
		snprintf(why, n, "%s: %lld bytes, a log for %u queue(s) has %zu", path,
			 (long long)st.st_size, want->nq, size);
		goto out;
	}
	l = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (l == MAP_FAILED) {
		ret = -errno;
		snprintf(why, n, "%s: mmap: %s", path, strerror(errno));
		goto out;
	}
	if (reconnect) {
		l->hdr.generation++;
	} else {
		l->hdr = *want; /* the file is new and zeroed: no queue started */
		l->hdr.magic = BE_IFL_MAGIC;
		l->hdr.version = BE_IFL_VERSION;
		l->hdr.started = 0;
		l->hdr.generation = 1;
	}
	*out = l;
	ret = 0;
out:
	close(fd);
	return ret;
}

void be_ifl_close(struct be_ifl *l, bool forget)
{
	char path[BE_IFL_NAME_MAX + 40];

	if (!l)
		return;
	be_ifl_path(path, sizeof(path), l->hdr.name);
	munmap(l, log_size(l->hdr.nq));
	if (forget)
		unlink(path);
}

void be_ifl_vq_start(struct be_ifl_vq *v, struct vq_ring *r)
{
	v->num = 0; /* a kill in here finds a queue never started */
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	memset(v->desc, 0, sizeof(v->desc));
	v->taken = r->seq = r->last_avail;
	v->used_idx = r->published = r->used_idx;
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	v->num = r->num;
	r->log = v;
}

void be_ifl_vq_reset(struct be_ifl_vq *v)
{
	v->num = 0;
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	memset(v->desc, 0, sizeof(v->desc));
}

struct replay {
	uint64_t seq;
	uint16_t head;
};

static int by_seq(const void *a, const void *b)
{
	const struct replay *x = a, *y = b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int be_ifl_vq_recover(struct be_ifl_vq *v, struct vq_ring *r, struct be_ifl_recovery *out)
{
	uint16_t used = __atomic_load_n(&r->used->idx, __ATOMIC_ACQUIRE);
	bool seen = used != v->used_idx; /* the PUSHED batch was published */
	struct replay *list;
	uint64_t taken = v->taken;
	unsigned int n = 0;

	memset(out, 0, sizeof(*out));
	if (v->num != r->num)
		return -EINVAL; /* never started (or for another ring): nothing to go on */
	/* One batch at most is published ahead of the log, and a batch holds
	 * at most what the ring does. */
	if ((uint16_t)(used - v->used_idx) > r->num)
		return -EINVAL;
	list = malloc(r->num * sizeof(*list));
	if (!list)
		return -ENOMEM;
	for (uint16_t i = 0; i < r->num; i++) {
		struct be_ifl_desc *d = &v->desc[i];

		if (d->state == BE_IFL_PUSHED) {
			if (seen)
				out->pushed_done++;
			else
				out->pushed_replayed++;
			d->state = seen ? BE_IFL_FREE : BE_IFL_TAKEN;
		}
		if (d->state == BE_IFL_FREE)
			continue;
		if (d->state != BE_IFL_TAKEN) {
			free(list);
			return -EINVAL;
		}
		list[n++] = (struct replay){ d->seq, i };
		if (d->seq + 1 > taken)
			taken = d->seq + 1; /* killed between the head and the count */
	}
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	v->taken = taken;
	v->used_idx = used;
	qsort(list, n, sizeof(*list), by_seq);
	for (unsigned int i = 0; i < n; i++)
		r->replay[i] = list[i].head;
	free(list);
	r->nreplay = n;
	r->replay_next = 0;
	r->seq = taken;
	r->last_avail = (uint16_t)taken;
	r->used_idx = r->published = used;
	r->log = v;
	out->replay = n;
	return 0;
}
