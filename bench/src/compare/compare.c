// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-compare: match the points of two runs and say, per point, whether B
 * differs from A by more than noise: the ratio B/A of the geometric means
 * with Welch's t interval on the logs (lib/interval.h; two runs' repetitions
 * have no pairing, and each run has its own spread), marked when the
 * interval clears 1, or the runs' A/A noise floor where they measured one,
 * and the change exceeds a threshold. --fail-on-regression turns that into
 * an exit status for the CI of a kernel tree.
 *
 * What may be compared depends on the clock both runs were measured on
 * (compare_read.c reads it): runs of two clocks are refused; on icount, KVM
 * or the host the absolute figures are compared; on wall-clock TCG they
 * move with the host's load between runs, so only each run's
 * own ratios to its baseline driver (formed per repetition, as the
 * summariser does) are compared and gated on.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compare_print.h"
#include "compare_read.h"
#include "interval.h"
#include "metrics.h"
#include "planfile.h"
#include "stats.h"

#define EXIT_REGRESSION 3

static const char *const prog = "vlab-compare";

static void usage(void)
{
	printf(
"Usage: vlab-compare RUN_A RUN_B [--metric M] [--threshold PCT]\n"
"                    [--fail-on-regression PCT] [--json]\n"
"Compare two summarised runs point by point (B against A).\n"
"\n"
"Points are matched by configuration (driver/backend), rw, bs, iodepth,\n"
"numjobs and the extra fio axes a run has (lib/axes.def) across\n"
"RUN_A/summary.csv and RUN_B/summary.csv; both runs must hold\n"
"a plan of format 1 (RUN/plan/plan.json) and name their clock in\n"
"RUN/manifest.json (older runs, without \"clock\", ran on the wall clock).\n"
"Runs of different clocks (icount, wall TCG, wall KVM, wall on the host) are\n"
"refused: their figures measure different things.\n"
"On icount, KVM or the host: per matched point the median of each run's ok\n"
"repetitions, and B/A, the ratio of their geometric means, with a 95%% Welch\n"
"t interval on the logs: two runs have no pairing, and Welch's approximation\n"
"covers 93 to 97%% of the time at 3 to 5 repetitions a side; [-] with fewer\n"
"than 2 in either run.\n"
"On wall-clock TCG absolute figures move with the host's load between\n"
"runs, so each configuration other than the baseline driver is compared by\n"
"its in-run ratio to the baseline on the same backend, point and repetition\n"
"(Welch on the logs of those ratios); baselines are listed without verdict.\n"
"A change is significant, marked *+ (better) or *- (worse), when the\n"
"interval lies outside the noise band [1/(1+f), 1+f], f the larger A/A\n"
"noise floor of the two runs at the point (aggregate.csv noise_floor; the\n"
"largest of the run where the point has none), or excludes 1 without a\n"
"floor, and |B/A - 1| exceeds the threshold. For iops and bw_kib_s higher\n"
"is better; for latency, CPU per I/O and memory lower is better. A regression is a\n"
"significant change the bad way.\n"
"Points found in one run only, or without ok repetitions (or baseline\n"
"pairs) in one, are listed as unmatched. --fail-on-regression counts a point\n"
"when it is a regression and |B/A - 1| exceeds PCT.\n"
"A point whose driver ran bounce_strategy=direct in either run (the flags\n"
"column of summary.csv says unsafe) is marked UNSAFE (JSON: \"unsafe\": true)\n"
"and counted in the summary: a research-only strategy, not a deployable one.\n"
"\n"
"Options:\n"
"  --metric M                 an aggregate metric (below) [iops]\n"
"  --threshold PCT            smallest change worth marking, 0 to 1000 [5,\n"
"                             or the --fail-on-regression PCT if smaller]\n"
"  --fail-on-regression PCT   exit 3 if a point regressed by more than PCT%%\n"
"  --json                     one JSON object per line: points, baselines,\n"
"                             unmatched points, then a summary\n"
"  -h, --help                 show this help\n"
"\n"
"Exit status: 0 compared (or, on wall-clock TCG, nothing to compare: a run\n"
"without baseline pairs); 1 a run could not be read or no point matched;\n"
"2 usage error, a run made by an incompatible version, or runs of two\n"
"clocks; 3 regression beyond --fail-on-regression.\n"
"\n"
"Examples:\n"
"  vlab-compare results/before results/after\n"
"  vlab-compare results/before results/after --metric lat_p99_us --threshold 2\n"
"  vlab-compare base new --fail-on-regression 10 --json > compare.jsonl\n"
"\n"
"Metrics: %s\n", vlab_metric_list());
}

static double parse_pct(const char *opt, const char *arg)
{
	char *end;
	double v = strtod(arg, &end);

	if (!*arg || *end || !(v >= 0 && v <= 1000) || strspn(arg, "0123456789.") != strlen(arg))
		vlab_usage_error(prog, "%s: '%s' is not a percentage from 0 to 1000", opt, arg);
	return v;
}

/* What a clock's figures are, in the words of the refusal. */
static void clock_gist(const struct cmp_clock *c, int with_shift, char *buf, size_t len)
{
	if (!strcmp(c->name, "icount") && with_shift && c->shift <= 30)
		snprintf(buf, len, "icount at %ld ns per guest instruction", 1L << c->shift);
	else if (!strcmp(c->name, "icount") && with_shift)
		snprintf(buf, len, "icount at shift %ld", c->shift);
	else if (!strcmp(c->name, "icount"))
		snprintf(buf, len, "icount (work per I/O)");
	else if (!strcmp(c->name, "wall") && !strcmp(c->accel, "tcg"))
		snprintf(buf, len, "wall TCG (host time)");
	else if (!strcmp(c->name, "wall") && !strcmp(c->accel, "kvm"))
		snprintf(buf, len, "wall KVM (real time)");
	else if (!strcmp(c->name, "wall") && !strcmp(c->accel, "host"))
		snprintf(buf, len, "wall on the host kernel (real time)");
	else
		snprintf(buf, len, "%s on %s", c->name, c->accel);
}

/*
 * Refuse runs of two clocks: icount counts instructions, wall TCG the
 * host's time, KVM and the host real time; icount at two shifts runs guest
 * time at two rates. -EPROTO (exit 2) with a message naming both.
 */
static int check_clocks(const struct cmp_run *a, const struct cmp_run *b)
{
	const struct cmp_clock *x = &a->clock, *y = &b->clock;
	int shifts = !strcmp(x->name, "icount") && x->shift >= 0 && y->shift >= 0 &&
		     x->shift != y->shift;
	char ga[80], gb[80];

	if (!strcmp(x->name, y->name) && !shifts &&
	    (strcmp(x->name, "wall") || !strcmp(x->accel, y->accel)))
		return 0;
	clock_gist(x, shifts, ga, sizeof(ga));
	clock_gist(y, shifts, gb, sizeof(gb));
	fprintf(stderr, "%s: A ran on %s, B on %s: their figures measure different things; compare runs of one clock\n"
		"  A %s: %s\n  B %s: %s\n", prog, ga, gb, a->dir, x->label, b->dir, y->label);
	return -EPROTO;
}

/* The same baseline configuration: driver, and fixed backend or none. */
static int same_baseline(const struct cmp_run *a, const struct cmp_run *b)
{
	return !strcmp(a->baseline, b->baseline) &&
	       (a->baseline_on && b->baseline_on ? !strcmp(a->baseline_on, b->baseline_on) :
		a->baseline_on == b->baseline_on);
}

static int is_baseline(const struct cmp_run *r, const struct cmp_group *g)
{
	return vlab_is_baseline(r->baseline, r->baseline_on, g->driver, g->backend);
}

/* The baseline's group at g's point, on g's backend or the fixed one, or NULL. */
static const struct cmp_group *baseline_of(const struct cmp_run *r, const struct cmp_group *g)
{
	size_t i;

	for (i = 0; i < r->ng; i++)
		if (is_baseline(r, &r->g[i]) &&
		    !strcmp(r->g[i].backend, vlab_baseline_backend(r->baseline_on, g->backend)) &&
		    cmp_same_point(&r->g[i], g))
			return &r->g[i];
	return NULL;
}

/*
 * g's value over the baseline's at the same backend, point and rep, per
 * rep both have, into out (room for g->n); the pairs the summariser forms,
 * which cancel the host's drift between blocks. Returns how many.
 */
static size_t in_run_ratios(const struct cmp_run *r, const struct cmp_group *g, double *out)
{
	const struct cmp_group *base = baseline_of(r, g);
	size_t i, j, n = 0;

	for (i = 0; base && i < g->n; i++)
		for (j = 0; j < base->n; j++)
			if (base->rep[j] == g->rep[i] && base->v[j] > 0 && g->v[i] > 0) {
				out[n++] = g->v[i] / base->v[j];
				break;
			}
	return n;
}

/* Baseline pairs in the whole run: none means nothing to compare on a noisy clock. */
static size_t run_pairs(const struct cmp_run *r, double *scratch)
{
	size_t i, n = 0;

	for (i = 0; i < r->ng; i++)
		if (!is_baseline(r, &r->g[i]))
			n += in_run_ratios(r, &r->g[i], scratch);
	return n;
}

static double median_of(const double *v, size_t n)
{
	double *copy = calloc(n + 1, sizeof(*copy)), m;

	if (!copy)
		return NAN;
	memcpy(copy, v, n * sizeof(*v));
	vlab_sort(copy, n);
	m = vlab_median(copy, n);
	free(copy);
	return m;
}

/* Fill s for A's ga and B's gb; the arrays have room for the groups' values. */
static void sides_of(const struct cmp_mode *m, const struct cmp_run *ra,
		     const struct cmp_group *ga, const struct cmp_run *rb,
		     const struct cmp_group *gb, struct cmp_sides *s)
{
	if (!m->noisy) {
		memcpy(s->a, ga->v, ga->n * sizeof(double));
		memcpy(s->b, gb->v, gb->n * sizeof(double));
		s->na = ga->n;
		s->nb = gb->n;
		s->base = NULL;
		return;
	}
	s->na = in_run_ratios(ra, ga, s->a);
	s->nb = in_run_ratios(rb, gb, s->b);
	s->base = baseline_of(ra, ga);
}

/*
 * The floor a change must clear at a point: the larger of the two runs'
 * A/A floors there, each run's largest for the metric standing in where
 * the point has none (a control may miss a backend or point). NAN: none.
 */
static double floor_at(const struct cmp_run *ra, const struct cmp_group *ga,
		       const struct cmp_run *rb, const struct cmp_group *gb)
{
	double fa = isnan(ga->floor) ? ra->max_floor : ga->floor;
	double fb = isnan(gb->floor) ? rb->max_floor : gb->floor;

	return fmax(fa, fb); /* NAN only when both are */
}

static void judge(const struct cmp_mode *m, const struct cmp_sides *s, double floor,
		  struct cmp_verdict *v)
{
	double band = 1 + (isnan(floor) ? 0 : floor), change;
	struct vlab_ratio_ci own;

	vlab_ratio_welch_ci(s->a, s->na, s->b, s->nb, VLAB_INTERVAL_LEVEL, &v->ratio);
	if (m->noisy) {
		vlab_ratio_paired_ci(s->a, s->na, VLAB_INTERVAL_LEVEL, &own);
		v->mid_a = own.est;
		vlab_ratio_paired_ci(s->b, s->nb, VLAB_INTERVAL_LEVEL, &own);
		v->mid_b = own.est;
	} else {
		v->mid_a = median_of(s->a, s->na);
		v->mid_b = median_of(s->b, s->nb);
	}
	v->floor = floor;
	change = (v->ratio.est - 1) * 100;
	/* wholly outside the band: an A/A pair may stray this far from 1 */
	v->significant = !isnan(v->ratio.lo) && (v->ratio.lo > band || v->ratio.hi < 1 / band) &&
			 fabs(change) > m->threshold;
	v->worse = m->higher_better ? v->ratio.est < 1 : v->ratio.est > 1;
	v->fails = v->significant && v->worse && !isnan(m->fail_pct) && fabs(change) > m->fail_pct;
}

/* Why A's group i, found in B at bi, gives nothing to compare; NULL when it does. */
static const char *unmatched_why(const struct cmp_mode *m, const struct cmp_run *a, size_t i,
				 const struct cmp_run *b, int bi, double *scratch)
{
	if (!a->g[i].n)
		return "no ok repetition in A";
	if (!b->g[bi].n)
		return "no ok repetition in B";
	if (!m->noisy || is_baseline(a, &a->g[i]))
		return NULL;
	if (!same_baseline(a, b))
		return "in-run ratios to different baselines";
	if (!in_run_ratios(a, &a->g[i], scratch))
		return "no baseline pair in A";
	if (!in_run_ratios(b, &b->g[bi], scratch))
		return "no baseline pair in B";
	return NULL;
}

/*
 * Points without a counterpart, each once: A's points missing from B or
 * without ok repetitions (on a noisy clock, baseline pairs) on either
 * side, then B's points missing from A.
 */
static size_t list_unmatched(const struct cmp_mode *m, const struct cmp_run *a,
			     const struct cmp_run *b, double *scratch)
{
	const struct cmp_run *of;
	const char *why, *only_in;
	size_t i, n = 0;
	int side, oi;

	for (side = 0; side < 2; side++) {
		of = side ? b : a;
		for (i = 0; i < of->ng; i++) {
			oi = cmp_find_group(side ? a : b, &of->g[i]);
			only_in = NULL;
			if (oi < 0) {
				only_in = side ? "B" : "A";
				why = side ? "only in B" : "only in A";
			} else if (side) {
				continue; /* listed from A's side, if at all */
			} else if (!(why = unmatched_why(m, a, i, b, oi, scratch))) {
				continue;
			}
			if (!m->json && !n)
				printf("\nunmatched points:\n");
			cmp_print_unmatched(m->json, only_in, &of->g[i], why);
			n++;
		}
	}
	return n;
}

/*
 * The gate on a noisy clock: in-run ratios only, and nothing at all when
 * the runs' ratios are to different drivers or a run has no pairs.
 */
static void decide_noisy(struct cmp_mode *m, const struct cmp_run *a, const struct cmp_run *b,
			 double *scratch)
{
	static char differ[256];
	size_t pairs_a, pairs_b;

	m->warn[m->nwarn++] = "noisy clock (wall-clock TCG): absolute figures across runs measure "
			      "the host, whose load moves them; comparing and gating only on "
			      "each run's in-run ratios to its baseline driver";
	if (!same_baseline(a, b)) {
		char la[VLAB_BASELINE_LABEL_MAX], lb[VLAB_BASELINE_LABEL_MAX];

		vlab_baseline_label(la, sizeof(la), a->baseline, a->baseline_on);
		vlab_baseline_label(lb, sizeof(lb), b->baseline, b->baseline_on);
		snprintf(differ, sizeof(differ), "A's baseline is %s, B's %s: their in-run "
			 "ratios are to different baselines; nothing compared, nothing gated", la, lb);
		m->warn[m->nwarn++] = differ;
		m->gate_nothing = 1;
		return;
	}
	pairs_a = run_pairs(a, scratch);
	pairs_b = run_pairs(b, scratch);
	if (!pairs_a || !pairs_b) {
		m->warn[m->nwarn++] = !pairs_a ?
			"run A has no baseline pairs (a configuration and the baseline driver ok at "
			"one backend, point and rep): nothing to compare, nothing gated" :
			"run B has no baseline pairs (a configuration and the baseline driver ok at "
			"one backend, point and rep): nothing to compare, nothing gated";
		m->gate_nothing = 1;
	}
}

/* Compare every matched point, counting into t. */
static int compare_points(const struct cmp_mode *m, const struct cmp_run *a,
			  const struct cmp_run *b, struct cmp_tally *t)
{
	size_t i, room = a->csv.nrows + b->csv.nrows + 1;
	struct cmp_sides s = { calloc(room, sizeof(double)), calloc(room, sizeof(double)), 0, 0, NULL };
	int bi, header = 0;
	struct cmp_verdict v;

	if (!s.a || !s.b)
		goto out;
	for (i = 0; i < a->ng; i++) {
		bi = cmp_find_group(b, &a->g[i]);
		if (bi < 0 || !a->g[i].n || !b->g[bi].n)
			continue;
		if (m->noisy && is_baseline(a, &a->g[i])) {
			t->baselines++;
			cmp_print_baseline(m, &a->g[i], &b->g[bi]);
			continue;
		}
		sides_of(m, a, &a->g[i], b, &b->g[bi], &s);
		if (m->gate_nothing || !s.na || !s.nb)
			continue; /* listed as unmatched, or the warning says why */
		judge(m, &s, floor_at(a, &a->g[i], b, &b->g[bi]), &v);
		t->matched++;
		t->significant += v.significant;
		t->regressions += v.significant && v.worse;
		t->failing += v.fails;
		t->unsafe += a->g[i].unsafe || b->g[bi].unsafe;
		cmp_print_point(m, &a->g[i], &b->g[bi], &s, &v, &header);
	}
	t->unmatched = list_unmatched(m, a, b, s.a);
out:
	free(s.a);
	free(s.b);
	return s.a && s.b ? 0 : -ENOMEM;
}

/* Decide the mode from both runs once they are read; -EPROTO for two clocks. */
static int decide(struct cmp_mode *m, const struct cmp_run *a, const struct cmp_run *b)
{
	double *scratch;
	size_t i;

	if (check_clocks(a, b))
		return -EPROTO;
	m->higher_better = vlab_metric_find(m->metric)->higher_better; /* checked in main */
	m->noisy = !strcmp(a->clock.name, "wall") && !strcmp(a->clock.accel, "tcg");
	m->have_floor = !isnan(a->max_floor) || !isnan(b->max_floor);
	if (m->noisy) {
		scratch = calloc(a->csv.nrows + b->csv.nrows + 1, sizeof(*scratch));
		if (!scratch)
			return -ENOMEM;
		decide_noisy(m, a, b, scratch);
		free(scratch);
	}
	for (i = 0; i < m->nwarn; i++)
		cmp_wrap(stderr, "vlab-compare: warning: ", m->warn[i], "  ");
	return 0;
}

int main(int argc, char **argv)
{
	enum { OPT_METRIC = 256, OPT_THRESHOLD, OPT_FAIL, OPT_JSON };
	static const struct option longopts[] = {
		{ "metric", required_argument, NULL, OPT_METRIC },
		{ "threshold", required_argument, NULL, OPT_THRESHOLD },
		{ "fail-on-regression", required_argument, NULL, OPT_FAIL },
		{ "json", no_argument, NULL, OPT_JSON },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	struct cmp_mode m = { .metric = "iops", .threshold = 5, .fail_pct = NAN };
	int threshold_set = 0;
	struct cmp_run a = { 0 }, b = { 0 };
	struct cmp_tally t = { 0 };
	int c, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_METRIC:
			m.metric = optarg;
			if (!vlab_metric_known(m.metric))
				vlab_usage_error(prog, "--metric: '%s' is not a metric; allowed: %s",
						 m.metric, vlab_metric_list());
			break;
		case OPT_THRESHOLD:
			m.threshold = parse_pct("--threshold", optarg);
			threshold_set = 1;
			break;
		case OPT_FAIL: m.fail_pct = parse_pct("--fail-on-regression", optarg); break;
		case OPT_JSON: m.json = 1; break;
		case 'h':
			usage();
			return 0;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	/*
	 * A gate means what it says: --fail-on-regression 1 must catch a
	 * significant 3% regression, which the default 5% threshold would
	 * leave unmarked and so never count.
	 */
	if (!threshold_set && !isnan(m.fail_pct) && m.fail_pct < m.threshold)
		m.threshold = m.fail_pct;
	if (argc - optind < 2)
		vlab_usage_error(prog, "RUN_A and RUN_B are required");
	if (argc - optind > 2)
		vlab_usage_error(prog, "unexpected argument '%s'; give two run folders", argv[optind + 2]);
	a.dir = argv[optind];
	b.dir = argv[optind + 1];
	vlab_require_dir(prog, "RUN_A", a.dir);
	vlab_require_dir(prog, "RUN_B", b.dir);
	ret = cmp_load_run(&a, m.metric);
	if (!ret)
		ret = cmp_load_run(&b, m.metric);
	if (!ret)
		ret = decide(&m, &a, &b);
	if (ret)
		goto out;
	if (!m.json)
		cmp_print_header(&m, &a, &b);
	ret = compare_points(&m, &a, &b, &t);
	if (!ret)
		cmp_print_summary(&m, &a, &b, &t);
	if (fflush(stdout) || ferror(stdout))
		ret = -EIO;
	/* a noisy pair without in-run ratios has said why and gates on nothing */
	if (!ret && !t.matched && !t.baselines && !m.gate_nothing) {
		fprintf(stderr, "%s: no point of %s matches a point of %s with ok repetitions\n", prog,
			a.dir, b.dir);
		ret = -ENOENT;
	}
out:
	cmp_free_run(&a);
	cmp_free_run(&b);
	if (ret == -EPROTO)
		return VLAB_EXIT_USAGE;
	if (ret == -ENOMEM)
		fprintf(stderr, "%s: out of memory\n", prog);
	if (ret)
		return VLAB_EXIT_FAIL;
	return t.failing ? EXIT_REGRESSION : 0;
}
