// SPDX-License-Identifier: GPL-2.0-only
/* The synthetic ring of sim.h: the driver's side of a split virtqueue. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sim.h"

int failures;

struct be_io *held[64];
int nheld;

static int hold_init(struct be_target *t)
{
	t->geom.capacity = 2048;
	return 0;
}

static int hold_io(struct be_tq *q, struct be_io *io)
{
	(void)q;
	held[nheld++] = io;
	return 0;
}

static int hold_reap(struct be_tq *q)
{
	(void)q;
	return 0;
}

const struct be_ops hold_ops = {
	.name = "hold", .init = hold_init, .queue_io = hold_io, .reap = hold_reap,
};

int sim_init(struct sim *s, uint16_t num, const struct be_ops *ops, uint64_t ram_size,
	     bool event_idx, bool indirect)
{
	struct be_queue_opts qo = { .poll_us = 0, .batch = num, .cpu = -1 };
	int ret;

	memset(s, 0, sizeof(*s));
	s->memfd = memfd_create("sim", MFD_CLOEXEC);
	if (s->memfd < 0 || ftruncate(s->memfd, SIM_MEM))
		return -1;
	s->mem = mmap(NULL, SIM_MEM, PROT_READ | PROT_WRITE, MAP_SHARED, s->memfd, 0);
	if (s->mem == MAP_FAILED)
		return -1;
	iotlb_init(&s->tlb, -1);
	iotlb_add(&s->tlb, SIM_BASE, SIM_BASE + SIM_MEM - 1, s->mem, 0,
		  IOTLB_PERM_RO | IOTLB_PERM_WO);
	s->num = num;
	s->desc_iova = sim_alloc(s, 16u * num);
	s->avail_iova = sim_alloc(s, 6u + 2u * num);
	s->used_iova = sim_alloc(s, 6u + 8u * num);
	s->desc = sim_host(s, s->desc_iova);
	s->avail = sim_host(s, s->avail_iova);
	s->used = sim_host(s, s->used_iova);
	s->tgt.ops = ops;
	s->tgt.o.size = ram_size;
	s->tgt.geom.blk_size = 512;
	memcpy(s->tgt.geom.serial, "sim-serial", 10);
	ret = ops->init(&s->tgt);
	if (ret)
		return ret;
	/* What be_dev_create offers on a real device. */
	s->tgt.geom.max_discard_sectors = s->tgt.geom.discard ? 1u << 22 : 0;
	s->tgt.geom.max_wz_sectors = s->tgt.geom.write_zeroes ? 1u << 22 : 0;
	vq_init(&s->q.vq, num, NULL, NULL, NULL, &s->tlb, event_idx, indirect);
	if (vq_map(&s->q.vq, s->desc_iova, s->avail_iova, s->used_iova))
		return -1;
	s->q.kickfd = -1;
	return be_queue_init(&s->q, &s->tgt, &s->tlb, -1, &qo);
}

void sim_fini(struct sim *s)
{
	be_queue_fini(&s->q);
	if (s->tgt.ops->cleanup)
		s->tgt.ops->cleanup(&s->tgt);
	iotlb_fini(&s->tlb);
	munmap(s->mem, SIM_MEM);
	close(s->memfd);
}

uint64_t sim_alloc(struct sim *s, size_t len)
{
	uint64_t iova;

	s->brk = (s->brk + 63) & ~(size_t)63;
	if (s->brk + len > SIM_MEM) {
		fprintf(stderr, "sim: out of memory\n");
		exit(1);
	}
	iova = SIM_BASE + s->brk;
	memset(s->mem + s->brk, 0, len);
	s->brk += len;
	return iova;
}

void *sim_host(struct sim *s, uint64_t iova)
{
	return s->mem + (iova - SIM_BASE);
}

void sim_desc(struct sim *s, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags,
	      uint16_t next)
{
	s->desc[i] = (struct vring_desc){ addr, len, flags, next };
}

void sim_post(struct sim *s, uint16_t head)
{
	s->avail->ring[s->avail_idx % s->num] = head;
	__atomic_store_n(&s->avail->idx, ++s->avail_idx, __ATOMIC_RELEASE);
}

int sim_run(struct sim *s)
{
	return be_queue_poll_once(&s->q);
}

int sim_used(struct sim *s, uint16_t *id, uint32_t *len)
{
	if (s->used_seen == __atomic_load_n(&s->used->idx, __ATOMIC_ACQUIRE))
		return 0;
	*id = s->used->ring[s->used_seen % s->num].id;
	*len = s->used->ring[s->used_seen % s->num].len;
	s->used_seen++;
	return 1;
}

uint64_t sim_req(struct sim *s, uint16_t first, uint32_t type, uint64_t sector,
		 uint32_t datalen, bool data_write, uint64_t *data)
{
	uint64_t hdr = sim_alloc(s, 16), st = sim_alloc(s, 1);
	struct virtio_blk_outhdr *h = sim_host(s, hdr);
	uint16_t i = first;

	h->type = type;
	h->sector = sector;
	*(uint8_t *)sim_host(s, st) = 0xff;
	if (datalen) {
		uint64_t d = sim_alloc(s, datalen);

		if (data)
			*data = d;
		sim_desc(s, i, hdr, 16, VRING_DESC_F_NEXT, i + 1);
		i++;
		sim_desc(s, i, d, datalen, VRING_DESC_F_NEXT | (data_write ? VRING_DESC_F_WRITE : 0),
			 i + 1);
	} else {
		sim_desc(s, i, hdr, 16, VRING_DESC_F_NEXT, i + 1);
	}
	i++;
	sim_desc(s, i, st, 1, VRING_DESC_F_WRITE, 0);
	return st;
}

uint8_t sim_status(struct sim *s, uint64_t status_iova)
{
	return *(uint8_t *)sim_host(s, status_iova);
}

void sim_expect(struct sim *s, uint16_t head, uint64_t st, uint32_t want_len, int want_status,
		const char *what)
{
	uint16_t id = 0;
	uint32_t len = 0;

	sim_post(s, head);
	sim_run(s);
	CHECK(sim_used(s, &id, &len) == 1, "%s: nothing in the used ring", what);
	CHECK(id == head && len == want_len, "%s: used id %u len %u, want %u len %u", what, id,
	      len, head, want_len);
	if (want_status >= 0)
		CHECK(sim_status(s, st) == want_status, "%s: status %u, want %d", what,
		      sim_status(s, st), want_status);
}
