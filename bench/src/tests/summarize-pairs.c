// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: with baseline = stock/q (a fixed baseline configuration),
 * vlab-summarize takes every other configuration's ratio against stock on
 * backend q at the same point and repetition, whatever its own backend:
 * best on backend b, twice stock's IOPS in every block, reads 2.0000 with
 * baseline "stock/q" and 3 pairs; the baseline has no ratio; the A/A
 * control aa (on q) gives the noise floor of best's row too; plan.json and
 * aggregate.json name the fixed backend (baseline_on); REPORT.md names
 * the baseline configuration and gives best's ratio to it.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "summarize_fixture.h"
#include "testutil.h"


/* REPORT.md names the baseline configuration and reads best's ratio against it. */
static void check_report(const char *report_prog, const char *run)
{
	char *argv[] = { (char *)report_prog, (char *)run, NULL }, *out = NULL, *md;
	int rc = tu_run(argv, &out);

	CHECK(rc == 0, "vlab-report exited %d: %s", rc, out);
	md = slurp_in(run, "REPORT.md");
	CHECK(md && strstr(md, "| Baseline configuration | stock/q |"),
	      "REPORT.md does not name the baseline configuration:\n%s", md ? md : "(none)");
	CHECK(md && strstr(md, "IOPS ratio to the baseline configuration (stock/q), every "
				 "configuration against it"), "REPORT.md: no ratio text for stock/q");
	CHECK(md && strstr(md, "| best/b | 3 | 2000 ") && strstr(md, "| 2.000 \\[2.000, 2.000\\] \\* |"),
	      "REPORT.md: no row of best/b at 2.000 times stock/q");
	free(md);
	free(out);
}

int main(int argc, char **argv)
{
	static const double stock[] = { 1000, 1100, 900 };
	static const double aa[] = { 1.002, 0.998, 1.001 };
	char *dir, *run, *ids[12], *order = NULL, *output = NULL, *text, *f;
	size_t i, n;
	int rc, rep;

	if (argc != 5 || fixture_args(4, argv)) {
		fprintf(stderr, "usage: %s VLAB_PLAN VLAB_SUMMARIZE DATA_DIR VLAB_REPORT\n", argv[0]);
		return T_FAIL;
	}
	dir = tu_scratch();
	run = tu_fmt("%s/pairs", dir);
	n = plan_sweep(run, "[sweep]\nquestion = Does it pair?\nname = unit-pairs\nseed = 5\nrepetitions = 3\n"
			    "baseline = stock/q\ncontrol = aa\n"
			    "[driver stock]\nmodule = stock\nbackends = q\n"
			    "[driver aa]\nmodule = stock\nbackends = q\n"
			    "[driver best]\nmodule = ours\nbackends = b\n"
			    "[backend q]\ntype = qsd-ram\n[backend b]\ntype = blkd-ram\n"
			    "[workload w]\nrw = randread\nbs = 4k\niodepth = 1\n", &order, ids, 12);
	if (!n)
		goto out;
	CHECK(n == 9, "%zu points planned, expected 3 configurations x 3 repetitions", n);
	text = slurp_in(run, "plan/plan.json");
	CHECK(text && strstr(text, "\"baseline_on\": \"q\"") && strstr(text, "\"baseline\": \"stock\""),
	      "plan.json lacks baseline_on: %s", text ? text : "(none)");
	free(text);
	for (i = 0; i < n; i++) {
		rep = id_rep(ids[i]);
		if (rep < 1 || rep > 3)
			continue;
		mkpoint(run, ids[i]);
		put_fio_iops(run, ids[i], stock[rep - 1] * (strstr(ids[i], "-best-") ? 2.0 :
				       strstr(ids[i], "-aa-") ? aa[rep - 1] : 1.0));
		put_text(run, ids[i], "status", "ok\n");
	}
	rc = summarize(run, &output);
	CHECK(rc == 0, "exited %d: %s", rc, output);
	text = slurp_in(run, "aggregate.csv");
	/* fields: ratio 12, baseline 15, ratio_n 22, noise_floor 24 */
	f = text ? agg_field(text, "\nbest/b,best,b,randread,4k,1,1,iops,", 12) : NULL;
	CHECK(f && !strcmp(f, "2.0000"), "best/b ratio '%s', expected 2.0000", f ? f : "-");
	free(f);
	f = text ? agg_field(text, "\nbest/b,best,b,randread,4k,1,1,iops,", 15) : NULL;
	CHECK(f && !strcmp(f, "stock/q"), "best/b baseline '%s', expected stock/q", f ? f : "-");
	free(f);
	f = text ? agg_field(text, "\nbest/b,best,b,randread,4k,1,1,iops,", 22) : NULL;
	CHECK(f && !strcmp(f, "3"), "best/b ratio_n '%s', expected 3", f ? f : "-");
	free(f);
	f = text ? agg_field(text, "\nbest/b,best,b,randread,4k,1,1,iops,", 24) : NULL;
	CHECK(f && *f && strtod(f, NULL) > 0, "best/b noise_floor '%s', expected the control's", f ? f : "-");
	free(f);
	f = text ? agg_field(text, "\nstock/q,stock,q,randread,4k,1,1,iops,", 12) : NULL;
	CHECK(f && !*f, "the baseline's own ratio '%s', expected none", f ? f : "-");
	free(f);
	f = text ? agg_field(text, "\naa/q,aa,q,randread,4k,1,1,iops,", 12) : NULL;
	CHECK(f && fabs(strtod(f, NULL) - 1.0) < 0.002, "aa/q ratio '%s', expected about 1", f ? f : "-");
	free(f);
	free(text);
	text = slurp_in(run, "aggregate.json");
	CHECK(text && strstr(text, "\"baseline_on\": \"q\""), "aggregate.json lacks baseline_on: %s",
	      text ? text : "(none)");
	free(text);
	check_report(argv[4], run);
out:
	free(output);
	free(order);
	free(run);
	tu_scratch_done(dir);
	return tu_result("summarize-pairs");
}
