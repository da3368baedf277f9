// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-compare on two constructed runs: a 20% IOPS gain and a
 * 20% loss are marked significant ("*+", "*-"), a steady 1.5%
 * change stays under the 5% threshold, an overlapping noisy pair stays
 * unmarked, bs "4k" matches "4096"; points in one run only, or without ok
 * repetitions in one, are listed as unmatched; lower latency is better;
 * --fail-on-regression exits 3 only past its percentage; --json prints one
 * JSON object per line; the header names the Welch log-t interval; output
 * is the same every time (no resampling) and under 80 columns; a run whose
 * plan has another format is refused with exit 2.
 * Clocks (manifest.json "clock"): runs of two clocks are refused with exit 2
 * naming both; on wall-clock TCG only in-run ratios to the baseline driver
 * are compared and gated on (absolute figures that halve with ratios kept
 * pass, a changed ratio fails, a run without baseline pairs gates on
 * nothing); on icount a 3% drop fails --fail-on-regression 1 unless it lies
 * inside an A/A noise floor of either run (aggregate.csv noise_floor, the
 * run's largest where the point has none); a run without "clock" reads as
 * the wall clock on its accelerator; a run without manifest.json is refused.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "compare_fixture.h"
#include "jsonfile.h"
#include "testutil.h"

static const char *const refusal =
	"A ran on icount (work per I/O), B on wall TCG (host time): their figures measure "
	"different things; compare runs of one clock";

/*
 * A run with the flags column: the direct driver's rows say unsafe; the
 * matched point is marked UNSAFE under its line and in JSON, the stock one not.
 */
static void check_unsafe(const char *dir)
{
	char *a = tu_fmt("%s/ua", dir), *b = tu_fmt("%s/ub", dir), *text = NULL, *more;
	char *out = NULL;
	const char *run;
	int rep, rc, i;

	for (i = 0; i < 2; i++) {
		run = i ? b : a;
		text = tu_fmt("%s", "id,seq,config,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,flags\n");
		for (rep = 1; rep <= 3; rep++) {
			more = tu_fmt("%s%d-d,%d,direct/null,direct,null,randread,4k,1,1,%d,ok,%d,unsafe\n"
				      "%d-s,%d,stock/null,stock,null,randread,4k,1,1,%d,ok,%d,\n", text,
				      2 * rep, 2 * rep, rep, 100 + rep, 2 * rep + 1, 2 * rep + 1, rep, 90 + rep);
			free(text);
			text = more;
		}
		write_run(run, icount, text);
		free(text);
	}
	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "direct/null randread 4k qd1 j1") &&
	      strstr(out, "\n  ^ UNSAFE: bounce_strategy=direct in A and B (research only)\n") &&
	      strstr(out, "UNSAFE: 1 matched point(s) ran with bounce_strategy=direct"),
	      "unsafe not marked: exit %d:\n%s", rc, out);
	if (out)
		check_widths(out);
	free(out);
	rc = compare(&out, a, b, "--json", NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "\"config\": \"direct/null\"") &&
	      strstr(out, "\"unsafe\": true") && strstr(out, "\"unsafe\": false") &&
	      strstr(out, "\"unsafe\": 1,"), "--json unsafe:\n%s", out);
	free(out);
	free(a);
	free(b);
}

/* Runs of two clocks are refused with exit 2, naming both; so are two icount rates. */
static void check_mixed_clocks(const char *dir)
{
	static const double flat[] = { 1, 1, 1, 1, 1 };
	char *a = tu_fmt("%s/mix-a", dir), *b = tu_fmt("%s/mix-b", dir), *text, *out = NULL;
	int rc;

	text = noisy_summary(1, flat, 1.5, 1);
	write_run(a, icount, text);
	write_run(b, wall_tcg, text);
	rc = compare(&out, a, b, "--fail-on-regression", "5", NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, refusal) && strstr(out, "wall (TCG, one host thread") &&
	      !strstr(out, "matched"), "icount against wall TCG: exit %d:\n%s", rc, out);
	free(out);
	rc = compare(&out, b, a, "--json", NULL, NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "A ran on wall TCG (host time), B on icount (work per I/O)"),
	      "wall TCG against icount: exit %d:\n%s", rc, out);
	free(out);
	/* one clock name, two accelerators: KVM's real time is not TCG's host time */
	write_run(a, wall_kvm, text);
	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "A ran on wall KVM (real time), B on wall TCG (host time)"),
	      "wall KVM against wall TCG: exit %d:\n%s", rc, out);
	free(out);
	/* icount at 8 ns per instruction runs guest time at half the rate of 4 ns */
	write_run(a, CLOCK_ICOUNT("3", "8"), text);
	write_run(b, icount, text);
	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "A ran on icount at 8 ns per guest instruction, B on icount at 4 ns"),
	      "icount shifts 3 and 2: exit %d:\n%s", rc, out);
	free(out);
	/* the same clock on both sides is compared */
	write_run(a, icount, text);
	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "clock A: icount (TCG"), "icount pair refused: exit %d:\n%s",
	      rc, out);
	free(out);
	free(text);
	free(a);
	free(b);
}

/*
 * Wall-clock TCG: B's absolute IOPS are twice A's (or A's twice B's) with
 * the in-run ratio of ours to stock unchanged: not a regression. The same
 * figures on icount do fail (so the data would trip an absolute gate), and
 * a fall of the in-run ratio fails on wall TCG too.
 */
static void check_noisy(const char *dir)
{
	static const double drift_a[] = { 1.0, 0.7, 1.3, 0.9, 1.1 };
	static const double drift_b[] = { 1.2, 0.8, 1.0, 1.25, 0.9 };
	char *a = tu_fmt("%s/noisy-a", dir), *b = tu_fmt("%s/noisy-b", dir);
	char *ta = noisy_summary(1, drift_a, 1.5, 1), *tb = noisy_summary(2, drift_b, 1.5, 1);
	char *tc = noisy_summary(2, drift_b, 1.2, 1), *out = NULL;
	int rc;

	write_run(a, wall_tcg, ta);
	write_run(b, wall_tcg, tb);
	rc = compare(&out, a, b, "--fail-on-regression", "5", NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "WARNING: noisy clock (wall-clock TCG)") &&
	      line_has(out, "stock/null randread 4k qd1 j1", "baseline") &&
	      line_has(out, "ours/null randread 4k qd1 j1", "1.000 [") &&
	      !line_has(out, "ours/null randread 4k qd1 j1", "*") &&
	      strstr(out, "1 matched, 0 unmatched, 0 significant, 0 regressions") &&
	      strstr(out, "0 regressions beyond 5%: pass"), "doubled, ratio kept: exit %d:\n%s", rc, out);
	if (out)
		check_widths(out);
	free(out);
	rc = compare(&out, b, a, "--fail-on-regression", "5", NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "0 regressions beyond 5%: pass"),
	      "halved, ratio kept: exit %d:\n%s", rc, out);
	free(out);
	rc = compare(&out, a, b, "--json", NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "\"clock\": \"wall\"") && strstr(out, "\"noisy\": true") &&
	      strstr(out, "\"gate\": \"in-run ratios\"") && strstr(out, "{\"type\": \"baseline\", ") &&
	      strstr(out, "\"basis\": \"in-run ratio\"") && strstr(out, "\"baseline\": \"stock/null\""),
	      "noisy --json: exit %d:\n%s", rc, out);
	free(out);
	/* pairs are by rep: with stock's rep 2 failed, ours' rep 2 is left out, not paired with rep 3 */
	free(ta);
	ta = noisy_summary(1, drift_a, 1.5, 2);
	write_run(a, wall_tcg, ta);
	rc = compare(&out, a, b, "--json", NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "\"n_a\": 4, \"n_b\": 5") && json_near(out, "ratio_a", 1.5, 0.01),
	      "rep 2 of stock failed: exit %d:\n%s", rc, out);
	free(out);
	free(ta);
	ta = noisy_summary(1, drift_a, 1.5, 1);
	write_run(a, wall_tcg, ta);

	/* the in-run ratio fell from 1.5 to 1.2: a 20% regression whatever the host did */
	write_run(b, wall_tcg, tc);
	rc = compare(&out, a, b, "--fail-on-regression", "5", NULL, NULL);
	CHECK(rc == 3 && out && line_has(out, "ours/null randread 4k qd1 j1", "0.800 [") &&
	      line_has(out, "ours/null randread 4k qd1 j1", "*-") &&
	      strstr(out, "1 regressions beyond 5%: FAIL"), "ratio fell: exit %d:\n%s", rc, out);
	free(out);
	/* the same halving on a deterministic clock is a regression of absolute IOPS */
	write_run(a, icount, ta);
	write_run(b, icount, tb);
	rc = compare(&out, b, a, "--fail-on-regression", "5", NULL, NULL);
	CHECK(rc == 3 && out && !strstr(out, "WARNING") &&
	      line_has(out, "stock/null randread 4k qd1 j1", "*-"), "icount halved: exit %d:\n%s", rc, out);
	free(out);
	/* a noisy run without baseline pairs gates on nothing, never on absolutes */
	free(tb);
	tb = noisy_summary(0.5, drift_b, 1.5, 0);
	write_run(a, wall_tcg, ta);
	write_run(b, wall_tcg, tb);
	rc = compare(&out, a, b, "--fail-on-regression", "5", NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "run B has no baseline pairs") &&
	      strstr(out, "nothing gated") && strstr(out, "ours/null randread 4k qd1 j1: no baseline pair in B") &&
	      !strstr(out, "FAIL"), "no pairs in B: exit %d:\n%s", rc, out);
	free(out);
	free(ta);
	free(tb);
	free(tc);
	free(a);
	free(b);
}

/*
 * icount: a steady 3% fall of absolute IOPS fails --fail-on-regression 1
 * (with --threshold 1: the threshold still applies); inside a 5% A/A noise
 * floor of either run it is not significant, also where the floor comes
 * from another point of the run; outside a 1% floor it fails again.
 */
static void check_icount_floor(const char *dir)
{
	static const double j[] = { 1.000, 1.001, 0.999, 1.0005, 0.9995 };
	char *a = tu_fmt("%s/ic-a", dir), *b = tu_fmt("%s/ic-b", dir), *ta = tu_fmt("%s", head);
	char *tb = tu_fmt("%s", head), *out = NULL, *path;
	int rep, rc;

	for (rep = 1; rep <= 5; rep++) {
		add_row(&ta, "stock", rep, 1000 * j[rep - 1]);
		add_row(&tb, "stock", rep, 970 * j[5 - rep]);
	}
	write_run(a, icount, ta);
	write_run(b, icount, tb);
	rc = compare(&out, a, b, "--threshold", "1", "--fail-on-regression", "1");
	CHECK(rc == 3 && out && line_has(out, "stock/null randread 4k qd1 j1", "0.970 [") &&
	      line_has(out, "stock/null randread 4k qd1 j1", "*-") &&
	      strstr(out, "note: no A/A control measured a noise floor") &&
	      strstr(out, "1 regressions beyond 1%: FAIL"), "3%% drop: exit %d:\n%s", rc, out);
	free(out);
	/* the gate alone: its 1% also lowers the default 5% marking threshold */
	rc = compare(&out, a, b, "--fail-on-regression", "1", NULL, NULL);
	CHECK(rc == 3 && out && strstr(out, "1 regressions beyond 1%: FAIL"),
	      "--fail-on-regression 1 without --threshold let a 3%% drop pass: exit %d:\n%s", rc, out);
	free(out);
	rc = compare(&out, a, b, "--threshold", "1", "--json", NULL);
	CHECK(rc == 0 && out && strstr(out, "\"clock\": \"icount\"") && strstr(out, "\"noisy\": false") &&
	      strstr(out, "\"gate\": \"absolute\"") && strstr(out, "\"noise_floor\": null"),
	      "icount --json: exit %d:\n%s", rc, out);
	free(out);

	/* a 5% floor in A at the point: the drop is noise */
	write_floors(a, AGG_ROW("stock/null", "1", "iops", "0.0500"));
	rc = compare(&out, a, b, "--threshold", "1", "--fail-on-regression", "1");
	CHECK(rc == 0 && out && !line_has(out, "stock/null randread 4k qd1 j1", "*") &&
	      line_has(out, "stock/null randread 4k qd1 j1", " 5%") &&
	      strstr(out, "lies outside [1/(1+f),1+f]") && !strstr(out, "note: no A/A") &&
	      strstr(out, "0 regressions beyond 1%: pass"), "5%% floor in A: exit %d:\n%s", rc, out);
	if (out)
		check_widths(out);
	free(out);
	rc = compare(&out, a, b, "--threshold", "1", "--json", NULL);
	CHECK(rc == 0 && out && strstr(out, "\"noise_floor\": 0.05,") &&
	      strstr(out, "\"significant\": false"), "floor --json: exit %d:\n%s", rc, out);
	free(out);

	/* a 1% floor: the 3% drop clears it; a 50% floor of another metric is not read */
	write_floors(a, AGG_ROW("stock/null", "1", "iops", "0.0100")
			AGG_ROW("stock/null", "1", "lat_mean_us", "0.5000"));
	rc = compare(&out, a, b, "--threshold", "1", "--fail-on-regression", "1");
	CHECK(rc == 3 && out && line_has(out, "stock/null randread 4k qd1 j1", " 1%") &&
	      line_has(out, "stock/null randread 4k qd1 j1", "*-"), "1%% floor: exit %d:\n%s", rc, out);
	free(out);

	/* only B measured a floor, at another point: its largest stands in */
	path = tu_fmt("%s/aggregate.csv", a);
	unlink(path);
	free(path);
	write_floors(b, AGG_ROW("stock/null", "16", "iops", "0.0500")
			AGG_ROW("stock/null", "1", "iops", ""));
	rc = compare(&out, a, b, "--threshold", "1", "--fail-on-regression", "1");
	CHECK(rc == 0 && out && !line_has(out, "stock/null randread 4k qd1 j1", "*") &&
	      line_has(out, "stock/null randread 4k qd1 j1", " 5%"), "B's run floor: exit %d:\n%s",
	      rc, out);
	free(out);
	free(ta);
	free(tb);
	free(a);
	free(b);
}

/*
 * A run from before the clock field reads as the wall clock on its
 * accelerator: TCG is noisy and refused against icount, KVM compared
 * absolutely with a KVM run. Without manifest.json the clock is unknown.
 */
static void check_old_run(const char *dir)
{
	static const double drift[] = { 1.0, 0.7, 1.3, 0.9, 1.1 };
	char *a = tu_fmt("%s/old-a", dir), *b = tu_fmt("%s/old-b", dir), *out = NULL;
	char *text = noisy_summary(1, drift, 1.5, 1);
	int rc;

	write_run(a, old_tcg, text);
	write_run(b, wall_tcg, text);
	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "clock A: wall (tcg; recorded before runs named their clock)") &&
	      strstr(out, "WARNING: noisy clock") && line_has(out, "stock/null randread 4k qd1 j1", "baseline"),
	      "old TCG run against wall TCG: exit %d:\n%s", rc, out);
	free(out);
	write_run(b, icount, text);
	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "A ran on wall TCG (host time), B on icount (work per I/O)"),
	      "old TCG run against icount: exit %d:\n%s", rc, out);
	free(out);
	write_run(a, old_kvm, text);
	write_run(b, wall_kvm, text);
	rc = compare(&out, a, b, "--json", NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "\"clock\": \"wall\"") && strstr(out, "\"noisy\": false") &&
	      strstr(out, "\"gate\": \"absolute\"") && strstr(out, "\"clock_a\": \"wall (kvm; recorded"),
	      "old KVM run against wall KVM: exit %d:\n%s", rc, out);
	free(out);
	write_run(a, NULL, text);
	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 1 && out && strstr(out, "manifest.json: No such file or directory; the clock"),
	      "no manifest: exit %d:\n%s", rc, out);
	free(out);
	free(text);
	free(a);
	free(b);
}

int main(int argc, char **argv)
{
	char *dir, *a, *b, *c, *out = NULL, *out2 = NULL, *line, *save = NULL, *path;
	struct json_object *o, *t;
	int rc, npoints = 0, nunmatched = 0, nsummary = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: %s VLAB_COMPARE\n", argv[0]);
		return T_FAIL;
	}
	prog = argv[1];
	dir = tu_scratch();
	a = tu_fmt("%s/a", dir);
	b = tu_fmt("%s/b", dir);
	c = tu_fmt("%s/c", dir);
	make_run(a, 0);
	make_run(b, 1);

	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 0, "plain compare exited %d: %s", rc, out);
	CHECK(out && strstr(out, "B/A: ratio of geometric means, 95% Welch t interval on the logs"),
	      "no method line: %s", out);
	CHECK(out && !strstr(out, "bootstrap") && !strstr(out, "seed"), "bootstrap named: %s", out);
	CHECK(out && line_has(out, "ours/null randread 4k qd1 j1", "1.200 [") &&
	      line_has(out, "ours/null randread 4k qd1 j1", "*+"), "P1 not a marked gain:\n%s", out);
	CHECK(out && line_has(out, "ours/null randread 4k qd16 j1", "0.800 [") &&
	      line_has(out, "ours/null randread 4k qd16 j1", "*-"), "P2 not a marked loss:\n%s", out);
	CHECK(out && line_of(out, "stock/null randread 4k qd1 j1") &&
	      !line_has(out, "stock/null randread 4k qd1 j1", "*"), "P3 marked under the threshold:\n%s", out);
	CHECK(out && line_of(out, "stock/null randread 4k qd16 j1") &&
	      !line_has(out, "stock/null randread 4k qd16 j1", "*"), "P4 noise marked:\n%s", out);
	CHECK(out && strstr(out, "  ours/ram randwrite 64k qd4 j1: only in A\n"),
	      "P5 not unmatched:\n%s", out);
	CHECK(out && strstr(out, "  stock/ram randwrite 64k qd4 j1: only in B\n"),
	      "P6 not unmatched:\n%s", out);
	CHECK(out && strstr(out, "  ours/null randwrite 4k qd1 j1: no ok repetition in B\n"),
	      "P7 not unmatched:\n%s", out);
	CHECK(out && strstr(out, "4 matched, 3 unmatched, 2 significant, 1 regressions"),
	      "summary line:\n%s", out);
	if (out)
		check_widths(out);

	/* nothing random: the same output every time */
	rc = compare(&out2, a, b, NULL, NULL, NULL, NULL);
	CHECK(out && out2 && !strcmp(out, out2), "two comparisons of the same runs differ");
	free(out2);
	free(out);

	/* the threshold decides P3: at 1% it is a change, if its interval excludes 1 */
	rc = compare(&out, a, b, "--threshold", "1", NULL, NULL);
	CHECK(rc == 0 && out && line_has(out, "stock/null randread 4k qd1 j1", "*+"),
	      "P3 at --threshold 1:\n%s", out);
	free(out);

	/* regressions: P2 lost 20% */
	rc = compare(&out, a, b, "--fail-on-regression", "10", NULL, NULL);
	CHECK(rc == 3 && out && strstr(out, "1 regressions beyond 10%: FAIL"),
	      "--fail-on-regression 10: exit %d:\n%s", rc, out);
	free(out);
	rc = compare(&out, a, b, "--fail-on-regression", "25", NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "0 regressions beyond 25%: pass"),
	      "--fail-on-regression 25: exit %d:\n%s", rc, out);
	free(out);
	/* B against A the other way round: P1 is the regression now */
	rc = compare(&out, b, a, "--fail-on-regression", "10", NULL, NULL);
	CHECK(rc == 3 && out && line_has(out, "ours/null randread 4096 qd1 j1", "*-"),
	      "reversed: exit %d:\n%s", rc, out);
	free(out);

	/* latency: lower is better, so P2's higher latency is the regression */
	rc = compare(&out, a, b, "--metric", "lat_mean_us", "--fail-on-regression", "5");
	CHECK(rc == 3 && out && line_has(out, "ours/null randread 4k qd16 j1", "1.200 [") &&
	      line_has(out, "ours/null randread 4k qd16 j1", "*-") &&
	      strstr(out, "lat_mean_us, lower is better"), "latency: exit %d:\n%s", rc, out);
	free(out);

	/* --json: one object per line */
	rc = compare(&out, a, b, "--json", NULL, NULL, NULL);
	CHECK(rc == 0, "--json exited %d", rc);
	for (line = out ? strtok_r(out, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
		CHECK(vlab_json_parse(line, &o) == 0 && o, "not one JSON object: %s", line);
		if (!o)
			continue;
		if (json_object_object_get_ex(o, "type", &t)) {
			npoints += !strcmp(json_object_get_string(t), "point");
			nunmatched += !strcmp(json_object_get_string(t), "unmatched");
			nsummary += !strcmp(json_object_get_string(t), "summary");
		}
		json_object_put(o);
	}
	CHECK(npoints == 4 && nunmatched == 3 && nsummary == 1, "--json: %d points, %d unmatched, %d summaries",
	      npoints, nunmatched, nsummary);
	free(out);

	/* a run of another format, or without a plan, is refused by name */
	make_run(c, 1);
	path = tu_fmt("%s/plan/plan.json", c);
	tu_write(path, "{ \"format\": 2, \"name\": \"t\", \"baseline\": \"stock\", \"seed\": 1, \"order\": [] }\n");
	rc = compare(&out, a, c, NULL, NULL, NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "run made by an incompatible version: format 2, this vlab reads 1") &&
	      strstr(out, c), "format 2: exit %d: %s", rc, out);
	free(out);
	unlink(path);
	rc = compare(&out, c, a, NULL, NULL, NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "no plan/plan.json"), "no plan: exit %d: %s", rc, out);
	free(out);
	free(path);

	rc = compare(&out, a, b, "--metric", "speed", NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "--metric: 'speed' is not a metric"), "bad metric: %d %s", rc, out);
	free(out);
	rc = compare(&out, a, b, "--threshold", "-1", NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "--threshold: '-1' is not a percentage"), "bad threshold: %d %s",
	      rc, out);
	free(out);

	check_unsafe(dir);
	check_mixed_clocks(dir);
	check_noisy(dir);
	check_icount_floor(dir);
	check_old_run(dir);

	free(a);
	free(b);
	free(c);
	tu_scratch_done(dir);
	return tu_result("compare");
}
