// SPDX-License-Identifier: GPL-2.0-only
/*
 * A small seeded random number generator (xoshiro256** seeded through
 * splitmix64, both by Blackman and Vigna) so that a recorded seed reproduces
 * a benchmark order exactly, on any machine and libc.
 */
#ifndef VLAB_RNG_H
#define VLAB_RNG_H

#include <stddef.h>
#include <stdint.h>

struct vlab_rng {
	uint64_t s[4];
};

/* One splitmix64 step: advances *state and returns the next output. */
uint64_t vlab_splitmix64(uint64_t *state);

void vlab_rng_seed(struct vlab_rng *rng, uint64_t seed);
uint64_t vlab_rng_next(struct vlab_rng *rng);
/* Uniform in [0, bound) without modulo bias; bound must be > 0. */
uint64_t vlab_rng_below(struct vlab_rng *rng, uint64_t bound);
/* Fisher-Yates shuffle of v[0..n). */
void vlab_rng_shuffle(struct vlab_rng *rng, size_t *v, size_t n);

#endif
