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
#define VLAB_AXIS_NAMED(id, k, e, n, hp) [VLAB_AXIS_##id] = { .key = k, .env = e, .names = n, \
	.tag = "", .help = hp },
#include "axes.def"
#undef VLAB_AXIS_CORE
#undef VLAB_AXIS_FIO
#undef VLAB_AXIS_NAMED
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

/* The index of word in list "a, b, c", or -1. */
static long list_index(const char *list, const char *word)
{
	size_t len = strlen(word);
	long n;

	for (n = 0; *list; n++) {
		list += strspn(list, ", ");
		if (len && !strncmp(list, word, len) && (list[len] == ',' || !list[len]))
			return n;
		list += strcspn(list, ",");
	}
	return -1;
}

int vlab_xaxis_allows_rw(size_t i, const char *rw)
{
	return !vlab_xaxis(i)->only_rw || list_index(vlab_xaxis(i)->only_rw, rw) >= 0;
}

int vlab_xaxis_parse(size_t i, const char *s, long *out)
{
	const struct vlab_axis *a = vlab_xaxis(i);
	char *end;
	long v;

	if (a->names) {
		v = list_index(a->names, s);
		if (v < 0)
			return -EINVAL;
		*out = v;
		return 0;
	}
	errno = 0;
	v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < 0 || (unsigned long)v < a->lo || (unsigned long)v > a->hi)
		return -EINVAL;
	*out = v;
	return 0;
}

const char *vlab_xval_str(size_t i, long v, char *buf, size_t len)
{
	const char *s = vlab_xaxis(i)->names;
	size_t n;

	if (!s) {
		snprintf(buf, len, "%ld", v);
		return buf;
	}
	for (; v > 0 && *s; v--) {
		s += strcspn(s, ",");
		s += strspn(s, ", ");
	}
	n = strcspn(s, ",");
	snprintf(buf, len, "%.*s", (int)n, s);
	return buf;
}

const char *vlab_rw_label(const char *rw, const struct vlab_xvals *x, char *buf, size_t len)
{
	size_t i, n = (size_t)snprintf(buf, len, "%s", rw);
	char v[32];

	for (i = 0; i < VLAB_XAXIS_COUNT && n < len; i++)
		if (x->v[i] != VLAB_XAXIS_UNSET)
			n += (size_t)snprintf(buf + n, len - n, "-%s%s", vlab_xaxis(i)->tag,
					      vlab_xval_str(i, x->v[i], v, sizeof(v)));
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
	char v[32];

	buf[0] = '\0';
	for (i = 0; i < VLAB_XAXIS_COUNT && n < len; i++)
		if (x->v[i] != VLAB_XAXIS_UNSET)
			n += (size_t)snprintf(buf + n, len - n, ", %s %s", vlab_xaxis(i)->key,
					      vlab_xval_str(i, x->v[i], v, sizeof(v)));
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
	char v[32];

	for (i = 0; i < VLAB_XAXIS_COUNT; i++) {
		if (!(mask & (1u << i)))
			continue;
		if (x->v[i] == VLAB_XAXIS_UNSET)
			vlab_csv_cell(w, NULL);
		else
			vlab_csv_cell(w, vlab_xval_str(i, x->v[i], v, sizeof(v)));
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

/* A point's value: a named axis's default is the axis unset. */
static int parse_value(size_t i, const char *s, long *out)
{
	int ret = vlab_xaxis_parse(i, s, out);

	if (!ret && vlab_xaxis(i)->names && *out == 0)
		*out = VLAB_XAXIS_UNSET;
	return ret;
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
		if (!json_object_is_type(v, vlab_xaxis(i)->names ? json_type_string : json_type_int) ||
		    parse_value(i, json_object_get_string(v), &x->v[i]))
			return -EINVAL;
	}
	return 0;
}

void vlab_xvals_to_json(struct json_object *o, const struct vlab_xvals *x)
{
	size_t i;
	char v[32];

	for (i = 0; i < VLAB_XAXIS_COUNT; i++) {
		if (x->v[i] == VLAB_XAXIS_UNSET)
			continue;
		json_object_object_add(o, vlab_xaxis(i)->key, vlab_xaxis(i)->names
				       ? json_object_new_string(vlab_xval_str(i, x->v[i], v, sizeof(v)))
				       : json_object_new_int64(x->v[i]));
	}
}
