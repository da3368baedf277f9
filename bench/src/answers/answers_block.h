// SPDX-License-Identifier: GPL-2.0-only
/*
 * The generated block in a Markdown file (kernel/README.md's "Which
 * strategy when"): found by its begin line, which names the run, and its
 * end line (answers_print.h), replaced whole or compared with what the run
 * gives now. Pure string work; the caller reads and writes the file.
 */
#ifndef VLAB_ANSWERS_BLOCK_H
#define VLAB_ANSWERS_BLOCK_H

#include <stddef.h>

struct ans_block {
	size_t begin, end;	/* byte offsets: the begin line's start, past the end line */
	size_t line;		/* the begin line's number, from 1 */
	char run[128];		/* the run its begin line names */
};

/*
 * Find the one block in text. Returns 0, or -EBADMSG with *err a malloc'd
 * message (file names the text): no block, two blocks, a begin without its
 * end, or a begin line that names no run.
 */
int ans_block_find(const char *file, const char *text, struct ans_block *b, char **err);

/* text with b replaced by block, malloc'd; NULL on no memory. */
char *ans_block_replace(const char *text, const struct ans_block *b, const char *block);

/* 0 when b holds exactly block, else the file's line number of the first difference. */
size_t ans_block_differs(const char *text, const struct ans_block *b, const char *block);

#endif
