// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: guest buffers in memory that faults on access (as an
 * unbacked VDUSE bounce page does: SIGBUS through our mmap) fail only their
 * request: a header, data (read or write), an indirect table or a status
 * byte there gives IOERR or length 0, and the queue goes on serving.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sim.h"

#define BAD 0x70000000ull /* IOVA of a page beyond the end of a memfd: SIGBUS */

static struct sim s;

int main(void)
{
	int fd = memfd_create("be-fault", 0);
	uint8_t *p;
	uint64_t st, h;

	if (fd < 0 || ftruncate(fd, 4096))
		return 4;
	/* Two pages mapped, one backed: touching the second raises SIGBUS. */
	p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED)
		return 4;
	if (sim_init(&s, 16, &ram_ops, 1 << 20, false, true))
		return 1;
	iotlb_add(&s.tlb, BAD - 4096, BAD + 4095, p, 0, IOTLB_PERM_RO | IOTLB_PERM_WO);

	st = sim_req(&s, 0, VIRTIO_BLK_T_OUT, 0, 512, false, NULL);
	s.desc[1].addr = BAD;
	sim_expect(&s, 0, st, 1, VIRTIO_BLK_S_IOERR, "write from a faulting buffer");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	s.desc[1].addr = BAD + 512;
	sim_expect(&s, 0, st, 1, VIRTIO_BLK_S_IOERR, "read into a faulting buffer");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	s.desc[0].addr = BAD + 1024;
	sim_expect(&s, 0, st, 1, VIRTIO_BLK_S_IOERR, "header in faulting memory");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	s.desc[2].addr = BAD + 2000;
	sim_expect(&s, 0, st, 0, -1, "status byte in faulting memory");
	sim_desc(&s, 0, BAD + 64, 48, VRING_DESC_F_INDIRECT, 0);
	sim_expect(&s, 0, 0, 0, -1, "indirect table in faulting memory");
	h = sim_alloc(&s, 16);
	(void)h;
	st = sim_req(&s, 0, VIRTIO_BLK_T_GET_ID, 0, 20, true, NULL);
	s.desc[1].addr = BAD + 3000;
	sim_expect(&s, 0, st, 1, VIRTIO_BLK_S_IOERR, "GET_ID into faulting memory");
	/* Backed page of the same mapping, then ordinary memory: all well. */
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	s.desc[1].addr = BAD - 4096;
	sim_expect(&s, 0, st, 513, VIRTIO_BLK_S_OK, "read into the backed page");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	sim_expect(&s, 0, st, 513, VIRTIO_BLK_S_OK, "ordinary read afterwards");
	CHECK(s.q.inflight == 0 && s.q.nfree == s.num, "slots leaked");
	sim_fini(&s);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: faulting guest memory\n");
	return 0;
}
