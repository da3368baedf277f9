// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: each point's probe data, points/<id>/vduse-lat.json as
 * `vduse-lat -j` writes it (ebpf/README.md): one JSON object per line, the
 * last complete one the whole run's record. Read by keys with json-c and
 * unknown keys ignored, so fields a newer vduse-lat adds break nothing.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "readfile.h"
#include "report_probe.h"

static const char *const prog = "vlab-report";

const char *const report_stage_names[RSTAGE_COUNT] = {
#define VLAB_STAGE(ID, name, group, order, help) [RSTAGE_##ID] = name,
#include "stages.def"
};

/* stages.def's order; total, last there, is not stacked. */
const enum rstage report_stack_order[RSTAGE_COUNT] = {
#define VLAB_STAGE(ID, name, group, order, help) [order - 1] = RSTAGE_##ID,
#include "stages.def"
};

char *report_stack_names(unsigned mask)
{
	char *s = strdup(""), *t;
	int i;

	for (i = 0; s && i < RSTACK_COUNT; i++) {
		if (!(mask & RSTAGE_BIT(report_stack_order[i])))
			continue;
		if (asprintf(&t, "%s%s%s", s, *s ? " " : "", report_stage_names[report_stack_order[i]]) < 0)
			t = NULL;
		free(s);
		s = t;
	}
	return s;
}

/* A JSON number as a double; NAN for null (an empty histogram's mean) or absent. */
static double number_at(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    (!json_object_is_type(v, json_type_double) && !json_object_is_type(v, json_type_int)))
		return NAN;
	return json_object_get_double(v);
}

static int string_is(struct json_object *o, const char *key, const char *want)
{
	struct json_object *v;

	return json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string) &&
	       !strcmp(json_object_get_string(v), want);
}

/*
 * The stack of a record: its "breakdown" (the stages to stack, none
 * overlapping another) as RSTAGE_BIT()s. Only the two vduse-lat writes are
 * taken, in any order: the kernel stages, or them with backend replaced by
 * its parts when every part has a mean. Anything else (no breakdown: an
 * older vduse-lat; an unknown or repeated name; backend and a part of it)
 * is the kernel stages, which add up to total whatever the backend.
 */
static unsigned record_stack(struct json_object *o, const struct rpoint *p)
{
	struct json_object *list, *v;
	unsigned mask = 0, bit;
	size_t i, n;
	int s;

	if (!json_object_object_get_ex(o, "breakdown", &list) ||
	    !json_object_is_type(list, json_type_array))
		return RSTACK_KERNEL;
	n = json_object_array_length(list);
	for (i = 0; i < n; i++) {
		v = json_object_array_get_idx(list, i);
		if (!json_object_is_type(v, json_type_string))
			return RSTACK_KERNEL;
		for (s = 0; s < RSTAGE_COUNT; s++)
			if (s != RSTAGE_TOTAL && !strcmp(json_object_get_string(v), report_stage_names[s]))
				break;
		bit = s < RSTAGE_COUNT ? RSTAGE_BIT(s) : 0;
		if (!bit || (mask & bit))
			return RSTACK_KERNEL;
		mask |= bit;
	}
	if (mask != RSTACK_USDT)
		return RSTACK_KERNEL;
	for (s = RSTAGE_WAKE; s < RSTAGE_COUNT; s++)
		if (isnan(p->stage_us[s]))
			return RSTACK_KERNEL;
	return RSTACK_USDT;
}

/*
 * One line as a vduse-lat record into p: 0, -ENOMEM, or -EBADMSG when it
 * is not one (a line cut short by a killed tool, another tool's output).
 */
static int parse_record(const char *line, struct rpoint *p)
{
	struct json_object *o = NULL, *stages, *sub, *v;
	int ret, s;

	ret = vlab_json_parse(line, &o);
	if (ret)
		return ret;
	ret = -EBADMSG;
	if (!json_object_is_type(o, json_type_object) || !string_is(o, "tool", "vduse-lat") ||
	    !json_object_object_get_ex(o, "stages", &stages) ||
	    !json_object_is_type(stages, json_type_object))
		goto out;
	/* the figures are taken as microseconds: a record in another unit is not used */
	if (json_object_object_get_ex(o, "unit", &v) && !string_is(o, "unit", "us"))
		goto out;
	/* backend's parts only with vduse-blkd's USDT probes */
	if (!json_object_object_get_ex(o, "backend_stages", &sub) ||
	    !json_object_is_type(sub, json_type_object))
		sub = NULL;
	for (s = 0; s < RSTAGE_COUNT; s++)
		p->stage_us[s] = json_object_object_get_ex(s < RSTAGE_WAKE ? stages : sub,
							   report_stage_names[s], &v)
			? number_at(v, "mean") : NAN;
	p->stack = record_stack(o, p);
	p->probe_ios = number_at(o, "ios");
	ret = 0;
out:
	json_object_put(o);
	return ret;
}

/*
 * The last line of text that is a complete record. Earlier lines only
 * exist when vduse-lat was given an interval; the harness gives none.
 * Modifies text.
 */
static int last_record(char *text, struct rpoint *p)
{
	char *end = text + strlen(text), *line;
	int ret;

	for (;;) {
		while (end > text && (end[-1] == '\n' || end[-1] == '\r'))
			*--end = '\0';
		if (end == text)
			return -EBADMSG;
		for (line = end; line > text && line[-1] != '\n'; line--)
			;
		ret = parse_record(line, p);
		if (ret != -EBADMSG)
			return ret;
		end = line;
	}
}

int report_load_probes(struct report *r)
{
	struct rpoint *p;
	char *path, *text;
	int ret;

	for (p = r->pts; p < r->pts + r->npts; p++) {
		if (asprintf(&path, "%s/points/%s/vduse-lat.json", r->run_dir, p->id) < 0)
			return -ENOMEM;
		p->probe_file = access(path, F_OK) == 0;
		r->probe_points += p->probe_file;
		/* a failed point's figures are not reported, so neither are its stages */
		if (!p->probe_file || !p->ok) {
			free(path);
			continue;
		}
		ret = vlab_read_all(path, &text, NULL);
		if (!ret) {
			ret = last_record(text, p);
			free(text);
		}
		if (ret == -ENOMEM) {
			free(path);
			return ret;
		}
		if (ret)
			fprintf(stderr, "%s: warning: %s: %s; the point is left out of the stage breakdown\n",
				prog, path, ret == -EBADMSG ? "no complete vduse-lat record" : strerror(-ret));
		p->probe_ok = !ret;
		r->stage_points += p->probe_ok;
		free(path);
	}
	return 0;
}
