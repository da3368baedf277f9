// SPDX-License-Identifier: GPL-2.0-only
/*
 * The caveats of report_caveat.h. Per-task perf stat switches its counters
 * at every context switch of the task it counts; vduse-blkd and
 * qemu-storage-daemon switch at very different rates, so it cost them
 * unequally (seen on the wall clock at commit 1dee097, in an unpublished
 * experiment: backends/README.md).
 */
#include <string.h>

#include <json-c/json.h>

#include "report_caveat.h"

int report_perf_unequal(struct json_object *plan)
{
	struct json_object *perf, *bes, *t;
	const char *first = NULL;
	size_t i;

	if (!plan || !json_object_object_get_ex(plan, "perf", &perf) ||
	    !json_object_get_boolean(perf) || !json_object_object_get_ex(plan, "backends", &bes) ||
	    !json_object_is_type(bes, json_type_array))
		return 0;
	for (i = 0; i < json_object_array_length(bes); i++) {
		if (!json_object_object_get_ex(json_object_array_get_idx(bes, i), "type", &t))
			continue;
		if (!first)
			first = json_object_get_string(t);
		else if (strcmp(first, json_object_get_string(t)))
			return 1;
	}
	return 0;
}

const char *report_perf_caveat(void)
{
	return "Caveat: this run kept perf stat on fio and on the backend (perf = on); "
	       "its counters are switched at every context switch, which backend types do at "
	       "different rates, so perf costs them unequally and ratios between backend types "
	       "are skewed.";
}
