// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-index: results/README.md written from the published runs. index.c
 * walks the folder and writes the page; index_run.c reads one run and
 * formats its row (question, clock, headline figures with their goals).
 */
#ifndef VLAB_INDEX_H
#define VLAB_INDEX_H

#include <stdio.h>

/*
 * Append run_dir's row to answers when the run's plan has a question and
 * headlines, to older otherwise. name is the folder's name. Returns 0, or
 * a negative errno with *err a malloc'd message naming the run.
 */
int index_run_row(const char *run_dir, const char *name, FILE *answers, FILE *older,
		  char **err);

#endif
