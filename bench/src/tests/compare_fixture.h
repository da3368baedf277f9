// SPDX-License-Identifier: GPL-2.0-only
/*
 * The compare test's fixture (compare_fixture.c): build the run folders
 * vlab-compare reads, run it, find lines in what it prints. What each case
 * sets up and expects stays in compare.c.
 */
#ifndef VLAB_COMPARE_FIXTURE_H
#define VLAB_COMPARE_FIXTURE_H

/* vlab-compare, from main's argument */
extern const char *prog;

/* manifest.json of a run on each clock, as bench/run.sh writes them */
#define CLOCK_ICOUNT(shift, ns)                                                                \
	"{ \"format\": 1, \"accelerator\": \"tcg\", \"clock\": { \"name\": \"icount\", "          \
	"\"requested\": \"auto\", \"label\": \"icount (TCG, one thread, " ns " ns per guest "       \
	"instruction: work per I/O, deterministic)\", \"accelerator\": \"tcg\", "                 \
	"\"tcg_thread\": \"single\", \"icount_shift\": " shift " } }\n"
extern const char *const icount, *const wall_tcg, *const wall_kvm;
/* runs made before the clock field: the wall clock on their accelerator */
extern const char *const old_tcg, *const old_kvm;

/* summary.csv's header, the columns vlab-compare reads */
extern const char *const head;

/* Five repetitions of each point; B's numbers differ as compare.c's top comment describes. */
void make_run(const char *dir, int is_b);
/* A run folder: a plan with baseline stock, manifest.json (NULL: none) and summary.csv. */
void write_run(const char *dir, const char *manifest, const char *summary);
/* Append driver's row on backend null at randread 4k qd1 j1, repetition rep (add_row: ok). */
void add_row_status(char **text, const char *driver, int rep, const char *status, double iops);
void add_row(char **text, const char *driver, int rep, double iops);
/*
 * Five repetitions of stock (the baseline) and ours, ours at ratio times
 * stock. drift moves both rows of a repetition together, as the host's load
 * does between blocks; jitter is ours' own small noise.
 */
char *noisy_summary(double scale, const double *drift, double ratio, int with_stock);
/* aggregate.csv with one iops row per (config, qd, floor) and a lat_mean_us row. */
void write_floors(const char *run, const char *rows);
/* A row of aggregate.csv for write_floors: stock's metric at qd with that noise floor */
#define AGG_ROW(config, qd, metric, floor)                                                     \
	config ",stock,null,randread,4k," qd ",1," metric ",5,1000,999,1001,,,,stock/null,,,,,," \
	       "0.9375,,0.001," floor ",,\n"

/* vlab-compare A B and up to four options (NULL: none): its exit status, output in *output. */
int compare(char **output, const char *a, const char *b, const char *o1, const char *o2,
	    const char *o3, const char *o4);
/* The output line that starts with the point's label. */
const char *line_of(const char *out, const char *label);
/* Does that line hold what? */
int line_has(const char *out, const char *label, const char *what);
/* Checks that every line of out is under 80 columns. */
void check_widths(const char *out);
/* Is the number after "key": in out within tol of want? */
int json_near(const char *out, const char *key, double want, double tol);

#endif
