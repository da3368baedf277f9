// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the IOVA table: lookups hit the right region among many
 * (binary search), a range spanning adjacent regions becomes several iovecs,
 * holes, permissions, overflow and too many pieces are refused, overlapping
 * adds are refused, and invalidation removes exactly the overlapping regions.
 */
#include <errno.h>
#include <string.h>

#include "sim.h"

int main(void)
{
	static uint8_t mem[64][4096];
	struct iotlb t;
	struct iovec iov[4];
	int n;

	iotlb_init(&t, -1);
	/* 64 regions of 4 KiB at 1 MiB steps, inserted out of order; odd ones read-only. */
	for (int i = 63; i >= 0; i -= 2)
		CHECK(iotlb_add(&t, (uint64_t)i << 20, ((uint64_t)i << 20) + 4095, mem[i], 0,
				IOTLB_PERM_RO) == 0, "add %d", i);
	for (int i = 0; i < 64; i += 2)
		CHECK(iotlb_add(&t, (uint64_t)i << 20, ((uint64_t)i << 20) + 4095, mem[i], 0,
				IOTLB_PERM_RO | IOTLB_PERM_WO) == 0, "add %d", i);
	CHECK(iotlb_count(&t) == 64, "%u regions", iotlb_count(&t));
	for (int i = 0; i < 64; i++) {
		void *p = iotlb_ptr(&t, ((uint64_t)i << 20) + 100, 8, IOTLB_PERM_RO);

		CHECK(p == mem[i] + 100, "lookup in region %d", i);
	}
	CHECK(iotlb_ptr(&t, (1ull << 20) + 10, 4, IOTLB_PERM_WO) == NULL, "write to a read-only region");
	CHECK(iotlb_translate(&t, (1ull << 20) + 10, 4, IOTLB_PERM_WO, iov, 4) == -EACCES,
	      "read-only region: want -EACCES");
	CHECK(iotlb_translate(&t, (2ull << 20) + 4000, 200, IOTLB_PERM_RO, iov, 4) == -EFAULT,
	      "a range running into a hole: want -EFAULT");
	CHECK(iotlb_translate(&t, UINT64_MAX - 2, 8, IOTLB_PERM_RO, iov, 4) == -EOVERFLOW,
	      "wrapping range: want -EOVERFLOW");
	CHECK(iotlb_add(&t, (5ull << 20) + 4000, (5ull << 20) + 5000, mem[0], 0, 3) == -EEXIST,
	      "overlap accepted");
	CHECK(iotlb_add(&t, 5000, 4000, mem[0], 0, 3) == -EINVAL, "inverted range accepted");

	/* Adjacent regions: one range, two iovecs. */
	CHECK(iotlb_add(&t, (2ull << 20) + 4096, (2ull << 20) + 8191, mem[1], 0, 3) == 0, "adjacent");
	n = iotlb_translate(&t, (2ull << 20) + 4000, 200, IOTLB_PERM_RO, iov, 4);
	CHECK(n == 2, "spanning range: %d iovecs", n);
	CHECK(n == 2 && iov[0].iov_base == mem[2] + 4000 && iov[0].iov_len == 96 &&
	      iov[1].iov_base == mem[1] && iov[1].iov_len == 104, "spanning range pieces");
	CHECK(iotlb_translate(&t, (2ull << 20) + 4000, 200, IOTLB_PERM_RO, iov, 1) == -E2BIG,
	      "too many pieces: want -E2BIG");

	/* Invalidate [3 MiB, 6 MiB + 1]: regions 3, 4, 5 and 6 go. */
	iotlb_invalidate(&t, 3ull << 20, (6ull << 20) + 1);
	CHECK(iotlb_count(&t) == 61, "%u regions after invalidation", iotlb_count(&t));
	for (int i = 0; i < 64; i++) {
		bool gone = i >= 3 && i <= 6;

		CHECK((iotlb_ptr(&t, (uint64_t)i << 20, 1, IOTLB_PERM_RO) == NULL) == gone,
		      "region %d after invalidation", i);
	}
	/* User memory as the bounce region: what mapped [0, 1 MiB) gives way to it. */
	{
		static uint8_t umem[1 << 20];

		CHECK(iotlb_ptr(&t, 0, 1, IOTLB_PERM_RO) == mem[0], "region 0 stands for the fd mapping");
		CHECK(iotlb_set_bounce(&t, umem, 1u << 20) == 0, "set_bounce");
		CHECK(iotlb_ptr(&t, 4096 + 7, 16, IOTLB_PERM_RO | IOTLB_PERM_WO) == umem + 4096 + 7,
		      "bounce IOVA must translate into the user memory");
		CHECK(iotlb_ptr(&t, (1ull << 20) + 10, 4, IOTLB_PERM_RO) == mem[1] + 10,
		      "the region after the bounce region is untouched");
		iotlb_invalidate(&t, 0, UINT64_MAX >> 1);
		CHECK(iotlb_ptr(&t, 0, 1, IOTLB_PERM_RO) == NULL, "invalidated");
		CHECK(t.bounce_host == umem, "the user memory outlives an invalidation");
		CHECK(iotlb_set_bounce(&t, NULL, 0) == 0 && t.bounce_host == NULL, "undo set_bounce");
	}
	iotlb_fini(&t);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: iotlb lookup\n");
	return 0;
}
