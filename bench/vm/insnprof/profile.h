/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The pure logic of vlab-insnprof: kernel symbols from a guest's
 * /proc/kallsyms, an insnprof window (the plugin's counts per block start
 * PC) summed per symbol and divided by the window's I/Os, and the
 * difference of two such profiles. No I/O beyond the FILE*s handed in,
 * so that the unit test (bench/src/tests/insnprof.c) drives it directly.
 */
#ifndef VLAB_INSNPROF_PROFILE_H
#define VLAB_INSNPROF_PROFILE_H

#include <stdint.h>
#include <stdio.h>

/* Where x86-64 kernel space starts: PCs below it are user space. */
#define INSNPROF_KERNEL_START 0xffff800000000000ULL
#define INSNPROF_USER "[user]"
#define INSNPROF_UNKNOWN "[kernel, no symbol]"
#define INSNPROF_TOTAL "[total]"

struct ksym {
	uint64_t addr;
	char *name; /* "func", or "func [module]" for a module's symbol */
};

struct ksym_table {
	struct ksym *v;
	size_t n, cap;
	int sorted;
};

/* Add the text symbols (t, T) of a /proc/kallsyms listing; 0 or -errno.
 * Addresses of 0 (kallsyms as read without the right to see them) are an
 * error: every PC would fall to one symbol. */
int ksyms_add(struct ksym_table *t, FILE *kallsyms);
/* The symbol PC lies in (the last one starting at or below it), user
 * space as INSNPROF_USER, a kernel PC below every symbol INSNPROF_UNKNOWN. */
const char *ksyms_lookup(struct ksym_table *t, uint64_t pc);
void ksyms_free(struct ksym_table *t);

struct prof_row {
	const char *name;
	double insns, execs; /* per I/O in a profile, raw sums while building */
};

struct profile {
	struct prof_row *rows;
	size_t n, cap;
	double ios;
	double total_insns, total_execs; /* per I/O */
};

/* Sum a plugin window (insnprof.c's format) per symbol and divide by IOS;
 * rows sorted by instructions per I/O, largest first. 0 or -errno (-EINVAL
 * for a malformed line, whose number goes to *bad_line). Names point
 * into T, which must outlive the profile. */
int profile_from_window(struct profile *p, FILE *window, struct ksym_table *t, double ios,
			long *bad_line);
/* Print a profile as TSV (profile_read reads it back). */
void profile_write(const struct profile *p, FILE *out);
/* Read profile_write's TSV; names are copied (profile_free frees them). */
int profile_read(struct profile *p, FILE *in, long *bad_line);
void profile_free(struct profile *p, int names_owned);

struct diff_row {
	const char *name;
	double a, b;           /* instructions per I/O, 0 where a side lacks it */
	double a_execs, b_execs; /* block entries per I/O */
};

/* Rows of A and B joined by symbol, sorted by |b - a| largest first;
 * *n_out rows in a malloc'd array (free it; names point into A and B). */
struct diff_row *profile_diff(const struct profile *a, const struct profile *b, size_t *n_out);

#endif
