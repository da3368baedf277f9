// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the backend kinds of bench/guest/lib.sh's BACKEND_KINDS
 * reach the planner: nullb (null_blk) and ublk-T for each vduse-blkd
 * target T are backend types (vlab-plan --list-backends prints them after
 * the qsd and blkd ones), nullb and ublk-T are not VDUSE, blkd-T and ublk-T
 * take args and build, qsd-T and nullb neither; a nullb and a ublk-T
 * section (args of the ublk transport, a build) are read as written, and a
 * nullb section's queues and size reach point.env as for any backend.
 * (What is refused, naming the type, is in sweep-parse.c's table.)
 */
#include <stdlib.h>
#include <string.h>

#include "sweep.h"
#include "testutil.h"

/* The kinds as the table has them. */
static void check_kinds(void)
{
	static const struct {
		const char *type;
		int vduse, args, build;
	} k[] = {
		{ "qsd-file", 1, 0, 0 }, { "blkd-null", 1, 1, 1 }, { "ublk-ram", 0, 1, 1 },
		{ "ublk-file", 0, 1, 1 }, { "nullb", 0, 0, 0 },
	};

	for (size_t i = 0; i < sizeof(k) / sizeof(k[0]); i++) {
		CHECK(sweep_backend_type_ok(k[i].type), "%s is not a backend type", k[i].type);
		CHECK(sweep_backend_vduse(k[i].type) == k[i].vduse, "%s: vduse %d", k[i].type,
		      sweep_backend_vduse(k[i].type));
		CHECK(sweep_backend_takes(k[i].type, "args") == k[i].args &&
		      sweep_backend_takes(k[i].type, "build") == k[i].build, "%s: args or build wrong",
		      k[i].type);
	}
	CHECK(!sweep_backend_type_ok("ublk-") && !sweep_backend_type_ok("nullb-null") &&
	      !sweep_backend_type_ok("qsd-zero") && !sweep_backend_takes("nullb", "arg"),
	      "a type that is none accepted");
	CHECK(!strcmp(sweep_backend_kinds_taking("args"), "blkd-T, ublk-T"), "kinds with args: %s",
	      sweep_backend_kinds_taking("args"));
}

/* nullb with queues and size; ublk-T with a build; kept as written. */
static void check_good(void)
{
	struct sweep sw;
	char *err = NULL;
	int ret = sweep_parse("t.conf", "[sweep]\nname = t\n[driver stock]\nmodule = stock\n"
			      "[backend null]\ntype = qsd-null\n[workload w]\nrw = read\nbs = 4k\n"
			      "iodepth = 1\n[backend n]\ntype = nullb\nqueues = 2\nsize = 256M\n"
			      "[backend u]\ntype = ublk-ram\nbuild = noinstr\nargs = --queue-size=64\n",
			      &sw, &err);

	CHECK(ret == 0, "nullb and ublk-ram: %s", err);
	if (!ret)
		CHECK(!strcmp(sw.backends[1].type, "nullb") && sw.backends[1].queues == 2 &&
		      sw.backends[1].size_bytes == 256 << 20 && !sw.backends[1].args &&
		      !sw.backends[1].build && !strcmp(sw.backends[2].type, "ublk-ram") &&
		      sw.backends[2].build && !strcmp(sw.backends[2].build, "noinstr") &&
		      sw.backends[2].args && !strcmp(sw.backends[2].args, "--queue-size 64"),
		      "backends read wrong");
	free(err);
	sweep_free(&sw);
}

/* vlab-plan: --list-backends, and a nullb section's keys in point.env. */
static void check_plan(const char *plan_prog)
{
	char *dir = tu_scratch(), *conf = tu_fmt("%s/n.conf", dir), *out = tu_fmt("%s/plan", dir);
	char *list_argv[] = { (char *)plan_prog, "--list-backends", NULL };
	char *plan_argv[] = { (char *)plan_prog, "--sweep", conf, "--out", out, NULL };
	char *list = NULL, *order, *path, *env, *nl;
	int rc;

	rc = tu_run(list_argv, &list);
	CHECK(rc == 0 && list && strstr(list, "\nblkd-zero\nublk-null\n") && strstr(list, "\nublk-zero\nnullb\n"),
	      "--list-backends exit %d: %s", rc, list);
	tu_write(conf, "[sweep]\nquestion = Does it?\nname = n\nrepetitions = 1\nseed = 1\n"
		 "[driver s]\nmodule = stock\n[backend n]\ntype = nullb\nqueues = 2\nsize = 64M\n"
		 "[workload w]\nrw = read\nbs = 4k\niodepth = 1\n");
	rc = tu_run(plan_argv, NULL);
	CHECK(rc == 0, "plan of a nullb sweep exited %d", rc);
	path = tu_fmt("%s/order", out);
	order = tu_slurp(path);
	free(path);
	nl = order ? strchr(order, '\n') : NULL;
	if (nl)
		*nl = '\0';
	path = tu_fmt("%s/points/%s/point.env", out, order ? order : "none");
	env = tu_slurp(path);
	CHECK(env && strstr(env, "\nVLAB_BACKEND='nullb'\n") && strstr(env, "\nVLAB_QUEUES='2'\n") &&
	      strstr(env, "\nVLAB_SIZE='64M'\n") && strstr(env, "\nVLAB_BLKD_ARGS=''\n"),
	      "%s: %s", path, env);
	free(env);
	free(path);
	free(order);
	free(list);
	free(out);
	free(conf);
	tu_scratch_done(dir);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s VLAB_PLAN\n", argv[0]);
		return T_FAIL;
	}
	check_kinds();
	check_good();
	check_plan(argv[1]);
	return tu_result("plan-kinds");
}
