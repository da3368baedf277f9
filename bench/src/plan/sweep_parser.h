// SPDX-License-Identifier: GPL-2.0-only
/*
 * The sweep parser's own parts, shared by its files and by nothing else:
 * sweep.c reads lines and sections and dispatches each key, sweep_keys.c
 * and sweep_backend.c check each key's value, sweep_check.c checks what
 * needs a whole section or the whole file, and sweep_value.c holds what
 * they all use. Each calls only the files listed after it, so none calls
 * back into another.
 */
#ifndef VLAB_SWEEP_PARSER_H
#define VLAB_SWEEP_PARSER_H

#include <stddef.h>
#include <stdint.h>

#include "strlist.h"
#include "sweep.h"

enum kind { K_NONE, K_SWEEP, K_DRIVER, K_BACKEND, K_WORKLOAD, K_HEADLINE, K_COUNT };

/* The most keys a section kind has: sweep.c's keys[] and key_line[] hold them. */
#define SWEEP_SECTION_KEYS 13
/* The workload keys from this slot on are lib/axes.def's extra axes. */
#define XAXIS_SLOT 6
_Static_assert(XAXIS_SLOT + VLAB_XAXIS_COUNT <= SWEEP_SECTION_KEYS,
	       "keys[] and key_line[] hold SWEEP_SECTION_KEYS keys");

struct parser {
	const char *path;
	struct sweep *sw;
	char *err;
	int line;		/* current line, 1-based */
	enum kind kind;		/* current section */
	void *cur;		/* its struct */
	char label[48];		/* "[driver ours]" for messages */
	int sect_line;
	int key_line[SWEEP_SECTION_KEYS];	/* line each key was set on, 0 if not */
	int sweep_line, baseline_line, bbackend_line, control_line;
};

/* sweep_value.c: the one error, "PATH:LINE: msg" in p->err; returns -EINVAL (or -ENOMEM). */
int sweep_fail(struct parser *p, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* "a, b, c" for messages (a static buffer); n (size_t)-1: up to a NULL. */
const char *sweep_join(const char *const *v, size_t n, const char *before);
int sweep_in_set(const char *s, const char *const *set);
/* 1 to max characters of a-z, 0-9, '_' and '-', not starting with '_' or '-' */
int sweep_valid_name(const char *s, size_t max);
char *sweep_trim(char *s);
int sweep_set_str(char **dst, const char *s);
int sweep_parse_uint(struct parser *p, const char *key, const char *val, unsigned lo,
		     uint64_t hi, uint64_t *out);
int sweep_parse_size(struct parser *p, const char *key, const char *val, uint64_t lo,
		     uint64_t hi, const char *range, uint64_t *out);

/* sweep_keys.c: the keys of [sweep], [driver], [workload] and [headline] */
extern const char *const sweep_placements[];
extern const char *const sweep_boots[];
/* Key k (its slot in the section's key list) set to val. */
int sweep_set_sweep_key(struct parser *p, int k, const char *val);
int sweep_set_driver_key(struct parser *p, int k, const char *val);
int sweep_set_workload_key(struct parser *p, int k, const char *val);
int sweep_set_headline_key(struct parser *p, int k, const char *val);

/* sweep_backend.c: [backend] keys, and its args checked by vduse-blkd's own code */
int sweep_set_backend_key(struct parser *p, int k, const char *val);
int sweep_parse_blkd_args(struct parser *p, struct sweep_backend *b);

/* sweep_pairs.c: the configurations (driver backends) and what each is compared with */
int sweep_split_baseline(struct parser *p);
int sweep_resolve_configs(struct parser *p);
int sweep_check_bpair_configs(struct parser *p);
/* c, b: the control's and the baseline's driver indices */
int sweep_check_control_configs(struct parser *p, size_t c, size_t b);

/* sweep_check.c: the checks of a whole section (at its end) and of the whole file */
int sweep_close_section(struct parser *p);
int sweep_finish(struct parser *p);

#endif
