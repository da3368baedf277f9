// SPDX-License-Identifier: GPL-2.0-only
/*
 * JSON documents on disk with json-c: strict whole-text parsing (trailing
 * garbage is an error, not silently ignored) and atomic pretty-printed writes.
 */
#ifndef VLAB_JSONFILE_H
#define VLAB_JSONFILE_H

#include <json-c/json.h>

/* Parse text as exactly one JSON value; -EBADMSG if it is not. */
int vlab_json_parse(const char *text, struct json_object **out);

/* Read and parse a file; -ENOENT if absent, -EBADMSG if not JSON. */
int vlab_json_read(const char *path, struct json_object **out);

/* Write obj pretty-printed with a final newline, atomically. */
int vlab_json_write(const char *path, struct json_object *obj);

#endif
