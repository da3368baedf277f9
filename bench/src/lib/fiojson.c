// SPDX-License-Identifier: GPL-2.0-only
/* Reading fio JSON output by keys (see fiojson.h). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "fiojson.h"
#include "readfile.h"

/* What one job reports for one direction. */
struct fio_dir_stats {
	double iops;
	double bw_bytes;
	uint64_t total_ios;
	double clat_mean_ns;
	uint64_t clat_n;		/* samples behind clat_mean_ns */
	double p50_ns, p99_ns, p999_ns;	/* NAN when fio printed none */
};

int vlab_fio_dir_for_rw(const char *rw, enum vlab_fio_dir *dir)
{
	if (!strcmp(rw, "read") || !strcmp(rw, "randread"))
		*dir = VLAB_FIO_READ;
	else if (!strcmp(rw, "write") || !strcmp(rw, "randwrite"))
		*dir = VLAB_FIO_WRITE;
	else if (!strcmp(rw, "rw") || !strcmp(rw, "randrw") || !strcmp(rw, "readwrite"))
		*dir = VLAB_FIO_MIXED;
	else
		return -EINVAL;
	return 0;
}

static int get_number(struct json_object *obj, const char *key, double *out)
{
	struct json_object *v;

	if (!json_object_object_get_ex(obj, key, &v))
		return -EBADMSG;
	if (!json_object_is_type(v, json_type_int) && !json_object_is_type(v, json_type_double))
		return -EBADMSG;
	*out = json_object_get_double(v);
	return 0;
}

/* One job's CPU over its measured runtime, in ms; NAN without the keys. */
static double job_cpu_ms(struct json_object *job)
{
	double usr, sys, runtime_ms;

	if (get_number(job, "usr_cpu", &usr) || get_number(job, "sys_cpu", &sys) ||
	    get_number(job, "job_runtime", &runtime_ms))
		return NAN;
	return (usr + sys) / 100.0 * runtime_ms;
}

static double get_percentile(struct json_object *clat, const char *key)
{
	struct json_object *pct, *v;

	if (!json_object_object_get_ex(clat, "percentile", &pct) ||
	    !json_object_object_get_ex(pct, key, &v))
		return NAN;
	return json_object_get_double(v);
}

static int parse_direction(struct json_object *job, const char *name, struct fio_dir_stats *d)
{
	struct json_object *dir, *clat;
	double ios, n;

	if (!json_object_object_get_ex(job, name, &dir) ||
	    !json_object_object_get_ex(dir, "clat_ns", &clat))
		return -EBADMSG;
	if (get_number(dir, "iops", &d->iops) || get_number(dir, "bw_bytes", &d->bw_bytes) ||
	    get_number(dir, "total_ios", &ios) || get_number(clat, "mean", &d->clat_mean_ns) ||
	    get_number(clat, "N", &n))
		return -EBADMSG;
	d->total_ios = (uint64_t)ios;
	d->clat_n = (uint64_t)n;
	d->p50_ns = get_percentile(clat, "50.000000");
	d->p99_ns = get_percentile(clat, "99.000000");
	d->p999_ns = get_percentile(clat, "99.900000");
	return 0;
}

/* Percentiles are only meaningful for a direction that completed I/O. */
static void take_percentiles(struct vlab_fio *out, const struct fio_dir_stats *d)
{
	if (!d->clat_n)
		return;
	out->lat_p50_us = d->p50_ns / 1000.0;
	out->lat_p99_us = d->p99_ns / 1000.0;
	out->lat_p999_us = d->p999_ns / 1000.0;
}

static int parse_document(struct json_object *root, enum vlab_fio_dir dir, struct vlab_fio *out)
{
	struct fio_dir_stats rd, wr;
	struct json_object *jobs, *job, *err;
	double lat_sum = 0, lat_n = 0;
	size_t i;
	int ret;

	if (!json_object_object_get_ex(root, "jobs", &jobs) ||
	    !json_object_is_type(jobs, json_type_array) || !json_object_array_length(jobs))
		return -EBADMSG;
	out->njobs = (int)json_object_array_length(jobs);
	for (i = 0; i < json_object_array_length(jobs); i++) {
		job = json_object_array_get_idx(jobs, i);
		if (!json_object_object_get_ex(job, "error", &err) ||
		    !json_object_is_type(err, json_type_int))
			return -EBADMSG;
		if (!out->error)
			out->error = json_object_get_int(err);
		ret = parse_direction(job, "read", &rd);
		if (!ret)
			ret = parse_direction(job, "write", &wr);
		if (ret)
			return ret;
		out->iops += rd.iops + wr.iops;
		out->bw_kib_s += (rd.bw_bytes + wr.bw_bytes) / 1024.0;
		out->total_ios += rd.total_ios + wr.total_ios;
		out->cpu_ms += job_cpu_ms(job); /* NAN sticks */
		if (dir != VLAB_FIO_WRITE) {
			lat_sum += rd.clat_mean_ns * rd.clat_n;
			lat_n += rd.clat_n;
		}
		if (dir != VLAB_FIO_READ) {
			lat_sum += wr.clat_mean_ns * wr.clat_n;
			lat_n += wr.clat_n;
		}
	}
	if (lat_n > 0)
		out->lat_mean_us = lat_sum / lat_n / 1000.0;
	if (out->njobs == 1)
		take_percentiles(out, dir == VLAB_FIO_WRITE ? &wr : &rd);
	return 0;
}

int vlab_fio_parse(const char *text, enum vlab_fio_dir dir, struct vlab_fio *out)
{
	struct json_tokener *tok;
	struct json_object *root = NULL;
	const char *start = text;
	int ret;

	memset(out, 0, sizeof(*out));
	out->lat_mean_us = out->lat_p50_us = out->lat_p99_us = out->lat_p999_us = NAN;
	while (*start != '{') {
		start = strchr(start, '\n');
		if (!start)
			return -EBADMSG;
		start++;
	}
	tok = json_tokener_new();
	if (!tok)
		return -ENOMEM;
	root = json_tokener_parse_ex(tok, start, (int)strlen(start));
	if (!root || !json_object_is_type(root, json_type_object))
		ret = -EBADMSG;
	else
		ret = parse_document(root, dir, out);
	json_object_put(root);
	json_tokener_free(tok);
	return ret;
}

int vlab_fio_read(const char *path, enum vlab_fio_dir dir, struct vlab_fio *out)
{
	char *text;
	int ret;

	ret = vlab_read_all(path, &text, NULL);
	if (ret)
		return ret;
	ret = vlab_fio_parse(text, dir, out);
	free(text);
	return ret;
}
