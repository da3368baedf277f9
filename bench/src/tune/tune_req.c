// SPDX-License-Identifier: GPL-2.0-only
/* vlab-tune's request: presets, fio job files and the note (tune_req.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "number.h"
#include "optdef.h"
#include "qsd_types.h"
#include "readfile.h"
#include "tune_req.h"

struct preset {
	const char *name, *rw, *bs;
	unsigned int iodepth;
	int rwmixread;
};

/* What each preset stands for (README.md, "bench/vlab tune") */
static const struct preset presets[] = {
	{ "oltp", "randrw", "4k", 32, 70 },	/* database-like: 4k random, 70/30, QD 32 */
	{ "stream", "read", "1M", 4, -1 },	/* streaming: 1 MiB sequential reads, QD 4 */
	{ "mixed", "randrw", "64k", 8, 50 },	/* mixed: 64k random, 50/50, QD 8 */
};

const char *const tune_presets_list = "oltp, stream, mixed";

static const char *const qsd_types[] = { VLAB_QSD_TYPES, NULL };

int tune_req_preset(struct tune_req *r, const char *preset, char *why, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(presets) / sizeof(presets[0]); i++) {
		const struct preset *p = &presets[i];

		if (strcmp(p->name, preset))
			continue;
		snprintf(r->preset, sizeof(r->preset), "%s", p->name);
		snprintf(r->rw, sizeof(r->rw), "%s", p->rw);
		snprintf(r->bs, sizeof(r->bs), "%s", p->bs);
		r->iodepth = p->iodepth;
		r->rwmixread = p->rwmixread;
		r->numjobs = r->queues ? r->queues : 1;
		return 0;
	}
	snprintf(why, len, "--preset '%s' is not one of: %s", preset, tune_presets_list);
	return -EINVAL;
}

static int in_list(const char *v, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(v, *list))
			return 1;
	return 0;
}

/* The job file's whole-number keys, their ranges (the sweep grammar's) and where they go */
static const struct job_uint {
	const char *key;
	unsigned int lo, hi;
	size_t at;		/* offsetof(struct tune_req, ...) */
	const char *unit;
} job_uints[] = {
	{ "iodepth", 1, 1024, offsetof(struct tune_req, iodepth), "" },
	{ "numjobs", 1, 64, offsetof(struct tune_req, numjobs), "" },
	{ "runtime", 1, 3600, offsetof(struct tune_req, runtime), " (seconds, no suffix)" },
	{ "ramp_time", 0, 600, offsetof(struct tune_req, ramp), " (seconds, no suffix)" },
};

/* k=v into r when k is one of job_uints: 1 done, 0 not one, -EINVAL a bad value */
static int job_uint(struct tune_req *r, const char *k, const char *v, char *why, size_t len)
{
	uint64_t n;
	size_t i;

	for (i = 0; i < sizeof(job_uints) / sizeof(job_uints[0]); i++) {
		const struct job_uint *u = &job_uints[i];

		if (strcmp(k, u->key))
			continue;
		if (vlab_parse_u64(v, &n) || n < u->lo || n > u->hi)
			return snprintf(why, len, "%s '%s' is not allowed; allowed: %u to %u%s", k, v,
					u->lo, u->hi, u->unit), -EINVAL;
		*(unsigned int *)((char *)r + u->at) = (unsigned int)n;
		return 1;
	}
	return 0;
}

/* One key=value of a job file into r; -EINVAL with why (without FILE:LINE). */
static int job_key(struct tune_req *r, const char *k, const char *v, char *why, size_t len)
{
	static const char *const rws[] = { "read", "write", "randread", "randwrite", "rw",
					   "randrw", NULL };
	static const char *const harness[] = { "filename", "name", "time_based",
					       "group_reporting", NULL };
	uint64_t bytes, n;
	int ret;

	if (!strcmp(k, "rw") || !strcmp(k, "readwrite")) {
		if (!strcmp(v, "readwrite"))
			v = "rw";
		if (!in_list(v, rws))
			return snprintf(why, len, "%s '%s' is not allowed; allowed: read, write, randread, randwrite, rw (readwrite), randrw",
					k, v), -EINVAL;
		snprintf(r->rw, sizeof(r->rw), "%s", v);
	} else if (!strcmp(k, "bs") || !strcmp(k, "blocksize")) {
		if (vlab_parse_size(v, &bytes) || bytes < 512 || bytes > (16u << 20) || bytes % 512 ||
		    strlen(v) >= sizeof(r->bs))
			return snprintf(why, len, "%s '%s' is not one block size; allowed: 512 to 16M, a multiple of 512 (4k, 1M)",
					k, v), -EINVAL;
		snprintf(r->bs, sizeof(r->bs), "%s", v);
	} else if (!strcmp(k, "rwmixread") || !strcmp(k, "rwmixwrite")) {
		if (vlab_parse_u64(v, &n) || n > 100)
			return snprintf(why, len, "%s '%s' is not allowed; allowed: 0 to 100", k, v), -EINVAL;
		r->rwmixread = !strcmp(k, "rwmixread") ? (int)n : 100 - (int)n;
	} else if ((ret = job_uint(r, k, v, why, len))) {
		return ret < 0 ? ret : 0;
	} else if (!strcmp(k, "ioengine") || !strcmp(k, "direct")) {
		/* the harness runs fio with --ioengine=io_uring --direct=1 (bench/guest/agent.sh) */
		if (strcmp(v, !strcmp(k, "direct") ? "1" : "io_uring"))
			return snprintf(why, len, "%s '%s' cannot be mapped: the harness runs fio with %s",
					k, v, !strcmp(k, "direct") ? "direct=1" : "ioengine=io_uring"), -EINVAL;
	} else if (!in_list(k, harness)) {
		return snprintf(why, len, "option '%s' cannot be mapped to a sweep workload; allowed: rw (readwrite), bs (blocksize), iodepth, numjobs, rwmixread, rwmixwrite, runtime, ramp_time, and the harness's own filename, name, time_based, group_reporting, ioengine=io_uring, direct=1",
				k), -EINVAL;
	}
	return 0;
}

static char *trim(char *s)
{
	char *e;

	s += strspn(s, " \t");
	e = s + strlen(s);
	while (e > s && strchr(" \t\r", e[-1]))
		*--e = '\0';
	return s;
}

int tune_req_job(struct tune_req *r, const char *path, char *why, size_t len)
{
	char *text = NULL, *line, *next, *sect = NULL, what[400];
	int lineno = 0, jobs = 0, ret = 0;

	ret = vlab_read_all(path, &text, NULL);
	if (ret) {
		snprintf(why, len, "--job '%s': %s", path, strerror(-ret));
		return -EINVAL;
	}
	snprintf(r->preset, sizeof(r->preset), "job");
	snprintf(r->rw, sizeof(r->rw), "read");
	snprintf(r->bs, sizeof(r->bs), "4k");
	r->iodepth = 1, r->numjobs = 1, r->rwmixread = -1;
	for (line = text; line && !ret; line = next) {
		char *s, *eq;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		s = trim(line);
		if (!*s || *s == '#' || *s == ';')
			continue;
		if (*s == '[') {
			sect = s;
			if (strcmp(s, "[global]") && ++jobs > 1) {
				snprintf(what, sizeof(what), "a second job %s: one workload, one job section (and [global])", s);
				ret = -EINVAL;
			}
			continue;
		}
		if (!sect) {
			snprintf(what, sizeof(what), "'%s' before any [section]", s);
			ret = -EINVAL;
			continue;
		}
		eq = strchr(s, '=');
		if (eq)
			*eq = '\0';
		ret = job_key(r, trim(s), eq ? trim(eq + 1) : "", what, sizeof(what));
	}
	if (ret) {
		snprintf(why, len, "%s:%d: %s", path, lineno, what);
	} else if (!jobs) {
		snprintf(why, len, "%s: no job section ([name] after [global])", path);
		ret = -EINVAL;
	} else if (r->rwmixread >= 0 && strcmp(r->rw, "rw") && strcmp(r->rw, "randrw")) {
		snprintf(why, len, "%s: rwmixread is only for rw = rw, randrw; this job has rw = %s",
			 path, r->rw);
		ret = -EINVAL;
	}
	free(text);
	return ret;
}

int tune_req_check(const struct tune_req *r, char *why, size_t len)
{
	const char *t = r->backend;

	if (r->budget < (1u << 20) || r->budget > (1ull << 30))
		return snprintf(why, len, "--memory-budget %llu bytes is not allowed; allowed: 1M to 1G (bounce_size's range, kernel/knobs.def)",
				(unsigned long long)r->budget), -EINVAL;
	if (r->queues < 1 || r->queues > 16)
		return snprintf(why, len, "--queues %u is not allowed; allowed: 1 to 16", r->queues), -EINVAL;
	if (!(!strncmp(t, "blkd-", 5) && blkd_target_find(t + 5) >= 0) && !in_list(t, qsd_types)) {
		char all[256] = "";
		size_t i, used = 0;

		for (i = 0; i < BLKD_NTARGETS; i++)
			used += snprintf(all + used, sizeof(all) - used, "blkd-%s, ", blkd_targets[i].name);
		for (i = 0; qsd_types[i] && used < sizeof(all); i++)
			used += snprintf(all + used, sizeof(all) - used, "%s%s", qsd_types[i],
					 qsd_types[i + 1] ? ", " : "");
		return snprintf(why, len, "--backend '%s' is not a VDUSE backend type; allowed: %s (vlab-plan --list-backends; ublk-T and nullb have no VDUSE device to tune)",
				t, all), -EINVAL;
	}
	if (strcmp(r->clock, "icount") && strcmp(r->clock, "wall"))
		return snprintf(why, len, "--clock '%s' is not allowed; allowed: icount, wall", r->clock), -EINVAL;
	if (!vlab_metric_known(r->metric) || !strncmp(r->metric, "mem_", 4))
		return snprintf(why, len, "--metric '%s' is not allowed; allowed: a speed metric of aggregate.csv: %s (not mem_*: memory is the budget)",
				r->metric, vlab_metric_list()), -EINVAL;
	return 0;
}

void tune_req_write(FILE *f, const struct tune_req *r)
{
	fprintf(f, "%spreset=%s rw=%s bs=%s iodepth=%u numjobs=%u rwmixread=%d runtime=%u ramp=%u budget=%llu queues=%u backend=%s unsafe=%d clock=%s metric=%s\n",
		TUNE_REQ_TAG, r->preset, r->rw, r->bs, r->iodepth, r->numjobs, r->rwmixread,
		r->runtime, r->ramp, (unsigned long long)r->budget, r->queues, r->backend,
		r->allow_unsafe, r->clock, r->metric);
}

int tune_req_read(const char *text, struct tune_req *r, char *why, size_t len)
{
	const char *p = strstr(text, TUNE_REQ_TAG);
	unsigned long long budget;
	int n = 0;

	memset(r, 0, sizeof(*r));
	if (p)
		n = sscanf(p + strlen(TUNE_REQ_TAG),
			   "preset=%15s rw=%15s bs=%15s iodepth=%u numjobs=%u rwmixread=%d runtime=%u ramp=%u budget=%llu queues=%u backend=%31s unsafe=%d clock=%7s metric=%23s",
			   r->preset, r->rw, r->bs, &r->iodepth, &r->numjobs, &r->rwmixread, &r->runtime,
			   &r->ramp, &budget, &r->queues, r->backend, &r->allow_unsafe, r->clock,
			   r->metric);
	if (n != 14) {
		snprintf(why, len, "its sweep file has no complete '%s...' line: not a stage of vlab-tune",
			 TUNE_REQ_TAG);
		return -EINVAL;
	}
	r->budget = budget;
	return tune_req_check(r, why, len);
}

void tune_req_describe(const struct tune_req *r, char *buf, size_t len)
{
	char mix[32] = "";

	if (r->rwmixread >= 0)
		snprintf(mix, sizeof(mix), " %d%% reads", r->rwmixread);
	snprintf(buf, len, "%s: %s%s, %s, QD %u, %u job%s; budget %llu MiB%s, %u queue%s, %s",
		 r->preset, r->rw, mix, r->bs, r->iodepth, r->numjobs, r->numjobs == 1 ? "" : "s",
		 (unsigned long long)(r->budget >> 20), r->budget % (1u << 20) ? " (and a part)" : "",
		 r->queues, r->queues == 1 ? "" : "s", r->backend);
}
