// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: lib/floorcost.c and vlab_mean_paired_ci on made-up data with
 * figures worked out by hand: repetitions paired by number whatever their
 * order, a repetition one side lacks or has no figure for left out; the
 * cost over the floor is the mean of the paired differences with the t
 * interval on them (t(0.975, 2) = 4.302653); the cost ratio is the
 * geometric mean of the per-repetition cost ratios with the t interval on
 * their logs, and none when a cost is not positive; one pair has no
 * interval, equal pairs a zero-width one; guest ns to instructions at
 * 2^shift ns each.
 */
#include <math.h>

#include "floorcost.h"
#include "testutil.h"

#define TOL 1e-9

static const struct vlab_repval cell[] = { { 3, 108 }, { 1, 110 }, { 2, 112.5 }, { 4, NAN } };
static const struct vlab_repval floor_[] = { { 2, 10.5 }, { 1, 10 }, { 5, 99 }, { 3, 11 },
					     { 4, 12 } };
/* the reference (stock + qsd) and its floor: costs 200, 202, 198 at reps 1, 2, 3 */
static const struct vlab_repval ref[] = { { 1, 210 }, { 2, 214 }, { 3, 206 } };
static const struct vlab_repval ref_floor[] = { { 3, 8 }, { 2, 12 }, { 1, 10 } };

static void test_pairs(void)
{
	struct vlab_repval out[4];
	static const struct vlab_repval twice[] = { { 1, 5 }, { 1, 50 } };
	size_t n;

	n = vlab_rep_diffs(cell, 4, floor_, 5, out);
	CHECK(n == 3, "%zu pairs, expected 3 (rep 4 has no figure, rep 5 no cell)", n);
	CHECK(out[0].rep == 3 && out[1].rep == 1 && out[2].rep == 2, "pairs not in the cell's order");
	CHECK_NEAR(out[0].v, 97, TOL);
	CHECK_NEAR(out[1].v, 100, TOL);
	CHECK_NEAR(out[2].v, 102, TOL);
	n = vlab_rep_ratios(cell, 3, floor_, 5, out);
	CHECK(n == 3, "%zu ratios, expected 3", n);
	CHECK_NEAR(out[1].v, 11, TOL);
	n = vlab_rep_diffs(twice, 2, floor_, 5, out);
	CHECK(n == 1 && tu_near(out[0].v, -5, TOL), "a repetition given twice: %zu pairs", n);
	CHECK(vlab_rep_diffs(cell, 4, ref, 0, out) == 0, "pairs with an empty side");
}

static void test_mean_ci(void)
{
	static const double d[] = { 97, 100, 102 }, same[] = { 3.5, 3.5, 3.5 }, neg[] = { -1, 1 };
	struct vlab_mean_ci ci;

	vlab_mean_paired_ci(d, 3, 0.95, &ci);
	CHECK_NEAR(ci.est, 99.66666666666667, TOL);
	CHECK_NEAR(ci.lo, 93.4150571870558, 1e-6);
	CHECK_NEAR(ci.hi, 105.91827614627755, 1e-6);
	CHECK_NEAR(ci.df, 2, 0);
	CHECK_NEAR(ci.level, 0.95, 0);
	CHECK(ci.n == 3, "n = %zu", ci.n);
	vlab_mean_paired_ci(d, 1, 0.95, &ci);
	CHECK(ci.est == 97 && isnan(ci.lo) && isnan(ci.hi) && ci.level == 0,
	      "one value: %g [%g, %g], no interval expected", ci.est, ci.lo, ci.hi);
	vlab_mean_paired_ci(same, 3, 0.95, &ci);
	CHECK(ci.est == 3.5 && ci.lo == 3.5 && ci.hi == 3.5, "equal values: %g [%g, %g]", ci.est,
	      ci.lo, ci.hi);
	/* differences may be negative: no logarithm anywhere; t(0.975, 1) = 12.706205 */
	vlab_mean_paired_ci(neg, 2, 0.95, &ci);
	CHECK_NEAR(ci.est, 0, TOL);
	CHECK_NEAR(ci.hi, 12.706204736174705, 1e-6);
	CHECK_NEAR(ci.lo, -12.706204736174705, 1e-6);
	vlab_mean_paired_ci(d, 0, 0.95, &ci);
	CHECK(isnan(ci.est) && ci.n == 0, "no values: est %g", ci.est);
}

static void test_floor_cost(void)
{
	struct vlab_mean_ci ci;

	CHECK(vlab_floor_cost(cell, 4, floor_, 5, 0.95, &ci) == 0, "vlab_floor_cost failed");
	CHECK(ci.n == 3, "%zu pairs", ci.n);
	CHECK_NEAR(ci.est, 99.66666666666667, TOL);
	CHECK_NEAR(ci.lo, 93.4150571870558, 1e-6);
	CHECK_NEAR(ci.hi, 105.91827614627755, 1e-6);
	CHECK_NEAR(vlab_icount_instructions(99.66666666666667 * 1000, 2), 24916.666666666668, 1e-6);
	CHECK_NEAR(vlab_icount_instructions(4096, 0), 4096, 0);
	CHECK_NEAR(vlab_icount_instructions(4096, 3), 512, 0);
}

static void test_cost_ratio(void)
{
	/* rep 2 of this cell is faster than the floor: a cost of -0.5 */
	static const struct vlab_repval below[] = { { 1, 110 }, { 2, 10 }, { 3, 108 } };
	struct vlab_ratio_ci ci;
	size_t n = 99;

	CHECK(vlab_cost_ratio(cell, 4, floor_, 5, ref, 3, ref_floor, 3, 0.95, &ci, &n) == 0,
	      "vlab_cost_ratio failed");
	CHECK(n == 3, "%zu pairs", n);
	/* 97/198, 100/200, 102/202 */
	CHECK_NEAR(ci.est, 0.4982436627652801, 1e-9);
	CHECK_NEAR(ci.lo, 0.47950197498680686, 1e-7);
	CHECK_NEAR(ci.hi, 0.5177178832112056, 1e-7);
	CHECK(vlab_cost_ratio(below, 3, floor_, 5, ref, 3, ref_floor, 3, 0.95, &ci, &n) == 0,
	      "vlab_cost_ratio failed");
	CHECK(n == 3 && isnan(ci.est) && isnan(ci.lo),
	      "a cost <= 0: ratio %g with %zu pairs, expected none", ci.est, n);
	/* two negative costs must not make a positive ratio */
	CHECK(vlab_cost_ratio(floor_, 5, cell, 4, floor_, 5, cell, 4, 0.95, &ci, &n) == 0, "failed");
	CHECK(isnan(ci.est), "negative costs gave ratio %g", ci.est);
	CHECK(vlab_cost_ratio(cell, 1, floor_, 5, ref, 3, ref_floor, 3, 0.95, &ci, &n) == 0, "failed");
	CHECK(n == 1 && tu_near(ci.est, 97.0 / 198, 1e-12) && isnan(ci.lo),
	      "one pair: %g [%g], expected 97/198 without interval", ci.est, ci.lo);
}

int main(void)
{
	test_pairs();
	test_mean_ci();
	test_floor_cost();
	test_cost_ratio();
	return tu_result("floorcost");
}
