/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * vduse-blkd's options and targets as data (opts.def, targets.def): each
 * value checked against its row, and the rules between options, in one
 * place that the daemon and the sweep planner both link. Nothing here
 * needs the daemon's runtime (no VDUSE, no io_uring): only libc.
 */
#ifndef BLKD_OPTDEF_H
#define BLKD_OPTDEF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum blkd_target_id {
#define TARGET(name, path, help) BLKD_T_##name,
#include "targets.def"
#undef TARGET
	BLKD_NTARGETS
};
/* opts.def's targets column: T(file) | ... */
#define BLKD_T(name) (1u << BLKD_T_##name)

enum blkd_path_rule { BP_NONE, BP_OPTIONAL, BP_REQUIRED };

struct blkd_targetdef {
	const char *name;
	enum blkd_path_rule path;
	const char *help;
};
extern const struct blkd_targetdef blkd_targets[BLKD_NTARGETS];
/* The row of target name, or -1. */
int blkd_target_find(const char *name);

enum blkd_opt_id {
#define OPT(id, ...) BO_##id,
#include "opts.def"
#undef OPT
	BO_COUNT
};

enum blkd_opt_kind { BK_FLAG, BK_UINT, BK_POW2, BK_SIZE, BK_STR, BK_DEVNAME, BK_CPUS, BK_ENUM, BK_TARGET,
		      BK_ACTION };

/* opts.def's transport column; BX_VDUSE, BX_UBLK in --transport's order */
enum blkd_transport { BX_ANY, BX_VDUSE, BX_UBLK, BX_COUNT };
extern const char *const blkd_transport_names[BX_COUNT];

struct blkd_optdef {
	const char *name;	/* long name, without "--" */
	char short_name;	/* or 0 */
	enum blkd_opt_kind kind;
	uint64_t lo, hi, dflt;
	const char *values;	/* ENUM: "a|b|c" */
	unsigned int targets;	/* BLKD_T() mask, 0: any */
	enum blkd_transport transport; /* the one it is for, or BX_ANY */
	const char *sweep;	/* NULL: a sweep may give it; else why not */
	const char *arg, *allowed, *help;
};
extern const struct blkd_optdef blkd_optdefs[BO_COUNT];

#define BLKD_MAX_CPUS 16

/* The options of one command line, as given. */
struct blkd_args {
	bool set[BO_COUNT];
	const char *text[BO_COUNT];	/* the value as given (not copied) */
	uint64_t num[BO_COUNT];		/* numbers; ENUM, TARGET: the row; else dflt */
	int cpus[BLKD_MAX_CPUS];
	unsigned int ncpus;
};

void blkd_args_init(struct blkd_args *a);
/* The transport a's --transport chose (vduse if not given). */
enum blkd_transport blkd_transport_of(const struct blkd_args *a);
/* The row of "--long", "-s" or "long", or -1. */
int blkd_opt_find(const char *word);
/*
 * Check val against row id and record it in a; 0, or -1 with why (what is
 * allowed) filled in for a message "--NAME 'VAL' is not valid: WHY".
 */
int blkd_opt_value(struct blkd_args *a, int id, const char *val, char *why, size_t n);
/*
 * The rules between options, once every one is recorded: 0, or -1 with msg
 * filled in. tfmt names a target in the message: "--target %s" for the
 * daemon, "type = blkd-%s" for the planner.
 */
int blkd_args_check(const struct blkd_args *a, const char *tfmt, char *msg, size_t n);

/* Printed from the tables (optprint.c). */
void blkd_print_options_help(FILE *f); /* --help's OPTIONS lines */
void blkd_print_targets(FILE *f);	/* --list-targets */
void blkd_print_options(FILE *f);	/* --list-options */
/*
 * What a sweep's args may give: "--queue-size N, ..., and for blkd-file
 * --direct, ...", a target named by tfmt ("blkd-%s"). A static buffer.
 */
const char *blkd_sweep_options(const char *tfmt, enum blkd_transport x);

#endif
