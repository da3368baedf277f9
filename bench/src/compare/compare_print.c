// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-compare's output (compare_print.h): a table under 80 columns that
 * names both clocks and the method, or one JSON object per line for
 * machines, with the same fields either way.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare_print.h"
#include "planfile.h"

void cmp_wrap(FILE *f, const char *lead, const char *text, const char *indent)
{
	size_t col = strlen(lead), len;
	const char *p = text;
	int fresh = 1;	/* nothing on this line yet but its lead or indent */

	fputs(lead, f);
	for (;; p += len) {
		p += strspn(p, " ");
		len = strcspn(p, " ");
		if (!len)
			break;
		if (!fresh && col + 1 + len > 78) {
			fprintf(f, "\n%s", indent);
			col = strlen(indent);
			fresh = 1;
		}
		fprintf(f, "%s%.*s", fresh ? "" : " ", (int)len, p);
		col += len + !fresh;
		fresh = 0;
	}
	fputc('\n', f);
}

/* Short numbers for an 80-column table. */
static const char *num(char *buf, size_t len, double v)
{
	if (isnan(v))
		snprintf(buf, len, "-");
	else if (fabs(v) >= 1e8)
		snprintf(buf, len, "%.3g", v);
	else if (fabs(v) >= 1000)
		snprintf(buf, len, "%.0f", v);
	else
		snprintf(buf, len, "%.4g", v);
	return buf;
}

/* s as a JSON string, quotes included. */
static void json_quote(const char *s)
{
	const char *p;

	putchar('"');
	for (p = s; *p; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if ((unsigned char)*p < 0x20)
			printf("\\u%04x", *p);
		else
			putchar(*p);
	}
	putchar('"');
}

static void json_str(const char *key, const char *s)
{
	printf("\"%s\": ", key);
	json_quote(s);
}

static void json_num(const char *key, double v)
{
	if (isnan(v))
		printf("\"%s\": null", key);
	else
		printf("\"%s\": %.6g", key, v);
}

static void json_point_key(const struct cmp_group *g, const char *metric)
{
	char v[32];
	size_t i;

	json_str("config", g->config);
	printf(", ");
	json_str("rw", g->rw);
	printf(", ");
	json_str("bs", g->bs);
	printf(", \"iodepth\": %ld, \"numjobs\": %ld", g->iodepth, g->numjobs);
	for (i = 0; i < VLAB_XAXIS_COUNT; i++)
		if (g->x.v[i] != VLAB_XAXIS_UNSET) {
			printf(", ");
			if (vlab_xaxis(i)->names)
				json_str(vlab_xaxis(i)->key, vlab_xval_str(i, g->x.v[i], v, sizeof(v)));
			else
				printf("\"%s\": %ld", vlab_xaxis(i)->key, g->x.v[i]);
		}
	if (metric)
		printf(", \"metric\": \"%s\"", metric);
}

void cmp_print_unmatched(int json, const char *only_in, const struct cmp_group *g, const char *why)
{
	char rw[64];

	if (json) {
		printf("{\"type\": \"unmatched\", \"only_in\": ");
		if (only_in)
			printf("\"%s\", ", only_in);
		else
			printf("null, ");
		json_point_key(g, NULL);
		printf(", ");
		json_str("reason", why);
		printf("}\n");
		return;
	}
	printf("  %s %s %s qd%ld j%ld: %s\n", g->config, vlab_rw_label(g->rw, &g->x, rw, sizeof(rw)),
	       g->bs, g->iodepth, g->numjobs, why);
}

static void print_point_json(const struct cmp_mode *m, const struct cmp_group *g,
			     const struct cmp_group *gb, const struct cmp_sides *s,
			     const struct cmp_verdict *v)
{
	printf("{\"type\": \"point\", ");
	json_point_key(g, m->metric);
	printf(", \"basis\": \"%s\", ", m->noisy ? "in-run ratio" : "absolute");
	if (s->base) {
		json_str("baseline", s->base->config);
		printf(", ");
	}
	printf("\"n_a\": %zu, \"n_b\": %zu, ", s->na, s->nb);
	json_num(m->noisy ? "ratio_a" : "median_a", v->mid_a);
	printf(", ");
	json_num(m->noisy ? "ratio_b" : "median_b", v->mid_b);
	printf(", ");
	json_num("ratio", v->ratio.est);
	printf(", ");
	json_num("ci_lo", v->ratio.lo);
	printf(", ");
	json_num("ci_hi", v->ratio.hi);
	printf(", ");
	json_num("df", v->ratio.df);
	printf(", ");
	json_num("noise_floor", v->floor);
	printf(", \"significant\": %s, \"change\": \"%s\", \"regression\": %s, \"unsafe\": %s}\n",
	       v->significant ? "true" : "false",
	       !v->significant ? "none" : v->worse ? "worse" : "better",
	       v->significant && v->worse ? "true" : "false",
	       g->unsafe || gb->unsafe ? "true" : "false");
}

/* The point's label on its own line when it does not fit its column. */
static const char *label_of(const struct cmp_group *g, char *buf, size_t len)
{
	char rw[64];

	snprintf(buf, len, "%s %s %s qd%ld j%ld", g->config,
		 vlab_rw_label(g->rw, &g->x, rw, sizeof(rw)), g->bs, g->iodepth, g->numjobs);
	if (strlen(buf) <= 30)
		return buf;
	printf("%.79s\n", buf);
	return "";
}

static void print_unsafe(const struct cmp_group *g, const struct cmp_group *gb)
{
	if (g->unsafe || gb->unsafe)
		printf("  ^ UNSAFE: bounce_strategy=direct in %s (research only)\n",
		       g->unsafe && gb->unsafe ? "A and B" : g->unsafe ? "A" : "B");
}

void cmp_print_point(const struct cmp_mode *m, const struct cmp_group *g,
		     const struct cmp_group *gb, const struct cmp_sides *s,
		     const struct cmp_verdict *v, int *header)
{
	char label[160], b1[32], b2[32], iv[40], fl[16];

	if (m->json) {
		print_point_json(m, g, gb, s, v);
		return;
	}
	if (!(*header)++)
		printf("%-30s %8s %8s %6s %-13s %5s\n", "point", m->noisy ? "ratio A" : "median A",
		       m->noisy ? "ratio B" : "median B", "B/A", "[95% int.]", "floor");
	if (isnan(v->ratio.lo))
		snprintf(iv, sizeof(iv), "[-]");
	else
		snprintf(iv, sizeof(iv), "[%.3f,%.3f]", v->ratio.lo, v->ratio.hi);
	if (isnan(v->floor))
		snprintf(fl, sizeof(fl), "-");
	else if (v->floor < 1) /* "0.79%", "5%", "12%": five columns */
		snprintf(fl, sizeof(fl), "%.2g%%", v->floor * 100);
	else
		snprintf(fl, sizeof(fl), "%.0f%%", v->floor * 100);
	printf("%-30s %8s %8s %6.3f %-13s %5s%s\n", label_of(g, label, sizeof(label)),
	       num(b1, sizeof(b1), v->mid_a), num(b2, sizeof(b2), v->mid_b), v->ratio.est, iv, fl,
	       v->significant ? (v->worse ? " *-" : " *+") : "");
	print_unsafe(g, gb);
}

void cmp_print_baseline(const struct cmp_mode *m, const struct cmp_group *g,
			const struct cmp_group *gb)
{
	char label[160];

	if (m->json) {
		printf("{\"type\": \"baseline\", ");
		json_point_key(g, m->metric);
		printf(", \"unsafe\": %s}\n", g->unsafe || gb->unsafe ? "true" : "false");
		return;
	}
	printf("%-30s %8s\n", label_of(g, label, sizeof(label)), "baseline");
	print_unsafe(g, gb);
}

void cmp_print_header(const struct cmp_mode *m, const struct cmp_run *a, const struct cmp_run *b)
{
	char *text = NULL, base[VLAB_BASELINE_LABEL_MAX];
	size_t i;

	printf("%s, %s is better: B %s\n  against A %s\n", m->metric,
	       m->higher_better ? "higher" : "lower", b->dir, a->dir);
	cmp_wrap(stdout, "clock A: ", a->clock.label, "  ");
	cmp_wrap(stdout, "clock B: ", b->clock.label, "  ");
	for (i = 0; i < m->nwarn; i++)
		cmp_wrap(stdout, "WARNING: ", m->warn[i], "  ");
	vlab_baseline_label(base, sizeof(base), a->baseline, a->baseline_on);
	if (m->noisy && asprintf(&text, "ratio A, ratio B: geometric mean over repetitions of the "
				 "configuration's value over baseline %s's on the same %s"
				 "point and rep", base, a->baseline_on ? "" : "backend, ") >= 0)
		cmp_wrap(stdout, "", text, "");
	free(text);
	text = NULL;
	if (asprintf(&text, "B/A: %s, 95%% Welch t interval on the logs ([-]: under 2 %s); "
		     "*+ better, *- worse: the interval %s and |B/A - 1| > %g%%",
		     m->noisy ? "their ratio" : "ratio of geometric means",
		     m->noisy ? "pairs" : "ok repetitions",
		     m->have_floor ? "lies outside [1/(1+f),1+f], f the floor column (the larger "
				     "A/A noise floor of the two runs)," : "excludes 1",
		     m->threshold) >= 0)
		cmp_wrap(stdout, "", text, "");
	free(text);
	if (!m->have_floor)
		printf("note: no A/A control measured a noise floor in either run\n");
	putchar('\n');
}

static void print_summary_json(const struct cmp_mode *m, const struct cmp_run *a,
			       const struct cmp_run *b, const struct cmp_tally *t)
{
	size_t i;

	printf("{\"type\": \"summary\", \"metric\": \"%s\", \"matched\": %zu, \"baselines\": %zu, "
	       "\"unmatched\": %zu, \"significant\": %zu, \"regressions\": %zu, \"failing\": %zu, ",
	       m->metric, t->matched, t->baselines, t->unmatched, t->significant, t->regressions,
	       t->failing);
	json_str("clock", a->clock.name);
	printf(", ");
	json_str("clock_a", a->clock.label);
	printf(", ");
	json_str("clock_b", b->clock.label);
	printf(", \"noisy\": %s, \"gate\": \"%s\", \"gated\": %s, \"interval\": \"%s\", ",
	       m->noisy ? "true" : "false", m->noisy ? "in-run ratios" : "absolute",
	       m->gate_nothing ? "false" : "true",
	       m->noisy ? "Welch t on the logs of per-rep in-run ratios to the baseline driver: "
			  "ratio of their geometric means B/A" :
			  "Welch t on the logs: ratio of geometric means B/A");
	printf("\"noise_floor_measured\": %s, \"level\": %g, \"threshold_pct\": %g, \"unsafe\": %zu, ",
	       m->have_floor ? "true" : "false", VLAB_INTERVAL_LEVEL, m->threshold, t->unsafe);
	json_num("fail_on_regression_pct", m->fail_pct);
	printf(", \"warnings\": [");
	for (i = 0; i < m->nwarn; i++) {
		fputs(i ? ", " : "", stdout);
		json_quote(m->warn[i]);
	}
	printf("]}\n");
}

void cmp_print_summary(const struct cmp_mode *m, const struct cmp_run *a,
		       const struct cmp_run *b, const struct cmp_tally *t)
{
	if (m->json) {
		print_summary_json(m, a, b, t);
		return;
	}
	printf("\n%zu matched, %zu unmatched, %zu significant, %zu regressions\n", t->matched,
	       t->unmatched, t->significant, t->regressions);
	if (m->noisy)
		printf("(in-run ratios on a noisy clock; %zu baseline point(s) without verdict)\n",
		       t->baselines);
	if (!isnan(m->fail_pct) && m->gate_nothing)
		printf("nothing gated: no in-run ratios to compare (see the warning)\n");
	else if (!isnan(m->fail_pct))
		printf("%zu regressions beyond %g%%: %s\n", t->failing, m->fail_pct,
		       t->failing ? "FAIL" : "pass");
	if (t->unsafe)
		printf("UNSAFE: %zu matched point(s) ran with bounce_strategy=direct in A or B\n"
		       "(research only: guest pages exposed to the backend; not deployable figures)\n",
		       t->unsafe);
}

