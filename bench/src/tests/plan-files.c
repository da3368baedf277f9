// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-plan --sweep writes order, boot.env, plan.json (format
 * 1, the sweep file verbatim, every section parsed) and, per point,
 * params.json and a point.env that says the same in single-quoted shell
 * assignments (a blkd backend's args, rewritten as the parser checked them,
 * in params.json's backend_args, plan.json's backends[].args and point.env's
 * VLAB_BLKD_ARGS; empty for the others); it refuses an existing non-empty directory (exit 2, contents
 * untouched) or a file, fills an existing empty one, accepts a trailing
 * slash, widens the sequence number past 999 points, and leaves no
 * DIR.tmp.PID behind.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "testutil.h"

static const char *plan_prog, *sweep_one;

static int run_plan(char *output_wanted, const char *out, const char *a1, const char *a2,
		    const char *a3, const char *a4)
{
	char *argv[] = { (char *)plan_prog, "--sweep", (char *)sweep_one, "--out", (char *)out,
			 (char *)a1, (char *)a2, (char *)a3, (char *)a4, NULL };
	char *output = NULL;
	int rc = tu_run(argv, &output);

	if (output_wanted && output && !strstr(output, output_wanted)) {
		CHECK(0, "message lacks [%s]: %s", output_wanted, output);
	}
	free(output);
	return rc;
}

static void check_point(const char *dir)
{
	const char *id = "000-pre-ram-randwrite-64K-qd8-j2-r1";
	char *params_path = tu_fmt("%s/points/%s/params.json", dir, id);
	char *env_path = tu_fmt("%s/points/%s/point.env", dir, id);
	char *env = tu_slurp(env_path);
	struct json_object *p = NULL;
	const char *want_json =
		"{ \"id\": \"000-pre-ram-randwrite-64K-qd8-j2-r1\", \"seq\": 0, \"block\": 0, "
		"\"rep\": 1, \"seed\": 9, \"sweep\": \"files-test\", \"config\": \"pre\\/ram\", "
		"\"driver\": \"pre\", \"module\": \"ours\", \"module_params\": { \"bounce_strategy\": "
		"\"prealloc\", \"kick_coalesce_us\": \"64\" }, \"knobs\": { \"iova_alloc\": \"plain\" }, "
		"\"backend\": \"ram\", \"backend_type\": \"qsd-ram\", \"size\": \"2g\", "
		"\"size_bytes\": 2147483648, \"queues\": 2, \"backend_args\": \"\", \"workload\": \"w\", \"rw\": "
		"\"randwrite\", \"bs\": \"64K\", \"bs_bytes\": 65536, \"iodepth\": 8, \"numjobs\": 2, "
		"\"runtime_s\": 30, \"ramp_s\": 0, \"perf\": true }";
	static const char *const want_env[] = {
		"VLAB_ID='000-pre-ram-randwrite-64K-qd8-j2-r1'\n", "VLAB_SEQ='0'\n", "VLAB_REP='1'\n",
		"VLAB_DRIVER='pre'\n", "VLAB_MODULE='ours'\n",
		"VLAB_MODPARAMS='bounce_strategy=prealloc kick_coalesce_us=64'\n", "VLAB_KNOBS='iova_alloc=plain'\n",
		"VLAB_BACKEND='qsd-ram'\n", "VLAB_BACKEND_NAME='ram'\n", "VLAB_SIZE='2g'\n",
		"VLAB_QUEUES='2'\n", "VLAB_BLKD_ARGS=''\n", "VLAB_WORKLOAD='w'\n", "VLAB_RW='randwrite'\n", "VLAB_BS='64K'\n",
		"VLAB_IODEPTH='8'\n", "VLAB_NUMJOBS='2'\n", "VLAB_RUNTIME='30'\n", "VLAB_RAMP='0'\n",
		"VLAB_PERF='1'\n",
	};
	size_t i;

	CHECK(vlab_json_read(params_path, &p) == 0, "cannot read %s", params_path);
	if (p)
		CHECK(!strcmp(json_object_to_json_string_ext(p, JSON_C_TO_STRING_SPACED), want_json),
		      "params.json is\n%s\nexpected\n%s",
		      json_object_to_json_string_ext(p, JSON_C_TO_STRING_SPACED), want_json);
	CHECK(env != NULL, "no %s", env_path);
	for (i = 0; env && i < sizeof(want_env) / sizeof(want_env[0]); i++)
		CHECK(strstr(env, want_env[i]), "point.env lacks %s", want_env[i]);
	json_object_put(p);
	free(env);
	free(env_path);
	free(params_path);
}

static const char *str_of(struct json_object *o, const char *key)
{
	struct json_object *v;

	return o && json_object_object_get_ex(o, key, &v) ? json_object_get_string(v) : "";
}

/* plan.json holds the sweep verbatim and every section; boot.env the warm-up. */
static void check_plan_files(const char *dir)
{
	char *path = tu_fmt("%s/plan.json", dir), *sweep_text = tu_slurp(sweep_one);
	char *boot = tu_fmt("%s/boot.env", dir), *boot_text = tu_slurp(boot);
	struct json_object *plan = NULL, *v, *d;

	CHECK(vlab_json_read(path, &plan) == 0, "cannot read %s", path);
	CHECK(json_object_object_get_ex(plan, "format", &v) && json_object_get_int(v) == 1,
	      "format is not 1");
	CHECK(sweep_text && !strcmp(str_of(plan, "sweep_file"), sweep_text),
	      "sweep_file is not the file verbatim");
	CHECK(!strcmp(str_of(plan, "sweep_path"), sweep_one), "sweep_path %s", str_of(plan, "sweep_path"));
	CHECK(!strcmp(str_of(plan, "name"), "files-test") && !strcmp(str_of(plan, "baseline"), "pre") &&
	      !strcmp(str_of(plan, "seed"), "9") && !strcmp(str_of(plan, "warmup_s"), "30") &&
	      !strcmp(str_of(plan, "perf"), "true"), "plan.json header fields");
	d = json_object_object_get_ex(plan, "drivers", &v) ? json_object_array_get_idx(v, 0) : NULL;
	CHECK(d && json_object_object_get_ex(d, "params", &v) &&
	      !strcmp(str_of(v, "kick_coalesce_us"), "64"), "drivers[0].params");
	d = json_object_object_get_ex(plan, "backends", &v) ? json_object_array_get_idx(v, 0) : NULL;
	CHECK(d && !strcmp(str_of(d, "type"), "qsd-ram") && !strcmp(str_of(d, "queues"), "2"),
	      "backends[0]");
	d = json_object_object_get_ex(plan, "workloads", &v) ? json_object_array_get_idx(v, 0) : NULL;
	CHECK(d && !strcmp(str_of(d, "runtime_s"), "30") && !strcmp(str_of(d, "name"), "w"),
	      "workloads[0]");
	CHECK(json_object_object_get_ex(plan, "configs", &v) &&
	      !strcmp(json_object_get_string(json_object_array_get_idx(v, 0)), "pre/ram"), "configs");
	CHECK(boot_text && strstr(boot_text, "\nVLAB_WARMUP='30'\n"), "boot.env: %s", boot_text);
	json_object_put(plan);
	free(path);
	free(sweep_text);
	free(boot);
	free(boot_text);
}

/* A blkd backend's args reach plan.json, params.json and point.env; a qsd one's are empty. */
static void check_blkd_args(const char *dir)
{
	char *conf = tu_fmt("%s/args.conf", dir), *out = tu_fmt("%s/args", dir), *path, *env;
	char *argv[] = { (char *)plan_prog, "--sweep", conf, "--out", out, NULL };
	struct json_object *o = NULL, *v, *b;
	int rc;

	tu_write(conf, "[sweep]\nquestion = Does it work?\nname = args\nrepetitions = 1\nseed = 1\n[driver s]\nmodule = stock\n"
		       "[backend hp]\ntype = blkd-ram\nsize = 64M\n"
		       "args = --umem-hugepage  --poll-us=50 # huge pages\n"
		       "[backend q]\ntype = qsd-null\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n");
	rc = tu_run(argv, NULL);
	CHECK(rc == 0, "plan with args exited %d", rc);
	path = tu_fmt("%s/plan.json", out);
	CHECK(vlab_json_read(path, &o) == 0, "cannot read %s", path);
	free(path);
	b = o && json_object_object_get_ex(o, "backends", &v) ? json_object_array_get_idx(v, 0) : NULL;
	CHECK(!strcmp(str_of(b, "args"), "--umem-hugepage --poll-us 50"), "backends[0].args [%s]",
	      str_of(b, "args"));
	b = o && json_object_object_get_ex(o, "backends", &v) ? json_object_array_get_idx(v, 1) : NULL;
	CHECK(b && json_object_object_get_ex(b, "args", &v) && !strcmp(str_of(b, "args"), ""),
	      "backends[1].args [%s]", str_of(b, "args"));
	json_object_put(o);
	o = NULL;
	path = tu_fmt("%s/points/000-s-hp-read-4k-qd1-j1-r1/params.json", out);
	if (vlab_json_read(path, &o)) {
		free(path);
		path = tu_fmt("%s/points/001-s-hp-read-4k-qd1-j1-r1/params.json", out);
		CHECK(vlab_json_read(path, &o) == 0, "cannot read the hp point's params.json");
	}
	CHECK(!strcmp(str_of(o, "backend_args"), "--umem-hugepage --poll-us 50"),
	      "params.json backend_args [%s]", str_of(o, "backend_args"));
	json_object_put(o);
	strcpy(strrchr(path, '/'), "/point.env");
	env = tu_slurp(path);
	CHECK(env && strstr(env, "\nVLAB_BLKD_ARGS='--umem-hugepage --poll-us 50'\n"),
	      "point.env: %s", env);
	free(env);
	free(path);
	free(conf);
	free(out);
}

/* A sweep of stock,ours x one backend x the queue depths given, 100 reps. */
static char *big_sweep(const char *dir, const char *name, const char *iodepths)
{
	char *path = tu_fmt("%s/%s.conf", dir, name);
	char *text = tu_fmt("[sweep]\nquestion = Does it work?\nname = %s\nrepetitions = 100\nseed = 1\n[driver stock]\n"
			    "module = stock\n[driver ours]\nmodule = ours\n[backend null]\n"
			    "type = qsd-null\n[workload w]\nrw = randread\nbs = 4k\niodepth = %s\n",
			    name, iodepths);

	tu_write(path, text);
	free(text);
	return path;
}

static char *slurp_in(const char *dir, const char *name)
{
	char *path = tu_fmt("%s/%s", dir, name), *text = tu_slurp(path);

	free(path);
	return text;
}

/* No "name.tmp.PID" left next to the plan. */
static void check_no_leftovers(const char *parent)
{
	struct dirent *de;
	DIR *d = opendir(parent);

	while (d && (de = readdir(d)))
		CHECK(!strstr(de->d_name, ".tmp."), "leftover %s/%s", parent, de->d_name);
	if (d)
		closedir(d);
}

int main(int argc, char **argv)
{
	char *dir, *one, *full, *empty, *file, *slash, *big, *big2, *first, *keep, *text;
	char *argv_one[] = { NULL, "--sweep", NULL, "--out", NULL, NULL };
	char *argv_big[] = { NULL, "--sweep", NULL, "--out", NULL, NULL };
	struct stat st;
	int rc;

	if (argc != 3) {
		fprintf(stderr, "usage: %s VLAB_PLAN DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	plan_prog = argv[1];
	sweep_one = tu_fmt("%s/sweep-one.conf", argv[2]);
	argv_one[0] = argv_big[0] = (char *)plan_prog;
	argv_one[2] = (char *)sweep_one;
	dir = tu_scratch();
	one = tu_fmt("%s/one", dir);
	full = tu_fmt("%s/full", dir);
	empty = tu_fmt("%s/empty", dir);
	file = tu_fmt("%s/file", dir);
	slash = tu_fmt("%s/slash/", dir);
	big = tu_fmt("%s/big", dir);
	big2 = tu_fmt("%s/big2", dir);
	keep = tu_fmt("%s/full/keep.txt", dir);

	/* one point with every option set, checked field by field */
	argv_one[4] = one;
	rc = tu_run(argv_one, NULL);
	CHECK(rc == 0, "single-point plan exited %d", rc);
	check_point(one);
	check_plan_files(one);
	check_blkd_args(dir);
	text = slurp_in(one, "order");
	CHECK(text && !strcmp(text, "000-pre-ram-randwrite-64K-qd8-j2-r1\n"), "order [%s]", text);
	free(text);

	/* an existing non-empty directory is refused and left as it was */
	mkdir(full, 0755);
	tu_write(keep, "mine\n");
	rc = run_plan("directory exists and is not empty", full, "--seed", "1", NULL, NULL);
	CHECK(rc == 2, "non-empty --out exited %d, expected 2", rc);
	text = tu_slurp(keep);
	CHECK(text && !strcmp(text, "mine\n"), "existing file changed");
	free(text);
	first = tu_fmt("%s/order", full);
	CHECK(stat(first, &st) < 0, "a plan was written into a non-empty directory");
	free(first);

	/* an empty directory is fine: it is replaced by the complete plan */
	mkdir(empty, 0755);
	rc = run_plan(NULL, empty, "--seed", "1", NULL, NULL);
	CHECK(rc == 0, "empty --out exited %d", rc);
	first = tu_fmt("%s/plan.json", empty);
	CHECK(stat(first, &st) == 0, "no plan.json in the formerly empty directory");
	free(first);

	/* a file is not a directory */
	tu_write(file, "x\n");
	rc = run_plan("exists and is not a directory", file, "--seed", "1", NULL, NULL);
	CHECK(rc == 2, "file --out exited %d, expected 2", rc);

	/* "DIR/" is DIR, not a temporary folder inside it */
	rc = run_plan(NULL, slash, "--seed", "1", NULL, NULL);
	CHECK(rc == 0, "--out with a trailing slash exited %d", rc);
	first = tu_fmt("%splan.json", slash);
	CHECK(stat(first, &st) == 0, "no plan.json under %s", slash);
	free(first);

	/* 2 x 5 x 100 = 1000 points need 3 digits (000..999), 2 x 6 x 100 four */
	argv_big[2] = big_sweep(dir, "big", "1,2,4,8,16");
	argv_big[4] = big;
	rc = tu_run(argv_big, NULL);
	CHECK(rc == 0, "1000-point plan exited %d", rc);
	text = slurp_in(big, "order");
	CHECK(text && !strncmp(text, "000-", 4) && strstr(text, "\n999-"), "1000 points: ids");
	free(text);
	free(argv_big[2]);
	argv_big[2] = big_sweep(dir, "big2", "1,2,4,8,16,32");
	argv_big[4] = big2;
	rc = tu_run(argv_big, NULL);
	free(argv_big[2]);
	CHECK(rc == 0, "1200-point plan exited %d", rc);
	text = slurp_in(big2, "order");
	CHECK(text && !strncmp(text, "0000-", 5) && strstr(text, "\n1199-"),
	      "1200 points: ids not widened to 4 digits");
	free(text);

	check_no_leftovers(dir);
	free(one);
	free(full);
	free(empty);
	free(file);
	free(slash);
	free(big);
	free(big2);
	free(keep);
	tu_scratch_done(dir);
	return tu_result("plan-files");
}
