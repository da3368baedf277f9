// SPDX-License-Identifier: GPL-2.0-only
/*
 * Command-line conventions shared by the vlab-* programs: a bad option or
 * value prints one clear line naming it and exits 2; runtime failures exit 1.
 */
#ifndef VLAB_CLI_H
#define VLAB_CLI_H

#include <getopt.h>

#define VLAB_EXIT_FAIL 1
#define VLAB_EXIT_USAGE 2

/* "prog: message" plus a pointer to --help on stderr, then exit(2). */
void vlab_usage_error(const char *prog, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));

/*
 * Report what getopt_long (with opterr = 0 and a leading ':' in its
 * optstring) returned as '?' or ':', then exit(2).
 */
void vlab_getopt_error(const char *prog, int c, char *const argv[]) __attribute__((noreturn));

/* Exit 2 unless path is an existing directory; what names the argument. */
void vlab_require_dir(const char *prog, const char *what, const char *path);

#endif
