// SPDX-License-Identifier: GPL-2.0-only
/*
 * CSV reader (see csv.h): RFC 4180 quoting, quoted line breaks, LF or CRLF
 * line endings, blank lines skipped. Small tables only: it holds all of it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "readfile.h"

/* A growing array of pointers, for fields of a record and records of a table. */
struct ptrvec {
	void **v;
	size_t n, cap;
};

static int ptrvec_push(struct ptrvec *pv, void *p)
{
	void **bigger;

	if (pv->n == pv->cap) {
		pv->cap = pv->cap ? 2 * pv->cap : 16;
		bigger = realloc(pv->v, pv->cap * sizeof(*pv->v));
		if (!bigger)
			return -ENOMEM;
		pv->v = bigger;
	}
	pv->v[pv->n++] = p;
	return 0;
}

static void free_record(char **fields, size_t n)
{
	size_t i;

	if (!fields)
		return;
	for (i = 0; i < n; i++)
		free(fields[i]);
	free(fields);
}

/*
 * Parse one field starting at *p into a new string; *p is left on the
 * character after it (',', '\r', '\n' or NUL). *line counts quoted breaks.
 */
static int parse_field(const char **p, int *line, char **out)
{
	const char *s = *p;
	char *field, *d;

	/* a field never grows when unquoted, so its remaining text bounds it */
	field = malloc(strlen(s) + 1);
	if (!field)
		return -ENOMEM;
	d = field;
	if (*s == '"') {
		for (s++;; s++) {
			if (!*s)
				goto bad; /* unterminated quote */
			if (*s == '"') {
				if (s[1] != '"')
					break;
				s++; /* "" is one literal quote */
			} else if (*s == '\n') {
				(*line)++;
			}
			*d++ = *s;
		}
		s++;
		if (*s && !strchr(",\r\n", *s))
			goto bad; /* text after the closing quote */
	} else {
		while (*s && !strchr(",\r\n", *s))
			*d++ = *s++;
	}
	*d = '\0';
	*p = s;
	*out = field;
	return 0;
bad:
	free(field);
	return -EBADMSG;
}

/* Parse one record; *p ends after its line ending. */
static int parse_record(const char **p, int *line, struct ptrvec *fields)
{
	char *field;
	int ret;

	for (;;) {
		ret = parse_field(p, line, &field);
		if (ret)
			return ret;
		ret = ptrvec_push(fields, field);
		if (ret) {
			free(field);
			return ret;
		}
		if (**p != ',')
			break;
		(*p)++;
	}
	if (**p == '\r')
		(*p)++;
	if (**p == '\n') {
		(*p)++;
		(*line)++;
	}
	return 0;
}

int vlab_csv_parse(const char *text, struct vlab_csv *csv)
{
	struct ptrvec rows = { 0 }, fields;
	const char *p = text;
	int line = 1, start, ret = 0;

	memset(csv, 0, sizeof(*csv));
	while (*p) {
		memset(&fields, 0, sizeof(fields));
		start = line;
		ret = parse_record(&p, &line, &fields);
		if (ret) {
			free_record((char **)fields.v, fields.n);
			csv->bad_line = start;
			goto out;
		}
		if (fields.n == 1 && !*(char *)fields.v[0]) {
			free_record((char **)fields.v, fields.n); /* blank line */
			continue;
		}
		if (!csv->header) {
			csv->header = (char **)fields.v;
			csv->ncols = fields.n;
			continue;
		}
		if (fields.n != csv->ncols || ptrvec_push(&rows, fields.v)) {
			ret = fields.n != csv->ncols ? -EBADMSG : -ENOMEM;
			free_record((char **)fields.v, fields.n);
			csv->bad_line = start;
			goto out;
		}
	}
	if (!csv->header) {
		ret = -EBADMSG; /* not even a header */
		csv->bad_line = 1;
	}
out:
	csv->rows = (char ***)rows.v;
	csv->nrows = rows.n;
	if (ret) {
		int bad_line = csv->bad_line;

		vlab_csv_free(csv);
		csv->bad_line = bad_line;
	}
	return ret;
}

int vlab_csv_read(const char *path, struct vlab_csv *csv)
{
	char *text;
	int ret;

	memset(csv, 0, sizeof(*csv));
	ret = vlab_read_all(path, &text, NULL);
	if (ret)
		return ret;
	ret = vlab_csv_parse(text, csv);
	free(text);
	return ret;
}

int vlab_csv_col(const struct vlab_csv *csv, const char *name)
{
	size_t i;

	for (i = 0; i < csv->ncols; i++)
		if (!strcmp(csv->header[i], name))
			return (int)i;
	return -ENOENT;
}

void vlab_csv_free(struct vlab_csv *csv)
{
	size_t r;

	for (r = 0; r < csv->nrows; r++)
		free_record(csv->rows[r], csv->ncols);
	free(csv->rows);
	free_record(csv->header, csv->ncols);
	memset(csv, 0, sizeof(*csv));
}
