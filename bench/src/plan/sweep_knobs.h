// SPDX-License-Identifier: GPL-2.0-only
/*
 * A [driver]'s params and knobs checked against our module's knob table
 * (kernel/knobs.def) while planning, so that a bad name or value is refused
 * with FILE:LINE instead of failing every point in the guest.
 */
#ifndef VLAB_SWEEP_KNOBS_H
#define VLAB_SWEEP_KNOBS_H

#include <stddef.h>

/*
 * Check name=value as a module parameter (as_param) or as a per-device
 * sysfs knob, of our module or of the stock one (stock: only upstream's
 * own per-device files, such as bounce_size, so that a memory budget can
 * hold for both). 0 if the table allows it; otherwise -EINVAL and why (at
 * most len bytes) says what is wrong and what is allowed, without the
 * section and key, which the caller adds.
 */
int sweep_knob_check(int as_param, int stock, const char *name, const char *value, char *why,
		     size_t len);

#endif
