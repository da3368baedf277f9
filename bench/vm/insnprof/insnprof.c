// SPDX-License-Identifier: GPL-2.0-only
/*
 * insnprof: a QEMU TCG plugin that counts the guest instructions executed
 * per translation-block start address, exactly, and writes the counts of
 * a window the guest itself opens and closes.
 *
 * Why a plugin: on the instruction clock (bench/vm/clock.sh) perf's
 * sampling inside the guest takes guest time over, so it cannot say where
 * the instructions of an I/O go. A TCG plugin's inline counters are TCG
 * ops, not guest instructions: the guest's instruction count, and with it
 * its clock, is the same with the plugin as without.
 *
 * Why the guest opens the window: the guest's clock is its instruction
 * count, so a window the host opened (a file polled from a plugin thread)
 * would start wherever the guest happened to be when the host looked,
 * which moves with the host's load. Instead the guest runs
 * `insnprof-mark begin|end` (mark.c): a magic long NOP that this plugin
 * recognises at translation time and acts on, in the vCPU thread, at the
 * exact instruction. "begin" takes a copy of every counter; "end" writes
 * the difference to OUT/window-NNNN.txt, NNNN counting the ends of this
 * QEMU process from 1 (the guest agent counts them the same way).
 *
 * Usage: -plugin file=libinsnprof.so,out=DIR
 * Output (text, one window per file):
 *   # insnprof window N vcpu V
 *   PC_HEX INSNS EXECS     (one line per block start PC, counts in the window)
 * INSNS counts a block whole each time it is entered (an exception that
 * leaves a block early still counts it whole: the rare page fault or
 * interrupt in the middle of a block, against the counts of whole blocks).
 *
 * Threads: the lab's instruction clock runs every vCPU on one TCG thread
 * (thread=single), so translation, the inline adds and the marks never run
 * concurrently. Under multi-threaded TCG the adds of two vCPUs could race
 * and lose counts: the plugin is for the icount clock.
 * The counters have no vCPU index: QEMU 7.2's inline ops have none, and a
 * callback per block to get it would slow the guest several-fold.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <qemu-plugin.h>

#if QEMU_PLUGIN_VERSION != 1
#error "insnprof is written against QEMU's plugin API version 1 (QEMU 7.2)"
#endif

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

#include "mark.h"

/* One block start PC: its counts now and at the last "begin" mark. */
struct block_count {
	uint64_t pc;
	uint64_t insns, execs;
	uint64_t insns_at_begin, execs_at_begin;
};

/*
 * Counters live in chunks that never move (the inline ops point into
 * them); an open-addressing table of pointers to them, keyed by PC, finds
 * one at translation. Plain C: QEMU's plugin header needs no GLib, and
 * neither does this.
 */
#define CHUNK_ENTRIES 65536
static struct block_count **chunks;
static size_t n_chunks, n_counts;
static struct block_count **table; /* size table_size, a power of two */
static size_t table_size;
static char *out_dir;
static unsigned long windows_written;
static int window_open;

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p) {
		fprintf(stderr, "insnprof: out of memory\n");
		abort();
	}
	return p;
}

static size_t slot_of(uint64_t pc)
{
	/* Fibonacci hashing: block addresses share their low bits' patterns */
	return (size_t)((pc * 0x9e3779b97f4a7c15ULL) >> 20) & (table_size - 1);
}

static void table_grow(void)
{
	struct block_count **old = table;
	size_t old_size = table_size, i, j;

	table_size = table_size ? table_size * 2 : 1 << 16;
	table = xrealloc(NULL, table_size * sizeof(*table));
	memset(table, 0, table_size * sizeof(*table));
	for (i = 0; i < old_size; i++) {
		if (!old[i])
			continue;
		for (j = slot_of(old[i]->pc); table[j]; j = (j + 1) & (table_size - 1))
			;
		table[j] = old[i];
	}
	free(old);
}

static struct block_count *count_for(uint64_t pc)
{
	struct block_count *c;
	size_t j;

	if (2 * (n_counts + 1) > table_size)
		table_grow();
	for (j = slot_of(pc); table[j]; j = (j + 1) & (table_size - 1))
		if (table[j]->pc == pc)
			return table[j];
	if (n_counts == n_chunks * CHUNK_ENTRIES) {
		chunks = xrealloc(chunks, (n_chunks + 1) * sizeof(*chunks));
		chunks[n_chunks] = xrealloc(NULL, CHUNK_ENTRIES * sizeof(**chunks));
		memset(chunks[n_chunks++], 0, CHUNK_ENTRIES * sizeof(**chunks));
	}
	c = &chunks[n_counts / CHUNK_ENTRIES][n_counts % CHUNK_ENTRIES];
	n_counts++;
	c->pc = pc;
	table[j] = c;
	return c;
}

#define FOR_EACH_COUNT(c, i) \
	for (i = 0; i < n_counts && ((c) = &chunks[i / CHUNK_ENTRIES][i % CHUNK_ENTRIES]); i++)

static void window_begin(void)
{
	struct block_count *c;
	size_t i;

	FOR_EACH_COUNT(c, i) {
		c->insns_at_begin = c->insns;
		c->execs_at_begin = c->execs;
	}
	window_open = 1;
}

/* Write the window's counts; a failure is reported and the window lost. */
static void window_end(unsigned int vcpu)
{
	char path[4096], tmp[4200], msg[4400];
	struct block_count *c;
	FILE *f;
	size_t i;

	windows_written++;
	snprintf(path, sizeof(path), "%s/window-%04lu.txt", out_dir, windows_written);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	f = fopen(tmp, "w");
	if (!f) {
		snprintf(msg, sizeof(msg), "insnprof: %s: %s\n", tmp, strerror(errno));
		qemu_plugin_outs(msg);
		window_open = 0;
		return;
	}
	fprintf(f, "# insnprof window %lu vcpu %u%s\n", windows_written, vcpu,
		window_open ? "" : " (no begin mark: counts since QEMU started)");
	FOR_EACH_COUNT(c, i) {
		uint64_t di = c->insns - c->insns_at_begin, de = c->execs - c->execs_at_begin;

		if (de)
			fprintf(f, "%" PRIx64 " %" PRIu64 " %" PRIu64 "\n", c->pc, di, de);
	}
	/* renamed only when complete: a reader never sees half a window */
	if (fclose(f) != 0 || rename(tmp, path) != 0) {
		snprintf(msg, sizeof(msg), "insnprof: writing %s failed\n", path);
		qemu_plugin_outs(msg);
	}
	window_open = 0;
}

static void on_mark(unsigned int vcpu, void *udata)
{
	if ((uintptr_t)udata == INSNPROF_MARK_BEGIN)
		window_begin();
	else
		window_end(vcpu);
}

/* The mark's kind if INSN is one of mark.h's magic NOPs, else 0. */
static uintptr_t mark_kind(const struct qemu_plugin_insn *insn)
{
	static const uint8_t begin[] = { INSNPROF_MARK_BYTES(INSNPROF_MARK_BEGIN) };
	static const uint8_t end[] = { INSNPROF_MARK_BYTES(INSNPROF_MARK_END) };
	const void *data = qemu_plugin_insn_data(insn);

	if (qemu_plugin_insn_size(insn) != sizeof(begin))
		return 0;
	if (!memcmp(data, begin, sizeof(begin)))
		return INSNPROF_MARK_BEGIN;
	if (!memcmp(data, end, sizeof(end)))
		return INSNPROF_MARK_END;
	return 0;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
	size_t n = qemu_plugin_tb_n_insns(tb), i;
	struct block_count *c = count_for(qemu_plugin_tb_vaddr(tb));

	(void)id;
	qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &c->insns, n);
	qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &c->execs, 1);
	for (i = 0; i < n; i++) {
		struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
		uintptr_t kind = mark_kind(insn);

		if (kind)
			qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark, QEMU_PLUGIN_CB_NO_REGS,
							       (void *)kind);
	}
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info,
					   int argc, char **argv)
{
	int i;

	if (strcmp(info->target_name, "x86_64") != 0 || !info->system_emulation) {
		fprintf(stderr, "insnprof: for x86_64 system emulation only (got %s)\n",
			info->target_name);
		return -1;
	}
	for (i = 0; i < argc; i++) {
		if (!strncmp(argv[i], "out=", 4)) {
			out_dir = strdup(argv[i] + 4);
		} else {
			fprintf(stderr, "insnprof: unknown argument '%s' (usage: out=DIR)\n", argv[i]);
			return -1;
		}
	}
	if (!out_dir || !*out_dir) {
		fprintf(stderr, "insnprof: no out=DIR: where should the windows go?\n");
		return -1;
	}
	if (mkdir(out_dir, 0755) != 0 && errno != EEXIST) {
		fprintf(stderr, "insnprof: cannot create %s: %s\n", out_dir, strerror(errno));
		return -1;
	}
	qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
	return 0;
}
