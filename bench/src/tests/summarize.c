// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-summarize turns a run folder built from the real fio
 * fixtures into summary.csv: one row per point sorted by seq, metrics from
 * fio JSON, status from the agent (its reason kept) or from fio, empty
 * metric cells for failed points, and exit 1 with a count when any failed;
 * exit 0 when none did; exit 1 and no csv when a params.json is broken.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"
#include "testutil.h"

static const char *plan_prog, *summarize_prog, *data_dir;

static const char *const header =
	"id,seq,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,bw_kib_s,lat_mean_us,"
	"lat_p50_us,lat_p99_us,lat_p999_us,total_ios,fio_error,module\n";

/* What each point of the 8-point run gets, by seq. */
struct setup {
	const char *fixture;	/* copied to fio.json, or NULL */
	const char *status;	/* the agent's status file, or NULL */
	const char *module;	/* module file, or NULL */
	/* expected summary cells from "status" to "module" */
	const char *cells;
};

/*
 * Metric values come from the fixtures as read with jq (see fio-json.c):
 * fio-randread.json iops 14023.976024, bw_bytes 57442205, clat mean 70159.73 ns,
 * p50/p99/p99.9 67072/126464/211968 ns, total_ios 14038.
 */
static const struct setup setups[] = {
	{ "fio-randread.json", "ok", "stock",
	  "ok,14023.976,56095.903,70.160,67.072,126.464,211.968,14038,0,stock" },
	/* two fio jobs: sums, weighted mean, no percentiles; no status file means fio decides */
	{ "fio-randread-2jobs.json", NULL, NULL,
	  "ok,41762.238,167048.950,46.787,,,,41804,0," },
	{ "fio-enospc.json", "ok", "stock",
	  "failed: fio job error 28 (No space left on device),,,,,,,,28,stock" },
	{ NULL, "failed: vdpa dev add, timed out\n", NULL,
	  "\"failed: vdpa dev add, timed out\",,,,,,,,," },
	{ "fio-badengine.txt", "ok", NULL,
	  "failed: fio.json holds no fio JSON output,,,,,,,,," },
	{ NULL, NULL, NULL, "failed: no fio.json,,,,,,,,," },
	{ "fio-randread.json", "failed", NULL, "failed: the agent gave no reason,,,,,,,,0," },
	{ "fio-randread.json", "ok\n", "lab-1a2b3c4d5e6f\n",
	  "ok,14023.976,56095.903,70.160,67.072,126.464,211.968,14038,0,lab-1a2b3c4d5e6f" },
};
#define NPOINTS (sizeof(setups) / sizeof(setups[0]))

static char *in_dir(const char *dir, const char *id, const char *file)
{
	return tu_fmt("%s/points/%s/%s", dir, id, file);
}

static int make_plan(const char *run, const char *iodepths, const char *reps)
{
	char *argv[] = { (char *)plan_prog, "--out", (char *)run, "--iodepths",
			 (char *)iodepths, "--reps", (char *)reps, "--seed", "5", NULL };
	int rc = tu_run(argv, NULL);

	CHECK(rc == 0, "vlab-plan exited %d", rc);
	return rc;
}

/* The order file as an array of ids (modifies text). */
static size_t read_ids(const char *run, char **text, char **ids, size_t max)
{
	char *path = tu_fmt("%s/order", run), *save = NULL, *l;
	size_t n = 0;

	*text = tu_slurp(path);
	free(path);
	for (l = *text ? strtok_r(*text, "\n", &save) : NULL; l && n < max;
	     l = strtok_r(NULL, "\n", &save))
		ids[n++] = l;
	return n;
}

static void populate(const char *run, char **ids)
{
	char *from, *to;
	size_t i;

	for (i = 0; i < NPOINTS; i++) {
		if (setups[i].fixture) {
			from = tu_fmt("%s/%s", data_dir, setups[i].fixture);
			to = in_dir(run, ids[i], "fio.json");
			CHECK(tu_copy(from, to) == 0, "copy %s", from);
			free(from);
			free(to);
		}
		if (setups[i].status) {
			to = in_dir(run, ids[i], "status");
			tu_write(to, setups[i].status);
			free(to);
		}
		if (setups[i].module) {
			to = in_dir(run, ids[i], "module");
			tu_write(to, setups[i].module);
			free(to);
		}
	}
}

static int summarize(const char *run, char **output)
{
	char *argv[] = { (char *)summarize_prog, (char *)run, NULL };

	return tu_run(argv, output);
}

static void test_mixed_run(const char *run)
{
	char *ids[NPOINTS], *order = NULL, *output = NULL, *path, *want, *got;
	struct vlab_csv csv;
	size_t i, n;
	int rc;

	/* default axes: stock,ours x qd 1,16 x 2 reps = 8 points */
	if (make_plan(run, "1,16", "2"))
		return;
	n = read_ids(run, &order, ids, NPOINTS);
	CHECK(n == NPOINTS, "%zu points planned", n);
	if (n != NPOINTS)
		goto out;
	populate(run, ids);

	rc = summarize(run, &output);
	CHECK(rc == 1, "exit %d with failed points, expected 1", rc);
	CHECK(output && strstr(output, "5 of 8 points failed"), "message: %s", output);

	path = tu_fmt("%s/summary.csv", run);
	got = tu_slurp(path);
	CHECK(got && !strncmp(got, header, strlen(header)), "header of %s", got);
	CHECK(vlab_csv_read(path, &csv) == 0, "summary.csv does not parse");
	CHECK(csv.nrows == NPOINTS, "%zu rows", csv.nrows);
	/* each row: id,seq,... then the expected cells; ids come from the plan */
	for (i = 0; got && i < NPOINTS; i++) {
		const char *driver = strstr(ids[i], "-stock-") ? "stock" : "ours";
		const char *qd = strstr(ids[i], "-qd16-") ? "16" : "1";

		want = tu_fmt("\n%s,%zu,%s,qsd-null,randread,4k,%s,1,%zu,%s\n", ids[i], i, driver,
			      qd, i / 4 + 1, setups[i].cells);
		CHECK(strstr(got, want), "row %zu missing:%s", i, want);
		free(want);
	}
	/* sorted by seq: row r is point r */
	for (i = 0; i < csv.nrows && i < NPOINTS; i++)
		CHECK(!strcmp(csv.rows[i][0], ids[i]), "row %zu is %s, expected %s", i,
		      csv.rows[i][0], ids[i]);
	vlab_csv_free(&csv);
	free(got);
	free(path);
out:
	free(output);
	free(order);
}

static void test_all_ok(const char *run)
{
	char *ids[2], *order = NULL, *output = NULL, *from, *to;
	size_t i, n;
	int rc;

	if (make_plan(run, "1", "1"))
		return;
	n = read_ids(run, &order, ids, 2);
	for (i = 0; i < n; i++) {
		from = tu_fmt("%s/fio-randread.json", data_dir);
		to = in_dir(run, ids[i], "fio.json");
		tu_copy(from, to);
		free(from);
		free(to);
	}
	rc = summarize(run, &output);
	CHECK(rc == 0, "all-ok run exited %d: %s", rc, output);
	free(output);
	free(order);
}

static void test_broken_params(const char *run)
{
	char *ids[2], *order = NULL, *path;
	struct stat st;
	int rc;

	if (make_plan(run, "1", "1") || read_ids(run, &order, ids, 2) != 2)
		goto out;
	path = in_dir(run, ids[1], "params.json");
	tu_write(path, "{ \"id\": ");
	free(path);
	rc = summarize(run, NULL);
	CHECK(rc == 1, "broken params.json: exit %d, expected 1", rc);
	path = tu_fmt("%s/summary.csv", run);
	CHECK(stat(path, &st) < 0, "summary.csv written from a broken run");
	free(path);
out:
	free(order);
}

int main(int argc, char **argv)
{
	char *dir, *run;

	if (argc != 4) {
		fprintf(stderr, "usage: %s VLAB_PLAN VLAB_SUMMARIZE DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	plan_prog = argv[1];
	summarize_prog = argv[2];
	data_dir = argv[3];
	dir = tu_scratch();

	run = tu_fmt("%s/mixed", dir);
	test_mixed_run(run);
	free(run);
	run = tu_fmt("%s/ok", dir);
	test_all_ok(run);
	free(run);
	run = tu_fmt("%s/broken", dir);
	test_broken_params(run);
	free(run);

	tu_scratch_done(dir);
	return tu_result("summarize");
}
