// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading a fault run's folder (faults.h) and judging it: a boot fails the
 * suite when it never ran, did not finish (no /init, panic, timeout, a bad
 * shipped record), its guest script exited non-zero, or it printed no
 * record; a record fails it when it is malformed, when a required row did
 * not pass, or when its dmesg was not clean.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "faults.h"
#include "jsonfile.h"
#include "readfile.h"

#define MARK "vlab-fault: "

/* The record's fields and the JSON types each may have. */
static const struct field {
	const char *key;
	enum json_type type;
	bool nullable;
} fields[] = {
	{ "case", json_type_string, false },
	{ "module", json_type_string, false },
	{ "strategy", json_type_string, false },
	{ "backend", json_type_string, false },
	{ "pass", json_type_boolean, false },
	{ "required", json_type_boolean, false },
	{ "survived", json_type_boolean, false },
	{ "guest_ioerr", json_type_int, false },
	{ "verified", json_type_boolean, true },
	{ "dmesg_clean", json_type_boolean, false },
	{ "recover_ms", json_type_double, true },
	{ "detail", json_type_string, false },
};

static const char *jstr(struct json_object *o, const char *key)
{
	struct json_object *v;

	return json_object_object_get_ex(o, key, &v) ? json_object_get_string(v) : "";
}

static bool jbool(struct json_object *o, const char *key)
{
	struct json_object *v;

	return json_object_object_get_ex(o, key, &v) && json_object_get_boolean(v);
}

char *faults_check_record(struct json_object *rec, const struct fault_boot *b)
{
	char *why = NULL;
	size_t i;

	if (!json_object_is_type(rec, json_type_object))
		return strdup("not a JSON object");
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		const struct field *f = &fields[i];
		struct json_object *v;
		enum json_type t;

		if (!json_object_object_get_ex(rec, f->key, &v)) {
			if (asprintf(&why, "no \"%s\"", f->key) < 0)
				why = NULL;
			return why;
		}
		t = json_object_get_type(v);
		/* a whole number is a number too */
		if (t == f->type || (f->nullable && t == json_type_null) ||
		    (f->type == json_type_double && t == json_type_int))
			continue;
		if (asprintf(&why, "\"%s\" is a %s, not a %s%s", f->key, json_type_to_name(t),
			     json_type_to_name(f->type), f->nullable ? " or null" : "") < 0)
			why = NULL;
		return why;
	}
	if (json_object_get_int64(json_object_object_get(rec, "guest_ioerr")) < 0)
		return strdup("\"guest_ioerr\" is negative");
	if (strcmp(jstr(rec, "case"), b->name) || strcmp(jstr(rec, "module"), b->module)) {
		if (asprintf(&why, "a record of %s/%s in the boot of %s/%s", jstr(rec, "case"),
			     jstr(rec, "module"), b->name, b->module) < 0)
			why = NULL;
		return why;
	}
	return NULL;
}

const char *faults_row_failure(struct json_object *rec)
{
	if (!jbool(rec, "dmesg_clean"))
		return "kernel complaints in dmesg";
	if (jbool(rec, "required") && !jbool(rec, "pass"))
		return "a required row did not pass";
	return NULL;
}

/* What boot.sh's exit status says, for a boot that did not finish. */
static const char *boot_rc_name(int rc)
{
	switch (rc) {
	case 90: return "no boot: the guest never reached /init";
	case 91: return "panic: the guest panicked or stopped without an exit status";
	case 92: return "timeout: the guest did not finish in its time limit (a hang)";
	case 93: return "a shipped record failed its size/sha256 check";
	case 130: case 143: return "interrupted: the boot was stopped from the host";
	default: return NULL;
	}
}

static int add_failure(struct fault_run *run, const struct fault_boot *b, const char *why,
		       const char *row)
{
	char *s;

	if (asprintf(&s, "%s/%s%s%s: %s", b->name, b->module, row ? " " : "", row ? row : "",
		     why) < 0)
		return -ENOMEM;
	json_object_array_add(run->row_failures, json_object_new_string(s));
	free(s);
	run->pass = false;
	return 0;
}

/* One line of the console that carries a record. */
static int read_record(struct fault_run *run, struct fault_boot *b, char *text)
{
	struct json_object *rec = NULL;
	const char *why_row;
	char *why, *end = text + strlen(text);
	char row[160];
	int ret;

	while (end > text && strchr(" \t\r\n", end[-1]))
		*--end = '\0';
	b->records++;
	if (vlab_json_parse(text, &rec) < 0 || !rec) {
		json_object_put(rec);
		return add_failure(run, b, "a record that is not JSON", text);
	}
	why = faults_check_record(rec, b);
	if (why) {
		ret = add_failure(run, b, why, text);
		free(why);
		json_object_put(rec);
		return ret;
	}
	json_object_object_add(rec, "boot_seconds", b->seconds < 0 ? NULL :
			       json_object_new_double(b->seconds));
	why_row = faults_row_failure(rec);
	json_object_array_add(run->records, rec);
	if (!why_row)
		return 0;
	snprintf(row, sizeof(row), "(%s, %s)", jstr(rec, "strategy"), jstr(rec, "backend"));
	return add_failure(run, b, why_row, row);
}

static int read_boot(const char *out, struct fault_run *run, struct fault_boot *b)
{
	char *path = NULL, *status = NULL, *console = NULL, *line, *save = NULL;
	const char *why;
	int ret = 0;

	b->rc = -1;
	b->seconds = -1;
	if (asprintf(&path, "%s/boots/%s.%s/status", out, b->name, b->module) < 0)
		return -ENOMEM;
	if (vlab_read_first_line(path, &status) < 0 ||
	    sscanf(status, "%d %lf", &b->rc, &b->seconds) < 1) {
		b->failure = strdup("not run: the boot left no status (runner stopped?)");
		goto out;
	}
	free(path);
	if (asprintf(&path, "%s/boots/%s.%s/console.log", out, b->name, b->module) < 0) {
		path = NULL;
		ret = -ENOMEM;
		goto out;
	}
	if (vlab_read_all(path, &console, NULL) < 0)
		console = strdup("");
	for (line = strtok_r(console, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *rec = strstr(line, MARK);

		if (rec) {
			ret = read_record(run, b, rec + strlen(MARK));
			if (ret)
				goto out;
		}
	}
	why = boot_rc_name(b->rc);
	if (why)
		b->failure = strdup(why);
	else if (b->rc)
		ret = asprintf(&b->failure, "the guest script exited %d", b->rc) < 0 ? -ENOMEM : 0;
	else if (!b->records)
		b->failure = strdup("no record: the guest script printed no vlab-fault line");
out:
	if (b->failure)
		run->pass = false;
	free(path);
	free(status);
	free(console);
	return ret;
}

int faults_read(const char *prog, const char *out, struct fault_run *run)
{
	char *path = NULL, *list = NULL, *line, *save = NULL;
	int ret;

	memset(run, 0, sizeof(*run));
	run->pass = true;
	run->records = json_object_new_array();
	run->row_failures = json_object_new_array();
	if (asprintf(&path, "%s/boots.list", out) < 0)
		return -ENOMEM;
	ret = vlab_read_all(path, &list, NULL);
	if (ret < 0) {
		fprintf(stderr, "%s: %s: %s (not a fault run folder?)\n", prog, path, strerror(-ret));
		goto out;
	}
	for (line = strtok_r(list, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		struct fault_boot *b, *grown;
		char name[64], module[16];

		if (sscanf(line, "%63s %15s", name, module) != 2) {
			fprintf(stderr, "%s: %s: line '%s' is not 'CASE MODULE'\n", prog, path, line);
			ret = -EINVAL;
			goto out;
		}
		grown = realloc(run->boots, (run->n_boots + 1) * sizeof(*grown));
		if (!grown) {
			ret = -ENOMEM;
			goto out;
		}
		run->boots = grown;
		b = &run->boots[run->n_boots++];
		memset(b, 0, sizeof(*b));
		b->name = strdup(name);
		b->module = strdup(module);
		ret = read_boot(out, run, b);
		if (ret)
			goto out;
	}
	if (!run->n_boots) {
		fprintf(stderr, "%s: %s names no boot\n", prog, path);
		ret = -EINVAL;
	}
out:
	free(path);
	free(list);
	return ret;
}

void faults_free(struct fault_run *run)
{
	size_t i;

	for (i = 0; i < run->n_boots; i++) {
		free(run->boots[i].name);
		free(run->boots[i].module);
		free(run->boots[i].failure);
	}
	free(run->boots);
	json_object_put(run->records);
	json_object_put(run->row_failures);
	memset(run, 0, sizeof(*run));
}
