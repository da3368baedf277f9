// SPDX-License-Identifier: GPL-2.0-only
/* Command-line conventions (see cli.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

void vlab_usage_error(const char *prog, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for usage and examples.\n", prog);
	exit(VLAB_EXIT_USAGE);
}

void vlab_getopt_error(const char *prog, int c, char *const argv[])
{
	/* getopt_long leaves the offending word just before optind */
	const char *word = argv[optind - 1];

	if (c == ':')
		vlab_usage_error(prog, "option '%s' needs a value", word);
	if (optopt)
		vlab_usage_error(prog, "unknown option '-%c'", optopt);
	vlab_usage_error(prog, "unknown option '%s'", word);
}

void vlab_require_dir(const char *prog, const char *what, const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0)
		vlab_usage_error(prog, "%s '%s': %s; give a run folder", what, path, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		vlab_usage_error(prog, "%s '%s': not a directory; give a run folder", what, path);
}
