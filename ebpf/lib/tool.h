/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Helpers every vduse-* loader shares: exit statuses, the environment checks
 * (root, BTF, module loaded), VDUSE block device resolution, kernel BTF and
 * kallsyms probes that pick a probe variant, and the interval loop.
 */
#ifndef VLAB_TOOL_H
#define VLAB_TOOL_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* Distinct exit statuses (4 is left to ctest's "skipped"). */
enum {
	EXIT_OK = 0,
	EXIT_FAIL = 1,     /* load, attach or runtime failure */
	EXIT_USAGE = 2,
	EXIT_NOT_ROOT = 10,
	EXIT_NO_MODULE = 11, /* vduse.ko not loaded */
	EXIT_NO_DEVICE = 12, /* no such VDUSE block device */
	EXIT_NO_BTF = 13,    /* kernel or module without BTF */
};

#define TOOL_EXIT_HELP \
	"EXIT STATUS: 0 ok, 1 load/attach failure, 2 bad usage, 10 not root,\n" \
	"  11 vduse module not loaded, 12 no such VDUSE block device, 13 no BTF.\n"

/* How a hook is attached; auto picks the first that works, in this order. */
enum probe_kind { PROBE_AUTO, PROBE_TRACEPOINT, PROBE_FENTRY, PROBE_KPROBE, PROBE_NONE };

struct vdev {
	char disk[32];  /* vda */
	char vdpa[64];  /* vduse0 */
	unsigned int major, minor;
};

struct btf;

const char *probe__name(enum probe_kind k);
/* "auto", "tracepoint", "fentry" or "kprobe"; -1 if none of them. */
int probe__parse(const char *s, enum probe_kind *k);
/* The variant to use for one hook: want (AUTO or forced) against what the
 * running kernel offers. PROBE_NONE if the forced one is not available. */
enum probe_kind probe__choose(enum probe_kind want, bool tp, bool fentry, bool kprobe);

/* Root, vmlinux BTF, vduse loaded with BTF: EXIT_OK or the exit status,
 * after a one-line message on stderr. */
int env__check(const char *tool);

/* name: "vda", "/dev/vda", a vDPA device name ("vduse0") or NULL for the only
 * VDUSE block device. EXIT_OK or EXIT_NO_DEVICE after a message. */
int dev__resolve(const char *tool, const char *name, struct vdev *out);
/* The processes holding /dev/vduse/VDPA open (the device's backend), at
 * most max of them: their count. */
int dev__holders(const char *vdpa, int *pids, int max);

/* The vduse module's BTF (split on vmlinux); NULL on error. */
struct btf *kbtf__load_vduse(void);
void kbtf__free(struct btf *btf);
bool kbtf__has_func(const struct btf *btf, const char *func);
/* A TRACE_EVENT of the module, seen as its btf_trace_<name> typedef. */
bool kbtf__has_tracepoint(const struct btf *btf, const char *event);

/* Address of a kernel symbol (exact name, or NAME.suffix if prefix is true);
 * 0 if absent. */
uint64_t ksym__addr(const char *name, bool prefix);
/* The exact kallsyms name found by ksym__addr(name, true), in buf. */
bool ksym__name(const char *name, char *buf, size_t len);

/* libbpf's own messages only with -v. */
void tool__libbpf_setup(bool verbose);
/* SIGINT/SIGTERM set *stop. */
void tool__signals(volatile sig_atomic_t *stop);
/* Sleep interval seconds or until stopped; false if stopped. */
bool tool__sleep(int interval, volatile sig_atomic_t *stop);
/* [interval] [count] positionals; EXIT_OK or EXIT_USAGE after a message. */
int tool__positionals(const char *tool, int argc, char **argv, int optind,
		      int *interval, int *count);
struct bpf_object;
/* With kernel.bpf_stats_enabled=1: each loaded program's run count and
 * mean run time on stderr ("bpf-stats TOOL PROG RUNS TOTAL_NS"). */
void tool__print_prog_stats(const char *tool, struct bpf_object *obj);
/* Wall clock in seconds, for the JSON "ts". */
double tool__now(void);

#endif
