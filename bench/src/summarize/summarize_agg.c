// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-summarize: aggregate.csv and aggregate.json. Per configuration,
 * workload point and metric: the median over the ok repetitions with its
 * order-statistic interval (lib/interval.h: distribution-free, with the
 * level it achieves, which 3 to 5 repetitions keep below 95%), their
 * coefficient of variation, and the ratio to the baseline driver on the
 * same backend, formed per repetition (rep r of both ran in the same
 * block, minutes apart, so pairing them cancels the drift between blocks):
 * the geometric mean of those ratios with a t interval on their logs. With
 * the sweep's baseline_backend, the same against the baseline backend of
 * the same driver (backend_ratio), e.g. vduse-blkd against
 * qemu-storage-daemon; and a configuration's flags (unsafe:
 * bounce_strategy=direct) carried over from its points.
 *
 * The methods and the level asked for go to aggregate.json rather than
 * into a comment line of the CSV, so aggregate.csv stays plain RFC 4180
 * that any CSV reader (gnuplot, pandas, vlab_csv_read) loads without
 * options.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "atomic.h"
#include "csv.h"
#include "interval.h"
#include "jsonfile.h"
#include "metrics.h"
#include "summarize_agg.h"

/* Metric m (lib/metrics.def) of a row. */
static double value_of(const struct row *r, int m)
{
	if (!row_ok(r))
		return NAN;
	switch ((enum vlab_metric)m) {
	case VLAB_M_IOPS: return r->fio.iops;
	case VLAB_M_BW: return r->fio.bw_kib_s;
	case VLAB_M_LAT_MEAN: return r->fio.lat_mean_us;
	case VLAB_M_LAT_P99: return r->fio.lat_p99_us;
	case VLAB_M_CPU: return r->cpu_fio_us + r->cpu_backend_us;
	case VLAB_M_CPU_GUEST: return r->cpu_guest_us;
	case VLAB_M_LAT_P50: return r->fio.lat_p50_us;
	case VLAB_M_LAT_P999: return r->fio.lat_p999_us;
	case VLAB_M_MEM: return r->mem_kernel + r->mem_umem; /* NAN unless both */
	case VLAB_M_MEM_KERNEL: return r->mem_kernel;
	case VLAB_M_MEM_HUGE: return r->mem_huge;
	case VLAB_M_MEM_UMEM: return r->mem_umem;
	case VLAB_M_FAULTS: return r->faults_per_io;
	case VLAB_M_MAPS: return r->maps_per_io;
	default: return NAN;
	}
}

static void cell(struct vlab_csv_out *w, double v, const char *fmt)
{
	if (isnan(v))
		vlab_csv_cell(w, NULL);
	else
		vlab_csv_cellf(w, fmt, v);
}

/*
 * The baseline's ok value at the same point and rep, on r's backend or on
 * the fixed baseline configuration's (planfile.h); NAN if none.
 */
static double baseline_value(const struct agg_opts *o, const struct row *rows, size_t n,
			     const struct row *r, int m)
{
	const char *on = vlab_baseline_backend(o->baseline_on, r->backend);
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(rows[i].driver, o->baseline) && !strcmp(rows[i].backend, on) &&
		    rows[i].rep == r->rep && row_same_point(&rows[i], r))
			return value_of(&rows[i], m);
	return NAN;
}

/* The value of the same driver on backend bbackend at r's point and rep; NAN if none. */
static double baseline_backend_value(const struct row *rows, size_t n, const char *bbackend,
				     const struct row *r, int m)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(rows[i].backend, bbackend) && !strcmp(rows[i].driver, r->driver) &&
		    rows[i].rep == r->rep && row_same_point(&rows[i], r))
			return value_of(&rows[i], m);
	return NAN;
}

/*
 * The run's noise floor at r0's backend, workload point and metric m: how
 * far from 1 the A/A control's paired ratio to the baseline can lie, as the
 * farther end of its interval (0.006: the control reads 0.6% off the
 * baseline that it repeats exactly). NAN without a control or with fewer
 * than two pairs. ratios is scratch space.
 */
static double noise_floor(const struct agg_opts *o, const struct row *rows, size_t n,
			  const struct row *r0, const char *backend, int m, double *ratios)
{
	const char *control = o->plan ? o->plan->control : NULL;
	struct vlab_ratio_ci ci;
	size_t i, nr = 0;
	double v, b;

	if (!control || !o->baseline)
		return NAN;
	for (i = 0; i < n; i++) {
		if (strcmp(rows[i].driver, control) || strcmp(rows[i].backend, backend) ||
		    !row_same_point(&rows[i], r0))
			continue;
		v = value_of(&rows[i], m);
		b = baseline_value(o, rows, n, &rows[i], m);
		if (!isnan(v) && !isnan(b) && b > 0)
			ratios[nr++] = v / b;
	}
	vlab_ratio_paired_ci(ratios, nr, VLAB_INTERVAL_LEVEL, &ci);
	if (isnan(ci.lo) || ci.lo <= 0)
		return NAN;
	return exp(fmax(fabs(log(ci.lo)), fabs(log(ci.hi)))) - 1.0;
}

/*
 * A ratio is significant when its interval lies wholly outside the noise
 * band [1/(1+floor), 1+floor]; without a measured floor, when it excludes
 * 1. NAN (an empty cell) when the ratio has no interval.
 */
static double significant(const struct vlab_ratio_ci *ci, double floor)
{
	double band = isnan(floor) ? 1.0 : 1.0 + floor;

	if (isnan(ci->lo) || isnan(ci->hi))
		return NAN;
	return ci->lo > band || ci->hi < 1.0 / band;
}

/* One configuration (its first row is r0) at r0's workload point. */
static int write_group(struct vlab_csv_out *w, const struct agg_opts *o, const struct row *rows,
		       size_t n, const struct row *r0, double *vals, double *ratios, double *bratios,
		       unsigned xmask)
{
	double floor, bfloor;
	struct vlab_median_ci med;
	struct vlab_ratio_ci rat, brat;
	size_t i, nv, nr, nb;
	char *base = NULL, *bbase = NULL;
	int m, ret = 0;
	int is_base = vlab_is_baseline(o->baseline, o->baseline_on, r0->driver, r0->backend);
	const char *bbackend = o->plan ? vlab_plan_baseline_backend(o->plan, r0->backend) : NULL;
	const char *flags = "";
	double v, b;

	if (o->baseline && asprintf(&base, "%s/%s", o->baseline,
				    vlab_baseline_backend(o->baseline_on, r0->backend)) < 0)
		return -ENOMEM;
	if (bbackend && asprintf(&bbase, "%s/%s", r0->driver, bbackend) < 0) {
		free(base);
		return -ENOMEM;
	}
	for (i = 0; i < n; i++)
		if (!strcmp(rows[i].config, r0->config) && row_same_point(&rows[i], r0) &&
		    rows[i].flags && *rows[i].flags)
			flags = rows[i].flags;
	for (m = 0; m < VLAB_METRIC_COUNT; m++) {
		nv = nr = nb = 0;
		for (i = 0; i < n; i++) {
			if (strcmp(rows[i].config, r0->config) || !row_same_point(&rows[i], r0))
				continue;
			v = value_of(&rows[i], m);
			if (isnan(v))
				continue;
			vals[nv++] = v;
			if (bbackend) {
				b = baseline_backend_value(rows, n, bbackend, &rows[i], m);
				if (!isnan(b) && b > 0)
					bratios[nb++] = v / b;
			}
			if (!o->baseline || is_base)
				continue;
			b = baseline_value(o, rows, n, &rows[i], m);
			if (!isnan(b) && b > 0)
				ratios[nr++] = v / b;
		}
		ret = vlab_median_ci(vals, nv, VLAB_INTERVAL_LEVEL, &med);
		if (ret)
			break;
		vlab_ratio_paired_ci(ratios, nr, VLAB_INTERVAL_LEVEL, &rat);
		vlab_ratio_paired_ci(bratios, nb, VLAB_INTERVAL_LEVEL, &brat);
		/*
		 * scratch past the values; against a fixed baseline configuration
		 * the control repeats it on its backend, and that is the floor
		 */
		floor = noise_floor(o, rows, n, r0,
				    vlab_baseline_backend(o->baseline_on, r0->backend), m, vals + nv);
		/*
		 * A backend ratio compares two backends, each with its own A/A
		 * floor: it has to clear the larger of the two.
		 */
		bfloor = bbackend ? fmax(floor, noise_floor(o, rows, n, r0, bbackend, m, vals + nv)) :
			 NAN;
		vlab_csv_cell(w, r0->config);
		vlab_csv_cell(w, r0->driver);
		vlab_csv_cell(w, r0->backend);
		vlab_csv_cell(w, r0->rw);
		vlab_csv_cell(w, r0->bs);
		vlab_csv_cellf(w, "%ld", r0->iodepth);
		vlab_csv_cellf(w, "%ld", r0->numjobs);
		vlab_csv_cell(w, vlab_metric_names[m]);
		vlab_csv_cellf(w, "%zu", nv);
		cell(w, med.est, "%.3f");
		cell(w, med.lo, "%.3f");
		cell(w, med.hi, "%.3f");
		cell(w, rat.est, "%.4f");
		cell(w, rat.lo, "%.4f");
		cell(w, rat.hi, "%.4f");
		vlab_csv_cell(w, base);
		cell(w, brat.est, "%.4f");
		cell(w, brat.lo, "%.4f");
		cell(w, brat.hi, "%.4f");
		vlab_csv_cell(w, bbase);
		vlab_csv_cell(w, flags);
		/* appended after flags, so readers by position keep working */
		cell(w, med.k ? med.level : NAN, "%.6g");
		if (o->baseline && !is_base)
			vlab_csv_cellf(w, "%zu", nr);
		else
			vlab_csv_cell(w, NULL);
		cell(w, vlab_cv(vals, nv), "%.4f");
		cell(w, floor, "%.4f");
		cell(w, significant(&rat, floor), "%.0f");
		cell(w, significant(&brat, bfloor), "%.0f");
		vlab_xvals_csv_cells(w, &r0->x, xmask);
		vlab_csv_end_row(w);
	}
	free(base);
	free(bbase);
	return ret;
}

/* Position of a configuration in the plan's order; unknown ones go last. */
static size_t config_rank(const struct agg_opts *o, const char *config)
{
	size_t i;

	for (i = 0; o->configs && o->configs[i]; i++)
		if (!strcmp(o->configs[i], config))
			return i;
	return (size_t)-1;
}

static int write_csv(const struct agg_opts *o, const struct row *rows, size_t n)
{
	static const char *const cols[] = {
		"config", "driver", "backend", "rw", "bs", "iodepth", "numjobs", "metric", "n",
		"median", "ci_lo", "ci_hi", "ratio", "ratio_lo", "ratio_hi", "baseline",
		"backend_ratio", "backend_ratio_lo", "backend_ratio_hi", "backend_baseline", "flags",
		"ci_level", "ratio_n", "cv", "noise_floor", "ratio_sig", "backend_ratio_sig",
	};
	double *vals = calloc(2 * n + 1, sizeof(*vals)), *ratios = calloc(n + 1, sizeof(*ratios));
	double *bratios = calloc(n + 1, sizeof(*bratios));
	const struct row **firsts = calloc(n + 1, sizeof(*firsts)), *t;
	size_t i, j, k, nf, best, rj, rb;
	struct vlab_csv_out w;
	struct vlab_atomic a = { 0 };
	unsigned xmask = summarize_xaxes(rows, n);
	char *path = NULL;
	int ret;

	if (!vals || !ratios || !bratios || !firsts || asprintf(&path, "%s/aggregate.csv", o->run_dir) < 0) {
		path = NULL;
		ret = -ENOMEM;
		goto out;
	}
	ret = vlab_atomic_open(&a, path);
	if (ret)
		goto out;
	vlab_csv_begin(&w, a.f);
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		vlab_csv_cell(&w, cols[i]);
	vlab_xaxes_csv_header(&w, xmask);
	vlab_csv_end_row(&w);
	/* workload points in order of first appearance, then configurations */
	for (i = 0; i < n; i++) {
		for (j = 0; j < i && !row_same_point(&rows[j], &rows[i]); j++)
			;
		if (j < i)
			continue;
		nf = 0;
		for (j = i; j < n; j++) {
			if (!row_same_point(&rows[j], &rows[i]))
				continue;
			for (k = 0; k < nf && strcmp(firsts[k]->config, rows[j].config); k++)
				;
			if (k == nf)
				firsts[nf++] = &rows[j];
		}
		/* selection sort by plan rank, then name: nf is small */
		for (k = 0; k < nf; k++) {
			best = k;
			for (j = k + 1; j < nf; j++) {
				rj = config_rank(o, firsts[j]->config);
				rb = config_rank(o, firsts[best]->config);
				if (rj < rb || (rj == rb && strcmp(firsts[j]->config, firsts[best]->config) < 0))
					best = j;
			}
			t = firsts[k];
			firsts[k] = firsts[best];
			firsts[best] = t;
			ret = write_group(&w, o, rows, n, firsts[k], vals, ratios, bratios, xmask);
			if (ret)
				goto out;
		}
	}
	if (w.err) {
		ret = w.err;
		goto out;
	}
	ret = vlab_atomic_commit(&a);
out:
	if (a.f)
		vlab_atomic_abort(&a);
	free(path);
	free(vals);
	free(ratios);
	free(bratios);
	free(firsts);
	return ret;
}

static int write_json(const struct agg_opts *o)
{
	struct json_object *j = json_object_new_object(), *b = json_object_new_object();
	char *path = NULL;
	int ret;

	if (!j || !b || asprintf(&path, "%s/aggregate.json", o->run_dir) < 0) {
		json_object_put(b);
		path = NULL;
		ret = -ENOMEM;
		goto out;
	}
	json_object_object_add(j, "format", json_object_new_int(1));
	json_object_object_add(j, "sweep", o->sweep ? json_object_new_string(o->sweep) : NULL);
	json_object_object_add(j, "baseline",
			       o->baseline ? json_object_new_string(o->baseline) : NULL);
	/* baseline = DRIVER/BACKEND only: the ratios' fixed baseline backend */
	if (o->baseline_on)
		json_object_object_add(j, VLAB_PLAN_BASELINE_ON,
				       json_object_new_string(o->baseline_on));
	json_object_object_add(j, "baseline_backends",
			       o->plan && o->plan->baseline_backends ?
			       json_object_get(o->plan->baseline_backends) : json_object_new_object());
	json_object_object_add(b, "requested_level",
			       json_object_new_double_s(VLAB_INTERVAL_LEVEL, "0.95"));
	json_object_object_add(b, "median", json_object_new_string(
		"distribution-free order-statistic interval [x_(k), x_(n+1-k)] of the sorted ok "
		"repetitions, k the largest whose confidence 1 - 2 P(Binom(n, 1/2) <= k-1) is at "
		"least the requested level; when even the range (k = 1) falls short (n < 6) the "
		"range with the level it achieves; ci_level is that achieved level; no interval "
		"for n < 2"));
	json_object_object_add(b, "ratio", json_object_new_string(
		"per-repetition ratios to the baseline driver on the same backend, or on "
		"baseline_on when the sweep fixed one (rep r of both ran in the same block): their geometric mean, with the t interval on their logs "
		"exp(mean +- t(n-1) s / sqrt(n)) at the requested level; ratio_n counts the pairs; "
		"no interval for fewer than 2"));
	json_object_object_add(b, "backend_ratio", json_object_new_string(
		"the same against the baseline backend of the sweep's baseline_backend (same "
		"driver, point and rep)"));
	json_object_object_add(b, "cv", json_object_new_string(
		"sample standard deviation over mean of the ok repetitions; none for n < 2"));
	json_object_object_add(b, "noise_floor", json_object_new_string(
		"with the sweep's A/A control (a driver that repeats the baseline exactly): per "
		"backend, workload point and metric, how far from 1 the control's ratio interval "
		"reaches, exp(max |log lo|, |log hi|) - 1; none without a control"));
	json_object_object_add(b, "significance", json_object_new_string(
		"ratio_sig: 1 when the ratio's interval lies wholly outside "
		"[1/(1+noise_floor), 1+noise_floor], or excludes 1 where no floor was measured; "
		"0 otherwise; empty without an interval. backend_ratio_sig: the same against the "
		"larger of the two backends' floors"));
	json_object_object_add(j, "intervals", b);
	json_object_object_add(j, "control", o->plan && o->plan->control ?
			       json_object_new_string(o->plan->control) : NULL);
	{
		/* "iops, bw_kib_s, ... (see summary.csv)", from the one list */
		char list[256];
		size_t len = 0, m;

		for (m = 0; m < VLAB_METRIC_COUNT; m++)
			len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s", m ? ", " : "",
						vlab_metric_names[m]);
		snprintf(list + len, sizeof(list) - len, " (see summary.csv)");
		json_object_object_add(j, "metrics", json_object_new_string(list));
	}
	ret = vlab_json_write(path, j);
out:
	free(path);
	json_object_put(j);
	return ret;
}

int summarize_aggregate(const struct agg_opts *o, const struct row *rows, size_t n)
{
	int ret = write_csv(o, rows, n);

	return ret ? ret : write_json(o);
}
