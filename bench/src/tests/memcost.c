// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: a run's memory cost from each point's device.json. Our
 * module's counters become bytes in summary.csv (bounce_size, kernel pages
 * x page_size, 2 MiB pages x huge_page_size, umem_bytes, kernel + user);
 * the stock module's record (bounce_size only) and a point without
 * device.json leave the memory cells empty, never 0. aggregate.csv's
 * memory metrics over repetitions that agree exactly: a median with a
 * zero-width interval, cv 0, a paired ratio with a zero-width t interval
 * that is significant when it is not 1 and not when it is 1, and an A/A
 * noise floor of 0. REPORT.md's "Memory cost" prints the budget and the
 * memory beside the IOPS, and "not reported by the stock module" for stock.
 * vlab-compare on mem_bytes: identical runs differ nowhere; a doubled
 * prealloc budget is a significant change for the worse.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "summarize_fixture.h"
#include "testutil.h"

static const char *report_prog, *compare_prog;

static const char *const sweep =
	"[sweep]\nquestion = What does memory cost?\nname = unit-mem\nseed = 5\nrepetitions = 3\n"
	"baseline = ours\ncontrol = a2\n"
	"[driver stock]\nmodule = stock\n[driver ours]\nmodule = ours\n[driver a2]\nmodule = ours\n"
	"[driver pre]\nmodule = ours\nknobs = bounce_strategy=prealloc bounce_size=4194304\n"
	"[driver hp]\nmodule = ours\nknobs = bounce_strategy=hugepage bounce_size=1048576\n"
	"[backend null]\ntype = qsd-null\n[workload w]\nrw = randread\nbs = 4k\niodepth = 1\n";

#define MANIFEST "{ \"format\": 1, \"accelerator\": \"tcg\", \"clock\": { \"name\": \"icount\", " \
	"\"requested\": \"auto\", \"label\": \"icount\", \"accelerator\": \"tcg\", "            \
	"\"tcg_thread\": \"single\", \"icount_shift\": 2 } }\n"

/* Our module's record: pages of page_size, huge 2 MiB pages, umem bytes. */
static char *ours_json(const char *strategy, long size, long pages, long huge, long umem)
{
	return tu_fmt("{ \"device\": \"vduse0\", \"unsafe\": 0, \"umem_bytes\": %ld, "
		      "\"bounce_strategy\": \"%s\", \"bounce_size\": %ld, \"bounce_pages\": %ld, "
		      "\"bounce_huge_pages\": %ld, \"page_size\": 4096, \"huge_page_size\": 2097152 }\n",
		      umem, strategy, size, pages, huge);
}

/* A run of 15 points; prealloc's counter says pre_pages pages. 0 on success. */
static int make_run(const char *run, long pre_pages, char **ids, size_t *n, char **order)
{
	char *conf = tu_fmt("%s.conf", run), *out = tu_fmt("%s/plan", run), *dev, *path;
	char *argv[] = { (char *)plan_prog, "--sweep", conf, "--out", out, NULL };
	size_t i;
	int rc;

	mkdir(run, 0755);
	tu_write(conf, sweep);
	rc = tu_run(argv, NULL);
	CHECK(rc == 0, "vlab-plan exited %d", rc);
	*n = rc ? 0 : read_ids(run, order, ids, 15);
	CHECK(*n == 15, "%zu points planned", *n);
	for (i = 0; i < *n; i++) {
		mkpoint(run, ids[i]);
		put(run, ids[i], "fio-randread.json", "fio.json");
		put_text(run, ids[i], "status", "ok\n");
		if (strstr(ids[i], "-stock-") && strstr(ids[i], "-r3"))
			continue; /* no record at all */
		if (strstr(ids[i], "-stock-"))
			dev = tu_fmt("{ \"device\": \"vduse0\", \"bounce_size\": 67108864 }\n");
		else if (strstr(ids[i], "-pre-"))
			dev = ours_json("prealloc", 4194304, pre_pages, 0, 0);
		else if (strstr(ids[i], "-hp-"))
			dev = ours_json("hugepage", 1048576, 512, 1, 1048576);
		else
			dev = ours_json("lazy", 67108864, 256, 0, 0);
		put_text(run, ids[i], "device.json", dev);
		free(dev);
	}
	path = tu_fmt("%s/manifest.json", run);
	tu_write(path, MANIFEST);
	free(path);
	free(conf);
	free(out);
	return rc || *n != 15;
}

static void check_summary(const char *run, char **ids, size_t n)
{
	char *text = slurp_in(run, "summary.csv"), *want;
	const char *tail, *line;
	size_t i;

	CHECK(text && strstr(text, ",boot,bounce_size,mem_kernel_bytes,mem_huge_bytes,"
				   "mem_umem_bytes,mem_bytes,"), "summary.csv header: %s", text);
	for (i = 0; text && i < n; i++) {
		if (strstr(ids[i], "-stock-"))
			tail = strstr(ids[i], "-r3") ? ",,,,,,,\n" : ",67108864,,,,,,\n";
		else if (strstr(ids[i], "-pre-"))
			tail = ",4194304,4194304,0,0,4194304,,\n";
		else if (strstr(ids[i], "-hp-"))
			tail = ",1048576,2097152,2097152,1048576,3145728,,\n";
		else
			tail = ",67108864,1048576,0,0,1048576,,\n";
		line = strstr(text, ids[i]);
		want = line ? strchr(line, '\n') : NULL;
		CHECK(want && want + 1 - strlen(tail) > line &&
		      !strncmp(want + 1 - strlen(tail), tail, strlen(tail)),
		      "summary.csv row %s does not end in %s", ids[i], tail);
	}
	free(text);
}

static void check_aggregate(const char *run)
{
	static const char *const want[] = {
		/* all three repetitions agree: a zero-width interval, cv 0, floor 0 */
		"\npre/null,pre,null,randread,4k,1,1,mem_bytes,3,4194304.000,4194304.000,"
		"4194304.000,4.0000,4.0000,4.0000,ours/null,,,,,,0.75,3,0.0000,0.0000,1,\n",
		/* the A/A control: exactly 1, not significant */
		"\na2/null,a2,null,randread,4k,1,1,mem_bytes,3,1048576.000,1048576.000,"
		"1048576.000,1.0000,1.0000,1.0000,ours/null,,,,,,0.75,3,0.0000,0.0000,0,\n",
		"\nhp/null,hp,null,randread,4k,1,1,mem_huge_bytes,3,2097152.000,",
		"\nhp/null,hp,null,randread,4k,1,1,mem_umem_bytes,3,1048576.000,",
		"\nhp/null,hp,null,randread,4k,1,1,mem_bytes,3,3145728.000,",
		/* the stock module reports none: no median, no ratio */
		"\nstock/null,stock,null,randread,4k,1,1,mem_bytes,0,,,,,,,ours/null,",
		"\nstock/null,stock,null,randread,4k,1,1,mem_kernel_bytes,0,,,,,,,ours/null,",
		/* the same IOPS everywhere: a ratio of exactly 1, not significant */
		"\npre/null,pre,null,randread,4k,1,1,iops,3,14023.976,14023.976,14023.976,1.0000,"
		"1.0000,1.0000,ours/null,,,,,,0.75,3,0.0000,0.0000,0,\n",
	};
	char *text = slurp_in(run, "aggregate.csv");
	size_t i;

	for (i = 0; text && i < sizeof(want) / sizeof(want[0]); i++)
		CHECK(strstr(text, want[i]), "aggregate.csv lacks%s", want[i]);
	free(text);
}

static void check_report(const char *run)
{
	char *argv[] = { (char *)report_prog, (char *)run, NULL }, *out = NULL, *md;
	int rc = tu_run(argv, &out);

	CHECK(rc == 0, "vlab-report exited %d: %s", rc, out);
	md = slurp_in(run, "REPORT.md");
	CHECK(md && strstr(md, "## Memory cost"), "REPORT.md has no memory section");
	CHECK(md && strstr(md, "| randread 4k, 1 job(s) | 1 | stock/null | 14024 | 64 | "
				 "not reported by the stock module | - | - | - |"),
	      "REPORT.md: no stock row saying it is not reported:\n%s", md ? md : "(none)");
	CHECK(md && strstr(md, "| randread 4k, 1 job(s) | 1 | pre/null | 14024 | 4 | 4.00 | 4.00 "
				 "| 0.00 | 0.00 |"), "REPORT.md: no prealloc row of 4 MiB");
	CHECK(md && strstr(md, "| hp/null | 14024 | 1 | 3.00 | 2.00 | 2.00 | 1.00 |"),
	      "REPORT.md: no hugepage row of 2 MiB kernel + 1 MiB user");
	free(md);
	free(out);
}

static void check_compare(const char *a, const char *b)
{
	char *argv[] = { (char *)compare_prog, (char *)a, (char *)b, "--metric", "mem_bytes",
			 "--json", NULL };
	char *out = NULL;
	const char *l;
	int rc = tu_run(argv, &out);

	CHECK(rc == 0, "vlab-compare exited %d: %s", rc, out);
	l = out ? strstr(out, "\"config\": \"pre/null\"") : NULL;
	CHECK(l && strstr(l, "\"ratio\": 2, \"ci_lo\": 2, \"ci_hi\": 2") &&
	      strstr(l, "\"significant\": true"), "pre's doubled memory: %s", l ? l : out);
	l = out ? strstr(out, "\"config\": \"ours/null\"") : NULL;
	CHECK(l && strstr(l, "\"ratio\": 1, \"ci_lo\": 1, \"ci_hi\": 1") &&
	      strstr(l, "\"significant\": false"), "ours' equal memory: %s", l ? l : out);
	free(out);
	argv[2] = (char *)a;
	rc = tu_run(argv, &out);
	CHECK(rc == 0 && out && !strstr(out, "\"significant\": true"),
	      "a run against itself: exit %d: %s", rc, out);
	free(out);
}

int main(int argc, char **argv)
{
	const char **args[] = { &plan_prog, &summarize_prog, &report_prog, &compare_prog, &data_dir };
	char *dir, *a, *b, *ids[15], *ids_b[15], *order = NULL, *order_b = NULL, *out = NULL;
	size_t n = 0, nb = 0, i;
	int rc;

	if (argc != 1 + (int)(sizeof(args) / sizeof(args[0]))) {
		fprintf(stderr, "usage: %s VLAB_PLAN VLAB_SUMMARIZE VLAB_REPORT VLAB_COMPARE DATA_DIR\n",
			argv[0]);
		return T_FAIL;
	}
	for (i = 0; i < sizeof(args) / sizeof(args[0]); i++)
		*args[i] = argv[i + 1];
	dir = tu_scratch();
	a = tu_fmt("%s/a", dir);
	b = tu_fmt("%s/b", dir);
	if (!make_run(a, 1024, ids, &n, &order) && !make_run(b, 2048, ids_b, &nb, &order_b)) {
		rc = summarize(a, &out);
		CHECK(rc == 0, "vlab-summarize exited %d: %s", rc, out);
		free(out);
		rc = summarize(b, &out);
		CHECK(rc == 0, "vlab-summarize B exited %d: %s", rc, out);
		free(out);
		check_summary(a, ids, n);
		check_aggregate(a);
		check_report(a);
		check_compare(a, b);
	}
	free(order);
	free(order_b);
	free(a);
	free(b);
	tu_scratch_done(dir);
	return tu_result("memcost");
}
