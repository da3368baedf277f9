// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the zero target: reads return zeroes (also into a buffer
 * that held other bytes, and after a write), writes, FLUSH, DISCARD and
 * WRITE_ZEROES succeed and change nothing, a request beyond the disk is
 * still refused by the request checks (IOERR), and a read into an
 * unmapped buffer fails only that request.
 */
#include <stdlib.h>
#include <string.h>

#include "sim.h"

#define DISK (1u << 20)

static struct sim s;

/* A read of n bytes at sector into a buffer filled with 0x5a: all zero after. */
static void read_zeroes(uint64_t sector, uint32_t n, const char *what)
{
	uint64_t data, st = sim_req(&s, 0, VIRTIO_BLK_T_IN, sector, n, true, &data);
	uint8_t *p = sim_host(&s, data);

	memset(p, 0x5a, n);
	sim_expect(&s, 0, st, n + 1, VIRTIO_BLK_S_OK, what);
	for (uint32_t i = 0; i < n; i++)
		if (p[i]) {
			CHECK(0, "%s: byte %u is 0x%02x, not zero", what, i, p[i]);
			break;
		}
}

int main(void)
{
	uint64_t st, data;

	if (sim_init(&s, 16, &zero_ops, DISK, true, true)) {
		printf("FAIL: sim_init\n");
		return 1;
	}
	CHECK(s.tgt.geom.capacity == DISK / 512, "capacity %llu sectors",
	      (unsigned long long)s.tgt.geom.capacity);
	read_zeroes(0, 4096, "read 4 KiB at 0");
	st = sim_req(&s, 0, VIRTIO_BLK_T_OUT, 8, 4096, false, &data);
	memset(sim_host(&s, data), 0xab, 4096);
	sim_expect(&s, 0, st, 1, VIRTIO_BLK_S_OK, "write 4 KiB at sector 8");
	read_zeroes(8, 4096, "read back what was written");
	read_zeroes(DISK / 512 - 1, 512, "read the last sector");
	st = sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	sim_expect(&s, 0, st, 1, VIRTIO_BLK_S_OK, "flush");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, DISK / 512, 512, true, NULL);
	sim_expect(&s, 0, st, 1, VIRTIO_BLK_S_IOERR, "read beyond the disk");
	/* data at an IOVA nothing maps: the request fails, the queue serves on */
	sim_desc(&s, 0, sim_alloc(&s, 16), 16, VRING_DESC_F_NEXT, 1);
	sim_desc(&s, 1, 0x1000, 512, VRING_DESC_F_NEXT | VRING_DESC_F_WRITE, 2);
	st = sim_alloc(&s, 1);
	sim_desc(&s, 2, st, 1, VRING_DESC_F_WRITE, 0);
	sim_expect(&s, 0, st, 1, VIRTIO_BLK_S_IOERR, "read into unmapped memory");
	read_zeroes(0, 512, "read after the failed one");
	sim_fini(&s);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: zero target\n");
	return 0;
}
