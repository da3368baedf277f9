// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-summarize and vlab-report give each transport's cost
 * over null_blk and the backend's own stages. A run of 2 drivers (stock,
 * best) x 5 backends (null_blk, qsd-null, blkd-null at 1 queue; null_blk,
 * blkd-null at 2) x 3 repetitions of 4k randread QD 1 on the instruction
 * clock (shift 2: 4 ns an instruction), each point's mean latency and
 * backend.log made up: charts/transport-cost.csv must hold, per
 * configuration, the mean of its per-repetition latency minus null_blk's
 * under the same driver and queue count with the paired t interval, the
 * same in instructions, and the cost ratio to stock/qsd-null with its
 * interval (a failed point leaves its repetition out; 2-queue rows take
 * the 2-queue null_blk and have no reference); backend-stages.csv a row
 * per ok blkd point and stage, queues weighted by count; charts/
 * backend-stages.csv their mean over repetitions with instructions and
 * the share of total; REPORT.md both tables with the same figures. Then
 * the same run on the wall clock without null_blk: no cost table, stages
 * in us only. A driver that runs on no null_blk (backends) takes the
 * baseline driver's of the same queue count. Skips without gnuplot.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"
#include "jsonfile.h"
#include "summarize_fixture.h"
#include "testutil.h"

static const char *report_prog;

/* The null_blk backends are planned as qsd-null and retyped in plan.json:
 * the report reads the type from the plan only. */
static const char *const sweep =
	"[sweep]\nquestion = What does each transport cost?\nname = unit-tcost\nseed = 7\n"
	"repetitions = 3\n"
	"[driver stock]\nmodule = stock\n[driver best]\nmodule = ours\n"
	"[backend nullb]\ntype = qsd-null\n[backend qsd-null]\ntype = qsd-null\n"
	"[backend blkd-null]\ntype = blkd-null\n"
	"[backend nullb-q2]\ntype = qsd-null\nqueues = 2\n"
	"[backend blkd-null-q2]\ntype = blkd-null\nqueues = 2\n"
	"[backend ublk-null]\ntype = ublk-null\n"
	"[workload w]\nrw = randread\nbs = 4k\niodepth = 1\n";

#define NBE 6
static const char *const backends[NBE] = { "nullb", "qsd-null", "blkd-null", "nullb-q2",
					   "blkd-null-q2", "ublk-null" };
/* mean latency (us) by driver (stock, best), backend and rep 1..3 */
static const double lat[2][NBE][3] = {
	{ { 10, 10.5, 11 }, { 210, 212.5, 209 }, { 130, 131.5, 130 }, { 30, 30, 30 },
	  { 80, 82, 81 }, { 100, 100.5, 101 } },
	{ { 20, 21, 19 }, { 170, 171, 169 }, { 120, 123, 116 }, { 40, 40, 40 },
	  { 100, 101, 102 }, { 90, 91, 89 } },
};
/* stock/blkd-null-q2 rep 3 failed: its figures must not count */
#define FAILED(d, b, rep) ((d) == 0 && (b) == 4 && (rep) == 3)

/* A queue's stages as vduse-blkd prints them (backends/lib/stats_json.c). */
static char *queue(int idx, int kicks, long pop_n, long pop_ns, long total_ns)
{
	return tu_fmt("{\"queue\":%d,\"reqs\":%ld,\"latency_ns\":{"
		      "\"kick_to_pop\":{\"count\":%d,\"mean\":1500,\"p50\":1,\"max\":9},"
		      "\"pop_to_submit\":{\"count\":%ld,\"mean\":%ld,\"p50\":1,\"max\":9},"
		      "\"total\":{\"count\":%ld,\"mean\":%ld,\"p50\":1,\"max\":9}}}",
		      idx, pop_n, kicks, pop_n, pop_ns, pop_n, total_ns);
}

/*
 * One queue: pop_to_submit 2000 x rep ns, total 10000 x rep, kick_to_pop
 * 1.5 us over 10 of 1000 requests. Two queues: pop_to_submit 1000 x rep
 * over 100 requests and 3000 x rep over 300 (weighted: 2500 x rep).
 */
static void put_backend_log(const char *dir, const char *id, int q2, int rep)
{
	char *q0 = q2 ? queue(0, 0, 100, 1000L * rep, 5000) : queue(0, 10, 1000, 2000L * rep,
									       10000L * rep);
	char *q1 = q2 ? queue(1, 0, 300, 3000L * rep, 5000) : NULL;
	char *text = tu_fmt("vduse-blkd: /dev/vduse/vduse0: null target\n"
			    "{\"event\":\"interval\",\"stats\":{\"queues\":[%s]}}\n"
			    "vduse-blkd: Terminated: draining, detaching and destroying vduse0\n"
			    "{\"event\":\"exit\",\"time\":2.5,\"stats\":{\"type\":\"stats\","
			    "\"queues\":[%s%s%s]}}\n{\"event\":\"exit\",\"stats\":{\"queu",
			    q2 ? q1 : q0, q0, q1 ? "," : "", q1 ? q1 : "");

	put_text(dir, id, "backend.log", text);
	free(text);
	free(q0);
	free(q1);
}

/* plan.json: backends named nullb* become type nullb (or back to qsd-null) */
static void retype(const char *dir, const char *type)
{
	char *path = tu_fmt("%s/plan/plan.json", dir);
	struct json_object *plan = NULL, *bes, *b, *name;
	size_t i;

	CHECK(vlab_json_read(path, &plan) == 0, "cannot read %s", path);
	if (plan && json_object_object_get_ex(plan, "backends", &bes))
		for (i = 0; i < json_object_array_length(bes); i++) {
			b = json_object_array_get_idx(bes, i);
			if (json_object_object_get_ex(b, "name", &name) &&
			    !strncmp(json_object_get_string(name), "nullb", 5))
				json_object_object_add(b, "type", json_object_new_string(type));
		}
	CHECK(plan && vlab_json_write(path, plan) == 0, "cannot write %s", path);
	json_object_put(plan);
	free(path);
}

static int build_run(const char *dir, const char *text)
{
	char *conf = tu_fmt("%s.conf", dir), *plan = tu_fmt("%s/plan", dir), *path, *order, *id;
	char *save = NULL, *p;
	char *pargv[] = { (char *)plan_prog, "--sweep", conf, "--out", plan, NULL };
	char *sargv[] = { (char *)summarize_prog, (char *)dir, NULL };
	int ret = -1, d, b, rep;

	mkdir(dir, 0755);
	path = tu_fmt("%s/points", dir);
	mkdir(path, 0755);
	free(path);
	tu_write(conf, text);
	if (tu_run_expect(pargv, 0, "vlab-plan"))
		goto out;
	retype(dir, "nullb");
	order = tu_slurp(p = tu_fmt("%s/order", plan));
	free(p);
	CHECK(order != NULL, "no plan/order");
	for (id = order ? strtok_r(order, "\n", &save) : NULL; id; id = strtok_r(NULL, "\n", &save)) {
		d = strstr(id, "-best-") != NULL;
		for (b = NBE - 1; b >= 0; b--) {
			p = tu_fmt("-%s-randread", backends[b]);
			if (strstr(id, p)) {
				free(p);
				break;
			}
			free(p);
		}
		CHECK(b >= 0, "point %s has no backend of the sweep", id);
		if (b < 0)
			continue;
		rep = id[strlen(id) - 1] - '0';
		path = tu_fmt("%s/points/%s", dir, id);
		mkdir(path, 0755);
		free(path);
		put_fio_lat(dir, id, lat[d][b][rep - 1]);
		/* the block layer's 5 x (b + 1) us per I/O: 1000 I/Os, 5 x (b + 1) ms */
		p = tu_fmt("{ \"clk_tck\": 100, \"backend_process\": true, \"backend_ticks\": 0, "
			   "\"guest_busy_ticks\": 0, \"guest_cpus\": 2, \"disk_ios\": 1000, "
			   "\"disk_ms\": %d }\n", 5 * (b + 1));
		put_text(dir, id, "cpu.json", p);
		free(p);
		put_text(dir, id, "status", FAILED(d, b, rep) ? "failed: guest hung\n" : "ok\n");
		if (b == 2 || b == 4 || b == 5) /* the daemon: blkd over VDUSE, and over ublk */
			put_backend_log(dir, id, b == 4, rep);
		else
			put_text(dir, id, "backend.log", "no statistics here\n");
	}
	free(order);
	path = tu_fmt("%s/manifest.json", dir);
	tu_write(path, "{ \"name\": \"unit-tcost\", \"accelerator\": \"tcg\", \"clock\": { "
		       "\"name\": \"icount\", \"label\": \"icount (TCG, 4 ns per guest instruction)\", "
		       "\"accelerator\": \"tcg\", \"icount_shift\": 2 } }\n");
	free(path);
	ret = tu_run_expect(sargv, 1, "vlab-summarize"); /* one failed point */
out:
	free(conf);
	free(plan);
	return ret;
}

static char **find_row(const struct vlab_csv *csv, const char *col, const char *v, const char *col2,
		       const char *v2)
{
	int c = vlab_csv_col(csv, col), c2 = col2 ? vlab_csv_col(csv, col2) : -1;
	char **hit = NULL;
	size_t i, n = 0;

	for (i = 0; c >= 0 && i < csv->nrows; i++)
		if (!strcmp(csv->rows[i][c], v) && (!col2 || (c2 >= 0 && !strcmp(csv->rows[i][c2], v2)))) {
			hit = csv->rows[i];
			n++;
		}
	CHECK(n == 1, "%zu rows with %s=%s %s=%s, expected 1", n, col, v, col2 ? col2 : "",
	      v2 ? v2 : "");
	return n == 1 ? hit : NULL;
}

static double num(const struct vlab_csv *csv, char **row, const char *col)
{
	int c = vlab_csv_col(csv, col);

	return !row || c < 0 ? -1e9 : !strcmp(row[c], "NaN") || !*row[c] ? NAN : strtod(row[c], NULL);
}

#define CELL(csv, row, col, want) \
	CHECK(tu_near(num(csv, row, col), (want), 0.0015), "%s = %g, expected %g", col, \
	      num(csv, row, col), (double)(want))

/* expected cost rows: config, n, cost [lo, hi], ratio [lo, hi] (NAN: none) */
static const struct {
	const char *config;
	double n, cost, lo, hi, ratio, rlo, rhi;
	const char *ref;
} want_cost[] = {
	{ "stock/qsd-null", 3, 200, 195.0317, 204.9683, NAN, NAN, NAN, "stock/qsd-null" },
	{ "stock/blkd-null", 3, 120, 117.5159, 122.4841, 0.60001, 0.59753, 0.60250, "stock/qsd-null" },
	{ "stock/blkd-null-q2", 2, 51, 38.2938, 63.7062, NAN, NAN, NAN, "" },
	{ "best/qsd-null", 3, 150, 150, 150, 0.75003, 0.73162, 0.76889, "stock/qsd-null" },
	{ "best/blkd-null", 3, 99.6667, 93.4151, 105.9183, 0.49824, 0.47950, 0.51772, "stock/qsd-null" },
	{ "best/blkd-null-q2", 3, 61, 58.5159, 63.4841, NAN, NAN, NAN, "" },
	/* ublk: null_blk's latency plus 90 (stock) and 70 (best) in every rep */
	{ "stock/ublk-null", 3, 90, 90, 90, 0.45002, 0.43897, 0.46133, "stock/qsd-null" },
	{ "best/ublk-null", 3, 70, 70, 70, 0.35001, 0.34142, 0.35882, "stock/qsd-null" },
};
#define NCOST (sizeof(want_cost) / sizeof(want_cost[0]))

static void check_costs(const char *dir)
{
	char *path = tu_fmt("%s/charts/transport-cost.csv", dir), **row;
	struct vlab_csv csv = { 0 };
	size_t i;

	CHECK(vlab_csv_read(path, &csv) == 0, "cannot read %s", path);
	CHECK(csv.nrows == NCOST, "%zu cost rows, expected %zu (null_blk has none)", csv.nrows, NCOST);
	for (i = 0; i < NCOST; i++) {
		row = find_row(&csv, "config", want_cost[i].config, NULL, NULL);
		if (!row)
			continue;
		CELL(&csv, row, "n", want_cost[i].n);
		CELL(&csv, row, "cost_us", want_cost[i].cost);
		CELL(&csv, row, "cost_lo_us", want_cost[i].lo);
		CELL(&csv, row, "cost_hi_us", want_cost[i].hi);
		/* 4 ns an instruction: 250 a microsecond */
		CHECK(tu_near(num(&csv, row, "cost_instructions"), want_cost[i].cost * 250, 0.03) &&
		      tu_near(num(&csv, row, "cost_lo_instructions"), want_cost[i].lo * 250, 0.03),
		      "%s: %g [%g, ...] instructions, expected %g [%g, ...]", want_cost[i].config,
		      num(&csv, row, "cost_instructions"), num(&csv, row, "cost_lo_instructions"),
		      want_cost[i].cost * 250, want_cost[i].lo * 250);
		CELL(&csv, row, "cost_ratio", want_cost[i].ratio);
		CELL(&csv, row, "cost_ratio_lo", want_cost[i].rlo);
		CELL(&csv, row, "cost_ratio_hi", want_cost[i].rhi);
		CHECK(!strcmp(row[vlab_csv_col(&csv, "reference")], want_cost[i].ref),
		      "%s: reference '%s', expected '%s'", want_cost[i].config,
		      row[vlab_csv_col(&csv, "reference")], want_cost[i].ref);
		CHECK(strstr(row[vlab_csv_col(&csv, "clock")], "icount") != NULL &&
		      strstr(row[vlab_csv_col(&csv, "cost_interval")], "t interval") != NULL,
		      "%s: the row names no clock or interval method", want_cost[i].config);
	}
	row = find_row(&csv, "config", "stock/blkd-null-q2", NULL, NULL);
	CHECK(row && !strcmp(row[vlab_csv_col(&csv, "floor")], "stock/nullb-q2"),
	      "the 2-queue row is not over the 2-queue null_blk");
	vlab_csv_free(&csv);
	free(path);
}

static void check_stages(const char *dir)
{
	char *path = tu_fmt("%s/backend-stages.csv", dir), **row;
	struct vlab_csv csv = { 0 };
	char *id;

	/* summarize: 35 ok points x fio and block, 17 ok daemon points x 3 stages */
	CHECK(vlab_csv_read(path, &csv) == 0, "cannot read %s", path);
	CHECK(csv.nrows == 121, "backend-stages.csv has %zu rows, expected 35 x 2 + 51", csv.nrows);
	id = NULL;
	for (size_t i = 0; i < csv.nrows && !id; i++)
		if (!strcmp(csv.rows[i][vlab_csv_col(&csv, "config")], "best/blkd-null-q2") &&
		    !strcmp(csv.rows[i][vlab_csv_col(&csv, "rep")], "2"))
			id = csv.rows[i][0];
	row = id ? find_row(&csv, "id", id, "stage", "pop_to_submit") : NULL;
	CELL(&csv, row, "count", 400);
	CELL(&csv, row, "mean_us", 5.0); /* 2500 x 2 ns, weighted by the queues' counts */
	row = id ? find_row(&csv, "id", id, "stage", "fio") : NULL;
	CELL(&csv, row, "mean_us", 101); /* best/blkd-null-q2 rep 2 */
	row = id ? find_row(&csv, "id", id, "stage", "block") : NULL;
	CELL(&csv, row, "mean_us", 25); /* 25 ms over 1000 I/Os */
	vlab_csv_free(&csv);
	free(path);

	path = tu_fmt("%s/charts/backend-stages.csv", dir);
	CHECK(vlab_csv_read(path, &csv) == 0, "cannot read %s", path);
	CHECK(csv.nrows == 42, "charts/backend-stages.csv has %zu rows, expected 6 x 3 + 12 x 2",
	      csv.nrows);
	row = find_row(&csv, "config", "stock/nullb", "stage", "block");
	CELL(&csv, row, "n", 3);
	CELL(&csv, row, "mean_us", 5.0);
	row = find_row(&csv, "config", "best/blkd-null", "stage", "fio");
	CELL(&csv, row, "mean_us", 119.6666667);
	row = find_row(&csv, "config", "best/blkd-null", "stage", "pop_to_submit");
	CELL(&csv, row, "n", 3);
	CELL(&csv, row, "mean_us", 4.0);
	CELL(&csv, row, "mean_instructions", 1000);
	row = find_row(&csv, "config", "best/blkd-null", "stage", "total");
	CELL(&csv, row, "mean_us", 20.0);
	row = find_row(&csv, "config", "stock/blkd-null", "stage", "kick_to_pop");
	CELL(&csv, row, "mean_us", 1.5);
	CELL(&csv, row, "share", 0.01);
	row = find_row(&csv, "config", "stock/blkd-null-q2", "stage", "pop_to_submit");
	CELL(&csv, row, "n", 2);
	CELL(&csv, row, "mean_us", 3.75); /* reps 1 and 2: the failed rep 3 is left out */
	row = find_row(&csv, "config", "stock/blkd-null-q2", "stage", "kick_to_pop");
	CELL(&csv, row, "mean_us", NAN); /* no queue timed it */
	vlab_csv_free(&csv);
	free(path);
}

static void check_report(const char *dir, int icount)
{
	char *path = tu_fmt("%s/REPORT.md", dir), *md = tu_slurp(path);
	/* as REPORT.md writes them: Markdown escapes _ and [ */
	static const char *const with[] = {
		"## Transport cost over null\\_blk", "### randread, bs 4k, QD 1, numjobs 1",
		"| best/blkd-null | 1 | 3 | 20.00 | 99.67 \\[93.42, 105.92\\] | "
		"24917 \\[23354, 26480\\] | 0.498 \\[0.480, 0.518\\] | stock/qsd-null |",
		"| stock/blkd-null-q2 | 2 | 2 | 30.00 | 51.00 \\[38.29, 63.71\\] | "
		"12750 \\[9573, 15927\\] | - | - |",
		"| stock/qsd-null | 1 | 3 | 10.50 | 200.00 \\[195.03, 204.97\\] | "
		"50000 \\[48758, 51242\\] | 1 (the reference) | stock/qsd-null |",
		"## Stages: fio, the block layer and the daemon", "| pop\\_to\\_submit us (instructions) |",
		"| best/blkd-null | 3 | 119.67 (29917) | 15.00 (3750) | 1.50 (375) | 4.00 (1000) | "
		"20.00 (5000) |",
		"| stock/blkd-null-q2 | 2 | 81.00 (20250) | 25.00 (6250) | - | 3.75 (938) | "
		"5.00 (1250) |",
		"| stock/nullb | 3 | 10.50 (2625) | 5.00 (1250) | - | - | - |",
		/* best: VDUSE fio 119.67 = guest 104.67 + crossing -5 + daemon 20;
		 * ublk fio 90 = guest 60 + crossing 10 + daemon 20 */
		"## Where VDUSE and ublk differ",
		"| best/blkd-null | best/ublk-null | +29.67 (+7417) | +44.67 (+11167) | "
		"-15.00 (-3750) | +0.00 (+0) | guest (151%) |",
	};
	static const char *const without[] = {
		"## Stages: fio, the block layer and the daemon", "| pop\\_to\\_submit (us) |",
		"| best/blkd-null | 3 | 119.67 | 15.00 | 1.50 | 4.00 | 20.00 |",
	};
	size_t i;

	CHECK(md != NULL, "no %s", path);
	for (i = 0; md && icount && i < sizeof(with) / sizeof(with[0]); i++)
		CHECK(strstr(md, with[i]) != NULL, "REPORT.md lacks: %s", with[i]);
	for (i = 0; md && !icount && i < sizeof(without) / sizeof(without[0]); i++)
		CHECK(strstr(md, without[i]) != NULL, "REPORT.md (wall clock) lacks: %s", without[i]);
	if (md && !icount)
		CHECK(!strstr(md, "Transport cost") && !strstr(md, "instructions"),
		      "a run without null_blk on the wall clock has a cost table or instructions");
	free(md);
	free(path);
}

/*
 * best runs on no null_blk (its backends key): its rows take the baseline
 * driver's null_blk of the same queue count, from the same blocks.
 */
static void check_fallback(const char *dir)
{
	static const char best[] = "[driver best]\nmodule = ours\n";
	const char *at = strstr(sweep, best);
	char *run_dir = tu_fmt("%s/fallback", dir), **row, *path;
	char *text = tu_fmt("%.*s%sbackends = qsd-null, blkd-null, blkd-null-q2, ublk-null\n%s",
			    (int)(at - sweep), sweep, best, at + strlen(best));
	char *rargv[] = { (char *)report_prog, run_dir, NULL };
	struct vlab_csv csv = { 0 };

	if (build_run(run_dir, text) || tu_run_expect(rargv, 0, "vlab-report"))
		goto out;
	path = tu_fmt("%s/charts/transport-cost.csv", run_dir);
	CHECK(vlab_csv_read(path, &csv) == 0, "cannot read %s", path);
	free(path);
	/* best/blkd-null { 120, 123, 116 } over stock/nullb { 10, 10.5, 11 } */
	row = find_row(&csv, "config", "best/blkd-null", NULL, NULL);
	CHECK(row && !strcmp(row[vlab_csv_col(&csv, "floor")], "stock/nullb"),
	      "best/blkd-null is not over the baseline driver's null_blk");
	CELL(&csv, row, "cost_us", 109.1667);
	/* best/blkd-null-q2 { 100, 101, 102 } over stock/nullb-q2 { 30, 30, 30 } */
	row = find_row(&csv, "config", "best/blkd-null-q2", NULL, NULL);
	CHECK(row && !strcmp(row[vlab_csv_col(&csv, "floor")], "stock/nullb-q2"),
	      "best/blkd-null-q2 is not over the baseline driver's 2-queue null_blk");
	CELL(&csv, row, "cost_us", 71);
	vlab_csv_free(&csv);
out:
	free(text);
	free(run_dir);
}

int main(int argc, char **argv)
{
	char *dir, *run_dir, *path;
	char *rargv[] = { NULL, NULL, NULL };

	if (argc != 5) {
		fprintf(stderr, "usage: %s VLAB_PLAN VLAB_SUMMARIZE VLAB_REPORT DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	plan_prog = argv[1];
	summarize_prog = argv[2];
	report_prog = argv[3];
	data_dir = argv[4];
	if (!tu_have_program("gnuplot")) {
		printf("SKIP: gnuplot is not installed\n");
		return T_SKIP;
	}
	dir = tu_scratch();
	run_dir = tu_fmt("%s/run", dir);
	rargv[0] = (char *)report_prog;
	rargv[1] = run_dir;
	if (!build_run(run_dir, sweep) && !tu_run_expect(rargv, 0, "vlab-report")) {
		check_costs(run_dir);
		check_stages(run_dir);
		check_report(run_dir, 1);
		/* the wall clock, and no null_blk in the plan */
		retype(run_dir, "qsd-null");
		path = tu_fmt("%s/manifest.json", run_dir);
		tu_write(path, "{ \"name\": \"unit-tcost\", \"accelerator\": \"kvm\", \"clock\": { "
			       "\"name\": \"wall\", \"label\": \"wall (KVM)\", \"icount_shift\": null } }\n");
		free(path);
		if (!tu_run_expect(rargv, 0, "vlab-report on the wall clock"))
			check_report(run_dir, 0);
	}
	free(run_dir);
	check_fallback(dir);
	tu_scratch_done(dir);
	return tu_result("report-transports");
}
