// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: an extra fio axis of lib/axes.def (rwmixread) as the
 * planner sees it. The sweep parser takes a list of values in its range
 * (0 and 100 included), varying just slower than rw, and refuses, naming
 * FILE:LINE, the value and what is allowed: a value out of range or not a
 * number, one listed twice, the axis with an rw mode it means nothing with
 * (randread), and a point two sections share; points that differ only in
 * it are different points. vlab-plan writes it only for the points that
 * set it: "-read70" after rw in the id, the params.json key, its point.env
 * variable and VLAB_FIO_ARGS, the workload's list in plan.json; the other
 * points' files have none of it.
 *
 * The named axis fs (none, ext4) and the fio axis fsync beside it: a name
 * that is not one of fs's refused naming the allowed ones, a name listed
 * twice, fs = ext4 on a backend that keeps nothing (qsd-null, blkd-null,
 * nullb) naming the types that keep data, fsync with randread; fs = none
 * is the point without the axis (no tag, no key), ext4 a point of its own
 * ("-ext4" after the other tags, "fs": "ext4" in params.json, VLAB_FS in
 * point.env but not in VLAB_FIO_ARGS, the list by name in plan.json).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sweep.h"
#include "testutil.h"

/* 7 lines, the workload section last: cases append its keys */
#define MIX(rw) "[sweep]\nname = t\n[driver stock]\nmodule = stock\n[backend null]\n" \
		"type = qsd-null\n[workload w]\nrw = " rw "\nbs = 4k\niodepth = 1\n"

struct bad_case {
	const char *text;
	int line;
	const char *want, *want2;
};

static const struct bad_case bad[] = {
	{ MIX("randrw") "rwmixread = 101\n", 11,
	  "[workload w] rwmixread: '101' is not a whole number from 0 to 100", NULL },
	{ MIX("randrw") "rwmixread = -1\n", 11, "rwmixread: '-1' is not a whole number", NULL },
	{ MIX("randrw") "rwmixread = seventy\n", 11, "rwmixread: 'seventy' is not a whole number", NULL },
	{ MIX("randrw") "rwmixread = 70, 70\n", 11, "rwmixread: '70' is listed twice", NULL },
	{ MIX("randrw, randread") "rwmixread = 70\n", 11,
	  "[workload w] rwmixread: '70' is only for rw = rw, randrw", "this workload has rw = randread" },
	/* the check waits for the end of the section: rw may come after it */
	{ "[sweep]\nname = t\n[driver stock]\nmodule = stock\n[backend null]\ntype = qsd-null\n"
	  "[workload w]\nrwmixread = 30\nrw = write\nbs = 4k\niodepth = 1\n", 8,
	  "rwmixread: '30' is only for rw = rw, randrw", "rw = write" },
	{ MIX("randrw") "rwmixread = 70, 30\n[workload v]\nrw = randrw\nbs = 4k\niodepth = 1\n"
	  "rwmixread = 30\n", 12,
	  "[workload v] repeats the point rw randrw, rwmixread 30, bs 4k, iodepth 1, numjobs 1", NULL },
};

/* 7 lines, the workload section last, on a backend of type be */
#define FS(be, rw) "[sweep]\nname = t\n[driver ours]\nmodule = ours\n[backend b]\n" \
		   "type = " be "\n[workload w]\nrw = " rw "\nbs = 4k\niodepth = 1\n"

static const struct bad_case bad_fs[] = {
	{ FS("blkd-ram", "randwrite") "fs = xfs\n", 11,
	  "[workload w] fs: 'xfs' is not allowed; allowed: none, ext4", NULL },
	{ FS("blkd-ram", "randwrite") "fs = ext4, none, ext4\n", 11, "fs: 'ext4' is listed twice", NULL },
	{ FS("blkd-ram", "randwrite") "fs = 1\n", 11, "fs: '1' is not allowed; allowed: none, ext4", NULL },
	{ FS("qsd-null", "randwrite") "fs = none, ext4\n", 11,
	  "[workload w] fs: 'ext4' needs a disk that keeps what is written, and [backend b] (line 5, type = qsd-null) keeps nothing",
	  "the types that do: qsd-ram, qsd-file, blkd-ram, blkd-file, ublk-ram, ublk-file" },
	{ FS("blkd-null", "randwrite") "fs = ext4\n", 11, "type = blkd-null) keeps nothing", NULL },
	{ FS("nullb", "randwrite") "fs = ext4\n", 11, "type = nullb) keeps nothing", NULL },
	{ FS("blkd-ram", "randread") "fsync = 1\n", 11,
	  "[workload w] fsync: '1' is only for rw = write, randwrite, rw, randrw", "rw = randread" },
	{ FS("blkd-ram", "randwrite") "fsync = 0\n", 11, "fsync: '0' is not a whole number from 1 to 1024",
	  NULL },
	/* fs = none is the raw disk's point, the one a section without fs has */
	{ FS("blkd-ram", "randwrite") "fs = none, ext4\n[workload raw]\nrw = randwrite\nbs = 4k\n"
	  "iodepth = 1\n", 12, "[workload raw] repeats the point rw randwrite, bs 4k, iodepth 1", NULL },
};

static void check_bad(const struct bad_case *cases, size_t n)
{
	struct sweep sw;
	char *err, *where;
	size_t i;
	int ret;

	for (i = 0; i < n; i++) {
		err = NULL;
		where = tu_fmt("t.conf:%d: ", cases[i].line);
		ret = sweep_parse("t.conf", cases[i].text, &sw, &err);
		CHECK(ret == -EINVAL, "case %zu: ret %d, expected -EINVAL", i, ret);
		CHECK(err && !strncmp(err, where, strlen(where)), "case %zu: [%s] does not start with [%s]",
		      i, err, where);
		CHECK(err && strstr(err, cases[i].want), "case %zu: [%s] lacks [%s]", i, err, cases[i].want);
		CHECK(!cases[i].want2 || (err && strstr(err, cases[i].want2)), "case %zu: [%s] lacks [%s]",
		      i, err, cases[i].want2);
		free(err);
		free(where);
		sweep_free(&sw);
	}
}

static void check_good(void)
{
	/* the ends of the range; a second section differing only in rwmixread */
	const char *text = MIX("rw, randrw") "rwmixread = 0, 100\nnumjobs = 1, 2\n"
			   "[workload v]\nrw = randrw\nbs = 4k\niodepth = 1\nrwmixread = 50\n"
			   "[workload plain]\nrw = randrw\nbs = 4k\niodepth = 1\n";
	struct sweep_wpoint pt;
	struct sweep sw;
	char *err = NULL;
	int ret = sweep_parse("t.conf", text, &sw, &err);

	CHECK(ret == 0, "good sweep refused: %s", err);
	if (ret)
		goto out;
	CHECK(sw.workloads[0].nx[0] == 2 && sw.workloads[0].xv[0][0] == 0 &&
	      sw.workloads[0].xv[0][1] == 100, "rwmixread list not kept");
	CHECK(sweep_workload_points(&sw.workloads[0]) == 8, "2 rw x 2 mixes x 2 numjobs: %zu",
	      sweep_workload_points(&sw.workloads[0]));
	CHECK(sw.workloads[2].nx[0] == 0, "a section without it has no rwmixread");
	CHECK(sweep_workload_points(&sw.workloads[2]) == 1, "without it: one point");
	/* rw slowest, then rwmixread, then numjobs (the order written) */
	sweep_workload_at(&sw.workloads[0], 0, &pt);
	CHECK(!strcmp(pt.rw, "rw") && pt.x.v[0] == 0 && pt.numjobs == 1, "point 0: %s %ld j%u",
	      pt.rw, pt.x.v[0], pt.numjobs);
	sweep_workload_at(&sw.workloads[0], 3, &pt);
	CHECK(!strcmp(pt.rw, "rw") && pt.x.v[0] == 100 && pt.numjobs == 2, "point 3: %s %ld j%u",
	      pt.rw, pt.x.v[0], pt.numjobs);
	sweep_workload_at(&sw.workloads[0], 5, &pt);
	CHECK(!strcmp(pt.rw, "randrw") && pt.x.v[0] == 0 && pt.numjobs == 2, "point 5: %s %ld j%u",
	      pt.rw, pt.x.v[0], pt.numjobs);
	sweep_workload_at(&sw.workloads[2], 0, &pt);
	CHECK(pt.x.v[0] == VLAB_XAXIS_UNSET, "plain point has rwmixread %ld", pt.x.v[0]);
out:
	free(err);
	sweep_free(&sw);
}

/* fs = none is the point without the axis; ext4 one of its own, after fsync */
static void check_good_fs(void)
{
	const char *text = FS("blkd-ram", "randwrite") "fs = none, ext4\nfsync = 1\n"
			   "[backend q]\ntype = qsd-ram\n";
	const long fs = VLAB_AXIS_FS - VLAB_AXIS_NCORE, fsync = VLAB_AXIS_FSYNC - VLAB_AXIS_NCORE;
	struct sweep_wpoint pt;
	struct sweep sw;
	char *err = NULL, buf[64];
	int ret = sweep_parse("t.conf", text, &sw, &err);

	CHECK(ret == 0, "good fs sweep refused: %s", err);
	if (ret)
		goto out;
	CHECK(sweep_workload_points(&sw.workloads[0]) == 2, "none and ext4: %zu points",
	      sweep_workload_points(&sw.workloads[0]));
	sweep_workload_at(&sw.workloads[0], 0, &pt);
	CHECK(pt.x.v[fs] == VLAB_XAXIS_UNSET && pt.x.v[fsync] == 1, "fs none: fs %ld fsync %ld",
	      pt.x.v[fs], pt.x.v[fsync]);
	CHECK(!strcmp(vlab_rw_label(pt.rw, &pt.x, buf, sizeof(buf)), "randwrite-fsync1"), "label %s",
	      buf);
	sweep_workload_at(&sw.workloads[0], 1, &pt);
	CHECK(!strcmp(vlab_rw_label(pt.rw, &pt.x, buf, sizeof(buf)), "randwrite-fsync1-ext4"),
	      "label %s", buf);
	CHECK(!strcmp(vlab_xvals_describe(&pt.x, buf, sizeof(buf)), ", fsync 1, fs ext4"), "describe %s",
	      buf);
out:
	free(err);
	sweep_free(&sw);
}

/*
 * The plan's file (points/ID/FILE, or FILE with id NULL) holds want and
 * not unwanted (either NULL for none).
 */
static void expect_file(const char *plan, const char *id, const char *file, const char *want,
			const char *unwanted)
{
	char *path = id ? tu_fmt("%s/points/%s/%s", plan, id, file) : tu_fmt("%s/%s", plan, file);
	char *text = tu_slurp(path);

	CHECK(text && (!want || strstr(text, want)) && (!unwanted || !strstr(text, unwanted)),
	      "%s lacks [%s] or holds [%s]: %s", path, want ? want : "", unwanted ? unwanted : "", text);
	free(text);
	free(path);
}

/* Plan sweep (a file of data_dir) into a scratch folder; its plan folder in *plan. */
static char *plan_sweep(const char *plan_prog, const char *data_dir, const char *sweep, char **plan)
{
	char *dir = tu_scratch(), *conf = tu_fmt("%s/%s", data_dir, sweep), *out = NULL;
	char *argv[] = { (char *)plan_prog, "--sweep", conf, "--out", NULL, NULL };
	int rc;

	*plan = tu_fmt("%s/plan", dir);
	argv[4] = *plan;
	rc = tu_run(argv, &out);
	CHECK(rc == 0, "vlab-plan %s exited %d: %s", sweep, rc, out);
	free(out);
	free(conf);
	return dir;
}

/* The planned files of data/sweep-rwmix.conf. */
static void check_plan(const char *plan_prog, const char *data_dir)
{
	char *plan, *dir = plan_sweep(plan_prog, data_dir, "sweep-rwmix.conf", &plan);
	const char *mix = "000-stock-null-randrw-read70-4k-qd1-j1-r1";
	const char *plain = "004-stock-null-randrw-4k-qd1-j1-r1";
	/* one configuration: the order is the sweep's, rwmixread just slower than rw */
	const char *first = "000-stock-null-randrw-read70-4k-qd1-j1-r1\n"
			    "001-stock-null-randrw-read70-4k-qd4-j1-r1\n"
			    "002-stock-null-randrw-read30-4k-qd1-j1-r1\n"
			    "003-stock-null-randrw-read30-4k-qd4-j1-r1\n"
			    "004-stock-null-randrw-4k-qd1-j1-r1\n"
			    "005-stock-null-randrw-read70-4k-qd1-j1-r2\n";

	expect_file(plan, NULL, "order", first, NULL);
	expect_file(plan, mix, "params.json", "\"numjobs\": 1,\n  \"rwmixread\": 70,\n", NULL);
	expect_file(plan, mix, "point.env", "VLAB_NUMJOBS='1'\nVLAB_RWMIXREAD='70'\n"
		    "VLAB_FIO_ARGS='--rwmixread=70'\nVLAB_RUNTIME=", NULL);
	expect_file(plan, plain, "params.json", NULL, "rwmixread");
	expect_file(plan, plain, "point.env", NULL, "RWMIXREAD");
	expect_file(plan, plain, "point.env", NULL, "VLAB_FIO_ARGS");
	expect_file(plan, NULL, "plan.json", "\"rwmixread\": [\n        70,\n        30\n      ]", NULL);
	free(plan);
	tu_scratch_done(dir);
}

/* The planned files of data/sweep-fs.conf: the ext4 point's and the raw disk's. */
static void check_plan_fs(const char *plan_prog, const char *data_dir)
{
	char *plan, *dir = plan_sweep(plan_prog, data_dir, "sweep-fs.conf", &plan);
	const char *ext4 = "001-ours-ram-randwrite-fsync1-ext4-4k-qd1-j1-r1";
	const char *raw = "000-ours-ram-randwrite-fsync1-4k-qd1-j1-r1";

	expect_file(plan, NULL, "order", "000-ours-ram-randwrite-fsync1-4k-qd1-j1-r1\n"
		    "001-ours-ram-randwrite-fsync1-ext4-4k-qd1-j1-r1\n", NULL);
	expect_file(plan, ext4, "params.json", "\"fsync\": 1,\n  \"fs\": \"ext4\",\n", NULL);
	expect_file(plan, ext4, "point.env",
		    "VLAB_FSYNC='1'\nVLAB_FS='ext4'\nVLAB_FIO_ARGS='--fsync=1'\n", NULL);
	expect_file(plan, raw, "params.json", "\"fsync\": 1,", "\"fs\"");
	expect_file(plan, raw, "point.env", "VLAB_FIO_ARGS='--fsync=1'\n", "VLAB_FS=");
	expect_file(plan, NULL, "plan.json", "\"fs\": [\n        \"none\",\n        \"ext4\"\n      ]",
		    NULL);
	free(plan);
	tu_scratch_done(dir);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s VLAB_PLAN DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	check_bad(bad, sizeof(bad) / sizeof(bad[0]));
	check_bad(bad_fs, sizeof(bad_fs) / sizeof(bad_fs[0]));
	check_good();
	check_good_fs();
	check_plan(argv[1], argv[2]);
	check_plan_fs(argv[1], argv[2]);
	return tu_result("xaxis-plan");
}
