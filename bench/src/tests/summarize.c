// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-summarize turns a run folder (its plan in RUN/plan,
 * finished points in RUN/points) built from the real fio and perf fixtures
 * into summary.csv: one row per planned point sorted by seq, metrics from
 * fio JSON, status from the agent (its reason kept) or from fio, "missing"
 * for a planned point that never finished, CPU per I/O from perf stat
 * task-clock when there is one, else fio's usr+sys and the agent's
 * cpu.json ticks (the disk's I/O count the denominator when cpu.json has
 * it, a bad cpu.json warned about and ignored), empty metric cells for
 * failed points, and exit 1 with a count when any failed; aggregate.csv with
 * n, medians, the order-statistic interval with its achieved level (0.9375
 * at 5 repetitions), the geometric-mean paired ratio to the baseline with
 * its log-t interval and count, the coefficient of variation, no interval
 * from one repetition or one pair, fio's p50 and p99.9 as metrics after the
 * others, and the methods named in aggregate.json; the backend's page
 * faults and the device's DMA maps per I/O from cpu.json;
 * no --seed option any more; exit 0 when all are ok; exit 1 and no
 * csv for a broken params.json or a point folder outside the plan; exit 2
 * for a plan of another format; runs without a plan are read from
 * points/<id>/params.json as before.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "summarize_fixture.h"
#include "testutil.h"

static const char *const header =
	"id,seq,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,bw_kib_s,lat_mean_us,"
	"lat_p50_us,lat_p99_us,lat_p999_us,total_ios,fio_error,module,config,workload,"
	"cpu_us_per_io_fio,cpu_us_per_io_backend,cpu_us_per_io,flags,cpu_us_per_io_guest,boot,"
	"bounce_size,mem_kernel_bytes,mem_huge_bytes,mem_umem_bytes,mem_bytes,faults_per_io,"
	"maps_per_io\n";

/* 100 ticks a second: 0.5 s of backend, 1.8 s of busy vCPUs, 16000 I/Os */
#define CPU_JSON_16K "{ \"clk_tck\": 100, \"backend_ticks\": 50, \"guest_busy_ticks\": 180, " \
		     "\"guest_cpus\": 2, \"disk_ios\": 16000 }\n"
#define CPU_JSON_14K "{ \"clk_tck\": 100, \"backend_ticks\": 70, \"guest_busy_ticks\": 300, " \
		     "\"guest_cpus\": 2, \"disk_ios\": 14000 }\n"
#define CPU_JSON_BAD "{ \"clk_tck\": 0, \"backend_ticks\": 70, \"guest_busy_ticks\": 300, " \
		     "\"disk_ios\": 14000 }\n"

/*
 * Metric values come from the fixtures as read with jq (see fio-json.c):
 * fio-randread.json iops 14023.976024, bw_bytes 57442205, clat mean 70159.73 ns,
 * p50/p99/p99.9 67072/126464/211968 ns, total_ios 14038. perf-dd.txt has
 * task-clock 64.77 ms: 64770 us / 14038 = 4.614 us per I/O; perf-sleep.txt
 * 1.14 ms: 0.081. Without perf, fio's CPU is its usr_cpu + sys_cpu percent
 * of job_runtime over total_ios: (2.6 + 41.5)% of 1000 ms / 14038 = 31.415
 * us; (0.6 + 24.7 + 2.8 + 21.6)% of 1000 ms / 41804 = 11.889 us for two jobs.
 * With cpu.json, perf's figures are over its disk_ios (perf spans the ramp
 * as the disk count does): 64770 / 16000 = 4.048; the backend's ticks
 * 50 / 100 s / 16000 = 31.250 us, the guest's 180 / 100 / 16000 = 112.500.
 */
static const struct setup setups[] = {
	{ 0, "fio-randread.json", "ok", "stock", "perf-dd.txt", "perf-sleep.txt", NULL,
	  "ok,14023.976,56095.903,70.160,67.072,126.464,211.968,14038,0,stock",
	  "4.614,0.081,4.695", "" },
	/* two fio jobs: sums, weighted mean, no percentiles; no status file means fio decides */
	{ 0, "fio-randread-2jobs.json", NULL, NULL, NULL, NULL, NULL,
	  "ok,41762.238,167048.950,46.787,,,,41804,0,", "11.889,,", "" },
	{ 0, "fio-enospc.json", "ok", "stock", "perf-dd.txt", NULL, CPU_JSON_16K,
	  "failed: fio job error 28 (No space left on device),,,,,,,,28,stock", ",,", "" },
	{ 0, NULL, "failed: vdpa dev add, timed out\n", NULL, NULL, NULL, NULL,
	  "\"failed: vdpa dev add, timed out\",,,,,,,,,", ",,", "" },
	{ 0, "fio-badengine.txt", "ok", NULL, NULL, NULL, NULL,
	  "failed: fio.json holds no fio JSON output,,,,,,,,,", ",,", "" },
	{ 0, NULL, NULL, NULL, NULL, NULL, NULL, "failed: no fio.json,,,,,,,,,", ",,", "" },
	{ 0, "fio-randread.json", "failed", NULL, NULL, NULL, CPU_JSON_16K,
	  "failed: the agent gave no reason,,,,,,,,0,", ",,", "" },
	/* perf for fio over the disk's count; the backend and the guest from ticks */
	{ 0, "fio-randread.json", "ok\n", "lab-1a2b3c4d5e6f\n", "perf-dd.txt", NULL, CPU_JSON_16K,
	  "ok,14023.976,56095.903,70.160,67.072,126.464,211.968,14038,0,lab-1a2b3c4d5e6f",
	  "4.048,31.250,35.298", "112.500" },
	{ 1, NULL, NULL, NULL, NULL, NULL, NULL, "missing,,,,,,,,,", ",,", "" },
	/* perf counted nothing for fio: fio's own figure stands in */
	{ 0, "fio-randread.json", "ok", NULL, "perf-notcounted.txt", "perf-sleep.txt", NULL,
	  "ok,14023.976,56095.903,70.160,67.072,126.464,211.968,14038,0,", "31.415,0.081,31.496",
	  "" },
	/* no perf: fio's rusage over its own I/Os; 70 ticks / 14000 = 50 us, 300: 214.286 */
	{ 0, "fio-randread.json", "ok", NULL, NULL, NULL, CPU_JSON_14K,
	  "ok,14023.976,56095.903,70.160,67.072,126.464,211.968,14038,0,", "31.415,50.000,81.415",
	  "214.286" },
	/* a cpu.json with clk_tck 0 is ignored with a warning */
	{ 0, "fio-randread.json", "ok", NULL, NULL, NULL, CPU_JSON_BAD,
	  "ok,14023.976,56095.903,70.160,67.072,126.464,211.968,14038,0,", "31.415,,", "" },
};
#define NPOINTS (sizeof(setups) / sizeof(setups[0]))

static void test_mixed_run(const char *run)
{
	char *ids[NPOINTS], *order = NULL, *output = NULL, *path, *want, *got;
	struct vlab_csv csv;
	size_t i, n;
	int rc;

	/* stock,ours x qd 1,16 x 3 reps = 12 points */
	if (make_plan(run, "1,16", "3"))
		return;
	n = read_ids(run, &order, ids, NPOINTS);
	CHECK(n == NPOINTS, "%zu points planned", n);
	if (n != NPOINTS)
		goto out;
	populate(run, ids, setups, NPOINTS);

	rc = summarize(run, &output);
	CHECK(rc == 1, "exit %d with failed points, expected 1", rc);
	CHECK(output && strstr(output, "6 of 12 points failed or are missing"), "message: %s", output);
	CHECK(output && strstr(output, "/cpu.json: not the agent's cpu.json (clk_tck > 0"),
	      "no warning for the bad cpu.json: %s", output);
	CHECK(output && strstr(output, "/boot: '4x' is not a boot number; left out"),
	      "no warning for the bad boot file: %s", output);

	path = tu_fmt("%s/summary.csv", run);
	got = tu_slurp(path);
	CHECK(got && !strncmp(got, header, strlen(header)), "header of %s", got);
	CHECK(vlab_csv_read(path, &csv) == 0, "summary.csv does not parse");
	CHECK(csv.nrows == NPOINTS, "%zu rows", csv.nrows);
	/* each row: id,seq,... then the expected cells; ids come from the plan */
	for (i = 0; got && i < NPOINTS; i++) {
		const char *driver = strstr(ids[i], "-stock-") ? "stock" : "ours";
		const char *qd = strstr(ids[i], "-qd16-") ? "16" : "1";

		char *boot = want_boot(setups, i);

		/*
		 * no device.json: no memory cells (tests/memcost.c has them); no
		 * faults or maps in these cpu.json files (test_fault_counts)
		 */
		want = tu_fmt("\n%s,%zu,%s,null,randread,4k,%s,1,%zu,%s,%s/null,w,%s,,%s,%s,,,,,,,\n", ids[i],
			      i, driver, qd, i / 4 + 1, setups[i].cells, driver, setups[i].cpu,
			      setups[i].guest, boot);
		CHECK(strstr(got, want), "row %zu missing:%s", i, want);
		free(want);
		free(boot);
	}
	for (i = 0; i < csv.nrows && i < NPOINTS; i++)
		CHECK(!strcmp(csv.rows[i][0], ids[i]), "row %zu is %s, expected %s", i,
		      csv.rows[i][0], ids[i]);
	vlab_csv_free(&csv);
	free(got);
	free(path);

	/* a point folder the plan does not know: refused, nothing written */
	mkpoint(run, "999-stranger");
	path = tu_fmt("%s/summary.csv", run);
	unlink(path);
	free(output);
	rc = summarize(run, &output);
	CHECK(rc == 1 && output && strstr(output, "/points/999-stranger is not in this run's plan"),
	      "unplanned folder: exit %d: %s", rc, output);
	CHECK(access(path, F_OK) < 0, "summary.csv written for a mixed-up run");
	free(path);
out:
	free(output);
	free(order);
}

/* Two points: stock with 14023.976 IOPS, ours with 41762.238 (2.9779 times). */
static void test_all_ok(const char *run)
{
	static const char *const want_agg[] = {
		"config,driver,backend,rw,bs,iodepth,numjobs,metric,n,median,ci_lo,ci_hi,ratio,"
		"ratio_lo,ratio_hi,baseline,backend_ratio,backend_ratio_lo,backend_ratio_hi,"
		"backend_baseline,flags,ci_level,ratio_n,cv,noise_floor,ratio_sig,backend_ratio_sig\n",
		/* one repetition: a median without interval, level or cv */
		"\nstock/null,stock,null,randread,4k,1,1,iops,1,14023.976,,,,,,stock/null,,,,,,,,,,,\n",
		"\nstock/null,stock,null,randread,4k,1,1,lat_p99_us,1,126.464,,,,,,stock/null,,,,,,,,,,,\n",
		"\nstock/null,stock,null,randread,4k,1,1,cpu_us_per_io,1,4.695,,,,,,stock/null,,,,,,,,,,,\n",
		/* fio's clat percentiles "50.000000" and "99.900000", appended after the guest's CPU */
		"\nstock/null,stock,null,randread,4k,1,1,lat_p50_us,1,67.072,,,,,,stock/null,,,,,,,,,,,\n"
		"stock/null,stock,null,randread,4k,1,1,lat_p999_us,1,211.968,,,,,,stock/null,,,,,,,,,,,\n",
		/* one pair: a ratio without interval */
		"\nours/null,ours,null,randread,4k,1,1,iops,1,41762.238,,,2.9779,,,stock/null,,,,,,,1,,,,\n",
		/* no percentiles with two fio jobs: n 0, empty cells, no pair */
		"\nours/null,ours,null,randread,4k,1,1,lat_p99_us,0,,,,,,,stock/null,,,,,,,0,,,,\n",
		"\nours/null,ours,null,randread,4k,1,1,lat_p999_us,0,,,,,,,stock/null,,,,,,,0,,,,\n",
	};
	char *ids[2], *order = NULL, *output = NULL, *text;
	char *argv[] = { (char *)summarize_prog, NULL, NULL, NULL, NULL };
	size_t i, n;
	int rc;

	if (make_plan(run, "1", "1"))
		return;
	n = read_ids(run, &order, ids, 2);
	for (i = 0; i < n; i++) {
		mkpoint(run, ids[i]);
		put(run, ids[i], strstr(ids[i], "-stock-") ? "fio-randread.json" :
			"fio-randread-2jobs.json", "fio.json");
		put(run, ids[i], "perf-dd.txt", "perf-fio.txt");
		put(run, ids[i], "perf-sleep.txt", "perf-backend.txt");
		put_text(run, ids[i], "status", "ok\n");
	}
	rc = summarize(run, &output);
	CHECK(rc == 0, "all-ok run exited %d: %s", rc, output);
	text = slurp_in(run, "aggregate.csv");
	CHECK(text && !strncmp(text, want_agg[0], strlen(want_agg[0])), "aggregate header: %s", text ? text : "(none)");
	for (i = 1; text && i < sizeof(want_agg) / sizeof(want_agg[0]); i++)
		CHECK(strstr(text, want_agg[i]), "aggregate.csv lacks%s", want_agg[i]);
	/* 2 configurations x 14 metrics (lib/metrics.def), plus the header */
	for (n = 0, i = 0; text && text[i]; i++)
		n += text[i] == '\n';
	CHECK(n == 29, "aggregate.csv has %zu lines, expected 29", n);
	free(text);
	text = slurp_in(run, "aggregate.json");
	CHECK(text && strstr(text, "\"intervals\": {") && strstr(text, "\"requested_level\": 0.95") &&
	      strstr(text, "order-statistic") && strstr(text, "t interval on their logs") &&
	      !strstr(text, "bootstrap") && !strstr(text, "seed"), "aggregate.json: %s", text);
	free(text);
	free(output);
	/* the bootstrap's seed is gone with it */
	argv[1] = "--seed";
	argv[2] = "9";
	argv[3] = (char *)run;
	rc = tu_run(argv, &output);
	CHECK(rc == 2 && output && strstr(output, "unknown option '--seed'"), "--seed 9: exit %d, %s",
	      rc, output);
	free(output);
	free(order);
}

/*
 * An A/A control a2 repeating stock, 0.1-0.2% apart per repetition: its
 * interval gives the noise floor, the same on every configuration's row at
 * that point. ours, 10% faster, lies outside it: significant. tiny, a
 * steady 0.05% faster, has an interval that excludes 1 but lies inside the
 * floor: no difference, said as 0.
 */
static void test_noise_floor(const char *run)
{
	static const double stock[] = { 1000, 1100, 900, 1050, 950 };
	static const double aa[] = { 1.002, 0.998, 1.001, 0.999, 1.000 };
	static const double tiny[] = { 1.0005, 1.0006, 1.0004, 1.0005, 1.0005 };
	char *ids[20], *order = NULL, *output = NULL, *text, *f;
	const char *rows[] = { "\nstock/null,stock,null,randread,4k,1,1,iops",
			       "\na2/null,a2,null,randread,4k,1,1,iops,",
			       "\nours/null,ours,null,randread,4k,1,1,iops,",
			       "\ntiny/null,tiny,null,randread,4k,1,1,iops," };
	double v, floor0 = NAN;
	size_t i, n;
	int rc, rep;

	n = plan_sweep(run, "[sweep]\nquestion = Does it work?\nname = unit-aa\nseed = 5\nrepetitions = 5\ncontrol = a2\n"
			    "[driver stock]\nmodule = stock\n[driver a2]\nmodule = stock\n"
			    "[driver ours]\nmodule = ours\n[driver tiny]\nmodule = ours\n"
			    "[backend null]\ntype = qsd-null\n"
			    "[workload w]\nrw = randread\nbs = 4k\niodepth = 1\n", &order, ids, 20);
	if (!n)
		goto out;
	CHECK(n == 20, "%zu points planned", n);
	for (i = 0; i < n; i++) {
		rep = id_rep(ids[i]);
		if (rep < 1 || rep > 5)
			continue;
		v = stock[rep - 1];
		if (strstr(ids[i], "-a2-"))
			v *= aa[rep - 1];
		else if (strstr(ids[i], "-ours-"))
			v *= 1.10;
		else if (strstr(ids[i], "-tiny-"))
			v *= tiny[rep - 1];
		mkpoint(run, ids[i]);
		put_fio_iops(run, ids[i], v);
		put_text(run, ids[i], "status", "ok\n");
	}
	rc = summarize(run, &output);
	CHECK(rc == 0, "exited %d: %s", rc, output);
	text = slurp_in(run, "aggregate.csv");
	for (i = 0; text && i < sizeof(rows) / sizeof(rows[0]); i++) {
		f = agg_field(text, rows[i], 24);
		CHECK(f && *f, "no noise_floor on%s", rows[i]);
		v = f ? strtod(f, NULL) : NAN;
		/*
		 * log-t on the A/A ratios: exp(max |mean +- t(4) s / sqrt 5|) - 1
		 * = 0.001966; no sqrt(n) gives 0.0044, z for t 0.0014
		 */
		CHECK(f && !strcmp(f, "0.0020"), "noise_floor %s on%s, expected 0.0020", f ? f : "-",
		      rows[i]);
		if (!i)
			floor0 = v;
		CHECK(v == floor0, "noise_floor differs between rows of one point: %g vs %g", v, floor0);
		free(f);
	}
	f = text ? agg_field(text, rows[2], 25) : NULL;
	CHECK(f && !strcmp(f, "1"), "ours (+10%%): ratio_sig '%s', expected 1", f ? f : "-");
	free(f);
	f = text ? agg_field(text, rows[3], 25) : NULL;
	CHECK(f && !strcmp(f, "0"), "tiny (+0.05%% inside the floor): ratio_sig '%s', expected 0", f ? f : "-");
	free(f);
	f = text ? agg_field(text, rows[3], 13) : NULL;
	CHECK(f && strtod(f, NULL) > 1.0, "tiny's interval [%s, ...] should exclude 1", f ? f : "-");
	free(f);
	f = text ? agg_field(text, rows[1], 25) : NULL;
	CHECK(f && !strcmp(f, "0"), "the control itself: ratio_sig '%s', expected 0", f ? f : "-");
	free(f);
	free(text);
out:
	free(output);
	free(order);
}

/*
 * Five repetitions, stock at 900..1100 IOPS and ours 1.08 to 1.12 times
 * stock in the same block: the median's interval is the range (5 values
 * reach 93.75%, not 95%), the ratio the geometric mean of the five paired
 * ratios with t(4) = 2.776445 on their logs (worked out with Python's
 * statistics module), the cv the sample stdev over the mean.
 */
static void test_intervals(const char *run)
{
	static const double stock[] = { 1000, 1100, 900, 1050, 950 };
	static const double gain[] = { 1.10, 1.12, 1.08, 1.11, 1.09 };
	static const char *const want[] = {
		"\nstock/null,stock,null,randread,4k,1,1,iops,5,1000.000,900.000,1100.000,,,,stock/null,,,,,,0.9375,,0.0791,,,\n",
		"\nours/null,ours,null,randread,4k,1,1,iops,5,1100.000,972.000,1232.000,1.0999,1.0805,1.1197,stock/null,,,,,,0.9375,5,0.0933,,1,\n",
		/* equal latencies: a zero-width interval, cv 0, no difference */
		"\nours/null,ours,null,randread,4k,1,1,lat_mean_us,5,70.160,70.160,70.160,1.0000,1.0000,1.0000,stock/null,,,,,,0.9375,5,0.0000,,0,\n",
	};
	char *ids[10], *order = NULL, *output = NULL, *text, *r;
	size_t i, n;
	int rc, rep;

	if (make_plan(run, "1", "5"))
		return;
	n = read_ids(run, &order, ids, 10);
	CHECK(n == 10, "%zu points planned", n);
	for (i = 0; i < n; i++) {
		r = strrchr(ids[i], 'r');
		rep = r ? atoi(r + 1) : 0;
		CHECK(rep >= 1 && rep <= 5, "no rep in %s", ids[i]);
		if (rep < 1 || rep > 5)
			continue;
		mkpoint(run, ids[i]);
		put_fio_iops(run, ids[i], stock[rep - 1] * (strstr(ids[i], "-ours-") ? gain[rep - 1] : 1));
		put_text(run, ids[i], "status", "ok\n");
	}
	rc = summarize(run, &output);
	CHECK(rc == 0, "exited %d: %s", rc, output);
	text = slurp_in(run, "aggregate.csv");
	for (i = 0; text && i < sizeof(want) / sizeof(want[0]); i++)
		CHECK(strstr(text, want[i]), "aggregate.csv lacks%s in\n%s", want[i], text);
	free(text);
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
	path = tu_fmt("%s/plan/points/%s/params.json", run, ids[1]);
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

static void test_incompatible(const char *run)
{
	char *path, *output = NULL;
	int rc;

	if (make_plan(run, "1", "1"))
		return;
	path = tu_fmt("%s/plan/plan.json", run);
	tu_write(path, "{ \"format\": 7 }\n");
	rc = summarize(run, &output);
	CHECK(rc == 2 && output && strstr(output, "run made by an incompatible version: format 7, this vlab reads 1"),
	      "format 7: exit %d: %s", rc, output);
	free(path);
	free(output);
}

/*
 * baseline_backend and the unsafe flag: stock and an ours driver with
 * bounce_strategy=direct, each on qsd (14023.976 IOPS) and blkd (41762.238):
 * blkd's backend ratio to qsd is 2.9779 for both drivers, qsd has none, and
 * every row of the direct driver is flagged, in summary.csv and aggregate.csv.
 * A third driver sets the strategy as a module parameter instead of a knob,
 * and is flagged the same way (params.json names it "module_params").
 */
static void test_backend_ratio_and_flags(const char *run)
{
	static const char *const want_agg[] = {
		"\nstock/blkd,stock,blkd,randread,4k,1,1,iops,1,41762.238,,,,,,stock/blkd,2.9779,,,stock/qsd,,,,,,,\n",
		"\nstock/qsd,stock,qsd,randread,4k,1,1,iops,1,14023.976,,,,,,stock/qsd,,,,,,,,,,,\n",
		"\ndirect/blkd,direct,blkd,randread,4k,1,1,iops,1,41762.238,,,1.0000,,,stock/blkd,2.9779,,,direct/qsd,unsafe,,1,,,,\n",
		"\ndirect/qsd,direct,qsd,randread,4k,1,1,iops,1,14023.976,,,1.0000,,,stock/qsd,,,,,unsafe,,1,,,,\n",
		"\nmparam/qsd,mparam,qsd,randread,4k,1,1,iops,1,14023.976,,,1.0000,,,stock/qsd,,,,,unsafe,,1,,,,\n",
	};
	char *sweep = tu_fmt("%s.conf", run), *out = tu_fmt("%s/plan", run);
	char *argv[] = { (char *)plan_prog, "--sweep", sweep, "--out", out, NULL };
	char *ids[6], *order = NULL, *output = NULL, *text, *line;
	size_t i, n;
	int rc;

	mkdir(run, 0755);
	tu_write(sweep, "[sweep]\nquestion = Does it work?\nname = unit-bb\nseed = 5\nrepetitions = 1\n"
			"baseline_backend = qsd:blkd\n"
			"[driver stock]\nmodule = stock\n"
			"[driver direct]\nmodule = ours\nknobs = bounce_strategy=direct\n"
			"[driver mparam]\nmodule = ours\nparams = bounce_strategy=direct\n"
			"[backend qsd]\ntype = qsd-null\n[backend blkd]\ntype = blkd-null\n"
			"[workload w]\nrw = randread\nbs = 4k\niodepth = 1\n");
	rc = tu_run(argv, NULL);
	CHECK(rc == 0, "vlab-plan exited %d", rc);
	n = rc ? 0 : read_ids(run, &order, ids, 6);
	CHECK(n == 6, "%zu points planned", n);
	text = slurp_in(run, "plan/plan.json");
	CHECK(text && strstr(text, "\"baseline_backends\": {") && strstr(text, "\"blkd\": \"qsd\""),
	      "plan.json lacks baseline_backends: %s", text ? text : "(none)");
	free(text);
	for (i = 0; i < n; i++) {
		mkpoint(run, ids[i]);
		put(run, ids[i], strstr(ids[i], "-qsd-") ? "fio-randread.json" :
			"fio-randread-2jobs.json", "fio.json");
		put_text(run, ids[i], "status", "ok\n");
	}
	rc = summarize(run, &output);
	CHECK(rc == 0, "exited %d: %s", rc, output);
	text = slurp_in(run, "aggregate.csv");
	for (i = 0; text && i < sizeof(want_agg) / sizeof(want_agg[0]); i++)
		CHECK(strstr(text, want_agg[i]), "aggregate.csv lacks%s in\n%s", want_agg[i], text);
	free(text);
	text = slurp_in(run, "summary.csv");
	for (i = 0; text && i < n; i++) {
		line = strstr(text, ids[i]);
		/*
		 * flags is the last column but nine; no cpu.json, boot nor
		 * device.json: the last nine are empty
		 */
		CHECK(line && (strstr(ids[i], "-direct-") || strstr(ids[i], "-mparam-") ?
			       !strncmp(strchr(line, '\n') - 16, ",unsafe,,,,,,,,,", 16) :
			       !strncmp(strchr(line, '\n') - 10, ",,,,,,,,,,", 10)),
		      "summary.csv row %s: wrong flags", ids[i]);
	}
	free(text);
	text = slurp_in(run, "aggregate.json");
	CHECK(text && strstr(text, "\"baseline_backends\": {") && strstr(text, "\"blkd\": \"qsd\""),
	      "aggregate.json lacks baseline_backends: %s", text ? text : "(none)");
	free(text);
	free(output);
	free(order);
	free(sweep);
	free(out);
}

/* A run without RUN/plan: points/<id>/params.json, as before plans were kept. */
static void test_without_plan(const char *run)
{
	char *ids[2], *order = NULL, *output = NULL, *from, *to, *text;
	size_t i, n;
	int rc;

	if (make_plan(run, "1", "1"))
		return;
	n = read_ids(run, &order, ids, 2);
	from = tu_fmt("%s/plan/points", run);
	to = tu_fmt("%s/points", run);
	CHECK(rename(from, to) == 0, "rename");
	free(from);
	free(to);
	from = tu_fmt("%s/plan", run);
	to = tu_fmt("rm -rf '%s'", from);
	CHECK(system(to) == 0, "%s", to);
	free(from);
	free(to);
	for (i = 0; i < n; i++)
		put(run, ids[i], "fio-randread.json", "fio.json");
	rc = summarize(run, &output);
	CHECK(rc == 0, "run without a plan exited %d: %s", rc, output);
	text = slurp_in(run, "aggregate.json");
	CHECK(text && strstr(text, "\"intervals\": {"), "aggregate.json %s", text);
	free(text);
	free(output);
	free(order);
}

/*
 * The counters cpu.json carries beside the ticks (issue 27), over its
 * disk_ios: stock's backend took 3000 minor and 200 major faults over
 * 16000 I/Os (0.200 a I/O) and its module has no maps counter; ours ran
 * without a backend process (no faults to count, though the keys are 0)
 * and its device made 48000 DMA maps (3.000 a I/O). Both in summary.csv's
 * last columns and as aggregate metrics.
 */
static void test_fault_counts(const char *run)
{
	static const char *const want_agg[] = {
		"\nstock/null,stock,null,randread,4k,1,1,faults_per_io,1,0.200,",
		"\nstock/null,stock,null,randread,4k,1,1,maps_per_io,0,,",
		"\nours/null,ours,null,randread,4k,1,1,faults_per_io,0,,",
		"\nours/null,ours,null,randread,4k,1,1,maps_per_io,1,3.000,",
	};
	char *ids[2], *order = NULL, *output = NULL, *text;
	size_t i, n;
	int rc;

	if (make_plan(run, "1", "1"))
		return;
	n = read_ids(run, &order, ids, 2);
	CHECK(n == 2, "%zu points planned", n);
	for (i = 0; i < n; i++) {
		int stock = strstr(ids[i], "-stock-") != NULL;

		mkpoint(run, ids[i]);
		put(run, ids[i], "fio-randread.json", "fio.json");
		put_text(run, ids[i], "status", "ok\n");
		put_text(run, ids[i], "cpu.json", stock ?
			 "{ \"clk_tck\": 100, \"backend_process\": true, \"backend_ticks\": 50, "
			 "\"guest_busy_ticks\": 180, \"guest_cpus\": 2, \"disk_ios\": 16000, "
			 "\"disk_ms\": 10, \"backend_minflt\": 3000, \"backend_majflt\": 200, "
			 "\"guest_pgfault\": 9000 }\n" :
			 "{ \"clk_tck\": 100, \"backend_process\": false, \"backend_ticks\": 0, "
			 "\"guest_busy_ticks\": 180, \"guest_cpus\": 2, \"disk_ios\": 16000, "
			 "\"disk_ms\": 10, \"backend_minflt\": 0, \"backend_majflt\": 0, "
			 "\"guest_pgfault\": 9000, \"dma_maps\": 48000 }\n");
	}
	rc = summarize(run, &output);
	CHECK(rc == 0, "exit %d: %s", rc, output);
	text = slurp_in(run, "summary.csv");
	for (i = 0; text && i < n; i++) {
		char *want = tu_fmt("\n%s,", ids[i]);
		char *row = strstr(text, want), *end = row ? strchr(row + 1, '\n') : NULL;
		const char *tail = strstr(ids[i], "-stock-") ? ",0.200,\n" : ",,3.000\n";
		size_t tl = strlen(tail);

		CHECK(row && end && (size_t)(end + 1 - row) > tl && !strncmp(end + 1 - tl, tail, tl),
		      "row of %s does not end in %s", ids[i], tail);
		free(want);
	}
	free(text);
	text = slurp_in(run, "aggregate.csv");
	for (i = 0; i < sizeof(want_agg) / sizeof(want_agg[0]); i++)
		CHECK(text && strstr(text, want_agg[i]), "aggregate.csv lacks%s", want_agg[i]);
	free(text);
	free(output);
	free(order);
}

int main(int argc, char **argv)
{
	char *dir, *run;

	if (fixture_args(argc, argv))
		return T_FAIL;
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
	run = tu_fmt("%s/format", dir);
	test_incompatible(run);
	free(run);
	run = tu_fmt("%s/noplan", dir);
	test_without_plan(run);
	free(run);
	run = tu_fmt("%s/bbackend", dir);
	test_backend_ratio_and_flags(run);
	free(run);
	run = tu_fmt("%s/intervals", dir);
	test_intervals(run);
	free(run);
	run = tu_fmt("%s/noise", dir);
	test_noise_floor(run);
	free(run);
	run = tu_fmt("%s/faults", dir);
	test_fault_counts(run);
	free(run);

	tu_scratch_done(dir);
	return tu_result("summarize");
}
