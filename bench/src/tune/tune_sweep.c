// SPDX-License-Identifier: GPL-2.0-only
/* vlab-tune: a stage's sweep file (tune_sweep.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "planfile.h"
#include "tune_req.h"
#include "tune_sweep.h"

int tune_sweep_driver(struct tune_sweep *s, const char *name, const char *module,
		      const struct tune_conf *conf)
{
	if (s->ndrivers == TUNE_MAX_DRIVERS)
		return -ENOSPC;
	snprintf(s->drivers[s->ndrivers].name, sizeof(s->drivers[0].name), "%s", name);
	s->drivers[s->ndrivers].module = module;
	s->drivers[s->ndrivers].conf = *conf;
	s->drivers[s->ndrivers].backends[0] = '\0';
	s->ndrivers++;
	return 0;
}

int tune_sweep_backend(struct tune_sweep *s, const char *name, const char *args)
{
	if (s->nbackends == TUNE_MAX_BACKENDS)
		return -ENOSPC;
	snprintf(s->backends[s->nbackends].name, sizeof(s->backends[0].name), "%s", name);
	snprintf(s->backends[s->nbackends].args, sizeof(s->backends[0].args), "%s", args);
	s->nbackends++;
	return 0;
}

static int add_evidence(struct tune_sweep *s, const char *dir, size_t len)
{
	size_t i;

	for (i = 0; i < s->nevidence; i++)
		if (strlen(s->evidence[i]) == len && !strncmp(s->evidence[i], dir, len))
			return 0;
	if (s->nevidence == TUNE_MAX_EVIDENCE || len >= sizeof(s->evidence[0]))
		return -ENOSPC;
	snprintf(s->evidence[s->nevidence++], sizeof(s->evidence[0]), "%.*s", (int)len, dir);
	return 0;
}

int tune_sweep_evidence(struct tune_sweep *s, const char *text, const char *run_dir)
{
	const char *p = text;
	int ret = 0;

	while (!ret && (p = strstr(p, TUNE_EVIDENCE_TAG))) {
		p += strlen(TUNE_EVIDENCE_TAG);
		ret = add_evidence(s, p, strcspn(p, "\n"));
	}
	return ret ? ret : add_evidence(s, run_dir, strlen(run_dir));
}

void tune_sweep_write(FILE *f, const struct tune_req *r, const struct tune_sweep *s)
{
	char desc[256];
	size_t i;

	tune_req_describe(r, desc, sizeof(desc));
	fprintf(f, "# Written by vlab-tune %s (bench/src/tune, README.md \"bench/vlab tune\"):\n"
		   "# a function of the request below and the runs named after it.\n",
		s->stage);
	tune_req_write(f, r);
	for (i = 0; i < s->nevidence; i++)
		fprintf(f, "%s%s\n", TUNE_EVIDENCE_TAG, s->evidence[i]);
	fprintf(f, "[sweep]\nname = tune-%s\nquestion = %s\ndescription = vlab-tune %s, %s\n"
		   "clock = %s\nrepetitions = %u\nseed = %d\nbaseline = %s\n",
		s->stage, s->question, s->stage, desc, r->clock, s->reps, TUNE_SEED, s->baseline);
	if (s->control)
		fprintf(f, "control = %s\n", s->control);
	if (s->boots)
		fprintf(f, "boots = %s\n", s->boots);
	if (*s->pairs)
		fprintf(f, "baseline_backend = %s\n", s->pairs);
	for (i = 0; i < s->ndrivers; i++) {
		const struct tune_conf *c = &s->drivers[i].conf;

		fprintf(f, "\n[driver %s]\nmodule = %s\n", s->drivers[i].name, s->drivers[i].module);
		if (*c->params)
			fprintf(f, "params = %s\n", c->params);
		if (*c->knobs)
			fprintf(f, "knobs = %s\n", c->knobs);
		if (*s->drivers[i].backends)
			fprintf(f, "backends = %s\n", s->drivers[i].backends);
	}
	for (i = 0; i < s->nbackends; i++) {
		fprintf(f, "\n[backend %s]\ntype = %s\nsize = %s\nqueues = %u\n", s->backends[i].name,
			r->backend, TUNE_DISK_SIZE, r->queues);
		if (*s->backends[i].args)
			fprintf(f, "args = %s\n", s->backends[i].args);
	}
	fprintf(f, "\n[workload %s]\nrw = %s\nbs = %s\niodepth = %u\nnumjobs = %u\n", r->preset,
		r->rw, r->bs, r->iodepth, r->numjobs);
	if (r->rwmixread >= 0)
		fprintf(f, "rwmixread = %d\n", r->rwmixread);
	if (r->runtime)
		fprintf(f, "runtime = %u\n", r->runtime);
	if (r->ramp)
		fprintf(f, "ramp = %u\n", r->ramp);
}

size_t tune_sweep_configs(const struct tune_sweep *s)
{
	size_t i, n = 0;

	/* a driver names one backend or runs on all (the only two cases written here) */
	for (i = 0; i < s->ndrivers; i++)
		n += *s->drivers[i].backends ? 1 : s->nbackends;
	return n;
}

size_t tune_sweep_points(const struct tune_sweep *s)
{
	return tune_sweep_configs(s) * s->reps;
}

void tune_sweep_estimate(FILE *f, const struct tune_sweep *s)
{
	size_t n = tune_sweep_points(s);
	/* a boot per repetition, beyond the one a sweep has anyway */
	size_t boots_s = s->boots && !strcmp(s->boots, VLAB_BOOTS_PER_REP) ? (s->reps - 1) * TUNE_BOOT_S : 0;
	/* about 8-10 s a point on the instruction clock, one boot included (bench/src/README.md) */
	size_t lo = (n * 8 + boots_s + 59) / 60, hi = (n * 10 + boots_s + 59) / 60;
	char range[48];

	if (lo == hi)
		snprintf(range, sizeof(range), "%zu", lo);
	else
		snprintf(range, sizeof(range), "%zu-%zu", lo, hi);
	fprintf(f, "vlab-tune %s: %zu configurations x %u repetitions = %zu points, about %s minute%s at 8-10 s a point%s\n",
		s->stage, tune_sweep_configs(s), s->reps, n, range, hi == 1 ? "" : "s",
		boots_s ? ", a boot per repetition" : "");
}
