// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the shards of a merged run (report_shards.h). Every host a
 * figure came from is named, and the clock decides what may be compared:
 * guest instructions do not depend on the host, host seconds do, and a
 * paired ratio is always taken inside one block, so on one host.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "report_shards.h"

static const char *str_at(struct json_object *o, const char *a, const char *b)
{
	struct json_object *v = NULL;

	if (!json_object_object_get_ex(o, a, &v) || (b && !json_object_object_get_ex(v, b, &v)) ||
	    !v)
		return "-";
	return json_object_is_type(v, json_type_string) ? json_object_get_string(v) :
		json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
}

struct json_object *report_shards_of(struct json_object *manifest)
{
	struct json_object *s;

	if (!manifest || !json_object_object_get_ex(manifest, "shards", &s) ||
	    !json_object_is_type(s, json_type_array))
		return NULL;
	return json_object_get(s);
}

/* The shard's hosts, "a, b" when it resumed on another; else host.name. */
static void hosts_of(struct json_object *s, char *buf, size_t len)
{
	struct json_object *a;
	size_t i, n = 0;

	buf[0] = '\0';
	if (json_object_object_get_ex(s, "hosts", &a) && json_object_is_type(a, json_type_array))
		for (i = 0; i < json_object_array_length(a) && n < len; i++)
			n += (size_t)snprintf(buf + n, len - n, "%s%s", i ? ", " : "",
					      json_object_get_string(json_object_array_get_idx(a, i)));
	if (!buf[0])
		snprintf(buf, len, "%s", str_at(s, "host", "name"));
}

void report_write_shards(struct doc *d, const struct report *r)
{
	static const char *const heads[] = {
		"Shard", "Host", "CPU", "CPUs", "Started (UTC)", "Points", "Boots",
	};
	struct json_object *s;
	char boots[48], hosts[256], *cells[7];
	size_t i, n;

	if (!r->shards)
		return;
	n = json_object_array_length(r->shards);
	doc_heading(d, 2, "Shards");
	if (!strcmp(r->clock_name, "icount"))
		doc_para(d, 0, "This run was merged from %zu shards of one plan (bench/vlab run "
			       "--shard, bench/vlab merge), each shard's blocks run whole on one host. "
			       "On the instruction clock a figure counts guest instructions, which do "
			       "not depend on the host: figures of different shards differ as much as "
			       "those of two boots of one run do (each shard boots the lab VM on its "
			       "own), and the ratios are taken inside one block, in one boot.", n);
	else
		doc_para(d, 1, "This run was merged from %zu shards of one plan, measured on the "
			       "wall clock on the hosts below: absolute figures (IOPS, latencies, CPU "
			       "per I/O) of different shards come from different hosts and boots and "
			       "do not compare. On this clock the split keeps a workload point's "
			       "repetitions on one shard, so a median does not pool shards, and the "
			       "ratios are taken inside one block, in one boot. A shard that lists "
			       "two hosts was resumed on another: the points its resume cut may "
			       "span both.", n);
	doc_table_begin(d, heads, 7, "lllrlrl");
	for (i = 0; i < n; i++) {
		s = json_object_array_get_idx(r->shards, i);
		snprintf(boots, sizeof(boots), "%s-%s", str_at(s, "boots", "first"),
			 str_at(s, "boots", "last"));
		cells[0] = (char *)str_at(s, "index", NULL);
		hosts_of(s, hosts, sizeof(hosts));
		cells[1] = hosts;
		cells[2] = (char *)str_at(s, "host", "cpu");
		cells[3] = (char *)str_at(s, "host", "cpus");
		cells[4] = (char *)str_at(s, "created_utc", NULL);
		cells[5] = (char *)str_at(s, "points", NULL);
		cells[6] = boots;
		doc_table_row(d, cells, 7);
	}
	doc_table_end(d);
}
