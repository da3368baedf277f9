// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-manifest: write a JSON object from key=value arguments, atomically.
 * The launcher records a run's environment with it (accelerator, kernel,
 * module identity, versions), so no shell script has to assemble JSON by
 * hand and get the quoting wrong.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "cli.h"
#include "jsonfile.h"

static const char *const prog = "vlab-manifest";

static void usage(void)
{
	printf(
"Usage: vlab-manifest --out FILE [--merge] [key=value]... [key:=JSON]...\n"
"       vlab-manifest --get a.b.c FILE\n"
"Write a JSON object to FILE atomically; used to record a run's environment.\n"
"--get prints one value of FILE (a string as is, anything else as JSON) so\n"
"that scripts never read JSON with grep; exit 1 if the key is absent.\n"
"\n"
"Assignments:\n"
"  key=value     a string\n"
"  key:=JSON     any JSON value, parsed: 8, true, null, [1,2], {\"a\":1}\n"
"  a.b.c=value   nests into objects a and b, creating them as needed\n"
"Later assignments replace earlier values; a key path may not run through a\n"
"value that is not an object. Key parts are non-empty and cannot hold '.'.\n"
"\n"
"Options:\n"
"  --out FILE    the file to write (replaced atomically)\n"
"  --merge       start from the object in FILE if FILE exists\n"
"  -h, --help    show this help\n"
"\n"
"Examples:\n"
"  vlab-manifest --out results/run1/manifest.json name=run1 accelerator=tcg \\\n"
"      guest_kernel=\"$(uname -r)\" created_utc=\"$(date -u +%%FT%%TZ)\"\n"
"  vlab-manifest --out results/run1/manifest.json --merge host.cpus:=8 \\\n"
"      module.stock=stock 'fio:={\"version\": \"fio-3.33\"}'\n");
}

static const char *type_name(struct json_object *v)
{
	return v ? json_type_to_name(json_object_get_type(v)) : "null";
}

/*
 * Store val at the dotted key inside root. The assignment is named in every
 * complaint; val is consumed either way.
 */
static void set_path(struct json_object *root, const char *arg, const char *key,
		     struct json_object *val)
{
	struct json_object *obj = root, *next;
	char *path = strdup(key), *part, *dot;

	if (!path) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(VLAB_EXIT_FAIL);
	}
	/* check the whole path first, so the complaint is about the key itself */
	if (key[0] == '.' || key[strlen(key) - 1] == '.' || strstr(key, ".."))
		vlab_usage_error(prog, "'%s': key '%s' has an empty part; write keys like a.b.c",
				 arg, key);
	for (part = path;; part = dot + 1) {
		dot = strchr(part, '.');
		if (!dot)
			break;
		*dot = '\0';
		if (!json_object_object_get_ex(obj, part, &next)) {
			next = json_object_new_object();
			json_object_object_add(obj, part, next);
		} else if (!json_object_is_type(next, json_type_object)) {
			vlab_usage_error(prog, "'%s': '%s' already holds a %s, not an object, so it cannot hold '%s'",
					 arg, part, type_name(next), dot + 1);
		}
		obj = next;
	}
	json_object_object_add(obj, part, val); /* replaces any earlier value */
	free(path);
}

static void assign(struct json_object *root, const char *arg)
{
	const char *eq = strchr(arg, '=');
	struct json_object *val = NULL;
	int is_json;
	char *key;

	if (!eq || eq == arg)
		vlab_usage_error(prog, "'%s' is not an assignment; use key=value or key:=JSON", arg);
	is_json = eq > arg && eq[-1] == ':';
	key = strndup(arg, (size_t)(eq - arg) - is_json);
	if (!key) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(VLAB_EXIT_FAIL);
	}
	if (!*key)
		vlab_usage_error(prog, "'%s' is not an assignment; use key=value or key:=JSON", arg);
	if (is_json) {
		if (vlab_json_parse(eq + 1, &val))
			vlab_usage_error(prog, "'%s': the value for key '%s' is not valid JSON; write strings as key=value or key:='\"text\"'",
					 arg, key);
	} else {
		val = json_object_new_string(eq + 1);
	}
	set_path(root, arg, key, val);
	free(key);
}

/* --get KEY FILE: print the value at the dotted key; 1 when absent. */
static int get_path(const char *key, const char *path)
{
	struct json_object *root = NULL, *obj;
	char *copy, *part, *save = NULL;
	int ret = vlab_json_read(path, &root);

	if (ret) {
		fprintf(stderr, "%s: --get: %s: %s\n", prog, path,
			ret == -EBADMSG ? "not JSON" : strerror(-ret));
		return VLAB_EXIT_FAIL;
	}
	copy = strdup(key);
	obj = root;
	for (part = copy ? strtok_r(copy, ".", &save) : NULL; part && obj;
	     part = strtok_r(NULL, ".", &save))
		if (!json_object_is_type(obj, json_type_object) ||
		    !json_object_object_get_ex(obj, part, &obj))
			obj = NULL;
	if (copy && obj)
		printf("%s\n", json_object_is_type(obj, json_type_string) ? json_object_get_string(obj) :
		       json_object_to_json_string_ext(obj, JSON_C_TO_STRING_PLAIN));
	ret = copy && obj ? 0 : VLAB_EXIT_FAIL;
	free(copy);
	json_object_put(root);
	return ret;
}

static struct json_object *load_existing(const char *path)
{
	struct json_object *root = NULL;
	int ret = vlab_json_read(path, &root);

	if (ret == -ENOENT)
		return json_object_new_object();
	if (ret || !json_object_is_type(root, json_type_object)) {
		fprintf(stderr, "%s: --merge: %s: %s; not merging into it\n", prog, path,
			ret && ret != -EBADMSG ? strerror(-ret) : "does not hold a JSON object");
		exit(VLAB_EXIT_FAIL);
	}
	return root;
}

int main(int argc, char **argv)
{
	enum { OPT_OUT = 256, OPT_MERGE, OPT_GET };
	static const struct option longopts[] = {
		{ "out", required_argument, NULL, OPT_OUT },
		{ "get", required_argument, NULL, OPT_GET },
		{ "merge", no_argument, NULL, OPT_MERGE },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	struct json_object *root;
	const char *out = NULL, *get = NULL;
	int c, merge = 0, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_OUT:
			out = optarg;
			break;
		case OPT_MERGE:
			merge = 1;
			break;
		case OPT_GET:
			get = optarg;
			break;
		case 'h':
			usage();
			return 0;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	if (get) {
		if (out || merge || argc - optind != 1)
			vlab_usage_error(prog, "--get KEY takes one FILE and no other option");
		return get_path(get, argv[optind]);
	}
	if (!out || !*out)
		vlab_usage_error(prog, "--out FILE is required");

	root = merge ? load_existing(out) : json_object_new_object();
	if (!root) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return VLAB_EXIT_FAIL;
	}
	for (; optind < argc; optind++)
		assign(root, argv[optind]);
	ret = vlab_json_write(out, root);
	json_object_put(root);
	if (ret) {
		fprintf(stderr, "%s: writing %s: %s\n", prog, out, strerror(-ret));
		return VLAB_EXIT_FAIL;
	}
	return 0;
}
