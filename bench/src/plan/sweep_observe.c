// SPDX-License-Identifier: GPL-2.0-only
/*
 * The sweep keys that make the overhead benchmarks sweeps (sweep.h): a
 * [driver]'s observe, the eBPF tool attached around each of its points' fio
 * runs, and a blkd-* [backend]'s build, the vduse-blkd binary it runs. Two
 * configurations that differ only in one of them, run in the same blocks,
 * give that tool's or that instrumentation's cost as their ratio.
 */
#include <stdio.h>
#include <string.h>

#include "sweep.h"

#include "ebpf_tools.h"

/* "none" first, then bench/guest/lib.sh's EBPF_TOOLS, which the agent attaches. */
static const char *const observers[] = { "none", VLAB_EBPF_TOOLS, NULL };
/*
 * vduse-blkd's builds (backends/CMakeLists.txt): "instr" is vduse-blkd, any
 * other B is vduse-blkd-B (bench/guest/lib.sh blkd_binary).
 */
static const char *const builds[] = { "instr", "noinstr", NULL };

static const char *const *const choices[] = { [SWEEP_OBSERVE] = observers,
					       [SWEEP_BUILD] = builds };

int sweep_choice_ok(enum sweep_choice c, const char *v)
{
	for (const char *const *l = choices[c]; *l; l++)
		if (!strcmp(*l, v))
			return 1;
	return 0;
}

int sweep_choice_is_default(enum sweep_choice c, const char *v)
{
	return !strcmp(choices[c][0], v);
}

const char *sweep_choice_list(enum sweep_choice c)
{
	static char buf[256];
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; choices[c][i] && n < sizeof(buf); i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s", i ? ", " : "", choices[c][i]);
	return buf;
}
