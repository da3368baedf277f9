// SPDX-License-Identifier: GPL-2.0-only
/*
 * The summarize test's fixture: what its cases share to build a run folder
 * (a plan from vlab-plan, point folders from the fixtures in DATA_DIR), run
 * vlab-summarize on it and read back what it wrote. The interface and its
 * comments are in summarize_fixture.h.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "summarize_fixture.h"
#include "testutil.h"

const char *plan_prog, *summarize_prog, *data_dir;

int fixture_args(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: %s VLAB_PLAN VLAB_SUMMARIZE DATA_DIR\n", argv[0]);
		return -1;
	}
	plan_prog = argv[1];
	summarize_prog = argv[2];
	data_dir = argv[3];
	return 0;
}

static char *in_dir(const char *dir, const char *id, const char *file)
{
	return tu_fmt("%s/points/%s/%s", dir, id, file);
}

/* RUN.conf holding text, planned into RUN/plan; with --reps reps unless NULL. */
static int plan_text(const char *run, const char *text, const char *reps)
{
	char *sweep = tu_fmt("%s.conf", run), *out = tu_fmt("%s/plan", run);
	char *argv[] = { (char *)plan_prog, "--sweep", sweep, "--out", out,
			 reps ? "--reps" : NULL, (char *)reps, NULL };
	int rc;

	mkdir(run, 0755);
	tu_write(sweep, text);
	rc = tu_run(argv, NULL);
	CHECK(rc == 0, "vlab-plan exited %d", rc);
	free(sweep);
	free(out);
	return rc;
}

int make_plan(const char *run, const char *iodepths, const char *reps)
{
	char *text = tu_fmt("[sweep]\nquestion = Does it work?\nname = unit-sum\nseed = 5\n[driver stock]\nmodule = stock\n"
			    "[driver ours]\nmodule = ours\n[backend null]\ntype = qsd-null\n"
			    "[workload w]\nrw = randread\nbs = 4k\niodepth = %s\n", iodepths);
	int rc = plan_text(run, text, reps);

	free(text);
	return rc;
}

size_t read_ids(const char *run, char **text, char **ids, size_t max)
{
	char *path = tu_fmt("%s/plan/order", run), *save = NULL, *l;
	size_t n = 0;

	*text = tu_slurp(path);
	free(path);
	for (l = *text ? strtok_r(*text, "\n", &save) : NULL; l && n < max;
	     l = strtok_r(NULL, "\n", &save))
		ids[n++] = l;
	return n;
}

size_t plan_sweep(const char *run, const char *sweep, char **text, char **ids, size_t max)
{
	*text = NULL;
	return plan_text(run, sweep, NULL) ? 0 : read_ids(run, text, ids, max);
}

int id_rep(const char *id)
{
	const char *r = strrchr(id, 'r');

	return r ? atoi(r + 1) : 0;
}

void put(const char *run, const char *id, const char *fixture, const char *file)
{
	char *from = tu_fmt("%s/%s", data_dir, fixture), *to = in_dir(run, id, file);

	CHECK(tu_copy(from, to) == 0, "copy %s to %s", from, to);
	free(from);
	free(to);
}

void put_text(const char *run, const char *id, const char *file, const char *text)
{
	char *to = in_dir(run, id, file);

	tu_write(to, text);
	free(to);
}

void mkpoint(const char *run, const char *id)
{
	char *points = tu_fmt("%s/points", run), *dir = tu_fmt("%s/points/%s", run, id);

	mkdir(points, 0755);
	mkdir(dir, 0755);
	free(points);
	free(dir);
}

void populate(const char *run, char **ids, const struct setup *setups, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (setups[i].missing)
			continue;
		mkpoint(run, ids[i]);
		if (setups[i].fixture)
			put(run, ids[i], setups[i].fixture, "fio.json");
		if (setups[i].perf_fio)
			put(run, ids[i], setups[i].perf_fio, "perf-fio.txt");
		if (setups[i].perf_backend)
			put(run, ids[i], setups[i].perf_backend, "perf-backend.txt");
		if (setups[i].status)
			put_text(run, ids[i], "status", setups[i].status);
		if (setups[i].module)
			put_text(run, ids[i], "module", setups[i].module);
		if (setups[i].cpu_json)
			put_text(run, ids[i], "cpu.json", setups[i].cpu_json);
		/* the boot that ran it: a block of 4 per boot; point 4's file is garbage */
		if (i == 4) {
			put_text(run, ids[i], "boot", "4x\n");
		} else {
			char *b = tu_fmt("%zu\n", i / 4 + 1);

			put_text(run, ids[i], "boot", b);
			free(b);
		}
	}
}

char *want_boot(const struct setup *setups, size_t i)
{
	return setups[i].missing || i == 4 ? tu_fmt("%s", "") : tu_fmt("%zu", i / 4 + 1);
}

int summarize(const char *run, char **output)
{
	char *argv[] = { (char *)summarize_prog, (char *)run, NULL };

	return tu_run(argv, output);
}

char *slurp_in(const char *run, const char *name)
{
	char *path = tu_fmt("%s/%s", run, name), *text = tu_slurp(path);

	free(path);
	return text;
}

/* fio-randread.json with its text was replaced by now, as the point's fio.json */
static void put_fio_replaced(const char *run, const char *id, const char *was, const char *now)
{
	char *path = tu_fmt("%s/fio-randread.json", data_dir), *text = tu_slurp(path), *at, *out;

	at = text ? strstr(text, was) : NULL;
	CHECK(at, "%s has no %s", path, was);
	if (at) {
		*at = '\0';
		out = tu_fmt("%s%s%s", text, now, at + strlen(was));
		put_text(run, id, "fio.json", out);
		free(out);
	}
	free(text);
	free(path);
}

void put_fio_iops(const char *run, const char *id, double iops)
{
	char *now = tu_fmt("\"iops\" : %.6f,", iops);

	put_fio_replaced(run, id, "\"iops\" : 14023.976024,", now);
	free(now);
}

void put_fio_lat(const char *run, const char *id, double us)
{
	char *now = tu_fmt("\"mean\" : %.6f,", us * 1000);

	put_fio_replaced(run, id, "\"mean\" : 70159.734649,", now); /* the read clat mean */
	free(now);
}

char *agg_field(const char *text, const char *prefix, int f)
{
	const char *l = strstr(text, prefix), *e;
	int i;

	if (!l)
		return NULL;
	l++; /* past the newline */
	for (i = 0; i < f && l; i++) {
		l = strchr(l, ',');
		l = l ? l + 1 : NULL;
	}
	if (!l)
		return NULL;
	e = l + strcspn(l, ",\n");
	return strndup(l, (size_t)(e - l));
}
