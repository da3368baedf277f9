// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-lat: per-I/O stage latency of one VDUSE block device, from
 * block_rq_issue to block_rq_complete, as log-linear histograms per stage
 * and end to end. Loader, probe choice and output; kernel side in
 * vduse-lat.bpf.c.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/vduse.h>
#include "hist_user.h"
#include "tool.h"
#include "vduse-lat.h"
#include "vduse-lat.skel.h"

#define TOOL "vduse-lat"

static const char *const stage_names[NR_STAGES] = {
	"queue", "map", "kick", "backend", "irq", "complete", "total",
};

static const char usage_text[] =
"USAGE: vduse-lat [-d DEV] [-p auto|tracepoint|fentry|kprobe] [-H] [-j] [-v]\n"
"                 [interval] [count]\n"
"\n"
"Breaks each I/O of one VDUSE block device into stages and prints a\n"
"histogram per stage and end to end (log-linear buckets: percentiles within\n"
"0.4%). Stages, in microseconds:\n"
"  queue     block_rq_issue -> virtqueue_add_sgs (blk-mq and virtio-blk prep)\n"
"  map       virtqueue_add_sgs: descriptors, DMA map, bounce copy to device\n"
"  kick      added -> VDUSE kick (0 when the backend suppressed notification)\n"
"  backend   kick -> VDUSE_VQ_INJECT_IRQ (the userspace backend's work)\n"
"  irq       injection -> vq callback start (inject work queued and run)\n"
"  complete  callback -> block_rq_complete (unmap, copy back, completion)\n"
"Without interval, prints once at Ctrl-C or SIGTERM.\n"
"\n"
"OPTIONS:\n"
"  -d, --device DEV  vdX, /dev/vdX or the vDPA name (default: the only one)\n"
"  -p, --probe KIND  kick/inject/callback hooks: auto (driver tracepoints,\n"
"                    else fentry, else kprobe) or force one\n"
"  -H, --hist        print each stage's histogram too\n"
"  -j, --json        one JSON object per line (per interval)\n"
"  -v, --verbose     libbpf's debug messages\n"
"  -h, --help        this text\n"
"\n"
"EXAMPLES:\n"
"  vduse-lat                 # the only VDUSE disk, summary at Ctrl-C\n"
"  vduse-lat -d vda 1 10     # ten 1-second summaries of /dev/vda\n"
"  vduse-lat -j -d vduse0    # JSON at SIGTERM, e.g. around a fio run\n"
"  vduse-lat -p kprobe -H 5 1\n"
"\n" TOOL_EXIT_HELP;

struct opts {
	const char *device;
	enum probe_kind probe;
	bool hist, json, verbose;
	int interval, count;
};

static int parse(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "device", required_argument, NULL, 'd' },
		{ "probe", required_argument, NULL, 'p' },
		{ "hist", no_argument, NULL, 'H' },
		{ "json", no_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "d:p:Hjvh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': o->device = optarg; break;
		case 'p':
			if (probe__parse(optarg, &o->probe)) {
				fprintf(stderr, TOOL ": --probe '%s' is not one of auto, tracepoint, "
					"fentry, kprobe\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'H': o->hist = true; break;
		case 'j': o->json = true; break;
		case 'v': o->verbose = true; break;
		case 'h': fputs(usage_text, stdout); exit(EXIT_OK);
		default: fputs("Try 'vduse-lat --help'.\n", stderr); return EXIT_USAGE;
		}
	}
	return tool__positionals(TOOL, argc, argv, optind, &o->interval, &o->count);
}

/* The probe variant of the kick/inject/callback hooks. */
static enum probe_kind choose_hooks(enum probe_kind want, const struct btf *mod)
{
	bool tp = kbtf__has_tracepoint(mod, "vduse_kick") &&
		  kbtf__has_tracepoint(mod, "vduse_inject") &&
		  kbtf__has_tracepoint(mod, "vduse_callback");
	bool fe = kbtf__has_func(mod, "vduse_vdpa_kick_vq") &&
		  kbtf__has_func(mod, "vduse_dev_ioctl") &&
		  kbtf__has_func(mod, "vduse_vq_irq_inject");
	bool kp = ksym__addr("vduse_vdpa_kick_vq", false) &&
		  ksym__addr("vduse_dev_ioctl", false) && ksym__addr("vduse_vq_irq_inject", false);

	return probe__choose(want, tp, fe, kp);
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

struct report {
	const struct opts *o;
	const struct vdev *dev;
	const char *hooks, *add;
	char module[128];
};

static void print_text(const struct report *r, const struct hist *h,
		       const struct lat_counts *c, double secs)
{
	int s;

	printf("%s (%s): %.2f s, %llu I/Os (%llu not kicked, %llu early callback)\n",
	       r->dev->disk, r->dev->vdpa, secs, (unsigned long long)c->ios,
	       (unsigned long long)c->unkicked, (unsigned long long)c->early_callback);
	printf("%-9s %10s %10s %10s %10s %10s\n", "stage", "count", "mean_us", "p50_us",
	       "p99_us", "max_us");
	for (s = 0; s < NR_STAGES; s++)
		printf("%-9s %10llu %10.1f %10.1f %10.1f %10.1f\n", stage_names[s],
		       (unsigned long long)h[s].count, hist__mean(&h[s]) / 1e3,
		       hist__percentile(&h[s], 0.5) / 1e3, hist__percentile(&h[s], 0.99) / 1e3,
		       hist__max(&h[s]) / 1e3);
	if (r->o->hist)
		for (s = 0; s < NR_STAGES; s++) {
			printf("\n%s:\n", stage_names[s]);
			hist__print(&h[s], "usecs", 1000, stdout);
		}
	printf("\n");
	fflush(stdout);
}

static void print_json(const struct report *r, const struct hist *h,
		       const struct lat_counts *c, double secs)
{
	struct json j;
	int s;

	json__init(&j, stdout);
	json__obj_open(&j, NULL);
	json__str(&j, "tool", TOOL);
	json__fixed(&j, "ts", tool__now(), 3);
	json__fixed(&j, "interval_s", secs, 3);
	json__str(&j, "device", r->dev->disk);
	json__str(&j, "vdpa", r->dev->vdpa);
	json__str(&j, "module", r->module);
	json__obj_open(&j, "probes");
	json__str(&j, "add", r->add);
	json__str(&j, "kick", r->hooks);
	json__str(&j, "inject", r->hooks);
	json__str(&j, "callback", r->hooks);
	json__obj_close(&j);
	json__str(&j, "unit", "us");
	json__double(&j, "error_bound", HIST_ERROR_BOUND);
	json__u64(&j, "ios", c->ios);
	json__u64(&j, "unkicked", c->unkicked);
	json__u64(&j, "early_callback", c->early_callback);
	json__u64(&j, "pending_full", c->pending_full);
	json__u64(&j, "kicks", c->kicks);
	json__u64(&j, "injects", c->injects);
	json__u64(&j, "callbacks", c->callbacks);
	json__obj_open(&j, "stages");
	for (s = 0; s < NR_STAGES; s++)
		hist__json(&h[s], &j, stage_names[s], 1000);
	json__obj_close(&j);
	json__end_line(&j);
}

static void counts_sub(struct lat_counts *d, const struct lat_counts *a,
		       const struct lat_counts *b)
{
	const __u64 *pa = (const __u64 *)a, *pb = (const __u64 *)b;
	__u64 *pd = (__u64 *)d;
	size_t i;

	for (i = 0; i < sizeof(*d) / sizeof(__u64); i++)
		pd[i] = pa[i] - pb[i];
}

int main(int argc, char **argv)
{
	static struct hist prev[NR_STAGES], now[NR_STAGES], delta[NR_STAGES];
	struct opts o = { .probe = PROBE_AUTO };
	struct lat_counts cprev = { 0 }, cnow, cdelta;
	volatile sig_atomic_t stop = 0;
	struct vduse_lat_bpf *skel = NULL;
	struct btf *mod = NULL;
	enum probe_kind hooks, add;
	struct report r = { .o = &o };
	struct vdev dev;
	double t0, t1;
	int err, n = 0;

	err = parse(argc, argv, &o);
	if (err)
		return err;
	err = env__check(TOOL);
	if (err)
		return err;
	err = dev__resolve(TOOL, o.device, &dev);
	if (err)
		return err;
	r.dev = &dev;
	module_identity(r.module, sizeof(r.module));
	tool__libbpf_setup(o.verbose);

	mod = kbtf__load_vduse();
	if (!mod) {
		fprintf(stderr, TOOL ": cannot read the vduse module's BTF\n");
		return EXIT_NO_BTF;
	}
	hooks = choose_hooks(o.probe, mod);
	kbtf__free(mod);
	if (hooks == PROBE_NONE) {
		fprintf(stderr, TOOL ": the vduse module offers no %s hooks for kick, inject "
			"and callback\n", o.probe == PROBE_AUTO ? "usable" : probe__name(o.probe));
		return EXIT_FAIL;
	}
	/* virtqueue_add_sgs is in vmlinux: fentry unless kprobes are forced. */
	add = o.probe == PROBE_KPROBE ? PROBE_KPROBE : PROBE_FENTRY;

	skel = vduse_lat_bpf__open();
	if (!skel) {
		fprintf(stderr, TOOL ": cannot open the BPF object\n");
		return EXIT_FAIL;
	}
	skel->rodata->targ_major = dev.major;
	skel->rodata->targ_minor = dev.minor;
	skel->rodata->inject_cmd = VDUSE_VQ_INJECT_IRQ;
	keep(skel->progs.fe_add, add == PROBE_FENTRY);
	keep(skel->progs.fx_add, add == PROBE_FENTRY);
	keep(skel->progs.kp_add, add == PROBE_KPROBE);
	keep(skel->progs.kr_add, add == PROBE_KPROBE);
	keep(skel->progs.tp_kick, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_inject, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_callback, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.fe_kick, hooks == PROBE_FENTRY);
	keep(skel->progs.fe_ioctl, hooks == PROBE_FENTRY);
	keep(skel->progs.fe_callback, hooks == PROBE_FENTRY);
	keep(skel->progs.kp_kick, hooks == PROBE_KPROBE);
	keep(skel->progs.kp_ioctl, hooks == PROBE_KPROBE);
	keep(skel->progs.kp_callback, hooks == PROBE_KPROBE);

	err = vduse_lat_bpf__load(skel);
	if (err) {
		fprintf(stderr, TOOL ": loading the BPF programs failed: %s (-v for libbpf's "
			"messages)\n", strerror(-err));
		err = EXIT_FAIL;
		goto cleanup;
	}
	err = vduse_lat_bpf__attach(skel);
	if (err) {
		fprintf(stderr, TOOL ": attaching failed: %s (-v for libbpf's messages)\n",
			strerror(-err));
		err = EXIT_FAIL;
		goto cleanup;
	}
	r.hooks = probe__name(hooks);
	r.add = probe__name(add);
	tool__signals(&stop);
	fprintf(stderr, TOOL ": tracing %s (%s; hooks %s, add %s). Ctrl-C to end.\n",
		dev.disk, dev.vdpa, r.hooks, r.add);

	t0 = tool__now();
	for (;;) {
		bool more = tool__sleep(o.interval ? o.interval : 86400 * 365, &stop);

		t1 = tool__now();
		memcpy(now, skel->bss->hists, sizeof(now));
		cnow = skel->bss->counts;
		for (int s = 0; s < NR_STAGES; s++)
			hist__sub(&delta[s], &now[s], &prev[s]);
		counts_sub(&cdelta, &cnow, &cprev);
		/* At a stop, the partial interval only if it is the first. */
		if (more || n == 0 || cdelta.ios) {
			if (o.json)
				print_json(&r, delta, &cdelta, t1 - t0);
			else
				print_text(&r, delta, &cdelta, t1 - t0);
			n++;
		}
		memcpy(prev, now, sizeof(prev));
		cprev = cnow;
		t0 = t1;
		if (!more || (o.count && n >= o.count))
			break;
	}
	tool__print_prog_stats(TOOL, skel->obj);
	err = EXIT_OK;
cleanup:
	vduse_lat_bpf__destroy(skel);
	return err;
}
