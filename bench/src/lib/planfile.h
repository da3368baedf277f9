// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading a run's plan (RUN_DIR/plan/plan.json, written by vlab-plan):
 * every host tool that looks at a run checks its format here first, so a
 * run from an incompatible version is refused in one place, one way.
 */
#ifndef VLAB_PLANFILE_H
#define VLAB_PLANFILE_H

#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#define VLAB_PLAN_FORMAT 1

/*
 * Keys of a point's params.json that more than one tool reads: the driver's
 * module parameters and its knobs (vlab-plan writes them, vlab-summarize
 * flags a point unsafe from either).
 */
#define VLAB_PARAMS_MODULE_PARAMS "module_params"
#define VLAB_PARAMS_KNOBS "knobs"

/*
 * plan.json's key for baseline = DRIVER/BACKEND: the backend of the fixed
 * baseline configuration. Absent for baseline = DRIVER, each configuration
 * compared with the baseline driver on its own backend.
 */
#define VLAB_PLAN_BASELINE_ON "baseline_on"

/*
 * plan.json's key for the sweep's `boots`, and its values: how the
 * repetitions share boots of the lab VM (plan/sweep_keys.c says what each
 * does). Absent in older plans, which all shared their boots.
 */
#define VLAB_PLAN_BOOTS "boots"
#define VLAB_BOOTS_SHARED "shared"
#define VLAB_BOOTS_PER_REP "per-repetition"

struct vlab_planinfo {
	char *path;			/* RUN_DIR/plan/plan.json */
	struct json_object *json;	/* the whole document; owns the strings below */
	const char *name;		/* the sweep name */
	const char *baseline;		/* the baseline driver */
	const char *baseline_on;	/* its fixed backend (VLAB_PLAN_BASELINE_ON), or NULL */
	uint32_t seed;
	struct json_object *order;	/* array of point ids, in execution order */
	struct json_object *baseline_backends; /* backend -> baseline backend, or NULL */
	const char *control;		/* the A/A control driver, or NULL */
	const char *clock;		/* the clock asked for ("auto", ...); NULL in older plans */
	const char *question;		/* the sweep's question; NULL in older plans */
	struct json_object *headlines;	/* array (lib/headline.h); NULL in older plans */
};

/*
 * The baseline configuration of a run: driver bdriver on backend bon, or,
 * bon NULL, bdriver on each configuration's own backend. Every tool that
 * pairs a configuration with its baseline asks these two, so that the
 * pairing is defined once. vlab_baseline_backend: the backend whose
 * baseline row a configuration on backend is compared with.
 */
static inline const char *vlab_baseline_backend(const char *bon, const char *backend)
{
	return bon ? bon : backend;
}

/*
 * "DRIVER/BACKEND" for a fixed baseline configuration, "DRIVER" otherwise,
 * into buf: how every tool names the baseline. Names are at most 24
 * characters (the sweep grammar), so VLAB_BASELINE_LABEL_MAX holds any.
 */
#define VLAB_BASELINE_LABEL_MAX 64
void vlab_baseline_label(char *buf, size_t len, const char *bdriver, const char *bon);

/* 1 when driver on backend is the baseline configuration itself (no ratio). */
int vlab_is_baseline(const char *bdriver, const char *bon, const char *driver,
		     const char *backend);

/* 1 when the plan boots the lab VM once per repetition (VLAB_PLAN_BOOTS). */
int vlab_plan_boot_per_rep(const struct vlab_planinfo *pi);

/* The baseline backend of backend (the sweep's baseline_backend), or NULL. */
const char *vlab_plan_baseline_backend(const struct vlab_planinfo *pi, const char *backend);

/*
 * Load plan_json (a plan.json path) and check it. Returns 0; -ENOENT when
 * the file does not exist; -EBADMSG when it is not a plan; -EPROTO when
 * its "format" is not VLAB_PLAN_FORMAT. On error *err is a malloc'd
 * message naming the path ("run made by an incompatible version: ...").
 */
int vlab_plan_load(const char *plan_json, struct vlab_planinfo *pi, char **err);

/* The same for RUN_DIR/plan/plan.json. */
int vlab_plan_load_run(const char *run_dir, struct vlab_planinfo *pi, char **err);

void vlab_plan_free(struct vlab_planinfo *pi);

#endif
