// SPDX-License-Identifier: GPL-2.0-only
/*
 * What the screen tries: one driver per value of our module's knobs
 * (kernel/knobs.def) within the budget and the constraints, and one
 * backend per vduse-blkd option value of a small table (checked against
 * backends/blkd/opts.def); every candidate left out is named with why.
 */
#ifndef VLAB_TUNE_SPACE_H
#define VLAB_TUNE_SPACE_H

#include <stdio.h>

#include "tune_model.h"

/* The most candidates of a kind: within a sweep's 24 drivers (less ours and aa) */
#define TUNE_MAX_CANDS 22

struct tune_cand {
	char name[25];		/* the sweep's driver or backend name */
	char key[32], value[24];	/* knob, or "--option" */
	struct tune_conf conf;	/* the defaults with this one change */
};

/*
 * The knob values to screen under r, each against the defaults within the
 * budget (tune_base_knobs); what is left out goes to notes, one line each.
 * Returns the count, or -ENOSPC.
 */
int tune_space_knobs(const struct tune_req *r, struct tune_cand *c, FILE *notes);
/* The same for vduse-blkd options (blkd-* backends; 0 for others, said in notes). */
int tune_space_daemon(const struct tune_req *r, struct tune_cand *c, FILE *notes);

/*
 * vduse-blkd's own checks of args on backend type with queues, as the
 * harness would start it: 0, or -EINVAL with why.
 */
int tune_blkd_check(const char *type, unsigned int queues, const char *args, char *why,
		    size_t len);

#endif
