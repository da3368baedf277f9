// SPDX-License-Identifier: GPL-2.0-only
/*
 * The axes of a workload point, as listed once in axes.def: the four core
 * axes every tool reads by name (rw, bs, iodepth, numjobs) and the further
 * axes ("extra" axes: fio's rwmixread and fsync, the named fs), which every
 * tool handles through the loops and helpers here, so that a new one is a
 * row of axes.def. A named axis's value is the index of its name; its
 * default (index 0) is never a value, a point with it has the axis unset.
 */
#ifndef VLAB_AXES_H
#define VLAB_AXES_H

#include <stddef.h>

#include "csv.h"

enum vlab_axis_id {
#define VLAB_AXIS_CORE(id, key, env, lo, hi, help) VLAB_AXIS_##id,
#define VLAB_AXIS_FIO(id, key, env, fio, lo, hi, tag, only_rw, help) VLAB_AXIS_##id,
#define VLAB_AXIS_NAMED(id, key, env, names, help) VLAB_AXIS_##id,
#include "axes.def"
#undef VLAB_AXIS_CORE
#undef VLAB_AXIS_FIO
#undef VLAB_AXIS_NAMED
	VLAB_AXIS_COUNT
};

/* The core axes come first, in this order; the extra axes follow. */
#define VLAB_AXIS_NCORE (VLAB_AXIS_NUMJOBS + 1)
#define VLAB_XAXIS_COUNT (VLAB_AXIS_COUNT - VLAB_AXIS_NCORE)
#define VLAB_XAXIS_UNSET (-1L)

struct vlab_axis {
	const char *key;	/* sweep key, params.json key, CSV column */
	const char *env;	/* point.env variable */
	const char *fio;	/* fio option (extra axes; the core ones use key); NULL: named */
	unsigned long lo, hi;	/* range of a value (not of a named axis) */
	const char *names;	/* named axes: "none, ext4", the first the default; else NULL */
	const char *tag;	/* extra axes: "read" puts "-read70" after rw in ids */
	const char *only_rw;	/* extra axes: "rw, randrw", the modes it goes with, or NULL */
	const char *help;
};
extern const struct vlab_axis vlab_axes[VLAB_AXIS_COUNT];

/* Extra axis i (0-based among the extra axes). */
#define vlab_xaxis(i) (&vlab_axes[VLAB_AXIS_NCORE + (i)])

/* A point's values of the extra axes: VLAB_XAXIS_UNSET where it has none. */
struct vlab_xvals {
	long v[VLAB_XAXIS_COUNT + 1];	/* + 1: never an empty array */
};

void vlab_xvals_unset(struct vlab_xvals *x);
int vlab_xvals_same(const struct vlab_xvals *a, const struct vlab_xvals *b);
/* Bit i set when x sets extra axis i. */
unsigned vlab_xvals_mask(const struct vlab_xvals *x);
/* May extra axis i go with rw mode rw? */
int vlab_xaxis_allows_rw(size_t i, const char *rw);

/*
 * A value of extra axis i as written (a sweep's list, a CSV cell, params.json):
 * a number in its range, or one of a named axis's names, its index in *out.
 * -EINVAL for anything else.
 */
int vlab_xaxis_parse(size_t i, const char *s, long *out);
/* Value v of extra axis i as it is written: "70" or "ext4" (in buf). */
const char *vlab_xval_str(size_t i, long v, char *buf, size_t len);

/*
 * rw as the point's id and the report's panels name it: "randrw" alone, or
 * followed by each extra axis it sets, "randrw-read70", "randwrite-ext4".
 * Written into buf.
 */
const char *vlab_rw_label(const char *rw, const struct vlab_xvals *x, char *buf, size_t len);
/* "rwmixread, ...": the extra axes' keys, for help texts (a static buffer). */
const char *vlab_xaxes_list(void);
/* ", rwmixread 70, fs ext4" for each extra axis x sets (messages); "" when none. */
const char *vlab_xvals_describe(const struct vlab_xvals *x, char *buf, size_t len);

/*
 * summary.csv and aggregate.csv carry an extra axis's column only when some
 * row sets it (mask, from vlab_xvals_mask), appended after every other
 * column: runs without it keep their CSVs exactly, readers by position too.
 */
void vlab_xaxes_csv_header(struct vlab_csv_out *w, unsigned mask);
void vlab_xvals_csv_cells(struct vlab_csv_out *w, const struct vlab_xvals *x, unsigned mask);
/* Column of each extra axis in csv, -1 where it has none. */
void vlab_xaxes_csv_cols(const struct vlab_csv *csv, int col[VLAB_XAXIS_COUNT + 1]);
/* A row's values: an empty cell or no column is unset; -EINVAL for a bad number. */
int vlab_xvals_from_cells(char *const *cells, const int *col, struct vlab_xvals *x);

/* params.json: a key per extra axis the point sets, an integer or a named axis's name. */
struct json_object;
int vlab_xvals_from_json(struct json_object *params, struct vlab_xvals *x);
void vlab_xvals_to_json(struct json_object *o, const struct vlab_xvals *x);

#endif
