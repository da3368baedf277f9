// SPDX-License-Identifier: GPL-2.0-only
/*
 * The summarize test's fixture (summarize_fixture.c): build a run folder for
 * vlab-summarize, run it, read back what it wrote. What each case sets up
 * and expects stays in summarize.c.
 */
#ifndef VLAB_SUMMARIZE_FIXTURE_H
#define VLAB_SUMMARIZE_FIXTURE_H

#include <stddef.h>

/* The programs and the fixtures' folder, from main's arguments. */
extern const char *plan_prog, *summarize_prog, *data_dir;

/* Set them from argv (VLAB_PLAN VLAB_SUMMARIZE DATA_DIR); -1 after the usage. */
int fixture_args(int argc, char **argv);

/* What each point of the 12-point run gets, by seq. */
struct setup {
	int missing;		/* no point folder at all */
	const char *fixture;	/* copied to fio.json, or NULL */
	const char *status;	/* the agent's status file, or NULL */
	const char *module;	/* module file, or NULL */
	const char *perf_fio, *perf_backend;	/* perf stat fixtures, or NULL */
	const char *cpu_json;	/* the agent's cpu.json, or NULL */
	/* expected summary cells from "status" to "module" */
	const char *cells;
	/* expected cpu_us_per_io_fio,_backend,cpu_us_per_io and cpu_us_per_io_guest */
	const char *cpu, *guest;
};

/* stock,ours x null x randread 4k at the queue depths given: RUN/plan */
int make_plan(const char *run, const char *iodepths, const char *reps);
/* The order file as an array of ids (modifies text). */
size_t read_ids(const char *run, char **text, char **ids, size_t max);
/*
 * RUN.conf holding sweep, planned into RUN/plan: its ids as read_ids gives
 * them, 0 (a failed check) when vlab-plan fails.
 */
size_t plan_sweep(const char *run, const char *sweep, char **text, char **ids, size_t max);
/* The repetition of point id ("...-r3": 3), 0 for none. */
int id_rep(const char *id);

/* RUN/points/ID: its folder, a fixture of DATA_DIR copied in as file, a file of text. */
void mkpoint(const char *run, const char *id);
void put(const char *run, const char *id, const char *fixture, const char *file);
void put_text(const char *run, const char *id, const char *file, const char *text);
/* A copy of fio-randread.json claiming iops IOPS. */
void put_fio_iops(const char *run, const char *id, double iops);
/* The same with a read completion latency of us on average (fio's lat_mean_us). */
void put_fio_lat(const char *run, const char *id, double us);
/*
 * The point folders of ids[0..n) as setups[0..n) say, each with the boot
 * that ran it: a block of 4 per boot; point 4's file is garbage.
 */
void populate(const char *run, char **ids, const struct setup *setups, size_t n);
/* The boot column: the point's boot file, empty when missing or not a number. */
char *want_boot(const struct setup *setups, size_t i);

/* vlab-summarize RUN: its exit status, what it printed into *output. */
int summarize(const char *run, char **output);
/* RUN/name as a string, NULL if it cannot be read. */
char *slurp_in(const char *run, const char *name);
/* Field f (0-based) of the aggregate row that starts with prefix; malloc'd, or NULL. */
char *agg_field(const char *text, const char *prefix, int f);

#endif
