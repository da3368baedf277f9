// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-summarize: one row per benchmark point of a run, from each point's
 * params.json, fio.json, status, module, cpu.json and perf stat files
 * (summarize_row.c), into RUN_DIR/summary.csv; then the aggregation over
 * repetitions (summarize_agg.c).
 *
 * A point is ok only when the agent did not report a failure and fio.json
 * parses with every jobs[].error == 0. Anything else is a failed row with
 * empty metric cells: a number we cannot vouch for is not written at all.
 * When the run holds its plan (RUN_DIR/plan), every planned point gets a
 * row, so a point that never finished shows as "missing", not as nothing.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <json-c/json.h>

#include "atomic.h"
#include "cli.h"
#include "csv.h"
#include "metrics.h"
#include "planfile.h"
#include "summarize_agg.h"
#include "summarize_bstages.h"
#include "summarize_row.h"

static const char *const prog = "vlab-summarize";

static void usage(void)
{
	printf(
"Usage: vlab-summarize RUN_DIR\n"
"Summarise every benchmark point of a run into RUN_DIR/summary.csv and\n"
"backend-stages.csv, and aggregate the repetitions into RUN_DIR/aggregate.csv\n"
"and aggregate.json.\n"
"\n"
"The points are those of RUN_DIR/plan (the run's plan, vlab-plan format 1)\n"
"when it exists, a planned point without a RUN_DIR/points/<id> folder having\n"
"status \"missing\"; otherwise every RUN_DIR/points/<id>/params.json. From\n"
"each point folder: fio.json (fio --output-format=json), status (\"ok\" or\n"
"\"failed: reason\", from the guest agent), module (the vduse module identity),\n"
"cpu.json (the agent's CPU ticks and disk I/O count around fio), perf-fio.txt\n"
"and perf-backend.txt (perf stat -x, with task-clock, when the sweep ran perf).\n"
"A point is ok when the agent reported no failure and fio.json parses with\n"
"every jobs[].error 0; otherwise its metric cells are empty.\n"
"\n"
"summary.csv columns: id,seq,driver,backend,rw,bs,iodepth,numjobs,rep,status,\n"
"iops,bw_kib_s,lat_mean_us,lat_p50_us,lat_p99_us,lat_p999_us,total_ios,\n"
"fio_error,module,config,workload,cpu_us_per_io_fio,cpu_us_per_io_backend,\n"
"cpu_us_per_io,flags,cpu_us_per_io_guest,boot. Rows are sorted by seq. iops,\n"
"bw_kib_s and total_ios sum read and write over all fio jobs. Latencies are\n"
"fio's completion latency (clat) in microseconds from the direction that did\n"
"the I/O; for rw and randrw the mean is weighted over read and write and the\n"
"percentiles are the read side's. Percentiles are empty unless fio ran one\n"
"job (--group_reporting). CPU per I/O is CPU microseconds over I/Os: perf's\n"
"task-clock when there is a perf file, else fio's usr_cpu + sys_cpu over\n"
"total_ios and the backend's ticks from cpu.json; perf and ticks are over\n"
"cpu.json's disk_ios (they all span fio's ramp), else total_ios.\n"
"cpu_us_per_io is the sum of fio's and the backend's, empty unless both are\n"
"known; cpu_us_per_io_guest is all vCPUs' busy time (kworkers and interrupts\n"
"too) from cpu.json. flags is \"unsafe\" when the driver sets\n"
"bounce_strategy=direct (knob or module parameter): a\n"
"research-only strategy exposing guest pages, never a deployable figure.\n"
"boot is N of the vm/boot-N that ran the point (points/<id>/boot; empty in\n"
"runs older than the file): points that shared a boot share its state.\n"
"bounce_size, mem_kernel_bytes, mem_huge_bytes, mem_umem_bytes and mem_bytes\n"
"are the VDUSE device's memory at the end of fio, in bytes, from device.json:\n"
"its bounce_size (the budget), the kernel bounce pages it holds (our module's\n"
"bounce_pages x page_size), those in 2 MiB pages (bounce_huge_pages), the user\n"
"memory registered as bounce pages and pinned (umem_bytes), and kernel plus\n"
"user; empty where the module does not report it (the stock module reports\n"
"bounce_size only) and for backends without a VDUSE device.\n"
"faults_per_io is the backend process's page faults (minor and major) and\n"
"maps_per_io the VDUSE device's DMA maps (our module's stats/maps: one per\n"
"segment, header and status; counted with the module's stats=1 only) over\n"
"cpu.json's disk_ios, ramp included; empty without a backend process,\n"
"without the counter, and in runs older than them.\n"
"The extra fio axes of a run whose points set them (%s) follow as\n"
"columns of their own, empty where a point does not set one; a run\n"
"without them has none.\n"
"\n"
"aggregate.csv: one row per configuration, workload point (rw, bs, iodepth,\n"
"numjobs) and metric (%s; in that order):\n"
"config,driver,backend,rw,bs,iodepth,numjobs,metric,n,median,ci_lo,ci_hi,\n"
"ratio,ratio_lo,ratio_hi,baseline,backend_ratio,backend_ratio_lo,\n"
"backend_ratio_hi,backend_baseline,flags,ci_level,ratio_n,cv,noise_floor,\n"
"ratio_sig,backend_ratio_sig. median over the\n"
"ok repetitions (n); ci_lo and ci_hi the distribution-free order-statistic\n"
"interval of the median [x_(k), x_(n+1-k)], k the largest giving at least\n"
"95%%, else (n < 6) the whole range; ci_level its achieved confidence\n"
"(0.75 at n=3, 0.9375 at n=5), empty for n < 2. ratio is the geometric mean\n"
"over repetitions r of value(r) / value of the baseline driver on the same\n"
"backend (on BACKEND with the sweep's baseline = DRIVER/BACKEND; baseline\n"
"names that configuration) at rep r (both ran in the same block), with a\n"
"95%% t interval on the\n"
"logs of those ratios; ratio_n counts them; empty for the baseline itself,\n"
"without pairs, and the interval with fewer than 2. backend_ratio is the same\n"
"against the sweep's baseline_backend of this backend (same driver, point and\n"
"rep), backend_baseline that configuration; empty without one. flags is\n"
"\"unsafe\" when any of the configuration's points is. cv is the sample\n"
"standard deviation over the mean of the repetitions. noise_floor, with the\n"
"sweep's A/A control: how far from 1 the control's ratio interval reaches at\n"
"this backend and point. ratio_sig (backend_ratio_sig): 1 when the interval\n"
"lies wholly outside [1/(1+floor), 1+floor] (the larger floor of the two\n"
"backends), or excludes 1 without a floor. aggregate.json names the methods,\n"
"the level asked for, the baseline and the control (a CSV stays plain CSV).\n"
"\n"
"backend-stages.csv: id,config,rep,stage,count,mean_us, a row per ok point\n"
"and stage of the last JSON statistics line vduse-blkd printed into the\n"
"point's backend.log (at exit: the whole run), its queues summed: count the\n"
"requests the stage timed, mean_us their count-weighted mean; only the\n"
"header when no point has one.\n"
"\n"
"Options:\n"
"  -h, --help   show this help\n"
"\n"
"Exit status: 0 all points ok; 1 some points failed or are missing (the files\n"
"are still written) or the run folder could not be read; 2 usage error or a\n"
"run made by an incompatible version.\n"
"\n"
"Examples:\n"
"  vlab-summarize results/run1\n"
"  vlab-summarize results/run1 || echo \"some points failed\"\n", vlab_xaxes_list(),
	vlab_metric_list());
}

static int is_point_folder(const struct dirent *de)
{
	/* skip dot entries and folders still being written (name.tmp.PID) */
	return de->d_name[0] != '.' && !strstr(de->d_name, ".tmp.");
}

static int cmp_seq(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* A metric cell: empty when the point failed or there is no value. */
static void metric(struct vlab_csv_out *w, const struct row *r, double v)
{
	if (!row_ok(r) || isnan(v))
		vlab_csv_cell(w, NULL);
	else
		vlab_csv_cellf(w, "%.3f", v);
}

/* A byte count: whole, empty when the point failed or the module did not say. */
static void bytes(struct vlab_csv_out *w, const struct row *r, double v)
{
	if (!row_ok(r) || isnan(v))
		vlab_csv_cell(w, NULL);
	else
		vlab_csv_cellf(w, "%.0f", v);
}

static int write_summary(const char *run_dir, const struct row *rows, size_t n)
{
	unsigned xmask = summarize_xaxes(rows, n);
	static const char *const cols[] = {
		"id", "seq", "driver", "backend", "rw", "bs", "iodepth", "numjobs", "rep",
		"status", "iops", "bw_kib_s", "lat_mean_us", "lat_p50_us", "lat_p99_us",
		"lat_p999_us", "total_ios", "fio_error", "module", "config", "workload",
		"cpu_us_per_io_fio", "cpu_us_per_io_backend", "cpu_us_per_io", "flags",
		"cpu_us_per_io_guest",	/* appended: readers by position keep working */
		"boot", "bounce_size", "mem_kernel_bytes", "mem_huge_bytes", "mem_umem_bytes",
		"mem_bytes", "faults_per_io", "maps_per_io",
	};
	struct vlab_csv_out w;
	struct vlab_atomic a;
	const struct row *r;
	char *path;
	size_t i;
	int ret;

	if (asprintf(&path, "%s/summary.csv", run_dir) < 0)
		return -ENOMEM;
	ret = vlab_atomic_open(&a, path);
	free(path);
	if (ret)
		return ret;
	vlab_csv_begin(&w, a.f);
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		vlab_csv_cell(&w, cols[i]);
	vlab_xaxes_csv_header(&w, xmask);
	vlab_csv_end_row(&w);
	for (r = rows; r < rows + n; r++) {
		vlab_csv_cell(&w, r->id);
		vlab_csv_cellf(&w, "%ld", r->seq);
		vlab_csv_cell(&w, r->driver);
		vlab_csv_cell(&w, r->backend);
		vlab_csv_cell(&w, r->rw);
		vlab_csv_cell(&w, r->bs);
		vlab_csv_cellf(&w, "%ld", r->iodepth);
		vlab_csv_cellf(&w, "%ld", r->numjobs);
		vlab_csv_cellf(&w, "%ld", r->rep);
		vlab_csv_cell(&w, r->status);
		metric(&w, r, r->fio.iops);
		metric(&w, r, r->fio.bw_kib_s);
		metric(&w, r, r->fio.lat_mean_us);
		metric(&w, r, r->fio.lat_p50_us);
		metric(&w, r, r->fio.lat_p99_us);
		metric(&w, r, r->fio.lat_p999_us);
		if (!row_ok(r))
			vlab_csv_cell(&w, NULL);
		else
			vlab_csv_cellf(&w, "%llu", (unsigned long long)r->fio.total_ios);
		if (r->have_fio)
			vlab_csv_cellf(&w, "%d", r->fio.error);
		else
			vlab_csv_cell(&w, NULL);
		vlab_csv_cell(&w, r->module);
		vlab_csv_cell(&w, r->config);
		vlab_csv_cell(&w, r->workload);
		metric(&w, r, r->cpu_fio_us);
		metric(&w, r, r->cpu_backend_us);
		metric(&w, r, r->cpu_fio_us + r->cpu_backend_us); /* NAN unless both */
		vlab_csv_cell(&w, r->flags ? r->flags : "");
		metric(&w, r, r->cpu_guest_us);
		vlab_csv_cell(&w, r->boot);
		bytes(&w, r, r->bounce_size);
		bytes(&w, r, r->mem_kernel);
		bytes(&w, r, r->mem_huge);
		bytes(&w, r, r->mem_umem);
		bytes(&w, r, r->mem_kernel + r->mem_umem); /* NAN unless both */
		metric(&w, r, r->faults_per_io);
		metric(&w, r, r->maps_per_io);
		vlab_xvals_csv_cells(&w, &r->x, xmask);
		vlab_csv_end_row(&w);
	}
	if (w.err) {
		vlab_atomic_abort(&a);
		return w.err;
	}
	return vlab_atomic_commit(&a);
}

/* Rows of the points found in RUN_DIR/points (a run without its plan). */
static int rows_from_folders(const char *run_dir, struct row **rowsp, size_t *np)
{
	struct dirent **names = NULL;
	struct row *rows = NULL;
	char *points = NULL, *dir;
	int n = 0, i, ret = 0;

	if (asprintf(&points, "%s/points", run_dir) < 0)
		return -ENOMEM;
	n = scandir(points, &names, is_point_folder, alphasort);
	if (n < 0) {
		ret = -errno;
		fprintf(stderr, "%s: %s: %s\n", prog, points, strerror(errno));
		n = 0;
		goto out;
	}
	if (!n) {
		fprintf(stderr, "%s: %s holds no points\n", prog, points);
		ret = -ENOENT;
		goto out;
	}
	rows = calloc(n, sizeof(*rows));
	if (!rows) {
		ret = -ENOMEM;
		goto out;
	}
	*rowsp = rows;
	*np = n;
	for (i = 0; i < n; i++) {
		if (asprintf(&dir, "%s/%s", points, names[i]->d_name) < 0) {
			ret = -ENOMEM;
			goto out;
		}
		ret = summarize_load_params(dir, names[i]->d_name, &rows[i]);
		if (!ret)
			ret = summarize_judge_point(dir, &rows[i]);
		free(dir);
		if (ret)
			goto out;
	}
out:
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(points);
	return ret;
}

/* Every points/<dir> must be a planned point. */
static int check_unplanned(const char *run_dir, struct json_object *order)
{
	struct dirent **names = NULL;
	char *points;
	size_t k;
	int n, i, ret = 0;

	if (asprintf(&points, "%s/points", run_dir) < 0)
		return -ENOMEM;
	n = scandir(points, &names, is_point_folder, alphasort);
	for (i = 0; i < n; i++) {
		for (k = 0; k < json_object_array_length(order); k++)
			if (!strcmp(names[i]->d_name,
				    json_object_get_string(json_object_array_get_idx(order, k))))
				break;
		if (k == json_object_array_length(order) && !ret) {
			fprintf(stderr, "%s: %s/%s is not in this run's plan\n", prog, points,
				names[i]->d_name);
			ret = -EBADMSG;
		}
		free(names[i]);
	}
	free(names);
	free(points);
	return ret;
}

/* Rows of every planned point: params from the plan, results when present. */
static int rows_from_plan(const char *run_dir, struct json_object *order, struct row **rowsp,
			  size_t *np)
{
	size_t n = json_object_array_length(order), i;
	char *pdir, *rdir;
	struct row *rows;
	struct stat st;
	int ret;

	ret = check_unplanned(run_dir, order);
	if (ret)
		return ret;
	rows = calloc(n + 1, sizeof(*rows));
	if (!rows)
		return -ENOMEM;
	*rowsp = rows;
	*np = n;
	for (i = 0; i < n; i++) {
		const char *id = json_object_get_string(json_object_array_get_idx(order, i));

		if (asprintf(&pdir, "%s/plan/points/%s", run_dir, id) < 0)
			return -ENOMEM;
		if (asprintf(&rdir, "%s/points/%s", run_dir, id) < 0) {
			free(pdir);
			return -ENOMEM;
		}
		ret = summarize_load_params(pdir, id, &rows[i]);
		if (!ret && stat(rdir, &st) == 0 && S_ISDIR(st.st_mode))
			ret = summarize_judge_point(rdir, &rows[i]);
		else if (!ret && !(rows[i].status = strdup("missing")))
			ret = -ENOMEM;
		free(pdir);
		free(rdir);
		if (ret)
			return ret;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	struct agg_opts ao = { 0 };
	struct vlab_planinfo pi = { 0 };
	const char *run_dir;
	const char **configs = NULL;
	struct row *rows = NULL;
	size_t n = 0, i, nbad = 0;
	char *plan_dir, *err = NULL;
	struct stat st;
	int c, ret, have_plan;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (c != 'h')
			vlab_getopt_error(prog, c, argv);
		usage();
		return 0;
	}
	if (optind == argc)
		vlab_usage_error(prog, "RUN_DIR is required");
	if (optind + 1 != argc)
		vlab_usage_error(prog, "unexpected argument '%s'; give one RUN_DIR", argv[optind + 1]);
	run_dir = argv[optind];
	vlab_require_dir(prog, "RUN_DIR", run_dir);

	if (asprintf(&plan_dir, "%s/plan", run_dir) < 0)
		return VLAB_EXIT_FAIL;
	have_plan = stat(plan_dir, &st) == 0;
	free(plan_dir);
	if (have_plan) {
		ret = vlab_plan_load_run(run_dir, &pi, &err);
		if (ret) {
			fprintf(stderr, "%s: %s\n", prog, err ? err : strerror(-ret));
			free(err);
			vlab_plan_free(&pi);
			return ret == -EPROTO ? VLAB_EXIT_USAGE : VLAB_EXIT_FAIL;
		}
		ret = rows_from_plan(run_dir, pi.order, &rows, &n);
		ao.baseline = pi.baseline;
		ao.baseline_on = pi.baseline_on;
		ao.sweep = pi.name;
	} else {
		ret = rows_from_folders(run_dir, &rows, &n);
		ao.baseline = "stock"; /* what the pre-sweep planner compared against */
	}
	if (ret)
		goto out;
	qsort(rows, n, sizeof(*rows), cmp_seq);
	for (i = 0; i < n; i++)
		nbad += !row_ok(&rows[i]);
	ret = write_summary(run_dir, rows, n);
	if (ret) {
		fprintf(stderr, "%s: writing %s/summary.csv: %s\n", prog, run_dir, strerror(-ret));
		goto out;
	}
	ret = summarize_backend_stages(run_dir, rows, n);
	if (ret) {
		fprintf(stderr, "%s: writing %s/backend-stages.csv: %s\n", prog, run_dir,
			strerror(-ret));
		goto out;
	}
	/* the plan's configuration order, so aggregate rows follow the sweep file */
	if (have_plan) {
		struct json_object *cfgs;

		if (json_object_object_get_ex(pi.json, "configs", &cfgs) &&
		    json_object_is_type(cfgs, json_type_array)) {
			configs = calloc(json_object_array_length(cfgs) + 1, sizeof(*configs));
			for (i = 0; configs && i < json_object_array_length(cfgs); i++)
				configs[i] = json_object_get_string(json_object_array_get_idx(cfgs, i));
		}
	}
	ao.run_dir = run_dir;
	ao.configs = configs;
	ao.plan = have_plan ? &pi : NULL;
	ret = summarize_aggregate(&ao, rows, n);
	if (ret)
		fprintf(stderr, "%s: writing %s/aggregate.csv: %s\n", prog, run_dir, strerror(-ret));
out:
	for (i = 0; rows && i < n; i++)
		summarize_free_row(&rows[i]);
	free(rows);
	free(configs);
	vlab_plan_free(&pi);
	if (ret)
		return VLAB_EXIT_FAIL;
	if (nbad) {
		fprintf(stderr, "%s: %zu of %zu points failed or are missing; see the status column of %s/summary.csv\n",
			prog, nbad, n, run_dir);
		return VLAB_EXIT_FAIL;
	}
	fprintf(stderr, "%s: %zu points, all ok, in %s/summary.csv and aggregate.csv\n", prog, n,
		run_dir);
	return 0;
}
