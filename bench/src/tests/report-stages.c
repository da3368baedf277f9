// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-report draws the stage breakdown from the points'
 * vduse-lat.json records. A run built as tests/report.c builds one (vlab-plan,
 * the fio and perf fixtures, vlab-summarize), two configurations, queue
 * depths 1 and 4, three repetitions, with: a failed point holding a record
 * (not used), a point without a vduse-lat.json, one whose last line is
 * truncated (the complete line before it is used), one with an interval
 * line before the whole-run line (the last is used), and unknown keys
 * everywhere (ignored). charts/stages.csv must hold, per configuration and
 * queue depth, n and the median over repetitions of each stage's mean and of
 * probe I/Os / fio total_ios; charts/stages-randread-4k-j1.png and .svg must
 * be a PNG and an SVG; REPORT.md and report.html must hold the same figures
 * in the stage table and report.html the chart inline. A second workload
 * (64k, QD 1) gets its own rows, table and chart, and nothing of it shows
 * in the 4k chart. Skips without gnuplot.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"
#include "testutil.h"

static const char *plan_prog, *summarize_prog, *report_prog, *data_dir;

static const char *const sweep =
	"[sweep]\nquestion = Does it work?\nname = unit-stages\nseed = 5\nrepetitions = 3\n"
	"[driver stock]\nmodule = stock\n[driver ours]\nmodule = ours\n"
	"[backend null]\ntype = qsd-null\n"
	"[workload w]\nrw = randread\nbs = 4k\niodepth = 1, 4\n"
	"[workload big]\nrw = randread\nbs = 64k\niodepth = 1\n";

#define NSTAGES 7
#define FIO_IOS 14038.0 /* total_ios of fio-randread.json */
static const char *const stages[NSTAGES] = {
	"queue", "map", "kick", "backend", "irq", "complete", "total",
};

/* Each stage's mean at rep 1 of a configuration and queue depth; total is the sum. */
static const double base[2][2][NSTAGES] = {
	{ { 10, 20, 5, 100, 30, 15, 180 }, { 30, 60, 15, 300, 90, 45, 540 } },	/* stock qd1, qd4 */
	{ { 10, 8, 4, 90, 20, 12, 144 }, { 30, 24, 12, 270, 60, 36, 432 } },	/* ours qd1, qd4 */
};
/*
 * Per repetition: a factor on the means and the I/Os the probe saw. The
 * median of all three is factor 1.1 and ratio 1; of reps 1 and 2 only, 1.2
 * and 1.025, so a point wrongly counted or left out changes the figures.
 */
static const double factor[3] = { 1.0, 1.4, 1.1 };
static const double probe_ios[3] = { 14038, 14740, 7019 };

struct expect {
	const char *bs, *config;
	long qd;
	size_t n;
	double f, ratio;
	int big;	/* 64k: the means of 4k QD 4 doubled */
};
static const struct expect want[] = {
	{ "4k", "stock/null", 1, 2, 1.2, 1.025, 0 },	/* rep 3 failed */
	{ "4k", "ours/null", 1, 3, 1.1, 1.0, 0 },	/* rep 1 has an interval line first */
	{ "4k", "stock/null", 4, 3, 1.1, 1.0, 0 },	/* rep 2's last line is truncated */
	{ "4k", "ours/null", 4, 2, 1.2, 1.025, 0 },	/* rep 3 has no vduse-lat.json */
	{ "64k", "stock/null", 1, 3, 2.2, 1.0, 1 },
	{ "64k", "ours/null", 1, 3, 2.2, 1.0, 1 },
};
#define NWANT (sizeof(want) / sizeof(want[0]))

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

/* One vduse-lat -j line, the form ebpf/README.md gives, buckets left empty. */
static char *record(const double *means, double f, double ios)
{
	char *s = tu_fmt("{\"tool\":\"vduse-lat\",\"ts\":1795880036.058,\"interval_s\":5.5,"
			 "\"device\":\"vde\",\"probes\":{\"add\":\"fentry\"},\"unit\":\"us\","
			 "\"error_bound\":0.00390625,\"ios\":%.0f,\"unkicked\":0,"
			 "\"future_key\":[1,2],\"stages\":{", ios), *t;
	int i;

	for (i = 0; i < NSTAGES; i++) {
		t = tu_fmt("%s%s\"%s\":{\"count\":%.0f,\"mean\":%.6f,\"p50\":1,\"p90\":2,"
			   "\"p99\":3,\"p999\":4,\"max\":5,\"buckets\":[],\"future\":null}",
			   s, i ? "," : "", stages[i], ios, means[i] * f);
		free(s);
		s = t;
	}
	t = tu_fmt("%s}}\n", s);
	free(s);
	return t;
}

/*
 * The vduse-lat.json of point id (driver d, queue depth index q, rep 1..3),
 * if any; the 64k points (big) are plain, with the means of 4k QD 4 doubled.
 */
static void put_probe(const char *dir, const char *id, int d, int q, int rep, int big)
{
	char *path = tu_fmt("%s/points/%s/vduse-lat.json", dir, id);
	char *whole = record(base[d][big ? 1 : q], factor[rep - 1] * (big ? 2 : 1),
			     probe_ios[rep - 1]), *text, *early;

	if (big) {
		text = tu_fmt("%s", whole);
	} else if (d == 1 && q == 1 && rep == 3) {
		free(path);
		free(whole);
		return; /* the probe never ran */
	}
	if (d == 0 && q == 1 && rep == 2) {
		/* killed while printing: the last line stops in the middle */
		text = tu_fmt("%s{\"tool\":\"vduse-lat\",\"ios\":1,\"stages\":{\"queue\":{\"mean\":9", whole);
	} else if (d == 1 && q == 0 && rep == 1) {
		/* an interval line before the whole run's: only the last counts */
		early = record(base[d][q], 100, 5);
		text = tu_fmt("%s%s", early, whole);
		free(early);
	} else {
		text = tu_fmt("%s", whole);
	}
	tu_write(path, text);
	free(text);
	free(whole);
	free(path);
}

static int build_run(const char *dir)
{
	char *conf = tu_fmt("%s.conf", dir), *plan = tu_fmt("%s/plan", dir), *path, *order, *id;
	char *save = NULL;
	char *pargv[] = { (char *)plan_prog, "--sweep", conf, "--out", plan, NULL };
	char *sargv[] = { (char *)summarize_prog, (char *)dir, NULL };
	int ret = -1, d, q, rep, failed, big;

	mkdir(dir, 0755);
	path = tu_fmt("%s/points", dir);
	mkdir(path, 0755);
	free(path);
	tu_write(conf, sweep);
	if (run(pargv, 0, "vlab-plan"))
		goto out;
	order = slurp_in(plan, "order");
	CHECK(order != NULL, "no plan/order");
	for (id = order ? strtok_r(order, "\n", &save) : NULL; id; id = strtok_r(NULL, "\n", &save)) {
		d = strstr(id, "-ours-") != NULL;
		q = strstr(id, "-qd4-") != NULL;
		rep = id[strlen(id) - 1] - '0';
		big = strstr(id, "-64k-") != NULL;
		failed = !d && !q && !big && rep == 3;
		path = tu_fmt("%s/points/%s", dir, id);
		mkdir(path, 0755);
		free(path);
		put(dir, id, "fio-randread.json", "fio.json");
		put(dir, id, "perf-dd.txt", "perf-fio.txt");
		put(dir, id, "perf-sleep.txt", "perf-backend.txt");
		path = tu_fmt("%s/points/%s/status", dir, id);
		tu_write(path, failed ? "failed: guest hung\n" : "ok\n");
		free(path);
		put_probe(dir, id, d, q, rep, big);
	}
	free(order);
	path = tu_fmt("%s/manifest.json", dir);
	tu_write(path, "{ \"name\": \"unit-stages\", \"accelerator\": \"tcg\" }\n");
	free(path);
	ret = run(sargv, 1, "vlab-summarize"); /* one failed point */
out:
	free(conf);
	free(plan);
	return ret;
}

static double cell_num(const struct vlab_csv *csv, char **row, const char *col)
{
	int c = vlab_csv_col(csv, col);

	return c < 0 ? -1e9 : strtod(row[c], NULL);
}

static void check_csv(const char *dir)
{
	char *path = tu_fmt("%s/charts/stages.csv", dir), **row, *col;
	struct vlab_csv csv = { 0 };
	size_t i, k, found;
	int s, cc, cq, cb;

	CHECK(vlab_csv_read(path, &csv) == 0, "cannot read %s", path);
	cc = vlab_csv_col(&csv, "config");
	cq = vlab_csv_col(&csv, "iodepth");
	cb = vlab_csv_col(&csv, "bs");
	CHECK(cc >= 0 && cq >= 0 && cb >= 0, "stages.csv lacks config, iodepth or bs");
	CHECK(csv.nrows == NWANT, "stages.csv has %zu rows, expected %zu", csv.nrows, NWANT);
	for (k = 0; cc >= 0 && cq >= 0 && cb >= 0 && k < NWANT; k++) {
		const struct expect *e = &want[k];
		int d = !strcmp(e->config, "ours/null"), q = e->qd == 4 || e->big;

		for (i = 0, found = 0; i < csv.nrows; i++) {
			row = csv.rows[i];
			if (strcmp(row[cc], e->config) || atol(row[cq]) != e->qd ||
			    strcmp(row[cb], e->bs))
				continue;
			found++;
			CHECK_NEAR(cell_num(&csv, row, "n"), (double)e->n, 0);
			for (s = 0; s < NSTAGES; s++) {
				col = tu_fmt("%s_us", stages[s]);
				CHECK(tu_near(cell_num(&csv, row, col), base[d][q][s] * e->f, 0.0015),
				      "%s qd%ld %s = %s, expected %.3f", e->config, e->qd, col,
				      vlab_csv_col(&csv, col) < 0 ? "(none)" : row[vlab_csv_col(&csv, col)],
				      base[d][q][s] * e->f);
				free(col);
			}
			CHECK_NEAR(cell_num(&csv, row, "ios_ratio"), e->ratio, 0.0015);
			/* records without a breakdown (older vduse-lat): the kernel stages */
			CHECK(vlab_csv_col(&csv, "breakdown") >= 0 &&
			      !strcmp(row[vlab_csv_col(&csv, "breakdown")],
				      "queue map kick backend irq complete"),
			      "%s qd%ld: breakdown is not the kernel stages", e->config, e->qd);
		}
		CHECK(found == 1, "stages.csv has %zu rows for %s %s qd%ld", found, e->bs, e->config,
		      e->qd);
	}
	vlab_csv_free(&csv);
	free(path);
}

static void check_picture(const char *dir, const char *base_name)
{
	static const unsigned char png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	char *name = tu_fmt("%s.png", base_name), *png = slurp_in(dir, name), *svg;

	CHECK(png && !memcmp(png, png_sig, sizeof(png_sig)), "%s/%s is not a PNG", dir, name);
	free(name);
	free(png);
	name = tu_fmt("%s.svg", base_name);
	svg = slurp_in(dir, name);
	CHECK(svg && strstr(svg, "<svg"), "%s/%s is not an SVG", dir, name);
	free(name);
	free(svg);
}

/* The table row of want[k] as Markdown and as HTML. */
static void check_rows(const char *md, const char *html, size_t k)
{
	const struct expect *e = &want[k];
	int d = !strcmp(e->config, "ours/null"), q = e->qd == 4 || e->big, s;
	char *m = tu_fmt("| %ld | %s | %zu |", e->qd, e->config, e->n);
	char *h = tu_fmt("<tr><td class=\"r\">%ld</td><td>%s</td><td class=\"r\">%zu</td>",
			 e->qd, e->config, e->n), *t;

	for (s = 0; s < NSTAGES; s++) {
		t = tu_fmt("%s %.1f |", m, base[d][q][s] * e->f);
		free(m);
		m = t;
		t = tu_fmt("%s<td class=\"r\">%.1f</td>", h, base[d][q][s] * e->f);
		free(h);
		h = t;
	}
	t = tu_fmt("%s %.3f |\n", m, e->ratio);
	free(m);
	m = t;
	t = tu_fmt("%s<td class=\"r\">%.3f</td></tr>", h, e->ratio);
	free(h);
	h = t;
	CHECK(md && strstr(md, m), "REPORT.md lacks [%s]", m);
	CHECK(html && strstr(html, h), "report.html lacks [%s]", h);
	free(m);
	free(h);
}

int main(int argc, char **argv)
{
	static const char *const want_md[] = {
		"### Stage breakdown\n",
		"Probe data (vduse-lat.json) in 17 points, 16 of them successful",
		"#### randread, bs 4k, numjobs 1\n",
		"#### randread, bs 64k, numjobs 1\n",
		"| QD | Configuration | n | queue (us) | map (us) | kick (us) | backend (us) | "
		"irq (us) | complete (us) | total (us) | probe I/Os / fio I/Os |\n",
		"](charts/stages-randread-4k-j1.png)",
		"](charts/stages-randread-64k-j1.png)",
	};
	char *dir, *r, *md, *html, *gp;
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
	dir = tu_scratch();
	r = tu_fmt("%s/run", dir);
	rargv[0] = (char *)report_prog;
	rargv[1] = r;
	if (!build_run(r) && !run(rargv, 0, "vlab-report")) {
		check_csv(r);
		check_picture(r, "charts/stages-randread-4k-j1");
		check_picture(r, "charts/stages-randread-64k-j1");
		md = slurp_in(r, "REPORT.md");
		html = slurp_in(r, "report.html");
		for (i = 0; i < sizeof(want_md) / sizeof(want_md[0]); i++)
			CHECK(md && strstr(md, want_md[i]), "REPORT.md lacks [%s]:\n%s", want_md[i], md);
		CHECK(md && !strstr(md, "not drawn yet"), "REPORT.md still says the breakdown is not drawn");
		for (i = 0; i < NWANT; i++)
			check_rows(md, html, i);
		/* the stage chart's SVG inline, under its table */
		CHECK(html && strstr(html, "<h3>Stage breakdown</h3>") &&
		      strstr(strstr(html, "<h3>Stage breakdown</h3>"), "<svg") &&
		      strstr(html, "<code>charts/stages-randread-4k-j1.png</code>"),
		      "report.html lacks the inline stage chart");
		gp = slurp_in(r, "charts/stages.gp");
		CHECK(gp && strstr(gp, "Clock: wall (tcg; recorded before the clock field existed); "
				   "compare configurations only'") &&
		      strstr(gp, "rowstacked") && strstr(gp, "'mean latency per I/O (us)'") &&
		      strstr(gp, "clock wall"), "stages.gp lacks the clock footer, axis or title");
		/* stages.csv rows 0-3 are 4k, 4-5 are 64k: each chart plots its own only */
		CHECK(gp && strstr(gp, "every ::0::3 using 7:14") && strstr(gp, "every ::4::5 using 7:14") &&
		      strstr(gp, "every ::4::5 using 8:xtic(5)") && !strstr(gp, "every ::0::5"),
		      "stages.gp mixes the rows of the two workloads:\n%s", gp);
		free(gp);
		free(md);
		free(html);
	}
	free(r);
	tu_scratch_done(dir);
	return tu_result("report-stages");
}
