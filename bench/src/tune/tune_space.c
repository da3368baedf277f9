// SPDX-License-Identifier: GPL-2.0-only
/* vlab-tune: the candidates of the screen (tune_space.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "optdef.h"
#include "tune_conf.h"
#include "tune_space.h"

enum kind { K_ENUM, K_UINT, K_BOOL };

struct knob {
	const char *name, *allowed;
	enum kind kind;
};

static const struct knob knobs[] = {
#define VDUSE_KNOB_ENUM(n, w, a) { #n, a, K_ENUM },
#define VDUSE_KNOB_UINT(n, w, u, lo, hi, d, m) { #n, NULL, K_UINT },
#define VDUSE_KNOB_BOOL(n, w, d) { #n, NULL, K_BOOL },
#include "knobs.def"
};

/*
 * vduse-blkd's options worth screening one at a time, with why. Left out:
 * --queue-size and --blk-size (the deployment's, not speed knobs),
 * --cpus and --irq-affinity queue-cpu (placement: the host's CPUs),
 * --umem/--umem-hugepage (they pair with bounce_strategy=umem and hold
 * the region twice), --crossed-poll-us (needs --irq-affinity auto).
 */
static const struct daemon_opt {
	const char *opt, *value, *why;
	int wall_only;
} daemon_opts[] = {
	{ "--batch", "1", "publish each completion at once instead of a batch", 0 },
	{ "--batch-us", "20", "hold a batch up to 20 us: fewer interrupts per I/O under load", 0 },
	{ "--irq-affinity", "away", "run the guest's completion work off the submitting CPU", 0 },
	/* bench/run.sh warns why: a polling vCPU holds icount's one TCG thread */
	{ "--poll-us", "50", "poll 50 us before sleeping: fewer wake-ups (wall clock only)", 1 },
};

static int add(struct tune_cand *c, int n, const char *name, const char *key, const char *value,
	       const struct tune_conf *conf)
{
	/* the table's names are short; a longer one is a new knob's, and a bug here */
	if (n >= TUNE_MAX_CANDS || strlen(name) >= sizeof(c[n].name))
		return -ENOSPC;
	snprintf(c[n].name, sizeof(c[n].name), "%s", name);
	snprintf(c[n].key, sizeof(c[n].key), "%s", key);
	snprintf(c[n].value, sizeof(c[n].value), "%s", value);
	c[n].conf = *conf;
	return n + 1;
}

/* "bounce-prealloc": the knob's first word and the value */
static void knob_name(const char *knob, const char *value, char *buf, size_t len)
{
	snprintf(buf, len, "%.*s-%s", (int)strcspn(knob, "_"), knob, value);
}

/* Why a module parameter that is 0 or 1 is not screened: none sets speed. */
static const char *bool_why(const char *name)
{
	if (!strcmp(name, "allow_unsafe_direct"))
		return "it only allows a strategy (bounce_strategy=direct)";
	if (!strcmp(name, "stats"))
		return "it turns the per-I/O counters on, which can only cost";
	return "a switch, not a speed setting";
}

/* One value of a knob against the defaults, if the budget and constraints allow it. */
static int try_value(const struct tune_req *r, const char *knob, const char *value, const char *name,
		     struct tune_cand *c, int n, FILE *notes)
{
	struct tune_conf conf = { "", "", "" };

	tune_base_knobs(r->budget, conf.knobs, sizeof(conf.knobs));
	tune_kv_set(conf.knobs, sizeof(conf.knobs), knob, value);
	tune_kv_sort(conf.knobs, sizeof(conf.knobs));
	if (!strcmp(knob, "bounce_strategy") && !strcmp(value, "umem")) {
		fprintf(notes, "not screened: %s=%s: it pairs with vduse-blkd --umem (two changes at once) and holds bounce_size twice\n",
			knob, value);
		return n;
	}
	if (!strcmp(knob, "bounce_strategy") && !strcmp(value, "direct")) {
		if (!r->allow_unsafe) {
			fprintf(notes, "not screened: %s=%s: unsafe (the backend sees guest memory; kernel/README.md); --allow-unsafe allows it\n",
				knob, value);
			return n;
		}
		snprintf(conf.params, sizeof(conf.params), "allow_unsafe_direct=1");
	}
	if (tune_held(conf.knobs) > r->budget) {
		fprintf(notes, "not screened: %s=%s: holds up to %llu bytes, over the budget of %llu\n",
			knob, value, (unsigned long long)tune_held(conf.knobs),
			(unsigned long long)r->budget);
		return n;
	}
	return add(c, n, name, knob, value, &conf);
}

int tune_space_knobs(const struct tune_req *r, struct tune_cand *c, FILE *notes)
{
	uint64_t base = tune_base_size(r->budget), sizes[3];
	char numbers[256];
	int n = 0;
	size_t i, k, used = 0;

	for (i = 0; i < sizeof(knobs) / sizeof(knobs[0]) && n >= 0; i++) {
		const struct knob *kb = &knobs[i];
		char value[32], name[64];
		const char *s;

		if (kb->kind == K_ENUM) {
			/* every value but the first, the default */
			s = kb->allowed + strcspn(kb->allowed, ",");
			while (*s && n >= 0) {
				size_t len;

				s += strspn(s, ", ");
				len = strcspn(s, ",");
				snprintf(value, sizeof(value), "%.*s", (int)len, s);
				s += len;
				knob_name(kb->name, value, name, sizeof(name));
				n = try_value(r, kb->name, value, name, c, n, notes);
			}
		} else if (!strcmp(kb->name, "bounce_size")) {
			/* a quarter and a sixteenth of the defaults' size (less memory), four times (more in flight) */
			sizes[0] = base / 16, sizes[1] = base / 4, sizes[2] = base * 4;
			for (k = 0; k < 3 && n >= 0; k++) {
				if (sizes[k] < (1u << 20) || sizes[k] > (1u << 30) || sizes[k] % 4096)
					continue;
				if (sizes[k] > r->budget) {
					fprintf(notes, "not screened: bounce_size=%llu: over the budget of %llu\n",
						(unsigned long long)sizes[k], (unsigned long long)r->budget);
					continue;
				}
				snprintf(value, sizeof(value), "%llu", (unsigned long long)sizes[k]);
				if (sizes[k] % (1u << 20))
					snprintf(name, sizeof(name), "size-%llu", (unsigned long long)sizes[k]);
				else
					snprintf(name, sizeof(name), "size-%llum", (unsigned long long)(sizes[k] >> 20));
				n = try_value(r, kb->name, value, name, c, n, notes);
			}
		} else if (kb->kind == K_BOOL) {
			fprintf(notes, "not screened: %s: %s\n", kb->name, bool_why(kb->name));
		} else {
			used += snprintf(numbers + used, sizeof(numbers) - used, "%s%s", used ? ", " : "",
					 kb->name);
		}
	}
	if (used)
		fprintf(notes, "not screened: %s: numbers that act only with a mode other than the default (coalesce, nocache) or not on speed (msg_timeout)\n",
			numbers);
	return n;
}

int tune_space_daemon(const struct tune_req *r, struct tune_cand *c, FILE *notes)
{
	struct tune_conf conf = { "", "", "" };
	char why[512], name[64];
	int n = 0;
	size_t i;

	if (strncmp(r->backend, "blkd-", 5)) {
		fprintf(notes, "not screened: daemon options: %s is not vduse-blkd\n", r->backend);
		return 0;
	}
	tune_base_knobs(r->budget, conf.knobs, sizeof(conf.knobs));
	for (i = 0; i < sizeof(daemon_opts) / sizeof(daemon_opts[0]) && n >= 0; i++) {
		const struct daemon_opt *o = &daemon_opts[i];

		if (o->wall_only && strcmp(r->clock, "wall")) {
			fprintf(notes, "not screened: %s %s: polling holds icount's one TCG thread (bench/run.sh); tune on the wall clock (--host) for it\n",
				o->opt, o->value);
			continue;
		}
		snprintf(conf.args, sizeof(conf.args), "%s %s", o->opt, o->value);
		if (tune_blkd_check(r->backend, r->queues, conf.args, why, sizeof(why))) {
			fprintf(notes, "not screened: %s: %s\n", conf.args, why);
			continue;
		}
		snprintf(name, sizeof(name), "%s-%s", o->opt + 2, o->value);
		n = add(c, n, name, o->opt, o->value, &conf);
	}
	return n;
}

int tune_blkd_check(const char *type, unsigned int queues, const char *args, char *why,
		    size_t len)
{
	struct blkd_args a;
	char *copy = strdup(args), *words[32], *save = NULL, *w, *val, q[16], v[256];
	size_t n = 0, i;
	int ret = -EINVAL, id;

	if (!copy)
		return -ENOMEM;
	blkd_args_init(&a);
	snprintf(q, sizeof(q), "%u", queues);
	if (strncmp(type, "blkd-", 5) || blkd_opt_value(&a, BO_TARGET, type + 5, v, sizeof(v)) ||
	    blkd_opt_value(&a, BO_QUEUES, q, v, sizeof(v))) {
		snprintf(why, len, "'%s' with %u queues is not a vduse-blkd backend", type, queues);
		goto out;
	}
	for (w = strtok_r(copy, " ", &save); w && n < 32; w = strtok_r(NULL, " ", &save))
		words[n++] = w;
	for (i = 0; i < n; i++) {
		const struct blkd_optdef *d;

		id = blkd_opt_find(words[i]);
		if (id < 0 || blkd_optdefs[id].sweep) {
			snprintf(why, len, "'%s' is not an option a sweep may give (vduse-blkd --list-options)",
				 words[i]);
			goto out;
		}
		d = &blkd_optdefs[id];
		if (d->kind != BK_FLAG && i + 1 >= n) {
			snprintf(why, len, "%s needs a value", words[i]);
			goto out;
		}
		val = d->kind == BK_FLAG ? NULL : words[i + 1];
		if (blkd_opt_value(&a, id, val, v, sizeof(v))) {
			snprintf(why, len, "%s '%s' is not valid: %s", words[i], val ? val : "", v);
			goto out;
		}
		i += val != NULL;
	}
	ret = blkd_args_check(&a, "type = blkd-%s", why, len) ? -EINVAL : 0;
out:
	free(copy);
	return ret;
}
