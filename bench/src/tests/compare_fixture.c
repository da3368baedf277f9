// SPDX-License-Identifier: GPL-2.0-only
/*
 * The compare test's fixture: the run folders its cases give vlab-compare
 * (summary.csv, aggregate.csv, plan.json, manifest.json of each clock),
 * running it and finding lines in what it prints. The interface and its
 * comments are in compare_fixture.h.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compare_fixture.h"
#include "testutil.h"

const char *prog;

const char *const icount = CLOCK_ICOUNT("2", "4");
const char *const wall_tcg =
	"{ \"format\": 1, \"accelerator\": \"tcg\", \"clock\": { \"name\": \"wall\", "
	"\"requested\": \"wall\", \"label\": \"wall (TCG, one host thread per vCPU: noisy)\", "
	"\"accelerator\": \"tcg\", \"tcg_thread\": \"multi\", \"icount_shift\": null } }\n";
const char *const wall_kvm =
	"{ \"format\": 1, \"accelerator\": \"kvm\", \"clock\": { \"name\": \"wall\", "
	"\"requested\": \"auto\", \"label\": \"wall (KVM)\", \"accelerator\": \"kvm\", "
	"\"tcg_thread\": null, \"icount_shift\": null } }\n";
const char *const old_tcg = "{ \"format\": 1, \"accelerator\": \"tcg\" }\n";
const char *const old_kvm = "{ \"format\": 1, \"accelerator\": \"kvm\" }\n";

const char *const head =
	"id,seq,config,driver,backend,rw,bs,iodepth,numjobs,rep,status,iops,lat_mean_us\n";

void make_run(const char *dir, int is_b)
{
	static const double gain[] = { 100, 101, 99, 100, 102 };
	static const double noisy_a[] = { 100, 150, 80, 120, 90 };
	static const double noisy_b[] = { 110, 90, 140, 95, 130 };
	char *text = tu_fmt("%s", head), *more;
	int rep, seq = 0;

#define ROW(cfg, rw, bs, qd, st, iops, lat)                                                      \
	do {                                                                                     \
		more = tu_fmt("%s%d-x,%d,%s,d,b,%s,%s,%d,1,%d,%s,%.3f,%.3f\n", text, seq, seq, cfg, \
			      rw, bs, qd, rep, st, iops, lat);                                  \
		free(text);                                                                      \
		text = more;                                                                     \
		seq++;                                                                           \
	} while (0)

	for (rep = 1; rep <= 5; rep++) {
		double g = gain[rep - 1];

		/* P1: B 20% faster, its bs written as bytes */
		ROW("ours/null", "randread", is_b ? "4096" : "4k", 1, "ok", g * (is_b ? 1.2 : 1), 10.0);
		/* P2: B 20% slower, latency 20% higher */
		ROW("ours/null", "randread", "4k", 16, "ok", g * (is_b ? 0.8 : 1), is_b ? 12.0 : 10.0);
		/* P3: B steadily 1.5% faster: the interval excludes 1, the change is small */
		ROW("stock/null", "randread", "4k", 1, "ok", is_b ? 101.5 : 100.0, 10.0);
		/* P4: overlapping noise */
		ROW("stock/null", "randread", "4k", 16, "ok", is_b ? noisy_b[rep - 1] : noisy_a[rep - 1], 10.0);
		/* P5 in A only, P6 in B only */
		ROW(is_b ? "stock/ram" : "ours/ram", "randwrite", "64k", 4, "ok", g, 10.0);
		/* P7: every B repetition failed */
		ROW("ours/null", "randwrite", "4k", 1, is_b ? "failed: crashed" : "ok", g, 10.0);
	}
	write_run(dir, icount, text);
	free(text);
}

void write_run(const char *dir, const char *manifest, const char *summary)
{
	char *path;

	mkdir(dir, 0755);
	path = tu_fmt("%s/plan", dir);
	mkdir(path, 0755);
	free(path);
	path = tu_fmt("%s/plan/plan.json", dir);
	tu_write(path, "{ \"format\": 1, \"name\": \"t\", \"baseline\": \"stock\", \"seed\": 1, \"order\": [] }\n");
	free(path);
	path = tu_fmt("%s/summary.csv", dir);
	tu_write(path, summary);
	free(path);
	path = tu_fmt("%s/manifest.json", dir);
	if (manifest)
		tu_write(path, manifest);
	else
		unlink(path);
	free(path);
}

void add_row_status(char **text, const char *driver, int rep, const char *status, double iops)
{
	static int seq;
	char *more = tu_fmt("%s%d-x,%d,%s/null,%s,null,randread,4k,1,1,%d,%s,%.3f,10.000\n", *text,
			    seq, seq, driver, driver, rep, status, iops);

	seq++;
	free(*text);
	*text = more;
}

void add_row(char **text, const char *driver, int rep, double iops)
{
	add_row_status(text, driver, rep, "ok", iops);
}

char *noisy_summary(double scale, const double *drift, double ratio, int with_stock)
{
	static const double jitter[] = { 1.000, 1.004, 0.997, 1.002, 0.998 };
	char *text = tu_fmt("%s", head);
	int rep;

	for (rep = 1; rep <= 5; rep++) {
		/* with_stock 2: stock's second repetition failed, leaving ours' unpaired */
		if (with_stock)
			add_row_status(&text, "stock", rep, with_stock == 2 && rep == 2 ? "failed: x" : "ok",
				       100 * scale * drift[rep - 1]);
		add_row(&text, "ours", rep, 100 * scale * drift[rep - 1] * ratio * jitter[rep - 1]);
	}
	return text;
}

void write_floors(const char *run, const char *rows)
{
	char *path = tu_fmt("%s/aggregate.csv", run);
	char *text = tu_fmt("config,driver,backend,rw,bs,iodepth,numjobs,metric,n,median,ci_lo,ci_hi,"
			    "ratio,ratio_lo,ratio_hi,baseline,backend_ratio,backend_ratio_lo,"
			    "backend_ratio_hi,backend_baseline,flags,ci_level,ratio_n,cv,"
			    "noise_floor,ratio_sig,backend_ratio_sig\n%s", rows);

	tu_write(path, text);
	free(text);
	free(path);
}

int compare(char **output, const char *a, const char *b, const char *o1, const char *o2,
	    const char *o3, const char *o4)
{
	char *argv[] = { (char *)prog, (char *)a, (char *)b, (char *)o1, (char *)o2, (char *)o3,
			 (char *)o4, NULL };

	return tu_run(argv, output);
}

const char *line_of(const char *out, const char *label)
{
	const char *p = out;

	while (p && (p = strstr(p, label))) {
		if (p == out || p[-1] == '\n')
			return p;
		p++;
	}
	return NULL;
}

int line_has(const char *out, const char *label, const char *what)
{
	const char *l = line_of(out, label), *nl = l ? strchr(l, '\n') : NULL;
	const char *w = l ? strstr(l, what) : NULL;

	return w && (!nl || w < nl);
}

void check_widths(const char *out)
{
	const char *p = out, *nl;

	for (; p && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			break;
		CHECK(nl - p < 80, "line of %d columns: %.*s", (int)(nl - p), (int)(nl - p), p);
	}
}

int json_near(const char *out, const char *key, double want, double tol)
{
	char *pat = tu_fmt("\"%s\": ", key);
	const char *p = strstr(out, pat);
	int ok = p && tu_near(strtod(p + strlen(pat), NULL), want, tol);

	free(pat);
	return ok;
}
