// SPDX-License-Identifier: GPL-2.0-only
/*
 * Seeded RNG (see rng.h), after the reference code at
 * https://prng.di.unimi.it/ (splitmix64.c, xoshiro256starstar.c).
 */
#include "rng.h"

uint64_t vlab_splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

void vlab_rng_seed(struct vlab_rng *rng, uint64_t seed)
{
	int i;

	/* splitmix64 spreads any seed, even 0, over the whole state */
	for (i = 0; i < 4; i++)
		rng->s[i] = vlab_splitmix64(&seed);
}

uint64_t vlab_rng_next(struct vlab_rng *rng)
{
	uint64_t *s = rng->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

uint64_t vlab_rng_below(struct vlab_rng *rng, uint64_t bound)
{
	/* reject the low values that would make some residues more likely */
	uint64_t threshold = -bound % bound;
	uint64_t x;

	do
		x = vlab_rng_next(rng);
	while (x < threshold);
	return x % bound;
}

void vlab_rng_shuffle(struct vlab_rng *rng, size_t *v, size_t n)
{
	size_t i, j, t;

	for (i = n; i > 1; i--) {
		j = (size_t)vlab_rng_below(rng, i);
		t = v[i - 1];
		v[i - 1] = v[j];
		v[j] = t;
	}
}
