// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-report on a run built with vlab-plan, the real fio and
 * perf fixtures and vlab-summarize writes every chart as a valid PNG (its
 * signature) and SVG ('<svg'): IOPS against queue depth, latency
 * percentiles per rw/bs, latency against IOPS through the queue depths,
 * bandwidth against block size per rw/iodepth,
 * ratio to the baseline for IOPS, p99 latency, CPU per I/O and the guest's
 * CPU per I/O; REPORT.md with the sweep, seed, accelerator, the
 * TCG sentence, the interval methods named (no bootstrap), per point and
 * configuration the median IOPS with its interval and, short of 95%, the
 * level it reaches ("range of 2, 50%"), none from one repetition,
 * latencies, CPU per I/O and the ratio ("1 pair: no interval"), the failed
 * and missing points, and the probe data found; an aggregate.csv of an
 * older vlab-summarize (no ci_level) is shown as bootstrap intervals, never
 * labelled 95%; report.html self-contained (every SVG
 * inline, no src= links, no scripts). A legacy run where every point failed
 * (no plan, no aggregate) under KVM still gets a report, without the TCG
 * sentence. With an A/A control and the icount clock: the clock in the
 * header and at every chart's foot, the noise-floor table first, no ratio
 * inside the floor marked as a difference. Every chart's queue depth axis
 * ticks at the measured depths only, each repetition is a dot from
 * charts/reps.csv, and an unsafe configuration is marked in every chart's
 * key (chart, lat, ratio). Drivers that try two knobs or more get a chart
 * with a panel per knob. Skips without gnuplot.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

static const char *plan_prog, *summarize_prog, *report_prog, *data_dir;

static const char *const sweep =
	"[sweep]\nquestion = Does it work?\nname = unit-report\nseed = 11\nrepetitions = 2\n"
	"[driver stock]\nmodule = stock\n[driver ours]\nmodule = ours\n"
	"[backend null]\ntype = qsd-null\n"
	"[workload w]\nrw = randread\nbs = 4k, 64k\niodepth = 1, 4\n";

static const char *const charts[] = {
	"chart", "charts/lat-randread-4k-j1", "charts/lat-randread-64k-j1",
	"charts/latiops-randread-4k-j1", "charts/latiops-randread-64k-j1",
	"charts/bw-randread-qd1-j1", "charts/bw-randread-qd4-j1", "charts/ratio-iops",
	"charts/ratio-lat_p99_us", "charts/ratio-cpu_us_per_io", "charts/ratio-cpu_us_per_io_guest",
};
#define NCHARTS (sizeof(charts) / sizeof(charts[0]))

static const char *const want_md[] = {
	"# vduse-lab report: unit-report\n",
	"| Sweep | unit-report |\n",
	"| Accelerator | tcg |\n",
	"| Guest kernel | 6.1.0-test |\n",
	"| Points | 16: 14 ok, 1 failed, 1 missing |\n",
	"| Plan seed | 11 |\n",
	"| Baseline driver | stock |\n",
	/* no vm in the manifest: no count; the sweep's default boots */
	"| Boots | shared by the repetitions: the intervals are within boots and leave out what differs between them (compare two runs for that) |\n",
	"only in-boot ratios are meaningful",
	"the median IOPS with a distribution-free interval for the median",
	"with a 95% t interval on their logarithms",
	"## randread, bs 4k, numjobs 1\n",
	"| QD | Configuration | n | IOPS \\[interval\\] | Mean lat (us) | p50 lat (us) | p99 lat (us) | p99.9 lat (us) | CPU/IO (us) | Guest CPU/IO (us) | IOPS ratio to baseline \\[95%\\] |\n",
	/* two repetitions reach 50%, and the cell says so */
	"| 1 | stock/null | 2 | 14024 \\[14024, 14024\\] (range of 2, 50%) | 70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | - |\n",
	"| 1 | ours/null | 2 | 14024 \\[14024, 14024\\] (range of 2, 50%) | 70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | 1.000 \\[1.000, 1.000\\] |\n",
	/* 64k qd4: rep 2 is missing for stock and failed for ours, so one pair */
	"| 4 | stock/null | 1 | 14024 | 70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | - |\n",
	"| 4 | ours/null | 1 | 14024 | 70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | 1.000 (1 pair: no interval) |\n",
	"## Failed and missing points\n",
	"-stock-null-randread-64k-qd4-j1-r2: missing\n",
	"-ours-null-randread-64k-qd4-j1-r2: failed: backend crashed\n",
	"![IOPS against queue depth (median, bars min to max, a dot per repetition)](chart.png)",
	"](charts/ratio-iops.png)",
	"Probe data (vduse-lat.json) in 1 points.",
};

static char *slurp_in(const char *dir, const char *name)
{
	char *path = tu_fmt("%s/%s", dir, name), *text = tu_slurp(path);

	free(path);
	return text;
}

static int run(char *const argv[], int want_rc, const char *what)
{
	char *output = NULL;
	int rc = tu_run(argv, &output);

	CHECK(rc == want_rc, "%s exited %d, expected %d: %s", what, rc, want_rc, output);
	free(output);
	return rc == want_rc ? 0 : -1;
}

static void put(const char *run_dir, const char *id, const char *fixture, const char *file)
{
	char *from = tu_fmt("%s/%s", data_dir, fixture);
	char *to = tu_fmt("%s/points/%s/%s", run_dir, id, file);

	CHECK(tu_copy(from, to) == 0, "copy %s", from);
	free(from);
	free(to);
}

/* plan, points from the fixtures, summary: the run as vlab run leaves it */
static int build_run_of(const char *dir, const char *sweep_text, int want_rc)
{
	char *conf = tu_fmt("%s.conf", dir), *plan = tu_fmt("%s/plan", dir), *path, *order, *id;
	char *save = NULL;
	char *pargv[] = { (char *)plan_prog, "--sweep", conf, "--out", plan, NULL };
	char *sargv[] = { (char *)summarize_prog, (char *)dir, NULL };
	int ret = -1, probe = 0;

	mkdir(dir, 0755);
	path = tu_fmt("%s/points", dir);
	mkdir(path, 0755);
	free(path);
	tu_write(conf, sweep_text);
	if (run(pargv, 0, "vlab-plan"))
		goto out;
	order = slurp_in(plan, "order");
	for (id = order ? strtok_r(order, "\n", &save) : NULL; id; id = strtok_r(NULL, "\n", &save)) {
		int last = !!strstr(id, "-64k-qd4-j1-r2");

		if (last && strstr(id, "-stock-"))
			continue; /* never finished: missing */
		path = tu_fmt("%s/points/%s", dir, id);
		mkdir(path, 0755);
		free(path);
		put(dir, id, "fio-randread.json", "fio.json");
		put(dir, id, "perf-dd.txt", "perf-fio.txt");
		put(dir, id, "perf-sleep.txt", "perf-backend.txt");
		/* as many disk I/Os as fio counted: perf's figures stay 4.70 */
		path = tu_fmt("%s/points/%s/cpu.json", dir, id);
		tu_write(path, "{ \"clk_tck\": 100, \"backend_ticks\": 1, \"guest_busy_ticks\": 200, "
			       "\"guest_cpus\": 2, \"disk_ios\": 14038 }\n");
		free(path);
		path = tu_fmt("%s/points/%s/status", dir, id);
		tu_write(path, last ? "failed: backend crashed\n" : "ok\n");
		free(path);
		if (!probe++) {
			path = tu_fmt("%s/points/%s/vduse-lat.json", dir, id);
			tu_write(path, "{\"stage\": \"any\"}\n");
			free(path);
		}
	}
	free(order);
	path = tu_fmt("%s/manifest.json", dir);
	tu_write(path, "{ \"name\": \"unit-report\", \"accelerator\": \"tcg\", \"guest_kernel\": \"6.1.0-test\" }\n");
	free(path);
	ret = run(sargv, want_rc, "vlab-summarize");
out:
	free(conf);
	free(plan);
	return ret;
}

static int build_run(const char *dir)
{
	return build_run_of(dir, sweep, 1); /* one failed, one missing */
}

static void check_md(const char *dir, const char *const *want, size_t n);
static void check_picture(const char *dir, const char *base);
static size_t count(const char *text, const char *what);

/* baseline_backend q:b, and a driver running the unsafe bounce_strategy=direct */
static const char *const sweep_bb =
	"[sweep]\nquestion = Does it work?\nname = unit-report\nseed = 11\nrepetitions = 2\nbaseline_backend = q:b\n"
	"[driver stock]\nmodule = stock\n[driver direct]\nmodule = ours\nknobs = bounce_strategy=direct\n"
	"[backend q]\ntype = qsd-null\n[backend b]\ntype = blkd-null\n"
	"[workload w]\nrw = randread\nbs = 4k\niodepth = 1\n"
	"[headline bq]\nmetric = iops\nof = backend\ngoal = >= 1.5\n"
	"[headline dd]\nmetric = iops\nof = driver\nwhere = backend=b\ngoal = within 0.005\n";

/*
 * Set ratio_sig (field 25) to 1 on the aggregate rows that start with
 * config and hold metric: what the summarizer writes for a ratio outside
 * the noise floor.
 */
static void mark_significant(const char *dir, const char *config, const char *metric)
{
	char *path = tu_fmt("%s/aggregate.csv", dir), *text = tu_slurp(path), *out = tu_fmt("%s", "");
	char *line, *save = NULL, *more, *c;
	int i;

	for (line = text ? strtok_r(text, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
		if (!strncmp(line, config, strlen(config)) && strstr(line, metric)) {
			for (c = line, i = 0; c && i < 25; i++) {
				c = strchr(c, ',');
				c = c ? c + 1 : NULL;
			}
			if (c && (*c == '0' || *c == ','))
				more = tu_fmt("%s%.*s1%s\n", out, (int)(c - line), line,
					      *c == '0' ? c + 1 : c);
			else
				more = tu_fmt("%s%s\n", out, line);
		} else {
			more = tu_fmt("%s%s\n", out, line);
		}
		free(out);
		out = more;
	}
	tu_write(path, out);
	free(out);
	free(text);
	free(path);
}

/* Drivers trying two knobs of ours, one of them unsafe; a2 sets none but is not ours. */
static const char *const sweep_knobs =
	"[sweep]\nquestion = Does it work?\nname = unit-report\nseed = 11\nrepetitions = 2\n"
	"[driver stock]\nmodule = stock\n[driver ours]\nmodule = ours\n"
	"[driver prealloc]\nmodule = ours\nknobs = bounce_strategy=prealloc\n"
	"[driver kick]\nmodule = ours\nknobs = kick_mode=work\n"
	"[driver direct]\nmodule = ours\nknobs = bounce_strategy=direct\n"
	"[backend null]\ntype = qsd-null\n[workload w]\nrw = randread\nbs = 4k\niodepth = 1, 4\n";

/* The text of gp from the panel titled title to the next panel or the end. */
static char *panel(const char *gp, const char *title)
{
	const char *a = gp ? strstr(gp, title) : NULL, *b;

	if (!a)
		return tu_fmt("%s", "");
	b = strstr(a + 1, "  set title ");
	return b ? tu_fmt("%.*s", (int)(b - a), a) : tu_fmt("%s", a);
}

/*
 * A panel per knob, each with the baseline, ours (the default: same
 * module, no knobs) and the drivers setting that knob, none other; the
 * unsafe one marked. A run without knobs (the full run) has no such chart.
 */
static void check_knob_panels(const char *dir, const char *plain)
{
	char *rargv[] = { (char *)report_prog, (char *)dir, NULL }, *gp, *p, *path;

	if (build_run_of(dir, sweep_knobs, 0) || run(rargv, 0, "vlab-report with knobs"))
		return;
	check_picture(dir, "charts/knobs-null-randread-4k-j1");
	gp = slurp_in(dir, "charts/knobs.gp");
	CHECK(gp && count(gp, "set multiplot layout 1,2 title") == 1 &&
	      count(gp, "  set title ") == 1 + 2, "knobs.gp: not one chart of two panels");
	p = panel(gp, "  set title 'bounce_strategy'");
	CHECK(strstr(p, "title 'stock (baseline)'") && strstr(p, "title 'ours (default)'") &&
	      strstr(p, "title 'prealloc bounce_strategy=prealloc'") &&
	      strstr(p, "dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct'") &&
	      !strstr(p, "kick"), "the bounce_strategy panel:\n%s", p);
	free(p);
	p = panel(gp, "  set title 'kick_mode'");
	CHECK(strstr(p, "title 'stock (baseline)'") && strstr(p, "title 'ours (default)'") &&
	      strstr(p, "title 'kick kick_mode=work'") && !strstr(p, "prealloc") &&
	      !strstr(p, "direct"), "the kick_mode panel:\n%s", p);
	free(p);
	free(gp);
	path = tu_fmt("%s/charts/knobs.gp", plain);
	CHECK(access(path, F_OK) < 0, "knob charts for a run without knobs");
	free(path);
}

/* An A/A control a2 of the baseline stock, and a run measured on icount, a boot a repetition. */
static const char *const sweep_aa =
	"[sweep]\nquestion = Does it work?\nname = unit-report\nseed = 11\nrepetitions = 2\ncontrol = a2\n"
	"boots = per-repetition\n"
	"[driver stock]\nmodule = stock\n[driver a2]\nmodule = stock\n[driver ours]\nmodule = ours\n"
	"[backend null]\ntype = qsd-null\n[workload w]\nrw = randread\nbs = 4k\niodepth = 1\n";

static void check_control_and_clock(const char *r4)
{
	static const char *const want[] = {
		"| Clock | icount (TCG, one thread, 4 ns per guest instruction) |\n",
		"| Boots | 2, one per repetition: the intervals take in what differs between boots |\n",
		"Measured on the instruction clock: icount (TCG, one thread",
		"## Noise floor: the A/A control\n",
		"Driver a2 repeats the baseline driver stock exactly.",
		/* identical fixtures: the A/A ratio is 1 and so is the floor */
		"| randread 4k, 1 job(s) | 1 | null | 1.000 \\[1.000, 1.000\\] | 0.00% | 0.00% |\n",
		"Across this run, the A/A intervals reach at most 0.00% from 1.",
	};
	char *rargv[] = { (char *)report_prog, (char *)r4, NULL }, *path, *md, *gp;

	if (build_run_of(r4, sweep_aa, 0))
		return;
	path = tu_fmt("%s/manifest.json", r4);
	tu_write(path, "{ \"name\": \"unit-report\", \"accelerator\": \"tcg\", \"guest_kernel\": \"6.1.0-test\", "
		       "\"clock\": { \"name\": \"icount\", \"label\": \"icount (TCG, one thread, 4 ns per guest instruction)\" }, "
		       "\"vm\": { \"boots\": 2 } }\n");
	free(path);
	if (run(rargv, 0, "vlab-report with a control on icount"))
		return;
	check_md(r4, want, sizeof(want) / sizeof(want[0]));
	md = slurp_in(r4, "REPORT.md");
	CHECK(md && !strstr(md, "only in-boot ratios"), "an icount run called noisy");
	/* ours equals stock exactly here, so no ratio may be marked a difference */
	CHECK(md && !strstr(md, "] *"), "a ratio inside the noise floor is marked significant");
	free(md);
	mark_significant(r4, "ours/null,", ",iops,");
	if (!run(rargv, 0, "vlab-report with a significant ratio")) {
		md = slurp_in(r4, "REPORT.md");
		CHECK(md && strstr(md, "| 1 | ours/null | 2 | 14024 \\[14024, 14024\\] (range of 2, 50%) | "
				       "70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | 1.000 \\[1.000, 1.000\\] \\* |\n"),
		      "a ratio with ratio_sig 1 is not marked *:\n%s", md ? md : "");
		CHECK(md && strstr(md, "| 1 | a2/null | 2 | 14024 \\[14024, 14024\\] (range of 2, 50%) | "
				       "70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | 1.000 \\[1.000, 1.000\\] |\n"),
		      "a ratio with ratio_sig 0 is marked");
		free(md);
	}
	gp = slurp_in(r4, "charts/ratio.gp");
	CHECK(gp && strstr(gp, "Clock: icount (TCG, one thread, 4 ns per guest instruction)'") &&
	      !strstr(gp, "compare configurations only"), "ratio.gp's footer does not name icount alone");
	free(gp);
}

/*
 * The sweep's headlines come first, each a table of its cells with their
 * verdict and a chart with the goal's line; the fixture's ratios are all
 * 1.000 [1.000, 1.000]: missing ">= 1.5", meeting "within 0.005".
 */
static void check_headlines(const char *r3)
{
	static const char *const want[] = {
		"| Question | Does it work? |\n",
		"## Headline: bq\n\niops of each backend against its baseline backend: 2 cells; goal \\>= 1.5: 0 met, 2 missed, 0 undecided.",
		"| stock/b | randread 4k QD 1, 1 job(s) | 1.000 \\[1.000, 1.000\\] | missed |\n",
		"## Headline: dd\n\niops of each driver against the baseline driver stock, backend=b: 1 cell; goal within 0.005: 1 met, 0 missed, 0 undecided.",
		"| direct/b (UNSAFE: bounce\\_strategy=direct) | randread 4k QD 1, 1 job(s) | 1.000 \\[1.000, 1.000\\] | met |\n",
		"](charts/headline-bq.png)", "](charts/headline-dd.png)",
	};
	char *md = slurp_in(r3, "REPORT.md"), *gp = slurp_in(r3, "charts/headline.gp");
	char *csv = slurp_in(r3, "charts/headline.csv");

	check_md(r3, want, sizeof(want) / sizeof(want[0]));
	CHECK(md && strstr(md, "## Headline: bq") && strstr(md, "## randread") &&
	      strstr(md, "## Headline: bq") < strstr(md, "## randread") &&
	      strstr(md, "## Headline: bq") < strstr(md, "UNSAFE RESULTS"),
	      "the headlines are not the first section");
	check_picture(r3, "charts/headline-bq");
	check_picture(r3, "charts/headline-dd");
	CHECK(gp && strstr(gp, "set arrow 2 from 1.5, graph 0") && strstr(gp, "title 'missed'") &&
	      strstr(gp, "set arrow 2 from 1.005, graph 0") && strstr(gp, "set arrow 3 from 0.995, graph 0") &&
	      strstr(gp, "title 'met'"), "headline.gp lacks the goal lines or verdicts");
	CHECK(csv && strstr(csv, "dd,1,direct/b (unsafe),randread 4k QD 1 j1,"),
	      "headline.csv does not mark direct/b unsafe");
	free(md);
	free(gp);
	free(csv);
}

/* Every chart marks an unsafe configuration: its title says so and its line is dashed. */
static void check_unsafe_charts(const char *r3)
{
	char *gp = slurp_in(r3, "chart.gp");

	CHECK(gp && strstr(gp, "linetype 4 dashtype (12, 6) title 'direct/b (unsafe)'") &&
	      strstr(gp, "linetype 1 title 'stock/q'"), "chart.gp does not mark direct/b unsafe");
	free(gp);
	gp = slurp_in(r3, "charts/lat.gp");
	CHECK(gp && strstr(gp, "title 'direct/q (unsafe) p99.9'") && strstr(gp, "title 'stock/q p50'"),
	      "lat.gp does not mark direct/q unsafe");
	free(gp);
	gp = slurp_in(r3, "charts/ratio.gp");
	CHECK(gp && strstr(gp, "pointtype 6 title 'direct/b (unsafe)'"),
	      "ratio.gp does not mark direct/b unsafe");
	free(gp);
}

static void check_backend_ratio_and_unsafe(const char *r3)
{
	static const char *const want[] = {
		"**UNSAFE RESULTS: 2 configuration(s) ran with bounce\\_strategy=direct",
		": direct/q, direct/b. Their figures",
		"| CPU/IO (us) | Guest CPU/IO (us) | IOPS ratio to baseline \\[95%\\] | IOPS ratio to baseline backend \\[95%\\] |\n",
		"| 1 | stock/q | 2 | 14024 \\[14024, 14024\\] (range of 2, 50%) | 70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | - | - |\n",
		"| 1 | stock/b | 2 | 14024 \\[14024, 14024\\] (range of 2, 50%) | 70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | - | 1.000 \\[1.000, 1.000\\] |\n",
		"| 1 | direct/b (UNSAFE: bounce\\_strategy=direct) | 2 | 14024 \\[14024, 14024\\] (range of 2, 50%) | 70.2 | 67.1 | 126.5 | 212.0 | 4.70 | 142.47 | 1.000 \\[1.000, 1.000\\] | 1.000 \\[1.000, 1.000\\] |\n",
		"as a geometric mean with its 95% t interval on the logarithms",
		"](charts/backend-ratio-iops.png)",
	};
	char *rargv[] = { (char *)report_prog, (char *)r3, NULL }, *html;

	if (build_run_of(r3, sweep_bb, 0) || run(rargv, 0, "vlab-report with baseline_backend"))
		return;
	check_md(r3, want, sizeof(want) / sizeof(want[0]));
	check_picture(r3, "charts/backend-ratio-iops");
	check_picture(r3, "charts/backend-ratio-lat_p99_us");
	check_unsafe_charts(r3);
	check_headlines(r3);
	html = slurp_in(r3, "report.html");
	CHECK(html && strstr(html, "UNSAFE RESULTS"), "report.html lacks the UNSAFE line");
	free(html);
}

/*
 * aggregate.csv as an older vlab-summarize wrote it: its last six columns
 * (ci_level, ratio_n, cv, noise_floor, ratio_sig, backend_ratio_sig) cut off. Its intervals are the bootstrap's, so
 * the report must not call them 95%.
 */
static void check_old_aggregate(const char *dir)
{
	static const char *const want[] = {
		"| IOPS \\[bootstrap interval\\] |", "IOPS ratio to baseline \\[bootstrap\\] |",
		"with the interval of an older vlab-summarize (a percentile bootstrap",
	};
	char *path = tu_fmt("%s/aggregate.csv", dir), *text = tu_slurp(path), *line, *save = NULL;
	char *cut = tu_fmt("%s", ""), *more, *md, *comma;
	char *rargv[] = { (char *)report_prog, (char *)dir, NULL };
	int i;

	for (line = text ? strtok_r(text, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
		for (i = 0; i < 6 && (comma = strrchr(line, ',')); i++)
			*comma = '\0';
		more = tu_fmt("%s%s\n", cut, line);
		free(cut);
		cut = more;
	}
	tu_write(path, cut);
	if (!run(rargv, 0, "vlab-report on an older aggregate.csv")) {
		check_md(dir, want, sizeof(want) / sizeof(want[0]));
		md = slurp_in(dir, "REPORT.md");
		CHECK(md && !strstr(md, "95% interval") && !strstr(md, "(range of"),
		      "an older aggregate's intervals shown as 95%% or as order statistics");
		free(md);
	}
	free(cut);
	free(text);
	free(path);
}

/*
 * The queue depth axes tick at the depths measured (1 and 4), nowhere else,
 * and each repetition is a dot beside its median: charts/reps.csv holds
 * the 14 ok points.
 */
static void check_axes_and_dots(const char *dir)
{
	char *gp = slurp_in(dir, "chart.gp"), *reps = slurp_in(dir, "charts/reps.csv");

	CHECK(gp && count(gp, "  set xtics (1, 4)\n  unset mxtics\n") == 2 &&
	      count(gp, "set xtics") == 2, "chart.gp's ticks are not the measured depths");
	CHECK(gp && count(gp, "'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && "
			      "strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/null' ? "
			      "$4*2**0.12 : NaN):8 with points linetype 2 pointtype 6") == 1,
	      "chart.gp draws no dots of ours/null's repetitions");
	free(gp);
	gp = slurp_in(dir, "charts/lat.gp");
	CHECK(gp && count(gp, "  set xtics (1, 4)\n") == 2 && count(gp, "set xtics") == 2,
	      "lat.gp's ticks are not the measured depths");
	/* a dot series per configuration and percentile, in each of the two charts */
	CHECK(gp && count(gp, "'reps.csv' skip 1") == 2 * 2 * 3, "lat.gp: %zu dot series",
	      count(gp, "'reps.csv' skip 1"));
	free(gp);
	CHECK(reps && count(reps, "\n") == 15 &&
	      !strncmp(reps, "rw,bs,numjobs,iodepth,config,rep,bs_bytes,iops,", 47) &&
	      strstr(reps, "\nrandread,64k,1,4,ours/null,1,65536,14023.976,") &&
	      !strstr(reps, "randread,64k,1,4,ours/null,2,"), "charts/reps.csv is not one row per ok point");
	free(reps);
}

static void check_md(const char *dir, const char *const *want, size_t n)
{
	char *md = slurp_in(dir, "REPORT.md");
	size_t i;

	CHECK(md != NULL, "no REPORT.md");
	for (i = 0; md && i < n; i++)
		CHECK(strstr(md, want[i]), "REPORT.md lacks [%s]:\n%s", want[i], md);
	free(md);
}

static void check_picture(const char *dir, const char *base)
{
	static const unsigned char png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	char *name = tu_fmt("%s.png", base), *png = slurp_in(dir, name), *svg;

	/* a PNG holds NUL bytes, so only its first 8 bytes are compared */
	CHECK(png && !memcmp(png, png_sig, sizeof(png_sig)), "%s/%s is not a PNG", dir, name);
	free(name);
	free(png);
	name = tu_fmt("%s.svg", base);
	svg = slurp_in(dir, name);
	CHECK(svg && strstr(svg, "<svg"), "%s/%s is not an SVG", dir, name);
	free(name);
	free(svg);
}

static size_t count(const char *text, const char *what)
{
	size_t n = 0;

	for (; text && (text = strstr(text, what)); text++)
		n++;
	return n;
}

static void check_html(const char *dir, size_t ncharts)
{
	char *html = slurp_in(dir, "report.html");

	CHECK(html && !strncmp(html, "<!DOCTYPE html>", 15), "report.html is not HTML");
	CHECK(count(html, "<svg") == ncharts, "report.html inlines %zu SVGs, expected %zu",
	      count(html, "<svg"), ncharts);
	CHECK(!count(html, "src=") && !count(html, "<script") && !count(html, "<link") &&
	      !count(html, "<img") && !count(html, "href=\"http") && !count(html, "href='http") &&
	      !count(html, "<?xml"), "report.html refers to something outside itself");
	CHECK(count(html, "<style>") == 1, "no inline CSS");
	free(html);
}

int main(int argc, char **argv)
{
	char *dir, *r1, *r2, *path, *gp, *md;
	char *rargv[] = { NULL, NULL, NULL };
	size_t i;

	if (argc != 5) {
		fprintf(stderr, "usage: %s VLAB_PLAN VLAB_SUMMARIZE VLAB_REPORT DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	if (!tu_have_program("gnuplot")) {
		printf("SKIP: gnuplot is not installed, so vlab-report cannot draw its charts\n");
		return T_SKIP;
	}
	plan_prog = argv[1];
	summarize_prog = argv[2];
	report_prog = argv[3];
	data_dir = argv[4];
	rargv[0] = (char *)report_prog;
	dir = tu_scratch();

	r1 = tu_fmt("%s/full", dir);
	rargv[1] = r1;
	if (!build_run(r1) && !run(rargv, 0, "vlab-report")) {
		check_md(r1, want_md, sizeof(want_md) / sizeof(want_md[0]));
		for (i = 0; i < NCHARTS; i++)
			check_picture(r1, charts[i]);
		check_html(r1, NCHARTS);
		check_axes_and_dots(r1);
		gp = slurp_in(r1, "charts/ratio.gp");
		CHECK(gp && strstr(gp, "Clock: wall (tcg; recorded before the clock field existed); "
				   "compare configurations only"), "ratio.gp lacks the clock footer");
		CHECK(gp && strstr(gp, "geometric mean of paired ratios, 95% t interval"),
		      "ratio.gp does not name the interval");
		free(gp);
		md = slurp_in(r1, "REPORT.md");
		CHECK(md && !strstr(md, "ootstrap"), "REPORT.md still names the bootstrap");
		free(md);
		check_old_aggregate(r1);
	}

	/* legacy summary, every point failed, KVM */
	r2 = tu_fmt("%s/all-failed", dir);
	mkdir(r2, 0755);
	path = tu_fmt("%s/summary.csv", r2);
	tu_write(path, "id,seq,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,bw_kib_s,"
		       "lat_mean_us,lat_p50_us,lat_p99_us,lat_p999_us,total_ios,fio_error,module\n"
		       "000-b,0,ours,qsd-null,randwrite,64k,1,1,1,failed: no fio.json,,,,,,,,,\n"
		       "001-b,1,stock,qsd-null,randwrite,64k,1,1,1,failed: no fio.json,,,,,,,,,\n");
	free(path);
	path = tu_fmt("%s/manifest.json", r2);
	tu_write(path, "{ \"name\": \"none-ok\", \"accelerator\": \"kvm\" }\n");
	free(path);
	rargv[1] = r2;
	if (!run(rargv, 0, "vlab-report on a failed run")) {
		static const char *const want[] = {
			"| Accelerator | kvm |\n", "| Points | 2: 0 ok, 2 failed, 0 missing |\n",
			"| 1 | ours/qsd-null | - | - | - | - | - | - | - | - | - |\n",
			"- 000-b: failed: no fio.json\n", "No probe data",
			"No aggregate.csv",
		};
		char *md = slurp_in(r2, "REPORT.md");

		check_md(r2, want, sizeof(want) / sizeof(want[0]));
		CHECK(md && !strstr(md, "in-boot ratios"), "TCG sentence in a KVM report");
		free(md);
		check_picture(r2, "chart");
		check_html(r2, 1);
	}
	path = tu_fmt("%s/bb", dir);
	check_backend_ratio_and_unsafe(path);
	free(path);
	path = tu_fmt("%s/aa", dir);
	check_control_and_clock(path);
	free(path);
	path = tu_fmt("%s/knobs", dir);
	check_knob_panels(path, r1);
	free(path);
	free(r1);
	free(r2);
	tu_scratch_done(dir);
	return tu_result("report");
}
