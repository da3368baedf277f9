// SPDX-License-Identifier: GPL-2.0-only
/* The axes table (axes.def) and what every tool does with the extra axes. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "axes.h"

const struct vlab_axis vlab_axes[VLAB_AXIS_COUNT] = {
#define VLAB_AXIS_CORE(id, k, e, l, h, hp) [VLAB_AXIS_##id] = { .key = k, .env = e, .fio = k, \
							       .lo = l, .hi = h, .help = hp },
#define VLAB_AXIS_FIO(id, k, e, f, l, h, t, o, hp) [VLAB_AXIS_##id] = { .key = k, .env = e, \
	.fio = f, .lo = l, .hi = h, .tag = t, .only_rw = o, .help = hp },
#include "axes.def"
#undef VLAB_AXIS_CORE
#undef VLAB_AXIS_FIO
};

_Static_assert(VLAB_AXIS_RW == 0 && VLAB_AXIS_NUMJOBS == 3, "axes.def: the core axes come first");
_Static_assert(VLAB_XAXIS_COUNT <= 16, "a mask of unsigned holds the extra axes");

void vlab_xvals_unset(struct vlab_xvals *x)
{
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT + 1; i++)
		x->v[i] = VLAB_XAXIS_UNSET;
}

int vlab_xvals_same(const struct vlab_xvals *a, const struct vlab_xvals *b)
{
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (a->v[i] != b->v[i])
			return 0;
	return 1;
}

unsigned vlab_xvals_mask(const struct vlab_xvals *x)
{
	unsigned m = 0;
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (x->v[i] != VLAB_XAXIS_UNSET)
			m |= 1u << i;
	return m;
}

int vlab_xaxis_allows_rw(size_t i, const char *rw)
{
	const char *s = vlab_xaxis(i)->only_rw;
	size_t len = strlen(rw);

	if (!s)
		return 1;
	while (*s) {
		s += strspn(s, ", ");
		if (!strncmp(s, rw, len) && (s[len] == ',' || !s[len]))
			return 1;
		s += strcspn(s, ",");
	}
	return 0;
}

const char *vlab_rw_label(const char *rw, const struct vlab_xvals *x, char *buf, size_t len)
{
	size_t i, n = (size_t)snprintf(buf, len, "%s", rw);

	for (i = 0; i < VLAB_XAXIS_COUNT && n < len; i++)
		if (x->v[i] != VLAB_XAXIS_UNSET)
			n += (size_t)snprintf(buf + n, len - n, "-%s%ld", vlab_xaxis(i)->tag, x->v[i]);
	return buf;
}

const char *vlab_xaxes_list(void)
{
	static char buf[256];
	size_t i, n = 0;

	for (i = 0; i < VLAB_XAXIS_COUNT && n < sizeof(buf); i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s", i ? ", " : "",
				      vlab_xaxis(i)->key);
	return buf;
}

const char *vlab_xvals_describe(const struct vlab_xvals *x, char *buf, size_t len)
{
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < VLAB_XAXIS_COUNT && n < len; i++)
		if (x->v[i] != VLAB_XAXIS_UNSET)
			n += (size_t)snprintf(buf + n, len - n, ", %s %ld", vlab_xaxis(i)->key, x->v[i]);
	return buf;
}

void vlab_xaxes_csv_header(struct vlab_csv_out *w, unsigned mask)
{
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (mask & (1u << i))
			vlab_csv_cell(w, vlab_xaxis(i)->key);
}

void vlab_xvals_csv_cells(struct vlab_csv_out *w, const struct vlab_xvals *x, unsigned mask)
{
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++) {
		if (!(mask & (1u << i)))
			continue;
		if (x->v[i] == VLAB_XAXIS_UNSET)
			vlab_csv_cell(w, NULL);
		else
			vlab_csv_cellf(w, "%ld", x->v[i]);
	}
}

void vlab_xaxes_csv_cols(const struct vlab_csv *csv, int col[VLAB_XAXIS_COUNT + 1])
{
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++) {
		col[i] = vlab_csv_col(csv, vlab_xaxis(i)->key);
		if (col[i] < 0)
			col[i] = -1;
	}
}

/* A value in the axis's range; anything else is -EINVAL. */
static int parse_value(size_t i, const char *s, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < 0 || (unsigned long)v < vlab_xaxis(i)->lo ||
	    (unsigned long)v > vlab_xaxis(i)->hi)
		return -EINVAL;
	*out = v;
	return 0;
}

int vlab_xvals_from_cells(char *const *cells, const int *col, struct vlab_xvals *x)
{
	size_t i;

	vlab_xvals_unset(x);
	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (col[i] >= 0 && *cells[col[i]] && parse_value(i, cells[col[i]], &x->v[i]))
			return -EINVAL;
	return 0;
}

int vlab_xvals_from_json(struct json_object *params, struct vlab_xvals *x)
{
	struct json_object *v;
	size_t i;

	vlab_xvals_unset(x);
	for (i = 0; i < VLAB_XAXIS_COUNT; i++) {
		if (!json_object_object_get_ex(params, vlab_xaxis(i)->key, &v))
			continue;
		if (!json_object_is_type(v, json_type_int) ||
		    parse_value(i, json_object_get_string(v), &x->v[i]))
			return -EINVAL;
	}
	return 0;
}

void vlab_xvals_to_json(struct json_object *o, const struct vlab_xvals *x)
{
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (x->v[i] != VLAB_XAXIS_UNSET)
			json_object_object_add(o, vlab_xaxis(i)->key, json_object_new_int64(x->v[i]));
}
