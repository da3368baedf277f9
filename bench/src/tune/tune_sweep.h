// SPDX-License-Identifier: GPL-2.0-only
/*
 * A stage's sweep file: the request's note, the runs it was made from, a
 * [sweep] on the request's clock, its drivers (each on every backend or on
 * those it names) and backends, and the one
 * workload, in the grammar of bench/src/README.md ("Sweep files"), so
 * that bench/run.sh runs it as any other sweep.
 */
#ifndef VLAB_TUNE_SWEEP_H
#define VLAB_TUNE_SWEEP_H

#include <stdio.h>

#include "tune_model.h"

#define TUNE_MAX_DRIVERS 24
#define TUNE_MAX_BACKENDS 16
#define TUNE_MAX_EVIDENCE 8

struct tune_sweep {
	const char *stage;	/* screen, recheck, combine, confirm */
	const char *question;
	unsigned int reps;
	const char *baseline, *control;
	const char *boots;	/* the sweep's boots (lib/planfile.h's values), NULL: the default */
	size_t ndrivers, nbackends, nevidence;
	struct {
		char name[25];
		const char *module;
		struct tune_conf conf;	/* knobs and params (args unused) */
		char backends[32];	/* the backends it runs on, "" every one */
	} drivers[TUNE_MAX_DRIVERS];
	struct {
		char name[25];
		char args[TUNE_KV_LEN];
	} backends[TUNE_MAX_BACKENDS];
	char pairs[TUNE_KV_LEN];	/* baseline_backend, or "" */
	char evidence[TUNE_MAX_EVIDENCE][512];	/* the run folders it was made from */
};

/* Add a driver or a backend; -ENOSPC when the sweep is full. */
int tune_sweep_driver(struct tune_sweep *s, const char *name, const char *module,
		      const struct tune_conf *conf);
int tune_sweep_backend(struct tune_sweep *s, const char *name, const char *args);
/* Keep a run folder (and the ones its sweep names) as this sweep's evidence. */
int tune_sweep_evidence(struct tune_sweep *s, const char *sweep_text, const char *run_dir);

void tune_sweep_write(FILE *f, const struct tune_req *r, const struct tune_sweep *s);
/* Its configurations, its points, and a line with them and the minutes they take */
size_t tune_sweep_configs(const struct tune_sweep *s);
size_t tune_sweep_points(const struct tune_sweep *s);
void tune_sweep_estimate(FILE *f, const struct tune_sweep *s);

#endif
