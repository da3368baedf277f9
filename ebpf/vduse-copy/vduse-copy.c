// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-copy: VDUSE bounce copies per direction (to the device at map time,
 * back from it at unmap time): count, bytes, size and time histograms.
 * Loader and output; kernel side in vduse-copy.bpf.c.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include "hist_user.h"
#include "tool.h"
#include "vduse-copy.h"
#include "vduse-copy.skel.h"

#define TOOL "vduse-copy"

static const char *const dir_names[NR_COPY_DIRS] = { "to_dev", "from_dev" };

static const char usage_text[] =
"USAGE: vduse-copy [-p auto|tracepoint|fentry|kprobe] [-H] [-j] [-v]\n"
"                  [interval] [count]\n"
"\n"
"Bounce copies of VDUSE (all devices), per direction: to_dev (at DMA map,\n"
"for TO_DEVICE and BIDIRECTIONAL maps) and from_dev (at unmap). Prints\n"
"calls, bytes, sizes and time per call (log-linear histograms, within 0.4%).\n"
"Time is spent in the bounce function (vduse_domain_bounce, kprobe) when\n"
"kallsyms has it, else in the whole map/unmap call (an upper bound): the\n"
"JSON's time_source says which. Without interval, prints once at Ctrl-C.\n"
"\n"
"OPTIONS:\n"
"  -p, --probe KIND  map/unmap hooks: auto (our driver's tracepoints, else\n"
"                    fentry, else kprobe) or force one\n"
"  -H, --hist        print the size and time histograms too\n"
"  -j, --json        one JSON object per line (per interval)\n"
"  -v, --verbose     libbpf's debug messages\n"
"  -h, --help        this text\n"
"\n"
"OVERHEAD: per 4 KiB read, 4 maps, 4 unmaps and 4 copies, each reaching a\n"
"program (our driver's tracepoints, else fexit and a kprobe), and the end of\n"
"each copy a kretprobe. Its IOPS cost against the 3% goal: the runs of the\n"
"sweep ebpf-overhead (bench/vlab run --sweep ebpf-overhead;\n"
"results/README.md).\n"
"\n"
"EXAMPLES:\n"
"  vduse-copy              # summary at Ctrl-C\n"
"  vduse-copy -H 1 5       # five 1-second intervals with histograms\n"
"  vduse-copy -j           # one JSON line at SIGTERM, beside a fio run\n"
"\n" TOOL_EXIT_HELP;

struct opts {
	enum probe_kind probe;
	bool hist, json, verbose;
	int interval, count;
};

static int parse(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "probe", required_argument, NULL, 'p' },
		{ "hist", no_argument, NULL, 'H' },
		{ "json", no_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "p:Hjvh", longopts, NULL)) != -1) {
		switch (c) {
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
		default: fputs("Try 'vduse-copy --help'.\n", stderr); return EXIT_USAGE;
		}
	}
	return tool__positionals(TOOL, argc, argv, optind, &o->interval, &o->count);
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

struct ctx {
	const struct opts *o;
	const char *hooks, *module, *time_source;
};

static void stats_sub(struct copy_stats *d, const struct copy_stats *a,
		      const struct copy_stats *b)
{
	d->calls = a->calls - b->calls;
	d->bytes = a->bytes - b->bytes;
	d->copies = a->copies - b->copies;
	d->no_copy = a->no_copy - b->no_copy;
	hist__sub(&d->size, &a->size, &b->size);
	hist__sub(&d->time, &a->time, &b->time);
}

static void print_json(const struct ctx *x, const struct copy_stats *s, double secs)
{
	struct json j;
	int d;

	json__init(&j, stdout);
	json__obj_open(&j, NULL);
	json__str(&j, "tool", TOOL);
	json__fixed(&j, "ts", tool__now(), 3);
	json__fixed(&j, "interval_s", secs, 3);
	json__str(&j, "module", x->module);
	json__str(&j, "probes", x->hooks);
	json__str(&j, "time_source", x->time_source);
	json__double(&j, "error_bound", HIST_ERROR_BOUND);
	for (d = 0; d < NR_COPY_DIRS; d++) {
		json__obj_open(&j, dir_names[d]);
		json__u64(&j, "calls", s[d].calls);
		json__u64(&j, "bytes", s[d].bytes);
		if (strcmp(x->time_source, "copy") == 0) {
			json__u64(&j, "copies", s[d].copies);
			json__u64(&j, "no_copy", s[d].no_copy);
		}
		hist__json(&s[d].size, &j, "size_bytes", 1);
		hist__json(&s[d].time, &j, "time_us", 1000);
		json__obj_close(&j);
	}
	json__end_line(&j);
}

static void print_text(const struct ctx *x, const struct copy_stats *s, double secs)
{
	int d;

	printf("%.2f s, time in the %s\n", secs,
	       strcmp(x->time_source, "copy") ? "whole map/unmap call" : "bounce copy");
	printf("%-9s %9s %11s %9s %9s %9s %9s\n", "dir", "calls", "KiB", "avg_B", "mean_us",
	       "p99_us", "MiB/s");
	for (d = 0; d < NR_COPY_DIRS; d++) {
		double t = hist__mean(&s[d].time) * (double)s[d].time.count / 1e9;

		printf("%-9s %9llu %11llu %9.0f %9.2f %9.2f %9.1f\n", dir_names[d],
		       (unsigned long long)s[d].calls, (unsigned long long)s[d].bytes / 1024,
		       hist__mean(&s[d].size), hist__mean(&s[d].time) / 1e3,
		       hist__percentile(&s[d].time, 0.99) / 1e3,
		       t > 0 ? (double)s[d].bytes / t / 1048576.0 : 0.0);
	}
	if (x->o->hist)
		for (d = 0; d < NR_COPY_DIRS; d++) {
			printf("\n%s size:\n", dir_names[d]);
			hist__print(&s[d].size, "bytes", 1, stdout);
			printf("\n%s time:\n", dir_names[d]);
			hist__print(&s[d].time, "usecs", 1000, stdout);
		}
	printf("\n");
	fflush(stdout);
}

int main(int argc, char **argv)
{
	static struct copy_stats prev[NR_COPY_DIRS], now[NR_COPY_DIRS], delta[NR_COPY_DIRS];
	struct opts o = { .probe = PROBE_AUTO };
	struct bpf_link *lk_in = NULL, *lk_out = NULL;
	volatile sig_atomic_t stop = 0;
	struct vduse_copy_bpf *skel = NULL;
	char module[128], bounce[128];
	enum probe_kind hooks;
	struct btf *mod;
	struct ctx x = { .o = &o };
	bool have_bounce;
	double t0, t1;
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
	/* gcc may split the function (".part.0") or inline it entirely. */
	have_bounce = ksym__name("vduse_domain_bounce", bounce, sizeof(bounce));
	/* Our driver's events stand for the map/unmap hooks and the copy's
	 * start; the copy's end is still the bounce function's return. */
	hooks = probe__choose(o.probe,
			      have_bounce && kbtf__has_tracepoint(mod, "vduse_map") &&
				      kbtf__has_tracepoint(mod, "vduse_unmap") &&
				      kbtf__has_tracepoint(mod, "vduse_bounce"),
			      kbtf__has_func(mod, "vduse_domain_map_page") &&
				      kbtf__has_func(mod, "vduse_domain_unmap_page"),
			      ksym__addr("vduse_domain_map_page", false) &&
				      ksym__addr("vduse_domain_unmap_page", false));
	kbtf__free(mod);
	if (hooks == PROBE_NONE) {
		fprintf(stderr, TOOL ": the vduse module offers no %s hooks on "
			"vduse_domain_map_page/unmap_page%s\n",
			o.probe == PROBE_AUTO ? "usable" : probe__name(o.probe),
			o.probe == PROBE_TRACEPOINT ? " (or no vduse_domain_bounce symbol)" : "");
		return EXIT_FAIL;
	}

	skel = vduse_copy_bpf__open();
	if (!skel) {
		fprintf(stderr, TOOL ": cannot open the BPF object\n");
		return EXIT_FAIL;
	}
	skel->rodata->copy_probe = have_bounce;
	/* fexit has the arguments too: with the copies probed, the entry
	 * programs (there only for the call's start time) stay unloaded. */
	skel->rodata->exit_only = have_bounce && hooks == PROBE_FENTRY;
	skel->rodata->tp_hooks = hooks == PROBE_TRACEPOINT;
	keep(skel->progs.tp_map, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_unmap, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.tp_bounce, hooks == PROBE_TRACEPOINT);
	keep(skel->progs.fe_map, hooks == PROBE_FENTRY && !have_bounce);
	keep(skel->progs.fx_map, hooks == PROBE_FENTRY);
	keep(skel->progs.fe_unmap, hooks == PROBE_FENTRY && !have_bounce);
	keep(skel->progs.fx_unmap, hooks == PROBE_FENTRY);
	keep(skel->progs.kp_map, hooks == PROBE_KPROBE);
	keep(skel->progs.kr_map, hooks == PROBE_KPROBE);
	keep(skel->progs.kp_unmap, hooks == PROBE_KPROBE);
	keep(skel->progs.kr_unmap, hooks == PROBE_KPROBE);
	keep(skel->progs.kp_bounce, have_bounce && hooks != PROBE_TRACEPOINT);
	keep(skel->progs.kr_bounce, have_bounce);

	err = vduse_copy_bpf__load(skel);
	if (err) {
		fprintf(stderr, TOOL ": loading the BPF programs failed: %s (-v for libbpf's "
			"messages)\n", strerror(-err));
		err = EXIT_FAIL;
		goto cleanup;
	}
	err = vduse_copy_bpf__attach(skel);
	if (!err && have_bounce) {
		if (hooks != PROBE_TRACEPOINT)
			lk_in = bpf_program__attach_kprobe(skel->progs.kp_bounce, false, bounce);
		lk_out = bpf_program__attach_kprobe(skel->progs.kr_bounce, true, bounce);
		if ((!lk_in && hooks != PROBE_TRACEPOINT) || !lk_out)
			err = -errno;
	}
	if (err) {
		fprintf(stderr, TOOL ": attaching failed: %s (-v for libbpf's messages)\n",
			strerror(-err));
		err = EXIT_FAIL;
		goto cleanup;
	}
	x.hooks = probe__name(hooks);
	x.module = module;
	x.time_source = have_bounce ? "copy" : "call";
	tool__signals(&stop);
	fprintf(stderr, TOOL ": tracing (hooks %s, time in the %s). Ctrl-C to end.\n",
		x.hooks, have_bounce ? "copy" : "map/unmap call");
	t0 = tool__now();
	for (;;) {
		bool more = tool__sleep(o.interval ? o.interval : 86400 * 365, &stop);

		t1 = tool__now();
		memcpy(now, skel->bss->stats, sizeof(now));
		for (int d = 0; d < NR_COPY_DIRS; d++)
			stats_sub(&delta[d], &now[d], &prev[d]);
		if (more || n == 0 || delta[0].calls || delta[1].calls) {
			if (o.json)
				print_json(&x, delta, t1 - t0);
			else
				print_text(&x, delta, t1 - t0);
			n++;
		}
		memcpy(prev, now, sizeof(prev));
		t0 = t1;
		if (!more || (o.count && n >= o.count))
			break;
	}
	tool__print_prog_stats(TOOL, skel->obj);
	err = EXIT_OK;
cleanup:
	bpf_link__destroy(lk_in);
	bpf_link__destroy(lk_out);
	vduse_copy_bpf__destroy(skel);
	return err;
}
