// SPDX-License-Identifier: GPL-2.0-only
/*
 * Sweep file parser (see sweep.h). The grammar, one construct per line:
 *
 *   # comment              blank lines too
 *   [sweep]                exactly one
 *   [driver NAME]          1 to 16     NAME: [a-z0-9][a-z0-9_-]{0,23}
 *   [backend NAME]         1 to 16
 *   [workload NAME]        1 to 32
 *   key = value            in the section above it; lists are comma
 *                          separated; a '#' at the start of the value or
 *                          after a blank starts a trailing comment
 *
 * Every value is checked where it is read, so that the one error reported
 * names the file, the line, the section, the key, the value and what would
 * have been allowed; checks that need the whole file run at its end.
 *
 * This file reads the lines and sections and hands each key to its
 * section's handler (sweep_keys.c, sweep_backend.c); sweep_check.c closes
 * each section and the file, sweep_value.c words the one error
 * (sweep_parser.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readfile.h"
#include "sweep.h"
#include "sweep_parser.h"

static const char *const kind_names[K_COUNT] = { "", "sweep", "driver", "backend", "workload",
						  "headline" };

/* Keys of each section kind; the index is the key's slot in parser.key_line. */
static const char *const keys[K_COUNT][SWEEP_SECTION_KEYS + 1] = { /* NULL-terminated */
	[K_SWEEP] = { "name", "description", "repetitions", "seed", "baseline", "warmup", "perf",
		      "baseline_backend", "clock", "control", "placement", "question", "boots" },
	[K_DRIVER] = { "module", "params", "knobs", "observe", "backends" },
	[K_BACKEND] = { "type", "size", "queues", "args", "build" },
	/* then lib/axes.def's extra axes, from slot XAXIS_SLOT on */
	[K_WORKLOAD] = { "rw", "bs", "iodepth", "numjobs", "runtime", "ramp",
#define VLAB_AXIS_CORE(id, key, env, lo, hi, help)
#define VLAB_AXIS_FIO(id, key, env, fio, lo, hi, tag, only_rw, help) key,
#define VLAB_AXIS_NAMED(id, key, env, names, help) key,
#include "axes.def"
#undef VLAB_AXIS_CORE
#undef VLAB_AXIS_FIO
#undef VLAB_AXIS_NAMED
	},
	[K_HEADLINE] = { "metric", "of", "where", "goal" },
};

static int open_section(struct parser *p, char *inner, const char *raw)
{
	struct sweep *sw = p->sw;
	char *type, *name, *extra, *save = NULL;
	enum kind k;
	size_t i, *count = NULL, max = 0;
	int ret;

	ret = sweep_close_section(p);
	if (ret)
		return ret;
	type = strtok_r(inner, " \t", &save);
	name = type ? strtok_r(NULL, " \t", &save) : NULL;
	extra = name ? strtok_r(NULL, " \t", &save) : NULL;
	for (k = K_SWEEP; k < K_COUNT && (!type || strcmp(type, kind_names[k])); k++)
		;
	if (k == K_COUNT)
		return sweep_fail(p, p->line, "unknown section type '%s'; allowed: [sweep], [driver NAME], [backend NAME], [workload NAME], [headline NAME]",
			    raw);
	if (k == K_SWEEP && name)
		return sweep_fail(p, p->line, "'%s': [sweep] takes no name", raw);
	if (k != K_SWEEP && !name)
		return sweep_fail(p, p->line, "'%s': a [%s] section needs a NAME, e.g. [%s a1]", raw, type, type);
	if (extra)
		return sweep_fail(p, p->line, "'%s': a section header holds a type and one NAME", raw);
	if (k != K_SWEEP && !sweep_valid_name(name, 24))
		return sweep_fail(p, p->line, "[%s %s]: '%s' is not a valid name; use 1 to 24 characters of a-z, 0-9, '_' and '-', not starting with '_' or '-'",
			    type, name, name);

	memset(p->key_line, 0, sizeof(p->key_line));
	p->kind = k;
	p->sect_line = p->line;
	if (k == K_SWEEP) {
		if (p->sweep_line)
			return sweep_fail(p, p->line, "[sweep] is given twice (first at line %d); give it once",
				    p->sweep_line);
		p->sweep_line = p->line;
		snprintf(p->label, sizeof(p->label), "[sweep]");
		p->cur = sw;
		return 0;
	}
	snprintf(p->label, sizeof(p->label), "[%s %s]", type, name);
	switch (k) {
	case K_DRIVER:
		count = &sw->ndrivers;
		max = SWEEP_MAX_DRIVERS;
		for (i = 0; i < sw->ndrivers; i++)
			if (!strcmp(sw->drivers[i].name, name))
				return sweep_fail(p, p->line, "%s is defined twice (first at line %d); names must differ",
					    p->label, sw->drivers[i].line);
		break;
	case K_BACKEND:
		count = &sw->nbackends;
		max = SWEEP_MAX_BACKENDS;
		for (i = 0; i < sw->nbackends; i++)
			if (!strcmp(sw->backends[i].name, name))
				return sweep_fail(p, p->line, "%s is defined twice (first at line %d); names must differ",
					    p->label, sw->backends[i].line);
		break;
	case K_HEADLINE:
		count = &sw->nheadlines;
		max = SWEEP_MAX_HEADLINES;
		for (i = 0; i < sw->nheadlines; i++)
			if (!strcmp(sw->headlines[i].name, name))
				return sweep_fail(p, p->line, "%s is defined twice (first at line %d); names must differ",
					    p->label, sw->headlines[i].line);
		break;
	default:
		count = &sw->nworkloads;
		max = SWEEP_MAX_WORKLOADS;
		for (i = 0; i < sw->nworkloads; i++)
			if (!strcmp(sw->workloads[i].name, name))
				return sweep_fail(p, p->line, "%s is defined twice (first at line %d); names must differ",
					    p->label, sw->workloads[i].line);
		break;
	}
	if (*count == max)
		return sweep_fail(p, p->line, "%s: more than %zu [%s] sections; at most %zu are allowed",
			    p->label, max, type, max);
	if (k == K_DRIVER) {
		p->cur = &sw->drivers[sw->ndrivers];
		sw->drivers[sw->ndrivers].line = p->line;
		ret = sweep_set_str(&sw->drivers[sw->ndrivers].name, name);
	} else if (k == K_HEADLINE) {
		p->cur = &sw->headlines[sw->nheadlines];
		sw->headlines[sw->nheadlines].line = p->line;
		ret = sweep_set_str(&sw->headlines[sw->nheadlines].name, name);
	} else if (k == K_BACKEND) {
		p->cur = &sw->backends[sw->nbackends];
		sw->backends[sw->nbackends].line = p->line;
		ret = sweep_set_str(&sw->backends[sw->nbackends].name, name);
	} else {
		p->cur = &sw->workloads[sw->nworkloads];
		sw->workloads[sw->nworkloads].line = p->line;
		ret = sweep_set_str(&sw->workloads[sw->nworkloads].name, name);
	}
	(*count)++;
	return ret;
}

static int key_value(struct parser *p, char *key, char *val)
{
	const char *const *allowed;
	int k, n;

	if (p->kind == K_NONE)
		return sweep_fail(p, p->line, "'%s' comes before any section; put it under [sweep], [driver NAME], [backend NAME], [workload NAME] or [headline NAME]",
			    key);
	allowed = keys[p->kind];
	for (n = 0; allowed[n]; n++)
		;
	for (k = 0; k < n && strcmp(allowed[k], key); k++)
		;
	if (k == n)
		return sweep_fail(p, p->line, "%s: unknown key '%s'; allowed: %s", p->label, key,
			    sweep_join(allowed, n, ""));
	if (p->key_line[k])
		return sweep_fail(p, p->line, "%s: key '%s' is set twice (first at line %d); set it once",
			    p->label, key, p->key_line[k]);
	p->key_line[k] = p->line;
	if (!*val)
		return sweep_fail(p, p->line, "%s %s: the value is empty; give a value or remove the line",
			    p->label, key);
	switch (p->kind) {
	case K_SWEEP:
		return sweep_set_sweep_key(p, k, val);
	case K_DRIVER:
		return sweep_set_driver_key(p, k, val);
	case K_BACKEND:
		return sweep_set_backend_key(p, k, val);
	case K_HEADLINE:
		return sweep_set_headline_key(p, k, val);
	default:
		return sweep_set_workload_key(p, k, val);
	}
}

/* One line, already stripped of its line ending. */
static int parse_line(struct parser *p, char *line)
{
	char *s = sweep_trim(line), *close, *eq, *val, *hash;

	if (!*s || *s == '#')
		return 0;
	if (*s == '[') {
		close = strchr(s, ']');
		if (close) {
			char *after = sweep_trim(close + 1);

			if (*after && *after != '#')
				return sweep_fail(p, p->line, "'%s': text after the section header; only a # comment may follow",
					    s);
			close[1] = '\0';
			*close = '\0';
			{
				char raw[128];

				snprintf(raw, sizeof(raw), "%s]", s);
				return open_section(p, sweep_trim(s + 1), raw);
			}
		}
		return sweep_fail(p, p->line, "'%s' has no closing ']'; a section header looks like [driver NAME]",
			    s);
	}
	eq = strchr(s, '=');
	if (!eq)
		return sweep_fail(p, p->line, "'%s' is neither a [section] header, a key = value line, a # comment nor blank",
			    s);
	*eq = '\0';
	val = eq + 1;
	/* a trailing comment starts at a '#' that begins the value or follows a blank */
	for (hash = val; (hash = strchr(hash, '#')); hash++)
		if (hash == val || hash[-1] == ' ' || hash[-1] == '\t') {
			*hash = '\0';
			break;
		}
	return key_value(p, sweep_trim(s), sweep_trim(val));
}

int sweep_parse(const char *path, const char *text, struct sweep *sw, char **err)
{
	struct parser p = { .path = path, .sw = sw };
	const char *s = text, *nl;
	char *line;
	int ret = 0;

	memset(sw, 0, sizeof(*sw));
	*err = NULL;
	sw->reps = 3;
	sw->perf = 0; /* per-task perf stat lengthens the path it measures */
	sw->path = strdup(path);
	sw->text = strdup(text);
	if (!sw->path || !sw->text)
		return -ENOMEM;
	while (*s && !ret) {
		nl = strchr(s, '\n');
		line = strndup(s, nl ? (size_t)(nl - s) : strlen(s));
		if (!line)
			return -ENOMEM;
		p.line++;
		if (strlen(line) != (size_t)(nl ? nl - s : (long)strlen(s)))
			ret = sweep_fail(&p, p.line, "the line holds a NUL byte; a sweep file is text");
		else
			ret = parse_line(&p, line);
		free(line);
		s = nl ? nl + 1 : s + strlen(s);
	}
	if (!ret)
		ret = sweep_finish(&p);
	*err = p.err;
	return ret;
}

int sweep_load(const char *path, struct sweep *sw, char **err)
{
	char *text;
	size_t len;
	int ret;

	memset(sw, 0, sizeof(*sw));
	*err = NULL;
	ret = vlab_read_all(path, &text, &len);
	if (ret) {
		if (asprintf(err, "%s: %s", path, strerror(-ret)) < 0)
			*err = NULL;
		return ret;
	}
	if (strlen(text) != len) {
		free(text);
		if (asprintf(err, "%s: holds a NUL byte; a sweep file is text", path) < 0)
			*err = NULL;
		return -EINVAL;
	}
	ret = sweep_parse(path, text, sw, err);
	free(text);
	return ret;
}

static void free_kvlist(struct sweep_kvlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].key);
		free(l->v[i].value);
	}
	free(l->v);
}

void sweep_free(struct sweep *sw)
{
	size_t i, j;

	free(sw->path);
	free(sw->text);
	free(sw->name);
	free(sw->description);
	free(sw->baseline);
	free(sw->baseline_on);
	free(sw->baseline_backend);
	free(sw->clock);
	free(sw->control);
	free(sw->placement);
	free(sw->boots);
	free(sw->question);
	for (i = 0; i < sw->nheadlines; i++) {
		free(sw->headlines[i].name);
		free(sw->headlines[i].metric);
		free(sw->headlines[i].of);
		free(sw->headlines[i].goal);
		free_kvlist(&sw->headlines[i].where);
	}
	for (i = 0; i < sw->ndrivers; i++) {
		free(sw->drivers[i].name);
		free(sw->drivers[i].module);
		free(sw->drivers[i].observe);
		free_kvlist(&sw->drivers[i].params);
		free_kvlist(&sw->drivers[i].knobs);
		vlab_strlist_free(&sw->drivers[i].backends);
	}
	for (i = 0; i < sw->nbackends; i++) {
		free(sw->backends[i].name);
		free(sw->backends[i].type);
		free(sw->backends[i].build);
		free(sw->backends[i].size);
		free(sw->backends[i].args);
	}
	for (i = 0; i < sw->nworkloads; i++) {
		free(sw->workloads[i].name);
		vlab_strlist_free(&sw->workloads[i].rw);
		vlab_strlist_free(&sw->workloads[i].bs);
		free(sw->workloads[i].bs_bytes);
		free(sw->workloads[i].iodepth);
		free(sw->workloads[i].numjobs);
		for (j = 0; j < VLAB_XAXIS_COUNT; j++)
			free(sw->workloads[i].xv[j]);
	}
	memset(sw, 0, sizeof(*sw));
}

char *sweep_kv_join(const struct sweep_kvlist *l)
{
	size_t i, len = 1;
	char *s;

	for (i = 0; i < l->n; i++)
		len += strlen(l->v[i].key) + strlen(l->v[i].value) + 2;
	s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (i = 0; i < l->n; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, l->v[i].key);
		strcat(s, "=");
		strcat(s, l->v[i].value);
	}
	return s;
}
