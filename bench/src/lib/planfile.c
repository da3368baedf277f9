// SPDX-License-Identifier: GPL-2.0-only
/* Reading a run's plan.json (see planfile.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonfile.h"
#include "planfile.h"

static int get(struct json_object *o, const char *key, json_type type, struct json_object **v)
{
	return json_object_object_get_ex(o, key, v) && json_object_is_type(*v, type) ? 0 : -EBADMSG;
}

int vlab_plan_load(const char *plan_json, struct vlab_planinfo *pi, char **err)
{
	struct json_object *v = NULL;
	int64_t format, seed;
	size_t i;
	int ret;

	memset(pi, 0, sizeof(*pi));
	*err = NULL;
	pi->path = strdup(plan_json);
	if (!pi->path)
		return -ENOMEM;
	ret = vlab_json_read(plan_json, &pi->json);
	if (ret) {
		if (asprintf(err, "%s: %s", plan_json,
			     ret == -EBADMSG ? "not valid JSON" : strerror(-ret)) < 0)
			*err = NULL;
		return ret;
	}
	if (!json_object_is_type(pi->json, json_type_object)) {
		ret = -EBADMSG;
		goto bad;
	}
	/* older planners wrote no format at all: that is format 0 */
	format = json_object_object_get_ex(pi->json, "format", &v) ? json_object_get_int64(v) : 0;
	if (format != VLAB_PLAN_FORMAT || (v && !json_object_is_type(v, json_type_int))) {
		if (asprintf(err, "%s: run made by an incompatible version: format %s, this vlab reads %d",
			     plan_json, v ? json_object_to_json_string(v) : "none", VLAB_PLAN_FORMAT) < 0)
			*err = NULL;
		return -EPROTO;
	}
	if (get(pi->json, "name", json_type_string, &v))
		goto bad;
	pi->name = json_object_get_string(v);
	if (get(pi->json, "baseline", json_type_string, &v))
		goto bad;
	pi->baseline = json_object_get_string(v);
	if (get(pi->json, "seed", json_type_int, &v))
		goto bad;
	seed = json_object_get_int64(v);
	if (seed < 0 || seed > UINT32_MAX)
		goto bad;
	pi->seed = (uint32_t)seed;
	if (get(pi->json, "order", json_type_array, &pi->order))
		goto bad;
	/* added within format 1: older plans have none */
	if (!json_object_object_get_ex(pi->json, "baseline_backends", &pi->baseline_backends) ||
	    !json_object_is_type(pi->baseline_backends, json_type_object))
		pi->baseline_backends = NULL;
	if (json_object_object_get_ex(pi->json, VLAB_PLAN_BASELINE_ON, &v) &&
	    json_object_is_type(v, json_type_string))
		pi->baseline_on = json_object_get_string(v);
	if (json_object_object_get_ex(pi->json, "control", &v) && json_object_is_type(v, json_type_string))
		pi->control = json_object_get_string(v);
	if (json_object_object_get_ex(pi->json, "clock", &v) && json_object_is_type(v, json_type_string))
		pi->clock = json_object_get_string(v);
	if (json_object_object_get_ex(pi->json, "question", &v) && json_object_is_type(v, json_type_string))
		pi->question = json_object_get_string(v);
	if (json_object_object_get_ex(pi->json, "headlines", &v) && json_object_is_type(v, json_type_array))
		pi->headlines = v;
	for (i = 0; i < json_object_array_length(pi->order); i++)
		if (!json_object_is_type(json_object_array_get_idx(pi->order, i), json_type_string))
			goto bad;
	return 0;
bad:
	if (asprintf(err, "%s: not a vlab plan (name, baseline, seed or order missing or mistyped)",
		     plan_json) < 0)
		*err = NULL;
	return -EBADMSG;
}

int vlab_plan_load_run(const char *run_dir, struct vlab_planinfo *pi, char **err)
{
	char *path;
	int ret;

	if (asprintf(&path, "%s/plan/plan.json", run_dir) < 0) {
		memset(pi, 0, sizeof(*pi));
		*err = NULL;
		return -ENOMEM;
	}
	ret = vlab_plan_load(path, pi, err);
	free(path);
	return ret;
}

void vlab_plan_free(struct vlab_planinfo *pi)
{
	json_object_put(pi->json);
	free(pi->path);
	memset(pi, 0, sizeof(*pi));
}

const char *vlab_plan_baseline_backend(const struct vlab_planinfo *pi, const char *backend)
{
	struct json_object *v;

	if (!pi->baseline_backends ||
	    !json_object_object_get_ex(pi->baseline_backends, backend, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

int vlab_is_baseline(const char *bdriver, const char *bon, const char *driver,
		     const char *backend)
{
	return bdriver && !strcmp(driver, bdriver) && (!bon || !strcmp(backend, bon));
}

void vlab_baseline_label(char *buf, size_t len, const char *bdriver, const char *bon)
{
	snprintf(buf, len, "%s%s%s", bdriver, bon ? "/" : "", bon ? bon : "");
}

int vlab_plan_boot_per_rep(const struct vlab_planinfo *pi)
{
	struct json_object *v;

	return pi->json && json_object_object_get_ex(pi->json, VLAB_PLAN_BOOTS, &v) &&
	       json_object_is_type(v, json_type_string) &&
	       !strcmp(json_object_get_string(v), VLAB_BOOTS_PER_REP);
}
