// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: reading manifest.json (report_manifest.c). */
#ifndef VLAB_REPORT_MANIFEST_H
#define VLAB_REPORT_MANIFEST_H

#include "report_model.h"

struct json_object;

/* key of m as a string (a non-string value as compact JSON), "unknown" when absent; malloc'd */
char *report_manifest_value(struct json_object *m, const char *key);
/* RUN_DIR/manifest.json into r; a missing one is a warning, its fields "unknown" */
int report_load_manifest(struct report *r, const char *prog);

#endif
