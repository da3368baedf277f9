// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan: the parts behind the command line (plan.c): expanding a sweep
 * into a written plan (plan_write.c), the resume bookkeeping of a run
 * (plan_remaining.c) and one value of a sweep for scripts (plan_get.c).
 */
#ifndef VLAB_PLAN_H
#define VLAB_PLAN_H

#include <stdint.h>

#include "sweep.h"

/*
 * Expand the sweep with this seed and number of repetitions into ordered
 * points and write the plan into out_dir, which must not exist or be empty:
 * everything goes to "out_dir.tmp.PID" first and is renamed into place, so
 * a plan is complete or absent. On success *npoints is the points written.
 */
int plan_write(const struct sweep *sw, uint32_t seed, unsigned reps, const char *out_dir,
	       unsigned long *npoints);

/*
 * Print, in plan order, the ids of RUN_DIR's plan that have no finished
 * point folder (RUN_DIR/points/<id>/status). Returns the exit status: 0, or
 * 2 after a message naming the path when the run cannot be resumed.
 */
int plan_remaining(const char *prog, const char *run_dir);

/*
 * Print one value of the parsed sweep (plan_get.c): a [sweep] key with its
 * default, or "driver.KEY" / "backend.KEY" once per such section in file
 * order. Returns the exit status: 0; 1 when the key has no value; 2 after a
 * message listing the keys when key is none of them.
 */
int plan_get(const char *prog, const struct sweep *sw, const char *key);

#endif
