// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading fio's --output-format=json by keys (jobs[].read.iops,
 * jobs[].read.clat_ns.percentile["99.000000"], ...), checking jobs[].error.
 * fio's terse output is never parsed: its fields move between versions.
 */
#ifndef VLAB_FIOJSON_H
#define VLAB_FIOJSON_H

#include <stdint.h>

/* Which direction's completion latency describes the workload. */
enum vlab_fio_dir {
	VLAB_FIO_READ,	/* read, randread */
	VLAB_FIO_WRITE,	/* write, randwrite */
	VLAB_FIO_MIXED,	/* rw, randrw */
};

struct vlab_fio {
	int njobs;		/* entries in jobs[]; 1 with --group_reporting */
	int error;		/* first non-zero jobs[].error (an errno), else 0 */
	double iops;		/* read + write, summed over jobs */
	double bw_kib_s;	/* read + write bw_bytes / 1024, summed over jobs */
	uint64_t total_ios;	/* read + write, summed over jobs */
	/*
	 * CPU fio itself used while it measured, in milliseconds: each job's
	 * (usr_cpu + sys_cpu) percent of its job_runtime, summed over jobs.
	 * fio restarts its rusage with its statistics after ramp_time, so this
	 * covers the same window as total_ios. NAN when a job lacks the keys.
	 */
	double cpu_ms;
	/*
	 * Completion latency (clat_ns) in microseconds, NAN when unknown.
	 * The mean is weighted by each mean's sample count (clat_ns.N) across
	 * jobs and, for mixed workloads, across read and write. Percentiles
	 * come from the read side for mixed workloads, and are only reported
	 * for a single job: fio's per-job percentiles cannot be merged.
	 */
	double lat_mean_us;
	double lat_p50_us;
	double lat_p99_us;
	double lat_p999_us;
};

/* Map a fio rw= value to its direction; -EINVAL for anything else. */
int vlab_fio_dir_for_rw(const char *rw, enum vlab_fio_dir *dir);

/*
 * Parse fio's stdout or --output file. Lines before the first line that
 * starts with '{' are skipped (fio prints "note:" and "fio: pid=..., err="
 * lines there) and text after the JSON document is ignored.
 * Returns 0 (check out->error), -EBADMSG if the text holds no fio JSON
 * with the keys we need, -ENOMEM.
 */
int vlab_fio_parse(const char *text, enum vlab_fio_dir dir, struct vlab_fio *out);

/* The same for a file; -ENOENT if it does not exist. */
int vlab_fio_read(const char *path, enum vlab_fio_dir dir, struct vlab_fio *out);

#endif
