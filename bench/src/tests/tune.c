// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vlab-tune's rules, on the library alone: the memory each
 * strategy may hold against the budget, the knob values the screen tries
 * and leaves out under a budget and without --allow-unsafe (each named
 * with why), the daemon options per clock and backend, a k=v list kept in
 * kernel/knobs.def's order, a win (significant and better, per the
 * metric's direction, as read from a run, whose stage is checked), the
 * order of winners with ties broken by name, a fio job file mapped or
 * refused naming the option, and the request's note read back as written.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"
#include "tune_conf.h"
#include "tune_req.h"
#include "tune_run.h"
#include "tune_space.h"

static struct tune_req req(const char *budget_m, int unsafe, const char *clock, const char *backend)
{
	struct tune_req r = { .queues = 1, .rwmixread = -1 };
	char why[256];

	r.budget = strtoull(budget_m, NULL, 10) << 20;
	r.allow_unsafe = unsafe;
	snprintf(r.clock, sizeof(r.clock), "%s", clock);
	snprintf(r.backend, sizeof(r.backend), "%s", backend);
	snprintf(r.metric, sizeof(r.metric), "iops");
	CHECK(!tune_req_preset(&r, "oltp", why, sizeof(why)), "oltp: %s", why);
	return r;
}

/* The names the screen tries, blank separated, and what it printed about the rest */
static char *names(const struct tune_req *r, int daemon, char **notes)
{
	struct tune_cand c[TUNE_MAX_CANDS];
	char *buf = NULL, *out = calloc(1, 1024);
	size_t used = 0;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int n, i;

	n = daemon ? tune_space_daemon(r, c, f) : tune_space_knobs(r, c, f);
	fclose(f);
	CHECK(n >= 0, "too many candidates");
	for (i = 0; i < n; i++)
		used += snprintf(out + used, 1024 - used, "%s%s", i ? " " : "", c[i].name);
	*notes = buf;
	return out;
}

static void held(void)
{
	CHECK(tune_held("") == 64u << 20, "the defaults: lazy, up to 64 MiB");
	CHECK(tune_held("bounce_size=16777216") == 16u << 20, "lazy: up to bounce_size");
	CHECK(tune_held("bounce_size=16777216 bounce_strategy=prealloc") == 16u << 20,
	      "prealloc: all of bounce_size");
	CHECK(tune_held("bounce_size=1048576 bounce_strategy=hugepage") == 2u << 20,
	      "hugepage: rounded up to 2 MiB");
	CHECK(tune_held("bounce_size=3145728 bounce_strategy=hugepage") == 4u << 20,
	      "hugepage: 3 MiB holds 4");
	CHECK(tune_held("bounce_size=1048576 bounce_strategy=umem") == 2u << 20,
	      "umem: kernel pages and the registered region");
	CHECK(tune_held("bounce_strategy=direct") == 0, "direct: none");
	CHECK(tune_base_size(16u << 20) == 16u << 20 && tune_base_size(1u << 30) == 64u << 20 &&
	      tune_base_size((16u << 20) + 5) == 16u << 20,
	      "the defaults' size: the budget in whole pages, at most the default");
}

static void kv(void)
{
	char list[TUNE_KV_LEN] = "", v[32];

	CHECK(!tune_kv_set(list, sizeof(list), "kick_mode", "work") &&
	      !tune_kv_set(list, sizeof(list), "bounce_strategy", "prealloc") &&
	      !tune_kv_set(list, sizeof(list), "bounce_size", "4194304") &&
	      !tune_kv_set(list, sizeof(list), "kick_mode", "coalesce"), "set");
	CHECK(!strcmp(list, "bounce_strategy=prealloc bounce_size=4194304 kick_mode=coalesce"),
	      "a key set again is replaced, not repeated: '%s'", list);
	tune_kv_sort(list, sizeof(list));
	CHECK(!strcmp(list, "bounce_size=4194304 bounce_strategy=prealloc kick_mode=coalesce"),
	      "sorted into kernel/knobs.def's order: '%s'", list);
	CHECK(!tune_kv_get(list, "bounce_strategy", v, sizeof(v)) && !strcmp(v, "prealloc"), "get");
	CHECK(tune_kv_get(list, "bounce", v, sizeof(v)), "a prefix of a key is not the key");
}

/* Does every '|'-separated word of want occur in text (none of them, with absent)? */
static int has_all(const char *text, const char *want, int absent)
{
	char *copy = strdup(want), *save = NULL, *w;
	int ok = 1;

	for (w = strtok_r(copy, "|", &save); w; w = strtok_r(NULL, "|", &save))
		ok &= (strstr(text, w) == NULL) == absent;
	free(copy);
	return ok;
}

static void screen_space(void)
{
	static const struct {
		const char *budget_m, *clock, *backend;
		int unsafe, daemon;
		const char *tried, *not_tried, *said, *why;
	} cases[] = {
		{ "16", "icount", "blkd-ram", 0, 0,
		  "bounce-prealloc|bounce-hugepage|kick-work|copy-nocache|size-1m size-4m",
		  "bounce-direct|bounce-umem",
		  "bounce_strategy=direct: unsafe|--allow-unsafe|bounce_size=67108864: over the budget of 16777216",
		  "16M: each enum value but the default, sizes 1/16 and 1/4; no direct, no umem" },
		{ "16", "icount", "blkd-ram", 1, 0, "bounce-direct", "bounce-umem", "",
		  "--allow-unsafe: direct is tried" },
		{ "3", "icount", "blkd-ram", 0, 0, "bounce-prealloc", "hugepage|size-",
		  "bounce_strategy=hugepage: holds up to 4194304 bytes, over the budget of 3145728",
		  "3M: hugepage would hold 4 MiB; no size of 1 MiB or more at 1/4" },
		{ "1", "icount", "blkd-ram", 0, 0, "kick-work", "hugepage|size-", "",
		  "1M: no hugepage (it holds 2 MiB), no other size" },
		{ "16", "icount", "blkd-ram", 0, 1, "batch-1 batch-us-20 irq-affinity-away", "poll",
		  "--poll-us 50: polling", "icount: no polling, said" },
		{ "16", "wall", "blkd-ram", 0, 1, "poll-us-50|batch-1", "", "", "wall: polling too" },
		{ "16", "icount", "qsd-ram", 0, 1, "", "batch|irq|poll", "qsd-ram is not vduse-blkd",
		  "no daemon options for qsd" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct tune_req r = req(cases[i].budget_m, cases[i].unsafe, cases[i].clock,
					cases[i].backend);
		char *notes, *n = names(&r, cases[i].daemon, &notes);

		CHECK(has_all(n, cases[i].tried, 0) && has_all(n, cases[i].not_tried, 1) &&
		      has_all(notes, cases[i].said, 0), "%s: tried '%s', notes: %s", cases[i].why, n,
		      notes);
		free(n), free(notes);
	}
}

static void wins(void)
{
	struct tune_score s[3] = {
		{ .name = "kick-work", .turned = 1.1, .turned_lo = 1.05, .sig = 1 },
		{ .name = "bounce-prealloc", .turned = 1.1, .turned_lo = 1.05, .sig = 1 },
		{ .name = "iova-plain", .turned = 1.2, .turned_lo = 1.15, .sig = 1 },
	}, t = { .turned = 1.5, .turned_lo = 0.9, .sig = 0 },
	   u = { .turned = 0.8, .turned_lo = 0.75, .sig = 1 },
	   small = { .turned = 1 + TUNE_MIN_GAIN / 2, .turned_lo = 1 + TUNE_MIN_GAIN / 4, .sig = 1 },
	   edge = { .turned = 1 + 2 * TUNE_MIN_GAIN, .turned_lo = 1 + TUNE_MIN_GAIN, .sig = 1 },
	   /* an estimate either side of the line, the interval across it */
	   above = { .turned = 1.0105, .turned_lo = 1.0073, .sig = 1 },
	   below = { .turned = 1.0098, .turned_lo = 1.0087, .sig = 1 };

	CHECK(tune_is_win(&s[0]) && !tune_is_win(&t) && !tune_is_win(&u),
	      "a win is significant and better; not significant or worse is none");
	CHECK(!tune_is_win(&small) && tune_is_win(&edge),
	      "a significant gain below TUNE_MIN_GAIN is no win; one whose interval clears it is");
	CHECK(!tune_is_win(&above) && !tune_is_win(&below),
	      "a gain whose interval reaches below TUNE_MIN_GAIN is no win, whichever side its estimate lies");
	CHECK(strstr(tune_verdict(&s[0]), "faster") && strstr(tune_verdict(&t), "not distinguishable") &&
	      strstr(tune_verdict(&u), "SLOWER than the stock module") &&
	      strstr(tune_verdict(&u), "keep the stock module"),
	      "the verdict: faster, not distinguishable, slower (keep stock)");
	qsort(s, 3, sizeof(s[0]), tune_score_cmp);
	CHECK(!strcmp(s[0].name, "iova-plain") && !strcmp(s[1].name, "bounce-prealloc") &&
	      !strcmp(s[2].name, "kick-work"), "best first, a tie by name: %s %s %s", s[0].name,
	      s[1].name, s[2].name);
}

/* A latency metric wins lower: the ratio read from a run is turned by metrics.def's direction */
static void lower_better(void)
{
	char *dir = tu_scratch(), why[512];
	struct tune_run run;
	struct tune_score a, b;

	mkdir(tu_fmt("%s/plan", dir), 0755);
	tu_write(tu_fmt("%s/plan/plan.json", dir),
		 "{ \"format\": 1, \"name\": \"tune-combine\", \"baseline\": \"ours\", \"seed\": 27,"
		 " \"order\": [], \"sweep_file\": \"# vlab-tune: preset=oltp rw=randrw bs=4k iodepth=32"
		 " numjobs=1 rwmixread=70 runtime=0 ramp=0 budget=16777216 queues=1 backend=blkd-ram unsafe=0"
		 " clock=icount metric=lat_mean_us\\n\" }\n");
	tu_write(tu_fmt("%s/aggregate.csv", dir),
		 "driver,backend,metric,ratio,ratio_lo,ratio_hi,ratio_sig,backend_ratio,backend_ratio_lo,backend_ratio_hi,backend_ratio_sig\n"
		 "faster,base,lat_mean_us,0.8,0.75,0.85,1,,,,\n"
		 "slower,base,lat_mean_us,1.2,1.15,1.25,1,,,,\n"
		 "reach,base,lat_mean_us,0.995,0.985,1.005,0,,,,\n"
		 "short,base,lat_mean_us,1.0,0.995,1.005,0,,,,\n"
		 "faster,base,iops,0.5,0.4,0.6,1,,,,\n");
	CHECK(!tune_run_load(dir, "combine", &run, why, sizeof(why)), "load: %s", why);
	CHECK(!tune_run_score(&run, 0, "faster", "base", &a, why, sizeof(why)) &&
	      !tune_run_score(&run, 0, "slower", "base", &b, why, sizeof(why)), "score: %s", why);
	CHECK(tune_is_win(&a) && !tune_is_win(&b) && tu_near(a.turned, 1.25, 1e-9) &&
	      tu_near(a.turned_lo, 1 / 0.85, 1e-9),
	      "lower latency wins (turned %g, its interval's worse end %g), higher loses (%g)",
	      a.turned, a.turned_lo, b.turned);
	CHECK(tune_could_win(&a) && !tune_could_win(&b),
	      "the recheck takes the faster, not the slower");
	CHECK(!tune_run_score(&run, 0, "reach", "base", &a, why, sizeof(why)) &&
	      !tune_run_score(&run, 0, "short", "base", &b, why, sizeof(why)), "score: %s", why);
	CHECK(!tune_is_win(&a) && tune_could_win(&a) && tu_near(a.turned_hi, 1 / 0.985, 1e-9) &&
	      !tune_could_win(&b),
	      "latency: an interval whose better end (%g) is 1%% under the defaults' could win; one whose better end is %g could not",
	      a.turned_hi, b.turned_hi);
	tune_run_free(&run);
	CHECK(tune_run_load(dir, "confirm", &run, why, sizeof(why)) &&
	      strstr(why, "is a run of sweep 'tune-combine'; expected tune-confirm"), "wrong stage: %s", why);
	tune_run_free(&run);
	tu_scratch_done(dir);
}

static void job(const char *text, int ok, const char *expect)
{
	char *dir = tu_scratch(), *path = tu_fmt("%s/job.fio", dir), why[1024] = "";
	struct tune_req r = { .rwmixread = -1 };
	int ret;

	tu_write(path, text);
	ret = tune_req_job(&r, path, why, sizeof(why));
	CHECK((ret == 0) == ok, "job '%s': %s", text, why);
	if (ok)
		CHECK(!strcmp(expect, tu_fmt("%s %s %u %u %d", r.rw, r.bs, r.iodepth, r.numjobs,
					       r.rwmixread)), "job '%s' mapped to %s %s %u %u %d",
		      text, r.rw, r.bs, r.iodepth, r.numjobs, r.rwmixread);
	else
		CHECK(strstr(why, expect), "job '%s': '%s' lacks '%s'", text, why, expect);
	tu_scratch_done(dir);
}

static void jobs(void)
{
	static const struct {
		const char *text, *expect;
		int ok;
	} cases[] = {
		{ "[global]\nioengine=io_uring\ndirect=1\n[db]\nrw=randrw\nrwmixwrite=30\nbs=8k\niodepth=16\nnumjobs=2\n",
		  "randrw 8k 16 2 70", 1 },
		{ "[x]\nreadwrite=readwrite\nblocksize=1M\n", "rw 1M 1 1 -1", 1 },
		{ "[x]\nrw=randread\nverify=md5\n", "job.fio:3: option 'verify' cannot be mapped", 0 },
		{ "[x]\nioengine=libaio\n", "ioengine 'libaio' cannot be mapped", 0 },
		{ "[x]\nrw=randread\n[y]\nrw=read\n", "a second job [y]", 0 },
		{ "[x]\nbs=4000\n", "bs '4000' is not one block size", 0 },
		{ "[x]\nrw=randread\nrwmixread=70\n", "rwmixread is only for rw = rw, randrw", 0 },
		{ "[global]\nbs=4k\n", "no job section", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		job(cases[i].text, cases[i].ok, cases[i].expect);
}

static void note(void)
{
	struct tune_req r = req("16", 1, "wall", "blkd-file"), back;
	char *buf = NULL, why[256];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	tune_req_write(f, &r);
	fclose(f);
	CHECK(!tune_req_read(buf, &back, why, sizeof(why)), "read back: %s", why);
	CHECK(!memcmp(&r, &back, sizeof(r)), "the note gives the request back: %s", buf);
	CHECK(tune_req_read("[sweep]\n", &back, why, sizeof(why)) && strstr(why, "not a stage of vlab-tune"),
	      "a sweep without the note: %s", why);
	free(buf);
}

int main(void)
{
	held();
	kv();
	screen_space();
	wins();
	lower_better();
	jobs();
	note();
	return tu_result("tune");
}
