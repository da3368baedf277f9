/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Reading the log-linear histograms of hist.h in the loaders: slot bounds,
 * mean and percentiles (within HIST_ERROR_BOUND), interval deltas, a compact
 * text chart and the JSON form every tool prints.
 */
#ifndef VLAB_HIST_USER_H
#define VLAB_HIST_USER_H

#include <stdio.h>
#include "hist.h"
#include "json.h"

__u64 hist__slot_lower(__u32 slot);
__u64 hist__slot_upper(__u32 slot); /* exclusive */
/* dst = a - b, slot by slot (a later snapshot minus an earlier one); its
 * count is the sum of its slots (the BPF side keeps no count). */
void hist__sub(struct hist *dst, const struct hist *a, const struct hist *b);
double hist__mean(const struct hist *h);
/* The value below which a fraction p (0..1) of the samples lie: the midpoint
 * of the slot that holds it; 0 for an empty histogram. */
double hist__percentile(const struct hist *h, double p);
double hist__max(const struct hist *h);
/* Power-of-two bar chart, under 80 columns; values divided by div. */
void hist__print(const struct hist *h, const char *unit, __u64 div, FILE *f);
/* {"count", "mean", "p50", "p90", "p99", "p999", "max", "buckets": [[lower,
 * count]...]} with values divided by div; buckets are the non-empty slots. */
void hist__json(const struct hist *h, struct json *j, const char *key, __u64 div);

#endif
