// SPDX-License-Identifier: GPL-2.0-only
/*
 * The generated blocks in a Markdown file (kernel/README.md's "Which
 * strategy when"): each found by its begin line, which names its run, and
 * its end line (answers_print.h), replaced whole or compared with what the
 * run gives now. A file holds one block per sweep: a block's sweep is its
 * run's name after the first '-' (bench/vlab publish names runs
 * <time>-<sweep>). Pure string work; the caller reads and writes the file.
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
 * Find every block in text, in file order, into *bs (malloc'd, *n of them).
 * Returns 0, or -EBADMSG with *err a malloc'd message (file names the
 * text): no block, a begin inside a block, an end without its begin, a
 * begin without its end, a begin line that names no run, or two blocks of
 * the same sweep. -ENOMEM on no memory. The caller frees *bs in every case.
 */
int ans_blocks_find(const char *file, const char *text, struct ans_block **bs, size_t *n,
		    char **err);

/* The sweep of a block's run name: after its first '-' (the whole name without one). */
const char *ans_block_sweep(const struct ans_block *b);

/* text with b replaced by block, malloc'd; NULL on no memory. */
char *ans_block_replace(const char *text, const struct ans_block *b, const char *block);

/* 0 when b holds exactly block, else the file's line number of the first difference. */
size_t ans_block_differs(const char *text, const struct ans_block *b, const char *block);

#endif
