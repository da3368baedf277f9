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
"       vlab-manifest --keys FILE\n"
"Write a JSON object to FILE atomically; used to record a run's environment.\n"
"--get prints one value of FILE (a string as is, anything else as JSON) so\n"
"that scripts never read JSON with grep; exit 1 if the key is absent. A key\n"
"part that is a number indexes an array there: --get backends.0.type.\n"
"--keys prints the path of every key of FILE's objects, nested ones too,\n"
"one per line, as --get takes them: what two runs' manifests hold, compared.\n"
"\n"
"Assignments:\n"
"  key=value     a string\n"
"  key:=JSON     any JSON value, parsed: 8, true, null, [1,2], {\"a\":1}\n"
"  key+=value    append a string to the array at key (created if absent)\n"
"  key+:=JSON    append any JSON value to the array at key\n"
"  a.b.c=value   nests into objects a and b, creating them as needed\n"
"Later assignments replace earlier values; a key path may not run through a\n"
"value that is not an object. Key parts are non-empty; write a '.' inside a\n"
"part as '\\.' and a backslash as '\\\\' (binaries.vduse\\.ko.sha256).\n"
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
"      module.stock=stock 'fio:={\"version\": \"fio-3.33\"}'\n"
"  vlab-manifest --out results/run1/manifest.json --merge \\\n"
"      'host.load_before+:={\"at\": \"2026-01-01T00:00Z\", \"load\": [0.5, 0.4, 0.3]}'\n");
}

/* "a string", "an array": what a value is, for messages. */
static const char *a_type(struct json_object *v)
{
	switch (v ? json_object_get_type(v) : json_type_null) {
	case json_type_object: return "an object";
	case json_type_array: return "an array";
	case json_type_int: return "an integer";
	case json_type_double: return "a number";
	case json_type_boolean: return "a boolean";
	case json_type_string: return "a string";
	default: return "null";
	}
}

static void *must(void *p)
{
	if (!p) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(VLAB_EXIT_FAIL);
	}
	return p;
}

/* A key split at its unescaped dots. */
struct key_parts {
	char **part;
	size_t n;
};

static void key_parts_free(struct key_parts *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->part[i]);
	free(k->part);
}

/*
 * Split key into its parts: '.' separates, "\." is a dot inside a part and
 * "\\" a backslash, so that file names can be keys (binaries.vduse\.ko).
 * An empty part is a usage error naming arg, the whole assignment.
 */
static struct key_parts split_key(const char *arg, const char *key)
{
	size_t len = strlen(key);
	struct key_parts k = { must(calloc(len + 1, sizeof(char *))), 0 };
	char *cur = must(malloc(len + 1));
	size_t at = 0;

	for (const char *c = key;; c++) {
		if (*c == '\\' && (c[1] == '.' || c[1] == '\\')) {
			cur[at++] = *++c;
			continue;
		}
		if (*c && *c != '.') {
			cur[at++] = *c;
			continue;
		}
		if (!at)
			vlab_usage_error(prog, "'%s': key '%s' has an empty part; write keys like a.b.c",
					 arg, key);
		cur[at] = '\0';
		k.part[k.n++] = must(strdup(cur));
		at = 0;
		if (!*c)
			break;
	}
	free(cur);
	return k;
}

/*
 * Store val at the key's path inside root, or append it to the array there.
 * The assignment is named in every complaint; val is consumed either way.
 */
static void set_path(struct json_object *root, const char *arg, const char *key,
		     struct json_object *val, int append)
{
	struct key_parts k = split_key(arg, key);
	struct json_object *obj = root, *next, *arr;
	const char *last = k.part[k.n - 1];

	for (size_t i = 0; i + 1 < k.n; i++) {
		if (!json_object_object_get_ex(obj, k.part[i], &next)) {
			next = json_object_new_object();
			json_object_object_add(obj, k.part[i], next);
		} else if (!json_object_is_type(next, json_type_object)) {
			vlab_usage_error(prog, "'%s': '%s' already holds %s, not an object, so it cannot hold '%s'",
					 arg, k.part[i], a_type(next), k.part[i + 1]);
		}
		obj = next;
	}
	if (!append) {
		json_object_object_add(obj, last, val); /* replaces any earlier value */
	} else if (!json_object_object_get_ex(obj, last, &arr)) {
		arr = json_object_new_array();
		json_object_array_add(arr, val);
		json_object_object_add(obj, last, arr);
	} else if (json_object_is_type(arr, json_type_array)) {
		json_object_array_add(arr, val);
	} else {
		vlab_usage_error(prog, "'%s': '%s' already holds %s, not an array, so nothing can be appended to it",
				 arg, last, a_type(arr));
	}
	key_parts_free(&k);
}

static void assign(struct json_object *root, const char *arg)
{
	const char *eq = strchr(arg, '=');
	struct json_object *val = NULL;
	int is_json, is_append;
	char *key;

	if (!eq || eq == arg)
		vlab_usage_error(prog, "'%s' is not an assignment; use key=value or key:=JSON", arg);
	is_json = eq[-1] == ':';
	is_append = eq - is_json > arg && eq[-1 - is_json] == '+';
	key = must(strndup(arg, (size_t)(eq - arg) - is_json - is_append));
	if (!*key)
		vlab_usage_error(prog, "'%s' is not an assignment; use key=value or key:=JSON", arg);
	if (is_json) {
		if (vlab_json_parse(eq + 1, &val))
			vlab_usage_error(prog, "'%s': the value for key '%s' is not valid JSON; write strings as key=value or key:='\"text\"'",
					 arg, key);
	} else {
		val = json_object_new_string(eq + 1);
	}
	set_path(root, arg, key, val, is_append);
	free(key);
}

/* An array index: a part of decimal digits only, within the array. */
static struct json_object *array_at(struct json_object *arr, const char *part)
{
	char *end;
	unsigned long i;

	if (!*part || strspn(part, "0123456789") != strlen(part))
		return NULL;
	i = strtoul(part, &end, 10);
	return i < json_object_array_length(arr) ? json_object_array_get_idx(arr, i) : NULL;
}

/* --get KEY FILE: print the value at the key's path; 1 when absent. */
static int get_path(const char *key, const char *path)
{
	struct json_object *root = NULL, *obj;
	struct key_parts k = split_key(key, key);
	int ret = vlab_json_read(path, &root);

	if (ret) {
		fprintf(stderr, "%s: --get: %s: %s\n", prog, path,
			ret == -EBADMSG ? "not JSON" : strerror(-ret));
		key_parts_free(&k);
		return VLAB_EXIT_FAIL;
	}
	obj = root;
	for (size_t i = 0; i < k.n && obj; i++) {
		if (json_object_is_type(obj, json_type_array))
			obj = array_at(obj, k.part[i]);
		else if (!json_object_is_type(obj, json_type_object) ||
			 !json_object_object_get_ex(obj, k.part[i], &obj))
			obj = NULL;
	}
	if (obj)
		printf("%s\n", json_object_is_type(obj, json_type_string) ? json_object_get_string(obj) :
		       json_object_to_json_string_ext(obj, JSON_C_TO_STRING_PLAIN |
						      JSON_C_TO_STRING_NOSLASHESCAPE));
	ret = obj ? 0 : VLAB_EXIT_FAIL;
	key_parts_free(&k);
	json_object_put(root);
	return ret;
}

/* The paths of OBJ's keys below PREFIX, a '.' or '\\' in a key escaped. */
static void print_keys(struct json_object *obj, const char *prefix)
{
	json_object_object_foreach(obj, key, val) {
		char *path = NULL;
		size_t len = 0;
		FILE *f = must(open_memstream(&path, &len));

		if (*prefix)
			fprintf(f, "%s.", prefix);
		for (const char *c = key; *c; c++)
			fprintf(f, "%s%c", *c == '.' || *c == '\\' ? "\\" : "", *c);
		fclose(f);
		printf("%s\n", path);
		if (json_object_is_type(val, json_type_object))
			print_keys(val, path);
		free(path);
	}
}

/* --keys FILE: every key path of the object in FILE; 1 when unreadable. */
static int keys(const char *path)
{
	struct json_object *root = NULL;
	int ret = vlab_json_read(path, &root);

	if (ret || !json_object_is_type(root, json_type_object)) {
		fprintf(stderr, "%s: --keys: %s: %s\n", prog, path,
			ret && ret != -EBADMSG ? strerror(-ret) : "does not hold a JSON object");
		json_object_put(root);
		return VLAB_EXIT_FAIL;
	}
	print_keys(root, "");
	json_object_put(root);
	return 0;
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
	enum { OPT_OUT = 256, OPT_MERGE, OPT_GET, OPT_KEYS };
	static const struct option longopts[] = {
		{ "out", required_argument, NULL, OPT_OUT },
		{ "get", required_argument, NULL, OPT_GET },
		{ "keys", no_argument, NULL, OPT_KEYS },
		{ "merge", no_argument, NULL, OPT_MERGE },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	struct json_object *root;
	const char *out = NULL, *get = NULL;
	int c, merge = 0, list_keys = 0, ret;

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
		case OPT_KEYS:
			list_keys = 1;
			break;
		case 'h':
			usage();
			return 0;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	if (list_keys) {
		if (get || out || merge || argc - optind != 1)
			vlab_usage_error(prog, "--keys takes one FILE and no other option");
		return keys(argv[optind]);
	}
	if (get) {
		if (out || merge || argc - optind != 1)
			vlab_usage_error(prog, "--get KEY takes one FILE and no other option");
		return get_path(get, argv[optind]);
	}
	if (!out || !*out)
		vlab_usage_error(prog, "--out FILE is required");

	root = must(merge ? load_existing(out) : json_object_new_object());
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
