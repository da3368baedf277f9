// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-faults: the command line. bench/vlab faults boots the lab VM once
 * per (case, module) of bench/faults/cases.def and then runs this on its
 * folder: the table on stdout and in faults.md, the records in
 * faults.json, and the suite's verdict as the exit status.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "faults.h"

static const char *const prog = "vlab-faults";

static void usage(void)
{
	printf(
"Usage: vlab-faults [--quiet] OUT\n"
"Judge a fault-suite run folder OUT (bench/vlab faults writes it): read\n"
"OUT/boots.list (\"CASE MODULE\" per boot) and, per boot, OUT/boots/CASE.MODULE/\n"
"status (\"RC SECONDS\": boot.sh's exit status, wall time) and console.log,\n"
"whose `vlab-fault: {...}` lines are the records (bench/faults/README.md).\n"
"\n"
"Writes OUT/faults.md (the table: fault x module x strategy x backend ->\n"
"verdict, survived, guest I/O errors, data verified, dmesg clean, time to\n"
"recover, boot time; then each failure in words) and OUT/faults.json (pass,\n"
"boots, records, failures), each atomically, and prints the table unless\n"
"--quiet.\n"
"\n"
"The suite fails on: a boot that never ran, found no /init, panicked, timed\n"
"out (a hang), shipped a bad record, whose guest script exited non-zero or\n"
"printed no record; a record that is not JSON or lacks a field; a required\n"
"row that did not pass; a row whose dmesg was not clean.\n"
"\n"
"Exit status: 0 every boot and row passed; 1 a failure (listed); 2 bad usage\n"
"or a folder that is not a fault run.\n"
"\n"
"Examples:\n"
"  vlab-faults build/faults/20261206T230000Z\n"
"  bench/vlab faults --case kill9 --module ours\n");
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	struct fault_run run;
	int c, quiet = 0, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'q': quiet = 1; break;
		case 'h': usage(); return 0;
		default: vlab_getopt_error(prog, c, argv);
		}
	}
	if (optind != argc - 1)
		vlab_usage_error(prog, "give exactly one fault run folder (got %d arguments)",
				 argc - optind);
	vlab_require_dir(prog, "OUT", argv[optind]);
	ret = faults_read(prog, argv[optind], &run);
	if (ret) {
		faults_free(&run);
		return VLAB_EXIT_USAGE;
	}
	if (!quiet)
		faults_print_md(stdout, &run);
	if (faults_write(prog, argv[optind], &run)) {
		faults_free(&run);
		return VLAB_EXIT_FAIL;
	}
	ret = run.pass ? 0 : VLAB_EXIT_FAIL;
	faults_free(&run);
	return ret;
}
