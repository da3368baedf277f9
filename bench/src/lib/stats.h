// SPDX-License-Identifier: GPL-2.0-only
/*
 * Order statistics over the handful of repetitions a benchmark point has.
 * Medians and ranges rather than means: a single disturbed repetition must
 * not move the headline figure.
 */
#ifndef VLAB_STATS_H
#define VLAB_STATS_H

#include <stddef.h>

/* Sort ascending; the functions below take sorted arrays. NANs must be left out. */
void vlab_sort(double *v, size_t n);

/*
 * p-th percentile (0..100) by linear interpolation between closest ranks
 * (Hyndman & Fan type 7, the default of R and numpy), so the 50th is the
 * usual median. NAN for an empty array or p outside 0..100.
 */
double vlab_percentile(const double *sorted, size_t n, double p);
double vlab_median(const double *sorted, size_t n);
double vlab_min(const double *sorted, size_t n);
double vlab_max(const double *sorted, size_t n);

#endif
