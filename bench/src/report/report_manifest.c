// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: the run's manifest.json read into the report: its name,
 * accelerator, guest kernel, date, clock, shards and boots.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "report_manifest.h"
#include "report_shards.h"

char *report_manifest_value(struct json_object *m, const char *key)
{
	struct json_object *v;

	if (!m || !json_object_object_get_ex(m, key, &v) || !v)
		return strdup("unknown");
	if (json_object_is_type(v, json_type_string))
		return strdup(json_object_get_string(v));
	return strdup(json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN));
}

/*
 * The run's clock (manifest "clock": name and label). Runs from before the
 * field ran on the host's time: say so rather than guess more.
 */
static void load_clock(struct report *r, struct json_object *m)
{
	struct json_object *c = NULL, *name, *label, *shift;

	if (m)
		json_object_object_get_ex(m, "clock", &c);
	r->icount_shift = c && json_object_object_get_ex(c, "icount_shift", &shift) &&
			  json_object_is_type(shift, json_type_int) ? json_object_get_int(shift) : -1;
	if (c && json_object_object_get_ex(c, "name", &name) &&
	    json_object_object_get_ex(c, "label", &label)) {
		r->clock_name = strdup(json_object_get_string(name));
		r->clock_label = strdup(json_object_get_string(label));
		return;
	}
	r->clock_name = strdup("");
	if (asprintf(&r->clock_label, "wall (%s; recorded before the clock field existed)",
		     r->accelerator ? r->accelerator : "unknown accelerator") < 0)
		r->clock_label = NULL;
}

int report_load_manifest(struct report *r, const char *prog)
{
	struct json_object *m = NULL, *vm, *boots;
	char *path;
	int ret;

	if (asprintf(&path, "%s/manifest.json", r->run_dir) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &m);
	if (ret == -ENOENT) {
		/* the figures stand on their own; the environment is then "unknown" */
		fprintf(stderr, "%s: warning: %s is missing\n", prog, path);
		ret = 0;
	} else if (ret || !json_object_is_type(m, json_type_object)) {
		fprintf(stderr, "%s: %s: %s\n", prog, path,
			ret && ret != -EBADMSG ? strerror(-ret) : "not a JSON object");
		ret = ret ? ret : -EBADMSG;
		goto out;
	}
	r->name = report_manifest_value(m, "name");
	r->accelerator = report_manifest_value(m, "accelerator");
	r->guest_kernel = report_manifest_value(m, "guest_kernel");
	r->created_utc = report_manifest_value(m, "created_utc");
	load_clock(r, m);
	r->shards = report_shards_of(m);
	r->vm_boots = -1;
	if (m && json_object_object_get_ex(m, "vm", &vm) &&
	    json_object_object_get_ex(vm, "boots", &boots) && json_object_is_type(boots, json_type_int))
		r->vm_boots = json_object_get_int64(boots);
	if (!r->name || !r->accelerator || !r->guest_kernel || !r->created_utc || !r->clock_name ||
	    !r->clock_label)
		ret = -ENOMEM;
out:
	json_object_put(m);
	free(path);
	return ret;
}
