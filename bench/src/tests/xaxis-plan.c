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

static const struct {
	const char *text;
	int line;
	const char *want, *want2;
} bad[] = {
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

static void check_bad(void)
{
	struct sweep sw;
	char *err, *where;
	size_t i;
	int ret;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		err = NULL;
		where = tu_fmt("t.conf:%d: ", bad[i].line);
		ret = sweep_parse("t.conf", bad[i].text, &sw, &err);
		CHECK(ret == -EINVAL, "case %zu: ret %d, expected -EINVAL", i, ret);
		CHECK(err && !strncmp(err, where, strlen(where)), "case %zu: [%s] does not start with [%s]",
		      i, err, where);
		CHECK(err && strstr(err, bad[i].want), "case %zu: [%s] lacks [%s]", i, err, bad[i].want);
		CHECK(!bad[i].want2 || (err && strstr(err, bad[i].want2)), "case %zu: [%s] lacks [%s]",
		      i, err, bad[i].want2);
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

static char *point_file(const char *plan, const char *id, const char *file)
{
	char *path = tu_fmt("%s/points/%s/%s", plan, id, file), *text = tu_slurp(path);

	CHECK(text != NULL, "cannot read %s", path);
	free(path);
	return text;
}

/* The planned files of data/sweep-rwmix.conf. */
static void check_plan(const char *plan_prog, const char *data_dir)
{
	char *dir = tu_scratch(), *plan = tu_fmt("%s/plan", dir);
	char *conf = tu_fmt("%s/sweep-rwmix.conf", data_dir), *out = NULL, *order, *text;
	char *argv[] = { (char *)plan_prog, "--sweep", conf, "--out", plan, NULL };
	const char *mix = "000-stock-null-randrw-read70-4k-qd1-j1-r1";
	const char *plain = "004-stock-null-randrw-4k-qd1-j1-r1";
	/* one configuration: the order is the sweep's, rwmixread just slower than rw */
	const char *first = "000-stock-null-randrw-read70-4k-qd1-j1-r1\n"
			    "001-stock-null-randrw-read70-4k-qd4-j1-r1\n"
			    "002-stock-null-randrw-read30-4k-qd1-j1-r1\n"
			    "003-stock-null-randrw-read30-4k-qd4-j1-r1\n"
			    "004-stock-null-randrw-4k-qd1-j1-r1\n"
			    "005-stock-null-randrw-read70-4k-qd1-j1-r2\n";
	int rc = tu_run(argv, &out);

	CHECK(rc == 0, "vlab-plan exited %d: %s", rc, out);
	order = tu_fmt("%s/order", plan);
	text = tu_slurp(order);
	CHECK(text && !strncmp(text, first, strlen(first)), "order: %s", text);
	free(text);
	text = point_file(plan, mix, "params.json");
	CHECK(text && strstr(text, "\"numjobs\": 1,\n  \"rwmixread\": 70,\n"), "params.json: %s", text);
	free(text);
	text = point_file(plan, mix, "point.env");
	CHECK(text && strstr(text, "VLAB_NUMJOBS='1'\nVLAB_RWMIXREAD='70'\n"
				   "VLAB_FIO_ARGS='--rwmixread=70'\nVLAB_RUNTIME="), "point.env: %s", text);
	free(text);
	text = point_file(plan, plain, "params.json");
	CHECK(text && !strstr(text, "rwmixread"), "plain params.json: %s", text);
	free(text);
	text = point_file(plan, plain, "point.env");
	CHECK(text && !strstr(text, "RWMIXREAD") && !strstr(text, "VLAB_FIO_ARGS"),
	      "plain point.env: %s", text);
	free(text);
	free(order);
	order = tu_fmt("%s/plan.json", plan);
	text = tu_slurp(order);
	CHECK(text && strstr(text, "\"rwmixread\": [\n        70,\n        30\n      ]"),
	      "plan.json lacks the workload's rwmixread list");
	free(text);
	free(order);
	free(out);
	free(conf);
	free(plan);
	tu_scratch_done(dir);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s VLAB_PLAN DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	check_bad();
	check_good();
	check_plan(argv[1], argv[2]);
	return tu_result("xaxis-plan");
}
