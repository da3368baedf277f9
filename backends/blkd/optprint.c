// SPDX-License-Identifier: GPL-2.0-only
/*
 * What is printed from the option and target tables: --help's OPTIONS
 * block, --list-targets, --list-options (which bench/src/README.md shows
 * and a test compares with it) and the planner's list of the options a
 * sweep may give.
 */
#include <string.h>

#include "optdef.h"

static const char *const path_names[] = { "none", "optional", "required" };

/* "--name ARG", ENUM's values standing in for ARG. */
static void opt_words(const struct blkd_optdef *d, char *buf, size_t n)
{
	snprintf(buf, n, "--%s%s%s", d->name, d->arg ? " " : "",
		 d->kind == BK_ENUM ? d->values : d->arg ? d->arg : "");
}

void blkd_print_options_help(FILE *f)
{
	for (int i = 0; i < BO_COUNT; i++) {
		const struct blkd_optdef *d = &blkd_optdefs[i];
		char left[64];
		int w;

		if (d->short_name)
			w = snprintf(left, sizeof(left), "  -%c, --%s%s%s", d->short_name, d->name,
				     d->arg ? " " : "", d->arg ? d->arg : "");
		else
			w = snprintf(left, sizeof(left), "      --%s%s%s", d->name, d->arg ? " " : "",
				     d->arg ? d->arg : "");
		fprintf(f, "%s%*s", left, w < 25 ? 25 - w : 2, "");
		for (const char *p = d->help; *p; p++) {
			fputc(*p, f);
			if (*p == '\n')
				fprintf(f, "%25s", "");
		}
		fputc('\n', f);
	}
}

void blkd_print_targets(FILE *f)
{
	for (int i = 0; i < BLKD_NTARGETS; i++)
		fprintf(f, "%-6s %-9s %s\n", blkd_targets[i].name, path_names[blkd_targets[i].path],
			blkd_targets[i].help);
}

void blkd_print_options(FILE *f)
{
	fprintf(f, "%-42s %-6s %-9s %s\n", "OPTION", "TARGET", "TRANSPORT", "SWEEP");
	for (int i = 0; i < BO_COUNT; i++) {
		const struct blkd_optdef *d = &blkd_optdefs[i];
		char words[80], targets[64] = "";
		size_t len = 0;

		opt_words(d, words, sizeof(words));
		for (int t = 0; t < BLKD_NTARGETS && len < sizeof(targets); t++)
			if (d->targets & (1u << t))
				len += snprintf(targets + len, sizeof(targets) - len, "%s%s",
						len ? "," : "", blkd_targets[t].name);
		fprintf(f, "%-42s %-6s %-9s %s\n", words, len ? targets : "all",
			blkd_transport_names[d->transport], d->sweep ? "no" : "yes");
	}
}

static bool for_transport(const struct blkd_optdef *d, enum blkd_transport x)
{
	return d->transport == BX_ANY || d->transport == x;
}

const char *blkd_sweep_options(const char *tfmt, enum blkd_transport x)
{
	static char buf[1024];
	unsigned int masks[BO_COUNT];
	size_t len = 0, nmasks = 0;

	/* the options for every target first, then one group per restriction */
	masks[nmasks++] = 0;
	for (int i = 0; i < BO_COUNT; i++) {
		size_t k;

		for (k = 0; k < nmasks && masks[k] != blkd_optdefs[i].targets; k++)
			;
		if (k == nmasks && !blkd_optdefs[i].sweep && for_transport(&blkd_optdefs[i], x))
			masks[nmasks++] = blkd_optdefs[i].targets;
	}
	buf[0] = '\0';
	for (size_t k = 0; k < nmasks; k++) {
		int first = 1;

		for (int i = 0; i < BO_COUNT && len < sizeof(buf); i++) {
			char words[80];

			if (blkd_optdefs[i].sweep || blkd_optdefs[i].targets != masks[k] ||
			    !for_transport(&blkd_optdefs[i], x))
				continue;
			if (first && k) {
				len += snprintf(buf + len, sizeof(buf) - len, ", and for");
				for (int t = 0, n = 0; t < BLKD_NTARGETS && len < sizeof(buf); t++)
					if (masks[k] & (1u << t)) {
						len += snprintf(buf + len, sizeof(buf) - len, n++ ? " or " : " ");
						if (len < sizeof(buf))
							len += snprintf(buf + len, sizeof(buf) - len, tfmt,
									blkd_targets[t].name);
					}
				len += len < sizeof(buf) ? snprintf(buf + len, sizeof(buf) - len, " ") : 0;
			} else if (len && len < sizeof(buf)) {
				len += snprintf(buf + len, sizeof(buf) - len, ", ");
			}
			opt_words(&blkd_optdefs[i], words, sizeof(words));
			if (len < sizeof(buf))
				len += snprintf(buf + len, sizeof(buf) - len, "%s", words);
			first = 0;
		}
	}
	return buf;
}
