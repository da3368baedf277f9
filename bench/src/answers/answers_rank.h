// SPDX-License-Identifier: GPL-2.0-only
/*
 * The judgement of vlab-answers, free of I/O so that the unit test can
 * reach every rule: a ratio's verdict, a driver's score, which knob a
 * driver answers for, and the order of the values of a knob.
 */
#ifndef VLAB_ANSWERS_RANK_H
#define VLAB_ANSWERS_RANK_H

#include "answers_model.h"

/*
 * A ratio to the baseline: a win when significant (sig 1) and better in the
 * metric's direction, a loss when significant and worse, the same when not
 * significant (sig 0), no interval when the row has none (sig -1).
 */
enum ans_verdict ans_classify(int sig, double ratio, int higher_better);

/* Fill d's counts from its cells' verdicts, its score and geometric mean. */
void ans_score(struct ans_driver *d);

/*
 * Where a knob or module parameter of kernel/knobs.def sorts: ours in
 * the table's (patch) order, then upstream's (bounce_size, msg_timeout),
 * which tune the others' budget rather than choose a mechanism; a name the
 * table lacks after all of them.
 */
int ans_knob_order(const char *name);

/*
 * The knob d answers for: the one of its knobs and module parameters that
 * sorts first (bounce_strategy=prealloc bounce_size=4194304 answers for
 * bounce_strategy), or NULL when it sets none. *order gets its sort key.
 */
const char *ans_driver_knob(const struct ans_driver *d, int *order);

/*
 * The ranking rule, as the Markdown states it: safe values before unsafe
 * ones; then the higher score (wins minus losses over the ranked
 * metrics); then the higher geometric mean of the ratios turned so that
 * above 1 is better; then the name. A qsort comparator's result.
 */
int ans_driver_cmp(const struct ans_driver *a, const struct ans_driver *b);

/* Group r's drivers by knob, the groups in knob order, each ranked. 0 or -ENOMEM. */
int ans_group(struct ans_run *r);

#endif
