// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the JSON writer (lib/json.c) and a histogram's JSON form
 * without a kernel: nesting, commas, escaping, non-finite numbers as null,
 * one object per line, and hist__json's keys and buckets.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hist_user.h"
#include "json.h"

static int failures;

static void expect(const char *got, const char *want)
{
	if (strcmp(got, want)) {
		printf("FAIL:\n got  %s\n want %s\n", got, want);
		failures++;
	}
}

int main(void)
{
	static struct hist h;
	struct json j;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	json__init(&j, f);
	json__obj_open(&j, NULL);
	json__str(&j, "tool", "t\"q\\\n\x01");
	json__u64(&j, "n", 18446744073709551615ull);
	json__i64(&j, "neg", -3);
	json__double(&j, "x", 0.5);
	json__fixed(&j, "ts", 1795880000.12345, 3);
	json__double(&j, "nan", NAN);
	json__bool(&j, "b", true);
	json__obj_open(&j, "o");
	json__arr_open(&j, "a");
	json__u64(&j, NULL, 1);
	json__arr_open(&j, NULL);
	json__u64(&j, NULL, 2);
	json__u64(&j, NULL, 3);
	json__arr_close(&j);
	json__arr_close(&j);
	json__obj_open(&j, "empty");
	json__obj_close(&j);
	json__obj_close(&j);
	json__end_line(&j);
	/* A second line starts afresh; end_line closes what is open. */
	json__obj_open(&j, NULL);
	json__u64(&j, "k", 1);
	json__obj_open(&j, "inner");
	json__end_line(&j);
	fflush(f);
	expect(buf, "{\"tool\":\"t\\\"q\\\\\\n\\u0001\",\"n\":18446744073709551615,\"neg\":-3,"
		    "\"x\":0.5,\"ts\":1795880000.123,\"nan\":null,\"b\":true,\"o\":{\"a\":[1,[2,3]],\"empty\":{}}}\n"
		    "{\"k\":1,\"inner\":{}}\n");
	fclose(f);
	free(buf);

	/* hist__json: two samples of 5 us and one of 100 us, in us. */
	h.slots[hist_slot(5000)] += 2;
	h.slots[hist_slot(100000)] += 1;
	h.count = 3;
	h.sum = 110000;
	buf = NULL;
	f = open_memstream(&buf, &len);
	json__init(&j, f);
	json__obj_open(&j, NULL);
	hist__json(&h, &j, "total", 1000);
	json__end_line(&j);
	fflush(f);
	expect(buf, "{\"total\":{\"count\":3,\"mean\":36.6667,\"p50\":5.008,\"p90\":100.096,"
		    "\"p99\":100.096,\"p999\":100.096,\"max\":100.096,"
		    "\"buckets\":[[4.992,2],[99.84,1]]}}\n");
	fclose(f);
	free(buf);
	if (failures)
		return 1;
	printf("PASS: json\n");
	return 0;
}
