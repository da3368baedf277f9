// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-summarize: a point's memory cost from its device.json, the VDUSE
 * device's record the guest agent takes after fio, before detach
 * (bench/guest/lib.sh device_record). Only what the module reported: our
 * module's counters bounce_pages (kernel bounce pages, the 512 parts of a
 * huge page each) and bounce_huge_pages (2 MiB ones) times page_size and
 * huge_page_size, its umem_bytes (user memory registered, pinned), and
 * bounce_size (the budget, which the stock module has too). A key the
 * record lacks leaves its field NAN, so the stock module's memory is an
 * empty cell, never 0.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "summarize_row.h"

/* An integer >= 0 under key as a double; NAN when absent or not one. */
static double count_of(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_int) ||
	    json_object_get_int64(v) < 0)
		return NAN;
	return (double)json_object_get_int64(v);
}

void summarize_read_memory(const char *dir, struct row *r)
{
	struct json_object *o = NULL;
	char *path;
	int ret;

	if (!row_ok(r) || asprintf(&path, "%s/device.json", dir) < 0)
		return;
	ret = vlab_json_read(path, &o);
	if (ret && ret != -ENOENT)
		fprintf(stderr, "vlab-summarize: warning: %s: %s; its memory left empty\n", path,
			ret == -EBADMSG ? "not valid JSON" : strerror(-ret));
	free(path);
	if (ret)
		return;
	r->bounce_size = count_of(o, "bounce_size");
	/* NAN times anything stays NAN: a counter without its size is no figure */
	r->mem_kernel = count_of(o, "bounce_pages") * count_of(o, "page_size");
	r->mem_huge = count_of(o, "bounce_huge_pages") * count_of(o, "huge_page_size");
	r->mem_umem = count_of(o, "umem_bytes");
	json_object_put(o);
}
