// SPDX-License-Identifier: GPL-2.0-only
/*
 * Strict number parsing for command-line values: plain counts ("16") and
 * sizes ("4k", "1M", "512"). strtoull alone would accept " 16", "-1" and
 * "16abc", and an odd value must be refused, not guessed at.
 */
#ifndef VLAB_NUMBER_H
#define VLAB_NUMBER_H

#include <stdint.h>

/* Decimal digits only. -EINVAL if malformed, -ERANGE if above UINT64_MAX. */
int vlab_parse_u64(const char *s, uint64_t *out);

/*
 * Digits with an optional k, m or g suffix (any case), in powers of 1024:
 * "4k" = 4096, "1M" = 1048576, "512" = 512. -EINVAL / -ERANGE as above.
 */
int vlab_parse_size(const char *s, uint64_t *bytes);

#endif
