// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: turn a summarised run (manifest.json, summary.csv) into
 * chart.csv, chart.gp, chart.png, chart.svg and REPORT.md. This file is the
 * command line and the loading; see report.h for the other parts.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "cli.h"
#include "jsonfile.h"
#include "report.h"

static const char *const prog = "vlab-report";

static void usage(void)
{
	printf(
"Usage: vlab-report RUN_DIR\n"
"Write the report of a summarised run (see vlab-summarize).\n"
"\n"
"Reads RUN_DIR/manifest.json (name, accelerator, guest_kernel, created_utc;\n"
"missing keys print as \"unknown\") and RUN_DIR/summary.csv, and writes:\n"
"  chart.csv   per workload (rw, bs, numjobs), queue depth and driver/backend:\n"
"              n, median, min and max IOPS, median mean latency\n"
"  chart.gp    the gnuplot script, drawn from chart.csv only\n"
"  chart.png   IOPS against queue depth, one line per driver/backend:\n"
"  chart.svg   medians with min-max error bars (drawn by gnuplot from PATH)\n"
"  REPORT.md   per-workload tables and the ours/stock IOPS ratio, paired by\n"
"              repetition, as median [min-max] with n; failed points listed\n"
"Cells without data show \"-\". Every file is replaced atomically.\n"
"\n"
"Exit status: 0 done; 1 the run could not be read or gnuplot failed (the\n"
"other files are still written); 2 usage error.\n"
"\n"
"Options:\n"
"  -h, --help   show this help\n"
"\n"
"Examples:\n"
"  vlab-summarize results/run1; vlab-report results/run1\n"
"  vlab-report results/run1 && xdg-open results/run1/chart.svg\n");
}

static char *manifest_value(struct json_object *m, const char *key)
{
	struct json_object *v;

	if (!m || !json_object_object_get_ex(m, key, &v) || !v)
		return strdup("unknown");
	if (json_object_is_type(v, json_type_string))
		return strdup(json_object_get_string(v));
	return strdup(json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN));
}

static int load_manifest(struct report *r)
{
	struct json_object *m = NULL;
	char *path;
	int ret;

	if (asprintf(&path, "%s/manifest.json", r->run_dir) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &m);
	if (ret == -ENOENT) {
		/* the figures stand on their own; the environment is then "unknown" */
		fprintf(stderr, "%s: warning: %s is missing\n", prog, path);
		ret = 0;
	} else if (ret || !json_object_is_type(m, json_type_object)) {
		fprintf(stderr, "%s: %s: %s\n", prog, path,
			ret && ret != -EBADMSG ? strerror(-ret) : "not a JSON object");
		ret = ret ? ret : -EBADMSG;
		goto out;
	}
	r->name = manifest_value(m, "name");
	r->accelerator = manifest_value(m, "accelerator");
	r->guest_kernel = manifest_value(m, "guest_kernel");
	r->created_utc = manifest_value(m, "created_utc");
	if (!r->name || !r->accelerator || !r->guest_kernel || !r->created_utc)
		ret = -ENOMEM;
out:
	json_object_put(m);
	free(path);
	return ret;
}

/* Columns of summary.csv that the report needs. */
enum { C_ID, C_SEQ, C_DRIVER, C_BACKEND, C_RW, C_BS, C_IODEPTH, C_NUMJOBS, C_REP,
       C_STATUS, C_IOPS, C_LAT, C_COUNT };
static const char *const col_names[C_COUNT] = {
	"id", "seq", "driver", "backend", "rw", "bs", "iodepth", "numjobs", "rep",
	"status", "iops", "lat_mean_us",
};

static int cell_long(const char *s, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	return *s && !*end && !errno ? 0 : -EINVAL;
}

/* An empty metric cell is "no data", kept as NAN. */
static int cell_double(const char *s, double *out)
{
	char *end;

	if (!*s) {
		*out = NAN;
		return 0;
	}
	*out = strtod(s, &end);
	return *end || isnan(*out) ? -EINVAL : 0;
}

static int parse_row(char **cells, const int *col, struct rpoint *p)
{
	p->id = cells[col[C_ID]];
	p->driver = cells[col[C_DRIVER]];
	p->backend = cells[col[C_BACKEND]];
	p->rw = cells[col[C_RW]];
	p->bs = cells[col[C_BS]];
	p->status = cells[col[C_STATUS]];
	if (cell_long(cells[col[C_SEQ]], &p->seq) || cell_long(cells[col[C_IODEPTH]], &p->iodepth) ||
	    cell_long(cells[col[C_NUMJOBS]], &p->numjobs) || cell_long(cells[col[C_REP]], &p->rep) ||
	    cell_double(cells[col[C_IOPS]], &p->iops) || cell_double(cells[col[C_LAT]], &p->lat_mean_us))
		return -EINVAL;
	p->ok = !strcmp(p->status, "ok") && !isnan(p->iops);
	return 0;
}

static int cmp_seq(const void *a, const void *b)
{
	const struct rpoint *x = a, *y = b;

	return (x->seq > y->seq) - (x->seq < y->seq);
}

static int cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* stock first, then ours, then anything else by name */
static int driver_rank(const char *d)
{
	return !strcmp(d, "stock") ? 0 : !strcmp(d, "ours") ? 1 : 2;
}

static int cmp_config(const void *a, const void *b)
{
	const struct rconfig *x = a, *y = b;
	int d = strcmp(x->backend, y->backend);

	if (d)
		return d;
	d = driver_rank(x->driver) - driver_rank(y->driver);
	return d ? d : strcmp(x->driver, y->driver);
}

/* Give every point its workload and config index; collect the queue depths. */
static void index_points(struct report *r)
{
	struct rpoint *p;
	size_t i;

	for (p = r->pts; p < r->pts + r->npts; p++) {
		for (i = 0; i < r->nwl; i++)
			if (!strcmp(r->wl[i].rw, p->rw) && !strcmp(r->wl[i].bs, p->bs) &&
			    r->wl[i].numjobs == p->numjobs)
				break;
		if (i == r->nwl)
			r->wl[r->nwl++] = (struct rworkload){ p->rw, p->bs, p->numjobs };
		p->workload = i;
		if (report_find_config(r, p->driver, p->backend) == REPORT_NONE)
			r->cfg[r->ncfg++] = (struct rconfig){ p->driver, p->backend };
		for (i = 0; i < r->nqd && r->qd[i] != p->iodepth; i++)
			;
		if (i == r->nqd)
			r->qd[r->nqd++] = p->iodepth;
	}
	qsort(r->cfg, r->ncfg, sizeof(*r->cfg), cmp_config);
	qsort(r->qd, r->nqd, sizeof(*r->qd), cmp_long);
	for (p = r->pts; p < r->pts + r->npts; p++)
		p->config = report_find_config(r, p->driver, p->backend);
}

static int load_summary(struct report *r)
{
	int col[C_COUNT], ret;
	char *path;
	size_t i;

	if (asprintf(&path, "%s/summary.csv", r->run_dir) < 0)
		return -ENOMEM;
	ret = vlab_csv_read(path, &r->csv);
	if (ret) {
		if (ret == -EBADMSG)
			fprintf(stderr, "%s: %s:%d: malformed CSV\n", prog, path, r->csv.bad_line);
		else
			fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(-ret));
		goto out;
	}
	for (i = 0; i < C_COUNT; i++) {
		col[i] = vlab_csv_col(&r->csv, col_names[i]);
		if (col[i] < 0) {
			fprintf(stderr, "%s: %s: no column '%s'\n", prog, path, col_names[i]);
			ret = -EBADMSG;
			goto out;
		}
	}
	r->npts = r->csv.nrows;
	r->pts = calloc(r->npts + 1, sizeof(*r->pts));
	r->wl = calloc(r->npts + 1, sizeof(*r->wl));
	r->cfg = calloc(r->npts + 1, sizeof(*r->cfg));
	r->qd = calloc(r->npts + 1, sizeof(*r->qd));
	if (!r->pts || !r->wl || !r->cfg || !r->qd) {
		ret = -ENOMEM;
		goto out;
	}
	for (i = 0; i < r->npts; i++) {
		if (parse_row(r->csv.rows[i], col, &r->pts[i])) {
			fprintf(stderr, "%s: %s: data row %zu (id '%s') has a malformed number\n",
				prog, path, i + 1, r->csv.rows[i][col[C_ID]]);
			ret = -EBADMSG;
			goto out;
		}
	}
	if (!r->npts) {
		fprintf(stderr, "%s: %s has no points\n", prog, path);
		ret = -EBADMSG;
		goto out;
	}
	qsort(r->pts, r->npts, sizeof(*r->pts), cmp_seq);
	index_points(r);
out:
	free(path);
	return ret;
}

static void free_report(struct report *r)
{
	free(r->name);
	free(r->accelerator);
	free(r->guest_kernel);
	free(r->created_utc);
	vlab_csv_free(&r->csv);
	free(r->pts);
	free(r->wl);
	free(r->cfg);
	free(r->qd);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	struct report r = { 0 };
	int c, drawn = 0, ret;

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
	r.run_dir = argv[optind];

	ret = load_manifest(&r);
	if (!ret)
		ret = load_summary(&r);
	if (!ret)
		ret = report_chart(&r, &drawn);
	if (!ret)
		ret = report_markdown(&r, drawn);
	/* every step has already said what went wrong, naming the file */
	if (!ret)
		fprintf(stderr, "%s: wrote %s/REPORT.md%s\n", prog, r.run_dir,
			drawn ? " and its chart" : ", but no chart");
	free_report(&r);
	return ret || !drawn ? VLAB_EXIT_FAIL : 0;
}
