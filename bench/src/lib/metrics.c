// SPDX-License-Identifier: GPL-2.0-only
/* The metrics table (metrics.def) and look-ups by name. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "metrics.h"

const struct vlab_metric_info vlab_metrics[VLAB_METRIC_COUNT] = {
#define VLAB_METRIC(id, n, u, higher, l) [VLAB_M_##id] = { .name = n, .unit = u, .label = l, \
							  .higher_better = higher },
#include "metrics.def"
#undef VLAB_METRIC
};

const char *const vlab_metric_names[VLAB_METRIC_COUNT + 1] = {
#define VLAB_METRIC(id, n, u, higher, l) [VLAB_M_##id] = n,
#include "metrics.def"
#undef VLAB_METRIC
	NULL
};

const struct vlab_metric_info *vlab_metric_find(const char *name)
{
	size_t m;

	for (m = 0; m < VLAB_METRIC_COUNT; m++)
		if (!strcmp(vlab_metrics[m].name, name))
			return &vlab_metrics[m];
	return NULL;
}

int vlab_metric_known(const char *name)
{
	return vlab_metric_find(name) != NULL;
}

const char *vlab_metric_list(void)
{
	static char buf[512];
	size_t len = 0, m;

	for (m = 0; m < VLAB_METRIC_COUNT; m++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s", m ? ", " : "",
					vlab_metric_names[m]);
	return buf;
}
