// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: REPORT.md and report.html (report_body.c). */
#ifndef VLAB_REPORT_BODY_H
#define VLAB_REPORT_BODY_H

#include <stddef.h>

#include "report_model.h"

/* REPORT.md and report.html. */
int report_write(const struct report *r);

#endif
