// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: virtio-blk request checks on a RAM target: reads and writes
 * move the right bytes; a short header, a missing or unmapped status byte,
 * data in the wrong direction, a partial sector, a range beyond the disk, an
 * unmapped data buffer, a write to a read-only disk, an unknown type and bad
 * DISCARD/WRITE_ZEROES ranges are each finished with IOERR or UNSUPP (or,
 * with no status byte, length 0); GET_ID, FLUSH, DISCARD and WRITE_ZEROES work.
 */
#include <stdlib.h>
#include <string.h>

#include "sim.h"

#define F_NEXT VRING_DESC_F_NEXT
#define F_WRITE VRING_DESC_F_WRITE
#define DISK (1u << 20)

static struct sim s;

static void setup(bool ro)
{
	if (sim_init(&s, 16, &ram_ops, DISK, true, true)) {
		printf("FAIL: sim_init\n");
		exit(1);
	}
	s.tgt.geom.ro = ro;
}

/* Post head, run, and check the used element and the status byte. */
static void expect(uint16_t head, uint64_t st, uint32_t want_len, int want_status,
		   const char *what)
{
	sim_expect(&s, head, st, want_len, want_status, what);
	CHECK(s.q.inflight == 0 && s.q.nfree == s.num, "%s: slots leaked", what);
}

static void rw_roundtrip(void)
{
	uint64_t st, data;
	uint8_t *p;

	st = sim_req(&s, 0, VIRTIO_BLK_T_OUT, 8, 4096, false, &data);
	p = sim_host(&s, data);
	for (int i = 0; i < 4096; i++)
		p[i] = (uint8_t)(i * 7 + 1);
	expect(0, st, 1, VIRTIO_BLK_S_OK, "write 4 KiB at sector 8");
	st = sim_req(&s, 3, VIRTIO_BLK_T_IN, 8, 4096, true, &data);
	expect(3, st, 4097, VIRTIO_BLK_S_OK, "read it back");
	p = sim_host(&s, data);
	for (int i = 0; i < 4096; i++)
		if (p[i] != (uint8_t)(i * 7 + 1)) {
			CHECK(0, "read back byte %d is %u", i, p[i]);
			break;
		}
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, DISK / 512 - 1, 512, true, NULL);
	expect(0, st, 513, VIRTIO_BLK_S_OK, "read the last sector");
}

static void header_short(void)
{
	uint64_t st = sim_alloc(&s, 1);

	sim_desc(&s, 0, sim_alloc(&s, 8), 8, F_NEXT, 1);
	sim_desc(&s, 1, st, 1, F_WRITE, 0);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "8-byte header");
	CHECK(s.q.st.err[BLK_ERR_HDR] == 1, "header errors not counted");
}

static void header_split(void)
{
	uint64_t h = sim_alloc(&s, 16), st = sim_alloc(&s, 1), d = sim_alloc(&s, 512);
	struct virtio_blk_outhdr *hp = sim_host(&s, h);

	hp->type = VIRTIO_BLK_T_IN;
	hp->sector = 1;
	sim_desc(&s, 0, h, 5, F_NEXT, 1); /* the header in two pieces is legal */
	sim_desc(&s, 1, h + 5, 11, F_NEXT, 2);
	sim_desc(&s, 2, d, 512, F_NEXT | F_WRITE, 3);
	sim_desc(&s, 3, st, 1, F_WRITE, 0);
	expect(0, st, 513, VIRTIO_BLK_S_OK, "header split over two descriptors");
}

static void status_missing(void)
{
	uint64_t h = sim_alloc(&s, 16);

	((struct virtio_blk_outhdr *)sim_host(&s, h))->type = VIRTIO_BLK_T_FLUSH;
	sim_desc(&s, 0, h, 16, 0, 0); /* no writable byte at all */
	expect(0, 0, 0, -1, "no status byte");
	CHECK(s.q.st.err[BLK_ERR_STATUS] == 1, "status errors not counted");
	/* A zero-length writable descriptor is no status byte either. */
	sim_desc(&s, 0, h, 16, F_NEXT, 1);
	sim_desc(&s, 1, sim_alloc(&s, 1), 0, F_WRITE, 0);
	expect(0, 0, 0, -1, "zero-length status");
}

static void status_unmapped(void)
{
	uint64_t h = sim_alloc(&s, 16);

	sim_desc(&s, 0, h, 16, F_NEXT, 1);
	sim_desc(&s, 1, 0x1000, 1, F_WRITE, 0);
	expect(0, 0, 0, -1, "status byte not mapped");
	CHECK(s.q.st.err[BLK_ERR_MAP] == 1, "map errors not counted");
}

static void wrong_direction(void)
{
	uint64_t st;

	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, false, NULL); /* readable data on IN */
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "IN with device-readable data");
	st = sim_req(&s, 0, VIRTIO_BLK_T_OUT, 0, 512, true, NULL); /* writable data on OUT */
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "OUT with device-writable data");
	st = sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 512, true, NULL);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "FLUSH with data");
	CHECK(s.q.st.err[BLK_ERR_DIR] == 3, "direction errors %llu",
	      (unsigned long long)s.q.st.err[BLK_ERR_DIR]);
}

static void bad_ranges(void)
{
	uint64_t st;

	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 100, true, NULL);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "partial sector");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, DISK / 512, 512, true, NULL);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "read past the end");
	st = sim_req(&s, 0, VIRTIO_BLK_T_OUT, DISK / 512 - 1, 1024, false, NULL);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "write straddling the end");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, UINT64_MAX - 1, 1024, true, NULL);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "sector that overflows");
}

static void data_unmapped(void)
{
	uint64_t h = sim_alloc(&s, 16), st = sim_alloc(&s, 1);

	((struct virtio_blk_outhdr *)sim_host(&s, h))->type = VIRTIO_BLK_T_IN;
	sim_desc(&s, 0, h, 16, F_NEXT, 1);
	sim_desc(&s, 1, SIM_BASE + SIM_MEM - 256, 512, F_NEXT | F_WRITE, 2); /* runs off the map */
	sim_desc(&s, 2, st, 1, F_WRITE, 0);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "data running past the mapping");
}

static void types(void)
{
	uint64_t st, data;

	st = sim_req(&s, 0, 0x42, 0, 0, false, NULL);
	expect(0, st, 1, VIRTIO_BLK_S_UNSUPP, "unknown type");
	st = sim_req(&s, 0, VIRTIO_BLK_T_FLUSH, 0, 0, false, NULL);
	expect(0, st, 1, VIRTIO_BLK_S_OK, "flush");
	st = sim_req(&s, 0, VIRTIO_BLK_T_GET_ID, 0, VIRTIO_BLK_ID_BYTES, true, &data);
	expect(0, st, VIRTIO_BLK_ID_BYTES + 1, VIRTIO_BLK_S_OK, "GET_ID");
	CHECK(!memcmp(sim_host(&s, data), "sim-serial", 11), "serial '%.20s'",
	      (char *)sim_host(&s, data));
}

static uint64_t range_req(uint16_t first, uint32_t type, uint64_t sector, uint32_t n,
			  uint32_t flags)
{
	uint64_t st, data;
	struct virtio_blk_discard_write_zeroes *r;

	st = sim_req(&s, first, type, 0, sizeof(*r), false, &data);
	r = sim_host(&s, data);
	r->sector = sector;
	r->num_sectors = n;
	r->flags = flags;
	return st;
}

static void discard_zeroes(void)
{
	uint64_t st, data;
	uint8_t *p;

	st = sim_req(&s, 0, VIRTIO_BLK_T_OUT, 16, 8192, false, &data);
	memset(sim_host(&s, data), 0xab, 8192);
	expect(0, st, 1, VIRTIO_BLK_S_OK, "fill sectors 16-31");
	st = range_req(0, VIRTIO_BLK_T_WRITE_ZEROES, 17, 9, VIRTIO_BLK_WRITE_ZEROES_FLAG_UNMAP);
	expect(0, st, 1, VIRTIO_BLK_S_OK, "write zeroes 17-25");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 16, 8192, true, &data);
	expect(0, st, 8193, VIRTIO_BLK_S_OK, "read 16-31 back");
	p = sim_host(&s, data);
	CHECK(p[0] == 0xab && p[511] == 0xab, "sector 16 changed");
	CHECK(p[512] == 0 && p[26 * 512 - 16 * 512 - 1] == 0, "sectors 17-25 not zero");
	CHECK(p[26 * 512 - 16 * 512] == 0xab, "sector 26 changed");
	st = range_req(0, VIRTIO_BLK_T_DISCARD, 0, 8, 1);
	expect(0, st, 1, VIRTIO_BLK_S_UNSUPP, "discard with a flag");
	st = range_req(0, VIRTIO_BLK_T_WRITE_ZEROES, 0, 8, 2);
	expect(0, st, 1, VIRTIO_BLK_S_UNSUPP, "write zeroes with an unknown flag");
	st = range_req(0, VIRTIO_BLK_T_DISCARD, DISK / 512 - 4, 8, 0);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "discard past the end");
	st = sim_req(&s, 0, VIRTIO_BLK_T_DISCARD, 0, 24, false, NULL);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "discard payload not a whole range");
}

static void read_only(void)
{
	uint64_t st = sim_req(&s, 0, VIRTIO_BLK_T_OUT, 0, 512, false, NULL);

	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "write to a read-only disk");
	st = range_req(0, VIRTIO_BLK_T_WRITE_ZEROES, 0, 8, 0);
	expect(0, st, 1, VIRTIO_BLK_S_IOERR, "write zeroes on a read-only disk");
	CHECK(s.q.st.err[BLK_ERR_RO] == 2, "read-only errors not counted");
	st = sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	expect(0, st, 513, VIRTIO_BLK_S_OK, "read from a read-only disk");
}

int main(void)
{
	setup(false);
	rw_roundtrip();
	header_short();
	header_split();
	status_missing();
	status_unmapped();
	wrong_direction();
	bad_ranges();
	data_unmapped();
	types();
	discard_zeroes();
	sim_fini(&s);
	setup(true);
	read_only();
	sim_fini(&s);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: request checks\n");
	return 0;
}
