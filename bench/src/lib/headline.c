// SPDX-License-Identifier: GPL-2.0-only
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "axes.h"
#include "headline.h"
#include "metrics.h"

const char *const vlab_hl_of_names[] = { "driver", "backend", NULL };
const char *const vlab_hl_where_keys[] = {
	"driver", "backend", "rw", "bs", "iodepth", "numjobs", NULL
};

int vlab_hl_where_xaxis(const char *key)
{
	size_t i;

	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (!strcmp(vlab_xaxis(i)->key, key))
			return (int)i;
	return -1;
}

int vlab_hl_where_known(const char *key)
{
	size_t k;

	for (k = 0; vlab_hl_where_keys[k]; k++)
		if (!strcmp(vlab_hl_where_keys[k], key))
			return 1;
	return vlab_hl_where_xaxis(key) >= 0;
}

const char *vlab_hl_where_list(char *buf, size_t len)
{
	size_t n = 0, k;

	buf[0] = '\0';
	for (k = 0; vlab_hl_where_keys[k] && n < len; k++)
		n += snprintf(buf + n, len - n, "%s%s", n ? ", " : "", vlab_hl_where_keys[k]);
	for (k = 0; k < VLAB_XAXIS_COUNT && n < len; k++)
		n += snprintf(buf + n, len - n, "%s%s", n ? ", " : "", vlab_xaxis(k)->key);
	return buf;
}

/* aggregate.csv's columns for each kind of ratio: value, interval, significance */
static const char *const ratio_cols[VLAB_HL_OF_COUNT][4] = {
	[VLAB_HL_DRIVER] = { "ratio", "ratio_lo", "ratio_hi", "ratio_sig" },
	[VLAB_HL_BACKEND] = { "backend_ratio", "backend_ratio_lo", "backend_ratio_hi",
			      "backend_ratio_sig" },
};

int vlab_goal_parse(const char *s, enum vlab_goal_op *op, double *value)
{
	char *end;

	s += strspn(s, " \t");
	if (!strncmp(s, "<=", 2))
		*op = VLAB_GOAL_LE;
	else if (!strncmp(s, ">=", 2))
		*op = VLAB_GOAL_GE;
	else if (!strncmp(s, "within", 6) && strchr(" \t", s[6]) && s[6])
		*op = VLAB_GOAL_WITHIN;
	else
		return -EINVAL;
	s += *op == VLAB_GOAL_WITHIN ? 6 : 2;
	s += strspn(s, " \t");
	if (!*s || !strchr("0123456789.", *s))
		return -EINVAL;
	errno = 0;
	*value = strtod(s, &end);
	end += strspn(end, " \t");
	if (errno || *end || !isfinite(*value) || *value <= 0 ||
	    (*op == VLAB_GOAL_WITHIN && *value >= 1))
		return -EINVAL;
	return 0;
}

void vlab_goal_format(enum vlab_goal_op op, double value, char *buf, size_t len)
{
	if (op == VLAB_GOAL_NONE)
		snprintf(buf, len, "%s", "");
	else
		snprintf(buf, len, "%s %g", op == VLAB_GOAL_LE ? "<=" : op == VLAB_GOAL_GE ? ">=" :
			 "within", value);
}

struct json_object *vlab_headline_to_json(const struct vlab_headline *h)
{
	struct json_object *o = json_object_new_object(), *w = json_object_new_object();
	char goal[32];
	size_t i;

	json_object_object_add(o, "name", json_object_new_string(h->name));
	json_object_object_add(o, "metric", json_object_new_string(h->metric));
	json_object_object_add(o, "of", json_object_new_string(vlab_hl_of_names[h->of]));
	for (i = 0; i < h->nwhere; i++)
		json_object_object_add(w, h->where_key[i], json_object_new_string(h->where_val[i]));
	json_object_object_add(o, "where", w);
	vlab_goal_format(h->goal_op, h->goal, goal, sizeof(goal));
	json_object_object_add(o, "goal", h->goal_op == VLAB_GOAL_NONE ? NULL :
				   json_object_new_string(goal));
	return o;
}

static const char *get_string(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

static int bad(char **err, const char *what)
{
	if (asprintf(err, "plan.json: a headline %s", what) < 0)
		*err = NULL;
	return -EBADMSG;
}

int vlab_headline_from_json(struct json_object *o, struct vlab_headline *h, char **err)
{
	struct json_object *w, *g;
	const char *of;
	size_t i;

	memset(h, 0, sizeof(*h));
	h->name = get_string(o, "name");
	h->metric = get_string(o, "metric");
	of = get_string(o, "of");
	if (!h->name || !h->metric || !of)
		return bad(err, "lacks name, metric or of");
	if (!vlab_metric_known(h->metric))
		return bad(err, "names a metric this version does not know");
	for (i = 0; vlab_hl_of_names[i] && strcmp(vlab_hl_of_names[i], of); i++)
		;
	if (!vlab_hl_of_names[i])
		return bad(err, "has an unknown 'of'");
	h->of = (enum vlab_hl_of)i;
	if (json_object_object_get_ex(o, "where", &w) && json_object_is_type(w, json_type_object)) {
		json_object_object_foreach(w, key, val) {
			if (h->nwhere == VLAB_HL_MAX_WHERE || !json_object_is_type(val, json_type_string))
				return bad(err, "has a bad 'where'");
			h->where_key[h->nwhere] = key;
			h->where_val[h->nwhere++] = json_object_get_string(val);
		}
	}
	if (json_object_object_get_ex(o, "goal", &g) && g &&
	    (!json_object_is_type(g, json_type_string) ||
	     vlab_goal_parse(json_object_get_string(g), &h->goal_op, &h->goal)))
		return bad(err, "has a bad goal");
	return 0;
}

const char *vlab_verdict_name(enum vlab_verdict v)
{
	static const char *const names[] = { "", "met", "missed", "undecided" };

	return names[v];
}

enum vlab_verdict vlab_goal_verdict(enum vlab_goal_op op, double goal, double lo, double hi)
{
	if (op == VLAB_GOAL_NONE)
		return VLAB_V_NONE;
	if (isnan(lo) || isnan(hi))
		return VLAB_V_UNDECIDED;
	if (op == VLAB_GOAL_LE)
		return hi <= goal ? VLAB_V_MET : lo > goal ? VLAB_V_MISSED : VLAB_V_UNDECIDED;
	if (op == VLAB_GOAL_WITHIN)
		return lo >= 1 - goal && hi <= 1 + goal ? VLAB_V_MET :
		       lo > 1 + goal || hi < 1 - goal ? VLAB_V_MISSED : VLAB_V_UNDECIDED;
	return lo >= goal ? VLAB_V_MET : hi < goal ? VLAB_V_MISSED : VLAB_V_UNDECIDED;
}

static double cell_number(const char *s)
{
	char *end;
	double v;

	if (!*s)
		return NAN;
	v = strtod(s, &end);
	return *end ? NAN : v;
}

int vlab_headline_cells(const struct vlab_headline *h, const struct vlab_csv *agg,
			struct vlab_hl_cell **cells, size_t *n, char **err)
{
	int metric = vlab_csv_col(agg, "metric"), col[4], where[VLAB_HL_MAX_WHERE];
	struct vlab_hl_cell *out;
	size_t r, i;

	*cells = NULL;
	*n = 0;
	for (i = 0; i < 4; i++)
		col[i] = vlab_csv_col(agg, ratio_cols[h->of][i]);
	for (i = 0; i < h->nwhere; i++)
		where[i] = vlab_csv_col(agg, h->where_key[i]);
	for (i = 0; i < h->nwhere && where[i] >= 0; i++)
		;
	if (metric < 0 || col[0] < 0 || col[1] < 0 || col[2] < 0 || col[3] < 0 || i < h->nwhere) {
		if (asprintf(err, "aggregate.csv lacks a column that headline '%s' needs (metric, %s, its interval and significance, or a where column); summarise the run again",
			     h->name, ratio_cols[h->of][0]) < 0)
			*err = NULL;
		return -EBADMSG;
	}
	out = calloc(agg->nrows ? agg->nrows : 1, sizeof(*out));
	if (!out)
		return -ENOMEM;
	for (r = 0; r < agg->nrows; r++) {
		char **row = agg->rows[r];

		if (strcmp(row[metric], h->metric) || !*row[col[0]])
			continue;
		for (i = 0; i < h->nwhere && !strcmp(row[where[i]], h->where_val[i]); i++)
			;
		if (i < h->nwhere)
			continue;
		out[*n].row = r;
		out[*n].ratio = cell_number(row[col[0]]);
		out[*n].lo = cell_number(row[col[1]]);
		out[*n].hi = cell_number(row[col[2]]);
		out[*n].sig = *row[col[3]] ? !!atoi(row[col[3]]) : -1;
		out[*n].verdict = vlab_goal_verdict(h->goal_op, h->goal, out[*n].lo, out[*n].hi);
		(*n)++;
	}
	if (!*n) {
		free(out);
		out = NULL;
	}
	*cells = out;
	return 0;
}
