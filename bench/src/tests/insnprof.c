// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-insnprof's logic (bench/vm/insnprof/profile.c):
 * kallsyms text symbols are kept (module ones named "func [mod]"), data
 * symbols dropped and a zeroed listing refused; a PC falls to the last
 * symbol at or below it, user space to [user], a kernel PC below every
 * symbol to the no-symbol bucket; a window's blocks are summed per symbol
 * and divided by the I/Os, largest first; a profile survives its TSV; the
 * diff joins two profiles by symbol, absent on one side counting 0, and
 * sorts by the size of the difference; a malformed window line is named.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"
#include "testutil.h"

static const char kallsyms[] =
	"ffffffff81000000 T _stext\n"
	"ffffffff81000100 t do_idle\n"
	"ffffffff81000200 D some_data\n"
	"ffffffff81000300 T schedule\n"
	"ffffffffc0000000 t vduse_kick\t[vduse]\n";

static FILE *text_file(const char *text)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");

	if (!f)
		exit(T_FAIL);
	return f;
}

static void load(struct ksym_table *t)
{
	FILE *f = text_file(kallsyms);

	CHECK(ksyms_add(t, f) == 0, "kallsyms listing accepted");
	fclose(f);
}

static void test_lookup(void)
{
	struct ksym_table t = { 0 };
	FILE *f;

	load(&t);
	CHECK(t.n == 4, "4 text symbols, got %zu", t.n);
	CHECK(!strcmp(ksyms_lookup(&t, 0xffffffff81000000ULL), "_stext"), "exact start");
	CHECK(!strcmp(ksyms_lookup(&t, 0xffffffff81000150ULL), "do_idle"), "inside do_idle");
	/* the data symbol between is no boundary: still do_idle */
	CHECK(!strcmp(ksyms_lookup(&t, 0xffffffff81000250ULL), "do_idle"), "data symbol skipped");
	CHECK(!strcmp(ksyms_lookup(&t, 0xffffffffc0000010ULL), "vduse_kick [vduse]"), "module symbol");
	CHECK(!strcmp(ksyms_lookup(&t, 0x7f0000001000ULL), INSNPROF_USER), "user PC");
	CHECK(!strcmp(ksyms_lookup(&t, 0xffff888000000000ULL), INSNPROF_UNKNOWN), "kernel PC below all");
	ksyms_free(&t);

	f = text_file("0000000000000000 T _stext\n");
	CHECK(ksyms_add(&t, f) == -EPERM, "zeroed kallsyms refused");
	fclose(f);
	ksyms_free(&t);
}

static const char window[] =
	"# insnprof window 1 vcpu 0\n"
	"ffffffff81000100 600 100\n"  /* do_idle */
	"ffffffff81000180 200 100\n"  /* do_idle, another block */
	"ffffffff81000300 1000 50\n"  /* schedule */
	"401000 300 10\n"             /* user */
	"7f0000001000 100 10\n";      /* user */

static void test_profile_and_diff(void)
{
	struct ksym_table t = { 0 };
	struct profile p, back, other;
	struct diff_row *d;
	char *buf = NULL;
	size_t len = 0, n;
	long bad = 0;
	FILE *f, *out;

	load(&t);
	f = text_file(window);
	CHECK(profile_from_window(&p, f, &t, 100, &bad) == 0, "window read");
	fclose(f);
	CHECK(p.n == 3, "3 symbols, got %zu", p.n);
	CHECK(!strcmp(p.rows[0].name, "schedule"), "largest first, got %s", p.rows[0].name);
	CHECK_NEAR(p.rows[0].insns, 10, 1e-9);
	CHECK(!strcmp(p.rows[1].name, "do_idle"), "do_idle second");
	CHECK_NEAR(p.rows[1].insns, 8, 1e-9);
	CHECK_NEAR(p.rows[1].execs, 2, 1e-9);
	CHECK(!strcmp(p.rows[2].name, INSNPROF_USER), "user third");
	CHECK_NEAR(p.rows[2].insns, 4, 1e-9);
	CHECK_NEAR(p.total_insns, 22, 1e-9);

	out = open_memstream(&buf, &len);
	profile_write(&p, out);
	fclose(out);
	f = text_file(buf);
	CHECK(profile_read(&back, f, &bad) == 0, "profile read back");
	fclose(f);
	CHECK(back.n == p.n, "same rows back");
	CHECK_NEAR(back.total_insns, 22, 1e-9);

	f = text_file("symbol\tinsns_per_io\texecs_per_io\n[total]\t30\t4\n"
		      "schedule\t10\t0.5\ndo_idle\t16\t3\nnew_func\t4\t0.5\n");
	CHECK(profile_read(&other, f, &bad) == 0, "second profile read");
	fclose(f);
	d = profile_diff(&back, &other, &n);
	CHECK(d && n == 4, "4 joined rows, got %zu", n);
	if (d && n == 4) {
		CHECK(!strcmp(d[0].name, "do_idle") && tu_near(d[0].b - d[0].a, 8, 1e-9), "do_idle +8 first");
		CHECK(!strcmp(d[1].name, "[user]") && tu_near(d[1].b, 0, 1e-9), "user only in A: -4");
		CHECK(!strcmp(d[2].name, "new_func") && tu_near(d[2].a, 0, 1e-9), "new_func only in B: +4");
		CHECK(!strcmp(d[3].name, "schedule") && tu_near(d[3].b - d[3].a, 0, 1e-9), "schedule equal last");
	}
	free(d);
	profile_free(&other, 1);
	profile_free(&back, 1);
	profile_free(&p, 0);
	free(buf);

	f = text_file("ffffffff81000100 600 100\nnot a line\n");
	CHECK(profile_from_window(&p, f, &t, 1, &bad) == -EINVAL && bad == 2, "bad line 2 named, got %ld", bad);
	fclose(f);
	profile_free(&p, 0);
	ksyms_free(&t);
}

int main(void)
{
	test_lookup();
	test_profile_and_diff();
	return tu_result("insnprof");
}
