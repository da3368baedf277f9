// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-manifest writes key=value as strings and key:=JSON as
 * parsed values, nests a.b.c into objects, replaces the file unless --merge
 * is given, and with --merge keeps and updates what FILE holds; bad JSON,
 * malformed assignments and paths through non-objects exit 2 naming the
 * key and leave FILE as it was; a FILE that is not JSON is not merged into.
 * key+=value and key+:=JSON append to an array (made if absent, refused on
 * anything else), "\." is a dot inside a key part, and --get indexes arrays
 * with numeric parts and exits 1 for what is absent. --keys lists every
 * key path, nested objects' too, escaped as --get takes them.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "testutil.h"

static const char *manifest_prog;
static char *out_path;

static int run(const char *want, char *a1, char *a2, char *a3, char *a4, char *a5)
{
	char *argv[] = { (char *)manifest_prog, "--out", out_path, a1, a2, a3, a4, a5, NULL };
	char *output = NULL;
	int rc = tu_run(argv, &output);

	if (want)
		CHECK(output && strstr(output, want), "message lacks [%s]: %s", want, output);
	free(output);
	return rc;
}

/* --get KEY FILE: its exit status; what it printed in *output (malloc'd). */
static int get(const char *key, char **output)
{
	char *argv[] = { (char *)manifest_prog, "--get", (char *)key, out_path, NULL };

	return tu_run(argv, output);
}

static void expect_get(const char *key, const char *want)
{
	char *output = NULL;
	int rc = get(key, &output);

	CHECK(rc == 0 && output && !strcmp(output, want), "--get %s exited %d, printed [%s], expected [%s]",
	      key, rc, output, want);
	free(output);
}

/* The file as compact JSON text, for whole-document comparisons. */
static char *compact(void)
{
	struct json_object *o = NULL;
	char *text;

	if (vlab_json_read(out_path, &o))
		return strdup("(unreadable)");
	text = strdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	return text;
}

static void expect_file(const char *want)
{
	char *got = compact();

	CHECK(!strcmp(got, want), "file is %s\nexpected %s", got, want);
	free(got);
}

int main(int argc, char **argv)
{
	char *dir, *text;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: %s VLAB_MANIFEST\n", argv[0]);
		return T_FAIL;
	}
	manifest_prog = argv[1];
	dir = tu_scratch();
	out_path = tu_fmt("%s/manifest.json", dir);

	rc = run(NULL, "name=run1", "host.cpu.model=EPYC 7B13", "host.cpus:=8",
		 "fio:={\"version\": \"fio-3.33\", \"ok\": true}", "url=a=b");
	CHECK(rc == 0, "first write exited %d", rc);
	expect_file("{\"name\":\"run1\",\"host\":{\"cpu\":{\"model\":\"EPYC 7B13\"},\"cpus\":8},"
		    "\"fio\":{\"version\":\"fio-3.33\",\"ok\":true},\"url\":\"a=b\"}");
	text = tu_slurp(out_path);
	CHECK(text && text[strlen(text) - 1] == '\n', "no final newline");
	free(text);

	/* --merge keeps what is there, replaces what is named again */
	rc = run(NULL, "--merge", "name=run2", "host.mem=4G", "list:=[1, 2]", "nothing:=null");
	CHECK(rc == 0, "merge exited %d", rc);
	expect_file("{\"name\":\"run2\",\"host\":{\"cpu\":{\"model\":\"EPYC 7B13\"},\"cpus\":8,"
		    "\"mem\":\"4G\"},\"fio\":{\"version\":\"fio-3.33\",\"ok\":true},"
		    "\"url\":\"a=b\",\"list\":[1,2],\"nothing\":null}");

	/* strings may hold ':=' and '='; only "key:=" before the first '=' is JSON */
	rc = run(NULL, "--merge", "note=x:=y", "ratio:=1.5", NULL, NULL);
	CHECK(rc == 0, "merge exited %d", rc);
	text = compact();
	CHECK(strstr(text, "\"note\":\"x:=y\"") && strstr(text, "\"ratio\":1.5"), "got %s", text);
	free(text);

	/* without --merge the file starts afresh */
	rc = run(NULL, "a=1", NULL, NULL, NULL, NULL);
	CHECK(rc == 0, "rewrite exited %d", rc);
	expect_file("{\"a\":\"1\"}");

	/* errors: exit 2, the offending key named, the file untouched */
	rc = run("the value for key 'n' is not valid JSON", "--merge", "n:=8x", NULL, NULL, NULL);
	CHECK(rc == 2, "bad JSON exited %d", rc);
	rc = run("key 'j' is not valid JSON", "--merge", "j:={\"a\":", NULL, NULL, NULL);
	CHECK(rc == 2, "truncated JSON exited %d", rc);
	rc = run("key 's' is not valid JSON", "--merge", "s:=bare", NULL, NULL, NULL);
	CHECK(rc == 2, "bare word as JSON exited %d", rc);
	rc = run("'a' already holds a string, not an object", "--merge", "a.b=x", NULL, NULL, NULL);
	CHECK(rc == 2, "path through a string exited %d", rc);
	rc = run("'novalue' is not an assignment", "--merge", "novalue", NULL, NULL, NULL);
	CHECK(rc == 2, "missing '=' exited %d", rc);
	rc = run("'=x' is not an assignment", "--merge", "=x", NULL, NULL, NULL);
	CHECK(rc == 2, "empty key exited %d", rc);
	rc = run("':=1' is not an assignment", "--merge", ":=1", NULL, NULL, NULL);
	CHECK(rc == 2, "empty JSON key exited %d", rc);
	rc = run("key 'a..b' has an empty part", "--merge", "a..b=x", NULL, NULL, NULL);
	CHECK(rc == 2, "empty key part exited %d", rc);
	rc = run("key '.a' has an empty part", "--merge", ".a=x", NULL, NULL, NULL);
	CHECK(rc == 2, "leading dot exited %d", rc);
	expect_file("{\"a\":\"1\"}");

	/* a file that is not JSON is not silently replaced by --merge */
	tu_write(out_path, "not json\n");
	rc = run("does not hold a JSON object", "--merge", "b=2", NULL, NULL, NULL);
	CHECK(rc == 1, "merge into a non-JSON file exited %d", rc);
	text = tu_slurp(out_path);
	CHECK(text && !strcmp(text, "not json\n"), "non-JSON file changed: %s", text);
	free(text);

	/* appending: the array is made, grown, and holds any JSON value */
	rc = run(NULL, "x+=a", "x+:={\"n\": 1}", "y.z\\.w=v", "y.arr+:=[1, 2]", "a\\\\b=c");
	CHECK(rc == 0, "append exited %d", rc);
	expect_file("{\"x\":[\"a\",{\"n\":1}],\"y\":{\"z.w\":\"v\",\"arr\":[[1,2]]},\"a\\\\b\":\"c\"}");
	rc = run(NULL, "--merge", "x+=b", "y.arr+:=3", NULL, NULL);
	CHECK(rc == 0, "merge append exited %d", rc);
	expect_file("{\"x\":[\"a\",{\"n\":1},\"b\"],\"y\":{\"z.w\":\"v\",\"arr\":[[1,2],3]},"
		    "\"a\\\\b\":\"c\"}");
	rc = run("'x' already holds an array, not an object", "--merge", "x.q=1", NULL, NULL, NULL);
	CHECK(rc == 2, "path through an array exited %d", rc);
	rc = run("'y' already holds an object, not an array", "--merge", "y+=1", NULL, NULL, NULL);
	CHECK(rc == 2, "append to an object exited %d", rc);
	rc = run("'+=1' is not an assignment", "--merge", "+=1", NULL, NULL, NULL);
	CHECK(rc == 2, "append without a key exited %d", rc);

	/* --get: strings as they are, the rest as JSON, arrays by index */
	expect_get("x.0", "a\n");
	expect_get("x.1", "{\"n\":1}\n");
	expect_get("x.1.n", "1\n");
	expect_get("y.z\\.w", "v\n");
	expect_get("y.arr.0.1", "2\n");
	expect_get("a\\\\b", "c\n");
	rc = get("x.3", NULL);
	CHECK(rc == 1, "--get past an array's end exited %d", rc);
	rc = get("x.first", NULL);
	CHECK(rc == 1, "--get of a word in an array exited %d", rc);
	rc = get("y.z.w", NULL);
	CHECK(rc == 1, "--get of an unescaped dotted part exited %d", rc);

	/* --keys: objects' keys at every depth, not arrays' members */
	{
		char *argv[] = { (char *)manifest_prog, "--keys", out_path, NULL };
		char *output = NULL;

		rc = tu_run(argv, &output);
		CHECK(rc == 0 && output && !strcmp(output, "x\ny\ny.z\\.w\ny.arr\na\\\\b\n"),
		      "--keys exited %d, printed [%s]", rc, output);
		free(output);
	}

	free(out_path);
	tu_scratch_done(dir);
	return tu_result("manifest");
}
