// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: charts that stay readable when a sweep tries a driver's
 * knobs one at a time (strategies: 14 drivers, one line each, is a tangle).
 * Per backend and rw/bs/numjobs, one chart with a panel per knob: the
 * baseline driver, the driver's default (same module, no knobs, no module
 * parameters) and every driver that sets that knob, IOPS against queue
 * depth, each repetition a dot. A driver setting two knobs is in both
 * panels. Drawn only when the plan's drivers set two knobs or more; with
 * one, chart.* already holds just those lines. Family "knobs".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "report_stats.h"
#include "report_gnuplot.h"
#include "report_reps.h"
#include "report_style.h"
#include "report_knobs.h"
#include "report_family.h"

static int load_driver(struct rdriver *d, struct json_object *o)
{
	struct json_object *v, *knobs = NULL, *params = NULL;

	if (!json_object_object_get_ex(o, "name", &v) || !json_object_is_type(v, json_type_string))
		return -EBADMSG;
	d->name = strdup(json_object_get_string(v));
	d->module = strdup(json_object_object_get_ex(o, "module", &v) ?
			   json_object_get_string(v) ?: "" : "");
	if (!d->name || !d->module)
		return -ENOMEM;
	if (json_object_object_get_ex(o, "params", &params) &&
	    json_object_is_type(params, json_type_object))
		d->params = json_object_object_length(params) > 0;
	if (!json_object_object_get_ex(o, "knobs", &knobs) ||
	    !json_object_is_type(knobs, json_type_object))
		return 0;
	d->knobs = calloc(json_object_object_length(knobs) + 1, sizeof(*d->knobs));
	if (!d->knobs)
		return -ENOMEM;
	json_object_object_foreach(knobs, key, val) {
		if (asprintf(&d->knobs[d->nknobs], "%s=%s", key, json_object_get_string(val) ?: "") < 0)
			return -ENOMEM;
		d->nknobs++;
	}
	return 0;
}

int report_load_drivers(struct report *r, struct json_object *plan)
{
	struct json_object *drivers;
	size_t i, n;
	int ret;

	if (!plan || !json_object_object_get_ex(plan, "drivers", &drivers) ||
	    !json_object_is_type(drivers, json_type_array))
		return 0; /* older plans: no knob charts */
	n = json_object_array_length(drivers);
	r->drv = calloc(n + 1, sizeof(*r->drv));
	if (!r->drv)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		ret = load_driver(&r->drv[r->ndrv++], json_object_array_get_idx(drivers, i));
		if (ret == -EBADMSG) {
			r->ndrv--; /* a driver without a name cannot match a point */
			continue;
		}
		if (ret)
			return ret;
	}
	return 0;
}

void report_free_drivers(struct report *r)
{
	size_t i, k;

	for (i = 0; i < r->ndrv; i++) {
		free(r->drv[i].name);
		free(r->drv[i].module);
		for (k = 0; k < r->drv[i].nknobs; k++)
			free(r->drv[i].knobs[k]);
		free(r->drv[i].knobs);
	}
	free(r->drv);
}

/* Does driver d set knob name (key=value's key)? */
static int sets_knob(const struct rdriver *d, const char *name)
{
	size_t k, len = strlen(name);

	for (k = 0; k < d->nknobs; k++)
		if (!strncmp(d->knobs[k], name, len) && d->knobs[k][len] == '=')
			return 1;
	return 0;
}

/* The knob names the plan's drivers set, in order of first appearance. */
static size_t knob_names(const struct report *r, char **names, size_t max)
{
	size_t i, k, j, n = 0, len;

	for (i = 0; i < r->ndrv; i++)
		for (k = 0; k < r->drv[i].nknobs; k++) {
			len = strcspn(r->drv[i].knobs[k], "=");
			for (j = 0; j < n; j++)
				if (strlen(names[j]) == len && !strncmp(names[j], r->drv[i].knobs[k], len))
					break;
			if (j == n && n < max && !(names[n++] = strndup(r->drv[i].knobs[k], len)))
				return (size_t)-1;
		}
	return n;
}

/*
 * The driver the knobs are changed from: no knobs, no module parameters,
 * the module of the first driver with knobs; neither baseline nor control.
 */
static const struct rdriver *default_driver(const struct report *r)
{
	const struct rdriver *knobbed = NULL;
	size_t i;

	for (i = 0; i < r->ndrv && !knobbed; i++)
		if (r->drv[i].nknobs)
			knobbed = &r->drv[i];
	for (i = 0; knobbed && i < r->ndrv; i++)
		if (!r->drv[i].nknobs && !r->drv[i].params &&
		    !strcmp(r->drv[i].module, knobbed->module) &&
		    strcmp(r->drv[i].name, r->baseline) &&
		    (!r->control || strcmp(r->drv[i].name, r->control)))
			return &r->drv[i];
	return NULL;
}

static size_t config_of(const struct report *r, const char *driver, const char *backend)
{
	size_t c;

	for (c = 0; c < r->ncfg; c++)
		if (!strcmp(r->cfg[c].driver, driver) && !strcmp(r->cfg[c].backend, backend))
			return c;
	return REPORT_NONE;
}

/* One line of a panel: who it is and how it is titled. */
struct member {
	size_t cfg;
	const char *role;	/* "baseline", "default", or NULL: a driver setting the knob */
	const struct rdriver *drv;
};

/* The panel of knob: baseline, default, the drivers setting it, on backend. */
static size_t panel_members(const struct report *r, const char *knob, const char *backend,
			    const struct rdriver *def, struct member *m)
{
	size_t i, c, n = 0;

	c = config_of(r, r->baseline, backend);
	if (c != REPORT_NONE)
		m[n++] = (struct member){ c, "baseline", NULL };
	c = def ? config_of(r, def->name, backend) : REPORT_NONE;
	if (c != REPORT_NONE)
		m[n++] = (struct member){ c, "default", def };
	for (i = 0; i < r->ndrv; i++) {
		if (!sets_knob(&r->drv[i], knob))
			continue;
		c = config_of(r, r->drv[i].name, backend);
		if (c != REPORT_NONE)
			m[n++] = (struct member){ c, NULL, &r->drv[i] };
	}
	return n;
}

static int write_rows(struct family *fa, const char *knob, size_t wl, const struct member *m,
		      size_t nm)
{
	struct report *r = fa->r;
	struct rcell cell;
	size_t q, i;
	int ret;

	for (q = 0; q < r->nqd; q++)
		for (i = 0; i < nm; i++) {
			ret = report_cell(r, wl, r->qd[q], m[i].cfg, &cell);
			if (ret)
				return ret;
			if (!cell.planned)
				continue;
			vlab_csv_cell(&fa->w, knob);
			vlab_csv_cell(&fa->w, r->wl[wl].rw);
			vlab_csv_cell(&fa->w, r->wl[wl].bs);
			vlab_csv_cellf(&fa->w, "%ld", r->wl[wl].numjobs);
			vlab_csv_cellf(&fa->w, "%ld", r->qd[q]);
			vlab_csv_cell(&fa->w, r->cfg[m[i].cfg].name);
			vlab_csv_cellf(&fa->w, "%zu", cell.n);
			family_num(&fa->w, cell.iops_med);
			family_num(&fa->w, cell.iops_min);
			family_num(&fa->w, cell.iops_max);
			vlab_csv_end_row(&fa->w);
		}
	return 0;
}

/* "bounce_strategy=prealloc copy_engine=runs", or the role */
static void member_suffix(const struct member *m, char *buf, size_t len)
{
	size_t k, used = 0;

	if (m->role) {
		snprintf(buf, len, "(%s)", m->role);
		return;
	}
	buf[0] = '\0';
	for (k = 0; k < m->drv->nknobs && used < len; k++)
		used += snprintf(buf + used, len - used, "%s%s", k ? " " : "", m->drv->knobs[k]);
}

static int write_panel(struct family *fa, const char *knob, size_t wl, const struct member *m,
		       size_t nm)
{
	struct report *r = fa->r;
	const struct rworkload *w = &r->wl[wl];
	char suffix[256], *sel, *title;
	size_t i, nseries = 0;
	FILE *f = fa->gp.f;
	int ret;

	fprintf(f, "  set title ");
	report_gp_string(f, knob);
	fprintf(f, "\n");
	report_gp_qd_axis(f, r, wl, "  ");
	for (i = 0; i < nm; i++) {
		if (!report_has_data(r, wl, m[i].cfg))
			continue; /* gnuplot refuses a series without a point */
		fprintf(f, "%s    'knobs.csv' skip 1 using (sel(", nseries++ ? ", \\\n" : "  plot \\\n");
		report_gp_string(f, knob);
		fputc(',', f);
		report_gp_string(f, w->rw);
		fputc(',', f);
		report_gp_string(f, w->bs);
		fprintf(f, ",%ld,", w->numjobs);
		report_gp_string(f, r->cfg[m[i].cfg].name);
		/* few lines a panel: colours by place, the same baseline and default in all */
		fprintf(f, ") ? $5 : NaN):8:9:10 with yerrorlines linetype %zu%s title ", i + 1,
			report_gp_cfg_dash(r, m[i].cfg));
		/* the driver's name: the backend is the chart's */
		member_suffix(&m[i], suffix, sizeof(suffix));
		title = NULL;
		if (asprintf(&title, "%s%s %s", r->cfg[m[i].cfg].driver,
			     r->cfg[m[i].cfg].unsafe ? REPORT_UNSAFE_SUFFIX : "", suffix) < 0)
			return -ENOMEM;
		report_gp_string(f, title);
		free(title);
		sel = report_gp_repsel(r, wl, m[i].cfg);
		ret = report_gp_dots(f, "reps.csv", sel, "$4*" REPORT_DOT_SHIFT, REPS_COL_IOPS, i + 1);
		free(sel);
		if (ret)
			return ret;
	}
	if (!nseries)
		fprintf(f, "  set label 2 'no successful points' at graph 0.5, graph 0.5 center\n"
			   "  plot [][0:1] NaN notitle\n  unset label 2");
	fprintf(f, "\n");
	return 0;
}

/* The chart of workload wl on backend: a panel per knob. */
static int knob_chart(struct family *fa, size_t wl, const char *backend, char **knobs,
		      size_t nknobs, const struct rdriver *def, struct member *m)
{
	struct report *r = fa->r;
	const struct rworkload *w = &r->wl[wl];
	size_t k, nm, cols = nknobs < 3 ? nknobs : 3, rows = (nknobs + cols - 1) / cols;
	char base[256], title[320];
	int ret;

	for (k = 0; k < nknobs; k++) {
		nm = panel_members(r, knobs[k], backend, def, m);
		ret = write_rows(fa, knobs[k], wl, m, nm);
		if (ret)
			return ret;
	}
	snprintf(base, sizeof(base), "knobs-%s-%s-%s-j%ld", backend, w->rw, w->bs, w->numjobs);
	snprintf(title, sizeof(title), "IOPS against queue depth per knob (baseline, default, the "
		 "drivers setting it): %s, bs %s, numjobs %ld, backend %s", w->rw, w->bs,
		 w->numjobs, backend);
	ret = chart_begin(fa, base, title, 600 * (int)cols, 460 * (int)rows + 60);
	if (ret)
		return ret;
	fprintf(fa->gp.f, "  set multiplot layout %zu,%zu title ", rows, cols);
	report_gp_string(fa->gp.f, title);
	fprintf(fa->gp.f, "\n");
	for (k = 0; k < nknobs; k++) {
		nm = panel_members(r, knobs[k], backend, def, m);
		ret = write_panel(fa, knobs[k], wl, m, nm);
		if (ret)
			return ret;
		if (!k)
			fprintf(fa->gp.f, "  unset label 1\n"); /* once per picture */
	}
	/* chart_end unsets a label already gone: harmless */
	fprintf(fa->gp.f, "  unset multiplot\n");
	chart_end(fa);
	return 0;
}

int report_knobs(struct report *r, int *drawn)
{
	static const char *const cols[] = {
		"knob", "rw", "bs", "numjobs", "iodepth", "config", "n", "iops_median", "iops_min",
		"iops_max",
	};
	const struct rdriver *def = default_driver(r);
	size_t i, c, wl, nknobs = 0, total = 0;
	struct member *m = calloc(r->ndrv + 2, sizeof(*m));
	char **knobs;
	struct family fa;
	int ret = 0;

	for (i = 0; i < r->ndrv; i++)
		total += r->drv[i].nknobs;
	knobs = calloc(total + 1, sizeof(*knobs));
	if (!knobs || !m) {
		ret = -ENOMEM;
		goto out;
	}
	nknobs = knob_names(r, knobs, total);
	if (nknobs == (size_t)-1) {
		nknobs = 0;
		ret = -ENOMEM;
		goto out;
	}
	if (nknobs < 2)
		goto out; /* chart.* shows them without a tangle */
	ret = family_open(&fa, r, "knobs", cols, sizeof(cols) / sizeof(cols[0]));
	if (ret)
		goto out;
	fprintf(fa.gp.f, "sel(k, rw, bs, nj, cfg) = strcol(1) eq k && strcol(2) eq rw && "
			 "strcol(3) eq bs && column(4) == nj && strcol(6) eq cfg\n"
			 "set logscale x 2\nset yrange [0:*]\n"
			 "# headroom for the key inside, over the lines\n"
			 "set offsets 0, 0, graph 0.4, 0\n"
			 "set key inside top left Left reverse samplen 2\n"
			 "set xlabel 'queue depth (fio iodepth)'\n"
			 "set ylabel 'IOPS: median, bars min to max, a dot per repetition'\n");
	/* backends in the configurations' order, each once */
	for (c = 0; c < r->ncfg; c++) {
		for (i = 0; i < c && strcmp(r->cfg[i].backend, r->cfg[c].backend); i++)
			;
		if (i < c)
			continue;
		for (wl = 0; wl < r->nwl; wl++) {
			ret = knob_chart(&fa, wl, r->cfg[c].backend, knobs, nknobs, def, m);
			if (ret) {
				family_free(&fa);
				goto out;
			}
		}
	}
	ret = family_finish(&fa, drawn);
out:
	for (i = 0; knobs && i < nknobs; i++)
		free(knobs[i]);
	free(knobs);
	free(m);
	return ret;
}
