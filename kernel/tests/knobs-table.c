// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: kernel/knobs.def, the patches in patches/series and the
 * "Knobs" section of README.md say the same: every row's sysfs file and
 * module parameter exist in the patches with its values (the choice's
 * .allowed string, its default), range and default, and in the README
 * table; every knob file and module parameter the patches add, and every
 * README knob row, is in the table. The planner checks sweeps against the
 * table alone, so a copy that drifted would let it pass what the driver
 * refuses, or refuse what it accepts.
 * Usage: knobs-table KERNEL_DIR
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readfile.h"

enum kind { K_ENUM, K_UINT, K_BOOL };

struct row {
	const char *name;
	int where;
	enum kind kind;
	const char *allowed, *unit, *max_macro;
	unsigned long long min, max, def;
};

static const struct row rows[] = {
#define VDUSE_KNOB_ENUM(n, w, a) { #n, w, K_ENUM, a, NULL, NULL, 0, 0, 0 },
#define VDUSE_KNOB_UINT(n, w, u, lo, hi, d, m) { #n, w, K_UINT, NULL, u, #m, lo, hi, d },
#define VDUSE_KNOB_BOOL(n, w, d) { #n, w, K_BOOL, NULL, NULL, NULL, 0, 1, d },
#include "knobs.def"
};
#define NROWS (sizeof(rows) / sizeof(rows[0]))

static int failures;

static void __attribute__((format(printf, 1, 2))) fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("FAIL: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	failures++;
}

/* path's text, or NULL (bench/src's reader: one way to read a file whole) */
static char *slurp(const char *path)
{
	char *buf;

	return vlab_read_all(path, &buf, NULL) ? NULL : buf;
}

/* Does text contain the formatted string? */
static int __attribute__((format(printf, 2, 3))) has(const char *text, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int found;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		exit(1);
	va_end(ap);
	found = strstr(text, s) != NULL;
	free(s);
	return found;
}

/* The line of text at p, as a malloc'd string. */
static char *line_at(const char *p)
{
	return strndup(p, strcspn(p, "\n"));
}

/* Every patch of the series, in order, as one text. */
static char *read_series(const char *kdir)
{
	char *path, *series, *all = strdup(""), *line, *save = NULL, *patch, *joined;

	if (asprintf(&path, "%s/patches/series", kdir) < 0 || !(series = slurp(path)))
		return NULL;
	free(path);
	for (line = strtok_r(series, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (!*line || *line == '#')
			continue;
		if (asprintf(&path, "%s/patches/%s", kdir, line) < 0 || !(patch = slurp(path))) {
			fail("cannot read patch %s", line);
			continue;
		}
		if (asprintf(&joined, "%s%s", all, patch) < 0)
			exit(1);
		free(all);
		free(patch);
		free(path);
		all = joined;
	}
	free(series);
	return all;
}

/*
 * An enum knob's final struct vduse_choice: after the series' last
 * `.knob = "NAME",`, the first .allowed and .def lines that a later patch
 * has not removed ('-').
 */
static void check_choice(const struct row *r, const char *patches)
{
	const char *p, *last = NULL, *q;
	char *knob, *want, *def = NULL, *allowed = NULL, *first;

	if (asprintf(&knob, ".knob = \"%s\",", r->name) < 0)
		exit(1);
	for (p = patches; (p = strstr(p, knob)); p++)
		last = p;
	free(knob);
	if (!last) {
		fail("%s: no struct vduse_choice with .knob = \"%s\" in the patches", r->name, r->name);
		return;
	}
	for (q = last; (q = strchr(q, '\n')) && !(allowed && def); q++) {
		if (q[1] == '-')
			continue;
		if (!allowed && !strncmp(q + 2, "\t.allowed = ", 12))
			allowed = line_at(q + 2);
		if (!def && !strncmp(q + 2, "\t.def = ", 8))
			def = line_at(q + 10);
	}
	if (asprintf(&want, "\t.allowed = \"%s\",", r->allowed) < 0)
		exit(1);
	if (!allowed || strcmp(allowed, want))
		fail("%s: the patches' .allowed is [%s], the table's \"%s\"", r->name,
		     allowed ? allowed : "(none)", r->allowed);
	free(want);
	first = strndup(r->allowed, strcspn(r->allowed, ","));
	if (def) {
		def[strcspn(def, ",")] = '\0';
		if (!has(patches, "[%s] = \"%s\",", def, first))
			fail("%s: the patches' default is %s, not the table's first value '%s'",
			     r->name, def, first);
	} else {
		fail("%s: no .def in the patches' struct vduse_choice", r->name);
	}
	free(first);
	free(allowed);
	free(def);
}

static void check_patches(const struct row *r, const char *patches)
{
	if (!has(patches, "&dev_attr_%s.attr,", r->name) && (r->where & VDUSE_KNOB_SYSFS))
		fail("%s: no dev_attr_%s in the patches' device attributes", r->name, r->name);
	if (r->where == VDUSE_KNOB_SYSFS)
		return;	/* upstream's: its range and default are upstream's, README says them */
	if ((r->where & VDUSE_KNOB_SYSFS) && !has(patches, "+static DEVICE_ATTR_RW(%s);", r->name))
		fail("%s: the patches add no DEVICE_ATTR_RW(%s)", r->name, r->name);
	switch (r->kind) {
	case K_ENUM:
		if (!has(patches, "+module_param_cb(%s, &vduse_choice_param_ops,", r->name))
			fail("%s: no module_param_cb(%s, &vduse_choice_param_ops, ...)", r->name, r->name);
		check_choice(r, patches);
		break;
	case K_UINT:
		if (!has(patches, "+module_param_cb(%s, &vduse_uint_param_ops,", r->name) ||
		    !has(patches, "+static unsigned int %s = %llu;", r->name, r->def))
			fail("%s: no uint module parameter with default %llu", r->name, r->def);
		/* The module parameter refuses (fails the load) what the file refuses. */
		if (!has(patches, "+\t&%s, \"%s\", %llu, %s\n", r->name, r->unit, r->min,
			 r->max_macro))
			fail("%s: the module parameter's range is not %llu to %s %s", r->name, r->min,
			     r->max_macro, r->unit);
		if (strcmp(r->max_macro, "UINT_MAX") ?
			    !has(patches, "+#define %s %llu\n", r->max_macro, r->max) :
			    r->max != 4294967295ULL)
			fail("%s: the patches' maximum %s is not %llu", r->name, r->max_macro, r->max);
		if (!has(patches, "\"vduse: %s: '%%.*s' is not a number of %s from %llu to %%u\\n\"",
			 r->name, r->unit, r->min) &&
		    !has(patches, "\"%s\", \"%s\", %llu,", r->name, r->unit, r->min))
			fail("%s: the patches' store does not refuse below %llu %s", r->name, r->min,
			     r->unit);
		break;
	case K_BOOL:
		/* A plain bool, or one backed by a static key (stats). */
		if (!(has(patches, "+module_param(%s, bool, ", r->name) &&
		      has(patches, r->def ? "+static bool %s = true;" : "+static bool %s;",
			  r->name)) &&
		    !(has(patches, "+module_param_cb(%s, &vduse_%s_param_ops, NULL, ", r->name,
			  r->name) &&
		      has(patches, "+DEFINE_STATIC_KEY_%s(vduse_%s_", r->def ? "TRUE" : "FALSE",
			  r->name)))
			fail("%s: no bool module parameter with default %llu", r->name, r->def);
		break;
	}
}

/* The README row "| `NAME` ... |" of the Knobs section, or NULL. */
static char *readme_row(const char *knobs, const char *name)
{
	char *head, *p, *row;

	if (asprintf(&head, "\n| `%s`", name) < 0)
		exit(1);
	p = strstr(knobs, head);
	free(head);
	if (!p)
		return NULL;
	row = line_at(p + 1);
	return row;
}

static void check_readme(const struct row *r, const char *knobs)
{
	char *row = readme_row(knobs, r->name), *vals, *item, *save = NULL, *list = NULL, *more;

	if (!row) {
		fail("%s: no row in README.md's knob table", r->name);
		return;
	}
	if (r->where == VDUSE_KNOB_SYSFS && !strstr(row, "(upstream)"))
		fail("%s: README.md's row does not say (upstream)", r->name);
	if (r->where == VDUSE_KNOB_PARAM && !strstr(row, "module parameter only"))
		fail("%s: README.md's row does not say 'module parameter only'", r->name);
	switch (r->kind) {
	case K_ENUM:
		vals = strdup(r->allowed);
		for (item = strtok_r(vals, ", ", &save); item; item = strtok_r(NULL, ", ", &save)) {
			if (asprintf(&more, "%s%s`%s`", list ? list : "", list ? ", " : "", item) < 0)
				exit(1);
			free(list);
			list = more;
		}
		if (!strstr(row, list))
			fail("%s: README.md's row does not list %s (default first)", r->name, list);
		free(list);
		free(vals);
		break;
	case K_UINT:
		if (!has(row, "%s, default %llu", r->unit, r->def) ||
		    !has(row, " %llu to %llu", r->min, r->max))
			fail("%s: README.md's row does not say \"%s, default %llu\" and \"%llu to %llu\"",
			     r->name, r->unit, r->def, r->min, r->max);
		break;
	case K_BOOL:
		if (!strstr(row, r->def ? "`1` (default), `0`" : "`0` (default), `1`"))
			fail("%s: README.md's row does not give 0 and 1, default %llu", r->name, r->def);
		break;
	}
	free(row);
}

static const struct row *find(const char *name)
{
	size_t i;

	for (i = 0; i < NROWS; i++)
		if (!strcmp(rows[i].name, name))
			return &rows[i];
	return NULL;
}

/* Every "PREFIX<name>SUFFIX" the text holds is a row usable as where. */
static void check_reverse(const char *text, const char *prefix, const char *stop, int where,
			  const char *what)
{
	const char *p = text;
	const struct row *r;
	char *name;

	while ((p = strstr(p, prefix))) {
		p += strlen(prefix);
		name = strndup(p, strcspn(p, stop));
		r = find(name);
		if (!r || !(r->where & where))
			fail("%s '%s' is not in kernel/knobs.def as one", what, name);
		free(name);
	}
}

int main(int argc, char **argv)
{
	char *path, *patches, *readme, *knobs, *end;
	size_t i;

	if (argc != 2) {
		fprintf(stderr, "usage: %s KERNEL_DIR\n", argv[0]);
		return 1;
	}
	patches = read_series(argv[1]);
	if (asprintf(&path, "%s/README.md", argv[1]) < 0)
		return 1;
	readme = slurp(path);
	free(path);
	if (!patches || !readme) {
		fprintf(stderr, "FAIL: cannot read the series or README.md in %s\n", argv[1]);
		return 1;
	}
	knobs = strstr(readme, "\n### Knobs\n");
	end = knobs ? strstr(knobs + 1, "\n#") : NULL;
	if (!knobs || !end) {
		fprintf(stderr, "FAIL: README.md has no \"### Knobs\" section\n");
		return 1;
	}
	*end = '\0';

	for (i = 0; i < NROWS; i++) {
		check_patches(&rows[i], patches);
		check_readme(&rows[i], knobs);
	}
	check_reverse(patches, "\n+static DEVICE_ATTR_RW(", ")", VDUSE_KNOB_SYSFS,
		      "the patches' writable device file");
	check_reverse(patches, "\n+module_param(", ",", VDUSE_KNOB_PARAM,
		      "the patches' module parameter");
	check_reverse(patches, "\n+module_param_cb(", ",", VDUSE_KNOB_PARAM,
		      "the patches' module parameter");
	check_reverse(knobs, "\n| `", "`", VDUSE_KNOB_SYSFS | VDUSE_KNOB_PARAM,
		      "README.md's knob row");
	free(patches);
	free(readme);
	if (failures)
		return 1;
	printf("PASS: %zu knobs agree with the patches and README.md\n", NROWS);
	return 0;
}
