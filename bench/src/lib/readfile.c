// SPDX-License-Identifier: GPL-2.0-only
/* Reading small text files whole (see readfile.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readfile.h"

int vlab_read_all(const char *path, char **buf, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *data = NULL, *bigger;
	FILE *f;
	int ret = 0;

	*buf = NULL;
	f = fopen(path, "re");
	if (!f)
		return -errno;
	data = malloc(cap);
	if (!data) {
		ret = -ENOMEM;
		goto out;
	}
	for (;;) {
		n += fread(data + n, 1, cap - n - 1, f);
		if (ferror(f)) {
			ret = -EIO;
			goto out;
		}
		if (feof(f))
			break;
		cap *= 2;
		bigger = realloc(data, cap);
		if (!bigger) {
			ret = -ENOMEM;
			goto out;
		}
		data = bigger;
	}
	data[n] = '\0';
	*buf = data;
	data = NULL;
	if (len)
		*len = n;
out:
	free(data);
	fclose(f);
	return ret;
}

int vlab_read_first_line(const char *path, char **line)
{
	char *text;
	size_t end;
	int ret;

	ret = vlab_read_all(path, &text, NULL);
	if (ret)
		return ret;
	end = strcspn(text, "\r\n");
	while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t'))
		end--;
	text[end] = '\0';
	*line = text;
	return 0;
}
