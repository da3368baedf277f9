// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab_fio_read() on real fio 3.33 output (see data/README.md)
 * finds iops, bandwidth, I/O counts, latency and jobs[].error by key, sums
 * over directions and jobs, takes fio's own CPU time from usr_cpu, sys_cpu
 * and job_runtime, picks the latency direction from rw, skips the
 * "note:" and "fio: pid=..." lines fio prints before its JSON, and refuses
 * text that holds no fio JSON.
 *
 * The expected values were read from the fixtures with jq when they were
 * captured, e.g. for fio-randrw.json:
 *   sed -n '/^{/,$p' fio-randrw.json | jq '[.jobs[] | .read.iops, .write.iops] | add'
 * and the weighted means computed with python3 from the jq output.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fiojson.h"
#include "testutil.h"

static const char *data_dir;

static int read_fixture(const char *name, enum vlab_fio_dir dir, struct vlab_fio *f)
{
	char *path = tu_fmt("%s/%s", data_dir, name);
	int ret = vlab_fio_read(path, dir, f);

	free(path);
	return ret;
}

static void test_randread(void)
{
	struct vlab_fio f;

	CHECK(read_fixture("fio-randread.json", VLAB_FIO_READ, &f) == 0, "parse failed");
	CHECK(f.njobs == 1, "njobs %d", f.njobs);
	CHECK(f.error == 0, "error %d", f.error);
	CHECK_NEAR(f.iops, 14023.976024, 1e-6);		/* read.iops + write.iops (0) */
	CHECK_NEAR(f.bw_kib_s, 57442205 / 1024.0, 1e-6);	/* read.bw_bytes / 1024 */
	CHECK(f.total_ios == 14038, "total_ios %llu", (unsigned long long)f.total_ios);
	CHECK_NEAR(f.lat_mean_us, 70.159734649, 1e-9);	/* read.clat_ns.mean / 1000 */
	CHECK_NEAR(f.lat_p50_us, 67.072, 1e-9);		/* percentile "50.000000" 67072 */
	CHECK_NEAR(f.lat_p99_us, 126.464, 1e-9);
	CHECK_NEAR(f.lat_p999_us, 211.968, 1e-9);
	CHECK_NEAR(f.cpu_ms, (2.6 + 41.5) / 100 * 1000, 1e-9);	/* usr, sys %, job_runtime */
}

static void test_randwrite(void)
{
	struct vlab_fio f;

	CHECK(read_fixture("fio-randwrite.json", VLAB_FIO_WRITE, &f) == 0, "parse failed");
	CHECK(f.error == 0, "error %d", f.error);
	CHECK_NEAR(f.iops, 441927.072927, 1e-6);
	CHECK_NEAR(f.bw_kib_s, 1810133290 / 1024.0, 1e-6);
	CHECK(f.total_ios == 442369, "total_ios %llu", (unsigned long long)f.total_ios);
	CHECK_NEAR(f.lat_mean_us, 1.227250565, 1e-9);	/* write.clat_ns.mean 1227.250565 */
	CHECK_NEAR(f.lat_p50_us, 1.048, 1e-9);
	CHECK_NEAR(f.lat_p99_us, 2.352, 1e-9);
	CHECK_NEAR(f.lat_p999_us, 17.280, 1e-9);
}

static void test_randrw(void)
{
	struct vlab_fio f;

	CHECK(read_fixture("fio-randrw.json", VLAB_FIO_MIXED, &f) == 0, "parse failed");
	CHECK_NEAR(f.iops, 28224.775225, 1e-6);		/* read 14108.891109 + write 14115.884116 */
	CHECK_NEAR(f.bw_kib_s, 115608678 / 1024.0, 1e-6);
	CHECK(f.total_ios == 28253, "total_ios %llu", (unsigned long long)f.total_ios);
	/* (62152.455852 * 14123 + 2590.418542 * 14130) / 28253 / 1000 */
	CHECK_NEAR(f.lat_mean_us, 32.364058613, 1e-6);
	/* mixed: percentiles are the read side's */
	CHECK_NEAR(f.lat_p50_us, 57.600, 1e-9);
	CHECK_NEAR(f.lat_p99_us, 116.224, 1e-9);
	CHECK_NEAR(f.lat_p999_us, 250.880, 1e-9);

	/* the same file read as a write workload takes the write side */
	CHECK(read_fixture("fio-randrw.json", VLAB_FIO_WRITE, &f) == 0, "parse failed");
	CHECK_NEAR(f.lat_mean_us, 2.590418542, 1e-9);
	CHECK_NEAR(f.lat_p99_us, 6.368, 1e-9);
}

static void test_two_jobs(void)
{
	struct vlab_fio f;

	/* --numjobs=2 without --group_reporting: two entries in jobs[] */
	CHECK(read_fixture("fio-randread-2jobs.json", VLAB_FIO_READ, &f) == 0, "parse failed");
	CHECK(f.njobs == 2, "njobs %d", f.njobs);
	CHECK_NEAR(f.iops, 41762.237762, 1e-6);
	CHECK_NEAR(f.bw_kib_s, 171058125 / 1024.0, 1e-6);
	CHECK(f.total_ios == 41804, "total_ios %llu", (unsigned long long)f.total_ios);
	/* (46479.00677 * 20974 + 47097.449832 * 20830) / 41804 / 1000 */
	CHECK_NEAR(f.lat_mean_us, 46.787163142, 1e-6);
	CHECK_NEAR(f.cpu_ms, (0.6 + 24.7 + 2.8 + 21.6) / 100 * 1000, 1e-9);	/* summed */
	/* per-job percentiles cannot be merged, so none are reported */
	CHECK(isnan(f.lat_p50_us) && isnan(f.lat_p99_us) && isnan(f.lat_p999_us),
	      "percentiles %g %g %g", f.lat_p50_us, f.lat_p99_us, f.lat_p999_us);
}

static void test_job_error(void)
{
	struct vlab_fio f;

	/* writes to /dev/full: fio exits 1 and reports jobs[0].error 28 (ENOSPC) */
	CHECK(read_fixture("fio-enospc.json", VLAB_FIO_WRITE, &f) == 0, "parse failed");
	CHECK(f.error == 28, "error %d", f.error);
	CHECK(isnan(f.lat_p99_us), "p99 %g", f.lat_p99_us);
}

static void test_not_fio_json(void)
{
	struct vlab_fio f;
	char *path = tu_fmt("%s/no-such-file.json", data_dir);

	/* a missing ioengine: fio prints only an error line, no JSON */
	CHECK(read_fixture("fio-badengine.txt", VLAB_FIO_READ, &f) == -EBADMSG, "accepted");
	CHECK(vlab_fio_read(path, VLAB_FIO_READ, &f) == -ENOENT, "missing file not -ENOENT");
	free(path);
	CHECK(vlab_fio_parse("", VLAB_FIO_READ, &f) == -EBADMSG, "empty accepted");
	CHECK(vlab_fio_parse("{\"jobs\": [", VLAB_FIO_READ, &f) == -EBADMSG, "truncated accepted");
	CHECK(vlab_fio_parse("{\"jobs\": []}", VLAB_FIO_READ, &f) == -EBADMSG, "no jobs accepted");
	CHECK(vlab_fio_parse("{\"jobs\": [{\"error\": 0}]}", VLAB_FIO_READ, &f) == -EBADMSG,
	      "job without read/write accepted");
}

static void test_no_cpu_keys(void)
{
	static const char dir[] = "{\"iops\": 1, \"bw_bytes\": 4096, \"total_ios\": 1, "
				  "\"clat_ns\": {\"mean\": 1000, \"N\": 1}}";
	char *doc = tu_fmt("{\"jobs\": [{\"error\": 0, \"usr_cpu\": 1.5, \"read\": %s, "
			   "\"write\": %s}]}", dir, dir);
	struct vlab_fio f;

	/* the CPU keys are optional: without job_runtime the figure is unknown */
	CHECK(vlab_fio_parse(doc, VLAB_FIO_READ, &f) == 0, "parse failed");
	CHECK(f.total_ios == 2 && isnan(f.cpu_ms), "total_ios %llu cpu_ms %g",
	      (unsigned long long)f.total_ios, f.cpu_ms);
	free(doc);
}

static void test_rw_mapping(void)
{
	enum vlab_fio_dir d;

	CHECK(!vlab_fio_dir_for_rw("randread", &d) && d == VLAB_FIO_READ, "randread");
	CHECK(!vlab_fio_dir_for_rw("write", &d) && d == VLAB_FIO_WRITE, "write");
	CHECK(!vlab_fio_dir_for_rw("rw", &d) && d == VLAB_FIO_MIXED, "rw");
	CHECK(vlab_fio_dir_for_rw("trim", &d) == -EINVAL, "trim accepted");
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	data_dir = argv[1];
	test_randread();
	test_randwrite();
	test_randrw();
	test_two_jobs();
	test_job_error();
	test_not_fio_json();
	test_no_cpu_keys();
	test_rw_mapping();
	return tu_result("fio-json");
}
