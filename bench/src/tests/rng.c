// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the seeded RNG reproduces the reference outputs of
 * splitmix64 (state 0: e220a8397b1dcdaf, 6e789e6aa1b965f4, 06c45d188009454f)
 * and xoshiro256** (state 1,2,3,4: 11520, 0, 1509978240, 1215971899390074240),
 * as given by the reference C code at prng.di.unimi.it; bounded draws stay in
 * range; a shuffle is a permutation that the same seed reproduces.
 */
#include <string.h>

#include "rng.h"
#include "testutil.h"

static void test_reference_outputs(void)
{
	uint64_t state = 0;
	struct vlab_rng rng = { .s = { 1, 2, 3, 4 } };

	CHECK(vlab_splitmix64(&state) == 0xe220a8397b1dcdafULL, "splitmix64 #1");
	CHECK(vlab_splitmix64(&state) == 0x6e789e6aa1b965f4ULL, "splitmix64 #2");
	CHECK(vlab_splitmix64(&state) == 0x06c45d188009454fULL, "splitmix64 #3");
	CHECK(vlab_rng_next(&rng) == 11520, "xoshiro #1");
	CHECK(vlab_rng_next(&rng) == 0, "xoshiro #2");
	CHECK(vlab_rng_next(&rng) == 1509978240ULL, "xoshiro #3");
	CHECK(vlab_rng_next(&rng) == 1215971899390074240ULL, "xoshiro #4");
}

static void test_below(void)
{
	struct vlab_rng rng;
	int seen[3] = { 0 }, i;
	uint64_t x;

	vlab_rng_seed(&rng, 1);
	for (i = 0; i < 3000; i++) {
		x = vlab_rng_below(&rng, 3);
		CHECK(x < 3, "below(3) gave %llu", (unsigned long long)x);
		if (x < 3)
			seen[x]++;
	}
	/* each residue should come up about 1000 times; 800 is far outside chance */
	CHECK(seen[0] > 800 && seen[1] > 800 && seen[2] > 800, "counts %d %d %d", seen[0],
	      seen[1], seen[2]);
	CHECK(vlab_rng_below(&rng, 1) == 0, "below(1)");
}

static void shuffled(uint64_t seed, size_t *v, size_t n)
{
	struct vlab_rng rng;
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = i;
	vlab_rng_seed(&rng, seed);
	vlab_rng_shuffle(&rng, v, n);
}

static void test_shuffle(void)
{
	size_t a[20], b[20], c[20], i, count[20] = { 0 };

	shuffled(42, a, 20);
	shuffled(42, b, 20);
	shuffled(43, c, 20);
	for (i = 0; i < 20; i++)
		count[a[i]]++;
	for (i = 0; i < 20; i++)
		CHECK(count[i] == 1, "value %zu appears %zu times", i, count[i]);
	CHECK(!memcmp(a, b, sizeof(a)), "same seed, different order");
	/* 20! orders: two seeds agreeing would be a broken generator */
	CHECK(memcmp(a, c, sizeof(a)), "different seeds, same order");
}

int main(void)
{
	test_reference_outputs();
	test_below();
	test_shuffle();
	return tu_result("rng");
}
