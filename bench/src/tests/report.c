// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-report on a constructed summary.csv and manifest.json
 * writes REPORT.md with the medians, n, the per-repetition ours/stock ratio
 * (ours 2x stock on every rep gives "2.00 [2.00-2.00] (n=3)"), "-" where
 * there is no data, the failed points and the TCG warning; chart.csv with
 * the derived rows; chart.png (PNG signature) and chart.svg ("<svg").
 * A run where every point failed still gets a report of "-" cells and an
 * empty chart, and a KVM run no TCG label. Skips without gnuplot.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"

/*
 * One workload, qd 1 and 16, three reps.
 * qd 1:  stock 1000/1100/1200 IOPS, 10/20/30 us; ours exactly twice as fast.
 * qd 16: stock 5000/6000/4000; ours 5000, 9000, failed -> ratios 1.00, 1.50.
 * stock/qsd-ram ran once at qd 1 and failed, so it has a column of "-".
 */
static const char *const summary =
	"id,seq,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,bw_kib_s,lat_mean_us,"
	"lat_p50_us,lat_p99_us,lat_p999_us,total_ios,fio_error,module\n"
	"000-a,0,stock,qsd-null,randread,4k,1,1,1,ok,1000,4000,10,,,,1,0,stock\n"
	"001-a,1,ours,qsd-null,randread,4k,1,1,1,ok,2000,8000,5,,,,1,0,lab-1\n"
	"002-a,2,stock,qsd-ram,randread,4k,1,1,1,\"failed: qsd, did not start\",,,,,,,,,\n"
	"003-a,3,ours,qsd-null,randread,4k,16,1,1,ok,5000,1,50,,,,1,0,lab-1\n"
	"004-a,4,stock,qsd-null,randread,4k,16,1,1,ok,5000,1,60,,,,1,0,stock\n"
	"005-a,5,ours,qsd-null,randread,4k,1,1,2,ok,2200,1,6,,,,1,0,lab-1\n"
	"006-a,6,stock,qsd-null,randread,4k,1,1,2,ok,1100,1,20,,,,1,0,stock\n"
	"007-a,7,stock,qsd-null,randread,4k,16,1,2,ok,6000,1,70,,,,1,0,stock\n"
	"008-a,8,ours,qsd-null,randread,4k,16,1,2,ok,9000,1,40,,,,1,0,lab-1\n"
	"009-a,9,stock,qsd-null,randread,4k,1,1,3,ok,1200,1,30,,,,1,0,stock\n"
	"010-a,10,ours,qsd-null,randread,4k,1,1,3,ok,2400,1,7,,,,1,0,lab-1\n"
	"011-a,11,ours,qsd-null,randread,4k,16,1,3,failed: fio job error 5 (Input/output error),,,,,,,,5,lab-1\n"
	"012-a,12,stock,qsd-null,randread,4k,16,1,3,ok,4000,1,80,,,,1,0,stock\n";

static const char *const manifest =
	"{ \"name\": \"unit-report\", \"accelerator\": \"tcg\", \"guest_kernel\": \"6.1.0-test\" }\n";

static const char *const want_md[] = {
	"# vduse-lab report: unit-report\n",
	"| Date (UTC) | unknown |\n",		/* created_utc left out of the manifest */
	"| Accelerator | tcg |\n",
	"| Guest kernel | 6.1.0-test |\n",
	"| Points | 13: 11 ok, 2 failed |\n",
	"only ratios between configurations measured interleaved in the same boot mean anything",
	"## randread, bs 4k, numjobs 1\n",
	"| QD | stock/qsd-null | ours/qsd-null | stock/qsd-ram | ours/stock qsd-null |\n",
	"| 1 | 1100 IOPS, 20.0 us (n=3) | 2200 IOPS, 6.0 us (n=3) | - | 2.00 [2.00-2.00] (n=3) |\n",
	"| 16 | 5000 IOPS, 70.0 us (n=3) | 7000 IOPS, 45.0 us (n=2) | - | 1.25 [1.00-1.50] (n=2) |\n",
	"- 002-a: failed: qsd, did not start\n",
	"- 011-a: failed: fio job error 5 (Input/output error)\n",
	"![IOPS against queue depth](chart.png)",
	"(chart.svg)",
};

static const char *const want_chart_csv =
	"rw,bs,numjobs,iodepth,driver,backend,n,iops_median,iops_min,iops_max,lat_mean_us_median\n"
	"randread,4k,1,1,stock,qsd-null,3,1100.000,1000.000,1200.000,20.000\n"
	"randread,4k,1,1,ours,qsd-null,3,2200.000,2000.000,2400.000,6.000\n"
	"randread,4k,1,1,stock,qsd-ram,0,,,,\n"
	"randread,4k,1,16,stock,qsd-null,3,5000.000,4000.000,6000.000,70.000\n"
	"randread,4k,1,16,ours,qsd-null,2,7000.000,5000.000,9000.000,45.000\n";

/* A run where nothing succeeded, under KVM: no figures, still a report. */
static const char *const summary_all_failed =
	"id,seq,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,bw_kib_s,lat_mean_us,"
	"lat_p50_us,lat_p99_us,lat_p999_us,total_ios,fio_error,module\n"
	"000-b,0,ours,qsd-null,randwrite,64k,1,1,1,failed: no fio.json,,,,,,,,,\n"
	"001-b,1,stock,qsd-null,randwrite,64k,1,1,1,failed: no fio.json,,,,,,,,,\n";

static const char *const want_md_all_failed[] = {
	"| Accelerator | kvm |\n",
	"| Points | 2: 0 ok, 2 failed |\n",
	"| 1 | - | - | - |\n",
	"- 000-b: failed: no fio.json\n",
};

static char *slurp_in(const char *dir, const char *name)
{
	char *path = tu_fmt("%s/%s", dir, name), *text = tu_slurp(path);

	free(path);
	return text;
}

/* Lay out a run folder and run vlab-report on it; returns its exit status. */
static int report_on(const char *prog, const char *dir, const char *csv, const char *manifest_json)
{
	char *path, *output = NULL;
	char *args[] = { (char *)prog, (char *)dir, NULL };
	int rc;

	path = tu_fmt("%s/summary.csv", dir);
	tu_write(path, csv);
	free(path);
	path = tu_fmt("%s/manifest.json", dir);
	tu_write(path, manifest_json);
	free(path);
	rc = tu_run(args, &output);
	CHECK(rc == 0, "vlab-report exited %d: %s", rc, output);
	free(output);
	return rc;
}

static void check_md(const char *dir, const char *const *want, size_t n)
{
	char *md = slurp_in(dir, "REPORT.md");
	size_t i;

	CHECK(md != NULL, "no REPORT.md");
	for (i = 0; md && i < n; i++)
		CHECK(strstr(md, want[i]), "REPORT.md lacks [%s]:\n%s", want[i], md);
	free(md);
}

static void check_pictures(const char *dir)
{
	static const unsigned char png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	char *png = slurp_in(dir, "chart.png"), *svg = slurp_in(dir, "chart.svg");

	/* a PNG holds NUL bytes, so only its first 8 bytes are compared */
	CHECK(png && !memcmp(png, png_sig, sizeof(png_sig)), "%s/chart.png is not a PNG", dir);
	CHECK(svg && strstr(svg, "<svg"), "%s/chart.svg is not an SVG", dir);
	free(png);
	free(svg);
}

int main(int argc, char **argv)
{
	char *dir, *run, *csv, *gp;

	if (argc != 2) {
		fprintf(stderr, "usage: %s VLAB_REPORT\n", argv[0]);
		return T_FAIL;
	}
	if (!tu_have_program("gnuplot")) {
		printf("SKIP: gnuplot is not installed, so vlab-report cannot draw its chart\n");
		return T_SKIP;
	}
	dir = tu_scratch();

	run = tu_fmt("%s/constructed", dir);
	mkdir(run, 0755);
	if (!report_on(argv[1], run, summary, manifest)) {
		check_md(run, want_md, sizeof(want_md) / sizeof(want_md[0]));
		csv = slurp_in(run, "chart.csv");
		CHECK(csv && !strcmp(csv, want_chart_csv), "chart.csv is\n%s\nexpected\n%s", csv,
		      want_chart_csv);
		free(csv);
		gp = slurp_in(run, "chart.gp");
		CHECK(gp && strstr(gp, "'TCG: compare configurations only'"),
		      "chart.gp lacks the TCG label");
		CHECK(gp && strstr(gp, "set logscale x 2"), "chart.gp lacks the log2 x axis");
		free(gp);
		check_pictures(run);
	}
	free(run);

	run = tu_fmt("%s/all-failed", dir);
	mkdir(run, 0755);
	if (!report_on(argv[1], run, summary_all_failed,
		       "{ \"name\": \"none-ok\", \"accelerator\": \"kvm\" }\n")) {
		check_md(run, want_md_all_failed,
			 sizeof(want_md_all_failed) / sizeof(want_md_all_failed[0]));
		gp = slurp_in(run, "chart.gp");
		CHECK(gp && !strstr(gp, "TCG: compare"), "TCG label on a KVM chart");
		free(gp);
		check_pictures(run);
	}
	free(run);

	tu_scratch_done(dir);
	return tu_result("report");
}
