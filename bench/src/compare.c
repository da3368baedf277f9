// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-compare: match the points of two runs and say, per point, whether B
 * differs from A by more than noise: the ratio B/A of the geometric means
 * with Welch's t interval on the logs (lib/interval.h; two runs' repetitions
 * have no pairing, and each run has its own spread), marked when the
 * interval excludes 1 and the change exceeds a threshold.
 * --fail-on-regression turns that into an exit status for the CI of a
 * kernel tree.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csv.h"
#include "interval.h"
#include "number.h"
#include "planfile.h"
#include "stats.h"

#define EXIT_REGRESSION 3

static const char *const prog = "vlab-compare";

static const char *const metrics[] = {
	"iops", "bw_kib_s", "lat_mean_us", "lat_p99_us", "cpu_us_per_io", "cpu_us_per_io_guest",
	NULL
};

static void usage(void)
{
	printf(
"Usage: vlab-compare RUN_A RUN_B [--metric M] [--threshold PCT]\n"
"                    [--fail-on-regression PCT] [--json]\n"
"Compare two summarised runs point by point (B against A).\n"
"\n"
"Points are matched by configuration (driver/backend), rw, bs, iodepth and\n"
"numjobs across RUN_A/summary.csv and RUN_B/summary.csv; both runs must hold\n"
"a plan of format 1 (RUN/plan/plan.json). Per matched point: the median of\n"
"each run's ok repetitions, and B/A, the ratio of their geometric means,\n"
"with a 95%% Welch t interval on the logs: two runs have no pairing, and\n"
"Welch's approximation covers 93 to 97%% of the time at 3 to 5 repetitions\n"
"a side; [-] with fewer than 2 in either run. A change is significant,\n"
"marked *+ (better) or *- (worse), when the interval excludes 1 and\n"
"|B/A - 1| exceeds the threshold. For iops and bw_kib_s higher is\n"
"better; for latency and CPU per I/O lower is better. A regression is a\n"
"significant change the bad way.\n"
"Points found in one run only, or without ok repetitions in one, are listed\n"
"as unmatched. --fail-on-regression counts a point when it is a regression\n"
"(significant, the bad way) and |B/A - 1| exceeds PCT.\n"
"A point whose driver ran bounce_strategy=direct in either run (the flags\n"
"column of summary.csv says unsafe) is marked UNSAFE (JSON: \"unsafe\": true)\n"
"and counted in the summary: a research-only strategy, not a deployable one.\n"
"\n"
"Options:\n"
"  --metric M                 iops, bw_kib_s, lat_mean_us, lat_p99_us,\n"
"                             cpu_us_per_io or cpu_us_per_io_guest [iops]\n"
"  --threshold PCT            smallest change worth marking, 0 to 1000 [5]\n"
"  --fail-on-regression PCT   exit 3 if a point regressed by more than PCT%%\n"
"  --json                     one JSON object per line: points, unmatched\n"
"                             points, then a summary\n"
"  -h, --help                 show this help\n"
"\n"
"Exit status: 0 compared; 1 a run could not be read or no point matched;\n"
"2 usage error or a run made by an incompatible version; 3 regression\n"
"beyond --fail-on-regression.\n"
"\n"
"Examples:\n"
"  vlab-compare results/before results/after\n"
"  vlab-compare results/before results/after --metric lat_p99_us --threshold 2\n"
"  vlab-compare base new --fail-on-regression 10 --json > compare.jsonl\n");
}

struct group {
	const char *config, *rw, *bs;
	uint64_t bs_bytes;
	long iodepth, numjobs;
	size_t wp;		/* order of first appearance of its workload point */
	double *v;		/* ok values of the metric */
	size_t n;
	int unsafe;		/* a row flagged unsafe (bounce_strategy=direct) */
};

struct run {
	const char *dir;
	struct vlab_csv csv;
	struct group *g;
	size_t ng;
};

static double parse_pct(const char *opt, const char *arg)
{
	char *end;
	double v = strtod(arg, &end);

	if (!*arg || *end || !(v >= 0 && v <= 1000) || strspn(arg, "0123456789.") != strlen(arg))
		vlab_usage_error(prog, "%s: '%s' is not a percentage from 0 to 1000", opt, arg);
	return v;
}

static int find_group(const struct run *r, const struct group *k)
{
	size_t i;

	for (i = 0; i < r->ng; i++)
		if (!strcmp(r->g[i].config, k->config) && !strcmp(r->g[i].rw, k->rw) &&
		    r->g[i].bs_bytes == k->bs_bytes && r->g[i].iodepth == k->iodepth &&
		    r->g[i].numjobs == k->numjobs)
			return (int)i;
	return -1;
}

/* The first-appearance rank of k's workload point among r's groups so far. */
static size_t workload_point(const struct run *r, const struct group *k)
{
	size_t i, n = 0;

	for (i = 0; i < r->ng; i++) {
		if (!strcmp(r->g[i].rw, k->rw) && r->g[i].bs_bytes == k->bs_bytes &&
		    r->g[i].iodepth == k->iodepth && r->g[i].numjobs == k->numjobs)
			return r->g[i].wp;
		n = r->g[i].wp + 1 > n ? r->g[i].wp + 1 : n;
	}
	return n;
}

/* Workload points in the plan's order, configurations by name within. */
static int cmp_group(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	if (x->wp != y->wp)
		return x->wp < y->wp ? -1 : 1;
	return strcmp(x->config, y->config);
}

/* Check the plan, read summary.csv and group its ok values of the metric. */
static int load_run(struct run *r, const char *metric)
{
	enum { C_CONFIG, C_DRIVER, C_BACKEND, C_RW, C_BS, C_QD, C_NJ, C_STATUS, C_VAL, C_N };
	static const char *const names[C_N] = {
		"config", "driver", "backend", "rw", "bs", "iodepth", "numjobs", "status", NULL,
	};
	struct vlab_planinfo pi;
	struct group key;
	char *err = NULL, *path = NULL, **cells, *end;
	int col[C_N], ret, gi, cflags;
	size_t i;

	ret = vlab_plan_load_run(r->dir, &pi, &err);
	vlab_plan_free(&pi);
	if (ret == -ENOENT || ret == -EPROTO || ret == -EBADMSG) {
		if (ret == -ENOENT)
			fprintf(stderr, "%s: run '%s': no plan/plan.json; not a run made by this vlab version (plan format %d)\n",
				prog, r->dir, VLAB_PLAN_FORMAT);
		else
			fprintf(stderr, "%s: run '%s': %s\n", prog, r->dir, err ? err : "bad plan");
		free(err);
		return -EPROTO;
	}
	free(err);
	if (ret)
		return ret;
	if (asprintf(&path, "%s/summary.csv", r->dir) < 0)
		return -ENOMEM;
	ret = vlab_csv_read(path, &r->csv);
	if (ret) {
		if (ret == -EBADMSG)
			fprintf(stderr, "%s: %s:%d: malformed CSV\n", prog, path, r->csv.bad_line);
		else
			fprintf(stderr, "%s: %s: %s%s\n", prog, path, strerror(-ret),
				ret == -ENOENT ? " (run vlab-summarize first)" : "");
		goto out;
	}
	for (i = 0; i < C_N; i++) {
		col[i] = vlab_csv_col(&r->csv, i == C_VAL ? metric : names[i]);
		if (col[i] < 0) {
			fprintf(stderr, "%s: %s: no column '%s'\n", prog, path,
				i == C_VAL ? metric : names[i]);
			ret = -EBADMSG;
			goto out;
		}
	}
	cflags = vlab_csv_col(&r->csv, "flags"); /* older runs have none */
	r->g = calloc(r->csv.nrows + 1, sizeof(*r->g));
	if (!r->g) {
		ret = -ENOMEM;
		goto out;
	}
	for (i = 0; i < r->csv.nrows; i++) {
		cells = r->csv.rows[i];
		key.config = cells[col[C_CONFIG]];
		key.rw = cells[col[C_RW]];
		key.bs = cells[col[C_BS]];
		errno = 0;
		key.iodepth = strtol(cells[col[C_QD]], &end, 10);
		ret = *end || errno ? -EBADMSG : 0;
		key.numjobs = strtol(cells[col[C_NJ]], &end, 10);
		if (ret || *end || errno || vlab_parse_size(key.bs, &key.bs_bytes)) {
			fprintf(stderr, "%s: %s: data row %zu has a malformed bs, iodepth or numjobs\n",
				prog, path, i + 1);
			ret = -EBADMSG;
			goto out;
		}
		gi = find_group(r, &key);
		if (gi < 0) {
			key.wp = workload_point(r, &key);
			gi = (int)r->ng++;
			r->g[gi] = key;
			r->g[gi].v = calloc(r->csv.nrows, sizeof(double));
			r->g[gi].n = 0;
			r->g[gi].unsafe = 0;
			if (!r->g[gi].v) {
				ret = -ENOMEM;
				goto out;
			}
		}
		if (cflags >= 0 && strstr(cells[cflags], "unsafe"))
			r->g[gi].unsafe = 1;
		if (strcmp(cells[col[C_STATUS]], "ok") || !*cells[col[C_VAL]])
			continue;
		r->g[gi].v[r->g[gi].n] = strtod(cells[col[C_VAL]], &end);
		if (*end || isnan(r->g[gi].v[r->g[gi].n])) {
			fprintf(stderr, "%s: %s: data row %zu: %s '%s' is not a number\n", prog, path,
				i + 1, metric, cells[col[C_VAL]]);
			ret = -EBADMSG;
			goto out;
		}
		r->g[gi].n++;
	}
	qsort(r->g, r->ng, sizeof(*r->g), cmp_group);
out:
	free(path);
	return ret;
}

static void free_run(struct run *r)
{
	size_t i;

	for (i = 0; i < r->ng; i++)
		free(r->g[i].v);
	free(r->g);
	vlab_csv_free(&r->csv);
}

/* Short numbers for an 80-column table. */
static const char *num(char *buf, size_t len, double v)
{
	if (isnan(v))
		snprintf(buf, len, "-");
	else if (fabs(v) >= 1e8)
		snprintf(buf, len, "%.3g", v);
	else if (fabs(v) >= 1000)
		snprintf(buf, len, "%.0f", v);
	else
		snprintf(buf, len, "%.4g", v);
	return buf;
}

static void json_str(const char *key, const char *s)
{
	const char *p;

	printf("\"%s\": \"", key);
	for (p = s; *p; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if ((unsigned char)*p < 0x20)
			printf("\\u%04x", *p);
		else
			putchar(*p);
	}
	putchar('"');
}

static void json_num(const char *key, double v)
{
	if (isnan(v))
		printf("\"%s\": null", key);
	else
		printf("\"%s\": %.6g", key, v);
}

static void json_point_key(const struct group *g)
{
	json_str("config", g->config);
	printf(", ");
	json_str("rw", g->rw);
	printf(", ");
	json_str("bs", g->bs);
	printf(", \"iodepth\": %ld, \"numjobs\": %ld", g->iodepth, g->numjobs);
}

static void print_unmatched(int json, const char *only_in, const struct group *g, const char *why)
{
	if (json) {
		printf("{\"type\": \"unmatched\", \"only_in\": ");
		if (only_in)
			printf("\"%s\", ", only_in);
		else
			printf("null, ");
		json_point_key(g);
		printf(", ");
		json_str("reason", why);
		printf("}\n");
		return;
	}
	printf("  %s %s %s qd%ld j%ld: %s\n", g->config, g->rw, g->bs, g->iodepth, g->numjobs, why);
}

static double median_of(const double *v, size_t n)
{
	double *copy = calloc(n + 1, sizeof(*copy)), m;

	if (!copy)
		return NAN;
	memcpy(copy, v, n * sizeof(*v));
	vlab_sort(copy, n);
	m = vlab_median(copy, n);
	free(copy);
	return m;
}

struct verdict {
	double med_a, med_b;
	struct vlab_ratio_ci ratio;
	int significant, worse, fails;
};

static void judge(const struct group *ga, const struct group *gb, double threshold,
		  double fail_pct, int higher_better, struct verdict *v)
{
	double change;

	vlab_ratio_welch_ci(ga->v, ga->n, gb->v, gb->n, VLAB_INTERVAL_LEVEL, &v->ratio);
	v->med_a = median_of(ga->v, ga->n);
	v->med_b = median_of(gb->v, gb->n);
	change = (v->ratio.est - 1) * 100;
	v->significant = !isnan(v->ratio.lo) && (v->ratio.lo > 1 || v->ratio.hi < 1) &&
			 fabs(change) > threshold;
	v->worse = higher_better ? v->ratio.est < 1 : v->ratio.est > 1;
	v->fails = v->significant && v->worse && !isnan(fail_pct) && fabs(change) > fail_pct;
}

static void print_point(int json, const struct group *g, const char *metric,
			const struct group *gb, const struct verdict *v, int *header)
{
	char label[160], b1[32], b2[32], iv[40];

	if (json) {
		printf("{\"type\": \"point\", ");
		json_point_key(g);
		printf(", \"metric\": \"%s\", \"n_a\": %zu, \"n_b\": %zu, ", metric, g->n, gb->n);
		json_num("median_a", v->med_a);
		printf(", ");
		json_num("median_b", v->med_b);
		printf(", ");
		json_num("ratio", v->ratio.est);
		printf(", ");
		json_num("ci_lo", v->ratio.lo);
		printf(", ");
		json_num("ci_hi", v->ratio.hi);
		printf(", ");
		json_num("df", v->ratio.df);
		printf(", \"significant\": %s, \"change\": \"%s\", \"regression\": %s, \"unsafe\": %s}\n",
		       v->significant ? "true" : "false",
		       !v->significant ? "none" : v->worse ? "worse" : "better",
		       v->significant && v->worse ? "true" : "false",
		       g->unsafe || gb->unsafe ? "true" : "false");
		return;
	}
	if (!(*header)++)
		printf("%-32s %8s %8s %6s %s\n", "point", "median A", "median B", "B/A",
		       "[95% int.]");
	snprintf(label, sizeof(label), "%s %s %s qd%ld j%ld", g->config, g->rw, g->bs, g->iodepth,
		 g->numjobs);
	if (strlen(label) > 32) {
		printf("%.79s\n", label);
		label[0] = '\0';
	}
	if (isnan(v->ratio.lo))
		snprintf(iv, sizeof(iv), "[-]");
	else
		snprintf(iv, sizeof(iv), "[%.3f,%.3f]", v->ratio.lo, v->ratio.hi);
	printf("%-32s %8s %8s %6.3f %s%s\n", label, num(b1, sizeof(b1), v->med_a),
	       num(b2, sizeof(b2), v->med_b), v->ratio.est, iv,
	       v->significant ? (v->worse ? " *-" : " *+") : "");
	if (g->unsafe || gb->unsafe)
		printf("  ^ UNSAFE: bounce_strategy=direct in %s (research only)\n",
		       g->unsafe && gb->unsafe ? "A and B" : g->unsafe ? "A" : "B");
}

/*
 * Points without an ok counterpart, each once: A's points missing from B or
 * without ok repetitions on either side, then B's points missing from A.
 */
static size_t list_unmatched(int json, const struct run *a, const struct run *b)
{
	const struct run *of;
	const char *why, *only_in;
	size_t i, n = 0;
	int side, oi;

	for (side = 0; side < 2; side++) {
		of = side ? b : a;
		for (i = 0; i < of->ng; i++) {
			oi = find_group(side ? a : b, &of->g[i]);
			only_in = NULL;
			if (oi < 0) {
				only_in = side ? "B" : "A";
				why = side ? "only in B" : "only in A";
			} else if (side) {
				continue; /* listed from A's side, if at all */
			} else if (!a->g[i].n) {
				why = "no ok repetition in A";
			} else if (!b->g[oi].n) {
				why = "no ok repetition in B";
			} else {
				continue;
			}
			if (!json && !n)
				printf("\nunmatched points:\n");
			print_unmatched(json, only_in, &of->g[i], why);
			n++;
		}
	}
	return n;
}

int main(int argc, char **argv)
{
	enum { OPT_METRIC = 256, OPT_THRESHOLD, OPT_FAIL, OPT_JSON };
	static const struct option longopts[] = {
		{ "metric", required_argument, NULL, OPT_METRIC },
		{ "threshold", required_argument, NULL, OPT_THRESHOLD },
		{ "fail-on-regression", required_argument, NULL, OPT_FAIL },
		{ "json", no_argument, NULL, OPT_JSON },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	const char *metric = "iops", *const *m;
	double threshold = 5, fail_pct = NAN;
	struct run a = { 0 }, b = { 0 };
	size_t i, nmatched = 0, nsig = 0, nreg = 0, nfail = 0, nunmatched, nunsafe = 0;
	int c, ret, json = 0, higher_better, bi, header = 0;
	struct verdict v;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_METRIC:
			metric = optarg;
			for (m = metrics; *m && strcmp(*m, metric); m++)
				;
			if (!*m)
				vlab_usage_error(prog, "--metric: '%s' is not a metric; allowed: iops, bw_kib_s, lat_mean_us, lat_p99_us, cpu_us_per_io, cpu_us_per_io_guest",
						 metric);
			break;
		case OPT_THRESHOLD: threshold = parse_pct("--threshold", optarg); break;
		case OPT_FAIL: fail_pct = parse_pct("--fail-on-regression", optarg); break;
		case OPT_JSON: json = 1; break;
		case 'h':
			usage();
			return 0;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	if (argc - optind < 2)
		vlab_usage_error(prog, "RUN_A and RUN_B are required");
	if (argc - optind > 2)
		vlab_usage_error(prog, "unexpected argument '%s'; give two run folders", argv[optind + 2]);
	a.dir = argv[optind];
	b.dir = argv[optind + 1];
	vlab_require_dir(prog, "RUN_A", a.dir);
	vlab_require_dir(prog, "RUN_B", b.dir);
	ret = load_run(&a, metric);
	if (!ret)
		ret = load_run(&b, metric);
	if (ret)
		goto out;
	higher_better = !strcmp(metric, "iops") || !strcmp(metric, "bw_kib_s");

	if (!json)
		printf("%s, %s is better: B %s\n  against A %s\n"
		       "B/A: ratio of geometric means, 95%% Welch t interval on the logs\n"
		       "([-]: under 2 ok repetitions); *+ better, *- worse: the interval\n"
		       "excludes 1 and |B/A - 1| > %g%%\n\n", metric, higher_better ? "higher" : "lower",
		       b.dir, a.dir, threshold);
	for (i = 0; i < a.ng; i++) {
		bi = find_group(&b, &a.g[i]);
		if (bi < 0 || !a.g[i].n || !b.g[bi].n)
			continue;
		judge(&a.g[i], &b.g[bi], threshold, fail_pct, higher_better, &v);
		nmatched++;
		nsig += v.significant;
		nreg += v.significant && v.worse;
		nfail += v.fails;
		nunsafe += a.g[i].unsafe || b.g[bi].unsafe;
		print_point(json, &a.g[i], metric, &b.g[bi], &v, &header);
	}
	nunmatched = list_unmatched(json, &a, &b);
	if (json) {
		printf("{\"type\": \"summary\", \"metric\": \"%s\", \"matched\": %zu, \"unmatched\": %zu, "
		       "\"significant\": %zu, \"regressions\": %zu, \"failing\": %zu, "
		       "\"interval\": \"Welch t on the logs: ratio of geometric means B/A\", "
		       "\"level\": %g, \"threshold_pct\": %g, \"unsafe\": %zu, ", metric, nmatched,
		       nunmatched, nsig, nreg, nfail, VLAB_INTERVAL_LEVEL, threshold, nunsafe);
		json_num("fail_on_regression_pct", fail_pct);
		printf("}\n");
	} else {
		printf("\n%zu matched, %zu unmatched, %zu significant, %zu regressions\n", nmatched,
		       nunmatched, nsig, nreg);
		if (!isnan(fail_pct))
			printf("%zu regressions beyond %g%%: %s\n", nfail, fail_pct,
			       nfail ? "FAIL" : "pass");
		if (nunsafe)
			printf("UNSAFE: %zu matched point(s) ran with bounce_strategy=direct in A or B\n"
			       "(research only: guest pages exposed to the backend; not deployable figures)\n",
			       nunsafe);
	}
	if (fflush(stdout) || ferror(stdout))
		ret = -EIO;
	if (!ret && !nmatched) {
		fprintf(stderr, "%s: no point of %s matches a point of %s with ok repetitions\n", prog,
			a.dir, b.dir);
		ret = -ENOENT;
	}
out:
	free_run(&a);
	free_run(&b);
	if (ret == -EPROTO)
		return VLAB_EXIT_USAGE;
	if (ret == -ENOMEM)
		fprintf(stderr, "%s: out of memory\n", prog);
	if (ret)
		return VLAB_EXIT_FAIL;
	return nfail ? EXIT_REGRESSION : 0;
}
