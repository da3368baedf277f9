// SPDX-License-Identifier: GPL-2.0-only
/* Reading perf stat -x, output (see perfstat.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "perfstat.h"
#include "readfile.h"

/* "task-clock", or with a modifier such as "task-clock:u" */
static int is_task_clock(const char *event, size_t len)
{
	return len >= 10 && !strncmp(event, "task-clock", 10) && (len == 10 || event[10] == ':');
}

int vlab_perf_parse_task_clock_ms(const char *text, double *ms)
{
	const char *line, *nl, *c1, *c2, *c3;
	char *value, *end;
	size_t len;
	int ret = -ENODATA;

	for (line = text; *line; line = nl ? nl + 1 : line + strlen(line)) {
		nl = strchr(line, '\n');
		len = nl ? (size_t)(nl - line) : strlen(line);
		if (!len || line[0] == '#')
			continue;
		c1 = memchr(line, ',', len);
		c2 = c1 ? memchr(c1 + 1, ',', len - (c1 + 1 - line)) : NULL;
		if (!c2)
			continue; /* not a counter line */
		c3 = memchr(c2 + 1, ',', len - (c2 + 1 - line));
		if (!is_task_clock(c2 + 1, (c3 ? c3 : line + len) - (c2 + 1)))
			continue;
		if (line[0] == '<')
			return -ENODATA; /* <not counted>, <not supported> */
		if ((size_t)(c2 - c1 - 1) != 4 || strncmp(c1 + 1, "msec", 4))
			return -EBADMSG;
		value = strndup(line, c1 - line);
		if (!value)
			return -ENOMEM;
		*ms = strtod(value, &end);
		ret = end == value || *end || !isfinite(*ms) || *ms < 0 ? -EBADMSG : 0;
		free(value);
		return ret;
	}
	return ret;
}

int vlab_perf_task_clock_ms(const char *path, double *ms)
{
	char *text;
	int ret;

	ret = vlab_read_all(path, &text, NULL);
	if (ret)
		return ret;
	ret = vlab_perf_parse_task_clock_ms(text, ms);
	free(text);
	return ret;
}
