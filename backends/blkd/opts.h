/* SPDX-License-Identifier: GPL-2.0-only */
/* vduse-blkd's command line: parsing and validation, every value range-checked. */
#ifndef BLKD_OPTS_H
#define BLKD_OPTS_H

#include <stdbool.h>

#include "dev.h"
#include "target.h"

/* The values of opts.def, where the daemon uses them (its dest column). */
struct blkd_opts {
	const struct be_ops *ops;
	struct be_target_opts to;
	struct be_dev_opts dev;
	int cpus[BE_MAX_QUEUES];
	bool have_cpus;
	unsigned int blk_size;
	bool ro, json, attach;
	unsigned int transport; /* --transport: 0 vduse, 1 ublk (opts.def's order) */
	bool user_copy;         /* ublk: UBLK_F_USER_COPY */
	unsigned int stats_interval; /* seconds, 0: off */
	const char *serial;
};

/* 0: run; 1: --help or a --list-* printed, exit 0; -1: error printed, exit 2. */
int blkd_parse(int argc, char **argv, struct blkd_opts *o);

#endif
