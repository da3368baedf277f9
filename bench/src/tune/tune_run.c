// SPDX-License-Identifier: GPL-2.0-only
/* vlab-tune: a stage's run folder read back (tune_run.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "headline.h"
#include "jsonfile.h"
#include "metrics.h"
#include "tune_conf.h"
#include "tune_req.h"
#include "tune_run.h"

static const char *str_of(struct json_object *o, const char *key)
{
	struct json_object *v;

	return o && json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string) ?
	       json_object_get_string(v) : NULL;
}

int tune_run_load(const char *dir, const char *stage, struct tune_run *run, char *why,
		  size_t len)
{
	char *err = NULL, *path = NULL, want[64], note[512];
	struct json_object *c;
	int ret;

	memset(run, 0, sizeof(*run));
	run->dir = dir;
	ret = vlab_plan_load_run(dir, &run->plan, &err);
	if (ret) {
		snprintf(why, len, "%s", err ? err : strerror(-ret));
		goto out;
	}
	snprintf(want, sizeof(want), "tune-%s", stage);
	if (strcmp(run->plan.name, want)) {
		snprintf(why, len, "%s is a run of sweep '%s'; expected %s (a vlab-tune %s run)", dir,
			 run->plan.name, want, stage);
		ret = -EINVAL;
		goto out;
	}
	run->sweep_text = str_of(run->plan.json, "sweep_file");
	ret = tune_req_read(run->sweep_text ? run->sweep_text : "", &run->req, note, sizeof(note));
	if (ret) {
		snprintf(why, len, "%s: %s", dir, note);
		goto out;
	}
	if (asprintf(&path, "%s/aggregate.csv", dir) < 0)
		return -ENOMEM;
	ret = vlab_csv_read(path, &run->agg);
	if (ret) {
		snprintf(why, len, "%s: %s; a stage's run is read once summarised (bench/vlab report %s)",
			 path, ret == -EBADMSG ? "not a CSV table" : strerror(-ret), dir);
		ret = -EINVAL;
		goto out;
	}
	free(path);
	if (asprintf(&path, "%s/manifest.json", dir) < 0)
		return -ENOMEM;
	if (vlab_json_read(path, &run->manifest))
		run->manifest = NULL;
	snprintf(run->clock_label, sizeof(run->clock_label), "%s",
		 run->manifest && json_object_object_get_ex(run->manifest, "clock", &c) &&
		 str_of(c, "label") ? str_of(c, "label") : "unknown (no clock in manifest.json)");
out:
	free(err);
	free(path);
	return ret;
}

void tune_run_free(struct tune_run *run)
{
	vlab_plan_free(&run->plan);
	vlab_csv_free(&run->agg);
	json_object_put(run->manifest);
	memset(run, 0, sizeof(*run));
}

static struct json_object *find_named(const struct tune_run *run, const char *array,
				      const char *name)
{
	struct json_object *a, *o;
	size_t i;

	if (!json_object_object_get_ex(run->plan.json, array, &a) ||
	    !json_object_is_type(a, json_type_array))
		return NULL;
	for (i = 0; i < json_object_array_length(a); i++) {
		o = json_object_array_get_idx(a, i);
		if (str_of(o, "name") && !strcmp(str_of(o, "name"), name))
			return o;
	}
	return NULL;
}

static void kv_of(struct json_object *o, const char *key, char *list, size_t len)
{
	struct json_object *obj;

	list[0] = '\0';
	if (!o || !json_object_object_get_ex(o, key, &obj) ||
	    !json_object_is_type(obj, json_type_object))
		return;
	json_object_object_foreach(obj, k, v)
		tune_kv_set(list, len, k, json_object_get_string(v));
	tune_kv_sort(list, len);
}

int tune_run_driver(const struct tune_run *run, const char *driver, struct tune_conf *conf,
		    const char **module)
{
	struct json_object *o = find_named(run, "drivers", driver);

	if (!o)
		return -ENOENT;
	kv_of(o, "knobs", conf->knobs, sizeof(conf->knobs));
	kv_of(o, "params", conf->params, sizeof(conf->params));
	conf->args[0] = '\0';
	if (module)
		*module = str_of(o, "module");
	return 0;
}

int tune_run_backend(const struct tune_run *run, const char *backend, const char **type,
		     const char **size, char *args, size_t len)
{
	struct json_object *o = find_named(run, "backends", backend);

	if (!o)
		return -ENOENT;
	if (type)
		*type = str_of(o, "type");
	if (size)
		*size = str_of(o, "size");
	snprintf(args, len, "%s", str_of(o, "args") ? str_of(o, "args") : "");
	return 0;
}

static double num(const char *s)
{
	return *s ? strtod(s, NULL) : NAN;
}

int tune_run_score(const struct tune_run *run, int of_backend, const char *driver,
		   const char *backend, struct tune_score *s, char *why, size_t len)
{
	struct vlab_headline h = { .name = "tune", .metric = run->req.metric,
				   .of = of_backend ? VLAB_HL_BACKEND : VLAB_HL_DRIVER, .nwhere = 2,
				   .where_key = { "driver", "backend" },
				   .where_val = { driver, backend } };
	const struct vlab_metric_info *m = vlab_metric_find(run->req.metric);
	struct vlab_hl_cell *cells = NULL;
	char *err = NULL;
	size_t n = 0;
	int nf, rn;

	memset(s, 0, sizeof(*s));
	snprintf(s->name, sizeof(s->name), "%s", of_backend ? backend : driver);
	s->ratio = s->lo = s->hi = s->turned = s->turned_lo = s->turned_hi = s->floor = NAN;
	s->sig = -1;
	if (vlab_headline_cells(&h, &run->agg, &cells, &n, &err)) {
		snprintf(why, len, "%s/aggregate.csv: %s", run->dir, err ? err : "unreadable");
		free(err);
		return -EINVAL;
	}
	if (n != 1) {
		snprintf(why, len, "%s/aggregate.csv has %zu %s rows with a %s for driver %s on backend %s; expected 1",
			 run->dir, n, run->req.metric, of_backend ? "backend ratio" : "ratio", driver,
			 backend);
		free(cells);
		return -ENOENT;
	}
	s->ratio = cells[0].ratio, s->lo = cells[0].lo, s->hi = cells[0].hi, s->sig = cells[0].sig;
	s->turned = m && !m->higher_better ? 1 / s->ratio : s->ratio;
	s->turned_lo = m && !m->higher_better ? 1 / s->hi : s->lo;
	s->turned_hi = m && !m->higher_better ? 1 / s->lo : s->hi;
	nf = vlab_csv_col(&run->agg, "noise_floor");
	rn = vlab_csv_col(&run->agg, "ratio_n");
	if (nf >= 0)
		s->floor = num(run->agg.rows[cells[0].row][nf]);
	if (rn >= 0)
		s->n = atoi(run->agg.rows[cells[0].row][rn]);
	free(cells);
	return 0;
}

int tune_beats(const struct tune_score *s, double ref)
{
	return s->sig == 1 && s->turned_lo >= ref * (1 + TUNE_MIN_GAIN);
}

int tune_is_win(const struct tune_score *s)
{
	return tune_beats(s, 1);
}

int tune_could_win(const struct tune_score *s)
{
	double best = isnan(s->turned_hi) ? s->turned : s->turned_hi;

	/* no significance (the A/A control failed) is no verdict: the recheck has its own */
	return !isnan(best) && best >= 1 + TUNE_MIN_GAIN;
}

const char *tune_verdict(const struct tune_score *s)
{
	if (s->sig != 1)
		return "not distinguishable from the stock module at this workload: either will do";
	if (s->turned > 1)
		return "faster than the stock module at this workload: apply the lines above";
	return "SLOWER than the stock module at this workload: keep the stock module; the lines above are only the best of ours";
}

int tune_score_cmp(const void *a, const void *b)
{
	const struct tune_score *x = a, *y = b;

	if (x->turned != y->turned)
		return x->turned > y->turned ? -1 : 1;
	return strcmp(x->name, y->name);
}
