// SPDX-License-Identifier: GPL-2.0-only
/*
 * The option and target tables (opts.def, targets.def) and the checks built
 * on them: one value against its row, and the rules between options. The
 * daemon (opts.c) and the sweep planner (bench/src/plan/sweep.c) both call
 * these, so a value or a combination one accepts the other accepts too.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "optdef.h"

const struct blkd_targetdef blkd_targets[BLKD_NTARGETS] = {
#define TARGET(name, path, help) { #name, BP_##path, help },
#include "targets.def"
#undef TARGET
};

#define T(name) BLKD_T(name)
const struct blkd_optdef blkd_optdefs[BO_COUNT] = {
#define OPT(id, lng, sh, kind, lo, hi, dflt, values, targets, xport, sweep, arg, allowed, help, \
	    dest)                                                                            \
	{ lng, sh, BK_##kind, lo, hi, dflt, values, targets, BX_##xport, sweep, arg, allowed, help },
#include "opts.def"
#undef OPT
};
#undef T

/* "one of null, ram, ..." */
static void target_names(char *buf, size_t n)
{
	size_t len = snprintf(buf, n, "one of");

	for (int i = 0; i < BLKD_NTARGETS && len < n; i++)
		len += snprintf(buf + len, n - len, "%s %s", i ? "," : "", blkd_targets[i].name);
}

int blkd_target_find(const char *name)
{
	for (int i = 0; i < BLKD_NTARGETS; i++)
		if (!strcmp(blkd_targets[i].name, name))
			return i;
	return -1;
}

const char *const blkd_transport_names[BX_COUNT] = { "any", "vduse", "ublk" };

enum blkd_transport blkd_transport_of(const struct blkd_args *a)
{
	/* --transport's values in opts.def's order: vduse|ublk */
	return a->num[BO_TRANSPORT] ? BX_UBLK : BX_VDUSE;
}

void blkd_args_init(struct blkd_args *a)
{
	memset(a, 0, sizeof(*a));
	for (int i = 0; i < BO_COUNT; i++)
		a->num[i] = blkd_optdefs[i].dflt;
}

int blkd_opt_find(const char *word)
{
	if (word[0] == '-' && word[1] && !word[2]) {
		for (int i = 0; i < BO_COUNT; i++)
			if (blkd_optdefs[i].short_name == word[1])
				return i;
		return -1;
	}
	if (!strncmp(word, "--", 2))
		word += 2;
	for (int i = 0; i < BO_COUNT; i++)
		if (!strcmp(blkd_optdefs[i].name, word))
			return i;
	return -1;
}

/* A whole decimal number, nothing before or after it. */
static int whole(const char *s, uint64_t *out)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*out = strtoull(s, &end, 10);
	return errno || *end ? -1 : 0;
}

/* SIZE: bytes with an optional k, M, G or T suffix (powers of 1024). */
static int size(const char *s, uint64_t hi, uint64_t *out)
{
	unsigned long long v;
	unsigned int shift = 0;
	char *end;

	errno = 0;
	if (*s < '0' || *s > '9')
		return -1;
	v = strtoull(s, &end, 10);
	if (errno)
		return -1;
	switch (*end) {
	case '\0': break;
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	case 't': case 'T': shift = 40; end++; break;
	default: return -1;
	}
	if (*end || v > hi >> shift)
		return -1;
	*out = v << shift;
	return 0;
}

static int devname_ok(const char *s, size_t max)
{
	size_t n = strlen(s);

	if (n == 0 || n > max || s[0] == '.')
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") == n;
}

static int cpus(struct blkd_args *a, const struct blkd_optdef *d, const char *s, char *why,
		size_t n)
{
	unsigned int k = 0;
	const char *p = s;
	uint64_t c;

	do {
		char item[16];
		size_t len = strcspn(p, ",");

		if (k == BLKD_MAX_CPUS) {
			snprintf(why, n, "at most %d CPUs", BLKD_MAX_CPUS);
			return -1;
		}
		if (!len || len >= sizeof(item))
			return -1;
		memcpy(item, p, len);
		item[len] = '\0';
		if (whole(item, &c) || c < d->lo || c > d->hi)
			return -1;
		a->cpus[k++] = (int)c;
		p += len;
	} while (*p++ == ',');
	a->ncpus = k;
	return 0;
}

/* The index of val in "a|b|c", or -1. */
static int enum_index(const char *values, const char *val)
{
	size_t len = strlen(val);
	int i = 0;

	for (const char *p = values; *p; i++) {
		size_t w = strcspn(p, "|");

		if (w == len && !strncmp(p, val, len))
			return i;
		p += w + (p[w] == '|');
	}
	return -1;
}

int blkd_opt_value(struct blkd_args *a, int id, const char *val, char *why, size_t n)
{
	const struct blkd_optdef *d = &blkd_optdefs[id];
	uint64_t v = 0;
	int ok = 1, i;

	snprintf(why, n, "%s", d->allowed ? d->allowed : "no value");
	switch (d->kind) {
	case BK_FLAG:
	case BK_ACTION:
		v = d->lo;
		break;
	case BK_UINT:
	case BK_POW2:
		ok = !whole(val, &v) && v >= d->lo && v <= d->hi &&
		     (d->kind == BK_UINT || !(v & (v - 1)));
		break;
	case BK_SIZE:
		ok = !size(val, d->hi, &v) && v >= d->lo;
		break;
	case BK_STR:
		ok = strlen(val) >= d->lo && strlen(val) <= d->hi;
		break;
	case BK_DEVNAME:
		ok = devname_ok(val, d->hi);
		break;
	case BK_CPUS:
		ok = !cpus(a, d, val, why, n);
		break;
	case BK_ENUM:
		i = enum_index(d->values, val);
		ok = i >= 0;
		v = (uint64_t)i;
		break;
	case BK_TARGET:
		i = blkd_target_find(val);
		ok = i >= 0;
		v = (uint64_t)i;
		if (!ok)
			target_names(why, n);
		break;
	}
	if (!ok)
		return -1;
	a->set[id] = true;
	a->text[id] = val;
	a->num[id] = v;
	return 0;
}

static int __attribute__((format(printf, 3, 4))) say(char *msg, size_t n, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, n, fmt, ap);
	va_end(ap);
	return -1;
}

/* "--target file or --target ram": the targets of mask, named by tfmt. */
static void targets_of(unsigned int mask, const char *tfmt, char *buf, size_t n)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int i = 0; i < BLKD_NTARGETS && len < n; i++) {
		if (!(mask & (1u << i)))
			continue;
		if (len)
			len += snprintf(buf + len, n - len, " or ");
		if (len < n)
			len += snprintf(buf + len, n - len, tfmt, blkd_targets[i].name);
	}
}

int blkd_args_check(const struct blkd_args *a, const char *tfmt, char *msg, size_t n)
{
	char want[128], have[64];
	int t;

	if (!a->set[BO_TARGET]) {
		target_names(want, sizeof(want));
		return say(msg, n, "--target is required: %s", want);
	}
	t = (int)a->num[BO_TARGET];
	snprintf(have, sizeof(have), tfmt, blkd_targets[t].name);
	for (int i = 0; i < BO_COUNT; i++)
		if (a->set[i] && blkd_optdefs[i].targets && !(blkd_optdefs[i].targets & (1u << t))) {
			targets_of(blkd_optdefs[i].targets, tfmt, want, sizeof(want));
			return say(msg, n, "'--%s' is only for %s; this backend has %s",
				   blkd_optdefs[i].name, want, have);
		}
	for (int i = 0; i < BO_COUNT; i++)
		if (a->set[i] && blkd_optdefs[i].transport != BX_ANY &&
		    blkd_optdefs[i].transport != blkd_transport_of(a))
			return say(msg, n, "'--%s' is only for --transport %s; this backend has --transport %s",
				   blkd_optdefs[i].name, blkd_transport_names[blkd_optdefs[i].transport],
				   blkd_transport_names[blkd_transport_of(a)]);
	if (blkd_targets[t].path == BP_REQUIRED && !a->set[BO_PATH])
		return say(msg, n, "%s needs --path", have);
	if (blkd_targets[t].path == BP_NONE && a->set[BO_PATH])
		return say(msg, n, "--path '%s' is not valid: the %s target has no storage",
			   a->text[BO_PATH], blkd_targets[t].name);
	if (a->set[BO_UMEM] && a->set[BO_UMEM_HUGEPAGE])
		return say(msg, n, "'--umem' and '--umem-hugepage' both given; choose one (--umem-hugepage is --umem on 2 MiB huge pages)");
	if (a->set[BO_RECONNECT] && (a->set[BO_UMEM] || a->set[BO_UMEM_HUGEPAGE]))
		return say(msg, n, "'--reconnect' and '--%s' both given: the dead daemon's user memory held the bounce pages, which no other process can reach",
			   a->set[BO_UMEM] ? "umem" : "umem-hugepage");
	/* A target whose --path is optional keeps its data in our memory without one. */
	if (a->set[BO_RECONNECT] && blkd_targets[t].path == BP_OPTIONAL && !a->set[BO_PATH])
		return say(msg, n, "'--reconnect' with %s needs --path: without it the data was in the dead daemon's memory, and died with it",
			   have);
	if (a->set[BO_SIZE] && a->num[BO_SIZE] % a->num[BO_BLK_SIZE])
		return say(msg, n, "--size %s is not a multiple of --blk-size %llu", a->text[BO_SIZE],
			   (unsigned long long)a->num[BO_BLK_SIZE]);
	if (a->set[BO_IRQ_AFFINITY] && !strcmp(a->text[BO_IRQ_AFFINITY], "queue-cpu") &&
	    !a->set[BO_CPUS])
		return say(msg, n, "--irq-affinity queue-cpu needs --cpus: the CPU of each queue thread");
	if (a->set[BO_CROSSED_POLL_US] &&
	    !(a->set[BO_IRQ_AFFINITY] && !strcmp(a->text[BO_IRQ_AFFINITY], "auto")))
		return say(msg, n, "--crossed-poll-us needs --irq-affinity auto: only auto crosses and uncrosses queues");
	if (a->set[BO_BATCH] && a->num[BO_BATCH] > a->num[BO_QUEUE_SIZE])
		return say(msg, n, "--batch '%s' is not valid: at most the queue size (%llu%s)",
			   a->text[BO_BATCH], (unsigned long long)a->num[BO_QUEUE_SIZE],
			   a->set[BO_QUEUE_SIZE] ? "" : ", the default; see --queue-size");
	return 0;
}
