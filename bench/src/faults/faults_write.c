// SPDX-License-Identifier: GPL-2.0-only
/*
 * The fault run's report: a markdown table, fault x module x strategy x
 * backend -> verdict, survived, guest I/O errors, data verified, dmesg
 * clean, time to recover, and the wall time of each boot; then every
 * failure in words. faults.json keeps the records and the boots for
 * machines.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "faults.h"
#include "jsonfile.h"

static struct json_object *get(struct json_object *o, const char *key)
{
	return json_object_object_get(o, key);
}

static const char *yes_no(struct json_object *v)
{
	if (!v || json_object_is_type(v, json_type_null))
		return "-";
	return json_object_get_boolean(v) ? "yes" : "no";
}

/* A markdown cell: the text with | and line breaks made harmless. */
static void cell(FILE *f, const char *s)
{
	fputs(" ", f);
	for (; *s; s++) {
		if (*s == '|')
			fputc('\\', f);
		fputc(*s == '\n' ? ' ' : *s, f);
	}
	fputs(" |", f);
}

static const char *verdict(struct json_object *rec)
{
	if (faults_row_failure(rec))
		return "**FAIL**";
	if (!json_object_get_boolean(get(rec, "required")))
		return json_object_get_boolean(get(rec, "pass")) ? "pass (recorded)" : "recorded";
	return "pass";
}

void faults_print_md(FILE *f, const struct fault_run *run)
{
	size_t i, j, n = json_object_array_length(run->records);
	char num[32];

	fprintf(f, "| fault | module | strategy | backend | verdict | survived | guest I/O errors "
		   "| data verified | dmesg clean | recover ms | boot s | detail |\n");
	fprintf(f, "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
	for (i = 0; i < run->n_boots; i++) {
		const struct fault_boot *b = &run->boots[i];

		for (j = 0; j < n; j++) {
			struct json_object *r = json_object_array_get_idx(run->records, j);
			struct json_object *ms = get(r, "recover_ms");

			if (strcmp(json_object_get_string(get(r, "case")), b->name) ||
			    strcmp(json_object_get_string(get(r, "module")), b->module))
				continue;
			fputs("|", f);
			cell(f, b->name);
			cell(f, b->module);
			cell(f, json_object_get_string(get(r, "strategy")));
			cell(f, json_object_get_string(get(r, "backend")));
			cell(f, verdict(r));
			cell(f, yes_no(get(r, "survived")));
			snprintf(num, sizeof(num), "%" PRId64, json_object_get_int64(get(r, "guest_ioerr")));
			cell(f, num);
			cell(f, yes_no(get(r, "verified")));
			cell(f, yes_no(get(r, "dmesg_clean")));
			if (json_object_is_type(ms, json_type_null))
				snprintf(num, sizeof(num), "-");
			else
				snprintf(num, sizeof(num), "%.0f", json_object_get_double(ms));
			cell(f, num);
			snprintf(num, sizeof(num), "%.0f", b->seconds);
			cell(f, b->seconds < 0 ? "-" : num);
			cell(f, json_object_get_string(get(r, "detail")));
			fputs("\n", f);
		}
		if (!b->failure)
			continue;
		snprintf(num, sizeof(num), "%.0f", b->seconds);
		fprintf(f, "| %s | %s | - | - | **FAIL** | - | - | - | - | - | %s |", b->name,
			b->module, b->seconds < 0 ? "-" : num);
		cell(f, b->failure);
		fputs("\n", f);
	}
	fputs("\n", f);
	for (i = 0; i < run->n_boots; i++)
		if (run->boots[i].failure)
			fprintf(f, "- FAIL %s/%s: %s\n", run->boots[i].name, run->boots[i].module,
				run->boots[i].failure);
	for (i = 0; i < json_object_array_length(run->row_failures); i++)
		fprintf(f, "- FAIL %s\n",
			json_object_get_string(json_object_array_get_idx(run->row_failures, i)));
	fprintf(f, "%s: %zu boot(s), %zu record(s)\n", run->pass ? "PASS" : "FAIL", run->n_boots, n);
}

static struct json_object *boots_json(const struct fault_run *run)
{
	struct json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < run->n_boots; i++) {
		const struct fault_boot *b = &run->boots[i];
		struct json_object *o = json_object_new_object();

		json_object_object_add(o, "case", json_object_new_string(b->name));
		json_object_object_add(o, "module", json_object_new_string(b->module));
		json_object_object_add(o, "exit", b->rc < 0 ? NULL : json_object_new_int(b->rc));
		json_object_object_add(o, "seconds", b->seconds < 0 ? NULL :
				       json_object_new_double(b->seconds));
		json_object_object_add(o, "records", json_object_new_int64((int64_t)b->records));
		json_object_object_add(o, "failure", b->failure ?
				       json_object_new_string(b->failure) : NULL);
		json_object_array_add(a, o);
	}
	return a;
}

int faults_write(const char *prog, const char *out, const struct fault_run *run)
{
	struct json_object *doc = json_object_new_object();
	struct vlab_atomic a = { 0 };
	char *path = NULL;
	int ret;

	json_object_object_add(doc, "pass", json_object_new_boolean(run->pass));
	json_object_object_add(doc, "boots", boots_json(run));
	json_object_object_add(doc, "records", json_object_get(run->records));
	json_object_object_add(doc, "failures", json_object_get(run->row_failures));
	ret = asprintf(&path, "%s/faults.json", out) < 0 ? -ENOMEM : 0;
	if (!ret)
		ret = vlab_json_write(path, doc);
	if (ret)
		goto out;
	free(path);
	ret = asprintf(&path, "%s/faults.md", out) < 0 ? -ENOMEM : 0;
	if (!ret)
		ret = vlab_atomic_open(&a, path);
	if (ret)
		goto out;
	faults_print_md(a.f, run);
	ret = vlab_atomic_commit(&a);
out:
	if (ret)
		fprintf(stderr, "%s: cannot write %s: %s\n", prog, path ? path : out, strerror(-ret));
	free(path);
	json_object_put(doc);
	return ret;
}
