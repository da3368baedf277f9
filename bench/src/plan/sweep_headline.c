// SPDX-License-Identifier: GPL-2.0-only
/*
 * The [headline NAME] sections of a sweep file, checked once the whole file
 * is read: what they name must exist in the sweep, so that a typo is an
 * error at planning time rather than an empty table after the run.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "headline.h"
#include "metrics.h"
#include "sweep.h"

static int __attribute__((format(printf, 4, 5)))
bad(int *line, char **msg, int at, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vasprintf(msg, fmt, ap);
	va_end(ap);
	if (ret < 0) {
		*msg = NULL;
		return -ENOMEM;
	}
	*line = at;
	return -EINVAL;
}

/* "a, b, c" of a NULL-terminated list, into buf */
static const char *list(const char *const *v, char *buf, size_t len)
{
	size_t n = 0;

	buf[0] = '\0';
	for (; *v && n < len; v++)
		n += snprintf(buf + n, len - n, "%s%s", n ? ", " : "", *v);
	return buf;
}

static int in_strlist(const struct vlab_strlist *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return 1;
	return 0;
}

static int in_uints(const unsigned *v, size_t n, const char *s)
{
	char buf[16];
	size_t i;

	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof(buf), "%u", v[i]);
		if (!strcmp(buf, s))
			return 1;
	}
	return 0;
}

/*
 * Does some workload set extra axis x to value, written as aggregate.csv
 * writes it ("1", "ext4"), which is what the filter compares with?
 */
static int xvalue_exists(const struct sweep *sw, int x, const char *value)
{
	char buf[32];
	size_t i, j;

	for (i = 0; i < sw->nworkloads; i++)
		for (j = 0; j < sw->workloads[i].nx[x]; j++)
			if (!strcmp(vlab_xval_str((size_t)x, sw->workloads[i].xv[x][j], buf, sizeof(buf)),
				    value))
				return 1;
	return 0;
}

/* Does some section of the sweep have value for the where key? */
static int value_exists(const struct sweep *sw, const char *key, const char *value)
{
	size_t i;
	int x = vlab_hl_where_xaxis(key);

	if (x >= 0)
		return xvalue_exists(sw, x, value);
	if (!strcmp(key, "driver")) {
		for (i = 0; i < sw->ndrivers; i++)
			if (!strcmp(sw->drivers[i].name, value))
				return 1;
		return 0;
	}
	if (!strcmp(key, "backend")) {
		for (i = 0; i < sw->nbackends; i++)
			if (!strcmp(sw->backends[i].name, value))
				return 1;
		return 0;
	}
	for (i = 0; i < sw->nworkloads; i++) {
		const struct sweep_workload *w = &sw->workloads[i];

		if ((!strcmp(key, "rw") && in_strlist(&w->rw, value)) ||
		    (!strcmp(key, "bs") && in_strlist(&w->bs, value)) ||
		    (!strcmp(key, "iodepth") && in_uints(w->iodepth, w->n_iodepth, value)) ||
		    (!strcmp(key, "numjobs") && in_uints(w->numjobs, w->n_numjobs, value)))
			return 1;
	}
	return 0;
}

/*
 * Does a configuration of driver have a ratio to the baseline: is it
 * anything but the baseline configuration (every one of the baseline
 * driver's, or with baseline = DRIVER/BACKEND the one on BACKEND)?
 */
static int has_ratio(const struct sweep *sw, const char *driver)
{
	const char *d, *b;
	size_t i;

	for (i = 0; i < sw->ncfgs; i++) {
		d = sw->drivers[sw->cfgs[i].drv].name;
		b = sw->backends[sw->cfgs[i].be].name;
		if (!strcmp(d, driver) &&
		    (strcmp(d, sw->baseline) || (sw->baseline_on && strcmp(b, sw->baseline_on))))
			return 1;
	}
	return 0;
}

static int check_one(const struct sweep *sw, const struct sweep_headline *h, int *line, char **msg)
{
	char label[40], buf[256];
	enum vlab_goal_op op;
	double goal;
	size_t i, k;
	long xv;
	int x;

	snprintf(label, sizeof(label), "[headline %s]", h->name);
	if (!vlab_metric_known(h->metric))
		return bad(line, msg, h->metric_line, "%s metric: '%s' is not allowed; allowed: %s",
			   label, h->metric, list(vlab_metric_names, buf, sizeof(buf)));
	for (k = 0; vlab_hl_of_names[k] && strcmp(vlab_hl_of_names[k], h->of); k++)
		;
	if (!vlab_hl_of_names[k])
		return bad(line, msg, h->of_line, "%s of: '%s' is not allowed; allowed: %s", label,
			   h->of, list(vlab_hl_of_names, buf, sizeof(buf)));
	if (k == VLAB_HL_BACKEND && !sw->nbpairs)
		return bad(line, msg, h->of_line, "%s of: 'backend' needs a baseline_backend in [sweep] to take the ratio to",
			   label);
	if (k == VLAB_HL_DRIVER && (sw->baseline_on ? sw->ncfgs < 2 : sw->ndrivers < 2))
		return bad(line, msg, h->of_line ? h->of_line : h->line,
			   "%s of: 'driver' needs a second driver to take the ratio to the baseline %s; this sweep has one",
			   label, sw->baseline);
	for (i = 0; i < h->where.n; i++) {
		const char *key = h->where.v[i].key, *val = h->where.v[i].value;

		if (!vlab_hl_where_known(key))
			return bad(line, msg, h->where_line, "%s where: '%s' is not a column a headline can filter on; allowed: %s",
				   label, key, vlab_hl_where_list(buf, sizeof(buf)));
		x = vlab_hl_where_xaxis(key);
		if (x >= 0 && vlab_xaxis(x)->names && !vlab_xaxis_parse((size_t)x, val, &xv) && !xv)
			return bad(line, msg, h->where_line, "%s where: %s=%s is the axis's default, which aggregate.csv leaves empty; filter on another of its values (%s)",
				   label, key, val, vlab_xaxis(x)->names);
		if (!value_exists(sw, key, val))
			return bad(line, msg, h->where_line, "%s where: %s=%s names no %s of this sweep",
				   label, key, val, key);
		if (!strcmp(key, "driver") && !strcmp(h->of, "driver") && !has_ratio(sw, val))
			return bad(line, msg, h->where_line, "%s where: driver=%s is the baseline; it has no ratio to itself",
				   label, val);
	}
	if (h->goal && vlab_goal_parse(h->goal, &op, &goal))
		return bad(line, msg, h->goal_line, "%s goal: '%s' is not allowed; give '<= R' or '>= R' with R a positive ratio, or 'within D' with D from 0 to 1 (|ratio - 1| <= D), e.g. '<= 0.7', '>= 1.5', 'within 0.005'",
			   label, h->goal);
	return 0;
}

int sweep_check_headlines(const struct sweep *sw, int *line, char **msg)
{
	size_t i;
	int ret;

	for (i = 0; i < sw->nheadlines; i++) {
		ret = check_one(sw, &sw->headlines[i], line, msg);
		if (ret)
			return ret;
	}
	return 0;
}
