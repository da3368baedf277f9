// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading one run folder for vlab-answers: plan/plan.json (baseline,
 * control, each driver's module, knobs and module parameters),
 * manifest.json (the clock's label) and aggregate.csv (the ratios, their
 * significance, the noise floor and the memory), through the results
 * library's readers.
 */
#ifndef VLAB_ANSWERS_READ_H
#define VLAB_ANSWERS_READ_H

#include "answers_model.h"

/*
 * Load dir into r, its drivers grouped and ranked (answers_rank.h).
 * Returns 0, or a negative errno with *err a malloc'd message naming the
 * file and what is wrong with it.
 */
int ans_run_load(const char *dir, struct ans_run *r, char **err);
void ans_run_free(struct ans_run *r);

/* Do agg rows a and b hold the same workload point (and configuration, with config)? */
int ans_same_point(const struct ans_run *r, size_t a, size_t b, int config);

#endif
