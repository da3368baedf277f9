// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-stat: per-interval VDUSE counters (maps, unmaps, bounce bytes each
 * way, bounce page allocations, failed maps, kicks, injections, callbacks
 * and the CPUs they ran on, inject work delay). Loader and output; kernel
 * side in vduse-stat.bpf.c.
 */
#include <getopt.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/vduse.h>
#include "hist_user.h"
#include "tool.h"
#include "vduse-stat.h"
#include "vduse-stat.skel.h"

#define TOOL "vduse-stat"

static const char usage_text[] =
"USAGE: vduse-stat [-p auto|tracepoint|fentry|kprobe] [-j] [-v]\n"
"                  [interval] [count]\n"
"\n"
"Counts what VDUSE does, per interval (default 1 s, until Ctrl-C), for all\n"
"VDUSE devices: DMA maps and unmaps, bytes bounced to and from the device,\n"
"bounce pages allocated (only our module's sysfs counter shows them), failed\n"
"maps, kicks, interrupt injections, vq callbacks and the CPUs they ran on,\n"
"and the delay of the inject work (workqueue_queue_work -> execute_start).\n"
"Columns: maps/unmaps per interval, bounce KiB each way, failed maps, bounce\n"
"pages, kicks, injections, callbacks, mean inject work delay in us.\n"
"\n"
"OPTIONS:\n"
"  -p, --probe KIND  module hooks: auto (driver tracepoints, else fentry,\n"
"                    else kprobe) or force one\n"
"  -j, --json        one JSON object per line (per interval)\n"
"  -v, --verbose     libbpf's debug messages\n"
"  -h, --help        this text\n"
"\n"
"OVERHEAD: per 4 KiB read, a program at each of 4 maps, 4 unmaps and (our\n"
"driver) 4 copies; per batch, at the kick, the injection, the callback and\n"
"the inject work's queueing and start. Its IOPS cost against the 3% goal:\n"
"the runs of the sweep ebpf-overhead (bench/vlab run --sweep\n"
"ebpf-overhead; results/README.md).\n"
"\n"
"EXAMPLES:\n"
"  vduse-stat              # every second until Ctrl-C\n"
"  vduse-stat 5 3          # three 5-second intervals\n"
"  vduse-stat -j 1         # JSON lines, e.g. beside a fio run\n"
"\n" TOOL_EXIT_HELP;

struct opts {
	enum probe_kind probe;
	bool json, verbose;
	int interval, count;
};

static int parse(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "probe", required_argument, NULL, 'p' },
		{ "json", no_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "p:jvh", longopts, NULL)) != -1) {
		switch (c) {
		case 'p':
			if (probe__parse(optarg, &o->probe)) {
				fprintf(stderr, TOOL ": --probe '%s' is not one of auto, tracepoint, "
					"fentry, kprobe\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'j': o->json = true; break;
		case 'v': o->verbose = true; break;
		case 'h': fputs(usage_text, stdout); exit(EXIT_OK);
		default: fputs("Try 'vduse-stat --help'.\n", stderr); return EXIT_USAGE;
		}
	}
	return tool__positionals(TOOL, argc, argv, optind, &o->interval, &o->count);
}

static enum probe_kind choose_hooks(enum probe_kind want, const struct btf *mod)
{
	static const char *const tps[] = { "vduse_map", "vduse_unmap", "vduse_bounce",
					   "vduse_kick", "vduse_inject", "vduse_callback" };
	static const char *const fns[] = { "vduse_dev_map_page", "vduse_dev_unmap_page",
					   "vduse_vdpa_kick_vq", "vduse_dev_ioctl",
					   "vduse_vq_irq_inject" };
	bool tp = true, fe = true, kp = true;
	size_t i;

	for (i = 0; i < sizeof(tps) / sizeof(tps[0]); i++)
		tp = tp && kbtf__has_tracepoint(mod, tps[i]);
	for (i = 0; i < sizeof(fns) / sizeof(fns[0]); i++) {
		fe = fe && kbtf__has_func(mod, fns[i]);
		kp = kp && ksym__addr(fns[i], false);
	}
	return probe__choose(want, tp, fe, kp);
}

/* Our module's own sysfs counter of bounce pages (all devices); -1 if the
 * module has none (stock). */
static long long bounce_pages(void)
{
	long long sum = -1, v;
	glob_t g;
	size_t i;

	if (glob("/sys/class/vduse/*/stats/bounce_pages", 0, NULL, &g))
		return -1;
	for (i = 0; i < g.gl_pathc; i++) {
		FILE *f = fopen(g.gl_pathv[i], "r");

		if (f && fscanf(f, "%lld", &v) == 1)
			sum = (sum < 0 ? 0 : sum) + v;
		if (f)
			fclose(f);
	}
	globfree(&g);
	return sum;
}

struct snap {
	struct stat_counts c;
	__u64 cpu[STAT_MAX_CPUS];
	struct hist wq;
	long long pages;
	double t;
};

static void take(struct snap *s, const struct vduse_stat_bpf *skel)
{
	s->c = skel->bss->counts;
	memcpy(s->cpu, skel->bss->cb_cpu, sizeof(s->cpu));
	memcpy(&s->wq, &skel->bss->wq_delay, sizeof(s->wq));
	s->pages = bounce_pages();
	s->t = tool__now();
}

static void delta(struct snap *d, const struct snap *a, const struct snap *b)
{
	const __u64 *pa = (const __u64 *)&a->c, *pb = (const __u64 *)&b->c;
	__u64 *pd = (__u64 *)&d->c;
	size_t i;

	for (i = 0; i < sizeof(d->c) / sizeof(__u64); i++)
		pd[i] = pa[i] - pb[i];
	for (i = 0; i < STAT_MAX_CPUS; i++)
		d->cpu[i] = a->cpu[i] - b->cpu[i];
	hist__sub(&d->wq, &a->wq, &b->wq);
	d->pages = a->pages >= 0 && b->pages >= 0 ? a->pages - b->pages : -1;
	d->t = a->t - b->t;
}

struct ctx {
	const char *hooks, *module;
	bool tp;
};

static void print_json(const struct ctx *x, const struct snap *d)
{
	const struct stat_counts *c = &d->c;
	struct json j;
	char cpu[16];
	int i;

	json__init(&j, stdout);
	json__obj_open(&j, NULL);
	json__str(&j, "tool", TOOL);
	json__fixed(&j, "ts", tool__now(), 3);
	json__fixed(&j, "interval_s", d->t, 3);
	json__str(&j, "module", x->module);
	json__str(&j, "probes", x->hooks);
	json__str(&j, "bounce_source", x->tp ? "tracepoint" : "map-direction");
	json__u64(&j, "maps", c->maps);
	json__u64(&j, "map_bytes", c->map_bytes);
	json__u64(&j, "map_failed", c->map_failed);
	json__u64(&j, "unmaps", c->unmaps);
	json__u64(&j, "unmap_bytes", c->unmap_bytes);
	json__u64(&j, "bounce_bytes_to_dev", c->bounce_to_dev);
	json__u64(&j, "bounce_bytes_from_dev", c->bounce_from_dev);
	if (x->tp) /* keys a variant cannot see are left out, never zero */
		json__u64(&j, "bounces", c->bounces);
	if (d->pages >= 0)
		json__i64(&j, "bounce_pages", d->pages);
	json__u64(&j, "kicks", c->kicks);
	if (x->tp)
		json__u64(&j, "kicks_deferred", c->kicks_deferred);
	json__u64(&j, "injects", c->injects);
	if (x->tp)
		json__u64(&j, "injects_irqfd", c->injects_irqfd);
	json__u64(&j, "callbacks", c->callbacks);
	json__obj_open(&j, "callback_cpus");
	for (i = 0; i < STAT_MAX_CPUS; i++) {
		if (!d->cpu[i])
			continue;
		snprintf(cpu, sizeof(cpu), "%d", i);
		json__u64(&j, cpu, d->cpu[i]);
	}
	json__obj_close(&j);
	json__u64(&j, "inject_works", c->inject_works);
	json__str(&j, "unit", "us");
	hist__json(&d->wq, &j, "inject_work_delay", 1000);
	json__end_line(&j);
}

static void print_text(const struct snap *d, int line)
{
	const struct stat_counts *c = &d->c;
	char pages[24] = "-";

	if (line % 20 == 0)
		printf("%8s %8s %8s %8s %4s %5s %7s %7s %7s %7s\n", "maps", "unmaps", "to_KiB",
		       "from_KiB", "fail", "pages", "kicks", "injects", "cbs", "wq_us");
	if (d->pages >= 0)
		snprintf(pages, sizeof(pages), "%lld", d->pages);
	printf("%8llu %8llu %8llu %8llu %4llu %5s %7llu %7llu %7llu %7.1f\n",
	       (unsigned long long)c->maps, (unsigned long long)c->unmaps,
	       (unsigned long long)c->bounce_to_dev / 1024,
	       (unsigned long long)c->bounce_from_dev / 1024,
	       (unsigned long long)c->map_failed, pages, (unsigned long long)c->kicks,
	       (unsigned long long)c->injects, (unsigned long long)c->callbacks,
	       hist__mean(&d->wq) / 1e3);
	fflush(stdout);
}

static void keep(struct bpf_program *p, bool on)
{
	bpf_program__set_autoload(p, on);
}

static void module_identity(char *buf, size_t len)
{
	FILE *f = fopen("/sys/module/vduse/version", "r");

	snprintf(buf, len, "stock");
	if (f) {
		if (fgets(buf, (int)len, f))
			buf[strcspn(buf, "\n")] = 0;
		fclose(f);
	}
}

int main(int argc, char **argv)
{
	static struct snap prev, now, d;
	struct opts o = { .probe = PROBE_AUTO, .interval = 1 };
	volatile sig_atomic_t stop = 0;
	struct vduse_stat_bpf *skel = NULL;
	enum probe_kind hooks;
	struct btf *mod;
	char module[128];
	struct ctx x;
	uint64_t fn;
	int err, n = 0;

	err = parse(argc, argv, &o);
	if (err)
		return err;
	err = env__check(TOOL);
	if (err)
		return err;
	module_identity(module, sizeof(module));
	tool__libbpf_setup(o.verbose);
	mod = kbtf__load_vduse();
	if (!mod) {
		fprintf(stderr, TOOL ": cannot read the vduse module's BTF\n");
		return EXIT_NO_BTF;
	}
	hooks = choose_hooks(o.probe, mod);
	kbtf__free(mod);
	if (hooks == PROBE_NONE) {
		fprintf(stderr, TOOL ": the vduse module offers no %s hooks\n",
			o.probe == PROBE_AUTO ? "usable" : probe__name(o.probe));
		return EXIT_FAIL;
	}
	fn = ksym__addr("vduse_vq_irq_inject", false);

	skel = vduse_stat_bpf__open();
	if (!skel) {
		fprintf(stderr, TOOL ": cannot open the BPF object\n");
		return EXIT_FAIL;
	}
	skel->rodata->inject_cmd = VDUSE_VQ_INJECT_IRQ;
	skel->rodata->inject_work_fn = fn;
	skel->rodata->bounce_by_dir = hooks != PROBE_TRACEPOINT;
	keep(skel->progs.tp_map, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_unmap, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_bounce, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_kick, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_inject, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_callback, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.fx_map, hooks == PROBE_FENTRY);
	keep(skel->progs.fe_unmap, hooks == PROBE_FENTRY);
	keep(skel->progs.fe_kick, hooks == PROBE_FENTRY);
	keep(skel->progs.fe_ioctl, hooks == PROBE_FENTRY);
	keep(skel->progs.fe_callback, hooks == PROBE_FENTRY);
	keep(skel->progs.kp_map, hooks == PROBE_KPROBE);
	keep(skel->progs.kr_map, hooks == PROBE_KPROBE);
	keep(skel->progs.kp_unmap, hooks == PROBE_KPROBE);
	keep(skel->progs.kp_kick, hooks == PROBE_KPROBE);
	keep(skel->progs.kp_ioctl, hooks == PROBE_KPROBE);
	keep(skel->progs.kp_callback, hooks == PROBE_KPROBE);
	/* Without the work function's address there is nothing to match. */
	keep(skel->progs.wq_queue, fn != 0);
	keep(skel->progs.wq_start, fn != 0);

	err = vduse_stat_bpf__load(skel);
	if (err) {
		fprintf(stderr, TOOL ": loading the BPF programs failed: %s (-v for libbpf's "
			"messages)\n", strerror(-err));
		err = EXIT_FAIL;
		goto cleanup;
	}
	err = vduse_stat_bpf__attach(skel);
	if (err) {
		fprintf(stderr, TOOL ": attaching failed: %s (-v for libbpf's messages)\n",
			strerror(-err));
		err = EXIT_FAIL;
		goto cleanup;
	}
	x.hooks = probe__name(hooks);
	x.module = module;
	x.tp = hooks == PROBE_TRACEPOINT;
	tool__signals(&stop);
	if (!fn)
		fprintf(stderr, TOOL ": vduse_vq_irq_inject is not in kallsyms: "
			"no inject work delay\n");
	fprintf(stderr, TOOL ": counting (hooks %s). Ctrl-C to end.\n", x.hooks);
	take(&prev, skel);
	for (;;) {
		bool more = tool__sleep(o.interval, &stop);

		take(&now, skel);
		delta(&d, &now, &prev);
		if (more || d.c.maps || d.c.kicks || n == 0) {
			if (o.json)
				print_json(&x, &d);
			else
				print_text(&d, n);
			n++;
		}
		prev = now;
		if (!more || (o.count && n >= o.count))
			break;
	}
	tool__print_prog_stats(TOOL, skel->obj);
	err = EXIT_OK;
cleanup:
	vduse_stat_bpf__destroy(skel);
	return err;
}
