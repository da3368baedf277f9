// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-faults: what one run of the fault suite left in its folder, read
 * back and judged. The runner (bench/faults/run.sh) writes OUT/boots.list,
 * one "CASE MODULE" line per lab VM boot it meant to run, and for each
 * boot a folder OUT/boots/CASE.MODULE/ with console.log (the guest's
 * `vlab-fault: {...}` records among its lines) and status ("RC SECONDS":
 * bench/vm/boot.sh's exit status and the boot's wall time).
 */
#ifndef VLAB_FAULTS_H
#define VLAB_FAULTS_H

#include <json-c/json.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* One (case, module) boot and its verdict. */
struct fault_boot {
	char *name;		/* case */
	char *module;		/* stock or ours */
	int rc;			/* boot.sh's exit status; -1: never ran */
	double seconds;		/* wall time of the boot; < 0: unknown */
	size_t records;		/* vlab-fault records it printed */
	char *failure;		/* why the boot fails the suite, or NULL */
};

/* Every boot of a run, the records in boot order, the rows that fail. */
struct fault_run {
	struct fault_boot *boots;
	size_t n_boots;
	struct json_object *records;	/* array; each record gets "boot_seconds" */
	struct json_object *row_failures; /* array of strings, one per failing row */
	bool pass;
};

/* Read OUT/boots.list and every boot folder; judge each. 0 or -errno. */
int faults_read(const char *prog, const char *out, struct fault_run *run);

/*
 * Check one record line's JSON text against boot b: the fields, their
 * types, its case and module. NULL when well-formed, else why not
 * (a static or malloc'd string the caller frees).
 */
char *faults_check_record(struct json_object *rec, const struct fault_boot *b);

/* The verdict of one well-formed record: why it fails the suite, or NULL. */
const char *faults_row_failure(struct json_object *rec);

/* The markdown table (and boot failures) to f. */
void faults_print_md(FILE *f, const struct fault_run *run);

/* OUT/faults.md and OUT/faults.json, each written atomically. 0 or -errno. */
int faults_write(const char *prog, const char *out, const struct fault_run *run);

void faults_free(struct fault_run *run);

#endif
