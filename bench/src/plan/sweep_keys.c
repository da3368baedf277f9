// SPDX-License-Identifier: GPL-2.0-only
/*
 * The sweep parser's lists (of names, numbers, sizes, k=v pairs) and the
 * keys of [sweep], [driver], [workload] and [headline] sections, each
 * checked where it is read (sweep_parser.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "planfile.h"
#include "sweep.h"
#include "sweep_parser.h"

static const char *const modules[] = { "stock", "ours", NULL };

/* The run's clock; bench/vm/clock.sh says what each does to QEMU. */
const char *const sweep_clocks[] = { "auto", "icount", "wall", NULL };

/* Where fio and the backend run: bench/guest/agent.sh place_backend. */
const char *const sweep_placements[] = { "split", "free", NULL };

/*
 * How the repetitions share boots of the lab VM: bench/run.sh asks
 * vlab-plan --next-boot which points the next boot runs. shared: as many
 * as one boot can (a boot ends early only when a point takes it down);
 * per-repetition: one repetition per boot, so that the repetitions, and
 * the intervals over them, sample what differs from boot to boot (the
 * instruction clock repeats inside a boot far better than across boots).
 * The first is the default.
 */
const char *const sweep_boots[] = { VLAB_BOOTS_SHARED, VLAB_BOOTS_PER_REP, NULL };

static const char *const rw_modes[] = {
	"read", "write", "randread", "randwrite", "rw", "randrw", NULL
};

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
		item = sweep_trim(item);
		if (!*item) {
			free(copy);
			return sweep_fail(p, p->line, "%s %s: empty item in '%s'; give comma-separated values such as %s",
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
		return sweep_fail(p, p->line, "%s %s: '%s' is listed twice; list each value once", p->label,
			    key, later);
	return sweep_fail(p, p->line, "%s %s: '%s' is the same value as '%s'; list each value once",
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
		ret = sweep_parse_uint(p, key, l.v[i], lo, hi, &v);
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

/* A named extra axis's list (lib/axes.def): each value one of its names, kept as its index. */
static int parse_name_list(struct parser *p, size_t a, const char *val, unsigned **out, size_t *n)
{
	const char *key = vlab_xaxis(a)->key;
	struct vlab_strlist l = { 0 };
	long v, dup;
	size_t i;
	int ret;

	ret = split_list(p, key, val, vlab_xaxis(a)->names, &l);
	dup = ret ? -1 : vlab_strlist_first_dup(&l);
	if (dup >= 0)
		ret = duplicate(p, key, l.v[dup], l.v[dup]);
	free(*out);
	*out = ret ? NULL : calloc(l.n, sizeof(**out));
	*n = 0;
	if (!ret && !*out)
		ret = -ENOMEM;
	for (i = 0; !ret && i < l.n; i++) {
		if (vlab_xaxis_parse(a, l.v[i], &v))
			ret = sweep_fail(p, p->line, "%s %s: '%s' is not allowed; allowed: %s",
					 p->label, key, l.v[i], vlab_xaxis(a)->names);
		else
			(*out)[i] = (unsigned)v;
	}
	if (!ret)
		*n = l.n;
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
			ret = sweep_fail(p, p->line, "%s %s: '%s' is not a k=v pair; give space-separated k=v with k of a-z, 0-9, '_' (not starting with a digit) and v of A-Z, a-z, 0-9, '_', '.', ',', ':', '-'",
				   p->label, key, tok);
			goto out;
		}
		*eq = '\0';
		for (i = 0; i < out->n; i++)
			if (!strcmp(out->v[i].key, tok)) {
				ret = sweep_fail(p, p->line, "%s %s: '%s' is set twice; set each once",
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

int sweep_set_sweep_key(struct parser *p, int k, const char *val)
{
	struct sweep *sw = p->sw;
	uint64_t v;
	int ret = 0;

	switch (k) {
	case 0:
		if (!sweep_valid_name(val, 40))
			return sweep_fail(p, p->line, "[sweep] name: '%s' is not allowed; use 1 to 40 characters of a-z, 0-9, '_' and '-', not starting with '_' or '-'",
				    val);
		return sweep_set_str(&sw->name, val);
	case 1:
		return sweep_set_str(&sw->description, val);
	case 2:
		ret = sweep_parse_uint(p, "repetitions", val, 1, 100, &v);
		sw->reps = (unsigned)v;
		return ret;
	case 3:
		ret = sweep_parse_uint(p, "seed", val, 0, UINT32_MAX, &v);
		sw->seed = (uint32_t)v;
		sw->has_seed = 1;
		return ret;
	case 4:
		p->baseline_line = p->line;
		return sweep_set_str(&sw->baseline, val);
	case 5:
		ret = sweep_parse_uint(p, "warmup", val, 0, 600, &v);
		sw->warmup_s = (unsigned)v;
		return ret;
	case 7:
		/* resolved at the end of the file: the backends may come later */
		p->bbackend_line = p->line;
		return sweep_set_str(&sw->baseline_backend, val);
	case 8:
		if (!sweep_clock_known(val))
			return sweep_fail(p, p->line, "[sweep] clock: '%s' is not allowed; allowed: %s", val,
				    sweep_clock_list());
		return sweep_set_str(&sw->clock, val);
	case 9:
		/* checked at the end of the file: the drivers may come later */
		p->control_line = p->line;
		return sweep_set_str(&sw->control, val);
	case 11:
		/* one sentence: the index prints it as the run's line */
		if (strlen(val) > 200 || val[strlen(val) - 1] != '?')
			return sweep_fail(p, p->line, "[sweep] question: '%s' is not allowed; give one sentence of at most 200 characters ending in '?'",
				    val);
		sw->question_line = p->line;
		return sweep_set_str(&sw->question, val);
	case 10:
		if (!sweep_in_set(val, sweep_placements))
			return sweep_fail(p, p->line, "[sweep] placement: '%s' is not allowed; allowed: %s", val,
				    sweep_join(sweep_placements, (size_t)-1, ""));
		return sweep_set_str(&sw->placement, val);
	case 12:
		if (!sweep_in_set(val, sweep_boots))
			return sweep_fail(p, p->line, "[sweep] boots: '%s' is not allowed; allowed: %s", val,
				    sweep_join(sweep_boots, (size_t)-1, ""));
		return sweep_set_str(&sw->boots, val);
	default:
		if (strcmp(val, "on") && strcmp(val, "off"))
			return sweep_fail(p, p->line, "[sweep] perf: '%s' is not allowed; allowed: on, off", val);
		sw->perf = !strcmp(val, "on");
		return 0;
	}
}

int sweep_set_driver_key(struct parser *p, int k, const char *val)
{
	struct sweep_driver *d = p->cur;
	long dup;
	int ret;

	switch (k) {
	case 0:
		if (!sweep_in_set(val, modules))
			return sweep_fail(p, p->line, "%s module: '%s' is not a module; allowed: %s",
				    p->label, val, sweep_join(modules, (size_t)-1, ""));
		return sweep_set_str(&d->module, val);
	case 1:
		return parse_kvlist(p, "params", val, &d->params);
	case 2:
		return parse_kvlist(p, "knobs", val, &d->knobs);
	case 4:
		/* names checked at the end of the file: the backends may come later */
		d->backends_line = p->line;
		ret = split_list(p, "backends", val, "qsd-ram, blkd-ram", &d->backends);
		dup = ret ? -1 : vlab_strlist_first_dup(&d->backends);
		return dup >= 0 ? duplicate(p, "backends", d->backends.v[dup], d->backends.v[dup]) : ret;
	default:
		if (!sweep_choice_ok(SWEEP_OBSERVE, val))
			return sweep_fail(p, p->line, "%s observe: '%s' is not an eBPF tool; allowed: %s",
					  p->label, val, sweep_choice_list(SWEEP_OBSERVE));
		d->observe_line = p->line;
		/* none is the default: its plan is the plan without the key */
		return sweep_choice_is_default(SWEEP_OBSERVE, val) ? 0 : sweep_set_str(&d->observe, val);
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
		ret = sweep_parse_size(p, "bs", w->bs.v[i], 512, 16 << 20, range, &w->bs_bytes[i]);
		if (ret)
			return ret;
		if (w->bs_bytes[i] % 512)
			return sweep_fail(p, p->line, "%s bs: '%s' is not a multiple of 512 bytes; allowed: %s",
				    p->label, w->bs.v[i], range);
		/* "4k" and "4096" would be the same point under two ids */
		for (j = 0; j < i; j++)
			if (w->bs_bytes[j] == w->bs_bytes[i])
				return duplicate(p, "bs", w->bs.v[i], w->bs.v[j]);
	}
	return 0;
}

int sweep_set_workload_key(struct parser *p, int k, const char *val)
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
			if (!sweep_in_set(w->rw.v[i], rw_modes))
				return sweep_fail(p, p->line, "%s rw: '%s' is not a fio rw mode; allowed: %s",
					    p->label, w->rw.v[i], sweep_join(rw_modes, (size_t)-1, ""));
		dup = ret ? -1 : vlab_strlist_first_dup(&w->rw);
		return dup >= 0 ? duplicate(p, "rw", w->rw.v[dup], w->rw.v[dup]) : ret;
	case 1:
		return set_bs(p, w, val);
	case 2:
		return parse_uint_list(p, "iodepth", val, 1, 1024, &w->iodepth, &w->n_iodepth);
	case 3:
		return parse_uint_list(p, "numjobs", val, 1, 64, &w->numjobs, &w->n_numjobs);
	case 4:
		ret = sweep_parse_uint(p, "runtime", val, 1, 3600, &v);
		w->runtime_s = (unsigned)v;
		return ret;
	case 5:
		ret = sweep_parse_uint(p, "ramp", val, 0, 600, &v);
		w->ramp_s = (unsigned)v;
		return ret;
	default:
		k -= XAXIS_SLOT;
		w->x_line[k] = p->line;
		if (vlab_xaxis(k)->names)
			return parse_name_list(p, (size_t)k, val, &w->xv[k], &w->nx[k]);
		return parse_uint_list(p, vlab_xaxis(k)->key, val, (unsigned)vlab_xaxis(k)->lo,
				       (unsigned)vlab_xaxis(k)->hi, &w->xv[k], &w->nx[k]);
	}
}

/* Checked in sweep_check_headlines(), once the whole file is read. */
int sweep_set_headline_key(struct parser *p, int k, const char *val)
{
	struct sweep_headline *h = p->cur;

	switch (k) {
	case 0:
		h->metric_line = p->line;
		return sweep_set_str(&h->metric, val);
	case 1:
		h->of_line = p->line;
		return sweep_set_str(&h->of, val);
	case 2:
		h->where_line = p->line;
		return parse_kvlist(p, "where", val, &h->where);
	default:
		h->goal_line = p->line;
		return sweep_set_str(&h->goal, val);
	}
}

int sweep_clock_known(const char *name)
{
	return sweep_in_set(name, sweep_clocks);
}

const char *sweep_clock_list(void)
{
	return sweep_join(sweep_clocks, (size_t)-1, "");
}
