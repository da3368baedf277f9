// SPDX-License-Identifier: GPL-2.0-only
/*
 * A sweep's headline: the figure its question is answered by, declared in a
 * [headline NAME] section and carried into plan.json by vlab-plan. It names
 * an aggregate.csv metric, which ratio of it (to the baseline driver or to
 * the baseline backend), which cells (where: column=value filters) and
 * optionally a goal the ratio must meet. vlab-report draws it first and
 * vlab-index puts it in results/README.md; both evaluate it here, so a goal
 * is met or missed in one way only: by the ratio's interval, never by its
 * point estimate.
 */
#ifndef VLAB_HEADLINE_H
#define VLAB_HEADLINE_H

#include <stddef.h>

#include <json-c/json.h>

#include "csv.h"

/* of: which ratio; the names are the values the sweep file takes */
enum vlab_hl_of { VLAB_HL_DRIVER, VLAB_HL_BACKEND, VLAB_HL_OF_COUNT };
extern const char *const vlab_hl_of_names[];		/* NULL-terminated */
/*
 * the aggregate.csv columns a where filter may name: these core ones,
 * NULL-terminated, and every extra axis of lib/axes.def (fsync, fs, ...),
 * whose columns aggregate.csv has whenever a point sets them
 */
extern const char *const vlab_hl_where_keys[];
/* the extra axis a where key names (0-based, as vlab_xaxis()), or -1 */
int vlab_hl_where_xaxis(const char *key);
/* 1 when key is a column a where filter may name (either kind) */
int vlab_hl_where_known(const char *key);
/* "driver, backend, ..., fs": every key a where filter may name, into buf */
const char *vlab_hl_where_list(char *buf, size_t len);

/* ratio <= value, ratio >= value, or |ratio - 1| <= value (an A/A control's) */
enum vlab_goal_op { VLAB_GOAL_NONE, VLAB_GOAL_LE, VLAB_GOAL_GE, VLAB_GOAL_WITHIN };

#define VLAB_HL_MAX_WHERE 6

struct vlab_headline {
	const char *name, *metric;
	enum vlab_hl_of of;
	size_t nwhere;
	const char *where_key[VLAB_HL_MAX_WHERE], *where_val[VLAB_HL_MAX_WHERE];
	enum vlab_goal_op goal_op;
	double goal;
};

/*
 * "<= 0.7", ">= 1.5" or "within 0.005" (blanks optional; a positive
 * number; within's below 1). Returns 0 or -EINVAL.
 */
int vlab_goal_parse(const char *s, enum vlab_goal_op *op, double *value);
/* "<= 0.7", "within 0.005" into buf; "" without a goal */
void vlab_goal_format(enum vlab_goal_op op, double value, char *buf, size_t len);

/* The plan.json form of a headline (the strings are copied). */
struct json_object *vlab_headline_to_json(const struct vlab_headline *h);
/*
 * Read one element of plan.json's "headlines"; the strings point into o.
 * Returns 0, or -EBADMSG with *err a malloc'd message.
 */
int vlab_headline_from_json(struct json_object *o, struct vlab_headline *h, char **err);

enum vlab_verdict { VLAB_V_NONE, VLAB_V_MET, VLAB_V_MISSED, VLAB_V_UNDECIDED };
/* "", "met", "missed", "undecided" */
const char *vlab_verdict_name(enum vlab_verdict v);

struct vlab_hl_cell {
	size_t row;		/* in the aggregate table */
	double ratio, lo, hi;	/* lo, hi NAN without an interval */
	int sig;		/* the ratio's *_sig column: 1 significant, 0 not, -1 empty */
	enum vlab_verdict verdict;
};

/*
 * The cells of h in aggregate (aggregate.csv): the rows of h's metric that
 * pass every where filter and have h's ratio, in table order, with their
 * verdict against h's goal (none without a goal; undecided when the
 * interval straddles the goal or there is none). *cells is malloc'd (NULL
 * when *n is 0). Returns 0, -ENOMEM, or -EBADMSG with *err set when the
 * table lacks a column this needs.
 */
int vlab_headline_cells(const struct vlab_headline *h, const struct vlab_csv *agg,
			struct vlab_hl_cell **cells, size_t *n, char **err);

/* The verdict of a ratio interval [lo, hi] against a goal (NAN: no interval). */
enum vlab_verdict vlab_goal_verdict(enum vlab_goal_op op, double goal, double lo, double hi);

#endif
