// SPDX-License-Identifier: GPL-2.0-only
/*
 * The sweep parser's checks that need more than one line: those of a whole
 * section, with its defaults, when it ends, and those of the whole file
 * (baseline, baseline_backend, control, sizes against block sizes,
 * overlapping workloads, headlines, the plan's size) at its end
 * (sweep_parser.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sweep.h"
#include "sweep_knobs.h"
#include "sweep_parser.h"

static int missing_key(struct parser *p, const char *key, const char *hint)
{
	return sweep_fail(p, p->sect_line, "%s has no '%s' key; it is required (%s)", p->label, key, hint);
}

/*
 * Every module parameter and knob against kernel/knobs.def (with module =
 * stock, upstream's own per-device files only), here rather than in the
 * guest, where a bad one fails every point after the boot. Checked at the
 * end of the section: params and knobs may come before module.
 */
static int check_knobs(struct parser *p, const struct sweep_driver *d, int stock)
{
	const struct sweep_kvlist *lists[2] = { &d->params, &d->knobs };
	char why[768];
	size_t i, j;

	for (i = 0; i < 2; i++)
		for (j = 0; j < lists[i]->n; j++)
			if (sweep_knob_check(i == 0, stock, lists[i]->v[j].key,
					     lists[i]->v[j].value, why, sizeof(why)))
				return sweep_fail(p, p->key_line[1 + i], "%s %s: %s", p->label,
					    i == 0 ? "params" : "knobs", why);
	return 0;
}

/* Checks that need the whole section, and the defaults. */
int sweep_close_section(struct parser *p)
{
	struct sweep_driver *d = p->cur;
	struct sweep_backend *b = p->cur;
	struct sweep_workload *w = p->cur;
	unsigned *one;
	int ret = 0;

	switch (p->kind) {
	case K_SWEEP:
		if (!p->key_line[0])
			return missing_key(p, "name", "1 to 40 characters of a-z, 0-9, '_' and '-'");
		break;
	case K_DRIVER:
		if (!d->module)
			return missing_key(p, "module", "stock or ours");
		if (!strcmp(d->module, "stock") && p->key_line[1])
			return sweep_fail(p, p->key_line[1], "%s params: module parameters are only for module = ours; this driver has module = stock",
				    p->label);
		return check_knobs(p, d, !strcmp(d->module, "stock"));
	case K_BACKEND:
		if (!b->type)
			return missing_key(p, "type", sweep_backend_types(", "));
		if (!b->size) {
			ret = sweep_set_str(&b->size, "1G");
			b->size_bytes = 1ULL << 30;
		}
		if (!b->queues)
			b->queues = 1;
		/* args and build may come before type: checked against it here */
		if (b->build_line && !sweep_backend_takes(b->type, "build"))
			return sweep_fail(p, b->build_line, "%s build: vduse-blkd builds are only for the backends that run it (%s); this backend has type = %s",
				    p->label, sweep_backend_kinds_taking("build"), b->type);
		if (b->args && !sweep_backend_takes(b->type, "args"))
			return sweep_fail(p, b->args_line, "%s args: options are only for vduse-blkd backends (%s, T one of `vduse-blkd --list-targets`); this backend has type = %s",
				    p->label, sweep_backend_kinds_taking("args"), b->type);
		/* null_blk's configfs size is in MiB (bench/guest/lib.sh nullb_start) */
		if (!strcmp(b->type, "nullb") && b->size_bytes % (1 << 20))
			return sweep_fail(p, p->key_line[1], "%s size: '%s' is not a whole number of MiB; type = nullb (null_blk) takes sizes in MiB, e.g. 256M or 1G",
				    p->label, b->size);
		if (b->args)
			return sweep_parse_blkd_args(p, b);
		break;
	case K_WORKLOAD:
		if (!w->rw.n)
			return missing_key(p, "rw", "a list of read, write, randread, randwrite, rw, randrw");
		if (!w->bs.n)
			return missing_key(p, "bs", "a list of sizes from 512 to 16M, e.g. 4k,64k");
		if (!w->n_iodepth)
			return missing_key(p, "iodepth", "a list of queue depths from 1 to 1024");
		if (!w->n_numjobs) {
			one = calloc(1, sizeof(*one));
			if (!one)
				return -ENOMEM;
			*one = 1;
			w->numjobs = one;
			w->n_numjobs = 1;
		}
		if (!p->key_line[4])
			w->runtime_s = 4;
		if (!p->key_line[5])
			w->ramp_s = 1;
		{
			char why[256];
			int line;

			if (sweep_workload_bad_axis(w, &line, why, sizeof(why)))
				return sweep_fail(p, line, "%s %s", p->label, why);
		}
		break;
	case K_HEADLINE:
		if (!p->key_line[0])
			return missing_key(p, "metric", "an aggregate.csv metric such as iops or lat_mean_us");
		if (!p->key_line[1])
			ret = sweep_set_str(&((struct sweep_headline *)p->cur)->of, "driver");
		break;
	default:
		break;
	}
	return ret;
}

static size_t backend_index(const struct sweep *sw, const char *name)
{
	size_t i;

	for (i = 0; i < sw->nbackends && strcmp(sw->backends[i].name, name); i++)
		;
	return i;
}

/*
 * baseline_backend = BASE:OTHER, ...: items separated by commas or blanks,
 * each naming two different backends; OTHER is compared with BASE (same
 * driver, point and repetition). A backend is compared with one baseline at
 * most, and a baseline is not itself compared (no chains).
 */
static int resolve_bpairs(struct parser *p)
{
	static const char *const allowed = "give BASE:OTHER pairs of backend names separated by commas or blanks, e.g. qsd-null:blkd-null, qsd-file:blkd-file";
	struct sweep *sw = p->sw;
	const char *names[SWEEP_MAX_BACKENDS + 1];
	char *copy, *item, *save = NULL, *colon;
	size_t i, b, o;
	int ret = 0;

	if (!sw->baseline_backend)
		return 0;
	for (i = 0; i < sw->nbackends; i++)
		names[i] = sw->backends[i].name;
	copy = strdup(sw->baseline_backend);
	if (!copy)
		return -ENOMEM;
	for (item = strtok_r(copy, ", \t", &save); item; item = strtok_r(NULL, ", \t", &save)) {
		colon = strchr(item, ':');
		if (!colon || colon == item || !colon[1] || strchr(colon + 1, ':')) {
			ret = sweep_fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s' is not a BASE:OTHER pair; %s",
				   item, allowed);
			goto out;
		}
		*colon = '\0';
		b = backend_index(sw, item);
		o = backend_index(sw, colon + 1);
		if (b == sw->nbackends || o == sw->nbackends) {
			ret = sweep_fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s' is not a backend; backends: %s",
				   b == sw->nbackends ? item : colon + 1, sweep_join(names, sw->nbackends, ""));
			goto out;
		}
		if (b == o) {
			ret = sweep_fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s:%s' compares a backend with itself; %s",
				   item, colon + 1, allowed);
			goto out;
		}
		for (i = 0; i < sw->nbpairs; i++) {
			if (sw->bpairs[i].other == o) {
				ret = sweep_fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s' already has the baseline '%s'; give each backend one baseline",
					   colon + 1, sw->backends[sw->bpairs[i].base].name);
				goto out;
			}
			if (sw->bpairs[i].other == b || sw->bpairs[i].base == o) {
				ret = sweep_fail(p, p->bbackend_line, "[sweep] baseline_backend: '%s' is both a baseline and compared with one; a baseline backend is not itself compared",
					   sw->bpairs[i].other == b ? item : colon + 1);
				goto out;
			}
		}
		sw->bpairs[sw->nbpairs++] = (struct sweep_bpair){ b, o };
	}
	if (!sw->nbpairs)
		ret = sweep_fail(p, p->bbackend_line, "[sweep] baseline_backend: empty; %s", allowed);
out:
	free(copy);
	return ret;
}

const struct sweep_backend *sweep_baseline_backend(const struct sweep *sw, size_t i)
{
	size_t k;

	for (k = 0; k < sw->nbpairs; k++)
		if (sw->bpairs[k].other == i)
			return &sw->backends[sw->bpairs[k].base];
	return NULL;
}

/* Same keys and values in the same order: "k=v" lists as the guest applies them. */
static int kv_equal(const struct sweep_kvlist *a, const struct sweep_kvlist *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->v[i].key, b->v[i].key) || strcmp(a->v[i].value, b->v[i].value))
			return 0;
	return 1;
}

/* Both NULL or the same string. */
static int str_equal(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/*
 * control = NAME: a driver that repeats the baseline driver exactly, under
 * another name. Its ratio to the baseline is then an A/A ratio, the noise
 * floor every other ratio of the run is read against; a control that
 * differed in anything would measure that difference instead.
 */
static int check_control(struct parser *p, const char *const *names)
{
	struct sweep *sw = p->sw;
	const struct sweep_driver *c = NULL, *b = NULL;
	size_t i;

	if (!sw->control)
		return 0;
	for (i = 0; i < sw->ndrivers; i++) {
		if (!strcmp(sw->drivers[i].name, sw->control))
			c = &sw->drivers[i];
		if (!strcmp(sw->drivers[i].name, sw->baseline))
			b = &sw->drivers[i];
	}
	if (!c)
		return sweep_fail(p, p->control_line, "[sweep] control: '%s' is not a driver; drivers: %s",
			    sw->control, sweep_join(names, sw->ndrivers, ""));
	if (c == b)
		return sweep_fail(p, p->control_line, "[sweep] control: '%s' is the baseline itself; the control is a second [driver] section identical to the baseline '%s', under another name",
			    sw->control, sw->baseline);
	if (strcmp(c->module, b->module) || !kv_equal(&c->params, &b->params) ||
	    !kv_equal(&c->knobs, &b->knobs) || !str_equal(c->observe, b->observe))
		return sweep_fail(p, p->control_line, "[sweep] control: [driver %s] differs from the baseline [driver %s] in its %s; an A/A control must repeat the baseline exactly",
			    c->name, b->name, strcmp(c->module, b->module) ? "module" :
			    !kv_equal(&c->params, &b->params) ? "params" :
			    !kv_equal(&c->knobs, &b->knobs) ? "knobs" : "observe");
	return sweep_check_control_configs(p, (size_t)(c - sw->drivers), (size_t)(b - sw->drivers));
}

/*
 * observe: the eBPF tools of EBPF_TOOLS watch a VDUSE device, and a driver
 * runs on every backend its backends key allows; a backend without one
 * (ublk-T, nullb) would cross the tool with it, giving points that observe
 * nothing. Refused, so that an observed driver's points are all observed:
 * compare transports and observe in separate sweeps, or restrict the
 * observed driver's backends. (`bench/vlab run --probe` instead skips such
 * points' tools, each saying why: bench/guest/agent.sh.)
 */
static int check_observe(struct parser *p)
{
	const struct sweep *sw = p->sw;

	for (size_t i = 0; i < sw->ndrivers; i++)
		for (size_t j = 0; sw->drivers[i].observe && j < sw->nbackends; j++)
			if (sweep_runs_on(sw, i, j) && !sweep_backend_vduse(sw->backends[j].type))
				return sweep_fail(p, sw->drivers[i].observe_line, "[driver %s] observe: '%s' watches VDUSE devices, and [backend %s] (line %d, type = %s) has none; a driver runs on every backend its backends key allows: observe in a sweep whose backends are all VDUSE ones, or restrict the driver's backends",
					    sw->drivers[i].name, sw->drivers[i].observe, sw->backends[j].name,
					    sw->backends[j].line, sw->backends[j].type);
	return 0;
}

/*
 * fs (lib/axes.def): a file system needs a disk that keeps what is written;
 * on one that does not (null-co, a target without storage, nullb) mkfs
 * would write into nothing and the mount fail in the guest, point after
 * point. Refused where every workload meets every configuration's backend.
 */
static int check_fs(struct parser *p)
{
	const size_t a = VLAB_AXIS_FS - VLAB_AXIS_NCORE;
	const struct sweep *sw = p->sw;
	char v[32];

	for (size_t i = 0; i < sw->nworkloads; i++) {
		const struct sweep_workload *w = &sw->workloads[i];

		for (size_t j = 0; j < w->nx[a]; j++) {
			if (!w->xv[a][j])
				continue; /* none: the raw disk */
			for (size_t c = 0; c < sw->ncfgs; c++) {
				const struct sweep_backend *b = &sw->backends[sw->cfgs[c].be];

				if (!sweep_backend_keeps_data(b->type))
					return sweep_fail(p, w->x_line[a], "[workload %s] fs: '%s' needs a disk that keeps what is written, and [backend %s] (line %d, type = %s) keeps nothing; the types that do: %s",
							  w->name, vlab_xval_str(a, w->xv[a][j], v, sizeof(v)),
							  b->name, b->line, b->type, sweep_backend_types_keeping());
			}
		}
	}
	return 0;
}

/* Checks over the whole file, once every section is read. */
int sweep_finish(struct parser *p)
{
	struct sweep *sw = p->sw;
	const char *missing = NULL;
	const char *names[SWEEP_MAX_DRIVERS + 1];
	char desc[160];
	size_t i, j, k;
	int ret, end = p->line ? p->line : 1;

	ret = sweep_close_section(p);
	if (ret)
		return ret;
	if (!p->sweep_line)
		missing = "[sweep]";
	else if (!sw->ndrivers)
		missing = "[driver NAME]";
	else if (!sw->nbackends)
		missing = "[backend NAME]";
	else if (!sw->nworkloads)
		missing = "[workload NAME]";
	if (missing)
		return sweep_fail(p, end, "end of file: no %s section; a sweep needs one [sweep] and at least one [driver NAME], [backend NAME] and [workload NAME]",
			    missing);
	for (i = 0; i < sw->ndrivers; i++)
		names[i] = sw->drivers[i].name;
	names[i] = NULL;
	ret = sweep_split_baseline(p);
	if (ret)
		return ret;
	if (sw->baseline) {
		for (i = 0; i < sw->ndrivers && strcmp(sw->drivers[i].name, sw->baseline); i++)
			;
		if (i == sw->ndrivers)
			return sweep_fail(p, p->baseline_line, "[sweep] baseline: '%s' is not a driver; drivers: %s",
				    sw->baseline, sweep_join(names, sw->ndrivers, ""));
	} else {
		ret = sweep_set_str(&sw->baseline, sw->drivers[0].name);
		if (ret)
			return ret;
	}
	ret = sweep_resolve_configs(p);
	if (!ret)
		ret = resolve_bpairs(p);
	if (!ret)
		ret = sweep_check_bpair_configs(p);
	if (!ret)
		ret = check_control(p, names);
	if (!ret)
		ret = check_observe(p);
	if (!ret)
		ret = check_fs(p);
	if (ret)
		return ret;
	if (!sw->clock) {
		ret = sweep_set_str(&sw->clock, "auto");
		if (ret)
			return ret;
	}
	if (!sw->placement) {
		ret = sweep_set_str(&sw->placement, sweep_placements[0]);
		if (ret)
			return ret;
	}
	if (!sw->boots) {
		ret = sweep_set_str(&sw->boots, sweep_boots[0]);
		if (ret)
			return ret;
	}
	if (!sw->description) {
		ret = sweep_set_str(&sw->description, "");
		if (ret)
			return ret;
	}
	for (i = 0; i < sw->nbackends; i++)
		for (j = 0; j < sw->nworkloads; j++)
			for (k = 0; k < sw->workloads[j].bs.n; k++)
				if (sw->workloads[j].bs_bytes[k] > sw->backends[i].size_bytes)
					return sweep_fail(p, sw->backends[i].line, "[backend %s] size '%s' is smaller than bs '%s' of [workload %s] (line %d); each job needs room for one block",
						    sw->backends[i].name, sw->backends[i].size,
						    sw->workloads[j].bs.v[k], sw->workloads[j].name,
						    sw->workloads[j].line);
				else if (sw->backends[i].blk_size &&
					 sw->workloads[j].bs_bytes[k] % sw->backends[i].blk_size)
					return sweep_fail(p, sw->backends[i].args_line, "[backend %s] args: --blk-size %u does not divide bs '%s' of [workload %s] (line %d); direct I/O needs whole blocks",
						    sw->backends[i].name, sw->backends[i].blk_size,
						    sw->workloads[j].bs.v[k], sw->workloads[j].name,
						    sw->workloads[j].line);
	/* the same workload point twice would merge two sections' repetitions */
	for (i = 0; i < sw->nworkloads; i++)
		for (j = 0; j < i; j++)
			if (sweep_workload_overlap(&sw->workloads[j], &sw->workloads[i], desc, sizeof(desc)))
				return sweep_fail(p, sw->workloads[i].line, "[workload %s] repeats the point %s of [workload %s] (line %d); run each workload point in one section",
					    sw->workloads[i].name, desc, sw->workloads[j].name,
					    sw->workloads[j].line);
	{
		char *msg = NULL;
		int line = 0;

		ret = sweep_check_headlines(sw, &line, &msg);
		if (ret == -EINVAL) {
			ret = sweep_fail(p, line, "%s", msg ? msg : "bad headline");
			free(msg);
		}
		if (ret)
			return ret;
	}
	if (sweep_plan_points(sw, sw->reps) > SWEEP_MAX_POINTS)
		return sweep_fail(p, p->sweep_line, "[sweep]: the sweep expands to %llu points; at most %lu are allowed",
			    (unsigned long long)sweep_plan_points(sw, sw->reps), SWEEP_MAX_POINTS);
	return 0;
}
