// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: an extra fio axis of lib/axes.def (rwmixread) downstream of
 * the planner, on a run built from data/sweep-rwmix.conf and the fio
 * fixtures (a different fixture per mix, so merged points would show).
 * vlab-summarize appends a rwmixread column to summary.csv and
 * aggregate.csv, empty for the points without it, and keeps points that
 * differ only in it apart (each aggregate median is its own points'); a
 * run without the axis has no such column. vlab-report gives each mix its
 * own table and charts ("randrw-read70"), and vlab-compare matches points
 * by it and names it in its JSON.
 *
 * The named axis fs the same way (data/sweep-fs.conf: fsync = 1 and fs =
 * none, ext4): summary.csv's fs column reads ext4 for the ext4 points and
 * is empty for the raw disk's, its fsync column 1 for all; the two are
 * separate aggregate groups, separate REPORT.md sections
 * ("randwrite-fsync1-ext4") and vlab-compare names fs by its name.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"
#include "testutil.h"

static const char *plan_prog, *summarize_prog, *report_prog, *compare_prog, *data_dir;

/* The fio fixture each kind of point gets: different figures per mix. */
static const char *fixture_of(const char *id)
{
	if (strstr(id, "-read70-"))
		return "fio-randrw.json";
	if (strstr(id, "-read30-"))
		return "fio-randread.json";
	if (strstr(id, "-ext4-"))
		return "fio-randrw.json";
	return "fio-randwrite.json";
}

static int run(char *const argv[], int want_rc, const char *what, char **output)
{
	char *out = NULL;
	int rc = tu_run(argv, &out);

	CHECK(rc == want_rc, "%s exited %d, expected %d: %s", what, rc, want_rc, out);
	if (output)
		*output = out;
	else
		free(out);
	return rc == want_rc ? 0 : -1;
}

/* RUN: the plan of sweep, every point ok from its fixture, a manifest, summarised. */
static int build_run(const char *dir, const char *sweep)
{
	char *conf = tu_fmt("%s/%s", data_dir, sweep), *plan = tu_fmt("%s/plan", dir);
	char *pargv[] = { (char *)plan_prog, "--sweep", conf, "--out", plan, NULL };
	char *sargv[] = { (char *)summarize_prog, (char *)dir, NULL };
	char *path, *order, *id, *save = NULL, *from, *to;
	int ret;

	mkdir(dir, 0755);
	path = tu_fmt("%s/points", dir);
	mkdir(path, 0755);
	free(path);
	ret = run(pargv, 0, "vlab-plan", NULL);
	path = tu_fmt("%s/order", plan);
	order = ret ? NULL : tu_slurp(path);
	free(path);
	for (id = order ? strtok_r(order, "\n", &save) : NULL; id; id = strtok_r(NULL, "\n", &save)) {
		path = tu_fmt("%s/points/%s", dir, id);
		mkdir(path, 0755);
		from = tu_fmt("%s/%s", data_dir, fixture_of(id));
		to = tu_fmt("%s/fio.json", path);
		CHECK(tu_copy(from, to) == 0, "copy %s", from);
		free(from);
		free(to);
		to = tu_fmt("%s/status", path);
		tu_write(to, "ok\n");
		free(to);
		free(path);
	}
	free(order);
	path = tu_fmt("%s/manifest.json", dir);
	tu_write(path, "{ \"name\": \"unit-xaxis\", \"accelerator\": \"tcg\", \"guest_kernel\": \"6.1\", "
		       "\"clock\": { \"name\": \"icount\", \"requested\": \"auto\", \"label\": \"icount\", "
		       "\"accelerator\": \"tcg\", \"tcg_thread\": \"single\", \"icount_shift\": 2 } }\n");
	free(path);
	free(conf);
	free(plan);
	return ret ? ret : run(sargv, 0, "vlab-summarize", NULL);
}

static int load(const char *dir, const char *file, struct vlab_csv *csv)
{
	char *path = tu_fmt("%s/%s", dir, file);
	int ret = vlab_csv_read(path, csv);

	CHECK(ret == 0, "cannot read %s: %d", path, ret);
	free(path);
	return ret;
}

/* summary.csv: the column last, 70, 30 or empty as the id says. */
static void check_summary(const char *dir)
{
	struct vlab_csv s = { 0 };
	int cid, cx;
	size_t i;

	if (load(dir, "summary.csv", &s))
		return;
	cid = vlab_csv_col(&s, "id");
	cx = vlab_csv_col(&s, "rwmixread");
	CHECK(cx == (int)s.ncols - 1 && !strcmp(s.header[cx - 1], "maps_per_io"),
	      "rwmixread is not appended after maps_per_io: column %d of %zu", cx, s.ncols);
	CHECK(s.nrows == 10, "10 points, got %zu", s.nrows);
	for (i = 0; cx >= 0 && i < s.nrows; i++) {
		const char *id = s.rows[i][cid], *v = s.rows[i][cx];
		const char *want = strstr(id, "-read70-") ? "70" : strstr(id, "-read30-") ? "30" : "";

		CHECK(!strcmp(v, want), "%s: rwmixread '%s', expected '%s'", id, v, want);
	}
	vlab_csv_free(&s);
}

/*
 * aggregate.csv: one group per mix and queue depth, each median that of
 * its own points, which came from the mix's own fixture.
 */
static void check_aggregate(const char *dir)
{
	struct vlab_csv a = { 0 }, s = { 0 };
	int cm, cx, cmed, cqd, cn, sx, sqd, siops;
	size_t i, j, groups = 0;

	if (load(dir, "aggregate.csv", &a) || load(dir, "summary.csv", &s))
		goto out;
	cm = vlab_csv_col(&a, "metric");
	cx = vlab_csv_col(&a, "rwmixread");
	cmed = vlab_csv_col(&a, "median");
	cqd = vlab_csv_col(&a, "iodepth");
	cn = vlab_csv_col(&a, "n");
	sx = vlab_csv_col(&s, "rwmixread");
	sqd = vlab_csv_col(&s, "iodepth");
	siops = vlab_csv_col(&s, "iops");
	CHECK(cx == (int)a.ncols - 1, "aggregate.csv: rwmixread is not the last column (%d)", cx);
	if (cx < 0 || sx < 0)
		goto out;
	for (i = 0; i < a.nrows; i++) {
		char **row = a.rows[i];

		if (strcmp(row[cm], "iops"))
			continue;
		groups++;
		CHECK(!strcmp(row[cn], "2"), "group %s qd%s: n %s, expected 2", row[cx], row[cqd],
		      row[cn]);
		for (j = 0; j < s.nrows; j++)
			if (!strcmp(s.rows[j][sx], row[cx]) && !strcmp(s.rows[j][sqd], row[cqd]))
				CHECK(!strcmp(s.rows[j][siops], row[cmed]),
				      "rwmixread '%s' qd%s: median %s, its points read %s", row[cx],
				      row[cqd], row[cmed], s.rows[j][siops]);
	}
	CHECK(groups == 5, "5 workload points (2 mixes x 2 depths, plain), got %zu", groups);
out:
	vlab_csv_free(&a);
	vlab_csv_free(&s);
}

/* A run without the axis: no such column anywhere. */
static void check_without(const char *dir)
{
	char *path = tu_fmt("%s/summary.csv", dir), *text = tu_slurp(path);

	CHECK(text && !strstr(text, "rwmixread"), "summary.csv of a run without it: %.200s", text);
	free(text);
	free(path);
	path = tu_fmt("%s/aggregate.csv", dir);
	text = tu_slurp(path);
	CHECK(text && !strstr(text, "rwmixread"), "aggregate.csv of a run without it");
	free(text);
	free(path);
}

static void check_report(const char *dir)
{
	char *rargv[] = { (char *)report_prog, (char *)dir, NULL };
	char *path = tu_fmt("%s/REPORT.md", dir), *md;
	const char *const heads[] = {
		"## randrw-read70, bs 4k, numjobs 1", "## randrw-read30, bs 4k, numjobs 1",
		"## randrw, bs 4k, numjobs 1",
	};
	size_t i;

	/* gnuplot may be missing: the tables are written either way */
	run(rargv, tu_have_program("gnuplot") ? 0 : 1, "vlab-report", NULL);
	md = tu_slurp(path);
	CHECK(md != NULL, "no REPORT.md");
	for (i = 0; md && i < sizeof(heads) / sizeof(heads[0]); i++)
		CHECK(strstr(md, heads[i]), "REPORT.md lacks '%s'", heads[i]);
	free(md);
	free(path);
	path = tu_fmt("%s/charts/reps.csv", dir);
	md = tu_slurp(path);
	CHECK(md && strstr(md, "\nrandrw-read30,4k,1,4,stock/null,"), "reps.csv: %.300s", md);
	free(md);
	free(path);
}

static void check_compare(const char *dir)
{
	char *cargv[] = { (char *)compare_prog, (char *)dir, (char *)dir, "--json", NULL };
	char *out = NULL;

	if (run(cargv, 0, "vlab-compare", &out))
		goto out;
	CHECK(strstr(out, "\"rw\": \"randrw\", \"bs\": \"4k\", \"iodepth\": 4, \"numjobs\": 1, "
			  "\"rwmixread\": 30, \"metric\": \"iops\""), "compare --json: %s", out);
	CHECK(strstr(out, "\"matched\": 5,"), "5 points matched: %s", out);
out:
	free(out);
}

/* A run of data/sweep-fs.conf: ext4 and the raw disk apart in every file. */
static void check_fs(const char *dir)
{
	char *rargv[] = { (char *)report_prog, (char *)dir, NULL };
	char *cargv[] = { (char *)compare_prog, (char *)dir, (char *)dir, "--json", NULL };
	struct vlab_csv s = { 0 }, a = { 0 };
	char *path, *text = NULL;
	int cid, cfs, csync, cm, cmed;
	size_t i, groups = 0;
	const char *med[2] = { NULL, NULL };

	if (load(dir, "summary.csv", &s) || load(dir, "aggregate.csv", &a))
		goto out;
	cid = vlab_csv_col(&s, "id");
	cfs = vlab_csv_col(&s, "fs");
	csync = vlab_csv_col(&s, "fsync");
	CHECK(cfs >= 0 && csync >= 0, "summary.csv lacks fs or fsync");
	CHECK(s.nrows == 4, "4 points, got %zu", s.nrows);
	for (i = 0; cfs >= 0 && csync >= 0 && i < s.nrows; i++) {
		const char *want = strstr(s.rows[i][cid], "-ext4-") ? "ext4" : "";

		CHECK(!strcmp(s.rows[i][cfs], want) && !strcmp(s.rows[i][csync], "1"),
		      "%s: fs '%s' fsync '%s', expected '%s' and 1", s.rows[i][cid], s.rows[i][cfs],
		      s.rows[i][csync], want);
	}
	cfs = vlab_csv_col(&a, "fs");
	cm = vlab_csv_col(&a, "metric");
	cmed = vlab_csv_col(&a, "median");
	for (i = 0; cfs >= 0 && i < a.nrows; i++)
		if (!strcmp(a.rows[i][cm], "iops")) {
			med[!!*a.rows[i][cfs]] = a.rows[i][cmed];
			groups++;
		}
	CHECK(groups == 2 && med[0] && med[1] && strcmp(med[0], med[1]),
	      "aggregate.csv: 2 iops groups (raw, ext4) with their own medians, got %zu", groups);
	run(rargv, tu_have_program("gnuplot") ? 0 : 1, "vlab-report", NULL);
	path = tu_fmt("%s/REPORT.md", dir);
	text = tu_slurp(path);
	free(path);
	CHECK(text && strstr(text, "## randwrite-fsync1-ext4, bs 4k, numjobs 1") &&
	      strstr(text, "## randwrite-fsync1, bs 4k, numjobs 1"), "REPORT.md lacks a section per fs");
	free(text);
	text = NULL;
	if (run(cargv, 0, "vlab-compare", &text))
		goto out;
	CHECK(strstr(text, "\"numjobs\": 1, \"fsync\": 1, \"fs\": \"ext4\", \"metric\": \"iops\""),
	      "compare --json: %s", text);
	CHECK(strstr(text, "\"matched\": 2,"), "2 points matched: %s", text);
out:
	free(text);
	vlab_csv_free(&s);
	vlab_csv_free(&a);
}

int main(int argc, char **argv)
{
	char *scratch, *mix, *plain, *fs;

	if (argc != 6) {
		fprintf(stderr, "usage: %s VLAB_PLAN VLAB_SUMMARIZE VLAB_REPORT VLAB_COMPARE DATA_DIR\n",
			argv[0]);
		return T_FAIL;
	}
	plan_prog = argv[1];
	summarize_prog = argv[2];
	report_prog = argv[3];
	compare_prog = argv[4];
	data_dir = argv[5];
	scratch = tu_scratch();
	mix = tu_fmt("%s/mix", scratch);
	plain = tu_fmt("%s/plain", scratch);
	fs = tu_fmt("%s/fs", scratch);
	if (!build_run(mix, "sweep-rwmix.conf")) {
		check_summary(mix);
		check_aggregate(mix);
		check_report(mix);
		check_compare(mix);
	}
	if (!build_run(plain, "sweep-order.conf"))
		check_without(plain);
	if (!build_run(fs, "sweep-fs.conf"))
		check_fs(fs);
	free(fs);
	free(mix);
	free(plain);
	tu_scratch_done(scratch);
	return tu_result("xaxis-results");
}
