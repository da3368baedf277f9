// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: how the run measured (report_measure.c). */
#ifndef VLAB_REPORT_MEASURE_H
#define VLAB_REPORT_MEASURE_H

#include <stddef.h>

#include "report_model.h"

struct doc;

/* The loud line, when a configuration ran bounce_strategy=direct */
void report_write_unsafe(struct doc *d, const struct report *r);
/* The clock, and what it lets a reader do with the figures */
void report_write_clock(struct doc *d, const struct report *r);
/* The header's Boots row, into buf */
void report_boots_text(const struct report *r, char *buf, size_t len);

#endif
