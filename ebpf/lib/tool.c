// SPDX-License-Identifier: GPL-2.0-only
/* The loaders' shared helpers (tool.h): checks, device and probe choices. */
#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include "tool.h"

static const char *const probe_names[] = { "auto", "tracepoint", "fentry", "kprobe", "none" };

const char *probe__name(enum probe_kind k)
{
	return probe_names[k];
}

int probe__parse(const char *s, enum probe_kind *k)
{
	int i;

	for (i = PROBE_AUTO; i < PROBE_NONE; i++)
		if (!strcmp(s, probe_names[i])) {
			*k = i;
			return 0;
		}
	return -1;
}

enum probe_kind probe__choose(enum probe_kind want, bool tp, bool fentry, bool kprobe)
{
	switch (want) {
	case PROBE_AUTO:
		return tp ? PROBE_TRACEPOINT : fentry ? PROBE_FENTRY : kprobe ? PROBE_KPROBE : PROBE_NONE;
	case PROBE_TRACEPOINT: return tp ? want : PROBE_NONE;
	case PROBE_FENTRY: return fentry ? want : PROBE_NONE;
	case PROBE_KPROBE: return kprobe ? want : PROBE_NONE;
	default: return PROBE_NONE;
	}
}

int env__check(const char *tool)
{
	if (geteuid() != 0) {
		fprintf(stderr, "%s: must run as root (it loads BPF programs)\n", tool);
		return EXIT_NOT_ROOT;
	}
	if (access("/sys/kernel/btf/vmlinux", R_OK)) {
		fprintf(stderr, "%s: the kernel has no BTF (/sys/kernel/btf/vmlinux: %s); "
			"CONFIG_DEBUG_INFO_BTF is needed\n", tool, strerror(errno));
		return EXIT_NO_BTF;
	}
	if (access("/sys/module/vduse", F_OK)) {
		fprintf(stderr, "%s: the vduse module is not loaded (modprobe vduse)\n", tool);
		return EXIT_NO_MODULE;
	}
	if (access("/sys/kernel/btf/vduse", R_OK)) {
		fprintf(stderr, "%s: the vduse module has no BTF (/sys/kernel/btf/vduse); "
			"build it with pahole and CONFIG_DEBUG_INFO_BTF_MODULES\n", tool);
		return EXIT_NO_BTF;
	}
	return EXIT_OK;
}

static bool read_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");
	bool ok;

	if (!f)
		return false;
	ok = fgets(buf, (int)len, f) != NULL;
	fclose(f);
	if (ok)
		buf[strcspn(buf, "\n")] = 0;
	return ok;
}

/* Fill out from a /sys/bus/vdpa/devices/VDPA/virtioN/block/DISK path. */
static bool fill_from_sysfs(const char *blockpath, struct vdev *out)
{
	char buf[64], path[PATH_MAX];
	const char *disk = strrchr(blockpath, '/') + 1;
	const char *v = strstr(blockpath, "/devices/");

	snprintf(out->disk, sizeof(out->disk), "%s", disk);
	if (v) {
		v += strlen("/devices/");
		snprintf(out->vdpa, sizeof(out->vdpa), "%.*s", (int)strcspn(v, "/"), v);
	}
	snprintf(path, sizeof(path), "/sys/block/%s/dev", disk);
	return read_line(path, buf, sizeof(buf)) &&
	       sscanf(buf, "%u:%u", &out->major, &out->minor) == 2;
}

/* A vDPA device is VDUSE's if its sysfs node sits under the vduse class. */
static bool is_vduse_vdpa(const char *vdpa)
{
	char link[PATH_MAX], real[PATH_MAX];

	snprintf(link, sizeof(link), "/sys/bus/vdpa/devices/%s", vdpa);
	return realpath(link, real) && strstr(real, "/vduse/");
}

int dev__resolve(const char *tool, const char *name, struct vdev *out)
{
	glob_t g;
	size_t i;
	int found = 0;
	const char *want = name;

	memset(out, 0, sizeof(*out));
	if (want && !strncmp(want, "/dev/", 5))
		want += 5;
	if (glob("/sys/bus/vdpa/devices/*/virtio*/block/*", 0, NULL, &g) == 0) {
		for (i = 0; i < g.gl_pathc; i++) {
			struct vdev d = { 0 };

			if (!fill_from_sysfs(g.gl_pathv[i], &d) || !is_vduse_vdpa(d.vdpa))
				continue;
			if (want && strcmp(want, d.disk) && strcmp(want, d.vdpa))
				continue;
			if (!found++)
				*out = d;
		}
		globfree(&g);
	}
	if (found == 1)
		return EXIT_OK;
	if (found == 0 && want)
		fprintf(stderr, "%s: %s is not a VDUSE block device (none attached under "
			"/sys/bus/vdpa/devices/*/virtio*/block)\n", tool, name);
	else if (found == 0)
		fprintf(stderr, "%s: no VDUSE block device attached (vdpa dev add ...)\n", tool);
	else
		fprintf(stderr, "%s: %d VDUSE block devices: choose one with --device\n",
			tool, found);
	return EXIT_NO_DEVICE;
}

/* Whether process pid holds /dev/vduse/NAME open: that is the backend. */
static bool holds_device(int pid, const char *node)
{
	char dir[64], path[320], link[256];
	struct dirent *e;
	bool found = false;
	ssize_t n;
	DIR *d;

	snprintf(dir, sizeof(dir), "/proc/%d/fd", pid);
	d = opendir(dir);
	if (!d)
		return false;
	while (!found && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		n = readlink(path, link, sizeof(link) - 1);
		if (n <= 0)
			continue;
		link[n] = 0;
		found = !strcmp(link, node);
	}
	closedir(d);
	return found;
}

int dev__holders(const char *vdpa, int *pids, int max)
{
	char node[96];
	struct dirent *e;
	int n = 0, self = getpid();
	DIR *d = opendir("/proc");

	if (!d)
		return 0;
	snprintf(node, sizeof(node), "/dev/vduse/%s", vdpa);
	while (n < max && (e = readdir(d))) {
		if (e->d_name[0] < '1' || e->d_name[0] > '9' || atoi(e->d_name) == self)
			continue;
		if (holds_device(atoi(e->d_name), node))
			pids[n++] = atoi(e->d_name);
	}
	closedir(d);
	return n;
}

struct btf *kbtf__load_vduse(void)
{
	struct btf *vmlinux = btf__load_vmlinux_btf(), *mod;

	if (!vmlinux)
		return NULL;
	mod = btf__load_module_btf("vduse", vmlinux);
	if (!mod) {
		btf__free(vmlinux);
		return NULL;
	}
	/* The split BTF keeps using its base: free both together later. */
	return mod;
}

void kbtf__free(struct btf *btf)
{
	struct btf *base;

	if (!btf)
		return;
	base = (struct btf *)btf__base_btf(btf);
	btf__free(btf);
	btf__free(base);
}

bool kbtf__has_func(const struct btf *btf, const char *func)
{
	return btf && btf__find_by_name_kind(btf, func, BTF_KIND_FUNC) > 0;
}

bool kbtf__has_tracepoint(const struct btf *btf, const char *event)
{
	char name[128];

	snprintf(name, sizeof(name), "btf_trace_%s", event);
	return btf && btf__find_by_name_kind(btf, name, BTF_KIND_TYPEDEF) > 0;
}

static uint64_t ksym_lookup(const char *name, bool prefix, char *found, size_t len)
{
	FILE *f = fopen("/proc/kallsyms", "r");
	char line[512], sym[256];
	unsigned long long addr;
	size_t n = strlen(name);
	uint64_t ret = 0;
	char type;

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%llx %c %255s", &addr, &type, sym) != 3)
			continue;
		if (strcmp(sym, name) && !(prefix && !strncmp(sym, name, n) && sym[n] == '.'))
			continue;
		ret = addr;
		if (found)
			snprintf(found, len, "%s", sym);
		break;
	}
	fclose(f);
	return ret;
}

uint64_t ksym__addr(const char *name, bool prefix)
{
	return ksym_lookup(name, prefix, NULL, 0);
}

bool ksym__name(const char *name, char *buf, size_t len)
{
	return ksym_lookup(name, true, buf, len) != 0;
}

static bool libbpf_verbose;

static int print_fn(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level == LIBBPF_DEBUG && !libbpf_verbose)
		return 0;
	if (!libbpf_verbose && level == LIBBPF_INFO)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

void tool__libbpf_setup(bool verbose)
{
	libbpf_verbose = verbose;
	libbpf_set_print(print_fn);
}

static volatile sig_atomic_t *stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	if (stop_flag)
		*stop_flag = 1;
}

void tool__signals(volatile sig_atomic_t *stop)
{
	struct sigaction sa = { .sa_handler = on_signal };

	stop_flag = stop;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

bool tool__sleep(int interval, volatile sig_atomic_t *stop)
{
	struct timespec ts = { .tv_sec = interval };

	/* A signal interrupts nanosleep: return at once when stopped. */
	while (!*stop && nanosleep(&ts, &ts) && errno == EINTR)
		;
	return !*stop;
}

int tool__positionals(const char *tool, int argc, char **argv, int optind,
		      int *interval, int *count)
{
	char *end;
	long v;

	if (optind < argc) {
		errno = 0;
		v = strtol(argv[optind], &end, 10);
		if (errno || *end || v < 1 || v > 86400) {
			fprintf(stderr, "%s: invalid interval '%s' (1-86400 seconds)\n", tool, argv[optind]);
			return EXIT_USAGE;
		}
		*interval = (int)v;
		optind++;
	}
	if (optind < argc) {
		errno = 0;
		v = strtol(argv[optind], &end, 10);
		if (errno || *end || v < 1 || v > 1000000) {
			fprintf(stderr, "%s: invalid count '%s'\n", tool, argv[optind]);
			return EXIT_USAGE;
		}
		*count = (int)v;
		optind++;
	}
	if (optind < argc) {
		fprintf(stderr, "%s: unexpected argument '%s' (see --help)\n", tool, argv[optind]);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

double tool__now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void tool__print_prog_stats(const char *tool, struct bpf_object *obj)
{
	struct bpf_program *p;
	char on[4] = "";

	/* The kernel counts only while the sysctl is on (it costs a little). */
	if (!read_line("/proc/sys/kernel/bpf_stats_enabled", on, sizeof(on)) || on[0] != '1')
		return;
	bpf_object__for_each_program(p, obj) {
		struct bpf_prog_info info = { 0 };
		__u32 len = sizeof(info);
		int fd = bpf_program__fd(p);

		if (fd < 0 || bpf_obj_get_info_by_fd(fd, &info, &len))
			continue;
		fprintf(stderr, "bpf-stats %s %s %llu %llu\n", tool, bpf_program__name(p),
			(unsigned long long)info.run_cnt, (unsigned long long)info.run_time_ns);
	}
}
