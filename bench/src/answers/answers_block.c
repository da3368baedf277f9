// SPDX-License-Identifier: GPL-2.0-only
/* The generated block in a Markdown file (answers_block.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers_block.h"
#include "answers_print.h"

static int bad(char **err, const char *file, size_t line, const char *what)
{
	if (asprintf(err, "%s:%zu: %s (the block is a line '%sRUN%s', the generated text, and a line '%s')",
		     file, line, what, ANS_BEGIN_PREFIX, ANS_BEGIN_SUFFIX, ANS_END_LINE) < 0)
		*err = NULL;
	return -EBADMSG;
}

/* Is the line at p (up to its '\n') s? */
static int line_is(const char *p, const char *s)
{
	size_t n = strlen(s);

	return !strncmp(p, s, n) && (p[n] == '\n' || !p[n]);
}

static size_t line_len(const char *p)
{
	return strcspn(p, "\n");
}

int ans_block_find(const char *file, const char *text, struct ans_block *b, char **err)
{
	const size_t pre = strlen(ANS_BEGIN_PREFIX), suf = strlen(ANS_BEGIN_SUFFIX);
	const char *p;
	size_t line = 1, len, found = 0, ended = 0;

	memset(b, 0, sizeof(*b));
	*err = NULL;
	for (p = text; *p; p += len + (p[len] == '\n'), line++) {
		len = line_len(p);
		if (len > pre + suf && !strncmp(p, ANS_BEGIN_PREFIX, pre) &&
		    !strncmp(p + len - suf, ANS_BEGIN_SUFFIX, suf)) {
			if (found)
				return bad(err, file, line, "a second vlab-answers block; a file has one");
			if (len - pre - suf >= sizeof(b->run) ||
			    strcspn(p + pre, " \t") < len - pre - suf)
				return bad(err, file, line, "the begin line names no run, or more than one word");
			snprintf(b->run, sizeof(b->run), "%.*s", (int)(len - pre - suf), p + pre);
			b->begin = (size_t)(p - text);
			b->line = line;
			found = 1;
		} else if (line_is(p, ANS_END_LINE)) {
			if (!found || ended)
				return bad(err, file, line, "an end line without its begin line");
			b->end = (size_t)(p - text) + len + (p[len] == '\n');
			ended = 1;
		}
	}
	if (!found)
		return bad(err, file, line - 1, "no vlab-answers block");
	if (!ended)
		return bad(err, file, b->line, "a begin line without its end line");
	return 0;
}

char *ans_block_replace(const char *text, const struct ans_block *b, const char *block)
{
	char *out;

	if (asprintf(&out, "%.*s%s%s", (int)b->begin, text, block, text + b->end) < 0)
		return NULL;
	return out;
}

size_t ans_block_differs(const char *text, const struct ans_block *b, const char *block)
{
	size_t i, n = b->end - b->begin, line = b->line;
	const char *have = text + b->begin;

	for (i = 0; i < n && block[i] && have[i] == block[i]; i++)
		line += have[i] == '\n';
	return i == n && !block[i] ? 0 : line;
}
