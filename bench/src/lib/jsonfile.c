// SPDX-License-Identifier: GPL-2.0-only
/* JSON documents on disk (see jsonfile.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "jsonfile.h"
#include "readfile.h"

int vlab_json_parse(const char *text, struct json_object **out)
{
	struct json_tokener *tok;
	struct json_object *obj;
	size_t len = strlen(text), used;
	int ret = 0;

	*out = NULL;
	tok = json_tokener_new();
	if (!tok)
		return -ENOMEM;
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	/*
	 * Passing the terminating NUL tells json-c the input ends here, so a
	 * bare number such as "42" completes instead of waiting for more.
	 */
	obj = json_tokener_parse_ex(tok, text, (int)len + 1);
	if (!obj && json_tokener_get_error(tok) != json_tokener_success) {
		ret = -EBADMSG;
		goto out;
	}
	used = json_tokener_get_parse_end(tok);
	while (used < len && strchr(" \t\r\n", text[used]))
		used++;
	if (used < len) {
		json_object_put(obj);
		ret = -EBADMSG;
		goto out;
	}
	*out = obj; /* may be NULL for the JSON literal null */
out:
	json_tokener_free(tok);
	return ret;
}

int vlab_json_read(const char *path, struct json_object **out)
{
	char *text;
	int ret;

	*out = NULL;
	ret = vlab_read_all(path, &text, NULL);
	if (ret)
		return ret;
	ret = vlab_json_parse(text, out);
	free(text);
	return ret;
}

int vlab_json_write(const char *path, struct json_object *obj)
{
	const char *text;
	struct vlab_atomic a;
	int ret;

	text = json_object_to_json_string_ext(obj, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
						   JSON_C_TO_STRING_NOSLASHESCAPE);
	if (!text)
		return -ENOMEM;
	ret = vlab_atomic_open(&a, path);
	if (ret)
		return ret;
	fputs(text, a.f);
	fputc('\n', a.f);
	return vlab_atomic_commit(&a);
}
