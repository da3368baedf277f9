// SPDX-License-Identifier: GPL-2.0-only
/*
 * A userspace virtio-blk driver for a VDUSE device bound to vhost_vdpa, made
 * to send the IOTLB updates the guest's own virtio-blk never sends (a VM
 * behind a vIOMMU does): it keeps requests in flight (writes of a seeded
 * pattern, each read back and compared) at each queue depth in turn, and
 * every few milliseconds it either unmaps and maps again the pages holding
 * the ring, headers and status bytes at the same IOVA, or moves an idle data
 * window to a new IOVA, alternately inside a batch and as separate messages.
 * Its memory is one memfd mapped shared: vhost-vdpa over VDUSE hands the
 * device the file behind each mapping, and skips anonymous memory.
 * Bounded waits everywhere: no progress for --stall-s seconds is a failure.
 * Prints one summary line; exits 0, 1 on any mismatch, error or stall, 2 on
 * bad arguments.
 */
#include <errno.h>
#include <getopt.h>
#include <linux/vhost.h>
#include <linux/virtio_blk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "vhost_drv.h"

#define NUM 64               /* ring entries: 3 descriptors a request */
#define MAX_DEPTH (NUM / 3)
#define MAX_DEPTHS 8
#define CTRL 65536           /* rings, headers, status bytes */
#define DESC_OFF 0
#define AVAIL_OFF 4096
#define USED_OFF 8192
#define HDR_OFF 12288
#define ST_OFF 16384
#define CTRL_IOVA 0x10000000ull
#define WIN 65536            /* one request's data window: up to 64 KiB */
#define NWIN (2 * MAX_DEPTH) /* at least half of them idle at any time */
#define DATA_IOVA 0x20000000ull
#define DATA_IOVA_END 0x80000000ull

struct opts {
	const char *dev;
	unsigned int seconds, update_ms, stall_s, depths[MAX_DEPTHS], ndepths;
	unsigned long long seed;
	bool batch;
};

struct lane {
	bool busy, reading;
	int win;
	uint32_t seq, len;
	uint64_t sector;
};

static struct {
	struct vdrv v;
	uint8_t *mem;
	uint64_t win_iova[NWIN], next_iova, area;
	int win_users[NWIN];
	struct lane lanes[MAX_DEPTH];
	uint64_t rnd;
	unsigned long long reqs, writes, reads, bytes, mismatches, errors;
	unsigned long long updates, ring_remaps, win_moves, batched;
} g;

static uint64_t rnd(void)
{
	g.rnd ^= g.rnd << 13;
	g.rnd ^= g.rnd >> 7;
	g.rnd ^= g.rnd << 17;
	return g.rnd;
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000ull + ts.tv_nsec / 1000000;
}

/* The word at byte off of a lane's write seq: the data that must read back. */
static uint64_t pattern(unsigned long long seed, unsigned int lane, uint32_t seq, uint64_t off)
{
	uint64_t x = seed ^ (uint64_t)lane << 48 ^ (uint64_t)seq << 20 ^ off;

	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	return x ^ x >> 29;
}

static uint8_t *win_host(int w)
{
	return g.mem + CTRL + (size_t)w * WIN;
}

static void lane_post(const struct opts *o, unsigned int i)
{
	struct lane *l = &g.lanes[i];
	struct virtio_blk_outhdr *h = (void *)(g.mem + HDR_OFF + 16 * i);
	uint16_t d = 3 * i;
	uint64_t *p;

	if (!l->reading) { /* a new write: somewhere in the lane's area, a free window */
		l->len = 4096 * (1 + rnd() % (WIN / 4096));
		l->sector = (i * g.area + rnd() % (g.area - l->len + 1)) / 512 & ~7ull;
		do
			l->win = rnd() % NWIN;
		while (g.win_users[l->win]);
		l->seq++;
	}
	g.win_users[l->win]++;
	p = (uint64_t *)win_host(l->win);
	for (uint64_t k = 0; k < l->len / 8; k++)
		p[k] = l->reading ? 0xa5a5a5a5a5a5a5a5ull : pattern(o->seed, i, l->seq, k * 8);
	h->type = l->reading ? VIRTIO_BLK_T_IN : VIRTIO_BLK_T_OUT;
	h->ioprio = 0;
	h->sector = l->sector;
	g.mem[ST_OFF + i] = 0xff;
	g.v.desc[d] = (struct vring_desc){ CTRL_IOVA + HDR_OFF + 16 * i, 16, VRING_DESC_F_NEXT, d + 1 };
	g.v.desc[d + 1] = (struct vring_desc){ g.win_iova[l->win], l->len,
		VRING_DESC_F_NEXT | (l->reading ? VRING_DESC_F_WRITE : 0), d + 2 };
	g.v.desc[d + 2] = (struct vring_desc){ CTRL_IOVA + ST_OFF + i, 1, VRING_DESC_F_WRITE, 0 };
	l->busy = true;
	vdrv_post(&g.v, d);
}

/* A used element: check it, and post the lane's next request if post. */
static void complete(const struct opts *o, uint16_t id, uint32_t len, bool post)
{
	unsigned int i = id / 3;
	struct lane *l = &g.lanes[i];
	const uint64_t *p;

	if (id % 3 || i >= MAX_DEPTH || !l->busy) {
		fprintf(stderr, "vhost-blk-driver: used id %u is no request in flight\n", id);
		g.errors++;
		return;
	}
	l->busy = false;
	g.win_users[l->win]--;
	g.reqs++;
	if (g.mem[ST_OFF + i] != VIRTIO_BLK_S_OK || len != (l->reading ? l->len + 1 : 1)) {
		fprintf(stderr, "vhost-blk-driver: lane %u %s of %u at sector %llu: status %u, used length %u\n",
			i, l->reading ? "read" : "write", l->len, (unsigned long long)l->sector,
			g.mem[ST_OFF + i], len);
		g.errors++;
	} else if (l->reading) {
		p = (const uint64_t *)win_host(l->win);
		for (uint64_t k = 0; k < l->len / 8; k++)
			if (p[k] != pattern(o->seed, i, l->seq, k * 8)) {
				if (!g.mismatches)
					fprintf(stderr, "vhost-blk-driver: lane %u sector %llu: byte %llu reads back wrong\n",
						i, (unsigned long long)l->sector,
						(unsigned long long)k * 8);
				g.mismatches++;
				break;
			}
	}
	if (l->reading)
		g.reads++;
	else
		g.writes++;
	g.bytes += l->len;
	l->reading = !l->reading;
	if (post)
		lane_post(o, i);
}

/* A new IOVA for a window, overlapping no other's. */
static uint64_t fresh_iova(void)
{
	for (;;) {
		bool clash = false;
		uint64_t a = g.next_iova;

		g.next_iova = g.next_iova + WIN >= DATA_IOVA_END ? DATA_IOVA : g.next_iova + WIN;
		for (int w = 0; w < NWIN; w++)
			clash |= g.win_iova[w] == a;
		if (!clash)
			return a;
	}
}

/* One update: the ring's pages again at the same IOVA, or an idle window to
 * a new one; inside a batch every other time when batching is on. */
static int update(const struct opts *o)
{
	bool batch = o->batch && g.v.batch && (g.updates / 2) % 2 == 0;
	bool ring = g.updates % 2 == 0;
	int ret = 0, w;

	if (batch)
		ret = vdrv_iotlb(&g.v, VHOST_IOTLB_BATCH_BEGIN, 0, 0, NULL);
	if (ring) {
		if (!ret)
			ret = vdrv_iotlb(&g.v, VHOST_IOTLB_INVALIDATE, CTRL_IOVA, CTRL, NULL);
		if (!ret)
			ret = vdrv_iotlb(&g.v, VHOST_IOTLB_UPDATE, CTRL_IOVA, CTRL, g.mem);
		g.ring_remaps++;
	} else {
		do
			w = rnd() % NWIN;
		while (g.win_users[w]);
		if (!ret)
			ret = vdrv_iotlb(&g.v, VHOST_IOTLB_INVALIDATE, g.win_iova[w], WIN, NULL);
		g.win_iova[w] = fresh_iova();
		if (!ret)
			ret = vdrv_iotlb(&g.v, VHOST_IOTLB_UPDATE, g.win_iova[w], WIN, win_host(w));
		g.win_moves++;
	}
	if (batch && !ret)
		ret = vdrv_iotlb(&g.v, VHOST_IOTLB_BATCH_END, 0, 0, NULL);
	g.batched += batch;
	g.updates++;
	return ret;
}

/* Reap what is done; false after stall_s seconds without any completion. */
static bool reap(const struct opts *o, bool post, uint64_t *last_done)
{
	uint16_t id;
	uint32_t len;
	int rc = vdrv_wait(&g.v, 100);

	if (rc < 0) {
		fprintf(stderr, "vhost-blk-driver: call eventfd: %s\n", strerror(-rc));
		g.errors++;
		return false;
	}
	while (vdrv_used(&g.v, &id, &len)) {
		complete(o, id, len, post);
		*last_done = now_ms();
	}
	if (now_ms() - *last_done > o->stall_s * 1000ull) {
		unsigned int n = 0;

		for (int i = 0; i < MAX_DEPTH; i++)
			n += g.lanes[i].busy;
		fprintf(stderr, "vhost-blk-driver: no request completed for %u s, %u in flight\n",
			o->stall_s, n);
		g.errors++;
		return false;
	}
	return true;
}

/* Each depth for its share of the time, updates all along; then drain. */
static void run(const struct opts *o)
{
	uint64_t t0 = now_ms(), last_done = t0, next_update = t0 + o->update_ms;

	for (unsigned int p = 0; p < o->ndepths && !g.errors; p++) {
		uint64_t end = t0 + (uint64_t)o->seconds * 1000 * (p + 1) / o->ndepths;
		bool ok = true;

		for (unsigned int i = 0; i < o->depths[p]; i++)
			lane_post(o, i);
		while (ok && !g.errors && now_ms() < end) {
			ok = reap(o, true, &last_done);
			if (o->update_ms && now_ms() >= next_update) {
				if (update(o))
					g.errors++;
				next_update = now_ms() + o->update_ms;
			}
		}
		for (bool busy = true; busy && ok;) {
			busy = false;
			for (int i = 0; i < MAX_DEPTH; i++)
				busy |= g.lanes[i].busy;
			if (busy)
				ok = reap(o, false, &last_done);
		}
		for (int i = 0; i < MAX_DEPTH; i++)
			g.lanes[i].reading = false; /* a phase ends after a read-back */
	}
}

static int setup(const struct opts *o)
{
	uint64_t iova[3] = { CTRL_IOVA + DESC_OFF, CTRL_IOVA + AVAIL_OFF, CTRL_IOVA + USED_OFF };
	size_t size = CTRL + (size_t)NWIN * WIN;
	int fd, ret;

	ret = vdrv_open(&g.v, o->dev, o->batch);
	if (ret)
		return ret;
	/* Each lane writes and reads back its own part of the first 64 MiB. */
	g.area = (g.v.capacity * 512 < (64u << 20) ? g.v.capacity * 512 : 64u << 20) / MAX_DEPTH;
	g.area &= ~(uint64_t)(WIN - 1);
	if (g.area < WIN) {
		fprintf(stderr, "vhost-blk-driver: %llu sectors: too small (at least %u)\n",
			(unsigned long long)g.v.capacity, MAX_DEPTH * WIN / 512);
		return -EINVAL;
	}
	fd = memfd_create("vhost-blk-driver", MFD_CLOEXEC);
	if (fd < 0 || ftruncate(fd, size))
		return -errno;
	g.mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	if (g.mem == MAP_FAILED)
		return -errno;
	memset(g.mem, 0, size);
	ret = vdrv_iotlb(&g.v, VHOST_IOTLB_UPDATE, CTRL_IOVA, CTRL, g.mem);
	for (int w = 0; w < NWIN && !ret; w++) {
		g.win_iova[w] = DATA_IOVA + (uint64_t)w * WIN;
		ret = vdrv_iotlb(&g.v, VHOST_IOTLB_UPDATE, g.win_iova[w], WIN, win_host(w));
	}
	g.next_iova = DATA_IOVA + (uint64_t)NWIN * WIN;
	if (!ret)
		ret = vdrv_start(&g.v, NUM, iova, g.mem + DESC_OFF, g.mem + AVAIL_OFF,
				 g.mem + USED_OFF);
	return ret;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: vhost-blk-driver --dev /dev/vhost-vdpa-N [options]\n"
		"  -d, --dev PATH        the vhost-vdpa device of a VDUSE virtio-blk disk\n"
		"  -t, --seconds N       run time, shared out among the depths (1-3600, default 20)\n"
		"  -q, --depths LIST     queue depths in turn, comma-separated (1-%d each, at most %d; default 1,4,16)\n"
		"  -u, --update-ms N     an IOTLB update every N ms (0: none; 0-10000, default 2)\n"
		"  -B, --no-batch        never batch updates (default: every other pair batched, if offered)\n"
		"  -s, --seed N          data pattern seed (default 1)\n"
		"  -S, --stall-s N       fail after N s without a completion (1-600, default 20)\n"
		"EXAMPLES\n"
		"  vhost-blk-driver --dev /dev/vhost-vdpa-0 --seconds 30 --depths 1,16 --update-ms 1\n",
		MAX_DEPTH, MAX_DEPTHS);
}

/* A whole number in [lo, hi] for option name, or exit 2 saying why. */
static unsigned long long number(const char *name, const char *s, unsigned long long lo,
				 unsigned long long hi)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno || end == s || *end || *s == '-' || v < lo || v > hi) {
		fprintf(stderr, "vhost-blk-driver: --%s '%s': want a whole number from %llu to %llu\n",
			name, s, lo, hi);
		exit(2);
	}
	return v;
}

static void parse_depths(struct opts *o, char *list)
{
	char *save = NULL, *tok;

	o->ndepths = 0;
	for (tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (o->ndepths == MAX_DEPTHS) {
			fprintf(stderr, "vhost-blk-driver: --depths: at most %d depths\n", MAX_DEPTHS);
			exit(2);
		}
		o->depths[o->ndepths++] = number("depths", tok, 1, MAX_DEPTH);
	}
	if (!o->ndepths) {
		fprintf(stderr, "vhost-blk-driver: --depths '': want a list such as 1,4,16\n");
		exit(2);
	}
}

static void parse(struct opts *o, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "dev", required_argument, NULL, 'd' },
		{ "seconds", required_argument, NULL, 't' },
		{ "depths", required_argument, NULL, 'q' },
		{ "update-ms", required_argument, NULL, 'u' },
		{ "no-batch", no_argument, NULL, 'B' },
		{ "seed", required_argument, NULL, 's' },
		{ "stall-s", required_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	static char defdepths[] = "1,4,16";
	int c;

	*o = (struct opts){ .seconds = 20, .update_ms = 2, .stall_s = 20, .seed = 1, .batch = true };
	parse_depths(o, defdepths);
	while ((c = getopt_long(argc, argv, "d:t:q:u:Bs:S:h", lo, NULL)) != -1) {
		switch (c) {
		case 'd': o->dev = optarg; break;
		case 't': o->seconds = number("seconds", optarg, 1, 3600); break;
		case 'q': parse_depths(o, optarg); break;
		case 'u': o->update_ms = number("update-ms", optarg, 0, 10000); break;
		case 'B': o->batch = false; break;
		case 's': o->seed = number("seed", optarg, 0, ~0ull); break;
		case 'S': o->stall_s = number("stall-s", optarg, 1, 600); break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); exit(2);
		}
	}
	if (optind < argc) {
		fprintf(stderr, "vhost-blk-driver: unexpected argument '%s'\n", argv[optind]);
		exit(2);
	}
	if (!o->dev) {
		fprintf(stderr, "vhost-blk-driver: --dev is required (e.g. /dev/vhost-vdpa-0)\n");
		usage(stderr);
		exit(2);
	}
}

int main(int argc, char **argv)
{
	struct opts o;
	uint64_t t0;
	int ret;

	parse(&o, argc, argv);
	g.rnd = o.seed * 0x9e3779b97f4a7c15ull | 1;
	ret = setup(&o);
	t0 = now_ms();
	if (!ret)
		run(&o);
	else
		g.errors++;
	vdrv_close(&g.v);
	printf("vhost-blk-driver: requests %llu writes %llu reads %llu bytes %llu updates %llu ring_remaps %llu window_moves %llu batched %llu set_maps %llu mismatches %llu errors %llu ms %llu batch %s\n",
	       g.reqs, g.writes, g.reads, g.bytes, g.updates, g.ring_remaps, g.win_moves, g.batched,
	       (unsigned long long)g.v.set_maps, g.mismatches, g.errors,
	       (unsigned long long)(now_ms() - t0), g.v.batch ? "on" : "off");
	return g.mismatches || g.errors ? 1 : 0;
}
