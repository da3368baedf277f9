// SPDX-License-Identifier: GPL-2.0-only
/*
 * A stage's run folder, read back: its plan (plan/plan.json, whose
 * sweep_file carries the request), its aggregate.csv and its clock
 * (manifest.json); a driver's or backend's configuration as planned, and
 * the ratio of the request's metric that decides, with its significance.
 */
#ifndef VLAB_TUNE_RUN_H
#define VLAB_TUNE_RUN_H

#include <json-c/json.h>

#include "csv.h"
#include "planfile.h"
#include "tune_model.h"

struct tune_run {
	const char *dir;
	struct vlab_planinfo plan;
	const char *sweep_text;		/* plan.json's sweep_file */
	struct tune_req req;
	struct vlab_csv agg;
	struct json_object *manifest;	/* NULL without one */
	char clock_label[256];
};

/*
 * Load dir, a run of sweep tune-STAGE, summarised. 0, or -EINVAL with why
 * naming the folder and what is wrong.
 */
int tune_run_load(const char *dir, const char *stage, struct tune_run *run, char *why,
		  size_t len);
void tune_run_free(struct tune_run *run);

/* driver's module, knobs and params (knobs.def's order) as planned; -ENOENT without it */
int tune_run_driver(const struct tune_run *run, const char *driver, struct tune_conf *conf,
		    const char **module);
/* backend's type and args as planned; -ENOENT without it */
int tune_run_backend(const struct tune_run *run, const char *backend, const char **type,
		     const char **size, char *args, size_t len);

struct tune_score {
	char name[25];		/* the driver or backend compared */
	double ratio, lo, hi;	/* NAN: none */
	double turned;		/* ratio turned so that above 1 is better */
	double turned_lo;	/* its interval's worse end, turned alike */
	double turned_hi;	/* and its better end */
	int sig;		/* ratio_sig (backend_ratio_sig): 1, 0, or -1 empty */
	int n;			/* ratio_n, the pairs */
	double floor;		/* noise_floor, NAN without */
};

/*
 * The request's metric: driver's ratio to the baseline driver on backend,
 * or (of_backend) backend's ratio to its baseline backend under driver.
 * 0, or -ENOENT when the run has no such cell (why says which).
 */
int tune_run_score(const struct tune_run *run, int of_backend, const char *driver,
		   const char *backend, struct tune_score *s, char *why, size_t len);

/*
 * The smallest gain a winner must bring, as a fraction (1%). Significance
 * alone made two tunings of the same tree disagree: irq_affinity_policy=sticky
 * read the same gain, below 1%, in both screens, beyond the A/A band in one
 * and inside it in the other, whose 3-repetition A/A band came out wider. A
 * gain that small is at the level two runs of one configuration differ by
 * on the instruction clock (the aa sweep), and not worth a setting away
 * from the defaults.
 */
#define TUNE_MIN_GAIN 0.01

/*
 * A win: significant beyond the A/A noise, and its whole interval better at
 * the metric by TUNE_MIN_GAIN. The point estimate alone decided before, and
 * two tunings of one tree disagreed again once sticky's gain came to lie
 * on the line: its estimate just above it in one screen, a win, and just
 * below in the other, none, both intervals across it. Read on the
 * interval's worse end, as the reports' goals are, a value wins only
 * where the run has shown it clears the line.
 */
int tune_is_win(const struct tune_score *s);
/*
 * Beats ref (a turned ratio to the same baseline) by TUNE_MIN_GAIN over its
 * whole interval, and is significant: tune_is_win is tune_beats(s, 1). The
 * confirm takes a longer chain of the combine only where it beats the
 * chain taken before so: on their point estimates alone, two chains whose
 * gains were the same (a link that adds nothing) were chosen either way.
 */
int tune_beats(const struct tune_score *s, double ref);
/*
 * Could be a win: a ratio whose interval's better end (or, without an
 * interval, the ratio) reaches the line, significant or not. The screen's
 * 3 repetitions leave such a value undecided or decide it by chance (the
 * width of a 2-degree t interval varies several-fold between runs), so
 * the recheck measures each one again with more repetitions and decides
 * it there.
 */
int tune_could_win(const struct tune_score *s);
/*
 * What the confirm's score says to a deployment, one line: faster than the
 * stock module, slower (then keep stock: ours tuned still loses), or not
 * distinguishable from it.
 */
const char *tune_verdict(const struct tune_score *s);
/* Order of winners: the larger turned ratio first, then the name (deterministic) */
int tune_score_cmp(const void *a, const void *b);

#endif
