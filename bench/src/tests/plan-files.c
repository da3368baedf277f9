// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-plan writes order, plan.json and, per point, params.json
 * and a point.env that says the same in single-quoted shell assignments;
 * it refuses an existing non-empty directory (exit 2, contents untouched)
 * or a file, fills an existing empty one, accepts a trailing slash, widens
 * the sequence number past 999 points, and leaves no DIR.tmp.PID behind.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "testutil.h"

static const char *plan_prog;

static int run_plan(char *output_wanted, const char *out, const char *a1, const char *a2,
		    const char *a3, const char *a4)
{
	char *argv[] = { (char *)plan_prog, "--out", (char *)out, (char *)a1, (char *)a2,
			 (char *)a3, (char *)a4, NULL };
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
	const char *id = "000-stock-qsd-ram-randwrite-64K-qd8-j2-r1";
	char *params_path = tu_fmt("%s/points/%s/params.json", dir, id);
	char *env_path = tu_fmt("%s/points/%s/point.env", dir, id);
	char *env = tu_slurp(env_path);
	struct json_object *p = NULL;
	const char *want_json =
		"{ \"id\": \"000-stock-qsd-ram-randwrite-64K-qd8-j2-r1\", \"seq\": 0, "
		"\"driver\": \"stock\", \"backend\": \"qsd-ram\", \"rw\": \"randwrite\", "
		"\"bs\": \"64K\", \"bs_bytes\": 65536, \"iodepth\": 8, \"numjobs\": 2, "
		"\"runtime_s\": 30, \"ramp_s\": 0, \"size\": \"2g\", \"size_bytes\": 2147483648, "
		"\"rep\": 1, \"seed\": 9, \"block\": 0 }";
	static const char *const want_env[] = {
		"VLAB_ID='000-stock-qsd-ram-randwrite-64K-qd8-j2-r1'\n", "VLAB_SEQ='0'\n",
		"VLAB_DRIVER='stock'\n", "VLAB_BACKEND='qsd-ram'\n", "VLAB_RW='randwrite'\n",
		"VLAB_BS='64K'\n", "VLAB_IODEPTH='8'\n", "VLAB_NUMJOBS='2'\n", "VLAB_RUNTIME='30'\n",
		"VLAB_RAMP='0'\n", "VLAB_SIZE='2g'\n", "VLAB_REP='1'\n",
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
	char *argv_one[] = { NULL, "--out", NULL, "--drivers", "stock", "--backend", "qsd-ram",
			     "--rw", "randwrite", "--bs", "64K", "--iodepths", "8", "--numjobs",
			     "2", "--reps", "1", "--runtime", "30", "--ramp", "0", "--size", "2g",
			     "--seed", "9", "--name", "files-test", NULL };
	char *argv_big[] = { NULL, "--out", NULL, "--iodepths", "1,2,4,8,16", "--reps", "100",
			     "--seed", "1", NULL };
	struct stat st;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: %s VLAB_PLAN\n", argv[0]);
		return T_FAIL;
	}
	plan_prog = argv[1];
	argv_one[0] = argv_big[0] = (char *)plan_prog;
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
	argv_one[2] = one;
	rc = tu_run(argv_one, NULL);
	CHECK(rc == 0, "single-point plan exited %d", rc);
	check_point(one);
	text = slurp_in(one, "order");
	CHECK(text && !strcmp(text, "000-stock-qsd-ram-randwrite-64K-qd8-j2-r1\n"), "order [%s]",
	      text);
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
	argv_big[2] = big;
	rc = tu_run(argv_big, NULL);
	CHECK(rc == 0, "1000-point plan exited %d", rc);
	text = slurp_in(big, "order");
	CHECK(text && !strncmp(text, "000-", 4) && strstr(text, "\n999-"), "1000 points: ids");
	free(text);
	argv_big[2] = big2;
	argv_big[4] = "1,2,4,8,16,32";
	rc = tu_run(argv_big, NULL);
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
