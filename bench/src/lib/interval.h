// SPDX-License-Identifier: GPL-2.0-only
/*
 * Confidence intervals that keep their stated level at the 3 to 10
 * repetitions a benchmark point has. A percentile bootstrap of the median
 * collapses there to [min, max], which covers the median only 75% (n=3) or
 * 93.75% (n=5) of the time whatever it is labelled; so:
 *
 * - the median gets the distribution-free order-statistic interval, exact
 *   for any continuous distribution, reported with the level it achieves
 *   (which with n < 6 is below the level asked for);
 * - a ratio gets a t interval on the logarithms: throughput and latency are
 *   positive and multiplicative, their logs close to normal, and a t
 *   interval is exact for normal data at any n >= 2. Paired when the two
 *   sides ran in the same block (per-repetition ratios), Welch when they
 *   did not (two runs);
 * - a difference (a cost over a floor, which may be near 0 or negative,
 *   so no logarithm) gets the paired t interval on the per-block
 *   differences themselves, exact when they are normal.
 *
 * Pure functions, no RNG: the same data always give the same interval.
 */
#ifndef VLAB_INTERVAL_H
#define VLAB_INTERVAL_H

#include <stddef.h>

/* The level every interval of vduse-lab asks for. */
#define VLAB_INTERVAL_LEVEL 0.95

/* [x_(k), x_(n+1-k)] of the sorted values around their median. */
struct vlab_median_ci {
	double est;	/* the median; NAN without values */
	double lo, hi;	/* x_(k), x_(n+1-k); NAN when n < 2 */
	double level;	/* its achieved confidence; 0 when n < 2 */
	size_t k;	/* 1: the whole range; 0 when n < 2 */
	size_t n;
};

/* A ratio (B over A) with its t interval on the logs. */
struct vlab_ratio_ci {
	double est;	/* geometric mean ratio; NAN without data or with a value <= 0 */
	double lo, hi;	/* NAN when a side has fewer than 2 values; est, est without spread */
	double level;	/* the level asked for, or 0 without interval */
	double df;	/* of the t quantile; NAN without interval, or Welch without spread */
};

/* A mean of paired differences with its t interval. */
struct vlab_mean_ci {
	double est;	/* the mean; NAN without values */
	double lo, hi;	/* NAN when n < 2; est, est without spread */
	double level;	/* the level asked for, or 0 without interval */
	double df;	/* n - 1; NAN without interval */
	size_t n;
};

/* P(T <= t) for Student's t with df > 0 degrees of freedom (any real df). */
double vlab_t_cdf(double t, double df);

/* The p quantile (0 < p < 1) of Student's t with df > 0; NAN outside. */
double vlab_t_quantile(double p, double df);

/*
 * Confidence of [x_(k), x_(n+1-k)] for the median of a continuous
 * distribution: 1 - 2 P(Binom(n, 1/2) <= k-1). 0 unless 1 <= k <= n/2.
 */
double vlab_median_ci_level(size_t n, size_t k);

/*
 * The median of v[0..n) (any order, no NANs; v is not changed) and the
 * order-statistic interval with the largest k whose confidence is at least
 * level; when even the range (k = 1) falls short, the range with the level
 * it achieves. -ENOMEM, else 0.
 */
int vlab_median_ci(const double *v, size_t n, double level, struct vlab_median_ci *out);

/*
 * "range of 5, 94%" or "2nd to 9th of 10, 98%": which order statistics and
 * the achieved level, never rounded up to the level asked for when it falls
 * short of it; "" when there is no interval. Returns what snprintf returns.
 */
int vlab_median_ci_text(const struct vlab_median_ci *ci, char *buf, size_t len);

/*
 * "75%", "94%", "98%": a level in whole percent, but with one decimal, cut
 * rather than rounded, where rounding would carry it up to
 * VLAB_INTERVAL_LEVEL or to 100% (0.9497 is "94.9%", 0.9998 "99.9%").
 */
int vlab_level_text(double level, char *buf, size_t len);

/*
 * Ratios r[0..n) of a configuration to its baseline, each formed within
 * one block (paired): exp(mean(log r)) with exp(mean +- t(n-1) s / sqrt(n)).
 */
void vlab_ratio_paired_ci(const double *r, size_t n, double level, struct vlab_ratio_ci *out);

/*
 * b over a without pairing (two runs): the ratio of geometric means with
 * Welch's t interval on the logs (Welch-Satterthwaite degrees of freedom).
 */
void vlab_ratio_welch_ci(const double *a, size_t na, const double *b, size_t nb, double level,
			 struct vlab_ratio_ci *out);

/*
 * Differences d[0..n) of a configuration to a floor, each formed within one
 * block (paired): mean(d) +- t(n-1) s / sqrt(n). NAN values are not allowed.
 */
void vlab_mean_paired_ci(const double *d, size_t n, double level, struct vlab_mean_ci *out);

/* Sample standard deviation over mean of v[0..n); NAN when n < 2 or the mean is 0. */
double vlab_cv(const double *v, size_t n);

#endif
