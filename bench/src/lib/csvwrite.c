// SPDX-License-Identifier: GPL-2.0-only
/* CSV writer (see csv.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

void vlab_csv_begin(struct vlab_csv_out *w, FILE *f)
{
	w->f = f;
	w->col = 0;
	w->err = 0;
}

/*
 * RFC 4180 needs quotes for separators, quotes and line breaks; leading or
 * trailing blanks are quoted too because many readers trim them otherwise.
 */
static int needs_quotes(const char *s)
{
	size_t len = strlen(s);

	if (strpbrk(s, ",\"\r\n"))
		return 1;
	return len && (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' || s[len - 1] == '\t');
}

void vlab_csv_cell(struct vlab_csv_out *w, const char *s)
{
	if (w->col++)
		fputc(',', w->f);
	if (!s)
		return;
	if (!needs_quotes(s)) {
		fputs(s, w->f);
		return;
	}
	fputc('"', w->f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', w->f);
		fputc(*s, w->f);
	}
	fputc('"', w->f);
}

void vlab_csv_cellf(struct vlab_csv_out *w, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0) {
		w->err = -ENOMEM;
		return;
	}
	vlab_csv_cell(w, s);
	free(s);
}

void vlab_csv_end_row(struct vlab_csv_out *w)
{
	fputc('\n', w->f);
	w->col = 0;
}
