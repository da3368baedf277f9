// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: a driver's backends key and baseline = DRIVER/BACKEND
 * (plan/sweep_pairs.c). The configurations are exactly the allowed driver
 * x backend pairs, driver-major in file order, and the fixed baseline's
 * backend is kept apart from its driver; a headline on the baseline
 * driver is accepted where it runs beside the fixed baseline. The
 * refusals, each with FILE:LINE, are cases of sweep-parse.c's table: a
 * backends name that is no backend, listed twice, a backend no driver
 * runs on, a baseline backend that is no backend or one its driver does
 * not run on, a malformed DRIVER/BACKEND, a configuration whose backend
 * the per-backend baseline does not cover, a baseline_backend pair a
 * driver does not cover, a control that does not repeat the baseline
 * where it is compared, and a headline on the baseline driver where it has
 * no configuration but the baseline.
 */
#include <stdlib.h>
#include <string.h>

#include "sweep.h"
#include "sweep_pairs_text.h"
#include "testutil.h"

/* The configurations and the split baseline, and the plan's size from them. */
static void check_good(void)
{
	static const char *const want[] = { "stock/q", "stock/n", "aa/q", "best/b" };
	struct sweep sw;
	char *err = NULL, *got;
	size_t i;
	int ret = sweep_parse("t.conf", PS("stock/q", "aa", "q, n", "q", "b"), &sw, &err);

	CHECK(ret == 0, "fixed baseline: %s", err);
	if (!ret) {
		CHECK(!strcmp(sw.baseline, "stock") && sw.baseline_on &&
		      !strcmp(sw.baseline_on, "q"), "baseline '%s' on '%s'", sw.baseline,
		      sw.baseline_on ? sw.baseline_on : "(none)");
		CHECK(sw.ncfgs == 4, "%zu configurations, expected 4", sw.ncfgs);
		for (i = 0; i < sw.ncfgs && i < 4; i++) {
			got = tu_fmt("%s/%s", sw.drivers[sw.cfgs[i].drv].name,
				     sw.backends[sw.cfgs[i].be].name);
			CHECK(!strcmp(got, want[i]), "configuration %zu is %s, expected %s", i, got,
			      want[i]);
			free(got);
		}
		CHECK(sweep_plan_points(&sw, 3) == 4 * 2 * 3, "%llu points, expected 24",
		      (unsigned long long)sweep_plan_points(&sw, 3));
	}
	free(err);
	err = NULL;
	sweep_free(&sw);
	/* stock also runs on n: stock/n has a ratio to stock/q */
	ret = sweep_parse("t.conf", PS("stock/q", "aa", "q, n", "q", "b") HLS, &sw, &err);
	CHECK(ret == 0, "headline on the baseline driver beside the fixed baseline: %s", err);
	free(err);
	err = NULL;
	sweep_free(&sw);
	/* without backends keys: every pair, and no fixed backend */
	ret = sweep_parse("t.conf", "[sweep]\nname = t\n[driver stock]\nmodule = stock\n"
			  "[driver o]\nmodule = ours\n[backend q]\ntype = qsd-ram\n"
			  "[backend b]\ntype = blkd-ram\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n",
			  &sw, &err);
	CHECK(ret == 0 && sw.ncfgs == 4 && !sw.baseline_on && sw.cfgs[1].drv == 0 &&
	      sw.cfgs[1].be == 1 && sw.cfgs[2].drv == 1 && sw.cfgs[2].be == 0,
	      "every pair by default: %s", err);
	free(err);
	sweep_free(&sw);
}

int main(void)
{
	check_good();
	return tu_result("sweep-pairs");
}
