// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-summarize: one point folder read into its row of summary.csv:
 * params.json, the agent's status, fio.json (judged ok or failed), module,
 * boot, cpu.json and the perf stat files (summarize_row.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "jsonfile.h"
#include "perfstat.h"
#include "planfile.h"
#include "readfile.h"
#include "summarize_row.h"

static const char *const prog = "vlab-summarize";

void summarize_free_row(struct row *r)
{
	free(r->id);
	free(r->config);
	free(r->driver);
	free(r->backend);
	free(r->workload);
	free(r->rw);
	free(r->bs);
	free(r->status);
	free(r->module);
	free(r->boot);
}

static int get_str(struct json_object *o, const char *path, const char *key, char **out)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string)) {
		fprintf(stderr, "%s: %s: key '%s' is missing or not a string\n", prog, path, key);
		return -EBADMSG;
	}
	*out = strdup(json_object_get_string(v));
	return *out ? 0 : -ENOMEM;
}

/* Keys added by plan format 1; older params.json files lack them. */
static int get_str_or(struct json_object *o, const char *key, const char *dflt, char **out)
{
	struct json_object *v;

	if (json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string))
		dflt = json_object_get_string(v);
	*out = strdup(dflt);
	return *out ? 0 : -ENOMEM;
}

static int get_int(struct json_object *o, const char *path, const char *key, long *out)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_int)) {
		fprintf(stderr, "%s: %s: key '%s' is missing or not an integer\n", prog, path, key);
		return -EBADMSG;
	}
	*out = (long)json_object_get_int64(v);
	return 0;
}

int summarize_unsafe_kv(struct json_object *kv)
{
	struct json_object *v;

	return kv && json_object_is_type(kv, json_type_object) &&
	       json_object_object_get_ex(kv, "bounce_strategy", &v) &&
	       json_object_is_type(v, json_type_string) &&
	       !strcmp(json_object_get_string(v), "direct");
}

int summarize_load_params(const char *dir, const char *name, struct row *r)
{
	struct json_object *p = NULL;
	char *path, *config = NULL;
	int ret;

	r->cpu_fio_us = r->cpu_backend_us = r->cpu_guest_us = r->block_us = NAN;
	r->faults_per_io = r->maps_per_io = NAN;
	r->bounce_size = r->mem_kernel = r->mem_huge = r->mem_umem = NAN;
	if (asprintf(&path, "%s/params.json", dir) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &p);
	if (ret) {
		fprintf(stderr, "%s: %s: %s\n", prog, path,
			ret == -EBADMSG ? "not valid JSON" : strerror(-ret));
		goto out;
	}
	ret = get_str(p, path, "id", &r->id);
	if (!ret)
		ret = get_int(p, path, "seq", &r->seq);
	if (!ret)
		ret = get_str(p, path, "driver", &r->driver);
	if (!ret)
		ret = get_str(p, path, "backend", &r->backend);
	if (!ret)
		ret = get_str(p, path, "rw", &r->rw);
	if (!ret)
		ret = get_str(p, path, "bs", &r->bs);
	if (!ret)
		ret = get_int(p, path, "iodepth", &r->iodepth);
	if (!ret)
		ret = get_int(p, path, "numjobs", &r->numjobs);
	if (!ret && vlab_xvals_from_json(p, &r->x)) {
		fprintf(stderr, "%s: %s: %s\n", prog, path,
			"an extra axis (lib/axes.def) is not an integer in its range");
		ret = -EBADMSG;
	}
	if (!ret)
		ret = get_int(p, path, "rep", &r->rep);
	if (!ret && asprintf(&config, "%s/%s", r->driver, r->backend) < 0)
		ret = -ENOMEM;
	if (!ret)
		ret = get_str_or(p, "config", config, &r->config);
	if (!ret)
		ret = get_str_or(p, "workload", "", &r->workload);
	if (!ret) {
		struct json_object *kv;

		r->flags = "";
		if ((json_object_object_get_ex(p, VLAB_PARAMS_KNOBS, &kv) && summarize_unsafe_kv(kv)) ||
		    (json_object_object_get_ex(p, VLAB_PARAMS_MODULE_PARAMS, &kv) &&
		     summarize_unsafe_kv(kv)))
			r->flags = ROW_FLAG_UNSAFE;
	}
	/* a folder holding another point's params means the run is mixed up */
	if (!ret && strcmp(r->id, name)) {
		fprintf(stderr, "%s: %s: id '%s' does not match its folder '%s'\n", prog, path,
			r->id, name);
		ret = -EBADMSG;
	}
out:
	json_object_put(p);
	free(config);
	free(path);
	return ret;
}

/* Optional one-line file of a point; *line stays NULL when it is absent. */
static int read_optional_line(const char *dir, const char *file, char **line)
{
	char *path;
	int ret;

	*line = NULL;
	if (asprintf(&path, "%s/%s", dir, file) < 0)
		return -ENOMEM;
	ret = vlab_read_first_line(path, line);
	if (ret && ret != -ENOENT)
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(-ret));
	free(path);
	return ret == -ENOENT ? 0 : ret;
}

/*
 * The CPU the guest spent while fio ran, from the agent's two samples
 * around it (cpu.json): ticks of the backend process and of all vCPUs'
 * busy time, and the I/Os the disk completed in the same window (ramp
 * included, like the ticks).
 */
struct cpu_window {
	double tck;			/* clock ticks per second */
	double backend_ticks, guest_ticks;
	double disk_ios;		/* 0: no cpu.json, or no I/O */
	double disk_ms;			/* -1: not recorded (runs before it was) */
	double faults;			/* backend minor + major; -1: not recorded */
	double maps;			/* VDUSE DMA maps; -1: not recorded */
};

static int get_count(struct json_object *o, const char *key, double *out)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_int) ||
	    json_object_get_int64(v) < 0)
		return -EBADMSG;
	*out = (double)json_object_get_int64(v);
	return 0;
}

/*
 * The backend process's minor plus major faults in cpu.json o; -1 when not
 * recorded, or without a backend process (nullb: none to count, not 0).
 */
static double backend_faults(struct json_object *o)
{
	struct json_object *proc;
	double minflt, majflt;

	if (!json_object_object_get_ex(o, "backend_process", &proc) ||
	    !json_object_get_boolean(proc) || get_count(o, "backend_minflt", &minflt) ||
	    get_count(o, "backend_majflt", &majflt))
		return -1;
	return minflt + majflt;
}

/* cpu.json is optional (older runs lack it); a bad one is warned about and ignored. */
static void read_cpu_window(const char *dir, struct cpu_window *cw)
{
	struct json_object *o = NULL;
	char *path;
	int ret;

	memset(cw, 0, sizeof(*cw));
	if (asprintf(&path, "%s/cpu.json", dir) < 0)
		return;
	ret = vlab_json_read(path, &o);
	if (!ret && (get_count(o, "clk_tck", &cw->tck) || cw->tck <= 0 ||
		     get_count(o, "backend_ticks", &cw->backend_ticks) ||
		     get_count(o, "guest_busy_ticks", &cw->guest_ticks) ||
		     get_count(o, "disk_ios", &cw->disk_ios)))
		ret = -EBADMSG;
	if (ret) {
		if (ret != -ENOENT)
			fprintf(stderr, "%s: warning: %s: %s; its CPU per I/O figures left empty\n",
				prog, path, ret == -EBADMSG ?
				"not the agent's cpu.json (clk_tck > 0, backend_ticks, "
				"guest_busy_ticks, disk_ios: integers >= 0)" : strerror(-ret));
		memset(cw, 0, sizeof(*cw));
	}
	if (ret || get_count(o, "disk_ms", &cw->disk_ms))
		cw->disk_ms = -1;
	cw->faults = ret ? -1 : backend_faults(o);
	if (ret || get_count(o, "dma_maps", &cw->maps))
		cw->maps = -1;
	json_object_put(o);
	free(path);
}

/*
 * CPU microseconds per I/O from a perf stat file over ios; NAN when there
 * is none. perf counts from fio's (or the backend's) start to fio's exit,
 * ramp included, so ios should be the disk's count over that window.
 */
static double perf_per_io(const char *dir, const char *file, double ios)
{
	char *path;
	double ms;
	int ret;

	if (ios <= 0 || asprintf(&path, "%s/%s", dir, file) < 0)
		return NAN;
	ret = vlab_perf_task_clock_ms(path, &ms);
	if (ret && ret != -ENOENT && ret != -ENODATA)
		fprintf(stderr, "%s: warning: %s: no task-clock figure (%s); CPU per I/O left empty\n",
			prog, path, ret == -EBADMSG ? "malformed" : strerror(-ret));
	free(path);
	return ret ? NAN : ms * 1000.0 / ios;
}

/*
 * The CPU columns. perf stat, when the sweep ran it, is preferred for fio
 * and the backend (it is what older runs have); otherwise fio's own
 * rusage over its measured I/Os, and the backend's /proc/PID/stat ticks
 * over the disk's I/Os. A tick is 10 ms at CLK_TCK 100: 0.2% of one vCPU
 * over a 5 s point, fine enough for CPU per I/O.
 */
static void cpu_per_io(const char *dir, struct row *r)
{
	struct cpu_window cw;
	double ios, perf_ios;

	if (!row_ok(r) || !r->fio.total_ios)
		return;
	read_cpu_window(dir, &cw);
	ios = (double)r->fio.total_ios;
	perf_ios = cw.disk_ios > 0 ? cw.disk_ios : ios;
	r->cpu_fio_us = perf_per_io(dir, "perf-fio.txt", perf_ios);
	if (isnan(r->cpu_fio_us))
		r->cpu_fio_us = r->fio.cpu_ms * 1000.0 / ios;
	r->cpu_backend_us = perf_per_io(dir, "perf-backend.txt", perf_ios);
	if (cw.disk_ios <= 0)
		return;
	if (isnan(r->cpu_backend_us))
		r->cpu_backend_us = cw.backend_ticks / cw.tck * 1e6 / cw.disk_ios;
	r->cpu_guest_us = cw.guest_ticks / cw.tck * 1e6 / cw.disk_ios;
	if (cw.disk_ms >= 0)
		r->block_us = cw.disk_ms * 1000.0 / cw.disk_ios;
	if (cw.faults >= 0)
		r->faults_per_io = cw.faults / cw.disk_ios;
	if (cw.maps >= 0)
		r->maps_per_io = cw.maps / cw.disk_ios;
}

/* Decide the status column from the agent's word and fio's output. */
int summarize_judge_point(const char *dir, struct row *r)
{
	enum vlab_fio_dir fdir;
	char *agent = NULL, *path = NULL, fio_problem[128] = "";
	const char *reason;
	int ret;

	if (vlab_fio_dir_for_rw(r->rw, &fdir)) {
		fprintf(stderr, "%s: %s/params.json: rw '%s' is not a fio rw mode\n", prog, dir, r->rw);
		return -EBADMSG;
	}
	ret = read_optional_line(dir, "status", &agent);
	if (ret || asprintf(&path, "%s/fio.json", dir) < 0) {
		ret = ret ? ret : -ENOMEM;
		path = NULL;
		goto out;
	}
	ret = vlab_fio_read(path, fdir, &r->fio);
	r->have_fio = !ret;
	if (ret == -ENOENT)
		snprintf(fio_problem, sizeof(fio_problem), "no fio.json");
	else if (ret == -ENOMEM)
		goto out;
	else if (ret)
		snprintf(fio_problem, sizeof(fio_problem), "fio.json holds no fio JSON output");
	else if (r->fio.error)
		snprintf(fio_problem, sizeof(fio_problem), "fio job error %d (%s)", r->fio.error,
			 strerror(r->fio.error));

	/* the agent knows best why a point failed, so its reason wins */
	if (agent && !strncmp(agent, "failed", 6)) {
		reason = agent + 6 + strspn(agent + 6, ": \t");
		if (!*reason)
			reason = *fio_problem ? fio_problem : "the agent gave no reason";
		ret = asprintf(&r->status, "failed: %s", reason);
	} else if (agent && strcmp(agent, "ok")) {
		ret = asprintf(&r->status, "failed: unrecognised agent status '%s'", agent);
	} else if (*fio_problem) {
		ret = asprintf(&r->status, "failed: %s", fio_problem);
	} else {
		ret = asprintf(&r->status, "ok");
	}
	if (ret < 0) {
		r->status = NULL;
		ret = -ENOMEM;
		goto out;
	}
	ret = read_optional_line(dir, "module", &r->module);
	if (!ret)
		ret = read_optional_line(dir, "boot", &r->boot);
	/* the run's own word, but a number: anything else is left out */
	if (!ret && r->boot && (!*r->boot || strspn(r->boot, "0123456789") != strlen(r->boot))) {
		fprintf(stderr, "%s: %s/boot: '%s' is not a boot number; left out\n", prog, dir,
			r->boot);
		free(r->boot);
		r->boot = NULL;
	}
	cpu_per_io(dir, r);
	summarize_read_memory(dir, r);
out:
	free(agent);
	free(path);
	return ret;
}

unsigned summarize_xaxes(const struct row *rows, size_t n)
{
	unsigned mask = 0;
	size_t i;

	for (i = 0; i < n; i++)
		mask |= vlab_xvals_mask(&rows[i].x);
	return mask;
}
