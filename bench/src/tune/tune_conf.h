// SPDX-License-Identifier: GPL-2.0-only
/*
 * A configuration's k=v lists (tune_model.h's struct tune_conf): set and
 * get one key, the memory its knobs may hold against the budget, and the
 * order its knobs are written in (kernel/knobs.def's).
 */
#ifndef VLAB_TUNE_CONF_H
#define VLAB_TUNE_CONF_H

#include <stddef.h>
#include <stdint.h>

#include "tune_model.h"

/* Set key=val in the blank-separated list (replacing key's value); -ENOSPC if it does not fit. */
int tune_kv_set(char *list, size_t len, const char *key, const char *val);
/* key's value in list into val (len bytes); 0, or -ENOENT. */
int tune_kv_get(const char *list, const char *key, char *val, size_t len);
/* list's k=v words sorted into kernel/knobs.def's order (unknown names last, by name) */
void tune_kv_sort(char *list, size_t len);

/*
 * The bounce memory knobs may hold at most (kernel/README.md): lazy,
 * prealloc: bounce_size; hugepage: bounce_size rounded up to 2 MiB; umem:
 * twice bounce_size (kernel pages plus the registered region); direct: 0.
 */
uint64_t tune_held(const char *knobs);

/* The bounce_size the defaults run with under budget: min(budget in pages, the default) */
uint64_t tune_base_size(uint64_t budget);
/* The knobs of our module's defaults under budget: bounce_size=N, or "" */
void tune_base_knobs(uint64_t budget, char *knobs, size_t len);

#endif
