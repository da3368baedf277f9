// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-blkd's command line: getopt_long and --help built from opts.def,
 * each value checked against its row and the rules between options applied
 * (optdef.c, which the sweep planner shares), then the values stored where
 * the row's dest column says.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "optdef.h"
#include "opts.h"

/* opts.def states these in numbers: the daemon's limits must agree. */
_Static_assert(BLKD_MAX_CPUS == BE_MAX_QUEUES, "--cpus: one CPU per queue at most");
_Static_assert(BE_UMEM_ANON == 1 && BE_UMEM_HUGEPAGE == 2, "--umem, --umem-hugepage: FLAG values");
_Static_assert(BE_IRQ_AFF_DRIVER == 0 && BE_IRQ_AFF_AWAY == 1 && BE_IRQ_AFF_QUEUE_CPU == 2 &&
	       BE_IRQ_AFF_AUTO == 3, "--irq-affinity: values in the enum's order");

/* targets.def's rows, in order: each target's ops table. */
static const struct be_ops *const target_ops[BLKD_NTARGETS] = {
#define TARGET(name, path, help) &name##_ops,
#include "targets.def"
#undef TARGET
};

static void usage(FILE *f)
{
	fputs("USAGE: vduse-blkd --target ", f);
	for (int i = 0; i < BLKD_NTARGETS; i++)
		fprintf(f, "%s%s", i ? "|" : "", blkd_targets[i].name);
	fputs(" [OPTIONS]\n"
	      "\n"
	      "A virtio-blk device in userspace over VDUSE. Creates /dev/vduse/NAME and\n"
	      "serves it until SIGINT or SIGTERM, which drain in-flight I/O, detach the\n"
	      "device from the vDPA bus and destroy it (a second signal exits at once).\n"
	      "SIGUSR1 prints statistics.\n"
	      "\n"
	      "OPTIONS:\n", f);
	blkd_print_options_help(f);
	fputs("\n"
	      "EXAMPLES:\n"
	      "  vduse-blkd --target null --size 1G --json &\n"
	      "  vdpa dev add name vduse0 mgmtdev vduse\n"
	      "  vduse-blkd --target file --path /dev/shm/disk.img --size 256M --queues 2\n"
	      "  vduse-blkd --target file --path /dev/shm/disk.img --size 256M --reconnect\n"
	      "  vduse-blkd --target ram --size 128M --name ram0 --attach --stats-interval 5\n"
	      "  vduse-blkd --target null --queues 2 --irq-affinity auto\n"
	      "  echo 32 > /proc/sys/vm/nr_hugepages; vduse-blkd --target ram --umem-hugepage\n",
	      f);
}

/* getopt_long's tables: short options as themselves, long-only ones by 256 + row. */
static void getopt_tables(struct option *lo, char *so)
{
	size_t n = 0;

	so[n++] = ':';
	for (int i = 0; i < BO_COUNT; i++) {
		const struct blkd_optdef *d = &blkd_optdefs[i];
		int has_arg = d->kind == BK_FLAG || d->kind == BK_ACTION ? no_argument
									  : required_argument;

		lo[i] = (struct option){ d->name, has_arg, NULL, d->short_name ? d->short_name : 256 + i };
		if (d->short_name) {
			so[n++] = d->short_name;
			if (has_arg == required_argument)
				so[n++] = ':';
		}
	}
	lo[BO_COUNT] = (struct option){ 0 };
	so[n] = '\0';
}

/* --cpus: queue i on the i-th CPU of the list, the list repeated for more queues. */
static void store_cpus(struct blkd_opts *o, const struct blkd_args *a)
{
	for (unsigned int i = 0; i < BE_MAX_QUEUES; i++)
		o->cpus[i] = a->cpus[i % a->ncpus];
	o->have_cpus = true;
}

/* Each option given, where its row's dest column says; defaults first. */
static void store(struct blkd_opts *o, const struct blkd_args *a)
{
	memset(o, 0, sizeof(*o));
	o->dev.name = "vduse0";
	o->dev.nq = a->num[BO_QUEUES];
	o->dev.queue_size = a->num[BO_QUEUE_SIZE];
	o->dev.crossed_poll_us = -1;
	o->blk_size = a->num[BO_BLK_SIZE];
#define STORE_FLAG(dest, id, lo) o->dest = (lo)
#define STORE_UINT(dest, id, lo) o->dest = a->num[id]
#define STORE_POW2 STORE_UINT
#define STORE_SIZE STORE_UINT
#define STORE_ENUM STORE_UINT
#define STORE_STR(dest, id, lo) o->dest = a->text[id]
#define STORE_DEVNAME STORE_STR
#define STORE_TARGET(dest, id, lo) o->dest = target_ops[a->num[id]]
#define STORE_CPUS(dest, id, lo) store_cpus(o, a)
#define STORE_ACTION(dest, id, lo) (void)0
#define OPT(id, lng, sh, kind, lo, hi, dflt, values, targets, xport, sweep, arg, allowed, help, \
	    dest)                                                                            \
	if (a->set[BO_##id])                                                                 \
		STORE_##kind(dest, BO_##id, lo);
#include "opts.def"
#undef OPT
	if (!o->to.size && !o->to.path)
		o->to.size = 1ull << 30;
	o->dev.qo.batch = o->dev.qo.batch ? o->dev.qo.batch : o->dev.queue_size;
	o->dev.qo.cpu = -1;
	o->dev.cpus = o->have_cpus ? o->cpus : NULL;
	o->to.queue_size = o->dev.queue_size;
	o->to.uring_depth = o->to.uring_depth ? o->to.uring_depth : 2u * o->dev.queue_size;
	if (!o->serial)
		o->serial = o->dev.name;
}

int blkd_parse(int argc, char **argv, struct blkd_opts *o)
{
	struct option lo[BO_COUNT + 1];
	char so[2 * BO_COUNT + 2], why[256];
	struct blkd_args a;
	int c;

	getopt_tables(lo, so);
	blkd_args_init(&a);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		int id = c >= 256 ? c - 256 : c == ':' || c == '?' ? -1 : blkd_opt_find((char[]){ '-', (char)c, 0 });

		if (c == ':') {
			fprintf(stderr, "vduse-blkd: %s needs a value (see --help)\n", argv[optind - 1]);
			return -1;
		}
		if (id < 0) {
			fprintf(stderr, "vduse-blkd: unknown option '%s' (see --help)\n", argv[optind - 1]);
			return -1;
		}
		if (blkd_opt_value(&a, id, optarg, why, sizeof(why))) {
			fprintf(stderr, "vduse-blkd: --%s '%s' is not valid: %s (see --help)\n",
				blkd_optdefs[id].name, optarg, why);
			return -1;
		}
		switch (id) {
		case BO_HELP: usage(stdout); return 1;
		case BO_LIST_TARGETS: blkd_print_targets(stdout); return 1;
		case BO_LIST_OPTIONS: blkd_print_options(stdout); return 1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "vduse-blkd: unexpected argument '%s' (see --help)\n", argv[optind]);
		return -1;
	}
	if (blkd_args_check(&a, "--target %s", why, sizeof(why))) {
		fprintf(stderr, "vduse-blkd: %s (see --help)\n", why);
		return -1;
	}
	store(o, &a);
	return 0;
}
