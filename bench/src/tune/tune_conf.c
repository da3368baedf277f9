// SPDX-License-Identifier: GPL-2.0-only
/* vlab-tune: k=v lists, memory held and knob order (tune_conf.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"
#include "tune_conf.h"

static const char *const knob_order[] = {
	/* ours first, then upstream's: the order a driver's knobs are read in elsewhere too */
#define VDUSE_KNOB_ENUM(n, w, a) #n,
#define VDUSE_KNOB_UINT(n, w, u, lo, hi, d, m) #n,
#define VDUSE_KNOB_BOOL(n, w, d) #n,
#include "knobs.def"
};
#define NORDER (sizeof(knob_order) / sizeof(knob_order[0]))

/* The end of word w (at a blank or NUL) */
static const char *word_end(const char *w)
{
	return w + strcspn(w, " ");
}

/* The word of list whose key is key, or NULL */
static char *find_key(const char *list, const char *key)
{
	size_t klen = strlen(key);
	const char *w = list;

	while (*w) {
		w += strspn(w, " ");
		if (!*w)
			break;
		if (!strncmp(w, key, klen) && w[klen] == '=')
			return (char *)w;
		w = word_end(w);
	}
	return NULL;
}

int tune_kv_get(const char *list, const char *key, char *val, size_t len)
{
	const char *w = find_key(list, key), *v;

	if (!w)
		return -ENOENT;
	v = w + strlen(key) + 1;
	snprintf(val, len, "%.*s", (int)(word_end(v) - v), v);
	return 0;
}

int tune_kv_set(char *list, size_t len, const char *key, const char *val)
{
	char *w = find_key(list, key);
	size_t used;

	if (w) {
		const char *e = word_end(w);

		memmove(w, *e ? e + 1 : e, strlen(*e ? e + 1 : e) + 1);
		used = strlen(list);
		while (used && list[used - 1] == ' ')
			list[--used] = '\0';
	}
	used = strlen(list);
	if (used + !!used + strlen(key) + 1 + strlen(val) + 1 > len)
		return -ENOSPC;
	snprintf(list + used, len - used, "%s%s=%s", used ? " " : "", key, val);
	return 0;
}

static size_t rank_of(const char *word)
{
	size_t i, n = strcspn(word, "=");

	for (i = 0; i < NORDER; i++)
		if (strlen(knob_order[i]) == n && !strncmp(knob_order[i], word, n))
			return i;
	return NORDER;
}

static int cmp_words(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	size_t rx = rank_of(x), ry = rank_of(y);

	return rx != ry ? (rx < ry ? -1 : 1) : strcmp(x, y);
}

void tune_kv_sort(char *list, size_t len)
{
	char *copy = strdup(list), *words[64], *save = NULL, *w;
	size_t n = 0, i, used = 0;

	if (!copy)
		return;
	for (w = strtok_r(copy, " ", &save); w && n < 64; w = strtok_r(NULL, " ", &save))
		words[n++] = w;
	qsort(words, n, sizeof(words[0]), cmp_words);
	list[0] = '\0';
	for (i = 0; i < n && used < len; i++)
		used += snprintf(list + used, len - used, "%s%s", i ? " " : "", words[i]);
	free(copy);
}

uint64_t tune_held(const char *knobs)
{
	char v[32];
	uint64_t size = TUNE_DEFAULT_BUDGET;

	if (!tune_kv_get(knobs, "bounce_size", v, sizeof(v)))
		vlab_parse_u64(v, &size);
	if (tune_kv_get(knobs, "bounce_strategy", v, sizeof(v)))
		return size;
	if (!strcmp(v, "hugepage"))
		return (size + (2u << 20) - 1) & ~((uint64_t)(2u << 20) - 1);
	if (!strcmp(v, "umem"))
		return 2 * size;
	if (!strcmp(v, "direct"))
		return 0;
	return size;
}

uint64_t tune_base_size(uint64_t budget)
{
	budget &= ~(uint64_t)4095;	/* the kernel rounds bounce_size down to pages */
	return budget < TUNE_DEFAULT_BUDGET ? budget : TUNE_DEFAULT_BUDGET;
}

void tune_base_knobs(uint64_t budget, char *knobs, size_t len)
{
	uint64_t size = tune_base_size(budget);

	knobs[0] = '\0';
	if (size != TUNE_DEFAULT_BUDGET)
		snprintf(knobs, len, "bounce_size=%llu", (unsigned long long)size);
}
