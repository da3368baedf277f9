// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: size and count parsing accept exactly digits with an optional
 * k/m/g suffix in any case (powers of 1024), and reject signs, blanks, other
 * suffixes, hex and overflow with -EINVAL or -ERANGE.
 */
#include <errno.h>
#include <stdint.h>

#include "number.h"
#include "testutil.h"

static void good_size(const char *s, uint64_t want)
{
	uint64_t v = 0;
	int ret = vlab_parse_size(s, &v);

	CHECK(ret == 0 && v == want, "'%s' -> ret %d value %llu, expected %llu", s, ret,
	      (unsigned long long)v, (unsigned long long)want);
}

static void bad_size(const char *s, int want)
{
	uint64_t v = 12345;
	int ret = vlab_parse_size(s, &v);

	CHECK(ret == want && v == 12345, "'%s' -> ret %d, expected %d, value must stay", s, ret,
	      want);
}

int main(void)
{
	uint64_t v;

	good_size("512", 512);
	good_size("0", 0);
	good_size("4k", 4096);
	good_size("4K", 4096);
	good_size("1m", 1048576);
	good_size("1M", 1048576);
	good_size("64G", 64ULL << 30);
	good_size("16777216", 16ULL << 20);
	good_size("007k", 7 * 1024);
	good_size("18446744073709551615", UINT64_MAX);
	good_size("17179869183g", 17179869183ULL << 30);	/* largest that fits */

	bad_size("", -EINVAL);
	bad_size("k", -EINVAL);
	bad_size("-1", -EINVAL);
	bad_size("+4k", -EINVAL);
	bad_size(" 4k", -EINVAL);
	bad_size("4k ", -EINVAL);
	bad_size("4 k", -EINVAL);
	bad_size("4kb", -EINVAL);
	bad_size("4KiB", -EINVAL);
	bad_size("4t", -EINVAL);
	bad_size("4kk", -EINVAL);
	bad_size("1.5k", -EINVAL);
	bad_size("0x10", -EINVAL);
	bad_size("18446744073709551616", -ERANGE);
	bad_size("17179869184g", -ERANGE);			/* 2^34 GiB = 2^64 */
	bad_size("18014398509481984k", -ERANGE);

	CHECK(vlab_parse_u64("16", &v) == 0 && v == 16, "16");
	CHECK(vlab_parse_u64("0", &v) == 0 && v == 0, "0");
	CHECK(vlab_parse_u64("16k", &v) == -EINVAL, "counts take no suffix");
	CHECK(vlab_parse_u64("-1", &v) == -EINVAL, "-1");
	CHECK(vlab_parse_u64("", &v) == -EINVAL, "empty");
	CHECK(vlab_parse_u64("99999999999999999999", &v) == -ERANGE, "overflow");
	return tu_result("size-parse");
}
