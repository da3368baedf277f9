// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-summarize: a run's rows aggregated over repetitions into
 * aggregate.csv and aggregate.json (summarize_agg.c).
 */
#ifndef VLAB_SUMMARIZE_AGG_H
#define VLAB_SUMMARIZE_AGG_H

#include <stddef.h>

#include "planfile.h"
#include "summarize_row.h"

/* Aggregation settings, recorded in aggregate.json. */
struct agg_opts {
	const char *run_dir;
	const char *baseline;		/* driver name; NULL: no ratios */
	const char *baseline_on;	/* its fixed backend, NULL: each row's own (planfile.h) */
	const char *sweep;		/* sweep name or NULL */
	const char *const *configs;	/* configuration order, NULL-terminated, or NULL */
	const struct vlab_planinfo *plan; /* baseline backends; NULL: none */
};

/* Write aggregate.csv and aggregate.json atomically; rows sorted by seq. */
int summarize_aggregate(const struct agg_opts *o, const struct row *rows, size_t n);

#endif
