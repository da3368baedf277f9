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

const char *ans_block_sweep(const struct ans_block *b)
{
	const char *dash = strchr(b->run, '-');

	return dash ? dash + 1 : b->run;
}

/* Add the block at p (its begin line, len long) to *bs, or say why not. */
static int add_block(const char *file, const char *text, const char *p, size_t len, size_t line,
		     struct ans_block **bs, size_t *n, char **err)
{
	const size_t pre = strlen(ANS_BEGIN_PREFIX), suf = strlen(ANS_BEGIN_SUFFIX);
	struct ans_block *b, *more;
	char *what;
	size_t i;
	int ret;

	if (len - pre - suf >= sizeof(b->run) || strcspn(p + pre, " \t") < len - pre - suf)
		return bad(err, file, line, "the begin line names no run, or more than one word");
	more = realloc(*bs, (*n + 1) * sizeof(**bs));
	if (!more)
		return -ENOMEM;
	*bs = more;
	b = &more[*n];
	memset(b, 0, sizeof(*b));
	snprintf(b->run, sizeof(b->run), "%.*s", (int)(len - pre - suf), p + pre);
	b->begin = (size_t)(p - text);
	b->line = line;
	for (i = 0; i < *n; i++) {
		if (strcmp(ans_block_sweep(&more[i]), ans_block_sweep(b)))
			continue;
		if (asprintf(&what, "a second block of sweep '%s' (the first, of %s, at line %zu); a file has one per sweep",
			     ans_block_sweep(b), more[i].run, more[i].line) < 0)
			return -ENOMEM;
		ret = bad(err, file, line, what);
		free(what);
		return ret;
	}
	(*n)++;
	return 0;
}

int ans_blocks_find(const char *file, const char *text, struct ans_block **bs, size_t *n,
		    char **err)
{
	const size_t pre = strlen(ANS_BEGIN_PREFIX), suf = strlen(ANS_BEGIN_SUFFIX);
	const char *p;
	size_t line = 1, len;
	int open = 0, ret;

	*bs = NULL;
	*n = 0;
	*err = NULL;
	for (p = text; *p; p += len + (p[len] == '\n'), line++) {
		len = line_len(p);
		if (len > pre + suf && !strncmp(p, ANS_BEGIN_PREFIX, pre) &&
		    !strncmp(p + len - suf, ANS_BEGIN_SUFFIX, suf)) {
			if (open)
				return bad(err, file, line, "a begin line inside a block");
			ret = add_block(file, text, p, len, line, bs, n, err);
			if (ret)
				return ret;
			open = 1;
		} else if (line_is(p, ANS_END_LINE)) {
			if (!open)
				return bad(err, file, line, "an end line without its begin line");
			(*bs)[*n - 1].end = (size_t)(p - text) + len + (p[len] == '\n');
			open = 0;
		}
	}
	if (!*n)
		return bad(err, file, line - 1, "no vlab-answers block");
	if (open)
		return bad(err, file, (*bs)[*n - 1].line, "a begin line without its end line");
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
