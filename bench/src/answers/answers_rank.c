// SPDX-License-Identifier: GPL-2.0-only
/* vlab-answers' verdicts, scores, knob groups and ranking (answers_rank.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers_rank.h"

/* kernel/knobs.def, the one list of our module's knobs, in its order */
struct knob_row {
	const char *name;
	int where;
};
static const struct knob_row knob_rows[] = {
#define VDUSE_KNOB_ENUM(name, where, allowed) { #name, where },
#define VDUSE_KNOB_UINT(name, where, unit, min, max, def, max_macro) { #name, where },
#define VDUSE_KNOB_BOOL(name, where, def) { #name, where },
#include "knobs.def"
};
#define NKNOBS (sizeof(knob_rows) / sizeof(knob_rows[0]))
/* the groups without a knob come after every knob's */
#define ORDER_NO_KNOB (3 * (int)NKNOBS)

enum ans_verdict ans_classify(int sig, double ratio, int higher_better)
{
	if (sig < 0 || isnan(ratio))
		return ANS_NO_INTERVAL;
	/* a significant ratio of exactly 1 cannot be (lib/interval.c); call it the same */
	if (!sig || ratio == 1)
		return ANS_SAME;
	return (ratio > 1) == !!higher_better ? ANS_WIN : ANS_LOSE;
}

void ans_score(struct ans_driver *d)
{
	double logs = 0;
	size_t i, k, n = 0;

	d->score = 0;
	for (k = 0; k < ANS_NRANKED; k++) {
		struct ans_metric *m = &d->m[k];

		m->wins = m->losses = m->same = m->no_interval = 0;
		for (i = 0; i < m->n; i++) {
			m->verdict[i] = ans_classify(m->cells[i].sig, m->cells[i].ratio,
						     m->higher_better);
			m->wins += m->verdict[i] == ANS_WIN;
			m->losses += m->verdict[i] == ANS_LOSE;
			m->same += m->verdict[i] == ANS_SAME;
			m->no_interval += m->verdict[i] == ANS_NO_INTERVAL;
			if (m->cells[i].ratio > 0) {
				logs += m->higher_better ? log(m->cells[i].ratio) :
					-log(m->cells[i].ratio);
				n++;
			}
		}
		d->score += (int)m->wins - (int)m->losses;
	}
	d->gmean = n ? exp(logs / (double)n) : 1;
}

int ans_knob_order(const char *name)
{
	size_t i;

	for (i = 0; i < NKNOBS; i++)
		if (!strcmp(knob_rows[i].name, name))
			return (int)i + (knob_rows[i].where == VDUSE_KNOB_SYSFS ? (int)NKNOBS : 0);
	return 2 * (int)NKNOBS;
}

const char *ans_driver_knob(const struct ans_driver *d, int *order)
{
	struct json_object *sets[2] = { d->knobs, d->params };
	const char *best = NULL;
	int o, i;

	*order = ORDER_NO_KNOB;
	for (i = 0; i < 2; i++) {
		if (!sets[i] || !json_object_is_type(sets[i], json_type_object))
			continue;
		json_object_object_foreach(sets[i], key, val) {
			(void)val;
			o = ans_knob_order(key);
			if (!best || o < *order) {
				best = key;
				*order = o;
			}
		}
	}
	return best;
}

int ans_driver_cmp(const struct ans_driver *a, const struct ans_driver *b)
{
	if (a->unsafe != b->unsafe)
		return a->unsafe ? 1 : -1;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->gmean != b->gmean)
		return a->gmean > b->gmean ? -1 : 1;
	return strcmp(a->name, b->name);
}

static const struct ans_driver *cmp_base;

static int cmp_index(const void *x, const void *y)
{
	return ans_driver_cmp(&cmp_base[*(const size_t *)x], &cmp_base[*(const size_t *)y]);
}

static int cmp_group(const void *x, const void *y)
{
	const struct ans_group *a = x, *b = y;

	return a->order != b->order ? (a->order < b->order ? -1 : 1) : strcmp(a->title, b->title);
}

/* The group titled title, added with order if new; its index or -ENOMEM. */
static int group_index(struct ans_run *r, char *title, int order)
{
	struct ans_group *g;
	size_t i;

	for (i = 0; i < r->ngroups; i++)
		if (!strcmp(r->groups[i].title, title)) {
			free(title);
			return (int)i;
		}
	g = realloc(r->groups, (r->ngroups + 1) * sizeof(*g));
	if (!g) {
		free(title);
		return -ENOMEM;
	}
	r->groups = g;
	memset(&g[r->ngroups], 0, sizeof(*g));
	g[r->ngroups].title = title;
	g[r->ngroups].order = order;
	return (int)r->ngroups++;
}

/* d's group heading and its sort key; NULL on no memory */
static char *group_title(const struct ans_driver *d, int *order)
{
	const char *knob = ans_driver_knob(d, order);
	char *title;

	if (knob ? asprintf(&title, "`%s`", knob) < 0 :
	    asprintf(&title, "No knob set: the `%s` module with its defaults", d->module) < 0)
		return NULL;
	return title;
}

int ans_group(struct ans_run *r)
{
	size_t i, j;
	char *title;
	int order;

	for (i = 0; i < r->ndrivers; i++) {
		ans_score(&r->drivers[i]);
		title = group_title(&r->drivers[i], &order);
		if (!title || group_index(r, title, order) < 0)
			return -ENOMEM;
	}
	qsort(r->groups, r->ngroups, sizeof(*r->groups), cmp_group);
	for (j = 0; j < r->ngroups; j++) {
		struct ans_group *g = &r->groups[j];

		g->drivers = calloc(r->ndrivers ? r->ndrivers : 1, sizeof(size_t));
		if (!g->drivers)
			return -ENOMEM;
		for (i = 0; i < r->ndrivers; i++) {
			title = group_title(&r->drivers[i], &order);
			if (!title)
				return -ENOMEM;
			if (!strcmp(title, g->title)) {
				r->drivers[i].group = (int)j;
				g->drivers[g->n++] = i;
			}
			free(title);
		}
		cmp_base = r->drivers;
		qsort(g->drivers, g->n, sizeof(size_t), cmp_index);
	}
	return 0;
}
