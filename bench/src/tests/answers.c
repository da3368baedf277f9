// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-answers judges, ranks and prints as its Markdown says.
 * The rules alone (answers_rank.h): a ratio's verdict by significance and
 * direction, the ranking order, the knob a driver answers for, the places
 * a ratio is written at. Then on a small made-up run (two backends, a point
 * with rwmixread, an A/A control, an unsafe value holding 0 bytes, a stock
 * driver reporting no memory, a value setting two knobs): the wins and
 * losses with their ratios and intervals, the points without a significant
 * difference, the ranks, the noise floor, the memory, and that
 * vlab-figcheck accepts every figure it printed; the same run without its
 * control says so; --update rewrites only the block, --check names the line
 * of a hand edit, and bad usage exits 2.
 * Usage: answers VLAB_ANSWERS VLAB_FIGCHECK
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "answers_print.h"
#include "answers_rank.h"
#include "testutil.h"

static const char *answers, *figcheck;

#define RUN "20260101T000000Z-knobs"
#define HEADER "config,driver,backend,rw,bs,iodepth,numjobs,metric,n,median,ci_lo,ci_hi,ratio,ratio_lo,ratio_hi,baseline,backend_ratio,backend_ratio_lo,backend_ratio_hi,backend_baseline,flags,ci_level,ratio_n,cv,noise_floor,ratio_sig,backend_ratio_sig,rwmixread\n"

static void rules(void)
{
	struct ans_driver a = { .name = "a" }, b = { .name = "b" };

	CHECK(ans_classify(1, 1.2, 1) == ANS_WIN, "higher IOPS, significant: a win");
	CHECK(ans_classify(1, 0.8, 1) == ANS_LOSE, "lower IOPS, significant: a loss");
	CHECK(ans_classify(1, 0.8, 0) == ANS_WIN, "lower latency, significant: a win");
	CHECK(ans_classify(1, 1.2, 0) == ANS_LOSE, "higher latency, significant: a loss");
	CHECK(ans_classify(0, 1.5, 1) == ANS_SAME, "not significant: no difference");
	CHECK(ans_classify(-1, 1.5, 1) == ANS_NO_INTERVAL, "no interval");
	CHECK(ans_classify(1, NAN, 1) == ANS_NO_INTERVAL, "no ratio");

	a.score = 2, b.score = 1;
	CHECK(ans_driver_cmp(&a, &b) < 0 && ans_driver_cmp(&b, &a) > 0, "the higher score first");
	a.unsafe = 1;
	CHECK(ans_driver_cmp(&a, &b) > 0, "an unsafe value after a safe one, whatever its score");
	a.unsafe = 0, b.score = 2, a.gmean = 1.1, b.gmean = 1.2;
	CHECK(ans_driver_cmp(&a, &b) > 0, "a tie in score goes to the higher geometric mean");
	a.gmean = b.gmean;
	CHECK(ans_driver_cmp(&a, &b) < 0, "then to the name");

	CHECK(ans_knob_order("bounce_strategy") < ans_knob_order("copy_engine"),
	      "knobs.def's order");
	CHECK(ans_knob_order("irq_affinity_policy") < ans_knob_order("bounce_size"),
	      "ours before upstream's");
	CHECK(ans_knob_order("bounce_size") < ans_knob_order("no_such_knob"), "unknown last");

	CHECK(ans_ratio_decimals(1.0005, 1.0003, 1.0007, 1) == 4, "1.000 at 3 places: 4");
	CHECK(ans_ratio_decimals(1.12, 1.10, 1.14, 1) == 3, "3 places");
	CHECK(ans_ratio_decimals(1.0005, 0.99, 1.01, 0) == 3, "not significant: 3 places");
}

/* One aggregate.csv row: driver/backend at a point, one metric. */
static void row(FILE *f, const char *drv, const char *be, int point, const char *metric,
		const char *median, const char *ratio, const char *lo, const char *hi,
		const char *flags, const char *noise, const char *sig)
{
	const char *rw = point ? "randrw" : "randread", *bs = point ? "64k" : "4k";

	fprintf(f, "%s/%s,%s,%s,%s,%s,%s,1,%s,3,%s,%s,%s,%s,%s,%s,ours/%s,,,,,%s,0.75,%s,0.01,%s,%s,,%s\n",
		drv, be, drv, be, rw, bs, point ? "8" : "1", metric, median, median, median,
		ratio, lo, hi, be, flags, *ratio ? "3" : "", noise, sig, point ? "70" : "");
}

/* The same ratio at every point and backend, significant or not. */
static void everywhere(FILE *f, const char *drv, const char *metric, const char *ratio,
		       const char *sig, const char *flags)
{
	static const char *const be[] = { "blkd-ram", "qsd-ram" };
	int b, p;

	for (b = 0; b < 2; b++)
		for (p = 0; p < 2; p++)
			row(f, drv, be[b], p, metric, "1000", ratio, ratio, ratio, flags, "", sig);
}

/* ratio4k, ratio64k: its ratio to ours at the 4k and the 64k point */
static void memory(FILE *f, const char *drv, const char *bytes, const char *ratio4k,
		   const char *ratio64k)
{
	static const char *const be[] = { "blkd-ram", "qsd-ram" };
	int b, p;

	for (b = 0; b < 2; b++)
		for (p = 0; p < 2; p++) {
			/* the baseline's lazy pages grow with the block size */
			const char *v = !strcmp(drv, "ours") ? (p ? "4194304" : "1048576") : bytes;
			const char *ratio = p ? ratio64k : ratio4k;

			row(f, drv, be[b], p, "mem_bytes", v, ratio, ratio, ratio, "", "",
			    *ratio ? "1" : "");
			row(f, drv, be[b], p, "mem_kernel_bytes", v, ratio, ratio, ratio, "", "",
			    *ratio ? "1" : "");
			row(f, drv, be[b], p, "mem_huge_bytes", "0", "", "", "", "", "", "");
		}
}

static void write_run(const char *dir, int control)
{
	char *path = tu_fmt("%s/aggregate.csv", dir);
	FILE *f;

	mkdir(dir, 0755);
	mkdir(tu_fmt("%s/plan", dir), 0755);
	tu_write(tu_fmt("%s/points.tar.xz", dir), "");
	tu_write(tu_fmt("%s/manifest.json", dir),
		 "{ \"clock\": { \"name\": \"icount\", \"label\": \"icount (the test's clock)\" } }\n");
	tu_write(tu_fmt("%s/plan/plan.json", dir), tu_fmt(
		"{ \"format\": 1, \"name\": \"knobs\", \"question\": \"Which value wins?\","
		" \"baseline\": \"ours\", \"control\": %s, \"seed\": 1, \"order\": [],"
		" \"drivers\": ["
		"{ \"name\": \"ours\", \"module\": \"ours\", \"params\": {}, \"knobs\": {} },"
		"%s"
		"{ \"name\": \"prealloc\", \"module\": \"ours\", \"params\": {}, \"knobs\": { \"bounce_strategy\": \"prealloc\" } },"
		"{ \"name\": \"hugepage\", \"module\": \"ours\", \"params\": {}, \"knobs\": { \"bounce_strategy\": \"hugepage\" } },"
		"{ \"name\": \"prealloc-4m\", \"module\": \"ours\", \"params\": {}, \"knobs\": { \"bounce_strategy\": \"prealloc\", \"bounce_size\": \"4194304\" } },"
		"{ \"name\": \"direct\", \"module\": \"ours\", \"params\": { \"allow_unsafe_direct\": \"1\" }, \"knobs\": { \"bounce_strategy\": \"direct\" } },"
		"{ \"name\": \"lazy-1m\", \"module\": \"ours\", \"params\": {}, \"knobs\": { \"bounce_size\": \"1048576\" } },"
		"{ \"name\": \"stock\", \"module\": \"stock\", \"params\": {}, \"knobs\": {} } ] }\n",
		control ? "\"aa\"" : "null",
		control ? "{ \"name\": \"aa\", \"module\": \"ours\", \"params\": {}, \"knobs\": {} }," : ""));
	f = fopen(path, "w");
	if (!f) {
		CHECK(0, "cannot write %s", path);
		return;
	}
	fputs(HEADER, f);
	everywhere(f, "ours", "iops", "", "", "");
	everywhere(f, "ours", "lat_mean_us", "", "", "");
	if (control) {
		/* the floor: largest at the 64k point on blkd-ram, none for latency on qsd-ram */
		row(f, "aa", "blkd-ram", 0, "iops", "1000", "1.0010", "0.9990", "1.0020", "", "0.0024", "0");
		row(f, "aa", "blkd-ram", 1, "iops", "1000", "1.0010", "0.9990", "1.0020", "", "0.0031", "0");
		row(f, "aa", "blkd-ram", 0, "lat_mean_us", "1000", "1.0010", "0.9990", "1.0020", "", "0.0040", "0");
		row(f, "aa", "blkd-ram", 1, "lat_mean_us", "1000", "1.0010", "0.9990", "1.0020", "", "0.0011", "0");
		row(f, "aa", "qsd-ram", 0, "iops", "1000", "1.0010", "0.9990", "1.0020", "", "0.0010", "0");
		row(f, "aa", "qsd-ram", 1, "iops", "1000", "1.0010", "0.9990", "1.0020", "", "0.0012", "0");
		row(f, "aa", "qsd-ram", 0, "lat_mean_us", "1000", "1.0010", "", "", "", "", "");
		row(f, "aa", "qsd-ram", 1, "lat_mean_us", "1000", "1.0010", "", "", "", "", "");
	}
	/* prealloc: a win, a loss, no difference, no interval in IOPS; a latency win */
	row(f, "prealloc", "blkd-ram", 0, "iops", "1120", "1.1200", "1.1000", "1.1400", "", "", "1");
	row(f, "prealloc", "blkd-ram", 1, "iops", "950", "0.9500", "0.9400", "0.9600", "", "", "1");
	row(f, "prealloc", "qsd-ram", 0, "iops", "1001", "1.0010", "0.9900", "1.0100", "", "", "0");
	row(f, "prealloc", "qsd-ram", 1, "iops", "1010", "1.0100", "", "", "", "", "");
	row(f, "prealloc", "blkd-ram", 0, "lat_mean_us", "890", "0.8900", "0.8800", "0.9000", "", "", "1");
	row(f, "prealloc", "blkd-ram", 1, "lat_mean_us", "1000", "1.0000", "0.9000", "1.1000", "", "", "0");
	row(f, "prealloc", "qsd-ram", 0, "lat_mean_us", "1000", "1.0000", "0.9000", "1.1000", "", "", "0");
	row(f, "prealloc", "qsd-ram", 1, "lat_mean_us", "1000", "1.0000", "0.9000", "1.1000", "", "", "0");
	/* hugepage: a tiny significant win everywhere, written at 4 places */
	row(f, "hugepage", "blkd-ram", 0, "iops", "1000", "1.0005", "1.0003", "1.0007", "", "", "1");
	row(f, "hugepage", "blkd-ram", 1, "iops", "1000", "1.0625", "1.0500", "1.0750", "", "", "1");
	row(f, "hugepage", "qsd-ram", 0, "iops", "1000", "1.0200", "1.0100", "1.0300", "", "", "1");
	row(f, "hugepage", "qsd-ram", 1, "iops", "1000", "1.0200", "1.0100", "1.0300", "", "", "1");
	everywhere(f, "hugepage", "lat_mean_us", "1.0000", "0", "");
	everywhere(f, "prealloc-4m", "iops", "1.0000", "0", "");
	everywhere(f, "prealloc-4m", "lat_mean_us", "1.0000", "0", "");
	/* direct wins everywhere, and is unsafe: ranked last of its knob all the same */
	everywhere(f, "direct", "iops", "2.0000", "1", "unsafe");
	everywhere(f, "direct", "lat_mean_us", "0.5000", "1", "unsafe");
	everywhere(f, "lazy-1m", "iops", "0.9000", "1", "");
	everywhere(f, "lazy-1m", "lat_mean_us", "1.1000", "1", "");
	everywhere(f, "stock", "iops", "1.0000", "0", "");
	everywhere(f, "stock", "lat_mean_us", "1.0000", "0", "");
	memory(f, "ours", "", "", "");
	/* the ratio shown is the one where ours held most: the 64k point's */
	memory(f, "prealloc", "67108864", "64.0000", "16.0000");
	memory(f, "direct", "0", "", "");
	memory(f, "stock", "", "", "");
	if (control)
		memory(f, "aa", "", "", "");
	fclose(f);
}

/* The position of s in text, or a failed check naming the caller's line and a huge number. */
static size_t at_line(const char *text, const char *s, int line)
{
	const char *p = text ? strstr(text, s) : NULL;

	CHECK(p, "line %d: the output lacks '%s'", line, s);
	return p ? (size_t)(p - text) : (size_t)-1;
}
#define at(text, s) at_line(text, s, __LINE__)

/* The line number of byte pos of text. */
static int line_of(const char *text, size_t pos)
{
	int line = 1;
	size_t i;

	for (i = 0; i < pos; i++)
		line += text[i] == '\n';
	return line;
}

/* How many figures the markers of text ask figcheck to check. */
static int figures(const char *text)
{
	const char *p;
	int n = 0;

	for (p = text; (p = strstr(p, "<!-- fig ")); p++)
		n += !strncmp(strstr(p, "cols=") + 5, "ratio,ratio_lo,ratio_hi", 23) ? 3 : 1;
	return n;
}

static void whole_run(const char *tmp)
{
	char *results = tu_fmt("%s/results", tmp), *run = tu_fmt("%s/" RUN, results);
	char *readme = tu_fmt("%s/README.md", tmp), *out = NULL, *text;
	char *upd[] = { (char *)answers, "--update", readme, run, NULL };
	char *chk[] = { (char *)answers, "--check", readme, "--results", results, NULL };
	char *fig[] = { (char *)figcheck, "--results", results, readme, NULL };
	size_t p1, p2;

	mkdir(results, 0755);
	write_run(run, 1);
	tu_write(readme, "# before\n\n<!-- vlab-answers " RUN " begin -->\nold\n<!-- vlab-answers end -->\n\nafter\n");
	if (tu_run_expect(upd, 0, "--update"))
		return;
	text = tu_slurp(readme);
	CHECK(text && !strncmp(text, "# before\n\n<!-- vlab-answers " RUN " begin -->\n", 40) &&
	      strstr(text, "<!-- vlab-answers end -->\n\nafter\n") && !strstr(text, "\nold\n"),
	      "--update kept the text around the block and replaced it: %s", text);
	at(text, "[`" RUN "`](results/" RUN "/REPORT.md) (sweep `knobs`): *Which value wins?*");
	at(text, "Clock: icount (the test's clock).");
	at(text, "compared with the baseline driver `ours` (module `ours`) on the same backend at every");
	/* prealloc: a win and a loss with their intervals; no difference and no interval counted */
	at(text, "| 2 | `prealloc`: `bounce_strategy=prealloc` | +1 | IOPS | blkd-ram randread 4k QD 1: 1.120 [1.100, 1.140]<!-- fig " RUN " cols=ratio,ratio_lo,ratio_hi config=prealloc/blkd-ram rw=randread bs=4k iodepth=1 numjobs=1 metric=iops rwmixread= --> | blkd-ram randrw-read70 64k QD 8: 0.950 [0.940, 0.960]<!-- fig ");
	at(text, "| at 1 of 4 points (1 without an interval) |\n| | | | mean latency | blkd-ram randread 4k QD 1: 0.890 [0.880, 0.900]");
	at(text, "| at 3 of 4 points |");
	/* the ranks within bounce_strategy: by score, unsafe last; a second knob ranks under the first */
	p1 = at(text, "| 1 | `hugepage`: `bounce_strategy=hugepage` | +4 |");
	p2 = at(text, "| 3 | `prealloc-4m`: `bounce_strategy=prealloc` `bounce_size=4194304` | 0 |");
	CHECK(p1 < p2, "hugepage ranked before prealloc-4m");
	at(text, "| 4 | `direct`: `bounce_strategy=direct` module parameters `allow_unsafe_direct=1` **unsafe** | +8 |");
	at(text, "1.0005 [1.0003, 1.0007]<!-- fig ");
	at(text, "1.062 [1.050, 1.075]<!-- fig ");
	p1 = at(text, "### `bounce_size`\n");
	CHECK(p1 > at(text, "### `bounce_strategy`\n"), "bounce_size after bounce_strategy");
	at(text, "| 1 | `lazy-1m`: `bounce_size=1048576` | -8 |");
	at(text, "### No knob set: the `stock` module with its defaults");
	/* noise floor: the largest per backend and metric, or none measured */
	at(text, "blkd-ram: IOPS 0.31%<!-- fig " RUN " cols=noise_floor scale=100 config=aa/blkd-ram rw=randrw bs=64k iodepth=8 numjobs=1 metric=iops rwmixread=70 --> (randrw-read70 64k QD 8), mean latency 0.40%");
	at(text, "qsd-ram: IOPS 0.12%");
	at(text, "mean latency not measured (fewer than two pairs).");
	/* memory: the baseline's range, a constant, 0 bytes without a ratio, none reported */
	at(text, "`ours` holds: blkd-ram 1.00<!-- fig " RUN " cols=median scale=0.00000095367431640625 config=ours/blkd-ram rw=randread");
	at(text, " to 4.00<!-- fig ");
	at(text, "(most at randrw-read70 64k QD 8)");
	at(text, "| `prealloc` | blkd-ram | 64.00<!-- fig ");
	at(text, " at every point | 64.00<!-- fig ");
	at(text, "| 16.000 [16.000, 16.000]<!-- fig " RUN " cols=ratio,ratio_lo,ratio_hi config=prealloc/blkd-ram rw=randrw bs=64k iodepth=8 numjobs=1 metric=mem_bytes rwmixread=70 --> |");
	at(text, "| `direct` | qsd-ram | 0.00<!-- fig ");
	at(text, "--> | — |\n");
	at(text, "| `stock` | blkd-ram | not reported (the stock module has no counters) |");
	at(text, "**unsafe**: the value sets `bounce_strategy=direct`");
	CHECK(!strstr(text, "`aa`:"), "the control is not ranked");
	CHECK(!strstr(text, "| `ours`:"), "the baseline is not ranked");

	/* every figure is what vlab-figcheck reads back from aggregate.csv */
	if (!tu_run_expect(fig, 0, "vlab-figcheck on the block"))
		tu_run(fig, &out);
	CHECK(out && strstr(out, tu_fmt("%d figures checked, 0 wrong", figures(text))),
	      "figcheck: %s", out);
	free(out);

	tu_run_expect(chk, 0, "--check of the block just written");
	/* a hand edit of the block is caught with its line */
	p1 = at(text, "1.120");
	tu_write(readme, tu_fmt("%.*s1.130%s", (int)p1, text, text + p1 + 5));
	out = NULL;
	CHECK(tu_run(chk, &out) == 1 && out &&
	      strstr(out, tu_fmt("differs from what %s gives at line %d;", run, line_of(text, p1))),
	      "--check and a hand edit: %s", out);
	free(out);
	free(text);
	free(run);
	free(results);
	free(readme);
}

/* In dir's plan.json, the first from replaced by to. */
static void plan_replace(const char *dir, const char *from, const char *to)
{
	char *plan = tu_fmt("%s/plan/plan.json", dir), *text = tu_slurp(plan);
	char *hit = text ? strstr(text, from) : NULL;

	CHECK(hit, "write_run's plan.json holds '%s'", from);
	if (hit)
		tu_write(plan, tu_fmt("%.*s%s%s", (int)(hit - text), text, to, hit + strlen(from)));
	free(text);
	free(plan);
}

/* A fixed baseline configuration is named as such, not "the same backend". */
static void fixed_baseline(const char *tmp)
{
	char *run = tu_fmt("%s/20260105T000000Z-knobs", tmp), *out = NULL;
	char *argv[] = { (char *)answers, run, NULL };

	write_run(run, 1);
	plan_replace(run, "\"baseline\": \"ours\",",
		     "\"baseline\": \"ours\", \"baseline_on\": \"qsd-ram\",");
	CHECK(tu_run(argv, &out) == 0 && out, "vlab-answers on a fixed-baseline run: %s", out);
	at(out, "compared with the baseline driver `ours` (module `ours`) on its fixed backend `qsd-ram` at every");
	CHECK(out && !strstr(out, "on the same backend"), "a fixed baseline read as the same backend");
	free(out);
	free(run);
}

/* Without a control, no floor: the Markdown says so. */
static void no_control(const char *tmp)
{
	char *run = tu_fmt("%s/20260102T000000Z-nocontrol", tmp), *out = NULL;
	char *argv[] = { (char *)answers, run, NULL };

	write_run(run, 0);
	CHECK(tu_run(argv, &out) == 0 && out, "vlab-answers on a run without control: %s", out);
	at(out, "No A/A control in this run: its noise floor was not measured");
	CHECK(out && !strstr(out, "Noise floor:"), "a floor printed without a control");
	free(out);
	free(run);
}

/* write_run's run, its sweep renamed (plan.json's name). */
static void write_sweep_run(const char *dir, const char *sweep)
{
	write_run(dir, 1);
	plan_replace(dir, "\"name\": \"knobs\"", tu_fmt("\"name\": \"%s\"", sweep));
}

/*
 * A file with a block per sweep: --update rewrites only the block of its
 * run's sweep, --check checks every block and names the one that differs;
 * a second block of one sweep, and a run whose sweep has no block, are
 * refused with what to do.
 */
static void several_blocks(const char *tmp)
{
	char *results = tu_fmt("%s/results", tmp), *run = tu_fmt("%s/" RUN, results);
	char *run2 = tu_fmt("%s/20260102T000000Z-knobs-fs", results);
	char *run3 = tu_fmt("%s/20260103T000000Z-other", results);
	char *readme = tu_fmt("%s/TWO.md", tmp), *out = NULL, *text;
	char *upd1[] = { (char *)answers, "--update", readme, run, NULL };
	char *upd2[] = { (char *)answers, "--update", readme, run2, NULL };
	char *upd3[] = { (char *)answers, "--update", readme, run3, NULL };
	char *chk[] = { (char *)answers, "--check", readme, "--results", results, NULL };
	size_t p1;

	mkdir(results, 0755);
	write_run(run, 1);
	write_sweep_run(run2, "knobs-fs");
	write_sweep_run(run3, "other");
	tu_write(readme, "# two\n<!-- vlab-answers " RUN " begin -->\nold\n<!-- vlab-answers end -->\nmid\n"
		 "<!-- vlab-answers 20260102T000000Z-knobs-fs begin -->\nold2\n<!-- vlab-answers end -->\nend\n");
	if (tu_run_expect(upd2, 0, "--update of the second block"))
		return;
	text = tu_slurp(readme);
	CHECK(text && strstr(text, "-->\nold\n<!-- vlab-answers end -->\nmid\n") && !strstr(text, "old2") &&
	      strstr(text, "(sweep `knobs-fs`)") && !strstr(text, "(sweep `knobs`)") &&
	      strstr(text, "<!-- vlab-answers end -->\nend\n"),
	      "--update rewrote the knobs-fs block alone: %s", text);
	free(text);
	CHECK(tu_run(chk, &out) == 1 && out && strstr(out, tu_fmt("differs from what %s gives at line 3;", run)) &&
	      !strstr(out, run2),
	      "--check names the stale block, not the current one: %s", out);
	free(out);
	tu_run_expect(upd1, 0, "--update of the first block");
	tu_run_expect(chk, 0, "--check with both blocks current");
	/* a hand edit in the second block names its run */
	text = tu_slurp(readme);
	p1 = at(text, "(sweep `knobs-fs`)");
	p1 += at(text + p1, "1.120");
	tu_write(readme, tu_fmt("%.*s1.130%s", (int)p1, text, text + p1 + 5));
	out = NULL;
	CHECK(tu_run(chk, &out) == 1 && out && strstr(out, tu_fmt("differs from what %s gives at line ", run2)) &&
	      !strstr(out, tu_fmt("differs from what %s gives", run)),
	      "--check names the edited second block: %s", out);
	free(out);
	/* a run of a sweep without a block */
	out = NULL;
	CHECK(tu_run(upd3, &out) == 1 && out && strstr(out, "has no vlab-answers block of sweep 'other'") &&
	      strstr(out, "20260102T000000Z-knobs-fs (line "),
	      "--update for a sweep without a block: %s", out);
	free(out);
	/* two blocks of one sweep */
	tu_write(readme, tu_fmt("%s<!-- vlab-answers 20260104T000000Z-knobs begin -->\nx\n<!-- vlab-answers end -->\n",
				text));
	out = NULL;
	CHECK(tu_run(chk, &out) == 1 && out && strstr(out, "a second block of sweep 'knobs'"),
	      "two blocks of one sweep: %s", out);
	free(out);
	free(text);
	free(run);
	free(run2);
	free(run3);
	free(results);
	free(readme);
}

/* A file without a block, and bad usage. */
static void refusals(const char *tmp)
{
	char *readme = tu_fmt("%s/none.md", tmp), *run = tu_fmt("%s/results/" RUN, tmp), *out = NULL;
	char *upd[] = { (char *)answers, "--update", readme, run, NULL };
	char *both[] = { (char *)answers, "--check", readme, run, NULL };
	char *none[] = { (char *)answers, NULL };

	tu_write(readme, "# nothing generated here\n");
	CHECK(tu_run(upd, &out) == 1 && out && strstr(out, "none.md:1: no vlab-answers block"),
	      "--update of a file without a block: %s", out);
	free(out);
	CHECK(tu_run(both, NULL) == 2, "--check with a RUN_DIR is bad usage");
	CHECK(tu_run(none, NULL) == 2, "no RUN_DIR is bad usage");
	free(readme);
	free(run);
}

int main(int argc, char **argv)
{
	char *tmp;

	if (argc != 3) {
		fprintf(stderr, "usage: %s VLAB_ANSWERS VLAB_FIGCHECK\n", argv[0]);
		return T_FAIL;
	}
	answers = argv[1];
	figcheck = argv[2];
	rules();
	tmp = tu_scratch();
	whole_run(tmp);
	no_control(tmp);
	fixed_baseline(tmp);
	several_blocks(tmp);
	refusals(tmp);
	tu_scratch_done(tmp);
	return tu_result("answers");
}
