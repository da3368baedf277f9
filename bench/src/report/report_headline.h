// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: the sweep's headlines, charted and tabled (report_headline.c). */
#ifndef VLAB_REPORT_HEADLINE_H
#define VLAB_REPORT_HEADLINE_H

#include <stddef.h>

#include "report_model.h"

/* charts/headline-NAME.*: each of the sweep's headlines (report_headline.c). */
int report_headlines(struct report *r, int *drawn);
struct doc;
/* Each headline's section of REPORT.md: its table and its chart. */
void report_write_headlines(struct doc *d, const struct report *r);

#endif
