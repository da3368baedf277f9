// SPDX-License-Identifier: GPL-2.0-only
/*
 * insnprof-mark begin|end: run in the lab VM to open or close a window of
 * the insnprof plugin (insnprof.c): it executes the mark's magic NOP once.
 * Without the plugin the NOP does nothing, so the agent runs this only
 * when a run asks for insnprof (VLAB_INSNPROF), to keep its cost off the
 * other runs' guests.
 */
#include <stdio.h>
#include <string.h>

#include "mark.h"

#define STR_(...) #__VA_ARGS__
#define STR(...) STR_(__VA_ARGS__)
/* the mark's bytes, from mark.h's one list, as one instruction */
#define MARK_ASM(kind) asm volatile(".byte " STR(INSNPROF_MARK_BYTES(kind)) ::: "memory")

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "begin")) {
		MARK_ASM(INSNPROF_MARK_BEGIN);
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "end")) {
		MARK_ASM(INSNPROF_MARK_END);
		return 0;
	}
	fprintf(stderr, "usage: insnprof-mark begin|end\n");
	return 2;
}
