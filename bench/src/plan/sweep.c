// SPDX-License-Identifier: GPL-2.0-only
/*
 * Sweep file parser (see sweep.h). The grammar, one construct per line:
 *
 *   # comment              blank lines too
 *   [sweep]                exactly one
 *   [driver NAME]          1 to 16     NAME: [a-z0-9][a-z0-9_-]{0,23}
 *   [backend NAME]         1 to 16
 *   [workload NAME]        1 to 32
 *   key = value            in the section above it; lists are comma
 *                          separated; a '#' at the start of the value or
 *                          after a blank starts a trailing comment
 *
 * Every value is checked where it is read, so that the one error reported
 * names the file, the line, the section, the key, the value and what would
 * have been allowed; checks that need the whole file run at its end.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"
#include "readfile.h"
#include "sweep.h"
#include "sweep_knobs.h"

#include "optdef.h"
#include "qsd_types.h"

enum kind { K_NONE, K_SWEEP, K_DRIVER, K_BACKEND, K_WORKLOAD, K_HEADLINE, K_COUNT };

static const char *const kind_names[K_COUNT] = { "", "sweep", "driver", "backend", "workload",
						  "headline" };

/* Keys of each section kind; the index is the key's slot in parser.key_line. */
static const char *const keys[K_COUNT][13] = { /* NULL-terminated */
	[K_SWEEP] = { "name", "description", "repetitions", "seed", "baseline", "warmup", "perf",
		      "baseline_backend", "clock", "control", "placement", "question" },
	[K_DRIVER] = { "module", "params", "knobs" },
	[K_BACKEND] = { "type", "size", "queues", "args" },
	/* then lib/axes.def's extra fio axes, from slot XAXIS_SLOT on */
	[K_WORKLOAD] = { "rw", "bs", "iodepth", "numjobs", "runtime", "ramp",
#define VLAB_AXIS_CORE(id, key, env, lo, hi, help)
#define VLAB_AXIS_FIO(id, key, env, fio, lo, hi, tag, only_rw, help) key,
#include "axes.def"
#undef VLAB_AXIS_CORE
#undef VLAB_AXIS_FIO
	},
	[K_HEADLINE] = { "metric", "of", "where", "goal" },
};

#define XAXIS_SLOT 6
_Static_assert(XAXIS_SLOT + VLAB_XAXIS_COUNT <= 12, "keys[] and key_line[] hold 12 keys");

static const char *const modules[] = { "stock", "ours", NULL };
/* The run's clock; bench/vm/clock.sh says what each does to QEMU. */
const char *const sweep_clocks[] = { "auto", "icount", "wall", NULL };
/* Where fio and the backend run: bench/guest/agent.sh place_backend. */
static const char *const placements[] = { "split", "free", NULL };
/* qemu-storage-daemon's types: the table bench/guest/lib.sh starts them from. */
static const char *const qsd_types[] = { VLAB_QSD_TYPES, NULL };
static const char *const rw_modes[] = {
	"read", "write", "randread", "randwrite", "rw", "randrw", NULL
};

struct parser {
	const char *path;
	struct sweep *sw;
	char *err;
	int line;		/* current line, 1-based */
	enum kind kind;		/* current section */
	void *cur;		/* its struct */
	char label[48];		/* "[driver ours]" for messages */
	int sect_line;
	int key_line[12];	/* line each key of the section was set on, 0 if not */
	int sweep_line, baseline_line, bbackend_line, control_line;
};

static int __attribute__((format(printf, 3, 4)))
fail(struct parser *p, int line, const char *fmt, ...)
{
	char *msg;
	va_list ap;
	int ret;

	if (p->err)
		return -EINVAL;
	va_start(ap, fmt);
	ret = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (ret < 0)
		return -ENOMEM;
	if (asprintf(&p->err, "%s:%d: %s", p->path, line, msg) < 0) {
		p->err = NULL;
		free(msg);
		return -ENOMEM;
	}
	free(msg);
	return -EINVAL;
}

/* "a, b, c" for messages */
static const char *join(const char *const *v, size_t n, const char *before)
{
	static char buf[256];
	size_t len = 0, i;

	buf[0] = '\0';
	for (i = 0; (n == (size_t)-1 ? v[i] != NULL : i < n) && len < sizeof(buf); i++)
		len += snprintf(buf + len, sizeof(buf) - len, "%s%s%s", i ? ", " : "", before, v[i]);
	return buf;
}

static int in_set(const char *s, const char *const *set)
{
	for (; *set; set++)
		if (!strcmp(s, *set))
			return 1;
	return 0;
}

int sweep_backend_type_ok(const char *type)
{
	return in_set(type, qsd_types) || (!strncmp(type, "blkd-", 5) && blkd_target_find(type + 5) >= 0);
}

const char *sweep_backend_types(const char *sep)
{
	static char buf[512];
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; qsd_types[i] && len < sizeof(buf); i++)
		len += snprintf(buf + len, sizeof(buf) - len, "%s%s", i ? sep : "", qsd_types[i]);
	for (int i = 0; i < BLKD_NTARGETS && len < sizeof(buf); i++)
		len += snprintf(buf + len, sizeof(buf) - len, "%sblkd-%s", sep, blkd_targets[i].name);
	return buf;
}

static int valid_name(const char *s, size_t max)
{
	size_t i, len = strlen(s);

	if (!len || len > max)
		return 0;
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      (i > 0 && (c == '_' || c == '-'))))
			return 0;
	}
	return 1;
}

static char *trim(char *s)
{
	char *end;

	s += strspn(s, " \t");
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

static int set_str(char **dst, const char *s)
{
	free(*dst);
	*dst = strdup(s);
	return *dst ? 0 : -ENOMEM;
}

static int parse_uint(struct parser *p, const char *key, const char *val, unsigned lo,
		      uint64_t hi, uint64_t *out)
{
	if (vlab_parse_u64(val, out) || *out < lo || *out > hi)
		return fail(p, p->line, "%s %s: '%s' is not a whole number from %u to %llu",
			    p->label, key, val, lo, (unsigned long long)hi);
	return 0;
}

static int parse_size(struct parser *p, const char *key, const char *val, uint64_t lo,
		      uint64_t hi, const char *range, uint64_t *out)
{
	int ret = vlab_parse_size(val, out);

	if (ret == -EINVAL)
		return fail(p, p->line, "%s %s: '%s' is not a size; use digits with an optional k, m or g suffix (powers of 1024), e.g. 4k; allowed: %s",
			    p->label, key, val, range);
	if (ret || *out < lo || *out > hi)
		return fail(p, p->line, "%s %s: '%s' is out of range; allowed: %s", p->label, key,
			    val, range);
	return 0;
}

/* Split a list value at commas, blanks around items trimmed; no empty items. */
static int split_list(struct parser *p, const char *key, const char *val, const char *example,
		      struct vlab_strlist *out)
{
	char *copy = strdup(val), *item, *next;
	char **bigger;

	vlab_strlist_free(out);
	if (!copy)
		return -ENOMEM;
	for (item = copy; item; item = next) {
		next = strchr(item, ',');
		if (next)
			*next++ = '\0';
		item = trim(item);
		if (!*item) {
			free(copy);
			return fail(p, p->line, "%s %s: empty item in '%s'; give comma-separated values such as %s",
				    p->label, key, val, example);
		}
		bigger = realloc(out->v, (out->n + 1) * sizeof(*out->v));
		if (!bigger || !(bigger[out->n] = strdup(item))) {
			if (bigger)
				out->v = bigger;
			free(copy);
			return -ENOMEM;
		}
		out->v = bigger;
		out->n++;
	}
	free(copy);
	return 0;
}

static int duplicate(struct parser *p, const char *key, const char *later, const char *earlier)
{
	if (!strcmp(later, earlier))
		return fail(p, p->line, "%s %s: '%s' is listed twice; list each value once", p->label,
			    key, later);
	return fail(p, p->line, "%s %s: '%s' is the same value as '%s'; list each value once",
		    p->label, key, later, earlier);
}

static int parse_uint_list(struct parser *p, const char *key, const char *val, unsigned lo,
			   unsigned hi, unsigned **out, size_t *n)
{
	struct vlab_strlist l = { 0 };
	uint64_t v;
	size_t i, j;
	int ret;

	ret = split_list(p, key, val, "1,16", &l);
	if (ret)
		goto out;
	free(*out);
	*out = calloc(l.n, sizeof(**out));
	*n = 0;
	if (!*out) {
		ret = -ENOMEM;
		goto out;
	}
	for (i = 0; i < l.n; i++) {
		ret = parse_uint(p, key, l.v[i], lo, hi, &v);
		if (ret)
			goto out;
		(*out)[i] = (unsigned)v;
		for (j = 0; j < i; j++)
			if ((*out)[j] == (*out)[i]) {
				ret = duplicate(p, key, l.v[i], l.v[j]);
				goto out;
			}
	}
	*n = l.n;
out:
	vlab_strlist_free(&l);
	return ret;
}

/* "k=v k=v": k [a-z_][a-z0-9_]*, v [A-Za-z0-9_.,:-]+, each k once. */
static int parse_kvlist(struct parser *p, const char *key, const char *val,
			struct sweep_kvlist *out)
{
	char *copy = strdup(val), *tok, *save = NULL, *eq;
	struct sweep_kv *bigger;
	size_t i;
	int ret = 0;

	if (!copy)
		return -ENOMEM;
	for (tok = strtok_r(copy, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		eq = strchr(tok, '=');
		if (!eq || eq == tok || !eq[1] || strspn(tok, "abcdefghijklmnopqrstuvwxyz_") < 1 ||
		    strspn(tok, "abcdefghijklmnopqrstuvwxyz0123456789_") != (size_t)(eq - tok) ||
		    strspn(eq + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,:-") !=
			    strlen(eq + 1)) {
			ret = fail(p, p->line, "%s %s: '%s' is not a k=v pair; give space-separated k=v with k of a-z, 0-9, '_' (not starting with a digit) and v of A-Z, a-z, 0-9, '_', '.', ',', ':', '-'",
				   p->label, key, tok);
			goto out;
		}
		*eq = '\0';
		for (i = 0; i < out->n; i++)
			if (!strcmp(out->v[i].key, tok)) {
				ret = fail(p, p->line, "%s %s: '%s' is set twice; set each once",
					   p->label, key, tok);
				goto out;
			}
		bigger = realloc(out->v, (out->n + 1) * sizeof(*out->v));
		if (!bigger) {
			ret = -ENOMEM;
			goto out;
		}
		out->v = bigger;
		out->v[out->n].key = strdup(tok);
		out->v[out->n].value = strdup(eq + 1);
		out->n++;
		if (!out->v[out->n - 1].key || !out->v[out->n - 1].value) {
			ret = -ENOMEM;
			goto out;
		}
	}
out:
	free(copy);
	return ret;
}

static int set_sweep_key(struct parser *p, int k, const char *val)
{
	struct sweep *sw = p->sw;
	uint64_t v;
	int ret = 0;

	switch (k) {
	case 0:
		if (!valid_name(val, 40))
			return fail(p, p->line, "[sweep] name: '%s' is not allowed; use 1 to 40 characters of a-z, 0-9, '_' and '-', not starting with '_' or '-'",
				    val);
		return set_str(&sw->name, val);
	case 1:
		return set_str(&sw->description, val);
	case 2:
		ret = parse_uint(p, "repetitions", val, 1, 100, &v);
		sw->reps = (unsigned)v;
		return ret;
	case 3:
		ret = parse_uint(p, "seed", val, 0, UINT32_MAX, &v);
		sw->seed = (uint32_t)v;
		sw->has_seed = 1;
		return ret;
	case 4:
		p->baseline_line = p->line;
		return set_str(&sw->baseline, val);
	case 5:
		ret = parse_uint(p, "warmup", val, 0, 600, &v);
		sw->warmup_s = (unsigned)v;
		return ret;
	case 7:
		/* resolved at the end of the file: the backends may come later */
		p->bbackend_line = p->line;
		return set_str(&sw->baseline_backend, val);
	case 8:
		if (!sweep_clock_known(val))
			return fail(p, p->line, "[sweep] clock: '%s' is not allowed; allowed: %s", val,
				    sweep_clock_list());
		return set_str(&sw->clock, val);
	case 9:
		/* checked at the end of the file: the drivers may come later */
		p->control_line = p->line;
		return set_str(&sw->control, val);
	case 11:
		/* one sentence: the index prints it as the run's line */
		if (strlen(val) > 200 || val[strlen(val) - 1] != '?')
			return fail(p, p->line, "[sweep] question: '%s' is not allowed; give one sentence of at most 200 characters ending in '?'",
				    val);
		sw->question_line = p->line;
		return set_str(&sw->question, val);
	case 10:
		if (!in_set(val, placements))
			return fail(p, p->line, "[sweep] placement: '%s' is not allowed; allowed: %s", val,
				    join(placements, (size_t)-1, ""));
		return set_str(&sw->placement, val);
	default:
		if (strcmp(val, "on") && strcmp(val, "off"))
			return fail(p, p->line, "[sweep] perf: '%s' is not allowed; allowed: on, off", val);
		sw->perf = !strcmp(val, "on");
		return 0;
	}
}

static int set_driver_key(struct parser *p, int k, const char *val)
{
	struct sweep_driver *d = p->cur;

	switch (k) {
	case 0:
		if (!in_set(val, modules))
			return fail(p, p->line, "%s module: '%s' is not a module; allowed: %s",
				    p->label, val, join(modules, (size_t)-1, ""));
		return set_str(&d->module, val);
	case 1:
		return parse_kvlist(p, "params", val, &d->params);
	default:
		return parse_kvlist(p, "knobs", val, &d->knobs);
	}
}

/*
 * [backend] args: vduse-blkd options, each checked by the daemon's own code
 * against its table (backends/blkd/opts.def, optdef.c), together with the
 * options the harness adds (bench/guest/lib.sh backend_start: --target from
 * the type, --path unless the target has no storage, --size, --queues), so
 * that the rules between options hold as in the guest. The options the
 * table marks as not for a sweep are refused with its reason. Run at the
 * end of the section: args may come before type.
 */
static int blkd_args_bad(struct parser *p, const char *word, const char *why)
{
	return fail(p, ((struct sweep_backend *)p->cur)->args_line, "%s args: '%s' %s; allowed: %s",
		    p->label, word, why, blkd_sweep_options("blkd-%s"));
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
		return fail(p, line, "%s args: '%s' is given twice; give each option once", p->label, word);
	if (d->kind == BK_FLAG && eq)
		return fail(p, line, "%s args: '%s' takes no value, but has '=%s'", p->label, word, eq + 1);
	if (d->kind != BK_FLAG) {
		value = eq ? eq + 1 : strtok_r(NULL, " \t", save);
		if (!value || !*value)
			return fail(p, line, "%s args: '%s' needs a value: %s", p->label, word, d->allowed);
	}
	if (blkd_opt_value(a, id, value, why, sizeof(why)))
		return fail(p, line, "%s args: %s '%s' is not valid: %s", p->label, word, value, why);
	if (asprintf(&t, "%s%s%s%s%s", *out ? *out : "", *out ? " " : "", word, value ? " " : "",
		     value ? value : "") < 0)
		return -ENOMEM;
	free(*out);
	*out = t;
	return 0;
}

static int parse_blkd_args(struct parser *p, struct sweep_backend *b)
{
	char *copy = strdup(b->args), *word, *save = NULL, *out = NULL, why[512];
	struct blkd_args a;
	int ret = 0, t = blkd_target_find(b->type + 5);

	if (!copy)
		return -ENOMEM;
	blkd_args_init(&a);
	for (word = strtok_r(copy, " \t", &save); word && !ret; word = strtok_r(NULL, " \t", &save))
		ret = blkd_arg(p, &a, word, &save, &out);
	if (!ret && !out)
		ret = fail(p, b->args_line, "%s args: the value is empty; give a value or remove the line",
			   p->label);
	if (ret)
		goto out;
	/* what the harness adds, as bench/guest/lib.sh backend_start does */
	a.set[BO_TARGET] = a.set[BO_SIZE] = a.set[BO_QUEUES] = true;
	a.num[BO_TARGET] = (uint64_t)t;
	a.text[BO_SIZE] = b->size;
	a.num[BO_SIZE] = b->size_bytes;
	a.num[BO_QUEUES] = b->queues;
	a.set[BO_PATH] = blkd_targets[t].path != BP_NONE;
	if (blkd_args_check(&a, "type = blkd-%s", why, sizeof(why))) {
		ret = fail(p, b->args_line, "%s args: %s", p->label, why);
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

static int set_backend_key(struct parser *p, int k, const char *val)
{
	struct sweep_backend *b = p->cur;
	uint64_t v;
	int ret;

	switch (k) {
	case 0:
		if (!sweep_backend_type_ok(val))
			return fail(p, p->line, "%s type: '%s' is not a backend type; allowed: %s",
				    p->label, val, sweep_backend_types(", "));
		return set_str(&b->type, val);
	case 1:
		ret = parse_size(p, "size", val, 1 << 20, 64ULL << 30, "1M to 64G", &b->size_bytes);
		return ret ? ret : set_str(&b->size, val);
	case 2:
		ret = parse_uint(p, "queues", val, 1, 16, &v);
		b->queues = (unsigned)v;
		return ret;
	default:
		/* checked at the end of the section, when the type is known */
		b->args_line = p->line;
		return set_str(&b->args, val);
	}
}

static int set_bs(struct parser *p, struct sweep_workload *w, const char *val)
{
	const char *range = "512 to 16M in multiples of 512";
	size_t i, j;
	int ret;

	ret = split_list(p, "bs", val, "4k,64k", &w->bs);
	if (ret)
		return ret;
	free(w->bs_bytes);
	w->bs_bytes = calloc(w->bs.n, sizeof(*w->bs_bytes));
	if (!w->bs_bytes)
		return -ENOMEM;
	for (i = 0; i < w->bs.n; i++) {
		ret = parse_size(p, "bs", w->bs.v[i], 512, 16 << 20, range, &w->bs_bytes[i]);
		if (ret)
			return ret;
		if (w->bs_bytes[i] % 512)
			return fail(p, p->line, "%s bs: '%s' is not a multiple of 512 bytes; allowed: %s",
				    p->label, w->bs.v[i], range);
		/* "4k" and "4096" would be the same point under two ids */
		for (j = 0; j < i; j++)
			if (w->bs_bytes[j] == w->bs_bytes[i])
				return duplicate(p, "bs", w->bs.v[i], w->bs.v[j]);
	}
	return 0;
}

static int set_workload_key(struct parser *p, int k, const char *val)
{
	struct sweep_workload *w = p->cur;
	uint64_t v;
	long dup;
	size_t i;
	int ret;

	switch (k) {
	case 0:
		ret = split_list(p, "rw", val, "randread,randwrite", &w->rw);
		for (i = 0; !ret && i < w->rw.n; i++)
			if (!in_set(w->rw.v[i], rw_modes))
				return fail(p, p->line, "%s rw: '%s' is not a fio rw mode; allowed: %s",
					    p->label, w->rw.v[i], join(rw_modes, (size_t)-1, ""));
		dup = ret ? -1 : vlab_strlist_first_dup(&w->rw);
		return dup >= 0 ? duplicate(p, "rw", w->rw.v[dup], w->rw.v[dup]) : ret;
	case 1:
		return set_bs(p, w, val);
	case 2:
		return parse_uint_list(p, "iodepth", val, 1, 1024, &w->iodepth, &w->n_iodepth);
	case 3:
		return parse_uint_list(p, "numjobs", val, 1, 64, &w->numjobs, &w->n_numjobs);
	case 4:
		ret = parse_uint(p, "runtime", val, 1, 3600, &v);
		w->runtime_s = (unsigned)v;
		return ret;
	case 5:
		ret = parse_uint(p, "ramp", val, 0, 600, &v);
		w->ramp_s = (unsigned)v;
		return ret;
	default:
		k -= XAXIS_SLOT;
		w->x_line[k] = p->line;
		return parse_uint_list(p, vlab_xaxis(k)->key, val, (unsigned)vlab_xaxis(k)->lo,
				       (unsigned)vlab_xaxis(k)->hi, &w->xv[k], &w->nx[k]);
	}
}

static int missing_key(struct parser *p, const char *key, const char *hint)
{
	return fail(p, p->sect_line, "%s has no '%s' key; it is required (%s)", p->label, key, hint);
}

/*
 * module = ours: every module parameter and knob against kernel/knobs.def,
 * here rather than in the guest, where a bad one fails every point after
 * the boot. Checked at the end of the section: params and knobs may come
 * before module.
 */
static int check_knobs(struct parser *p, const struct sweep_driver *d)
{
	const struct sweep_kvlist *lists[2] = { &d->params, &d->knobs };
	char why[768];
	size_t i, j;

	for (i = 0; i < 2; i++)
		for (j = 0; j < lists[i]->n; j++)
			if (sweep_knob_check(i == 0, lists[i]->v[j].key, lists[i]->v[j].value, why,
					     sizeof(why)))
				return fail(p, p->key_line[1 + i], "%s %s: %s", p->label,
					    i == 0 ? "params" : "knobs", why);
	return 0;
}

/* Checks that need the whole section, and the defaults. */
static int close_section(struct parser *p)
{
	struct sweep_driver *d = p->cur;
	struct sweep_backend *b = p->cur;
	struct sweep_workload *w = p->cur;
	unsigned *one;
	int ret = 0;

	switch (p->kind) {
	case K_SWEEP:
		if (!p->key_line[0])
			return missing_key(p, "name", "1 to 40 characters of a-z, 0-9, '_' and '-'");
		break;
	case K_DRIVER:
		if (!d->module)
			return missing_key(p, "module", "stock or ours");
		if (!strcmp(d->module, "stock") && p->key_line[1])
			return fail(p, p->key_line[1], "%s params: module parameters are only for module = ours; this driver has module = stock",
				    p->label);
		if (!strcmp(d->module, "stock") && p->key_line[2])
			return fail(p, p->key_line[2], "%s knobs: sysfs knobs are only for module = ours; this driver has module = stock",
				    p->label);
		if (!strcmp(d->module, "ours"))
			return check_knobs(p, d);
		break;
	case K_BACKEND:
		if (!b->type)
			return missing_key(p, "type", sweep_backend_types(", "));
		if (!b->size) {
			ret = set_str(&b->size, "1G");
			b->size_bytes = 1ULL << 30;
		}
		if (!b->queues)
			b->queues = 1;
		/* args may come before type: checked against it here */
		if (b->args && (strncmp(b->type, "blkd-", 5)))
			return fail(p, b->args_line, "%s args: options are only for vduse-blkd backends (blkd-T, T one of `vduse-blkd --list-targets`); this backend has type = %s",
				    p->label, b->type);
		if (b->args)
			return parse_blkd_args(p, b);
		break;
	case K_WORKLOAD:
		if (!w->rw.n)
			return missing_key(p, "rw", "a list of read, write, randread, randwrite, rw, randrw");
		if (!w->bs.n)
			return missing_key(p, "bs", "a list of sizes from 512 to 16M, e.g. 4k,64k");
		if (!w->n_iodepth)
			return missing_key(p, "iodepth", "a list of queue depths from 1 to 1024");
		if (!w->n_numjobs) {
			one = calloc(1, sizeof(*one));
			if (!one)
				return -ENOMEM;
			*one = 1;
			w->numjobs = one;
			w->n_numjobs = 1;
		}
		if (!p->key_line[4])
			w->runtime_s = 4;
		if (!p->key_line[5])
			w->ramp_s = 1;
		{
			char why[256];
			int line;

			if (sweep_workload_bad_axis(w, &line, why, sizeof(why)))
				return fail(p, line, "%s %s", p->label, why);
		}
		break;
	case K_HEADLINE:
		if (!p->key_line[0])
			return missing_key(p, "metric", "an aggregate.csv metric such as iops or lat_mean_us");
		if (!p->key_line[1])
			ret = set_str(&((struct sweep_headline *)p->cur)->of, "driver");
		break;
	default:
		break;
	}
	return ret;
}

static int open_section(struct parser *p, char *inner, const char *raw)
{
	struct sweep *sw = p->sw;
	char *type, *name, *extra, *save = NULL;
	enum kind k;
	size_t i, *count = NULL, max = 0;
	int ret;

	ret = close_section(p);
	if (ret)
		return ret;
	type = strtok_r(inner, " \t", &save);
	name = type ? strtok_r(NULL, " \t", &save) : NULL;
	extra = name ? strtok_r(NULL, " \t", &save) : NULL;
	for (k = K_SWEEP; k < K_COUNT && (!type || strcmp(type, kind_names[k])); k++)
		;
	if (k == K_COUNT)
		return fail(p, p->line, "unknown section type '%s'; allowed: [sweep], [driver NAME], [backend NAME], [workload NAME], [headline NAME]",
			    raw);
	if (k == K_SWEEP && name)
		return fail(p, p->line, "'%s': [sweep] takes no name", raw);
	if (k != K_SWEEP && !name)
		return fail(p, p->line, "'%s': a [%s] section needs a NAME, e.g. [%s a1]", raw, type, type);
	if (extra)
		return fail(p, p->line, "'%s': a section header holds a type and one NAME", raw);
	if (k != K_SWEEP && !valid_name(name, 24))
		return fail(p, p->line, "[%s %s]: '%s' is not a valid name; use 1 to 24 characters of a-z, 0-9, '_' and '-', not starting with '_' or '-'",
			    type, name, name);

	memset(p->key_line, 0, sizeof(p->key_line));
	p->kind = k;
	p->sect_line = p->line;
	if (k == K_SWEEP) {
		if (p->sweep_line)
			return fail(p, p->line, "[sweep] is given twice (first at line %d); give it once",
				    p->sweep_line);
		p->sweep_line = p->line;
		snprintf(p->label, sizeof(p->label), "[sweep]");
		p->cur = sw;
		return 0;
	}
	snprintf(p->label, sizeof(p->label), "[%s %s]", type, name);
	switch (k) {
	case K_DRIVER:
		count = &sw->ndrivers;
		max = SWEEP_MAX_DRIVERS;
		for (i = 0; i < sw->ndrivers; i++)
			if (!strcmp(sw->drivers[i].name, name))
				return fail(p, p->line, "%s is defined twice (first at line %d); names must differ",
					    p->label, sw->drivers[i].line);
		break;
	case K_BACKEND:
		count = &sw->nbackends;
		max = SWEEP_MAX_BACKENDS;
		for (i = 0; i < sw->nbackends; i++)
			if (!strcmp(sw->backends[i].name, name))
				return fail(p, p->line, "%s is defined twice (first at line %d); names must differ",
					    p->label, sw->backends[i].line);
		break;
	case K_HEADLINE:
		count = &sw->nheadlines;
		max = SWEEP_MAX_HEADLINES;
		for (i = 0; i < sw->nheadlines; i++)
			if (!strcmp(sw->headlines[i].name, name))
				return fail(p, p->line, "%s is defined twice (first at line %d); names must differ",
					    p->label, sw->headlines[i].line);
		break;
	default:
		count = &sw->nworkloads;
		max = SWEEP_MAX_WORKLOADS;
		for (i = 0; i < sw->nworkloads; i++)
			if (!strcmp(sw->workloads[i].name, name))
				return fail(p, p->line, "%s is defined twice (first at line %d); names must differ",
					    p->label, sw->workloads[i].line);
		break;
	}
	if (*count == max)
		return fail(p, p->line, "%s: more than %zu [%s] sections; at most %zu are allowed",
			    p->label, max, type, max);
	if (k == K_DRIVER) {
		p->cur = &sw->drivers[sw->ndrivers];
		sw->drivers[sw->ndrivers].line = p->line;
		ret = set_str(&sw->drivers[sw->ndrivers].name, name);
	} else if (k == K_HEADLINE) {
		p->cur = &sw->headlines[sw->nheadlines];
		sw->headlines[sw->nheadlines].line = p->line;
		ret = set_str(&sw->headlines[sw->nheadlines].name, name);
	} else if (k == K_BACKEND) {
		p->cur = &sw->backends[sw->nbackends];
		sw->backends[sw->nbackends].line = p->line;
		ret = set_str(&sw->backends[sw->nbackends].name, name);
	} else {
		p->cur = &sw->workloads[sw->nworkloads];
		sw->workloads[sw->nworkloads].line = p->line;
		ret = set_str(&sw->workloads[sw->nworkloads].name, name);
	}
	(*count)++;
	return ret;
}

/* Checked in sweep_check_headlines(), once the whole file is read. */
static int set_headline_key(struct parser *p, int k, const char *val)
{
	struct sweep_headline *h = p->cur;

	switch (k) {
	case 0:
		h->metric_line = p->line;
		return set_str(&h->metric, val);
	case 1:
		h->of_line = p->line;
		return set_str(&h->of, val);
	case 2:
		h->where_line = p->line;
		return parse_kvlist(p, "where", val, &h->where);
	default:
		h->goal_line = p->line;
		return set_str(&h->goal, val);
	}
}

static int key_value(struct parser *p, char *key, char *val)
{
	const char *const *allowed;
	int k, n;

	if (p->kind == K_NONE)
		return fail(p, p->line, "'%s' comes before any section; put it under [sweep], [driver NAME], [backend NAME], [workload NAME] or [headline NAME]",
			    key);
	allowed = keys[p->kind];
	for (n = 0; allowed[n]; n++)
		;
	for (k = 0; k < n && strcmp(allowed[k], key); k++)
		;
	if (k == n)
		return fail(p, p->line, "%s: unknown key '%s'; allowed: %s", p->label, key,
			    join(allowed, n, ""));
	if (p->key_line[k])
		return fail(p, p->line, "%s: key '%s' is set twice (first at line %d); set it once",
			    p->label, key, p->key_line[k]);
	p->key_line[k] = p->line;
	if (!*val)
		return fail(p, p->line, "%s %s: the value is empty; give a value or remove the line",
			    p->label, key);
	switch (p->kind) {
	case K_SWEEP:
		return set_sweep_key(p, k, val);
	case K_DRIVER:
		return set_driver_key(p, k, val);
	case K_BACKEND:
		return set_backend_key(p, k, val);
	case K_HEADLINE:
		return set_headline_key(p, k, val);
	default:
		return set_workload_key(p, k, val);
	}
}

/* One line, already stripped of its line ending. */
static int parse_line(struct parser *p, char *line)
{
	char *s = trim(line), *close, *eq, *val, *hash;

	if (!*s || *s == '#')
		return 0;
	if (*s == '[') {
		close = strchr(s, ']');
		if (close) {
			char *after = trim(close + 1);

			if (*after && *after != '#')
				return fail(p, p->line, "'%s': text after the section header; only a # comment may follow",
					    s);
			close[1] = '\0';
			*close = '\0';
			{
				char raw[128];

				snprintf(raw, sizeof(raw), "%s]", s);
				return open_section(p, trim(s + 1), raw);
			}
		}
		return fail(p, p->line, "'%s' has no closing ']'; a section header looks like [driver NAME]",
			    s);
	}
	eq = strchr(s, '=');
	if (!eq)
		return fail(p, p->line, "'%s' is neither a [section] header, a key = value line, a # comment nor blank",
			    s);
	*eq = '\0';
	val = eq + 1;
	/* a trailing comment starts at a '#' that begins the value or follows a blank */
	for (hash = val; (hash = strchr(hash, '#')); hash++)
		if (hash == val || hash[-1] == ' ' || hash[-1] == '\t') {
			*hash = '\0';
			break;
		}
	return key_value(p, trim(s), trim(val));
}

static size_t backend_index(const struct sweep *sw, const char *name)
{
	size_t i;

	for (i = 0; i < sw->nbackends && strcmp(sw->backends[i].name, name); i++)
		;
	return i;
}

/*
 * baseline_backend = BASE:OTHER, ...: items separated by commas or blanks,
 * each naming two different backends; OTHER is compared with BASE (same
 * driver, point and repetition). A backend is compared with one baseline at
 * most, and a baseline is not itself compared (no chains).
 */
static int resolve_bpairs(struct parser *p)
{
	static const char *const allowed = "give BASE:OTHER pairs of backend names separated by commas or blanks, e.g. qsd-null:blkd-null, qsd-file:blkd-file";
	struct sweep *sw = p->sw;
	const char *names[SWEEP_MAX_BACKENDS + 1];
	char *copy, *item, *save = NULL, *colon;
	size_t i, b, o;
	int ret = 0;

	if (!sw->baseline_backend)
		return 0;
	for (i = 0; i < sw->nbackends; i++)
		names[i] = sw->backends[i].name;
	copy = strdup(sw->baseline_backend);
	if (!copy)
		return -ENOMEM;
	for (item = strtok_r(copy, ", \t", &save); item; item = strtok_r(NULL, ", \t", &save)) {
		colon = strchr(item, ':');
		if (!colon || colon == item || !colon[1] || strchr(colon + 1, ':')) {
			ret = fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s' is not a BASE:OTHER pair; %s",
				   item, allowed);
			goto out;
		}
		*colon = '\0';
		b = backend_index(sw, item);
		o = backend_index(sw, colon + 1);
		if (b == sw->nbackends || o == sw->nbackends) {
			ret = fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s' is not a backend; backends: %s",
				   b == sw->nbackends ? item : colon + 1, join(names, sw->nbackends, ""));
			goto out;
		}
		if (b == o) {
			ret = fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s:%s' compares a backend with itself; %s",
				   item, colon + 1, allowed);
			goto out;
		}
		for (i = 0; i < sw->nbpairs; i++) {
			if (sw->bpairs[i].other == o) {
				ret = fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s' already has the baseline '%s'; give each backend one baseline",
					   colon + 1, sw->backends[sw->bpairs[i].base].name);
				goto out;
			}
			if (sw->bpairs[i].other == b || sw->bpairs[i].base == o) {
				ret = fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s' is both a baseline and compared with one; a baseline backend is not itself compared",
					   sw->bpairs[i].other == b ? item : colon + 1);
				goto out;
			}
		}
		sw->bpairs[sw->nbpairs++] = (struct sweep_bpair){ b, o };
	}
	if (!sw->nbpairs)
		ret = fail(p, p->bbackend_line, "[sweep] baseline_backend: empty; %s", allowed);
out:
	free(copy);
	return ret;
}

const struct sweep_backend *sweep_baseline_backend(const struct sweep *sw, size_t i)
{
	size_t k;

	for (k = 0; k < sw->nbpairs; k++)
		if (sw->bpairs[k].other == i)
			return &sw->backends[sw->bpairs[k].base];
	return NULL;
}

/* Same keys and values in the same order: "k=v" lists as the guest applies them. */
static int kv_equal(const struct sweep_kvlist *a, const struct sweep_kvlist *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->v[i].key, b->v[i].key) || strcmp(a->v[i].value, b->v[i].value))
			return 0;
	return 1;
}

/*
 * control = NAME: a driver that repeats the baseline driver exactly, under
 * another name. Its ratio to the baseline is then an A/A ratio, the noise
 * floor every other ratio of the run is read against; a control that
 * differed in anything would measure that difference instead.
 */
static int check_control(struct parser *p, const char *const *names)
{
	struct sweep *sw = p->sw;
	const struct sweep_driver *c = NULL, *b = NULL;
	size_t i;

	if (!sw->control)
		return 0;
	for (i = 0; i < sw->ndrivers; i++) {
		if (!strcmp(sw->drivers[i].name, sw->control))
			c = &sw->drivers[i];
		if (!strcmp(sw->drivers[i].name, sw->baseline))
			b = &sw->drivers[i];
	}
	if (!c)
		return fail(p, p->control_line, "[sweep] control: '%s' is not a driver; drivers: %s",
			    sw->control, join(names, sw->ndrivers, ""));
	if (c == b)
		return fail(p, p->control_line, "[sweep] control: '%s' is the baseline itself; the control is a second [driver] section identical to the baseline '%s', under another name",
			    sw->control, sw->baseline);
	if (strcmp(c->module, b->module) || !kv_equal(&c->params, &b->params) ||
	    !kv_equal(&c->knobs, &b->knobs))
		return fail(p, p->control_line, "[sweep] control: [driver %s] differs from the baseline [driver %s] in its %s; an A/A control must repeat the baseline exactly",
			    c->name, b->name, strcmp(c->module, b->module) ? "module" :
			    !kv_equal(&c->params, &b->params) ? "params" : "knobs");
	return 0;
}

int sweep_clock_known(const char *name)
{
	return in_set(name, sweep_clocks);
}

const char *sweep_clock_list(void)
{
	return join(sweep_clocks, (size_t)-1, "");
}

/* Checks over the whole file, once every section is read. */
static int finish(struct parser *p)
{
	struct sweep *sw = p->sw;
	const char *missing = NULL;
	const char *names[SWEEP_MAX_DRIVERS + 1];
	char desc[160];
	size_t i, j, k;
	int ret, end = p->line ? p->line : 1;

	ret = close_section(p);
	if (ret)
		return ret;
	if (!p->sweep_line)
		missing = "[sweep]";
	else if (!sw->ndrivers)
		missing = "[driver NAME]";
	else if (!sw->nbackends)
		missing = "[backend NAME]";
	else if (!sw->nworkloads)
		missing = "[workload NAME]";
	if (missing)
		return fail(p, end, "end of file: no %s section; a sweep needs one [sweep] and at least one [driver NAME], [backend NAME] and [workload NAME]",
			    missing);
	for (i = 0; i < sw->ndrivers; i++)
		names[i] = sw->drivers[i].name;
	names[i] = NULL;
	if (sw->baseline) {
		for (i = 0; i < sw->ndrivers && strcmp(sw->drivers[i].name, sw->baseline); i++)
			;
		if (i == sw->ndrivers)
			return fail(p, p->baseline_line, "[sweep] baseline: '%s' is not a driver; drivers: %s",
				    sw->baseline, join(names, sw->ndrivers, ""));
	} else {
		ret = set_str(&sw->baseline, sw->drivers[0].name);
		if (ret)
			return ret;
	}
	ret = resolve_bpairs(p);
	if (!ret)
		ret = check_control(p, names);
	if (ret)
		return ret;
	if (!sw->clock) {
		ret = set_str(&sw->clock, "auto");
		if (ret)
			return ret;
	}
	if (!sw->placement) {
		ret = set_str(&sw->placement, placements[0]);
		if (ret)
			return ret;
	}
	if (!sw->description) {
		ret = set_str(&sw->description, "");
		if (ret)
			return ret;
	}
	for (i = 0; i < sw->nbackends; i++)
		for (j = 0; j < sw->nworkloads; j++)
			for (k = 0; k < sw->workloads[j].bs.n; k++)
				if (sw->workloads[j].bs_bytes[k] > sw->backends[i].size_bytes)
					return fail(p, sw->backends[i].line, "[backend %s] size '%s' is smaller than bs '%s' of [workload %s] (line %d); each job needs room for one block",
						    sw->backends[i].name, sw->backends[i].size,
						    sw->workloads[j].bs.v[k], sw->workloads[j].name,
						    sw->workloads[j].line);
				else if (sw->backends[i].blk_size &&
					 sw->workloads[j].bs_bytes[k] % sw->backends[i].blk_size)
					return fail(p, sw->backends[i].args_line, "[backend %s] args: --blk-size %u does not divide bs '%s' of [workload %s] (line %d); direct I/O needs whole blocks",
						    sw->backends[i].name, sw->backends[i].blk_size,
						    sw->workloads[j].bs.v[k], sw->workloads[j].name,
						    sw->workloads[j].line);
	/* the same workload point twice would merge two sections' repetitions */
	for (i = 0; i < sw->nworkloads; i++)
		for (j = 0; j < i; j++)
			if (sweep_workload_overlap(&sw->workloads[j], &sw->workloads[i], desc, sizeof(desc)))
				return fail(p, sw->workloads[i].line, "[workload %s] repeats the point %s of [workload %s] (line %d); run each workload point in one section",
					    sw->workloads[i].name, desc, sw->workloads[j].name,
					    sw->workloads[j].line);
	{
		char *msg = NULL;
		int line = 0;

		ret = sweep_check_headlines(sw, &line, &msg);
		if (ret == -EINVAL) {
			ret = fail(p, line, "%s", msg ? msg : "bad headline");
			free(msg);
		}
		if (ret)
			return ret;
	}
	if (sweep_plan_points(sw, sw->reps) > SWEEP_MAX_POINTS)
		return fail(p, p->sweep_line, "[sweep]: the sweep expands to %llu points; at most %lu are allowed",
			    (unsigned long long)sweep_plan_points(sw, sw->reps), SWEEP_MAX_POINTS);
	return 0;
}

int sweep_parse(const char *path, const char *text, struct sweep *sw, char **err)
{
	struct parser p = { .path = path, .sw = sw };
	const char *s = text, *nl;
	char *line;
	int ret = 0;

	memset(sw, 0, sizeof(*sw));
	*err = NULL;
	sw->reps = 3;
	sw->perf = 0; /* per-task perf stat lengthens the path it measures */
	sw->path = strdup(path);
	sw->text = strdup(text);
	if (!sw->path || !sw->text)
		return -ENOMEM;
	while (*s && !ret) {
		nl = strchr(s, '\n');
		line = strndup(s, nl ? (size_t)(nl - s) : strlen(s));
		if (!line)
			return -ENOMEM;
		p.line++;
		if (strlen(line) != (size_t)(nl ? nl - s : (long)strlen(s)))
			ret = fail(&p, p.line, "the line holds a NUL byte; a sweep file is text");
		else
			ret = parse_line(&p, line);
		free(line);
		s = nl ? nl + 1 : s + strlen(s);
	}
	if (!ret)
		ret = finish(&p);
	*err = p.err;
	return ret;
}

int sweep_load(const char *path, struct sweep *sw, char **err)
{
	char *text;
	size_t len;
	int ret;

	memset(sw, 0, sizeof(*sw));
	*err = NULL;
	ret = vlab_read_all(path, &text, &len);
	if (ret) {
		if (asprintf(err, "%s: %s", path, strerror(-ret)) < 0)
			*err = NULL;
		return ret;
	}
	if (strlen(text) != len) {
		free(text);
		if (asprintf(err, "%s: holds a NUL byte; a sweep file is text", path) < 0)
			*err = NULL;
		return -EINVAL;
	}
	ret = sweep_parse(path, text, sw, err);
	free(text);
	return ret;
}

static void free_kvlist(struct sweep_kvlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].key);
		free(l->v[i].value);
	}
	free(l->v);
}

void sweep_free(struct sweep *sw)
{
	size_t i, j;

	free(sw->path);
	free(sw->text);
	free(sw->name);
	free(sw->description);
	free(sw->baseline);
	free(sw->baseline_backend);
	free(sw->clock);
	free(sw->control);
	free(sw->placement);
	free(sw->question);
	for (i = 0; i < sw->nheadlines; i++) {
		free(sw->headlines[i].name);
		free(sw->headlines[i].metric);
		free(sw->headlines[i].of);
		free(sw->headlines[i].goal);
		free_kvlist(&sw->headlines[i].where);
	}
	for (i = 0; i < sw->ndrivers; i++) {
		free(sw->drivers[i].name);
		free(sw->drivers[i].module);
		free_kvlist(&sw->drivers[i].params);
		free_kvlist(&sw->drivers[i].knobs);
	}
	for (i = 0; i < sw->nbackends; i++) {
		free(sw->backends[i].name);
		free(sw->backends[i].type);
		free(sw->backends[i].size);
		free(sw->backends[i].args);
	}
	for (i = 0; i < sw->nworkloads; i++) {
		free(sw->workloads[i].name);
		vlab_strlist_free(&sw->workloads[i].rw);
		vlab_strlist_free(&sw->workloads[i].bs);
		free(sw->workloads[i].bs_bytes);
		free(sw->workloads[i].iodepth);
		free(sw->workloads[i].numjobs);
		for (j = 0; j < VLAB_XAXIS_COUNT; j++)
			free(sw->workloads[i].xv[j]);
	}
	memset(sw, 0, sizeof(*sw));
}

uint64_t sweep_plan_points(const struct sweep *sw, unsigned reps)
{
	uint64_t wl = 0;
	size_t i;

	for (i = 0; i < sw->nworkloads; i++)
		wl += sweep_workload_points(&sw->workloads[i]);
	/*
	 * Lists hold distinct values, so a workload has at most 6 x 32768 x 1024
	 * x 64 points: with 32 workloads, 256 configurations and 100 repetitions
	 * that is below 2^54, far from overflowing.
	 */
	return wl * sw->ndrivers * sw->nbackends * reps;
}

char *sweep_kv_join(const struct sweep_kvlist *l)
{
	size_t i, len = 1;
	char *s;

	for (i = 0; i < l->n; i++)
		len += strlen(l->v[i].key) + strlen(l->v[i].value) + 2;
	s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (i = 0; i < l->n; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, l->v[i].key);
		strcat(s, "=");
		strcat(s, l->v[i].value);
	}
	return s;
}
