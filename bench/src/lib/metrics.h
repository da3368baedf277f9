// SPDX-License-Identifier: GPL-2.0-only
/*
 * The metrics of aggregate.csv, one name each: vlab-summarize writes a row
 * per configuration, workload point and metric, and a sweep's [headline]
 * may name any of them.
 */
#ifndef VLAB_METRICS_H
#define VLAB_METRICS_H

#define VLAB_METRIC_COUNT 8
/* VLAB_METRIC_COUNT names and a NULL, in the order aggregate.csv lists them */
extern const char *const vlab_metric_names[VLAB_METRIC_COUNT + 1];

/* 1 when name is one of vlab_metric_names */
int vlab_metric_known(const char *name);

#endif
