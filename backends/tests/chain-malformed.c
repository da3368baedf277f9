// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: malformed descriptor chains (loops, next out of range, a chain
 * longer than its table, wrong direction order, INDIRECT misuse, too many
 * segments, an unmapped indirect table) are each returned in the used ring
 * with length 0, and the queue then serves a good request normally.
 */
#include <string.h>

#include "sim.h"

#define F_NEXT VRING_DESC_F_NEXT
#define F_WRITE VRING_DESC_F_WRITE
#define F_IND VRING_DESC_F_INDIRECT

/* After the bad chain at head, a good read at descriptor 8 must still work. */
static void expect_bad_then_good(struct sim *s, uint16_t head, const char *what)
{
	uint64_t st;
	uint16_t id;
	uint32_t len;

	sim_post(s, head);
	sim_run(s);
	CHECK(sim_used(s, &id, &len) == 1, "%s: no used element", what);
	CHECK(id == head && len == 0, "%s: used id %u len %u, want %u len 0", what, id, len, head);
	CHECK(s->q.st.err[BLK_ERR_CHAIN] == 1, "%s: chain errors %llu", what,
	      (unsigned long long)s->q.st.err[BLK_ERR_CHAIN]);
	st = sim_req(s, 8, VIRTIO_BLK_T_IN, 0, 512, true, NULL);
	sim_post(s, 8);
	sim_run(s);
	CHECK(sim_used(s, &id, &len) == 1 && id == 8 && len == 513,
	      "%s: the good request after it: id %u len %u", what, id, len);
	CHECK(sim_status(s, st) == VIRTIO_BLK_S_OK, "%s: good status %u", what, sim_status(s, st));
	CHECK(s->q.inflight == 0 && s->q.nfree == s->num, "%s: slots leaked", what);
}

static void with_sim(void (*fn)(struct sim *), const char *what, bool indirect)
{
	struct sim s;

	if (sim_init(&s, 16, &null_ops, 1 << 20, false, indirect)) {
		printf("FAIL %s: sim_init\n", what);
		failures++;
		return;
	}
	fn(&s);
	sim_fini(&s);
}

static void loop_direct(struct sim *s)
{
	uint64_t h = sim_alloc(s, 16);

	sim_desc(s, 0, h, 16, F_NEXT, 1);
	sim_desc(s, 1, h, 16, F_NEXT, 0); /* back to 0 */
	expect_bad_then_good(s, 0, "direct loop");
}

static void self_loop(struct sim *s)
{
	sim_desc(s, 3, sim_alloc(s, 16), 16, F_NEXT, 3);
	expect_bad_then_good(s, 3, "self loop");
}

static void next_out_of_range(struct sim *s)
{
	sim_desc(s, 0, sim_alloc(s, 16), 16, F_NEXT, 16);
	expect_bad_then_good(s, 0, "next out of range");
}

static void read_after_write(struct sim *s)
{
	sim_desc(s, 0, sim_alloc(s, 16), 16, F_NEXT, 1);
	sim_desc(s, 1, sim_alloc(s, 512), 512, F_NEXT | F_WRITE, 2);
	sim_desc(s, 2, sim_alloc(s, 512), 512, F_NEXT, 3); /* readable after writable */
	sim_desc(s, 3, sim_alloc(s, 1), 1, F_WRITE, 0);
	expect_bad_then_good(s, 0, "readable after writable");
}

static void indirect_not_negotiated(struct sim *s)
{
	uint64_t t = sim_alloc(s, 48);

	sim_desc(s, 0, t, 48, F_IND, 0);
	expect_bad_then_good(s, 0, "INDIRECT without the feature");
}

/* An indirect table at desc 0 holding a request built by sim_req's layout. */
static uint64_t ind_table(struct sim *s, unsigned int n)
{
	return sim_alloc(s, 16u * n);
}

static void indirect_loop(struct sim *s)
{
	uint64_t t = ind_table(s, 2);
	struct vring_desc *d = sim_host(s, t);

	d[0] = (struct vring_desc){ sim_alloc(s, 16), 16, F_NEXT, 1 };
	d[1] = (struct vring_desc){ sim_alloc(s, 16), 16, F_NEXT, 0 };
	sim_desc(s, 0, t, 32, F_IND, 0);
	expect_bad_then_good(s, 0, "loop inside an indirect table");
}

static void indirect_nested(struct sim *s)
{
	uint64_t t = ind_table(s, 1), t2 = ind_table(s, 1);
	struct vring_desc *d = sim_host(s, t);

	d[0] = (struct vring_desc){ t2, 16, F_IND, 0 };
	sim_desc(s, 0, t, 16, F_IND, 0);
	expect_bad_then_good(s, 0, "nested indirect table");
}

static void indirect_with_next(struct sim *s)
{
	uint64_t t = ind_table(s, 1);

	sim_desc(s, 0, t, 16, F_IND | F_NEXT, 1);
	sim_desc(s, 1, sim_alloc(s, 1), 1, F_WRITE, 0);
	expect_bad_then_good(s, 0, "INDIRECT with NEXT");
}

static void indirect_bad_len(struct sim *s)
{
	sim_desc(s, 0, ind_table(s, 2), 24, F_IND, 0);
	expect_bad_then_good(s, 0, "indirect length not a multiple of 16");
}

static void indirect_zero_len(struct sim *s)
{
	sim_desc(s, 0, ind_table(s, 1), 0, F_IND, 0);
	expect_bad_then_good(s, 0, "indirect length 0");
}

static void indirect_next_out_of_range(struct sim *s)
{
	uint64_t t = ind_table(s, 2);
	struct vring_desc *d = sim_host(s, t);

	d[0] = (struct vring_desc){ sim_alloc(s, 16), 16, F_NEXT, 2 };
	sim_desc(s, 0, t, 32, F_IND, 0);
	expect_bad_then_good(s, 0, "indirect next beyond the table");
}

static void indirect_unmapped(struct sim *s)
{
	sim_desc(s, 0, 0xdead0000ull, 32, F_IND, 0);
	expect_bad_then_good(s, 0, "indirect table not mapped");
}

static void too_many_segments(struct sim *s)
{
	unsigned int n = VQ_MAX_SEGS + 2;
	uint64_t t = ind_table(s, n);
	struct vring_desc *d = sim_host(s, t);
	uint64_t buf = sim_alloc(s, 512);

	d[0] = (struct vring_desc){ sim_alloc(s, 16), 16, F_NEXT, 1 };
	for (unsigned int i = 1; i < n - 1; i++)
		d[i] = (struct vring_desc){ buf, 512, F_NEXT | F_WRITE, i + 1 };
	d[n - 1] = (struct vring_desc){ sim_alloc(s, 1), 1, F_WRITE, 0 };
	sim_desc(s, 0, t, 16 * n, F_IND, 0);
	expect_bad_then_good(s, 0, "more segments than VQ_MAX_SEGS");
}

static void good_indirect(struct sim *s)
{
	uint64_t t = ind_table(s, 3), hdr = sim_alloc(s, 16), data = sim_alloc(s, 1024);
	uint64_t st = sim_alloc(s, 1);
	struct vring_desc *d = sim_host(s, t);
	struct virtio_blk_outhdr *h = sim_host(s, hdr);
	uint16_t id;
	uint32_t len;

	h->type = VIRTIO_BLK_T_IN;
	h->sector = 2;
	d[0] = (struct vring_desc){ hdr, 16, F_NEXT, 2 }; /* order by next, not position */
	d[2] = (struct vring_desc){ data, 1024, F_NEXT | F_WRITE, 1 };
	d[1] = (struct vring_desc){ st, 1, F_WRITE, 0 };
	sim_desc(s, 5, t, 48, F_IND, 0);
	sim_post(s, 5);
	sim_run(s);
	CHECK(sim_used(s, &id, &len) == 1 && id == 5 && len == 1025,
	      "good indirect: id %u len %u", id, len);
	CHECK(sim_status(s, st) == VIRTIO_BLK_S_OK, "good indirect status %u", sim_status(s, st));
}

int main(void)
{
	with_sim(loop_direct, "direct loop", false);
	with_sim(self_loop, "self loop", false);
	with_sim(next_out_of_range, "next out of range", false);
	with_sim(read_after_write, "readable after writable", false);
	with_sim(indirect_not_negotiated, "indirect not negotiated", false);
	with_sim(indirect_loop, "indirect loop", true);
	with_sim(indirect_nested, "nested indirect", true);
	with_sim(indirect_with_next, "indirect with next", true);
	with_sim(indirect_bad_len, "indirect bad length", true);
	with_sim(indirect_zero_len, "indirect zero length", true);
	with_sim(indirect_next_out_of_range, "indirect next out of range", true);
	with_sim(indirect_unmapped, "indirect unmapped", true);
	with_sim(too_many_segments, "too many segments", true);
	with_sim(good_indirect, "good indirect", true);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: malformed chains\n");
	return 0;
}
