// SPDX-License-Identifier: GPL-2.0-only
/*
 * The recommendation, from the confirm run alone: the lines to apply in
 * attach order (module parameters, the backend, the sysfs knobs before
 * vdpa dev add), the gain over stock with its interval, and the runs that
 * are the evidence. Everything but the commands is a '#' comment, so the
 * output runs as a shell script.
 */
#ifndef VLAB_TUNE_RECOMMEND_H
#define VLAB_TUNE_RECOMMEND_H

#include <stdio.h>

#include "tune_run.h"

/* The device name the lines use (the harness's, bench/guest/agent.sh) */
#define TUNE_DEV "vduse0"

int tune_recommend(const struct tune_run *confirm, FILE *out, char *why, size_t len);

#endif
