// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-blkd options: getopt_long, and a check of every value with a message
 * naming the option, the value and what is allowed.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opts.h"

static void usage(FILE *f)
{
	fputs("USAGE: vduse-blkd --target null|ram|file [OPTIONS]\n"
	      "\n"
	      "A virtio-blk device in userspace over VDUSE. Creates /dev/vduse/NAME and\n"
	      "serves it until SIGINT or SIGTERM, which drain in-flight I/O, detach the\n"
	      "device from the vDPA bus and destroy it (a second signal exits at once).\n"
	      "SIGUSR1 prints statistics.\n"
	      "\n"
	      "OPTIONS:\n"
	      "  -t, --target T         null, ram or file (required)\n"
	      "  -n, --name NAME        VDUSE device name (default vduse0)\n"
	      "  -p, --path FILE        file: image or block device (required);\n"
	      "                         ram: back the disk with this file (optional)\n"
	      "  -s, --size SIZE        disk size, e.g. 512M, 1G (null, ram: default 1G;\n"
	      "                         file: grow a smaller image to SIZE)\n"
	      "  -q, --queues N         virtqueues, one thread each, 1-16 (default 1)\n"
	      "      --queue-size N     ring entries, a power of two 2-1024 (default 256)\n"
	      "      --blk-size N       logical block size: 512, 1024, 2048, 4096 (default 512)\n"
	      "  -r, --read-only        offer a read-only disk\n"
	      "      --serial S         GET_ID serial, at most 20 bytes (default: NAME)\n"
	      "      --direct           file: open with O_DIRECT\n"
	      "      --sqpoll           file: a kernel thread polls each io_uring's submissions\n"
	      "      --uring-depth N    file: io_uring entries per queue, 1-4096\n"
	      "                         (default: 2 x queue size)\n"
	      "      --poll-us N        after work, poll for N us before sleeping, 0-1000000\n"
	      "                         (default 0: sleep on the kick eventfd at once)\n"
	      "      --batch N          publish used entries after at most N completions,\n"
	      "                         1-1024 (default: the queue size)\n"
	      "      --batch-us N       interrupt coalescing: hold a batch up to N us for\n"
	      "                         more completions, 0-100000 (default 0: publish as\n"
	      "                         soon as the queue has no more work)\n"
	      "      --cpus LIST        pin queue i to the i-th CPU of LIST, e.g. 0,1\n"
	      "      --irq-affinity M   where each vq's interrupt callback (the guest's\n"
	      "                         completion work) runs, via sysfs irq_cb_affinity\n"
	      "                         (Linux 6.8+): driver (default: the guest driver's\n"
	      "                         choice, beside the submitter), away (the other\n"
	      "                         online CPUs), queue-cpu (its queue thread's\n"
	      "                         --cpus CPU) or auto (each vq's on the other\n"
	      "                         queues' CPUs, its thread too, while at most one\n"
	      "                         queue is busy; the driver's while several are)\n"
	      "      --crossed-poll-us N  with --irq-affinity auto: while crossed and the\n"
	      "                         thread has at most 4 requests at once, poll for N\n"
	      "                         us after work, 0-1000000 (default: --poll-us)\n"
	      "      --umem             register anonymous memory of ours as the kernel's\n"
	      "                         bounce region (VDUSE_IOTLB_REG_UMEM), once the\n"
	      "                         guest's first request has created it\n"
	      "      --umem-hugepage    the same with 2 MiB huge pages (MAP_HUGETLB); needs\n"
	      "                         vm.nr_hugepages reserved (32 for the 64 MiB default)\n"
	      "      --attach           attach to the vDPA bus (`vdpa dev add`) once created\n"
	      "      --json             statistics as one JSON object per line\n"
	      "      --stats-interval S print statistics every S seconds, 0-86400 (default 0)\n"
	      "  -h, --help             this text\n"
	      "\n"
	      "EXAMPLES:\n"
	      "  vduse-blkd --target null --size 1G --json &\n"
	      "  vdpa dev add name vduse0 mgmtdev vduse\n"
	      "  vduse-blkd --target file --path /dev/shm/disk.img --size 256M --queues 2\n"
	      "  vduse-blkd --target ram --size 128M --name ram0 --attach --stats-interval 5\n"
	      "  vduse-blkd --target null --queues 2 --irq-affinity auto\n"
	      "  echo 32 > /proc/sys/vm/nr_hugepages; vduse-blkd --target ram --umem-hugepage\n",
	      f);
}

static int bad(const char *opt, const char *val, const char *allowed)
{
	fprintf(stderr, "vduse-blkd: --%s '%s' is not valid: %s (see --help)\n", opt, val, allowed);
	return -1;
}

/* A whole number in [lo, hi], nothing after it. */
static int num(const char *opt, const char *s, unsigned long lo, unsigned long hi,
	       const char *allowed, unsigned int *out)
{
	unsigned long v;
	char *end;

	errno = 0;
	if (!*s || *s == '-' || *s == '+')
		return bad(opt, s, allowed);
	v = strtoul(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return bad(opt, s, allowed);
	*out = v;
	return 0;
}

/* SIZE: bytes with an optional k, M, G or T suffix (powers of 1024). */
static int size(const char *s, uint64_t *out)
{
	const char *allowed = "a size such as 4096, 512M or 1G, from 1M to 16T";
	unsigned long long v;
	unsigned int shift = 0;
	char *end;

	errno = 0;
	if (!*s || *s < '0' || *s > '9')
		return bad("size", s, allowed);
	v = strtoull(s, &end, 10);
	if (errno)
		return bad("size", s, allowed);
	switch (*end) {
	case '\0': break;
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	case 't': case 'T': shift = 40; end++; break;
	default: return bad("size", s, allowed);
	}
	if (*end || v > (16ull << 40) >> shift)
		return bad("size", s, allowed);
	v <<= shift;
	if (v < (1ull << 20))
		return bad("size", s, allowed);
	*out = v;
	return 0;
}

static int name_ok(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > 63)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '_' || s[i] == '.'))
			return 0;
	return s[0] != '.';
}

static int cpus(const char *s, struct blkd_opts *o)
{
	const char *allowed = "a comma-separated list of CPU numbers 0-1023, one or more";
	unsigned int n = 0;
	char buf[256], *tok, *save;

	if (strlen(s) >= sizeof(buf))
		return bad("cpus", s, allowed);
	strcpy(buf, s);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		unsigned int c;

		if (n == BE_MAX_QUEUES || num("cpus", tok, 0, 1023, allowed, &c))
			return n == BE_MAX_QUEUES ? bad("cpus", s, "at most 16 CPUs") : -1;
		o->cpus[n++] = c;
	}
	if (!n)
		return bad("cpus", s, allowed);
	for (unsigned int i = n; i < BE_MAX_QUEUES; i++)
		o->cpus[i] = o->cpus[i % n];
	o->have_cpus = true;
	return 0;
}

enum { O_QSIZE = 256, O_BLK, O_SERIAL, O_DIRECT, O_SQPOLL, O_DEPTH, O_POLL, O_BATCH, O_BATCH_US, O_CPUS, O_IRQ_AFF,
       O_CROSSED_POLL, O_ATTACH, O_JSON, O_INTERVAL, O_UMEM, O_UMEM_HUGE };

int blkd_parse(int argc, char **argv, struct blkd_opts *o)
{
	static const struct option lo[] = {
		{ "target", required_argument, 0, 't' },
		{ "name", required_argument, 0, 'n' },
		{ "path", required_argument, 0, 'p' },
		{ "size", required_argument, 0, 's' },
		{ "queues", required_argument, 0, 'q' },
		{ "queue-size", required_argument, 0, O_QSIZE },
		{ "blk-size", required_argument, 0, O_BLK },
		{ "read-only", no_argument, 0, 'r' },
		{ "serial", required_argument, 0, O_SERIAL },
		{ "direct", no_argument, 0, O_DIRECT },
		{ "sqpoll", no_argument, 0, O_SQPOLL },
		{ "uring-depth", required_argument, 0, O_DEPTH },
		{ "poll-us", required_argument, 0, O_POLL },
		{ "batch", required_argument, 0, O_BATCH },
		{ "batch-us", required_argument, 0, O_BATCH_US },
		{ "cpus", required_argument, 0, O_CPUS },
		{ "irq-affinity", required_argument, 0, O_IRQ_AFF },
		{ "crossed-poll-us", required_argument, 0, O_CROSSED_POLL },
		{ "attach", no_argument, 0, O_ATTACH },
		{ "json", no_argument, 0, O_JSON },
		{ "stats-interval", required_argument, 0, O_INTERVAL },
		{ "umem", no_argument, 0, O_UMEM },
		{ "umem-hugepage", no_argument, 0, O_UMEM_HUGE },
		{ "help", no_argument, 0, 'h' },
		{ 0 }
	};
	unsigned int v, qsize = 256, batch = 0, depth = 0;
	int c;

	memset(o, 0, sizeof(*o));
	o->dev.name = "vduse0";
	o->dev.nq = 1;
	o->dev.crossed_poll_us = -1;
	o->blk_size = 512;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":t:n:p:s:q:rh", lo, NULL)) != -1) {
		switch (c) {
		case 't':
			if (!strcmp(optarg, "null"))
				o->ops = &null_ops;
			else if (!strcmp(optarg, "ram"))
				o->ops = &ram_ops;
			else if (!strcmp(optarg, "file"))
				o->ops = &file_ops;
			else
				return bad("target", optarg, "one of null, ram, file");
			break;
		case 'n':
			if (!name_ok(optarg))
				return bad("name", optarg, "1-63 characters from A-Z a-z 0-9 - _ . (not starting with .)");
			o->dev.name = optarg;
			break;
		case 'p':
			if (!*optarg)
				return bad("path", optarg, "a file name");
			o->to.path = optarg;
			break;
		case 's':
			if (size(optarg, &o->to.size))
				return -1;
			break;
		case 'q':
			if (num("queues", optarg, 1, BE_MAX_QUEUES, "a whole number from 1 to 16", &v))
				return -1;
			o->dev.nq = v;
			break;
		case O_QSIZE:
			if (num("queue-size", optarg, 2, VQ_MAX_SIZE, "a power of two from 2 to 1024", &v))
				return -1;
			if (v & (v - 1))
				return bad("queue-size", optarg, "a power of two from 2 to 1024");
			qsize = v;
			break;
		case O_BLK:
			if (num("blk-size", optarg, 512, 4096, "512, 1024, 2048 or 4096", &v))
				return -1;
			if (v & (v - 1))
				return bad("blk-size", optarg, "512, 1024, 2048 or 4096");
			o->blk_size = v;
			break;
		case 'r':
			o->ro = true;
			break;
		case O_SERIAL:
			if (strlen(optarg) > VIRTIO_BLK_ID_BYTES)
				return bad("serial", optarg, "at most 20 bytes");
			o->serial = optarg;
			break;
		case O_DIRECT:
			o->to.direct = true;
			break;
		case O_SQPOLL:
			o->to.sqpoll = true;
			break;
		case O_DEPTH:
			if (num("uring-depth", optarg, 1, 4096, "a whole number from 1 to 4096", &depth))
				return -1;
			break;
		case O_POLL:
			if (num("poll-us", optarg, 0, 1000000, "microseconds from 0 to 1000000", &v))
				return -1;
			o->dev.qo.poll_us = v;
			break;
		case O_BATCH:
			if (num("batch", optarg, 1, VQ_MAX_SIZE, "a whole number from 1 to 1024", &batch))
				return -1;
			break;
		case O_BATCH_US:
			if (num("batch-us", optarg, 0, 100000, "microseconds from 0 to 100000", &v))
				return -1;
			o->dev.qo.batch_us = v;
			break;
		case O_CPUS:
			if (cpus(optarg, o))
				return -1;
			break;
		case O_IRQ_AFF:
			if (!strcmp(optarg, "driver"))
				o->dev.irq_aff = BE_IRQ_AFF_DRIVER;
			else if (!strcmp(optarg, "away"))
				o->dev.irq_aff = BE_IRQ_AFF_AWAY;
			else if (!strcmp(optarg, "queue-cpu"))
				o->dev.irq_aff = BE_IRQ_AFF_QUEUE_CPU;
			else if (!strcmp(optarg, "auto"))
				o->dev.irq_aff = BE_IRQ_AFF_AUTO;
			else
				return bad("irq-affinity", optarg, "driver, away, queue-cpu or auto");
			break;
		case O_CROSSED_POLL:
			if (num("crossed-poll-us", optarg, 0, 1000000, "microseconds from 0 to 1000000",
				&v))
				return -1;
			o->dev.crossed_poll_us = (int)v;
			break;
		case O_ATTACH:
			o->attach = true;
			break;
		case O_JSON:
			o->json = true;
			break;
		case O_INTERVAL:
			if (num("stats-interval", optarg, 0, 86400, "seconds from 0 to 86400",
				&o->stats_interval))
				return -1;
			break;
		case O_UMEM:
			if (o->dev.umem == BE_UMEM_OFF)
				o->dev.umem = BE_UMEM_ANON;
			break;
		case O_UMEM_HUGE:
			o->dev.umem = BE_UMEM_HUGEPAGE;
			break;
		case 'h':
			usage(stdout);
			return 1;
		case ':':
			fprintf(stderr, "vduse-blkd: %s needs a value (see --help)\n", argv[optind - 1]);
			return -1;
		default:
			fprintf(stderr, "vduse-blkd: unknown option '%s' (see --help)\n", argv[optind - 1]);
			return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "vduse-blkd: unexpected argument '%s' (see --help)\n", argv[optind]);
		return -1;
	}
	if (!o->ops) {
		fprintf(stderr, "vduse-blkd: --target is required: null, ram or file (see --help)\n");
		return -1;
	}
	if (o->ops == &file_ops && !o->to.path) {
		fprintf(stderr, "vduse-blkd: --target file needs --path (see --help)\n");
		return -1;
	}
	if (o->ops == &null_ops && o->to.path) {
		fprintf(stderr, "vduse-blkd: --path '%s' is not valid: the null target has no storage\n",
			o->to.path);
		return -1;
	}
	if (o->ops != &file_ops && (o->to.direct || o->to.sqpoll)) {
		fprintf(stderr, "vduse-blkd: --%s is only for --target file\n",
			o->to.direct ? "direct" : "sqpoll");
		return -1;
	}
	if (!o->to.size && !(o->to.path))
		o->to.size = 1ull << 30;
	if (o->to.size % o->blk_size) {
		fprintf(stderr, "vduse-blkd: --size %" PRIu64 " is not a multiple of --blk-size %u\n",
			o->to.size, o->blk_size);
		return -1;
	}
	if (o->dev.irq_aff == BE_IRQ_AFF_QUEUE_CPU && !o->have_cpus) {
		fprintf(stderr, "vduse-blkd: --irq-affinity queue-cpu needs --cpus: the CPU of each queue thread\n");
		return -1;
	}
	if (o->dev.crossed_poll_us >= 0 && o->dev.irq_aff != BE_IRQ_AFF_AUTO) {
		fprintf(stderr, "vduse-blkd: --crossed-poll-us needs --irq-affinity auto: only auto crosses and uncrosses queues\n");
		return -1;
	}
	if (batch > qsize) {
		fprintf(stderr, "vduse-blkd: --batch %u is not valid: at most the queue size (%u)\n",
			batch, qsize);
		return -1;
	}
	o->dev.queue_size = qsize;
	o->dev.qo.batch = batch ? batch : qsize;
	o->dev.qo.cpu = -1;
	o->dev.cpus = o->have_cpus ? o->cpus : NULL;
	o->to.queue_size = qsize;
	o->to.uring_depth = depth ? depth : 2 * qsize;
	if (!o->serial)
		o->serial = o->dev.name;
	return 0;
}
