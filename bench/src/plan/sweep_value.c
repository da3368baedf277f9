// SPDX-License-Identifier: GPL-2.0-only
/*
 * The sweep parser's one error message and its small values: names, sets,
 * whole numbers and sizes, each refused with what is allowed
 * (sweep_parser.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"
#include "sweep_parser.h"

int sweep_fail(struct parser *p, int line, const char *fmt, ...)
{
	char *msg;
	va_list ap;
	int ret;

	if (p->err)
		return -EINVAL;
	va_start(ap, fmt);
	ret = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (ret < 0)
		return -ENOMEM;
	if (asprintf(&p->err, "%s:%d: %s", p->path, line, msg) < 0) {
		p->err = NULL;
		free(msg);
		return -ENOMEM;
	}
	free(msg);
	return -EINVAL;
}

/* "a, b, c" for messages */
const char *sweep_join(const char *const *v, size_t n, const char *before)
{
	static char buf[256];
	size_t len = 0, i;

	buf[0] = '\0';
	for (i = 0; (n == (size_t)-1 ? v[i] != NULL : i < n) && len < sizeof(buf); i++)
		len += snprintf(buf + len, sizeof(buf) - len, "%s%s%s", i ? ", " : "", before, v[i]);
	return buf;
}

int sweep_in_set(const char *s, const char *const *set)
{
	for (; *set; set++)
		if (!strcmp(s, *set))
			return 1;
	return 0;
}

int sweep_valid_name(const char *s, size_t max)
{
	size_t i, len = strlen(s);

	if (!len || len > max)
		return 0;
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      (i > 0 && (c == '_' || c == '-'))))
			return 0;
	}
	return 1;
}

char *sweep_trim(char *s)
{
	char *end;

	s += strspn(s, " \t");
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

int sweep_set_str(char **dst, const char *s)
{
	free(*dst);
	*dst = strdup(s);
	return *dst ? 0 : -ENOMEM;
}

int sweep_parse_uint(struct parser *p, const char *key, const char *val, unsigned lo,
		      uint64_t hi, uint64_t *out)
{
	if (vlab_parse_u64(val, out) || *out < lo || *out > hi)
		return sweep_fail(p, p->line, "%s %s: '%s' is not a whole number from %u to %llu",
			    p->label, key, val, lo, (unsigned long long)hi);
	return 0;
}

int sweep_parse_size(struct parser *p, const char *key, const char *val, uint64_t lo,
		      uint64_t hi, const char *range, uint64_t *out)
{
	int ret = vlab_parse_size(val, out);

	if (ret == -EINVAL)
		return sweep_fail(p, p->line, "%s %s: '%s' is not a size; use digits with an optional k, m or g suffix (powers of 1024), e.g. 4k; allowed: %s",
			    p->label, key, val, range);
	if (ret || *out < lo || *out > hi)
		return sweep_fail(p, p->line, "%s %s: '%s' is out of range; allowed: %s", p->label, key,
			    val, range);
	return 0;
}
