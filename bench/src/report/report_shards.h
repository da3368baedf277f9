// SPDX-License-Identifier: GPL-2.0-only
/* vlab-report: the shards a merged run was made of (report_shards.c). */
#ifndef VLAB_REPORT_SHARDS_H
#define VLAB_REPORT_SHARDS_H

#include "report_doc.h"
#include "report_model.h"

/*
 * For a run merged from shards (manifest "shards", bench/vlab merge): one
 * row per shard (host, CPU, when, points, boots) and what the clock lets a
 * reader compare across them; nothing for a run made in one piece.
 */
void report_write_shards(struct doc *d, const struct report *r);

/* The manifest's "shards" (a new reference), or NULL for a run made in one piece. */
struct json_object *report_shards_of(struct json_object *manifest);

#endif
