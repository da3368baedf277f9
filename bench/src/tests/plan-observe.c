// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: a driver's observe and a blkd-* backend's build reach the
 * plan only where they are set: VLAB_OBSERVE in point.env and "observe" in
 * params.json for the points of the observing driver, VLAB_BLKD_BUILD and
 * "backend_build" for those of the noinstr backend, "observe" and "build"
 * in plan.json's drivers and backends; every other point's point.env and
 * params.json lack them (the agent clears both between points). vlab-plan
 * refuses an unknown tool or build with exit 2, FILE:LINE, the value and
 * the allowed ones, and writes no plan.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "testutil.h"

static const char *plan_prog;

#define SWEEP "[sweep]\nquestion = Does it work?\nname = obs\nrepetitions = 1\nseed = 3\n" \
	      "[driver o]\nmodule = ours\n[driver o-lat]\nmodule = ours\nobserve = %s\n" \
	      "[backend b]\ntype = blkd-null\n[backend b-noinstr]\ntype = blkd-null\nbuild = %s\n" \
	      "[workload w]\nrw = read\nbs = 4k\niodepth = 1\n"

/* The planned id of configuration DRIVER/BACKEND (one point each). */
static char *point_dir(const char *out, const char *drv, const char *be)
{
	char *order_path = tu_fmt("%s/order", out), *order = tu_slurp(order_path), *line, *save = NULL;
	char *want = tu_fmt("-%s-%s-read-", drv, be), *dir = NULL;

	for (line = order ? strtok_r(order, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save))
		if (strstr(line, want))
			dir = tu_fmt("%s/points/%s", out, line);
	CHECK(dir, "no point of %s/%s in %s", drv, be, order_path);
	free(want);
	free(order);
	free(order_path);
	return dir;
}

/* One point's files: env_line in point.env or not, key=value in params.json or absent. */
static void check_point(const char *out, const char *drv, const char *be, const char *env_line,
			const char *key, const char *value, int present)
{
	char *dir = point_dir(out, drv, be), *path, *env;
	struct json_object *o = NULL, *v;

	if (!dir)
		return;
	path = tu_fmt("%s/point.env", dir);
	env = tu_slurp(path);
	CHECK(env && !strstr(env, env_line) == !present, "%s/%s: point.env %s [%s]: %s", drv, be,
	      present ? "lacks" : "has", env_line, env);
	free(env);
	free(path);
	path = tu_fmt("%s/params.json", dir);
	CHECK(vlab_json_read(path, &o) == 0, "cannot read %s", path);
	CHECK(json_object_object_get_ex(o, key, &v) == present &&
	      (!present || !strcmp(json_object_get_string(v), value)),
	      "%s/%s: params.json %s: %s", drv, be, key, json_object_to_json_string(o));
	json_object_put(o);
	free(path);
	free(dir);
}

/* plan.json's section i of kind ("drivers", "backends"): key=value, or no key. */
static void check_section(const char *out, const char *kind, size_t i, const char *key,
			  const char *value)
{
	char *path = tu_fmt("%s/plan.json", out);
	struct json_object *o = NULL, *a, *s, *v;
	int has;

	CHECK(vlab_json_read(path, &o) == 0, "cannot read %s", path);
	s = o && json_object_object_get_ex(o, kind, &a) ? json_object_array_get_idx(a, i) : NULL;
	has = s && json_object_object_get_ex(s, key, &v);
	CHECK(value ? has && !strcmp(json_object_get_string(v), value) : s && !has,
	      "plan.json %s[%zu].%s: %s", kind, i, key, s ? json_object_to_json_string(s) : "none");
	json_object_put(o);
	free(path);
}

/* A refused sweep: exit 2, the message, no plan. */
static void check_refused(const char *dir, const char *observe, const char *build, const char *want)
{
	char *conf = tu_fmt("%s/bad.conf", dir), *out = tu_fmt("%s/bad", dir), *text, *msg = NULL;
	char *argv[] = { (char *)plan_prog, "--sweep", conf, "--out", out, NULL };
	char *full = tu_fmt("%s:%s", conf, want);
	struct stat st;
	int rc;

	text = tu_fmt(SWEEP, observe, build);
	tu_write(conf, text);
	rc = tu_run(argv, &msg);
	CHECK(rc == 2, "observe %s build %s: exit %d, expected 2", observe, build, rc);
	CHECK(msg && strstr(msg, full), "message lacks [%s]: %s", full, msg);
	CHECK(stat(out, &st) < 0, "a refused sweep wrote %s", out);
	free(msg);
	free(full);
	free(text);
	free(out);
	free(conf);
}

int main(int argc, char **argv)
{
	char *dir, *conf, *out, *text;
	char *plan_argv[] = { NULL, "--sweep", NULL, "--out", NULL, NULL };
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: %s VLAB_PLAN\n", argv[0]);
		return T_FAIL;
	}
	plan_prog = plan_argv[0] = argv[1];
	dir = tu_scratch();
	conf = tu_fmt("%s/obs.conf", dir);
	out = tu_fmt("%s/obs", dir);
	text = tu_fmt(SWEEP, "vduse-lat", "noinstr");
	tu_write(conf, text);
	plan_argv[2] = conf;
	plan_argv[4] = out;
	rc = tu_run(plan_argv, NULL);
	CHECK(rc == 0, "plan with observe and build exited %d", rc);

	check_point(out, "o-lat", "b", "\nVLAB_OBSERVE='vduse-lat'\n", "observe", "vduse-lat", 1);
	check_point(out, "o-lat", "b-noinstr", "\nVLAB_OBSERVE='vduse-lat'\n", "observe", "vduse-lat", 1);
	check_point(out, "o", "b", "VLAB_OBSERVE=", "observe", NULL, 0);
	check_point(out, "o", "b-noinstr", "VLAB_OBSERVE=", "observe", NULL, 0);
	check_point(out, "o", "b-noinstr", "\nVLAB_BLKD_BUILD='noinstr'\n", "backend_build", "noinstr", 1);
	check_point(out, "o-lat", "b-noinstr", "\nVLAB_BLKD_BUILD='noinstr'\n", "backend_build", "noinstr", 1);
	check_point(out, "o", "b", "VLAB_BLKD_BUILD=", "backend_build", NULL, 0);
	check_point(out, "o-lat", "b", "VLAB_BLKD_BUILD=", "backend_build", NULL, 0);
	check_section(out, "drivers", 0, "observe", NULL);
	check_section(out, "drivers", 1, "observe", "vduse-lat");
	check_section(out, "backends", 0, "build", NULL);
	check_section(out, "backends", 1, "build", "noinstr");

	check_refused(dir, "vduse-latency", "noinstr",
		      "10: [driver o-lat] observe: 'vduse-latency' is not an eBPF tool; allowed: none, vduse-lat");
	check_refused(dir, "none", "debug",
		      "15: [backend b-noinstr] build: 'debug' is not a vduse-blkd build; allowed: instr, noinstr");

	free(text);
	free(out);
	free(conf);
	tu_scratch_done(dir);
	return tu_result("plan-observe");
}
