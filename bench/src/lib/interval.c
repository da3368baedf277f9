// SPDX-License-Identifier: GPL-2.0-only
/*
 * Small-sample confidence intervals (see interval.h): Student's t from the
 * regularized incomplete beta function, the binomial levels of order
 * statistics, and the median, paired-ratio and Welch-ratio intervals.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interval.h"
#include "stats.h"

/*
 * The continued fraction of I_x(a, b) by the modified Lentz method
 * (Numerical Recipes 6.4); it converges fast for x < (a+1)/(a+b+2).
 */
static double beta_cf(double a, double b, double x)
{
	const double tiny = 1e-300;
	double c = 1, d = 1 - (a + b) * x / (a + 1), h, aa, del;
	int m;

	d = 1 / (fabs(d) < tiny ? tiny : d);
	h = d;
	for (m = 1; m <= 1000; m++) {
		aa = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
		d = 1 + aa * d;
		d = 1 / (fabs(d) < tiny ? tiny : d);
		c = 1 + aa / c;
		c = fabs(c) < tiny ? tiny : c;
		h *= d * c;
		aa = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
		d = 1 + aa * d;
		d = 1 / (fabs(d) < tiny ? tiny : d);
		c = 1 + aa / c;
		c = fabs(c) < tiny ? tiny : c;
		del = d * c;
		h *= del;
		if (fabs(del - 1) < 1e-16)
			break;
	}
	return h;
}

/*
 * I_x(a, b), the regularized incomplete beta function. y = 1 - x comes in
 * separately: the t distribution near 0 has x = df/(df+t^2) close to 1,
 * where 1 - x computed here would have lost its digits.
 */
static double beta_inc(double a, double b, double x, double y)
{
	double front;

	if (x <= 0)
		return 0;
	if (y <= 0)
		return 1;
	front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(y));
	if (x < (a + 1) / (a + b + 2))
		return front * beta_cf(a, b, x) / a;
	return 1 - front * beta_cf(b, a, y) / b;
}

/* P(T > t) for t >= 0, kept as a tail so that quantiles near 1 keep their digits. */
static double t_upper(double t, double df)
{
	double t2 = t * t;

	if (isinf(t))
		return 0;
	return 0.5 * beta_inc(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
}

static double t_density(double t, double df)
{
	return exp(lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * M_PI) -
		   (df + 1) / 2 * log1p(t * t / df));
}

double vlab_t_cdf(double t, double df)
{
	double up;

	if (isnan(t) || !(df > 0))
		return NAN;
	up = t_upper(fabs(t), df);
	return t >= 0 ? 1 - up : up;
}

double vlab_t_quantile(double p, double df)
{
	double q, lo = 0, hi = 1, t, next, f;
	int i;

	if (!(p > 0 && p < 1) || !(df > 0))
		return NAN;
	if (p < 0.5)
		return -vlab_t_quantile(1 - p, df);
	if (p == 0.5)
		return 0;
	q = 1 - p; /* solve P(T > t) = q for t > 0 */
	while (t_upper(hi, df) > q) {
		lo = hi;
		hi *= 2;
		if (hi > 1e300)
			return INFINITY;
	}
	/* Newton on the tail, falling back to bisection whenever it leaves [lo, hi] */
	t = (lo + hi) / 2;
	for (i = 0; i < 200; i++) {
		f = t_upper(t, df) - q;
		if (f == 0)
			break;
		if (f > 0)
			lo = t;
		else
			hi = t;
		next = t + f / t_density(t, df);
		if (!(next > lo && next < hi))
			next = (lo + hi) / 2;
		if (fabs(next - t) <= 1e-15 * next || hi - lo <= 1e-15 * hi) {
			t = next;
			break;
		}
		t = next;
	}
	return t;
}

/* P(Binom(n, 1/2) <= j) */
static double binom_half_cdf(size_t n, size_t j)
{
	double sum = 0, term;
	size_t i;

	if (j >= n)
		return 1;
	if (n <= 1000) {
		/* exact but for rounding: 2^-n, then C(n, i+1) = C(n, i) (n-i)/(i+1) */
		term = ldexp(1, -(int)n);
		for (i = 0; i <= j; i++) {
			sum += term;
			term = term * (double)(n - i) / (double)(i + 1);
		}
		return sum;
	}
	for (i = 0; i <= j; i++)
		sum += exp(lgamma(n + 1.0) - lgamma(i + 1.0) - lgamma(n - i + 1.0) - n * M_LN2);
	return sum;
}

double vlab_median_ci_level(size_t n, size_t k)
{
	if (k < 1 || k > n / 2)
		return 0;
	return 1 - 2 * binom_half_cdf(n, k - 1);
}

int vlab_median_ci(const double *v, size_t n, double level, struct vlab_median_ci *out)
{
	double *s;
	size_t k;

	out->est = out->lo = out->hi = NAN;
	out->level = 0;
	out->k = 0;
	out->n = n;
	if (!n)
		return 0;
	s = malloc(n * sizeof(*s));
	if (!s)
		return -ENOMEM;
	memcpy(s, v, n * sizeof(*s));
	vlab_sort(s, n);
	out->est = vlab_median(s, n);
	if (n >= 2) {
		/* the level falls as k grows: take the last k that still reaches it */
		for (k = 1; k + 1 <= n / 2 && vlab_median_ci_level(n, k + 1) >= level; k++)
			;
		out->k = k;
		out->level = vlab_median_ci_level(n, k);
		out->lo = s[k - 1];
		out->hi = s[n - k];
	}
	free(s);
	return 0;
}

static const char *ordinal(size_t i)
{
	if (i % 100 >= 11 && i % 100 <= 13)
		return "th";
	switch (i % 10) {
	case 1: return "st";
	case 2: return "nd";
	case 3: return "rd";
	default: return "th";
	}
}

int vlab_level_text(double level, char *buf, size_t len)
{
	double pct = 100 * level;

	/* rounding must not lift a shortfall to the level asked for, or to certainty */
	if ((level < VLAB_INTERVAL_LEVEL && round(pct) >= 100 * VLAB_INTERVAL_LEVEL) ||
	    (pct < 100 && round(pct) >= 100))
		return snprintf(buf, len, "%.1f%%", floor(pct * 10) / 10);
	return snprintf(buf, len, "%.0f%%", round(pct));
}

int vlab_median_ci_text(const struct vlab_median_ci *ci, char *buf, size_t len)
{
	char lv[16];

	if (ci->n < 2 || !ci->k)
		return snprintf(buf, len, "%s", "");
	vlab_level_text(ci->level, lv, sizeof(lv));
	if (ci->k == 1)
		return snprintf(buf, len, "range of %zu, %s", ci->n, lv);
	return snprintf(buf, len, "%zu%s to %zu%s of %zu, %s", ci->k, ordinal(ci->k),
			ci->n + 1 - ci->k, ordinal(ci->n + 1 - ci->k), ci->n, lv);
}

/*
 * Mean and sample variance of the logs of v[0..n); -1 when a value is not
 * positive and finite (no logarithm, no geometric mean). All values equal
 * give a variance of exactly 0, which summing logs might miss by a rounding.
 */
static int log_moments(const double *v, size_t n, double *mean, double *var)
{
	double sum = 0, ss = 0, d;
	size_t i, same = 1;

	for (i = 0; i < n; i++) {
		if (!(v[i] > 0) || isinf(v[i]))
			return -1;
		same &= v[i] == v[0];
		sum += log(v[i]);
	}
	*mean = same ? log(v[0]) : sum / (double)n;
	for (i = 0; !same && i < n; i++) {
		d = log(v[i]) - *mean;
		ss += d * d;
	}
	*var = n > 1 ? ss / (double)(n - 1) : 0;
	return 0;
}

static void no_ratio(struct vlab_ratio_ci *out)
{
	out->est = out->lo = out->hi = out->df = NAN;
	out->level = 0;
}

void vlab_ratio_paired_ci(const double *r, size_t n, double level, struct vlab_ratio_ci *out)
{
	double m, var, h;

	no_ratio(out);
	if (!n || log_moments(r, n, &m, &var))
		return;
	out->est = exp(m);
	if (n < 2)
		return;
	out->level = level;
	out->df = (double)(n - 1);
	if (var == 0) {
		out->est = out->lo = out->hi = r[0];
		return;
	}
	h = vlab_t_quantile((1 + level) / 2, out->df) * sqrt(var / (double)n);
	out->lo = exp(m - h);
	out->hi = exp(m + h);
}

void vlab_ratio_welch_ci(const double *a, size_t na, const double *b, size_t nb, double level,
			 struct vlab_ratio_ci *out)
{
	double ma, va, mb, vb, ea, eb, se2, h;

	no_ratio(out);
	if (!na || !nb || log_moments(a, na, &ma, &va) || log_moments(b, nb, &mb, &vb))
		return;
	out->est = exp(mb - ma);
	if (na < 2 || nb < 2)
		return;
	out->level = level;
	ea = va / (double)na;
	eb = vb / (double)nb;
	se2 = ea + eb;
	if (se2 == 0) {
		out->lo = out->hi = out->est;
		return;
	}
	/* Welch-Satterthwaite: a side without spread adds nothing to either sum */
	out->df = se2 * se2 / (ea * ea / (double)(na - 1) + eb * eb / (double)(nb - 1));
	h = vlab_t_quantile((1 + level) / 2, out->df) * sqrt(se2);
	out->lo = exp(mb - ma - h);
	out->hi = exp(mb - ma + h);
}

void vlab_mean_paired_ci(const double *d, size_t n, double level, struct vlab_mean_ci *out)
{
	double sum = 0, ss = 0, h;
	size_t i, same = 1;

	out->est = out->lo = out->hi = out->df = NAN;
	out->level = 0;
	out->n = n;
	if (!n)
		return;
	for (i = 0; i < n; i++) {
		same &= d[i] == d[0];
		sum += d[i];
	}
	/* all equal: exactly that value, which a sum might miss by a rounding */
	out->est = same ? d[0] : sum / (double)n;
	if (n < 2)
		return;
	out->level = level;
	out->df = (double)(n - 1);
	for (i = 0; !same && i < n; i++)
		ss += (d[i] - out->est) * (d[i] - out->est);
	h = same ? 0 : vlab_t_quantile((1 + level) / 2, out->df) * sqrt(ss / (double)(n - 1) / (double)n);
	out->lo = out->est - h;
	out->hi = out->est + h;
}

double vlab_cv(const double *v, size_t n)
{
	double sum = 0, ss = 0, mean;
	size_t i;

	if (n < 2)
		return NAN;
	for (i = 0; i < n; i++)
		sum += v[i];
	mean = sum / (double)n;
	for (i = 0; i < n; i++)
		ss += (v[i] - mean) * (v[i] - mean);
	return mean == 0 ? NAN : sqrt(ss / (double)(n - 1)) / mean;
}
