// SPDX-License-Identifier: GPL-2.0-only
/*
 * The four stages' sweeps, each a function of its inputs: the screen of
 * the request, the recheck of the screen's run, the combine of the
 * recheck's run, the confirm of the combine's run. What a stage decides
 * (and leaves out) goes to notes.
 */
#ifndef VLAB_TUNE_STAGE_H
#define VLAB_TUNE_STAGE_H

#include <stdio.h>

#include "tune_run.h"
#include "tune_sweep.h"

/* The screen's names: its baseline driver, its A/A copy, its baseline backend */
#define TUNE_BASE "ours"
#define TUNE_AA "aa"
#define TUNE_BASE_BACKEND "base"
/* The combine's tuned backend, its drivers' prefix; the confirm's drivers */
#define TUNE_TUNED "tuned"
#define TUNE_COMBINE_PREFIX "combine-"
#define TUNE_STOCK "stock"
#define TUNE_STOCK_AA "stock-aa"

/*
 * A driver per knob value on the base backend, a backend per daemon option
 * value under our defaults and their A/A copy: one sweep.
 */
int tune_screen(const struct tune_req *r, struct tune_sweep *s, FILE *notes, char *why,
		size_t len);
/*
 * The screen's values that could win (tune_could_win), each measured again
 * beside our defaults and their A/A copy with TUNE_DECIDE_REPS and
 * a boot each: the recheck decides them, the screen only rules out.
 */
int tune_recheck(const struct tune_run *screen, struct tune_sweep *s, FILE *notes, char *why,
		 size_t len);
int tune_combine(const struct tune_run *recheck, struct tune_sweep *s, FILE *notes, char *why,
		 size_t len);
int tune_confirm(const struct tune_run *combine, struct tune_sweep *s, FILE *notes, char *why,
		 size_t len);

#endif
