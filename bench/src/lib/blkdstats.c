// SPDX-License-Identifier: GPL-2.0-only
/* vduse-blkd's JSON statistics lines (see blkdstats.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "blkdstats.h"
#include "jsonfile.h"

/* The stats.queues array of a statistics line, or NULL. */
static struct json_object *queues_of(struct json_object *line)
{
	struct json_object *st, *q;

	if (!json_object_is_type(line, json_type_object) ||
	    !json_object_object_get_ex(line, "stats", &st) ||
	    !json_object_object_get_ex(st, "queues", &q) || !json_object_is_type(q, json_type_array))
		return NULL;
	return q;
}

static struct vlab_blkd_stage *stage_slot(struct vlab_blkd_stats *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->nstages; i++)
		if (!strcmp(s->stage[i].name, name))
			return &s->stage[i];
	if (s->nstages == VLAB_BLKD_MAX_STAGES || strlen(name) >= sizeof(s->stage[0].name))
		return NULL;
	strcpy(s->stage[s->nstages].name, name);
	return &s->stage[s->nstages++];
}

/* Add one queue's latency_ns; sums[] collects count x mean per stage. */
static int add_queue(struct vlab_blkd_stats *s, struct json_object *lat, double *sums)
{
	struct json_object *count, *mean;
	struct vlab_blkd_stage *st;

	json_object_object_foreach(lat, name, h) {
		if (!json_object_is_type(h, json_type_object) ||
		    !json_object_object_get_ex(h, "count", &count) ||
		    !json_object_object_get_ex(h, "mean", &mean) ||
		    !json_object_is_type(count, json_type_int) || !json_object_is_type(mean, json_type_int) ||
		    json_object_get_int64(count) < 0 || json_object_get_int64(mean) < 0)
			return -EBADMSG;
		st = stage_slot(s, name);
		if (!st)
			return -EBADMSG;
		st->count += (uint64_t)json_object_get_int64(count);
		sums[st - s->stage] += (double)json_object_get_int64(count) *
				       (double)json_object_get_int64(mean);
	}
	return 0;
}

static int read_line(struct json_object *line, struct vlab_blkd_stats *out)
{
	struct json_object *queues = queues_of(line), *ev, *lat;
	double sums[VLAB_BLKD_MAX_STAGES] = { 0 };
	size_t i;
	int ret;

	memset(out, 0, sizeof(*out));
	if (json_object_object_get_ex(line, "event", &ev) && json_object_is_type(ev, json_type_string))
		snprintf(out->event, sizeof(out->event), "%s", json_object_get_string(ev));
	out->nqueues = json_object_array_length(queues);
	for (i = 0; i < out->nqueues; i++) {
		if (!json_object_object_get_ex(json_object_array_get_idx(queues, i), "latency_ns", &lat))
			continue;
		if (!json_object_is_type(lat, json_type_object))
			return -EBADMSG;
		ret = add_queue(out, lat, sums);
		if (ret)
			return ret;
	}
	if (!out->nstages)
		return -ENOENT;
	for (i = 0; i < out->nstages; i++)
		out->stage[i].mean_ns = out->stage[i].count ? sums[i] / (double)out->stage[i].count : NAN;
	return 0;
}

int vlab_blkd_stats_parse(const char *text, struct vlab_blkd_stats *out)
{
	struct json_object *line, *last = NULL;
	const char *p = text, *e;
	char *buf;
	int ret;

	memset(out, 0, sizeof(*out));
	for (; *p; p = *e ? e + 1 : e) {
		e = strchr(p, '\n');
		if (!e)
			e = p + strlen(p);
		if (*p != '{')
			continue; /* the daemon's other output */
		buf = strndup(p, (size_t)(e - p));
		if (!buf) {
			json_object_put(last);
			return -ENOMEM;
		}
		if (!vlab_json_parse(buf, &line)) {
			if (queues_of(line)) {
				json_object_put(last);
				last = line;
			} else {
				json_object_put(line);
			}
		}
		free(buf);
	}
	ret = last ? read_line(last, out) : -ENOENT;
	json_object_put(last);
	return ret;
}
