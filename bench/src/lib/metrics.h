// SPDX-License-Identifier: GPL-2.0-only
/*
 * The metrics of aggregate.csv, as listed once in metrics.def: name, unit,
 * better direction and label.
 */
#ifndef VLAB_METRICS_H
#define VLAB_METRICS_H

enum vlab_metric {
#define VLAB_METRIC(id, name, unit, higher, label) VLAB_M_##id,
#include "metrics.def"
#undef VLAB_METRIC
	VLAB_METRIC_COUNT
};

struct vlab_metric_info {
	const char *name, *unit, *label;
	int higher_better;		/* 1: higher is better (iops); 0: lower (latency, CPU) */
};
extern const struct vlab_metric_info vlab_metrics[VLAB_METRIC_COUNT];

/* VLAB_METRIC_COUNT names and a NULL, in the order aggregate.csv lists them */
extern const char *const vlab_metric_names[VLAB_METRIC_COUNT + 1];

/* 1 when name is one of vlab_metric_names */
int vlab_metric_known(const char *name);
/* "iops, bw_kib_s, ...": every name, for help texts and messages (a static buffer) */
const char *vlab_metric_list(void);
/* The metric called name, or NULL. */
const struct vlab_metric_info *vlab_metric_find(const char *name);

#endif
