// SPDX-License-Identifier: GPL-2.0-only
/*
 * The hostile backend's knob settings, on our module only: each new
 * device gets a random value of each of our choice knobs (kernel/
 * knobs.def, the one list of them) but bounce_strategy, which stays the
 * module's default (the fault record names it), so that the same abuse
 * meets the paths our patches add (inject_mode direct and coalesce with
 * its timers, kick_mode work and coalesce, ...); plus values the driver
 * must refuse, before and after attach.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "hostile.h"

#define VDUSE_KNOB_ENUM(name, where, allowed) { #name, allowed },
static const struct {
	const char *name, *allowed;
} knobs[] = {
#include "knobs.def"
};

static int knob_write(const char *dev, const char *knob, const char *val)
{
	char path[512];
	FILE *f;
	int ret = 0;

	snprintf(path, sizeof(path), "/sys/class/vduse/%s/%s", dev, knob);
	f = fopen(path, "w");
	if (!f)
		return -errno;
	if (fprintf(f, "%s\n", val) < 0)
		ret = -EIO;
	if (fclose(f) && !ret)
		ret = -errno;
	return ret;
}

/* The i-th name of "a, b, c" into buf. */
static const char *nth(const char *allowed, unsigned int i, char *buf, size_t len)
{
	const char *p = allowed;

	while (i-- && (p = strchr(p, ',')))
		p += 2;
	if (!p)
		return NULL;
	snprintf(buf, len, "%.*s", (int)strcspn(p, ","), p);
	return buf;
}

void knobs_randomize(struct hostile *h, bool attached)
{
	char picked[512] = "", val[32];
	int refused = 0, accepted = 0;

	for (size_t k = 0; k < sizeof(knobs) / sizeof(knobs[0]); k++) {
		unsigned int n = 1;
		int ret;

		if (!strcmp(knobs[k].name, "bounce_strategy"))
			continue;
		for (const char *p = knobs[k].allowed; (p = strchr(p, ',')); p++)
			n++;
		if (!nth(knobs[k].allowed, rnd_below(n), val, sizeof(val)))
			continue;
		ret = knob_write(h->name, knobs[k].name, val);
		if (ret == -ENOENT)
			return; /* the stock module: none of ours */
		if (!attached && !ret)
			snprintf(picked + strlen(picked), sizeof(picked) - strlen(picked), " %s=%s",
				 knobs[k].name, val);
		if (ret)
			refused++;
		else
			accepted++;
		/* names the driver must refuse */
		if (knob_write(h->name, knobs[k].name, rnd_below(2) ? "bogus" : ""))
			refused++;
		else
			accepted++;
	}
	hlog("knobs%s%s: accepted %d refused %d", attached ? " after attach" : "", picked, accepted,
	     refused);
}
