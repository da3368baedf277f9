// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the stage breakdown follows vduse-lat's "breakdown": with
 * vduse-blkd's USDT probes, backend's parts (wake, pop, submit, target,
 * publish, from "backend_stages") are stacked instead of backend, never
 * both. A run as tests/report-stages.c builds one, one driver, three
 * backends, queue depths 1 and 4, two repetitions, records from the
 * fixtures data/vduse-lat-usdt.json (vduse-blkd, USDT) and
 * data/vduse-lat-none.json (qemu-storage-daemon, no USDT):
 *   qsd   without USDT at both depths: the kernel stages;
 *   blkd  USDT at QD 1: the parts; at QD 4 one repetition without USDT:
 *         the row falls back to the kernel stages its records share;
 *   odd   a breakdown naming backend and its parts (QD 1), and one naming
 *         the parts while backend_stages lacks publish (QD 4): both the
 *         kernel stages.
 * charts/stages.csv must carry wake_us ... publish_us and breakdown, and in
 * every row the stages its breakdown names must add up to total; stages.gp
 * must draw backend and the parts only where a row's breakdown names them,
 * each stage in its own colour; REPORT.md and report.html must show the
 * parts' columns, backend in parentheses where the parts are stacked and
 * "-" for parts a row does not stack. Skips without gnuplot.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"
#include "testutil.h"

static const char *plan_prog, *summarize_prog, *report_prog, *data_dir;

static const char *const sweep =
	"[sweep]\nquestion = Does it work?\nname = unit-usdt\nseed = 7\nrepetitions = 2\n"
	"[driver stock]\nmodule = stock\n"
	"[backend qsd]\ntype = qsd-null\n"
	"[backend blkd]\ntype = blkd-null\n"
	"[backend odd]\ntype = blkd-ram\n"
	"[workload w]\nrw = randread\nbs = 4k\niodepth = 1, 4\n";

#define KERNEL "queue map kick backend irq complete"
#define USDT "queue map kick wake pop submit target publish irq complete"

/* Every stage a bar can stack: ebpf/lib/stages.def's, by its order, but
 * total, which is last there. */
static const char *const stacked[] = {
#define VLAB_STAGE(ID, name, group, order, help) [order - 1] = name,
#include "stages.def"
};
#define NSTACKED (sizeof(stacked) / sizeof(stacked[0]) - 1)

struct expect {
	const char *config;
	long qd;
	const char *breakdown;
	double backend, wake, total;	/* wake < 0: NaN */
};
static const struct expect want[] = {
	{ "stock/qsd", 1, KERNEL, 907.1, -1, 2207.1 },
	{ "stock/qsd", 4, KERNEL, 907.1, -1, 2207.1 },
	{ "stock/blkd", 1, USDT, 1550.0, 924.0, 3205.7 },
	/* median of two = their mean; wake only from the USDT repetition */
	{ "stock/blkd", 4, KERNEL, (1550.0 + 907.1) / 2, 924.0, (3205.7 + 2207.1) / 2 },
	{ "stock/odd", 1, KERNEL, 1550.0, 924.0, 3205.7 },
	{ "stock/odd", 4, KERNEL, 1550.0, 924.0, 3205.7 },
};
#define NWANT (sizeof(want) / sizeof(want[0]))

static char *slurp_in(const char *dir, const char *name)
{
	char *path = tu_fmt("%s/%s", dir, name), *text = tu_slurp(path);

	free(path);
	return text;
}

static int run(char *const argv[], int want_rc, const char *what)
{
	char *output = NULL;
	int rc = tu_run(argv, &output);

	CHECK(rc == want_rc, "%s exited %d, expected %d: %s", what, rc, want_rc, output);
	free(output);
	return rc == want_rc ? 0 : -1;
}

static void put(const char *run_dir, const char *id, const char *fixture, const char *file)
{
	char *from = tu_fmt("%s/%s", data_dir, fixture);
	char *to = tu_fmt("%s/points/%s/%s", run_dir, id, file);

	CHECK(tu_copy(from, to) == 0, "copy %s", from);
	free(from);
	free(to);
}

/* text with the one occurrence of from replaced by to, malloc'd */
static char *replace(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);

	CHECK(at != NULL, "fixture lacks [%s]", from);
	if (!at)
		return tu_fmt("%s", text);
	return tu_fmt("%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
}

static void put_probe(const char *dir, const char *id)
{
	int blkd = strstr(id, "-blkd-") != NULL, odd = strstr(id, "-odd-") != NULL;
	int qd4 = strstr(id, "-qd4-") != NULL, rep2 = id[strlen(id) - 1] == '2';
	char *usdt, *text, *path;

	if (!blkd && !odd) {
		put(dir, id, "vduse-lat-none.json", "vduse-lat.json");
		return;
	}
	if (blkd) {
		put(dir, id, qd4 && rep2 ? "vduse-lat-none.json" : "vduse-lat-usdt.json",
		    "vduse-lat.json");
		return;
	}
	path = tu_fmt("%s/%s", data_dir, "vduse-lat-usdt.json");
	usdt = tu_slurp(path);
	free(path);
	CHECK(usdt != NULL, "no data/vduse-lat-usdt.json");
	if (!usdt)
		return;
	if (!qd4)
		text = replace(usdt, "\"breakdown\":[\"queue\",\"map\",\"kick\",",
			       "\"breakdown\":[\"queue\",\"map\",\"kick\",\"backend\",");
	else
		text = replace(usdt, "\"publish\":{\"count\"", "\"publisx\":{\"count\"");
	path = tu_fmt("%s/points/%s/vduse-lat.json", dir, id);
	tu_write(path, text);
	free(path);
	free(text);
	free(usdt);
}

static int build_run(const char *dir)
{
	char *conf = tu_fmt("%s.conf", dir), *plan = tu_fmt("%s/plan", dir), *path, *order, *id;
	char *save = NULL;
	char *pargv[] = { (char *)plan_prog, "--sweep", conf, "--out", plan, NULL };
	char *sargv[] = { (char *)summarize_prog, (char *)dir, NULL };
	int ret = -1;

	mkdir(dir, 0755);
	path = tu_fmt("%s/points", dir);
	mkdir(path, 0755);
	free(path);
	tu_write(conf, sweep);
	if (run(pargv, 0, "vlab-plan"))
		goto out;
	order = slurp_in(plan, "order");
	CHECK(order != NULL, "no plan/order");
	for (id = order ? strtok_r(order, "\n", &save) : NULL; id; id = strtok_r(NULL, "\n", &save)) {
		path = tu_fmt("%s/points/%s", dir, id);
		mkdir(path, 0755);
		free(path);
		put(dir, id, "fio-randread.json", "fio.json");
		put(dir, id, "perf-dd.txt", "perf-fio.txt");
		put(dir, id, "perf-sleep.txt", "perf-backend.txt");
		path = tu_fmt("%s/points/%s/status", dir, id);
		tu_write(path, "ok\n");
		free(path);
		put_probe(dir, id);
	}
	free(order);
	path = tu_fmt("%s/manifest.json", dir);
	tu_write(path, "{ \"name\": \"unit-usdt\", \"accelerator\": \"tcg\" }\n");
	free(path);
	ret = run(sargv, 0, "vlab-summarize");
out:
	free(conf);
	free(plan);
	return ret;
}

static double cell_num(const struct vlab_csv *csv, char **row, const char *col)
{
	int c = vlab_csv_col(csv, col);

	return c < 0 ? -1e9 : strtod(row[c], NULL);
}

/* The sum of the row's stages its breakdown names: what its bar stacks. */
static double stacked_sum(const struct vlab_csv *csv, char **row, const char *breakdown)
{
	char *copy = tu_fmt("%s", breakdown), *save = NULL, *name, *col;
	double sum = 0;

	for (name = strtok_r(copy, " ", &save); name; name = strtok_r(NULL, " ", &save)) {
		col = tu_fmt("%s_us", name);
		sum += cell_num(csv, row, col);
		free(col);
	}
	free(copy);
	return sum;
}

static void check_csv(const char *dir)
{
	static const char *const added[] = {
		"wake_us", "pop_us", "submit_us", "target_us", "publish_us", "breakdown",
	};
	char *path = tu_fmt("%s/charts/stages.csv", dir), **row;
	struct vlab_csv csv = { 0 };
	size_t i, k, found;
	int cc, cq, cbd;

	CHECK(vlab_csv_read(path, &csv) == 0, "cannot read %s", path);
	/* appended after ios_ratio (column 15), in this order */
	for (k = 0; k < sizeof(added) / sizeof(added[0]); k++)
		CHECK(vlab_csv_col(&csv, added[k]) == 15 + (int)k, "stages.csv: %s is column %d",
		      added[k], vlab_csv_col(&csv, added[k]));
	cc = vlab_csv_col(&csv, "config");
	cq = vlab_csv_col(&csv, "iodepth");
	cbd = vlab_csv_col(&csv, "breakdown");
	CHECK(csv.nrows == NWANT, "stages.csv has %zu rows, expected %zu", csv.nrows, NWANT);
	for (k = 0; cc >= 0 && cq >= 0 && cbd >= 0 && k < NWANT; k++) {
		const struct expect *e = &want[k];

		for (i = 0, found = 0; i < csv.nrows; i++) {
			row = csv.rows[i];
			if (strcmp(row[cc], e->config) || atol(row[cq]) != e->qd)
				continue;
			found++;
			CHECK(!strcmp(row[cbd], e->breakdown), "%s qd%ld breakdown '%s', expected '%s'",
			      e->config, e->qd, row[cbd], e->breakdown);
			CHECK_NEAR(cell_num(&csv, row, "n"), 2, 0);
			CHECK_NEAR(cell_num(&csv, row, "backend_us"), e->backend, 0.0015);
			CHECK_NEAR(cell_num(&csv, row, "total_us"), e->total, 0.0015);
			if (e->wake < 0)
				CHECK(!strcmp(row[vlab_csv_col(&csv, "wake_us")], "NaN"),
				      "%s qd%ld wake_us '%s', expected NaN", e->config, e->qd,
				      row[vlab_csv_col(&csv, "wake_us")]);
			else
				CHECK_NEAR(cell_num(&csv, row, "wake_us"), e->wake, 0.0015);
			/* the bar: each stage once, so it adds up to the total (fixtures' sums) */
			CHECK(tu_near(stacked_sum(&csv, row, row[cbd]), e->total, 0.25),
			      "%s qd%ld: the stages of '%s' add up to %.3f, total %.3f", e->config,
			      e->qd, row[cbd], stacked_sum(&csv, row, row[cbd]), e->total);
		}
		CHECK(found == 1, "stages.csv has %zu rows for %s qd%ld", found, e->config, e->qd);
	}
	vlab_csv_free(&csv);
	free(path);
}

static void check_gp(const char *dir)
{
	char *gp = slurp_in(dir, "charts/stages.gp"), *want, *colour, *at;
	size_t i, k;

	CHECK(gp != NULL, "no charts/stages.gp");
	if (!gp)
		return;
	/* stages every bar stacks: the plain column; the first names the bar */
	CHECK(strstr(gp, "using 8:xtic(5) linecolor rgb '#E69F00' title 'queue'") != NULL,
	      "stages.gp: queue is not a plain column:\n%s", gp);
	/* backend and its parts: only where the row's breakdown names them */
	CHECK(strstr(gp, "using (strstrt(' '.strcol(21).' ', ' backend ') ? column(11) : 0)") &&
	      strstr(gp, "using (strstrt(' '.strcol(21).' ', ' wake ') ? column(16) : 0)") &&
	      strstr(gp, "using (strstrt(' '.strcol(21).' ', ' publish ') ? column(20) : 0)"),
	      "stages.gp does not pick backend or its parts by the breakdown:\n%s", gp);
	for (i = 0; i < NSTACKED; i++) {
		want = tu_fmt("title '%s'", stacked[i]);
		CHECK(strstr(gp, want) != NULL, "stages.gp lacks [%s]", want);
		free(want);
	}
	/* eleven stages, eleven colours, none shared */
	for (i = 0; i < NSTACKED; i++) {
		want = tu_fmt("title '%s'", stacked[i]);
		at = strstr(gp, want);
		free(want);
		if (!at)
			continue;
		while (at > gp && strncmp(at, "rgb '", 5))
			at--;
		colour = tu_fmt("%.7s", at + 5);
		for (k = 0; k < NSTACKED; k++) {
			want = tu_fmt("rgb '%s' title '%s'", colour, stacked[k]);
			CHECK((k == i) == (strstr(gp, want) != NULL),
			      "stages.gp: colour %s for %s and %s", colour, stacked[i], stacked[k]);
			free(want);
		}
		free(colour);
	}
	free(gp);
}

int main(int argc, char **argv)
{
	static const char *const want_md[] = {
		"| QD | Configuration | n | queue (us) | map (us) | kick (us) | backend (us) | "
		"wake (us) | pop (us) | submit (us) | target (us) | publish (us) | irq (us) | "
		"complete (us) | total (us) | probe I/Os / fio I/Os |\n",
		"| 1 | stock/blkd | 2 | 52.4 | 103.8 | 39.4 | (1550.0) | 924.0 | 192.9 | 16.4 | "
		"349.2 | 67.5 | 1398.5 | 61.6 | 3205.7 | 1.000 |\n",
		"| 1 | stock/qsd | 2 | 19.4 | 97.3 | 14.3 | 907.1 | - | - | - | - | - | 1072.7 | "
		"96.3 | 2207.1 | 1.000 |\n",
		"| 1 | stock/odd | 2 | 52.4 | 103.8 | 39.4 | 1550.0 | - | - | - | - | - | 1398.5 | "
		"61.6 | 3205.7 | 1.000 |\n",
		"backend stage is split into its parts, stacked instead of it",
		"](charts/stages-randread-4k-j1.png)",
	};
	static const char *const want_html[] = {
		"<th>wake (us)</th><th>pop (us)</th><th>submit (us)</th><th>target (us)</th>"
		"<th>publish (us)</th><th>irq (us)</th>",
		"<td>stock/blkd</td><td class=\"r\">2</td><td class=\"r\">52.4</td><td class=\"r\">"
		"103.8</td><td class=\"r\">39.4</td><td class=\"r\">(1550.0)</td><td class=\"r\">"
		"924.0</td>",
	};
	char *dir, *r, *md, *html, *png;
	char *rargv[] = { NULL, NULL, NULL };
	size_t i;

	if (argc != 5) {
		fprintf(stderr, "usage: %s VLAB_PLAN VLAB_SUMMARIZE VLAB_REPORT DATA_DIR\n", argv[0]);
		return T_FAIL;
	}
	if (!tu_have_program("gnuplot")) {
		printf("SKIP: gnuplot is not installed, so vlab-report cannot draw its charts\n");
		return T_SKIP;
	}
	plan_prog = argv[1];
	summarize_prog = argv[2];
	report_prog = argv[3];
	data_dir = argv[4];
	dir = tu_scratch();
	r = tu_fmt("%s/run", dir);
	rargv[0] = (char *)report_prog;
	rargv[1] = r;
	if (!build_run(r) && !run(rargv, 0, "vlab-report")) {
		check_csv(r);
		check_gp(r);
		png = slurp_in(r, "charts/stages-randread-4k-j1.png");
		CHECK(png && !memcmp(png, "\x89PNG", 4), "no stage chart PNG");
		free(png);
		md = slurp_in(r, "REPORT.md");
		html = slurp_in(r, "report.html");
		for (i = 0; i < sizeof(want_md) / sizeof(want_md[0]); i++)
			CHECK(md && strstr(md, want_md[i]), "REPORT.md lacks [%s]:\n%s", want_md[i], md);
		for (i = 0; i < sizeof(want_html) / sizeof(want_html[0]); i++)
			CHECK(html && strstr(html, want_html[i]), "report.html lacks [%s]", want_html[i]);
		free(md);
		free(html);
	}
	free(r);
	tu_scratch_done(dir);
	return tu_result("report-usdt");
}
