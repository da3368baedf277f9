// SPDX-License-Identifier: GPL-2.0-only
/*
 * Our module's knobs and module parameters, checked from kernel/knobs.def:
 * the table the patches and kernel/README.md are tested against, so the
 * planner knows the same names, values and ranges as the driver without a
 * copy of its own.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "number.h"
#include "sweep_knobs.h"

enum knob_kind { KNOB_ENUM, KNOB_UINT, KNOB_BOOL };

struct knob {
	const char *name;
	int where;			/* VDUSE_KNOB_SYSFS and/or VDUSE_KNOB_PARAM */
	enum knob_kind kind;
	const char *allowed;		/* KNOB_ENUM: "a, b, c" */
	const char *unit;		/* KNOB_UINT */
	uint64_t min, max;		/* KNOB_UINT; 0 and 1 for KNOB_BOOL */
};

static const struct knob knobs[] = {
#define VDUSE_KNOB_ENUM(n, w, a) { .name = #n, .where = w, .kind = KNOB_ENUM, .allowed = a },
#define VDUSE_KNOB_UINT(n, w, u, lo, hi, d, m) \
	{ .name = #n, .where = w, .kind = KNOB_UINT, .unit = u, .min = lo, .max = hi },
#define VDUSE_KNOB_BOOL(n, w, d) { .name = #n, .where = w, .kind = KNOB_BOOL, .min = 0, .max = 1 },
#include "knobs.def"
};

#define NKNOBS (sizeof(knobs) / sizeof(knobs[0]))

/* Is value one of the ", "-separated names in allowed? (exact, like sysfs_match_string) */
static int enum_has(const char *allowed, const char *value)
{
	size_t len = strlen(value);
	const char *s = allowed;

	while (*s) {
		size_t n = strcspn(s, ",");

		if (n == len && !strncmp(s, value, len))
			return 1;
		s += n;
		s += strspn(s, ", ");
	}
	return 0;
}

/* Usable this way: as_param, as a per-device knob, or on the stock module:
 * only the per-device files upstream has (VDUSE_KNOB_SYSFS alone). */
static int usable(const struct knob *k, int as_param, int stock)
{
	if (stock)
		return !as_param && k->where == VDUSE_KNOB_SYSFS;
	return !!(k->where & (as_param ? VDUSE_KNOB_PARAM : VDUSE_KNOB_SYSFS));
}

/* "a, b, c": the names of the knobs usable this way, for messages */
static void list_names(int as_param, int stock, char *buf, size_t len)
{
	size_t used = 0, i;

	buf[0] = '\0';
	for (i = 0; i < NKNOBS && used < len; i++)
		if (usable(&knobs[i], as_param, stock))
			used += snprintf(buf + used, len - used, "%s%s", used ? ", " : "",
					 knobs[i].name);
}

int sweep_knob_check(int as_param, int stock, const char *name, const char *value, char *why,
		     size_t len)
{
	const struct knob *k = NULL;
	char names[512];
	uint64_t v;
	size_t i;

	for (i = 0; i < NKNOBS; i++)
		if (!strcmp(knobs[i].name, name))
			k = &knobs[i];
	if (k && !usable(k, as_param, stock) && stock) {
		list_names(as_param, stock, names, sizeof(names));
		snprintf(why, len, "'%s' is our module's, not the stock module's; allowed with module = stock: %s (upstream's own, kernel/knobs.def)",
			 name, names);
		return -EINVAL;
	}
	if (!k || !usable(k, as_param, stock)) {
		list_names(as_param, stock, names, sizeof(names));
		snprintf(why, len, "'%s' is not %s of %s module%s; allowed: %s (kernel/knobs.def)",
			 name, as_param ? "a module parameter" : "a per-device knob",
			 stock ? "the stock" : "our", k ? (as_param ? " (only a per-device knob)" : " (only a module parameter)") : "",
			 names);
		return -EINVAL;
	}
	switch (k->kind) {
	case KNOB_ENUM:
		if (enum_has(k->allowed, value))
			return 0;
		snprintf(why, len, "%s: '%s' is not allowed; allowed: %s", name, value, k->allowed);
		return -EINVAL;
	case KNOB_BOOL:
		if (!strcmp(value, "0") || !strcmp(value, "1"))
			return 0;
		snprintf(why, len, "%s: '%s' is not allowed; allowed: 0, 1", name, value);
		return -EINVAL;
	default:
		/* decimal only: the kernel would take 0x10 for some, and no suffix ("1M") for any */
		if (!vlab_parse_u64(value, &v) && v >= k->min && v <= k->max)
			return 0;
		snprintf(why, len, "%s: '%s' is not a whole number of %s from %llu to %llu", name,
			 value, k->unit, (unsigned long long)k->min, (unsigned long long)k->max);
		return -EINVAL;
	}
}
