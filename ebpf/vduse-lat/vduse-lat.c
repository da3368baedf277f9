// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-lat: per-I/O stage latency of one VDUSE block device, from
 * block_rq_issue to block_rq_complete, as log-linear histograms per stage
 * and end to end. Loader, probe choice and output; kernel side in
 * vduse-lat.bpf.c.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/vduse.h>
#include "hist_user.h"
#include "tool.h"
#include "vduse-lat.h"
#include "vduse-lat.skel.h"

#define TOOL "vduse-lat"

/* STAGE_QUEUE..STAGE_TOTAL are the JSON "stages", the USDT ones its
 * "backend_stages" (they split backend); help is --help's line. */
static const struct {
	const char *name, *help;
	bool usdt;
} stages[NR_STAGES] = {
#define VLAB_STAGE(ID, name_, group, order, help_) \
	[STAGE_##ID] = { .name = name_, .help = help_, .usdt = STAGE_GROUP_IS_USDT_##group },
#define STAGE_GROUP_IS_USDT_KERNEL false
#define STAGE_GROUP_IS_USDT_USDT true
#include "stages.def"
};

/* Every stage in the order an I/O passes them, backend's parts right after
 * backend, total last (the text table's rows). */
static const int by_order[NR_STAGES] = {
#define VLAB_STAGE(ID, name, group, order, help) [order - 1] = STAGE_##ID,
#include "stages.def"
};

static const char usage_text[] =
"USAGE: vduse-lat [-d DEV] [-b PID | -U] [-Q] [-p auto|tracepoint|fentry|kprobe]\n"
"                 [-H] [-j] [-v] [interval] [count]\n"
"\n"
"Breaks each I/O of one VDUSE block device into stages and prints a\n"
"histogram per stage and end to end (log-linear buckets: percentiles within\n"
"0.4%). Stages, in microseconds:\n"
"\1"
"When the device's backend is vduse-blkd (found by default: the process\n"
"holding /dev/vduse/NAME), its USDT probes split backend, per request by\n"
"(queue, descriptor head id):\n"
"\2"
"Without interval, prints once at Ctrl-C or SIGTERM.\n"
"\n"
"OPTIONS:\n"
"  -d, --device DEV  vdX, /dev/vdX or the vDPA name (default: the only one)\n"
"  -b, --backend-pid PID  attach vduse-blkd's USDT probes in process PID\n"
"                    (default: the device's backend, if it has them)\n"
"  -U, --no-usdt     backend stays one stage\n"
"  -Q, --per-queue   histograms per virtqueue too (up to 16 queues)\n"
"  -p, --probe KIND  kick/inject/callback hooks: auto (driver tracepoints,\n"
"                    else fentry, else kprobe) or force one\n"
"  -H, --hist        print each stage's histogram too\n"
"  -j, --json        one JSON object per line (per interval)\n"
"  -v, --verbose     libbpf's debug messages\n"
"  -h, --help        this text\n"
"\n"
"OVERHEAD: per I/O at QD 1, five programs (issue, kick, injection, callback,\n"
"completion: tracepoints on our driver, fentry on stock) and a trampoline\n"
"with two on virtqueue_add_sgs; the completion adds seven histogram values.\n"
"vduse-blkd's USDT probes add 5 uprobe traps per I/O (-U turns them off).\n"
"Its IOPS cost against the 3% goal: the runs of the sweep ebpf-overhead\n"
"(bench/vlab run --sweep ebpf-overhead; results/README.md).\n"
"\n"
"EXAMPLES:\n"
"  vduse-lat                 # the only VDUSE disk, summary at Ctrl-C\n"
"  vduse-lat -d vda 1 10     # ten 1-second summaries of /dev/vda\n"
"  vduse-lat -j -d vduse0    # JSON at SIGTERM, e.g. around a fio run\n"
"  vduse-lat -Q -b 812       # per queue, backend stages from pid 812\n"
"  vduse-lat -p kprobe -H 5 1\n"
"\n" TOOL_EXIT_HELP;

/* usage_text with the stages' lines from stages.def: \1 the kernel ones,
 * \2 backend's parts. */
static void print_usage(void)
{
	const char *p;
	int s;

	for (p = usage_text; *p; p++) {
		if (*p != '\1' && *p != '\2') {
			putchar(*p);
			continue;
		}
		for (s = 0; s < NR_STAGES; s++)
			if (*stages[s].help && stages[s].usdt == (*p == '\2'))
				printf("  %-9s %s\n", stages[s].name, stages[s].help);
	}
}

struct opts {
	const char *device;
	enum probe_kind probe;
	bool hist, json, verbose, per_queue, no_usdt;
	int backend_pid;
	int interval, count;
};

static int parse(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "device", required_argument, NULL, 'd' },
		{ "backend-pid", required_argument, NULL, 'b' },
		{ "no-usdt", no_argument, NULL, 'U' },
		{ "per-queue", no_argument, NULL, 'Q' },
		{ "probe", required_argument, NULL, 'p' },
		{ "hist", no_argument, NULL, 'H' },
		{ "json", no_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	char *end;
	long v;
	int c;

	while ((c = getopt_long(argc, argv, "d:b:UQp:Hjvh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': o->device = optarg; break;
		case 'b':
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (errno || *end || end == optarg || v < 1 || v > INT_MAX) {
				fprintf(stderr, TOOL ": --backend-pid '%s' is not a process id\n",
					optarg);
				return EXIT_USAGE;
			}
			o->backend_pid = (int)v;
			break;
		case 'U': o->no_usdt = true; break;
		case 'Q': o->per_queue = true; break;
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
		case 'h': print_usage(); exit(EXIT_OK);
		default: fputs("Try 'vduse-lat --help'.\n", stderr); return EXIT_USAGE;
		}
	}
	if (o->backend_pid && o->no_usdt) {
		fprintf(stderr, TOOL ": --backend-pid and --no-usdt exclude each other\n");
		return EXIT_USAGE;
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

/* Virtqueues of the disk: its blk-mq hardware queues (virtio-blk has one per
 * vq, in vq index order). */
static int disk_queues(const char *disk)
{
	char path[96];
	struct dirent *e;
	int n = 0;
	DIR *d;

	snprintf(path, sizeof(path), "/sys/block/%s/mq", disk);
	d = opendir(path);
	if (!d)
		return 1;
	while ((e = readdir(d)))
		n += e->d_name[0] >= '0' && e->d_name[0] <= '9';
	closedir(d);
	return n ? n : 1;
}

/* vduse-blkd's USDT probes vduse-lat attaches, each to its program be_NAME. */
static const char *const usdt_names[] = {
#define VLAB_STAGE_USDT(name) #name,
#include "stages.def"
};
#define NR_USDT (sizeof(usdt_names) / sizeof(*usdt_names))

struct backend {
	int pid;
	char exe[PATH_MAX];
	struct bpf_link *links[NR_USDT];
};

/* Attach vduse-blkd's probes in process pid: 0, or -errno with none kept
 * (-ENOENT: the binary has no vduse_blkd probes, e.g. qemu-storage-daemon). */
static int backend__attach(struct vduse_lat_bpf *skel, int pid, struct backend *be)
{
	struct bpf_program *progs[NR_USDT] = {
#define VLAB_STAGE_USDT(name) skel->progs.be_##name,
#include "stages.def"
	};
	char link[64];
	ssize_t n;
	size_t i;
	int err;

	snprintf(link, sizeof(link), "/proc/%d/exe", pid);
	n = readlink(link, be->exe, sizeof(be->exe) - 1);
	if (n <= 0)
		return -errno;
	be->exe[n] = 0;
	for (i = 0; i < NR_USDT; i++) {
		be->links[i] = bpf_program__attach_usdt(progs[i], pid, be->exe, "vduse_blkd",
							usdt_names[i], NULL);
		if (!be->links[i]) {
			err = -errno;
			while (i--)
				bpf_link__destroy(be->links[i]);
			return err ? err : -ENOENT;
		}
	}
	be->pid = pid;
	return 0;
}

static void backend__detach(struct backend *be)
{
	size_t i;

	for (i = 0; be->pid && i < NR_USDT; i++)
		bpf_link__destroy(be->links[i]);
	be->pid = 0;
}

struct report {
	const struct opts *o;
	const struct vdev *dev;
	const char *hooks, *add;
	const struct backend *be;
	int nq;
	char module[128];
};

/* Whether stage k is shown: backend's parts only with USDT. */
static bool shown(const struct report *r, int k)
{
	return r->be->pid || !stages[k].usdt;
}

/* Rows in the order an I/O passes the stages, backend's parts under it. */
static void print_table(const struct report *r, const struct hist *h)
{
	int i, k;

	printf("%-9s %10s %10s %10s %10s %10s\n", "stage", "count", "mean_us", "p50_us",
	       "p99_us", "max_us");
	for (i = 0; i < NR_STAGES; i++) {
		k = by_order[i];
		if (!shown(r, k))
			continue;
		printf("%s%-*s %10llu %10.1f %10.1f %10.1f %10.1f\n",
		       stages[k].usdt ? " ." : "", stages[k].usdt ? 7 : 9,
		       stages[k].name, (unsigned long long)h[k].count, hist__mean(&h[k]) / 1e3,
		       hist__percentile(&h[k], 0.5) / 1e3, hist__percentile(&h[k], 0.99) / 1e3,
		       hist__max(&h[k]) / 1e3);
	}
	for (i = 0; r->o->hist && i < NR_STAGES; i++) {
		k = by_order[i];
		if (!shown(r, k))
			continue;
		printf("\n%s:\n", stages[k].name);
		hist__print(&h[k], "usecs", 1000, stdout);
	}
}

static void print_text(const struct report *r, const struct hist *h, const struct hist *qh,
		       const struct lat_counts *c, double secs)
{
	int q;

	printf("%s (%s): %.2f s, %llu I/Os (%llu not kicked, %llu early callback)\n",
	       r->dev->disk, r->dev->vdpa, secs, (unsigned long long)c->ios,
	       (unsigned long long)c->unkicked, (unsigned long long)c->early_callback);
	if (r->be->pid)
		printf("backend %s (pid %d, usdt): %llu pops, %llu matched, %llu without a "
		       "wake-up of their own\n", r->be->exe, r->be->pid,
		       (unsigned long long)c->be_pops, (unsigned long long)c->be_matched,
		       (unsigned long long)c->be_unwoken);
	print_table(r, h);
	for (q = 0; qh && q < r->nq; q++) {
		printf("\nqueue %d: %llu I/Os\n", q,
		       (unsigned long long)qh[q * NR_STAGES + STAGE_TOTAL].count);
		print_table(r, &qh[q * NR_STAGES]);
	}
	printf("\n");
	fflush(stdout);
}

/* "stages" (and, with USDT, "backend_stages") of one histogram set. */
static void json_stages(const struct report *r, struct json *j, const struct hist *h)
{
	int s;

	json__obj_open(j, "stages");
	for (s = 0; s < NR_KERNEL_STAGES; s++)
		hist__json(&h[s], j, stages[s].name, 1000);
	json__obj_close(j);
	if (!r->be->pid)
		return;
	json__obj_open(j, "backend_stages");
	for (s = NR_KERNEL_STAGES; s < NR_STAGES; s++)
		hist__json(&h[s], j, stages[s].name, 1000);
	json__obj_close(j);
}

static void print_json(const struct report *r, const struct hist *h, const struct hist *qh,
		       const struct lat_counts *c, double secs)
{
	bool usdt = r->be->pid;
	struct json j;
	int i, k, q;

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
	json__str(&j, "backend", usdt ? "usdt" : "none");
	json__obj_close(&j);
	if (usdt) {
		json__obj_open(&j, "backend");
		json__i64(&j, "pid", r->be->pid);
		json__str(&j, "exe", r->be->exe);
		json__str(&j, "match", "queue,head");
		json__obj_close(&j);
	}
	json__str(&j, "unit", "us");
	json__double(&j, "error_bound", HIST_ERROR_BOUND);
	json__u64(&j, "ios", c->ios);
	json__u64(&j, "unkicked", c->unkicked);
	json__u64(&j, "early_callback", c->early_callback);
	json__u64(&j, "inflight_full", c->inflight_full);
	json__u64(&j, "kicks", c->kicks);
	json__u64(&j, "injects", c->injects);
	json__u64(&j, "callbacks", c->callbacks);
	json__u64(&j, "queue_overflow", c->queue_overflow);
	if (usdt) {
		json__u64(&j, "be_kicks", c->be_kicks);
		json__u64(&j, "be_pops", c->be_pops);
		json__u64(&j, "be_matched", c->be_matched);
		json__u64(&j, "be_unwoken", c->be_unwoken);
		json__u64(&j, "be_done", c->be_done);
		json__u64(&j, "be_irqs", c->be_irqs);
	}
	/* the stages to stack, in order: their means add up to total's (backend
	 * or its parts) */
	json__arr_open(&j, "breakdown");
	for (i = 0; i < NR_STAGES; i++) {
		k = by_order[i];
		if (shown(r, k) && k != STAGE_TOTAL && !(usdt && k == STAGE_BACKEND))
			json__str(&j, NULL, stages[k].name);
	}
	json__arr_close(&j);
	json_stages(r, &j, h);
	if (qh) {
		json__arr_open(&j, "queues");
		for (q = 0; q < r->nq; q++) {
			json__obj_open(&j, NULL);
			json__i64(&j, "queue", q);
			json__u64(&j, "ios", qh[q * NR_STAGES + STAGE_TOTAL].count);
			json_stages(r, &j, &qh[q * NR_STAGES]);
			json__obj_close(&j);
		}
		json__arr_close(&j);
	}
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

/* The per-queue histograms, from the qhists map; -errno on failure. */
static int read_qhists(struct vduse_lat_bpf *skel, struct hist *qh, int n)
{
	int fd = bpf_map__fd(skel->maps.qhists);
	__u32 k;

	for (k = 0; k < (__u32)n; k++)
		if (bpf_map_lookup_elem(fd, &k, &qh[k]))
			return -errno;
	return 0;
}

/* The backend's USDT probes: the given pid, or the processes holding the
 * device (the first with vduse_blkd probes). 0 without them unless a pid
 * was given; EXIT_FAIL then. */
static int attach_backend(const struct opts *o, struct vduse_lat_bpf *skel,
			  const struct vdev *dev, struct backend *be)
{
	int pids[8], n, i, err = -ENOENT;

	if (o->no_usdt)
		return 0;
	if (o->backend_pid) {
		err = backend__attach(skel, o->backend_pid, be);
		if (err) {
			fprintf(stderr, TOOL ": cannot attach vduse-blkd's USDT probes in pid %d: "
				"%s (-v for libbpf's messages)\n", o->backend_pid, strerror(-err));
			return EXIT_FAIL;
		}
		return 0;
	}
	n = dev__holders(dev->vdpa, pids, 8);
	for (i = 0; i < n && err; i++)
		err = backend__attach(skel, pids[i], be);
	if (err && o->verbose)
		fprintf(stderr, TOOL ": no backend with vduse_blkd USDT probes (%d processes "
			"hold /dev/vduse/%s): backend stays one stage\n", n, dev->vdpa);
	return 0;
}

int main(int argc, char **argv)
{
	static struct hist prev[NR_STAGES], now[NR_STAGES], delta[NR_STAGES];
	struct hist *qprev = NULL, *qnow = NULL, *qdelta = NULL;
	struct opts o = { .probe = PROBE_AUTO };
	struct lat_counts cprev = { 0 }, cnow, cdelta;
	volatile sig_atomic_t stop = 0;
	struct vduse_lat_bpf *skel = NULL;
	struct backend be = { 0 };
	struct btf *mod = NULL;
	enum probe_kind hooks, add;
	struct report r = { .o = &o, .be = &be };
	struct vdev dev;
	char bebuf[PATH_MAX + 64] = "";
	double t0, t1;
	int err, n = 0, nqh = 0, hwqs;

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
	hwqs = disk_queues(dev.disk);
	if (o.per_queue) {
		r.nq = hwqs;
		if (r.nq > LAT_MAX_QUEUES) {
			fprintf(stderr, TOOL ": %s has %d queues; per queue, only the first %d\n",
				dev.disk, r.nq, LAT_MAX_QUEUES);
			r.nq = LAT_MAX_QUEUES;
		}
		nqh = r.nq * NR_STAGES;
		qprev = calloc((size_t)nqh, sizeof(struct hist));
		qnow = calloc((size_t)nqh, sizeof(struct hist));
		qdelta = calloc((size_t)nqh, sizeof(struct hist));
		if (!qprev || !qnow || !qdelta) {
			fprintf(stderr, TOOL ": out of memory\n");
			err = EXIT_FAIL;
			goto cleanup;
		}
	}

	mod = kbtf__load_vduse();
	if (!mod) {
		fprintf(stderr, TOOL ": cannot read the vduse module's BTF\n");
		err = EXIT_NO_BTF;
		goto cleanup;
	}
	hooks = choose_hooks(o.probe, mod);
	kbtf__free(mod);
	if (hooks == PROBE_NONE) {
		fprintf(stderr, TOOL ": the vduse module offers no %s hooks for kick, inject "
			"and callback\n", o.probe == PROBE_AUTO ? "usable" : probe__name(o.probe));
		err = EXIT_FAIL;
		goto cleanup;
	}
	/* virtqueue_add_sgs is in vmlinux: fentry unless kprobes are forced. */
	add = o.probe == PROBE_KPROBE ? PROBE_KPROBE : PROBE_FENTRY;

	skel = vduse_lat_bpf__open();
	if (!skel) {
		fprintf(stderr, TOOL ": cannot open the BPF object\n");
		err = EXIT_FAIL;
		goto cleanup;
	}
	skel->rodata->targ_major = dev.major;
	skel->rodata->targ_minor = dev.minor;
	skel->rodata->inject_cmd = VDUSE_VQ_INJECT_IRQ;
	skel->rodata->per_queue = o.per_queue;
	skel->rodata->nr_queues = (__u32)r.nq;
	bpf_map__set_max_entries(skel->maps.qhists, nqh ? (__u32)nqh : 1);
	/* A slot per driver tag of every hardware queue the disk has. */
	skel->rodata->slot_queues = (__u32)hwqs;
	bpf_map__set_max_entries(skel->maps.inflight, (__u32)hwqs * LAT_MAX_TAGS);
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
#define VLAB_STAGE_USDT(name) keep(skel->progs.be_##name, !o.no_usdt);
#include "stages.def"

	err = vduse_lat_bpf__load(skel);
	if (err) {
		fprintf(stderr, TOOL ": loading the BPF programs failed: %s (-v for libbpf's "
			"messages)\n", strerror(-err));
		err = EXIT_FAIL;
		goto cleanup;
	}
	/* The USDT programs have no attach target in their section name: the
	 * skeleton's attach skips them; attach_backend places them. */
	err = vduse_lat_bpf__attach(skel);
	if (err) {
		fprintf(stderr, TOOL ": attaching failed: %s (-v for libbpf's messages)\n",
			strerror(-err));
		err = EXIT_FAIL;
		goto cleanup;
	}
	err = attach_backend(&o, skel, &dev, &be);
	if (err)
		goto cleanup;
	skel->bss->usdt_on = be.pid != 0;
	r.hooks = probe__name(hooks);
	r.add = probe__name(add);
	if (be.pid)
		snprintf(bebuf, sizeof(bebuf), ", backend usdt pid %d", be.pid);
	tool__signals(&stop);
	fprintf(stderr, TOOL ": tracing %s (%s; hooks %s, add %s%s%s). Ctrl-C to end.\n",
		dev.disk, dev.vdpa, r.hooks, r.add, bebuf, o.per_queue ? ", per queue" : "");

	t0 = tool__now();
	for (;;) {
		bool more = tool__sleep(o.interval ? o.interval : 86400 * 365, &stop);

		t1 = tool__now();
		memcpy(now, skel->bss->hists, sizeof(now));
		cnow = skel->bss->counts;
		for (int s = 0; s < NR_STAGES; s++)
			hist__sub(&delta[s], &now[s], &prev[s]);
		if (nqh) {
			err = read_qhists(skel, qnow, nqh);
			if (err) {
				fprintf(stderr, TOOL ": reading the per-queue histograms: %s\n",
					strerror(-err));
				err = EXIT_FAIL;
				goto cleanup;
			}
			for (int k = 0; k < nqh; k++)
				hist__sub(&qdelta[k], &qnow[k], &qprev[k]);
		}
		counts_sub(&cdelta, &cnow, &cprev);
		/* At a stop, the partial interval only if it is the first. */
		if (more || n == 0 || cdelta.ios) {
			if (o.json)
				print_json(&r, delta, nqh ? qdelta : NULL, &cdelta, t1 - t0);
			else
				print_text(&r, delta, nqh ? qdelta : NULL, &cdelta, t1 - t0);
			n++;
		}
		memcpy(prev, now, sizeof(prev));
		if (nqh)
			memcpy(qprev, qnow, (size_t)nqh * sizeof(struct hist));
		cprev = cnow;
		t0 = t1;
		if (!more || (o.count && n >= o.count))
			break;
	}
	tool__print_prog_stats(TOOL, skel->obj);
	err = EXIT_OK;
cleanup:
	backend__detach(&be);
	vduse_lat_bpf__destroy(skel);
	free(qprev);
	free(qnow);
	free(qdelta);
	return err;
}
