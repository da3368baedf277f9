// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-summarize: one row per benchmark point of a run, from each point's
 * params.json, fio.json, status and module files, into RUN_DIR/summary.csv.
 *
 * A point is ok only when the agent did not report a failure and fio.json
 * parses with every jobs[].error == 0. Anything else is a failed row with
 * empty metric cells: a number we cannot vouch for is not written at all.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "atomic.h"
#include "cli.h"
#include "csv.h"
#include "fiojson.h"
#include "jsonfile.h"
#include "readfile.h"

static const char *const prog = "vlab-summarize";

struct row {
	long seq, iodepth, numjobs, rep;
	char *id, *driver, *backend, *rw, *bs;
	char *status;		/* "ok" or "failed: reason" */
	int have_fio;		/* fio.json parsed, so fio.error is meaningful */
	struct vlab_fio fio;
	char *module;		/* NULL when the point has no module file */
};

static void usage(void)
{
	printf(
"Usage: vlab-summarize RUN_DIR\n"
"Summarise every benchmark point of a run into RUN_DIR/summary.csv.\n"
"\n"
"Reads RUN_DIR/points/<id>/params.json (required) and, when present, fio.json\n"
"(fio --output-format=json), status (\"ok\" or \"failed: reason\", written by\n"
"the guest agent) and module (the vduse module identity). A point is ok when\n"
"the agent reported no failure and fio.json parses with every jobs[].error 0;\n"
"otherwise its status is \"failed: reason\" and its metric cells are empty.\n"
"\n"
"Columns: id,seq,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,\n"
"bw_kib_s,lat_mean_us,lat_p50_us,lat_p99_us,lat_p999_us,total_ios,fio_error,\n"
"module. Rows are sorted by seq. iops, bw_kib_s and total_ios sum read and\n"
"write over all fio jobs. Latencies are fio's completion latency (clat) in\n"
"microseconds from the direction that did the I/O; for rw and randrw the mean\n"
"is weighted over read and write and the percentiles are the read side's.\n"
"Percentiles are left empty unless fio ran one job (--group_reporting).\n"
"\n"
"Exit status: 0 all points ok; 1 some points failed (summary.csv is still\n"
"written) or the run folder could not be read; 2 usage error.\n"
"\n"
"Options:\n"
"  -h, --help   show this help\n"
"\n"
"Examples:\n"
"  vlab-summarize results/run1\n"
"  vlab-summarize results/run1 || echo \"some points failed\"\n");
}

static void free_row(struct row *r)
{
	free(r->id);
	free(r->driver);
	free(r->backend);
	free(r->rw);
	free(r->bs);
	free(r->status);
	free(r->module);
}

static int get_str(struct json_object *o, const char *path, const char *key, char **out)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string)) {
		fprintf(stderr, "%s: %s: key '%s' is missing or not a string\n", prog, path, key);
		return -EBADMSG;
	}
	*out = strdup(json_object_get_string(v));
	return *out ? 0 : -ENOMEM;
}

static int get_int(struct json_object *o, const char *path, const char *key, long *out)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_int)) {
		fprintf(stderr, "%s: %s: key '%s' is missing or not an integer\n", prog, path, key);
		return -EBADMSG;
	}
	*out = (long)json_object_get_int64(v);
	return 0;
}

static int load_params(const char *dir, const char *name, struct row *r)
{
	struct json_object *p = NULL;
	char *path;
	int ret;

	if (asprintf(&path, "%s/params.json", dir) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &p);
	if (ret) {
		fprintf(stderr, "%s: %s: %s\n", prog, path,
			ret == -EBADMSG ? "not valid JSON" : strerror(-ret));
		goto out;
	}
	ret = get_str(p, path, "id", &r->id);
	if (!ret)
		ret = get_int(p, path, "seq", &r->seq);
	if (!ret)
		ret = get_str(p, path, "driver", &r->driver);
	if (!ret)
		ret = get_str(p, path, "backend", &r->backend);
	if (!ret)
		ret = get_str(p, path, "rw", &r->rw);
	if (!ret)
		ret = get_str(p, path, "bs", &r->bs);
	if (!ret)
		ret = get_int(p, path, "iodepth", &r->iodepth);
	if (!ret)
		ret = get_int(p, path, "numjobs", &r->numjobs);
	if (!ret)
		ret = get_int(p, path, "rep", &r->rep);
	/* a folder holding another point's params means the run is mixed up */
	if (!ret && strcmp(r->id, name)) {
		fprintf(stderr, "%s: %s: id '%s' does not match its folder '%s'\n", prog, path,
			r->id, name);
		ret = -EBADMSG;
	}
out:
	json_object_put(p);
	free(path);
	return ret;
}

/* Optional one-line file of a point; *line stays NULL when it is absent. */
static int read_optional_line(const char *dir, const char *file, char **line)
{
	char *path;
	int ret;

	*line = NULL;
	if (asprintf(&path, "%s/%s", dir, file) < 0)
		return -ENOMEM;
	ret = vlab_read_first_line(path, line);
	if (ret && ret != -ENOENT)
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(-ret));
	free(path);
	return ret == -ENOENT ? 0 : ret;
}

/* Decide the status column from the agent's word and fio's output. */
static int judge_point(const char *dir, struct row *r)
{
	enum vlab_fio_dir fdir;
	char *agent = NULL, *path = NULL, fio_problem[128] = "";
	const char *reason;
	int ret;

	if (vlab_fio_dir_for_rw(r->rw, &fdir)) {
		fprintf(stderr, "%s: %s/params.json: rw '%s' is not a fio rw mode\n", prog, dir, r->rw);
		return -EBADMSG;
	}
	ret = read_optional_line(dir, "status", &agent);
	if (ret || asprintf(&path, "%s/fio.json", dir) < 0) {
		ret = ret ? ret : -ENOMEM;
		path = NULL;
		goto out;
	}
	ret = vlab_fio_read(path, fdir, &r->fio);
	r->have_fio = !ret;
	if (ret == -ENOENT)
		snprintf(fio_problem, sizeof(fio_problem), "no fio.json");
	else if (ret == -ENOMEM)
		goto out;
	else if (ret)
		snprintf(fio_problem, sizeof(fio_problem), "fio.json holds no fio JSON output");
	else if (r->fio.error)
		snprintf(fio_problem, sizeof(fio_problem), "fio job error %d (%s)", r->fio.error,
			 strerror(r->fio.error));

	/* the agent knows best why a point failed, so its reason wins */
	if (agent && !strncmp(agent, "failed", 6)) {
		reason = agent + 6 + strspn(agent + 6, ": \t");
		if (!*reason)
			reason = *fio_problem ? fio_problem : "the agent gave no reason";
		ret = asprintf(&r->status, "failed: %s", reason);
	} else if (agent && strcmp(agent, "ok")) {
		ret = asprintf(&r->status, "failed: unrecognised agent status '%s'", agent);
	} else if (*fio_problem) {
		ret = asprintf(&r->status, "failed: %s", fio_problem);
	} else {
		ret = asprintf(&r->status, "ok");
	}
	if (ret < 0) {
		r->status = NULL;
		ret = -ENOMEM;
		goto out;
	}
	ret = read_optional_line(dir, "module", &r->module);
out:
	free(agent);
	free(path);
	return ret;
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

/* A metric cell: empty when the point failed or fio gave no value. */
static void metric(struct vlab_csv_out *w, const struct row *r, double v)
{
	if (strcmp(r->status, "ok") || isnan(v))
		vlab_csv_cell(w, NULL);
	else
		vlab_csv_cellf(w, "%.3f", v);
}

static int write_summary(const char *run_dir, const struct row *rows, size_t n)
{
	static const char *const cols[] = {
		"id", "seq", "driver", "backend", "rw", "bs", "iodepth", "numjobs", "rep",
		"status", "iops", "bw_kib_s", "lat_mean_us", "lat_p50_us", "lat_p99_us",
		"lat_p999_us", "total_ios", "fio_error", "module",
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
		if (strcmp(r->status, "ok"))
			vlab_csv_cell(&w, NULL);
		else
			vlab_csv_cellf(&w, "%llu", (unsigned long long)r->fio.total_ios);
		if (r->have_fio)
			vlab_csv_cellf(&w, "%d", r->fio.error);
		else
			vlab_csv_cell(&w, NULL);
		vlab_csv_cell(&w, r->module);
		vlab_csv_end_row(&w);
	}
	if (w.err) {
		vlab_atomic_abort(&a);
		return w.err;
	}
	return vlab_atomic_commit(&a);
}

static int summarize(const char *run_dir, size_t *npoints, size_t *nfailed)
{
	struct dirent **names = NULL;
	struct row *rows = NULL;
	char *points = NULL, *dir;
	int n = 0, i, ret = 0;

	*npoints = *nfailed = 0;
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
	for (i = 0; i < n; i++) {
		if (asprintf(&dir, "%s/%s", points, names[i]->d_name) < 0) {
			ret = -ENOMEM;
			goto out;
		}
		ret = load_params(dir, names[i]->d_name, &rows[i]);
		if (!ret)
			ret = judge_point(dir, &rows[i]);
		free(dir);
		if (ret)
			goto out;
		*nfailed += strcmp(rows[i].status, "ok") != 0;
	}
	qsort(rows, n, sizeof(*rows), cmp_seq);
	*npoints = n;
	ret = write_summary(run_dir, rows, n);
	if (ret)
		fprintf(stderr, "%s: writing %s/summary.csv: %s\n", prog, run_dir, strerror(-ret));
out:
	for (i = 0; i < n; i++) {
		if (rows)
			free_row(&rows[i]);
		free(names[i]);
	}
	free(names);
	free(rows);
	free(points);
	return ret;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	size_t npoints, nfailed;
	int c;

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
	vlab_require_dir(prog, "RUN_DIR", argv[optind]);
	if (summarize(argv[optind], &npoints, &nfailed))
		return VLAB_EXIT_FAIL;
	if (nfailed) {
		fprintf(stderr, "%s: %zu of %zu points failed; see the status column of %s/summary.csv\n",
			prog, nfailed, npoints, argv[optind]);
		return VLAB_EXIT_FAIL;
	}
	fprintf(stderr, "%s: %zu points, all ok, in %s/summary.csv\n", prog, npoints, argv[optind]);
	return 0;
}
