// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-plan, from a sweep file, interleaves configurations in
 * randomised complete blocks: blocks follow rep, then the workload points in
 * the order written; every block holds each driver x backend configuration
 * exactly once; the same seed gives the same order and another seed
 * another; ids read SEQ-DRIVER-BACKEND-RW-BS-qdN-jM-rREP, are unique and
 * sort in execution order; order and plan.json agree; --reps overrides the
 * sweep's repetitions; a sweep without a seed is seeded from the clock and
 * the seed recorded.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "testutil.h"

#define NCFG 4		/* stock,ours x null,ram */
#define NWL 6		/* randread,randwrite x 1,4,16 */
#define REPS 3
#define NPOINTS (REPS * NWL * NCFG)

static const char *plan_prog, *sweep;

static int make_plan(const char *out, const char *seed)
{
	char *argv[] = { (char *)plan_prog, "--sweep", (char *)sweep, "--out", (char *)out,
			 "--seed", (char *)seed, NULL };
	char *output;
	int rc = tu_run(argv, &output);

	CHECK(rc == 0, "vlab-plan --seed %s exited %d: %s", seed, rc, output);
	free(output);
	return rc;
}

static const char *str_of(struct json_object *o, const char *key)
{
	struct json_object *v;

	return json_object_object_get_ex(o, key, &v) ? json_object_get_string(v) : "";
}

/* "driver/backend" in a static buffer */
static const char *tu_fmt_static(const char *a, const char *b)
{
	static char buf[128];

	snprintf(buf, sizeof(buf), "%s/%s", a, b);
	return buf;
}

static long num_of(struct json_object *o, const char *key)
{
	struct json_object *v;

	return json_object_object_get_ex(o, key, &v) ? (long)json_object_get_int64(v) : -1;
}

/* Split the order file into lines (modifies text). */
static int split_lines(char *text, char **lines, int max)
{
	int n = 0;
	char *save = NULL, *l;

	for (l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save))
		if (n < max)
			lines[n++] = l;
		else
			n++;
	return n;
}

static char *read_order(const char *dir)
{
	char *path = tu_fmt("%s/order", dir), *text = tu_slurp(path);

	free(path);
	return text;
}

static void check_blocks(const char *dir)
{
	static const char *const rws[] = { "randread", "randwrite" };
	static const long qds[] = { 1, 4, 16 };
	char *text = read_order(dir), *lines[NPOINTS + 1], *path, prefix[8];
	struct json_object *p;
	int n, i, seen[NCFG], cfg, canonical_blocks = 0, in_order = 1;
	long block, w;

	CHECK(text != NULL, "no order file");
	if (!text)
		goto out;
	n = split_lines(text, lines, NPOINTS + 1);
	CHECK(n == NPOINTS, "%d points, expected %d", n, NPOINTS);
	for (i = 0; i < n && i < NPOINTS; i++) {
		snprintf(prefix, sizeof(prefix), "%03d-", i);
		CHECK(!strncmp(lines[i], prefix, 4), "line %d id %s lacks %s", i, lines[i], prefix);
		/* strictly increasing also proves the ids unique */
		if (i)
			CHECK(strcmp(lines[i - 1], lines[i]) < 0, "ids out of order at %d", i);

		path = tu_fmt("%s/points/%s/params.json", dir, lines[i]);
		CHECK(vlab_json_read(path, &p) == 0, "cannot read %s", path);
		free(path);
		if (!p)
			continue;
		block = i / NCFG;
		w = block % NWL;
		CHECK(!strcmp(str_of(p, "id"), lines[i]), "id %s in %s", str_of(p, "id"), lines[i]);
		CHECK(num_of(p, "seq") == i, "seq %ld at line %d", num_of(p, "seq"), i);
		CHECK(num_of(p, "block") == block, "block %ld at line %d", num_of(p, "block"), i);
		CHECK(num_of(p, "rep") == block / NWL + 1, "rep %ld at line %d", num_of(p, "rep"), i);
		CHECK(!strcmp(str_of(p, "rw"), rws[w / 3]), "rw %s at line %d", str_of(p, "rw"), i);
		CHECK(num_of(p, "iodepth") == qds[w % 3], "iodepth %ld at line %d",
		      num_of(p, "iodepth"), i);

		/* configuration index as the planner lists them: driver-major */
		cfg = 2 * !strcmp(str_of(p, "driver"), "ours") + !strcmp(str_of(p, "backend"), "ram");
		/* the id spells out the point */
		path = tu_fmt("%03d-%s-%s-%s-4k-qd%ld-j1-r%ld", i, str_of(p, "driver"),
			      str_of(p, "backend"), rws[w / 3], qds[w % 3], block / NWL + 1);
		CHECK(!strcmp(lines[i], path), "id %s, expected %s", lines[i], path);
		free(path);
		CHECK(!strcmp(str_of(p, "config"), tu_fmt_static(str_of(p, "driver"), str_of(p, "backend"))),
		      "config %s", str_of(p, "config"));
		if (i % NCFG == 0)
			memset(seen, 0, sizeof(seen));
		seen[cfg]++;
		in_order &= cfg == i % NCFG;
		if (i % NCFG == NCFG - 1) {
			CHECK(seen[0] == 1 && seen[1] == 1 && seen[2] == 1 && seen[3] == 1,
			      "block %ld holds configurations %d,%d,%d,%d times", block, seen[0],
			      seen[1], seen[2], seen[3]);
			canonical_blocks += in_order;
			in_order = 1;
		}
		json_object_put(p);
	}
	/* 18 blocks of 4! = 24 orders each: all unshuffled means no shuffle */
	CHECK(canonical_blocks < NPOINTS / NCFG, "no block was shuffled");
out:
	free(text);
}

static void check_plan_json(const char *dir, long seed)
{
	char *path = tu_fmt("%s/plan.json", dir), *text = read_order(dir), *lines[NPOINTS + 1];
	struct json_object *plan = NULL, *order = NULL;
	int n, i;

	CHECK(vlab_json_read(path, &plan) == 0, "cannot read plan.json");
	if (!plan || !text)
		goto out;
	CHECK(num_of(plan, "seed") == seed, "seed %ld, expected %ld", num_of(plan, "seed"), seed);
	CHECK(num_of(plan, "points") == NPOINTS, "points %ld", num_of(plan, "points"));
	CHECK(num_of(plan, "blocks") == NPOINTS / NCFG, "blocks %ld", num_of(plan, "blocks"));
	CHECK(num_of(plan, "format") == 1, "format %ld", num_of(plan, "format"));
	CHECK(!strcmp(str_of(plan, "baseline"), "stock"), "baseline %s", str_of(plan, "baseline"));
	json_object_object_get_ex(plan, "order", &order);
	n = split_lines(text, lines, NPOINTS + 1);
	CHECK(order && (int)json_object_array_length(order) == n, "order array length");
	for (i = 0; order && i < n && i < (int)json_object_array_length(order); i++)
		CHECK(!strcmp(json_object_get_string(json_object_array_get_idx(order, i)), lines[i]),
		      "plan.json order differs at %d", i);
out:
	json_object_put(plan);
	free(text);
	free(path);
}

/* Without --seed the clock seeds the plan, and plan.json must record it. */
static void check_clock_seed(const char *out)
{
	char *argv[] = { (char *)plan_prog, "--sweep", (char *)sweep, "--out", (char *)out,
			 "--reps", "1", NULL };
	char *path = tu_fmt("%s/plan.json", out);
	struct json_object *plan = NULL;
	int rc = tu_run(argv, NULL);

	CHECK(rc == 0, "clock-seeded plan exited %d", rc);
	CHECK(vlab_json_read(path, &plan) == 0 && num_of(plan, "seed") >= 0,
	      "clock seed not recorded");
	CHECK(num_of(plan, "points") == NWL * NCFG && num_of(plan, "reps") == 1,
	      "--reps 1: %ld points, reps %ld", num_of(plan, "points"), num_of(plan, "reps"));
	json_object_put(plan);
	free(path);
}

int main(int argc, char **argv)
{
	char *dir, *a, *b, *c, *d, *ta = NULL, *tb = NULL, *tc = NULL;

	if (argc != 3) {
		fprintf(stderr, "usage: %s VLAB_PLAN DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	plan_prog = argv[1];
	sweep = tu_fmt("%s/sweep-order.conf", argv[2]);
	dir = tu_scratch();
	a = tu_fmt("%s/a", dir);
	b = tu_fmt("%s/b", dir);
	c = tu_fmt("%s/c", dir);
	d = tu_fmt("%s/d", dir);
	if (make_plan(a, "12345") || make_plan(b, "12345") || make_plan(c, "54321"))
		goto out;
	check_blocks(a);
	check_blocks(c);
	check_plan_json(a, 12345);

	ta = read_order(a);
	tb = read_order(b);
	tc = read_order(c);
	CHECK(ta && tb && !strcmp(ta, tb), "the same seed gave different orders");
	CHECK(ta && tc && strcmp(ta, tc), "seeds 12345 and 54321 gave the same order");
	check_clock_seed(d);
out:
	free(ta);
	free(tb);
	free(tc);
	free(a);
	free(b);
	free(c);
	free(d);
	tu_scratch_done(dir);
	return tu_result("plan-order");
}
