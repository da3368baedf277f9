// SPDX-License-Identifier: GPL-2.0-only
/* The tools' JSON writer (json.h): one object per line, no allocation. */
#include <math.h>
#include <inttypes.h>
#include "json.h"

void json__init(struct json *j, FILE *f)
{
	j->f = f;
	j->depth = 0;
	j->first[0] = true;
}

static void put_string(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	fputc('"', f);
	for (; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\t': fputs("\\t", f); break;
		case '\r': fputs("\\r", f); break;
		default:
			if (*p < 0x20)
				fprintf(f, "\\u%04x", *p);
			else
				fputc(*p, f);
		}
	}
	fputc('"', f);
}

/* Comma and key before a value at the current depth. */
static void prefix(struct json *j, const char *key)
{
	if (!j->first[j->depth])
		fputc(',', j->f);
	j->first[j->depth] = false;
	if (key) {
		put_string(j->f, key);
		fputc(':', j->f);
	}
}

static void open(struct json *j, const char *key, char c)
{
	if (j->depth > 0 || !j->first[0] || key)
		prefix(j, key);
	else
		j->first[0] = false;
	fputc(c, j->f);
	if (j->depth < JSON_MAX_DEPTH - 1)
		j->depth++;
	j->first[j->depth] = true;
}

void json__obj_open(struct json *j, const char *key) { open(j, key, '{'); }
void json__arr_open(struct json *j, const char *key) { open(j, key, '['); }

void json__obj_close(struct json *j)
{
	fputc('}', j->f);
	if (j->depth > 0)
		j->depth--;
}

void json__arr_close(struct json *j)
{
	fputc(']', j->f);
	if (j->depth > 0)
		j->depth--;
}

void json__u64(struct json *j, const char *key, uint64_t v)
{
	prefix(j, key);
	fprintf(j->f, "%" PRIu64, v);
}

void json__i64(struct json *j, const char *key, int64_t v)
{
	prefix(j, key);
	fprintf(j->f, "%" PRId64, v);
}

void json__double(struct json *j, const char *key, double v)
{
	prefix(j, key);
	if (isfinite(v))
		fprintf(j->f, "%.6g", v);
	else
		fputs("null", j->f); /* JSON has no NaN or infinity */
}

void json__fixed(struct json *j, const char *key, double v, int decimals)
{
	prefix(j, key);
	if (isfinite(v))
		fprintf(j->f, "%.*f", decimals, v);
	else
		fputs("null", j->f);
}

void json__str(struct json *j, const char *key, const char *s)
{
	prefix(j, key);
	put_string(j->f, s);
}

void json__bool(struct json *j, const char *key, bool v)
{
	prefix(j, key);
	fputs(v ? "true" : "false", j->f);
}

void json__end_line(struct json *j)
{
	while (j->depth > 0)
		json__obj_close(j);
	fputc('\n', j->f);
	fflush(j->f);
	json__init(j, j->f);
}
