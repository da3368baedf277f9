// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-compare on two constructed runs: a 20% IOPS gain and a
 * 20% loss are marked significant ("*+", "*-"), a steady 1.5%
 * change stays under the 5% threshold, an overlapping noisy pair stays
 * unmarked, bs "4k" matches "4096"; points in one run only, or without ok
 * repetitions in one, are listed as unmatched; lower latency is better;
 * --fail-on-regression exits 3 only past its percentage; --json prints one
 * JSON object per line; the header names the Welch log-t interval; output
 * is the same every time (no resampling) and under 80 columns; a run whose
 * plan has another format is refused with exit 2.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "testutil.h"

static const char *prog;

static const char *const head =
	"id,seq,config,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,lat_mean_us\n";

/* Five repetitions of each point; B's numbers differ as described above. */
static void make_run(const char *dir, int is_b)
{
	static const double gain[] = { 100, 101, 99, 100, 102 };
	static const double noisy_a[] = { 100, 150, 80, 120, 90 };
	static const double noisy_b[] = { 110, 90, 140, 95, 130 };
	char *path, *text = tu_fmt("%s", head), *more;
	int rep, seq = 0;

#define ROW(cfg, rw, bs, qd, st, iops, lat)                                                      \
	do {                                                                                     \
		more = tu_fmt("%s%d-x,%d,%s,d,b,%s,%s,%d,1,%d,%s,%.3f,%.3f\n", text, seq, seq, cfg, \
			      rw, bs, qd, rep, st, iops, lat);                                  \
		free(text);                                                                      \
		text = more;                                                                     \
		seq++;                                                                           \
	} while (0)

	for (rep = 1; rep <= 5; rep++) {
		double g = gain[rep - 1];

		/* P1: B 20% faster, its bs written as bytes */
		ROW("ours/null", "randread", is_b ? "4096" : "4k", 1, "ok", g * (is_b ? 1.2 : 1), 10.0);
		/* P2: B 20% slower, latency 20% higher */
		ROW("ours/null", "randread", "4k", 16, "ok", g * (is_b ? 0.8 : 1), is_b ? 12.0 : 10.0);
		/* P3: B steadily 1.5% faster: the interval excludes 1, the change is small */
		ROW("stock/null", "randread", "4k", 1, "ok", is_b ? 101.5 : 100.0, 10.0);
		/* P4: overlapping noise */
		ROW("stock/null", "randread", "4k", 16, "ok", is_b ? noisy_b[rep - 1] : noisy_a[rep - 1], 10.0);
		/* P5 in A only, P6 in B only */
		ROW(is_b ? "stock/ram" : "ours/ram", "randwrite", "64k", 4, "ok", g, 10.0);
		/* P7: every B repetition failed */
		ROW("ours/null", "randwrite", "4k", 1, is_b ? "failed: crashed" : "ok", g, 10.0);
	}
	mkdir(dir, 0755);
	path = tu_fmt("%s/summary.csv", dir);
	tu_write(path, text);
	free(path);
	path = tu_fmt("%s/plan", dir);
	mkdir(path, 0755);
	free(path);
	path = tu_fmt("%s/plan/plan.json", dir);
	tu_write(path, "{ \"format\": 1, \"name\": \"t\", \"baseline\": \"stock\", \"seed\": 1, \"order\": [] }\n");
	free(path);
	free(text);
}

static int compare(char **output, const char *a, const char *b, const char *o1, const char *o2,
		   const char *o3, const char *o4)
{
	char *argv[] = { (char *)prog, (char *)a, (char *)b, (char *)o1, (char *)o2, (char *)o3,
			 (char *)o4, NULL };

	return tu_run(argv, output);
}

/* The output line that starts with the point's label. */
static const char *line_of(const char *out, const char *label)
{
	const char *p = out;

	while (p && (p = strstr(p, label))) {
		if (p == out || p[-1] == '\n')
			return p;
		p++;
	}
	return NULL;
}

static int line_has(const char *out, const char *label, const char *what)
{
	const char *l = line_of(out, label), *nl = l ? strchr(l, '\n') : NULL;
	const char *w = l ? strstr(l, what) : NULL;

	return w && (!nl || w < nl);
}

static void check_widths(const char *out)
{
	const char *p = out, *nl;

	for (; p && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			break;
		CHECK(nl - p < 80, "line of %d columns: %.*s", (int)(nl - p), (int)(nl - p), p);
	}
}

/*
 * A run with the flags column: the direct driver's rows say unsafe; the
 * matched point is marked UNSAFE under its line and in JSON, the stock one not.
 */
static void check_unsafe(const char *dir)
{
	char *a = tu_fmt("%s/ua", dir), *b = tu_fmt("%s/ub", dir), *path, *text = NULL, *more;
	char *out = NULL;
	const char *run;
	int rep, rc, i;

	for (i = 0; i < 2; i++) {
		run = i ? b : a;
		text = tu_fmt("%s", "id,seq,config,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,flags\n");
		for (rep = 1; rep <= 3; rep++) {
			more = tu_fmt("%s%d-d,%d,direct/null,direct,null,randread,4k,1,1,%d,ok,%d,unsafe\n"
				      "%d-s,%d,stock/null,stock,null,randread,4k,1,1,%d,ok,%d,\n", text,
				      2 * rep, 2 * rep, rep, 100 + rep, 2 * rep + 1, 2 * rep + 1, rep, 90 + rep);
			free(text);
			text = more;
		}
		mkdir(run, 0755);
		path = tu_fmt("%s/summary.csv", run);
		tu_write(path, text);
		free(path);
		path = tu_fmt("%s/plan", run);
		mkdir(path, 0755);
		free(path);
		path = tu_fmt("%s/plan/plan.json", run);
		tu_write(path, "{ \"format\": 1, \"name\": \"t\", \"baseline\": \"stock\", \"seed\": 1, \"order\": [] }\n");
		free(path);
		free(text);
	}
	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "direct/null randread 4k qd1 j1") &&
	      strstr(out, "\n  ^ UNSAFE: bounce_strategy=direct in A and B (research only)\n") &&
	      strstr(out, "UNSAFE: 1 matched point(s) ran with bounce_strategy=direct"),
	      "unsafe not marked: exit %d:\n%s", rc, out);
	if (out)
		check_widths(out);
	free(out);
	rc = compare(&out, a, b, "--json", NULL, NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "\"config\": \"direct/null\"") &&
	      strstr(out, "\"unsafe\": true") && strstr(out, "\"unsafe\": false") &&
	      strstr(out, "\"unsafe\": 1,"), "--json unsafe:\n%s", out);
	free(out);
	free(a);
	free(b);
}

int main(int argc, char **argv)
{
	char *dir, *a, *b, *c, *out = NULL, *out2 = NULL, *line, *save = NULL, *path;
	struct json_object *o, *t;
	int rc, npoints = 0, nunmatched = 0, nsummary = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: %s VLAB_COMPARE\n", argv[0]);
		return T_FAIL;
	}
	prog = argv[1];
	dir = tu_scratch();
	a = tu_fmt("%s/a", dir);
	b = tu_fmt("%s/b", dir);
	c = tu_fmt("%s/c", dir);
	make_run(a, 0);
	make_run(b, 1);

	rc = compare(&out, a, b, NULL, NULL, NULL, NULL);
	CHECK(rc == 0, "plain compare exited %d: %s", rc, out);
	CHECK(out && strstr(out, "B/A: ratio of geometric means, 95% Welch t interval on the logs"),
	      "no method line: %s", out);
	CHECK(out && !strstr(out, "bootstrap") && !strstr(out, "seed"), "bootstrap named: %s", out);
	CHECK(out && line_has(out, "ours/null randread 4k qd1 j1", "1.200 [") &&
	      line_has(out, "ours/null randread 4k qd1 j1", "*+"), "P1 not a marked gain:\n%s", out);
	CHECK(out && line_has(out, "ours/null randread 4k qd16 j1", "0.800 [") &&
	      line_has(out, "ours/null randread 4k qd16 j1", "*-"), "P2 not a marked loss:\n%s", out);
	CHECK(out && line_of(out, "stock/null randread 4k qd1 j1") &&
	      !line_has(out, "stock/null randread 4k qd1 j1", "*"), "P3 marked under the threshold:\n%s", out);
	CHECK(out && line_of(out, "stock/null randread 4k qd16 j1") &&
	      !line_has(out, "stock/null randread 4k qd16 j1", "*"), "P4 noise marked:\n%s", out);
	CHECK(out && strstr(out, "  ours/ram randwrite 64k qd4 j1: only in A\n"),
	      "P5 not unmatched:\n%s", out);
	CHECK(out && strstr(out, "  stock/ram randwrite 64k qd4 j1: only in B\n"),
	      "P6 not unmatched:\n%s", out);
	CHECK(out && strstr(out, "  ours/null randwrite 4k qd1 j1: no ok repetition in B\n"),
	      "P7 not unmatched:\n%s", out);
	CHECK(out && strstr(out, "4 matched, 3 unmatched, 2 significant, 1 regressions"),
	      "summary line:\n%s", out);
	if (out)
		check_widths(out);

	/* nothing random: the same output every time */
	rc = compare(&out2, a, b, NULL, NULL, NULL, NULL);
	CHECK(out && out2 && !strcmp(out, out2), "two comparisons of the same runs differ");
	free(out2);
	free(out);

	/* the threshold decides P3: at 1% it is a change, if its interval excludes 1 */
	rc = compare(&out, a, b, "--threshold", "1", NULL, NULL);
	CHECK(rc == 0 && out && line_has(out, "stock/null randread 4k qd1 j1", "*+"),
	      "P3 at --threshold 1:\n%s", out);
	free(out);

	/* regressions: P2 lost 20% */
	rc = compare(&out, a, b, "--fail-on-regression", "10", NULL, NULL);
	CHECK(rc == 3 && out && strstr(out, "1 regressions beyond 10%: FAIL"),
	      "--fail-on-regression 10: exit %d:\n%s", rc, out);
	free(out);
	rc = compare(&out, a, b, "--fail-on-regression", "25", NULL, NULL);
	CHECK(rc == 0 && out && strstr(out, "0 regressions beyond 25%: pass"),
	      "--fail-on-regression 25: exit %d:\n%s", rc, out);
	free(out);
	/* B against A the other way round: P1 is the regression now */
	rc = compare(&out, b, a, "--fail-on-regression", "10", NULL, NULL);
	CHECK(rc == 3 && out && line_has(out, "ours/null randread 4096 qd1 j1", "*-"),
	      "reversed: exit %d:\n%s", rc, out);
	free(out);

	/* latency: lower is better, so P2's higher latency is the regression */
	rc = compare(&out, a, b, "--metric", "lat_mean_us", "--fail-on-regression", "5");
	CHECK(rc == 3 && out && line_has(out, "ours/null randread 4k qd16 j1", "1.200 [") &&
	      line_has(out, "ours/null randread 4k qd16 j1", "*-") &&
	      strstr(out, "lat_mean_us, lower is better"), "latency: exit %d:\n%s", rc, out);
	free(out);

	/* --json: one object per line */
	rc = compare(&out, a, b, "--json", NULL, NULL, NULL);
	CHECK(rc == 0, "--json exited %d", rc);
	for (line = out ? strtok_r(out, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
		CHECK(vlab_json_parse(line, &o) == 0 && o, "not one JSON object: %s", line);
		if (!o)
			continue;
		if (json_object_object_get_ex(o, "type", &t)) {
			npoints += !strcmp(json_object_get_string(t), "point");
			nunmatched += !strcmp(json_object_get_string(t), "unmatched");
			nsummary += !strcmp(json_object_get_string(t), "summary");
		}
		json_object_put(o);
	}
	CHECK(npoints == 4 && nunmatched == 3 && nsummary == 1, "--json: %d points, %d unmatched, %d summaries",
	      npoints, nunmatched, nsummary);
	free(out);

	/* a run of another format, or without a plan, is refused by name */
	make_run(c, 1);
	path = tu_fmt("%s/plan/plan.json", c);
	tu_write(path, "{ \"format\": 2, \"name\": \"t\", \"baseline\": \"stock\", \"seed\": 1, \"order\": [] }\n");
	rc = compare(&out, a, c, NULL, NULL, NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "run made by an incompatible version: format 2, this vlab reads 1") &&
	      strstr(out, c), "format 2: exit %d: %s", rc, out);
	free(out);
	unlink(path);
	rc = compare(&out, c, a, NULL, NULL, NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "no plan/plan.json"), "no plan: exit %d: %s", rc, out);
	free(out);
	free(path);

	rc = compare(&out, a, b, "--metric", "speed", NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "--metric: 'speed' is not a metric"), "bad metric: %d %s", rc, out);
	free(out);
	rc = compare(&out, a, b, "--threshold", "-1", NULL, NULL);
	CHECK(rc == 2 && out && strstr(out, "--threshold: '-1' is not a percentage"), "bad threshold: %d %s",
	      rc, out);
	free(out);

	check_unsafe(dir);

	free(a);
	free(b);
	free(c);
	tu_scratch_done(dir);
	return tu_result("compare");
}
