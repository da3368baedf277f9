/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A minimal streaming JSON writer for the tools' one-object-per-line output:
 * nested objects and arrays, commas and string escaping handled here.
 */
#ifndef VLAB_JSON_H
#define VLAB_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 16

struct json {
	FILE *f;
	int depth;
	bool first[JSON_MAX_DEPTH];
};

/* key is NULL inside arrays and for the top-level object. */
void json__init(struct json *j, FILE *f);
void json__obj_open(struct json *j, const char *key);
void json__obj_close(struct json *j);
void json__arr_open(struct json *j, const char *key);
void json__arr_close(struct json *j);
void json__u64(struct json *j, const char *key, uint64_t v);
void json__i64(struct json *j, const char *key, int64_t v);
void json__double(struct json *j, const char *key, double v);
/* A number with a fixed count of decimals (timestamps). */
void json__fixed(struct json *j, const char *key, double v, int decimals);
void json__str(struct json *j, const char *key, const char *s);
void json__bool(struct json *j, const char *key, bool v);
/* Ends the top-level object with a newline and flushes. */
void json__end_line(struct json *j);

#endif
