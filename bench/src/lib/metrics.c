// SPDX-License-Identifier: GPL-2.0-only
#include <string.h>

#include "metrics.h"

const char *const vlab_metric_names[VLAB_METRIC_COUNT + 1] = {
	"iops", "bw_kib_s", "lat_mean_us", "lat_p99_us", "cpu_us_per_io", "cpu_us_per_io_guest",
	"lat_p50_us", "lat_p999_us", NULL
};

int vlab_metric_known(const char *name)
{
	const char *const *m;

	for (m = vlab_metric_names; *m; m++)
		if (!strcmp(*m, name))
			return 1;
	return 0;
}
