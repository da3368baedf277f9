// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan --get KEY: one value of a sweep file, read by the planner's own
 * parser, so that shell scripts never parse sweep files themselves (with
 * the defaults, the normalised forms and the errors the plan would have).
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "plan.h"

enum get_kind { GET_STR, GET_UINT, GET_ONOFF, GET_SEED, GET_KV };

/* A key as the sweep file spells it and where the parser keeps its value. */
struct get_key {
	const char *key;
	enum get_kind kind;
	size_t off;
};

#define KEY(k, kind, type, field) { k, kind, offsetof(type, field) }

static const struct get_key sweep_keys[] = {
	KEY("name", GET_STR, struct sweep, name),
	KEY("description", GET_STR, struct sweep, description),
	KEY("question", GET_STR, struct sweep, question),
	KEY("repetitions", GET_UINT, struct sweep, reps),
	KEY("seed", GET_SEED, struct sweep, seed),
	KEY("baseline", GET_STR, struct sweep, baseline),
	KEY("baseline_backend", GET_STR, struct sweep, baseline_backend),
	KEY("warmup", GET_UINT, struct sweep, warmup_s),
	KEY("perf", GET_ONOFF, struct sweep, perf),
	KEY("clock", GET_STR, struct sweep, clock),
	KEY("control", GET_STR, struct sweep, control),
	KEY("placement", GET_STR, struct sweep, placement),
	KEY("boots", GET_STR, struct sweep, boots),
	{ NULL, 0, 0 }
};

static const struct get_key driver_keys[] = {
	KEY("name", GET_STR, struct sweep_driver, name),
	KEY("module", GET_STR, struct sweep_driver, module),
	KEY("params", GET_KV, struct sweep_driver, params),
	KEY("knobs", GET_KV, struct sweep_driver, knobs),
	{ NULL, 0, 0 }
};

static const struct get_key backend_keys[] = {
	KEY("name", GET_STR, struct sweep_backend, name),
	KEY("type", GET_STR, struct sweep_backend, type),
	KEY("size", GET_STR, struct sweep_backend, size),
	KEY("queues", GET_UINT, struct sweep_backend, queues),
	KEY("args", GET_STR, struct sweep_backend, args),
	{ NULL, 0, 0 }
};

/* Sections a key may be prefixed with: their keys, where they start, how many. */
static const struct {
	const char *prefix;
	const struct get_key *keys;
	size_t first, size, count;
} sections[] = {
	{ "driver.", driver_keys, offsetof(struct sweep, drivers), sizeof(struct sweep_driver),
	  offsetof(struct sweep, ndrivers) },
	{ "backend.", backend_keys, offsetof(struct sweep, backends), sizeof(struct sweep_backend),
	  offsetof(struct sweep, nbackends) },
};

static const struct get_key *find_key(const struct get_key *keys, const char *key)
{
	for (; keys->key; keys++)
		if (!strcmp(keys->key, key))
			return keys;
	return NULL;
}

/* "name, description, ..., backend.args": every key, for the error message. */
static void print_keys(FILE *f)
{
	const char *sep = "";
	size_t s;

	for (const struct get_key *k = sweep_keys; k->key; k++, sep = ", ")
		fprintf(f, "%s%s", sep, k->key);
	for (s = 0; s < sizeof(sections) / sizeof(sections[0]); s++)
		for (const struct get_key *k = sections[s].keys; k->key; k++)
			fprintf(f, ", %s%s", sections[s].prefix, k->key);
}

/*
 * Print the value at base; 0, or 1 when it is not set and has no default.
 * A section's unset value prints as an empty line, so that its lines stay
 * one per section.
 */
static int print_value(const char *base, const struct get_key *k, int in_section)
{
	const void *at = base + k->off;
	const char *s;
	char *kv;

	switch (k->kind) {
	case GET_STR:
		s = *(char *const *)at;
		if (!s && !in_section)
			return 1;
		printf("%s\n", s ? s : "");
		return 0;
	case GET_UINT:
		printf("%u\n", *(const unsigned *)at);
		return 0;
	case GET_ONOFF:
		printf("%s\n", *(const int *)at ? "on" : "off");
		return 0;
	case GET_SEED: {
		const struct sweep *sw = (const struct sweep *)base;

		if (!sw->has_seed)
			return 1;
		printf("%u\n", sw->seed);
		return 0;
	}
	case GET_KV:
		kv = sweep_kv_join(at);
		if (!kv) {
			fprintf(stderr, "vlab-plan: out of memory\n");
			exit(VLAB_EXIT_FAIL);
		}
		printf("%s\n", kv);
		free(kv);
		return 0;
	}
	return 1;
}

int plan_get(const char *prog, const struct sweep *sw, const char *key)
{
	const struct get_key *k;
	size_t s, i, n;

	k = find_key(sweep_keys, key);
	if (k)
		return print_value((const char *)sw, k, 0) ? VLAB_EXIT_FAIL : 0;
	for (s = 0; s < sizeof(sections) / sizeof(sections[0]); s++) {
		if (strncmp(key, sections[s].prefix, strlen(sections[s].prefix)))
			continue;
		k = find_key(sections[s].keys, key + strlen(sections[s].prefix));
		if (!k)
			break;
		n = *(const size_t *)((const char *)sw + sections[s].count);
		for (i = 0; i < n; i++)
			print_value((const char *)sw + sections[s].first + i * sections[s].size, k, 1);
		return 0;
	}
	fprintf(stderr, "%s: --get '%s' is not a sweep key; allowed: ", prog, key);
	print_keys(stderr);
	fprintf(stderr, " (see --help)\n");
	return VLAB_EXIT_USAGE;
}
