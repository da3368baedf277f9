// SPDX-License-Identifier: GPL-2.0-only
/*
 * libFuzzer target for everything the guest controls: the fuzz input is the
 * guest memory (descriptor table, avail ring, indirect tables, headers,
 * data), mapped at IOVA 0. A queue with a RAM target serves it. Beyond the
 * sanitizers' checks it asserts the core promise: every request taken from
 * the ring is returned in the used ring exactly once, no slot leaks.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "queue.h"

#define MEM (64u * 1024)
#define NUM 16

static uint8_t mem[MEM] __attribute__((aligned(4096)));
static struct be_target tgt;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct be_queue_opts qo = { .poll_us = 0, .batch = NUM, .cpu = -1 };
	struct be_queue q;
	struct iotlb t;
	uint8_t flags = size ? data[0] : 0;

	if (!tgt.ops) {
		tgt.ops = &ram_ops;
		tgt.o.size = 1 << 20;
		tgt.geom.blk_size = 512;
		if (ram_ops.init(&tgt))
			abort();
		tgt.geom.max_discard_sectors = tgt.geom.max_wz_sectors = 1 << 22;
	}
	tgt.geom.ro = flags & 4;
	memset(mem, 0, sizeof(mem));
	memcpy(mem, data + (size ? 1 : 0), size > MEM ? MEM : (size ? size - 1 : 0));
	iotlb_init(&t, -1);
	/* The first 60 KiB readable and writable; the last 4 KiB read-only. */
	iotlb_add(&t, 0, MEM - 4097, mem, 0, IOTLB_PERM_RO | IOTLB_PERM_WO);
	iotlb_add(&t, MEM - 4096, MEM - 1, mem + MEM - 4096, 0, IOTLB_PERM_RO);
	memset(&q, 0, sizeof(q));
	/* desc at 0, avail at 0x100, used at 0x200 (all inside the input). */
	vq_init(&q.vq, NUM, mem, mem + 0x100, mem + 0x200, &t, flags & 1, flags & 2);
	q.vq.last_avail = q.vq.used_idx = 0;
	((struct vring_used *)(mem + 0x200))->idx = 0;
	q.kickfd = -1;
	if (be_queue_init(&q, &tgt, &t, -1, &qo))
		abort();
	for (int i = 0; i < 4; i++)
		be_queue_poll_once(&q);
	if (q.inflight || q.nfree != NUM)
		abort(); /* a request lost, or a slot leaked */
	if (q.vq.used_idx != (uint16_t)q.st.reqs)
		abort(); /* every request taken is returned exactly once */
	be_queue_fini(&q);
	iotlb_fini(&t);
	return 0;
}
