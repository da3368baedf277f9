// SPDX-License-Identifier: GPL-2.0-only
/*
 * Lists of strings ("stock,ours", "1,16,64"): the sweep parser's list
 * values and a strict splitter for comma-separated text. The splitter does
 * no trimming and allows no empty items, so what the user typed is exactly
 * what ends up in point ids and error messages.
 */
#ifndef VLAB_STRLIST_H
#define VLAB_STRLIST_H

#include <stddef.h>

struct vlab_strlist {
	char **v;
	size_t n;
};

/* Split s at commas; -EINVAL for an empty list or an empty item. */
int vlab_strlist_split(const char *s, struct vlab_strlist *out);

/* Index of the first item equal to an earlier one, or -1 if all differ. */
long vlab_strlist_first_dup(const struct vlab_strlist *l);

void vlab_strlist_free(struct vlab_strlist *l);

#endif
