// SPDX-License-Identifier: GPL-2.0-only
/* Comma-separated axis values (see strlist.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "strlist.h"

int vlab_strlist_split(const char *s, struct vlab_strlist *out)
{
	const char *p = s;
	size_t n = 1, len;
	int ret = 0;

	memset(out, 0, sizeof(*out));
	for (p = s; *p; p++)
		n += *p == ',';
	out->v = calloc(n, sizeof(*out->v));
	if (!out->v)
		return -ENOMEM;
	for (p = s; out->n < n; p += len + 1) {
		len = strcspn(p, ",");
		if (!len) {
			ret = -EINVAL; /* also catches "" */
			goto fail;
		}
		out->v[out->n] = strndup(p, len);
		if (!out->v[out->n]) {
			ret = -ENOMEM;
			goto fail;
		}
		out->n++;
	}
	return 0;
fail:
	vlab_strlist_free(out);
	return ret;
}

long vlab_strlist_first_dup(const struct vlab_strlist *l)
{
	size_t i, j;

	for (i = 1; i < l->n; i++)
		for (j = 0; j < i; j++)
			if (!strcmp(l->v[i], l->v[j]))
				return (long)i;
	return -1;
}

void vlab_strlist_free(struct vlab_strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}
