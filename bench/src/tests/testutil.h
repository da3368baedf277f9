// SPDX-License-Identifier: GPL-2.0-only
/*
 * Helpers shared by the unit tests: checks that count failures instead of
 * stopping at the first, scratch directories, running a program and
 * capturing what it prints. Tests exit 0 pass, 1 fail, 4 skip.
 */
#ifndef VLAB_TESTUTIL_H
#define VLAB_TESTUTIL_H

#include <math.h>
#include <stdio.h>

#define T_PASS 0
#define T_FAIL 1
#define T_SKIP 4

extern int tu_failures;

#define CHECK(cond, ...)                                                               \
	do {                                                                           \
		if (!(cond)) {                                                         \
			fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
			fprintf(stderr, __VA_ARGS__);                                  \
			fputc('\n', stderr);                                           \
			tu_failures++;                                                 \
		}                                                                      \
	} while (0)

/* |a - b| within tol; both NAN also counts as equal. */
static inline int tu_near(double a, double b, double tol)
{
	return (isnan(a) && isnan(b)) || fabs(a - b) <= tol;
}

#define CHECK_NEAR(a, b, tol) \
	CHECK(tu_near((a), (b), (tol)), "%s = %.9g, expected %.9g", #a, (double)(a), (double)(b))

/* A fresh directory under $TMPDIR or /tmp; exits the test if that fails. */
char *tu_scratch(void);
/* Remove a scratch directory and free its name. */
void tu_scratch_done(char *dir);

/*
 * Run argv[0] with argv, stdout and stderr captured together into *output
 * (malloc'd, may be NULL if not wanted). Returns the exit status, or -1 if
 * the program could not be run or died from a signal.
 */
int tu_run(char *const argv[], char **output);

/* tu_run, checking its exit status is want_rc (a failed check names what ran); 0 or -1. */
int tu_run_expect(char *const argv[], int want_rc, const char *what);

/* Whole file as a string, NULL if it cannot be read. */
char *tu_slurp(const char *path);
/* Write text to path (not atomically: tests build their own inputs). */
int tu_write(const char *path, const char *text);
int tu_copy(const char *from, const char *to);
/* printf into a malloc'd string; exits the test on failure. */
char *tu_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Is a program on PATH? */
int tu_have_program(const char *name);

/* End of main: T_PASS or T_FAIL, with a summary line. */
int tu_result(const char *test);

#endif
