// SPDX-License-Identifier: GPL-2.0-only
/*
 * Which configurations a sweep runs and what each is compared with: a
 * driver's backends key restricts it to some backends (the plan runs only
 * the allowed driver x backend pairs), and baseline = DRIVER/BACKEND makes
 * one configuration the baseline of all others, so that a sweep can ask
 * "our driver on vduse-blkd against stock on qemu-storage-daemon", which
 * the per-backend baseline (baseline = DRIVER) cannot pair. Every
 * comparison a sweep asks for is checked here to have its other side in
 * the plan: a ratio with nothing to pair with would be an empty column
 * found after the run (sweep_parser.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sweep.h"
#include "sweep_parser.h"

static size_t find_backend(const struct sweep *sw, const char *name)
{
	size_t i;

	for (i = 0; i < sw->nbackends && strcmp(sw->backends[i].name, name); i++)
		;
	return i;
}

static size_t find_driver(const struct sweep *sw, const char *name)
{
	size_t i;

	for (i = 0; i < sw->ndrivers && strcmp(sw->drivers[i].name, name); i++)
		;
	return i;
}

static const char *backend_names(const struct sweep *sw)
{
	const char *names[SWEEP_MAX_BACKENDS + 1];
	size_t i;

	for (i = 0; i < sw->nbackends; i++)
		names[i] = sw->backends[i].name;
	return sweep_join(names, sw->nbackends, "");
}

int sweep_runs_on(const struct sweep *sw, size_t d, size_t b)
{
	const struct vlab_strlist *l = &sw->drivers[d].backends;
	size_t i;

	if (!l->n)
		return 1;
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], sw->backends[b].name))
			return 1;
	return 0;
}

/* baseline = DRIVER/BACKEND: split into baseline and baseline_on. */
int sweep_split_baseline(struct parser *p)
{
	struct sweep *sw = p->sw;
	char *slash = sw->baseline ? strchr(sw->baseline, '/') : NULL;

	if (!slash)
		return 0;
	if (slash == sw->baseline || !slash[1] || strchr(slash + 1, '/'))
		return sweep_fail(p, p->baseline_line, "[sweep] baseline: '%s' is not allowed; give a driver (each configuration against it on its own backend) or DRIVER/BACKEND (every configuration against that one), e.g. stock/qsd-ram",
				  sw->baseline);
	*slash = '\0';
	if (find_backend(sw, slash + 1) == sw->nbackends) {
		*slash = '/';
		return sweep_fail(p, p->baseline_line, "[sweep] baseline: '%s' in '%s' is not a backend; backends: %s",
				  slash + 1, sw->baseline, backend_names(sw));
	}
	return sweep_set_str(&sw->baseline_on, slash + 1);
}

/*
 * The configurations, from each driver's backends; then every ratio the
 * file asks for must have its other side among them.
 */
int sweep_resolve_configs(struct parser *p)
{
	struct sweep *sw = p->sw;
	const struct sweep_driver *d;
	size_t i, j, base = find_driver(sw, sw->baseline), used;

	for (i = 0; i < sw->ndrivers; i++) {
		d = &sw->drivers[i];
		for (j = 0; j < d->backends.n; j++)
			if (find_backend(sw, d->backends.v[j]) == sw->nbackends)
				return sweep_fail(p, d->backends_line, "[driver %s] backends: '%s' is not a backend; backends: %s",
						  d->name, d->backends.v[j], backend_names(sw));
	}
	sw->ncfgs = 0;
	for (i = 0; i < sw->ndrivers; i++)
		for (j = 0; j < sw->nbackends; j++)
			if (sweep_runs_on(sw, i, j))
				sw->cfgs[sw->ncfgs++] = (struct sweep_config){ i, j };
	for (j = 0; j < sw->nbackends; j++) {
		for (i = used = 0; i < sw->ndrivers; i++)
			used += (size_t)sweep_runs_on(sw, i, j);
		if (!used)
			return sweep_fail(p, sw->backends[j].line, "[backend %s]: no driver runs on it; add it to a driver's backends or remove the section",
					  sw->backends[j].name);
	}
	if (sw->baseline_on) {
		j = find_backend(sw, sw->baseline_on);
		if (!sweep_runs_on(sw, base, j))
			return sweep_fail(p, p->baseline_line, "[sweep] baseline: the baseline driver '%s' does not run on '%s' (its backends, line %d); add it there",
					  sw->baseline, sw->baseline_on, sw->drivers[base].backends_line);
		return 0;
	}
	/* baseline = DRIVER: each configuration against the baseline driver on its backend */
	for (i = 0; i < sw->ncfgs; i++)
		if (!sweep_runs_on(sw, base, sw->cfgs[i].be))
			return sweep_fail(p, sw->drivers[sw->cfgs[i].drv].backends_line ?
					  sw->drivers[sw->cfgs[i].drv].backends_line :
					  sw->drivers[base].backends_line,
					  "[driver %s] runs on backend '%s', where the baseline driver '%s' does not (its backends, line %d); its ratio would have no baseline: run the baseline there too, or give baseline = DRIVER/BACKEND to compare every configuration with one",
					  sw->drivers[sw->cfgs[i].drv].name,
					  sw->backends[sw->cfgs[i].be].name, sw->baseline,
					  sw->drivers[base].backends_line);
	return 0;
}

/* baseline_backend = BASE:OTHER: every driver on OTHER runs on BASE too. */
int sweep_check_bpair_configs(struct parser *p)
{
	const struct sweep *sw = p->sw;
	const struct sweep_bpair *bp;
	size_t i, k;

	for (k = 0; k < sw->nbpairs; k++) {
		bp = &sw->bpairs[k];
		for (i = 0; i < sw->ndrivers; i++)
			if (sweep_runs_on(sw, i, bp->other) && !sweep_runs_on(sw, i, bp->base))
				return sweep_fail(p, sw->drivers[i].backends_line, "[driver %s] backends: runs on '%s' but not on its baseline backend '%s' (baseline_backend, line %d); add '%s'",
						  sw->drivers[i].name, sw->backends[bp->other].name,
						  sw->backends[bp->base].name, p->bbackend_line,
						  sw->backends[bp->base].name);
	}
	return 0;
}

/*
 * control: the A/A control repeats the baseline where it is compared: on
 * the fixed baseline's backend, or on every backend the baseline driver
 * runs on.
 */
int sweep_check_control_configs(struct parser *p, size_t c, size_t b)
{
	const struct sweep *sw = p->sw;
	size_t j;

	for (j = 0; j < sw->nbackends; j++) {
		if (sw->baseline_on ? strcmp(sw->backends[j].name, sw->baseline_on) :
		    sweep_runs_on(sw, b, j) == sweep_runs_on(sw, c, j))
			continue;
		if (!sweep_runs_on(sw, c, j))
			return sweep_fail(p, p->control_line, "[sweep] control: [driver %s] does not run on '%s', where the baseline %s%s%s does; an A/A control must repeat the baseline there",
					  sw->drivers[c].name, sw->backends[j].name, sw->baseline,
					  sw->baseline_on ? "/" : "",
					  sw->baseline_on ? sw->baseline_on : "");
		if (!sw->baseline_on)
			return sweep_fail(p, p->control_line, "[sweep] control: [driver %s] runs on '%s', where the baseline driver %s does not; an A/A control must repeat the baseline exactly",
					  sw->drivers[c].name, sw->backends[j].name, sw->baseline);
	}
	return 0;
}
