// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: perf stat -x, output is read by event name: task-clock in
 * msec from real captures (1.14 and 64.77), -ENODATA for <not counted> and
 * <not supported> or no task-clock line, -EBADMSG for a malformed value or
 * unit, -ENOENT for a missing file; comment lines are skipped.
 */
#include <errno.h>
#include <stdlib.h>

#include "perfstat.h"
#include "testutil.h"

static void file_is(const char *dir, const char *name, int want_ret, double want_ms)
{
	char *path = tu_fmt("%s/%s", dir, name);
	double ms = -1;
	int ret = vlab_perf_task_clock_ms(path, &ms);

	CHECK(ret == want_ret, "%s: ret %d, expected %d", name, ret, want_ret);
	if (!ret)
		CHECK_NEAR(ms, want_ms, 1e-9);
	free(path);
}

static void text_is(const char *text, int want_ret, double want_ms)
{
	double ms = -1;
	int ret = vlab_perf_parse_task_clock_ms(text, &ms);

	CHECK(ret == want_ret, "[%s]: ret %d, expected %d", text, ret, want_ret);
	if (!ret)
		CHECK_NEAR(ms, want_ms, 1e-9);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	file_is(argv[1], "perf-sleep.txt", 0, 1.14);
	file_is(argv[1], "perf-dd.txt", 0, 64.77);
	file_is(argv[1], "perf-notcounted.txt", -ENODATA, 0);
	file_is(argv[1], "no-such-file.txt", -ENOENT, 0);
	text_is("# started\n\n<not supported>,msec,task-clock,0,100.00,,\n", -ENODATA, 0);
	text_is("2,,context-switches,1,100.00,1.7,K/sec\n", -ENODATA, 0);
	text_is("", -ENODATA, 0);
	text_is("12.5,msec,task-clock:u,1,100.00,0.9,CPUs utilized\n", 0, 12.5);
	text_is("12,5,msec,task-clock,1,100.00\n", -ENODATA, 0); /* a decimal comma shifts fields */
	text_is("abc,msec,task-clock,1,100.00,,\n", -EBADMSG, 0);
	text_is("12.5,usec,task-clock,1,100.00,,\n", -EBADMSG, 0);
	text_is("-1,msec,task-clock,1,100.00,,\n", -EBADMSG, 0);
	return tu_result("perf-stat");
}
