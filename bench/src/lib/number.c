// SPDX-License-Identifier: GPL-2.0-only
/* Strict number parsing (see number.h). */
#include <ctype.h>
#include <errno.h>
#include <string.h>

#include "number.h"

/* Parse the leading digits of s; *end is left after them. */
static int parse_digits(const char *s, uint64_t *out, const char **end)
{
	uint64_t v = 0;
	unsigned d;

	if (!isdigit((unsigned char)*s))
		return -EINVAL;
	for (; isdigit((unsigned char)*s); s++) {
		d = (unsigned)(*s - '0');
		if (v > (UINT64_MAX - d) / 10)
			return -ERANGE;
		v = v * 10 + d;
	}
	*out = v;
	*end = s;
	return 0;
}

int vlab_parse_u64(const char *s, uint64_t *out)
{
	const char *end;
	uint64_t v;
	int ret;

	ret = parse_digits(s, &v, &end);
	if (ret)
		return ret;
	if (*end)
		return -EINVAL;
	*out = v;
	return 0;
}

int vlab_parse_size(const char *s, uint64_t *bytes)
{
	const char *end;
	unsigned shift;
	uint64_t v;
	int ret;

	ret = parse_digits(s, &v, &end);
	if (ret)
		return ret;
	switch (tolower((unsigned char)*end)) {
	case '\0':
		shift = 0;
		break;
	case 'k':
		shift = 10;
		break;
	case 'm':
		shift = 20;
		break;
	case 'g':
		shift = 30;
		break;
	default:
		return -EINVAL;
	}
	if (shift && end[1])
		return -EINVAL; /* "4kb", "4k5" */
	if (v > (UINT64_MAX >> shift))
		return -ERANGE;
	*bytes = v << shift;
	return 0;
}
