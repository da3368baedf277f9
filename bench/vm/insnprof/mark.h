/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The marks the guest runs to open and close an insnprof window (mark.c)
 * and the plugin recognises (insnprof.c): one x86 long NOP each,
 * `nopl DISP32(%rax,%rax,1)` (0f 1f 84 00 + disp32), whose displacement
 * says which mark it is. A NOP is one guest instruction that changes no
 * state, so a mark costs the guest what any NOP costs; compilers pad with
 * this form but with a zero displacement, so no other code carries it.
 */
#ifndef INSNPROF_MARK_H
#define INSNPROF_MARK_H

#define INSNPROF_MARK_BEGIN 1
#define INSNPROF_MARK_END 2

/* disp32 = 'I' 'P' KIND 0xa5, little-endian; plain numbers, so that the
 * same list serves C (the plugin) and the assembler's .byte (mark.c) */
#define INSNPROF_MARK_BYTES(kind) 0x0f, 0x1f, 0x84, 0x00, 0x49, 0x50, kind, 0xa5

#endif
