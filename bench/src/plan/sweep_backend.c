// SPDX-License-Identifier: GPL-2.0-only
/*
 * The sweep parser's [backend] sections: the backend types, from the kinds
 * of bench/guest/lib.sh's BACKEND_KINDS table (qsd-T from its QSD_TYPES,
 * blkd-T and ublk-T from vduse-blkd's targets, nullb), and args, checked by
 * vduse-blkd's own option code (sweep_parser.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sweep.h"
#include "sweep_parser.h"

#include "backend_kinds.h"
#include "optdef.h"
#include "qsd_types.h"

/* qemu-storage-daemon's types: the table bench/guest/lib.sh starts them from. */
static const char *const qsd_types[] = { VLAB_QSD_TYPES, NULL };
/* those of them on an image (@IMG@ in their node), which keep what is written */
static const char *const qsd_stored[] = { VLAB_QSD_STORED, NULL };

/*
 * A row of BACKEND_KINDS: kind (a type, or the prefix of one), from (what
 * completes it: "qsd", "target" or "-"), transport ("vduse", "ublk",
 * "kernel") and keys (the [backend] keys it takes beyond type, size and
 * queues: "args,build" or "-").
 */
struct backend_kind {
	const char *kind, *from, *transport, *keys;
};
static const struct backend_kind kinds[] = { VLAB_BACKEND_KINDS };
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

static const struct backend_kind *kind_of(const char *type)
{
	for (size_t i = 0; i < NKINDS; i++) {
		const struct backend_kind *k = &kinds[i];
		size_t n = strlen(k->kind);

		if (!strcmp(k->from, "-") ? !strcmp(type, k->kind)
		    : strncmp(type, k->kind, n) ? 0
		    : !strcmp(k->from, "qsd") ? sweep_in_set(type, qsd_types)
		    : blkd_target_find(type + n) >= 0)
			return k;
	}
	return NULL;
}

int sweep_backend_type_ok(const char *type)
{
	return kind_of(type) != NULL;
}

int sweep_backend_vduse(const char *type)
{
	const struct backend_kind *k = kind_of(type);

	return k && !strcmp(k->transport, "vduse");
}

/* Does the keys column "a,b" hold key? */
static int keys_have(const char *keys, const char *key)
{
	size_t n = strlen(key);

	for (const char *s = keys; (s = strstr(s, key)); s += n)
		if ((s == keys || s[-1] == ',') && (s[n] == '\0' || s[n] == ','))
			return 1;
	return 0;
}

int sweep_backend_takes(const char *type, const char *key)
{
	const struct backend_kind *k = kind_of(type);

	return k && keys_have(k->keys, key);
}

const char *sweep_backend_kinds_taking(const char *key)
{
	static char buf[256];
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < NKINDS && len < sizeof(buf); i++)
		if (keys_have(kinds[i].keys, key))
			len += snprintf(buf + len, sizeof(buf) - len, "%s%s%s", len ? ", " : "",
					kinds[i].kind, strcmp(kinds[i].from, "-") ? "T" : "");
	return buf;
}

/*
 * Does a backend of type keep what is written? qsd-T on an image, blkd-T and
 * ublk-T of a target with storage (targets.def: one that takes --path);
 * not null-co, a target without storage, nor nullb (lib.sh's nullb_start
 * sets memory_backed=0).
 */
int sweep_backend_keeps_data(const char *type)
{
	const struct backend_kind *k = kind_of(type);

	if (!k)
		return 0;
	if (!strcmp(k->from, "qsd"))
		return sweep_in_set(type, qsd_stored);
	if (!strcmp(k->from, "target"))
		return blkd_targets[blkd_target_find(type + strlen(k->kind))].path != BP_NONE;
	return 0;
}

/* Every type, or with stored only those that keep data, sep between them. */
static const char *types_list(const char *sep, int stored, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < NKINDS; i++) {
		const struct backend_kind *k = &kinds[i];

		if (!strcmp(k->from, "qsd")) {
			for (size_t j = 0; qsd_types[j] && len < size; j++)
				if (!stored || sweep_in_set(qsd_types[j], qsd_stored))
					len += snprintf(buf + len, size - len, "%s%s", len ? sep : "",
							qsd_types[j]);
		} else if (!strcmp(k->from, "target")) {
			for (int j = 0; j < BLKD_NTARGETS && len < size; j++)
				if (!stored || blkd_targets[j].path != BP_NONE)
					len += snprintf(buf + len, size - len, "%s%s%s", len ? sep : "",
							k->kind, blkd_targets[j].name);
		} else if (!stored && len < size) {
			len += snprintf(buf + len, size - len, "%s%s", len ? sep : "", k->kind);
		}
	}
	return buf;
}

const char *sweep_backend_types(const char *sep)
{
	static char buf[512];

	return types_list(sep, 0, buf, sizeof(buf));
}

const char *sweep_backend_types_keeping(void)
{
	static char buf[512];

	return types_list(", ", 1, buf, sizeof(buf));
}

/*
 * [backend] args: vduse-blkd options, each checked by the daemon's own code
 * against its table (backends/blkd/opts.def, optdef.c), together with the
 * options the harness adds (bench/guest/lib.sh backend_start: --target from
 * the type, --path unless the target has no storage, --size, --queues,
 * --transport unless it is vduse), so that the rules between options hold
 * as in the guest. The options the table marks as not for a sweep are
 * refused with its reason. Run at the end of the section: args may come
 * before type.
 */

/* "blkd-%s" for a blkd-T backend: how the daemon's messages name its target. */
static const char *type_fmt(const struct sweep_backend *b, char *buf, size_t n)
{
	snprintf(buf, n, "%s%%s", kind_of(b->type)->kind);
	return buf;
}

/* The daemon's transport of b's kind, for the options of that transport. */
static enum blkd_transport kind_transport(const struct sweep_backend *b)
{
	const char *tr = kind_of(b->type)->transport;

	for (int x = BX_VDUSE; x < BX_COUNT; x++)
		if (!strcmp(blkd_transport_names[x], tr))
			return (enum blkd_transport)x;
	return BX_VDUSE;
}

static int blkd_args_bad(struct parser *p, const char *word, const char *why)
{
	char fmt[32];

	return sweep_fail(p, ((struct sweep_backend *)p->cur)->args_line, "%s args: '%s' %s; allowed: %s",
		    p->label, word, why, blkd_sweep_options(type_fmt(p->cur, fmt, sizeof(fmt)),
							     kind_transport(p->cur)));
}

/*
 * --transport T for a kind whose transport is not VDUSE, the daemon's
 * default, as backend_start passes it.
 */
static int add_transport(struct parser *p, struct sweep_backend *b, struct blkd_args *a)
{
	const char *tr = kind_of(b->type)->transport;
	char why[256];

	if (!strcmp(tr, "vduse"))
		return 0;
	if (blkd_opt_value(a, BO_TRANSPORT, tr, why, sizeof(why)))
		return sweep_fail(p, b->args_line, "%s args: --transport '%s' (from type = %s) is not valid: %s",
				  p->label, tr, b->type, why);
	return 0;
}

/* One word of args (and its value, eq or the next word) into a and out. */
static int blkd_arg(struct parser *p, struct blkd_args *a, char *word, char **save, char **out)
{
	int line = ((struct sweep_backend *)p->cur)->args_line;
	char *eq = strncmp(word, "--", 2) ? NULL : strchr(word, '='), *value = NULL, *t = NULL;
	const struct blkd_optdef *d;
	char why[256];
	int id;

	if (eq)
		*eq = '\0';
	id = word[0] == '-' ? blkd_opt_find(word) : -1;
	if (id < 0)
		return blkd_args_bad(p, word, word[0] == '-' ? "is not a vduse-blkd option the sweep may set"
							  : "is not an option (a value without its option?)");
	d = &blkd_optdefs[id];
	if (d->sweep) {
		snprintf(why, sizeof(why), "is not allowed here: %s", d->sweep);
		return blkd_args_bad(p, word, why);
	}
	if (a->set[id])
		return sweep_fail(p, line, "%s args: '%s' is given twice; give each option once", p->label, word);
	if (d->kind == BK_FLAG && eq)
		return sweep_fail(p, line, "%s args: '%s' takes no value, but has '=%s'", p->label, word, eq + 1);
	if (d->kind != BK_FLAG) {
		value = eq ? eq + 1 : strtok_r(NULL, " \t", save);
		if (!value || !*value)
			return sweep_fail(p, line, "%s args: '%s' needs a value: %s", p->label, word, d->allowed);
	}
	if (blkd_opt_value(a, id, value, why, sizeof(why)))
		return sweep_fail(p, line, "%s args: %s '%s' is not valid: %s", p->label, word, value, why);
	if (asprintf(&t, "%s%s%s%s%s", *out ? *out : "", *out ? " " : "", word, value ? " " : "",
		     value ? value : "") < 0)
		return -ENOMEM;
	free(*out);
	*out = t;
	return 0;
}

int sweep_parse_blkd_args(struct parser *p, struct sweep_backend *b)
{
	char *copy = strdup(b->args), *word, *save = NULL, *out = NULL, why[512], fmt[48];
	struct blkd_args a;
	int ret = 0, t = blkd_target_find(b->type + strlen(kind_of(b->type)->kind));

	if (!copy)
		return -ENOMEM;
	blkd_args_init(&a);
	for (word = strtok_r(copy, " \t", &save); word && !ret; word = strtok_r(NULL, " \t", &save))
		ret = blkd_arg(p, &a, word, &save, &out);
	if (!ret && !out)
		ret = sweep_fail(p, b->args_line, "%s args: the value is empty; give a value or remove the line",
			   p->label);
	if (!ret)
		ret = add_transport(p, b, &a);
	if (ret)
		goto out;
	/* what the harness adds, as bench/guest/lib.sh backend_start does */
	a.set[BO_TARGET] = a.set[BO_SIZE] = a.set[BO_QUEUES] = true;
	a.num[BO_TARGET] = (uint64_t)t;
	a.text[BO_SIZE] = b->size;
	a.num[BO_SIZE] = b->size_bytes;
	a.num[BO_QUEUES] = b->queues;
	a.set[BO_PATH] = blkd_targets[t].path != BP_NONE;
	snprintf(fmt, sizeof(fmt), "type = %s%%s", kind_of(b->type)->kind);
	if (blkd_args_check(&a, fmt, why, sizeof(why))) {
		ret = sweep_fail(p, b->args_line, "%s args: %s", p->label, why);
		goto out;
	}
	b->umem = a.set[BO_UMEM_HUGEPAGE] ? SWEEP_UMEM_HUGEPAGE : a.set[BO_UMEM] ? SWEEP_UMEM_ANON
									  : SWEEP_UMEM_OFF;
	b->blk_size = a.set[BO_BLK_SIZE] ? (unsigned)a.num[BO_BLK_SIZE] : 0;
	free(b->args);
	b->args = out;
	out = NULL;
out:
	free(out);
	free(copy);
	return ret;
}

int sweep_set_backend_key(struct parser *p, int k, const char *val)
{
	struct sweep_backend *b = p->cur;
	uint64_t v;
	int ret;

	switch (k) {
	case 0:
		if (!sweep_backend_type_ok(val))
			return sweep_fail(p, p->line, "%s type: '%s' is not a backend type; allowed: %s",
				    p->label, val, sweep_backend_types(", "));
		return sweep_set_str(&b->type, val);
	case 1:
		ret = sweep_parse_size(p, "size", val, 1 << 20, 64ULL << 30, "1M to 64G", &b->size_bytes);
		return ret ? ret : sweep_set_str(&b->size, val);
	case 2:
		ret = sweep_parse_uint(p, "queues", val, 1, 16, &v);
		b->queues = (unsigned)v;
		return ret;
	case 3:
		/* checked at the end of the section, when the type is known */
		b->args_line = p->line;
		return sweep_set_str(&b->args, val);
	default:
		if (!sweep_choice_ok(SWEEP_BUILD, val))
			return sweep_fail(p, p->line, "%s build: '%s' is not a vduse-blkd build; allowed: %s",
					  p->label, val, sweep_choice_list(SWEEP_BUILD));
		/* the type is checked at the end of the section; instr is the default */
		b->build_line = p->line;
		return sweep_choice_is_default(SWEEP_BUILD, val) ? 0 : sweep_set_str(&b->build, val);
	}
}
