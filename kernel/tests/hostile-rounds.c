// SPDX-License-Identifier: GPL-2.0-only
/*
 * The hostile backend's abuse rounds, run while the guest does I/O: each
 * calls the device's ioctls with arguments out of range or at odd times
 * and counts what the driver answered. A round must leave the device
 * serving (the ring server's kick fd and queue size are put back), so
 * that the guest makes progress between rounds; the answers are logged,
 * not judged: the judge is the guest kernel (dmesg, removal, unload).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stddef.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>
#include <linux/virtio_blk.h>

#include "hostile.h"

struct tally {
	unsigned int ok, einval, other, sigbus;
};

static void count(struct tally *t, int ret)
{
	if (ret >= 0)
		t->ok++;
	else if (errno == EINVAL)
		t->einval++;
	else
		t->other++;
}

static void log_tally(const char *round, const struct tally *t)
{
	hlog("round %s: ok %u einval %u other-errors %u sigbus %u", round, t->ok, t->einval,
	     t->other, t->sigbus);
}

static void flood_inject(struct hostile *h, struct tally *t)
{
	unsigned int n = 500 + rnd_below(5000);
	uint32_t bad[] = { 1, 2, 0xffff, 0x7fffffff, 0xffffffff };

	for (unsigned int i = 0; i < n; i++) {
		uint32_t vq = rnd_below(8) ? 0 : bad[rnd_below(5)];

		count(t, ioctl(h->devfd, VDUSE_VQ_INJECT_IRQ, &vq));
	}
}

static void flood_config(struct hostile *h, struct tally *t)
{
	unsigned int n = 200 + rnd_below(3000);

	for (unsigned int i = 0; i < n; i++)
		count(t, ioctl(h->devfd, VDUSE_DEV_INJECT_CONFIG_IRQ));
}

static sigjmp_buf bus_jmp;
static volatile sig_atomic_t bus_armed;

static void on_sigbus(int sig)
{
	(void)sig;
	if (bus_armed)
		siglongjmp(bus_jmp, 1);
	_exit(3);
}

/* Read the byte at p: 0, or -1 on SIGBUS (a page the driver refuses). */
static int peek(volatile uint8_t *p)
{
	uint8_t sink;

	bus_armed = 1;
	if (sigsetjmp(bus_jmp, 1)) {
		bus_armed = 0;
		return -1;
	}
	sink = *p;
	(void)sink;
	bus_armed = 0;
	return 0;
}

/* Read one byte of some pages of [p, p + len). */
static void touch(uint8_t *p, size_t len, struct tally *t)
{
	for (size_t off = 0; off < len; off += 4096 * (1 + rnd_below(64)))
		if (peek(p + off))
			t->sigbus++;
}

/*
 * VDUSE_IOTLB_GET_FD with ranges the driver must refuse or clamp, mmaps
 * of its fd beyond the region it describes, and some fds and mappings
 * kept open across the resets of later cycles (h->held_fd; the mappings
 * leak on purpose until the program exits).
 */
static void iotlb_fd(struct hostile *h, struct tally *t)
{
	static const uint64_t starts[] = { 0, 1, 4095, 4096, 1ULL << 26, (1ULL << 26) + 1,
					   1ULL << 30, ~0ULL - 4095, ~0ULL };
	unsigned int n = 4 + rnd_below(12);

	for (unsigned int i = 0; i < n; i++) {
		struct vduse_iotlb_entry e = { .start = starts[rnd_below(9)] };
		size_t len;
		off_t off;
		uint8_t *p;
		int fd;

		e.last = rnd_below(4) ? e.start + rnd_below(1 << 20) : rnd_below(2) ? ~0ULL : 0;
		fd = ioctl(h->devfd, VDUSE_IOTLB_GET_FD, &e);
		count(t, fd);
		if (fd < 0)
			continue;
		/* the region, a page of it, or far beyond its end */
		len = rnd_below(3) ? 4096 * (1 + rnd_below(16)) : (size_t)1 << 27;
		off = rnd_below(2) ? (off_t)e.offset : (off_t)e.offset + ((off_t)rnd_below(1 << 16) << 12);
		p = mmap(NULL, len, PROT_READ | (rnd_below(2) ? PROT_WRITE : 0), MAP_SHARED, fd, off);
		count(t, p == MAP_FAILED ? -1 : 0);
		if (p != MAP_FAILED) {
			touch(p, len, t);
			if (rnd_below(4))
				munmap(p, len);
		}
		if (h->nheld < sizeof(h->held_fd) / sizeof(h->held_fd[0]) && !rnd_below(3))
			h->held_fd[h->nheld++] = fd;
		else
			close(fd);
	}
	/* touch what earlier rounds (maybe earlier cycles, before a reset)
	 * left mapped: held fds are mapped again and read */
	for (unsigned int i = 0; i < h->nheld; i++) {
		uint8_t *p = mmap(NULL, 1 << 20, PROT_READ, MAP_SHARED, h->held_fd[i], 0);

		if (p == MAP_FAILED)
			continue;
		touch(p, 1 << 20, t);
		munmap(p, 1 << 20);
	}
}

/* Kick fds: bad fds, not an eventfd, out-of-range queues, deassign;
 * the server's own fd is put back at the end (it also polls the ring). */
static void kickfd(struct hostile *h, struct tally *t)
{
	int pipefd[2] = { -1, -1 }, efd = eventfd(0, EFD_CLOEXEC);
	int fds[] = { -2, -1, 9999, 0, efd, -100 };
	unsigned int n = 4 + rnd_below(20);

	if (pipe(pipefd))
		pipefd[0] = -1;
	fds[3] = pipefd[0];
	for (unsigned int i = 0; i < n; i++) {
		struct vduse_vq_eventfd ev = { .index = rnd_below(4) ? 0 : rnd_below(1 << 16),
					       .fd = fds[rnd_below(6)] };

		count(t, ioctl(h->devfd, VDUSE_VQ_SETUP_KICKFD, &ev));
	}
	pthread_mutex_lock(&h->ring_lock);
	if (h->kickfd >= 0) {
		struct vduse_vq_eventfd ev = { .index = 0, .fd = h->kickfd };

		count(t, ioctl(h->devfd, VDUSE_VQ_SETUP_KICKFD, &ev));
	}
	pthread_mutex_unlock(&h->ring_lock);
	close(efd);
	if (pipefd[0] >= 0) {
		close(pipefd[0]);
		close(pipefd[1]);
	}
}

/* VQ_GET_INFO and VQ_SETUP out of range, reserved fields set, and queue
 * sizes that are no size at all, mostly put back to HOSTILE_QSIZE (what
 * is left is what the next `vdpa dev add` finds). */
static void vq_ioctls(struct hostile *h, struct tally *t)
{
	static const uint16_t sizes[] = { 0, 1, 3, 255, 256, 1024, 32768, 65535 };
	unsigned int n = 4 + rnd_below(20);

	for (unsigned int i = 0; i < n; i++) {
		struct vduse_vq_info vi = { .index = rnd_below(2) ? 1 + rnd_below(1 << 16) : 0 };
		struct vduse_vq_config vc = { .index = rnd_below(2) ? 1 + rnd_below(100) : 0,
					      .max_size = sizes[rnd_below(8)] };

		if (!rnd_below(4))
			vc.reserved[rnd_below(13)] = 1;
		count(t, ioctl(h->devfd, VDUSE_VQ_GET_INFO, &vi));
		count(t, ioctl(h->devfd, VDUSE_VQ_SETUP, &vc));
	}
	if (rnd_below(8)) {
		struct vduse_vq_config vc = { .index = 0, .max_size = HOSTILE_QSIZE };

		count(t, ioctl(h->devfd, VDUSE_VQ_SETUP, &vc));
	} else {
		hlog("round vq-ioctls: queue 0's size left as the last one written");
	}
}

/* VDUSE_DEV_SET_CONFIG at bad offsets and lengths, and a capacity change
 * announced by a config interrupt, put back afterwards. */
static void set_config(struct hostile *h, struct tally *t)
{
	static const uint32_t vals[] = { 0, 1, 7, 8, 59, 60, 61, 4096, 0x7fffffff, 0xffffffff };
	struct {
		struct vduse_config_data c;
		uint8_t buf[256];
	} cfg;
	uint64_t cap;
	unsigned int n = 4 + rnd_below(20);

	for (unsigned int i = 0; i < n; i++) {
		memset(&cfg, 0, sizeof(cfg));
		cfg.c.offset = vals[rnd_below(10)];
		cfg.c.length = vals[rnd_below(10)];
		if (cfg.c.length > sizeof(cfg.buf) && cfg.c.offset + cfg.c.length > cfg.c.offset)
			cfg.c.length = rnd_below(2) ? cfg.c.length : sizeof(cfg.buf);
		/* offset 0 is the capacity: never written with garbage here */
		if (cfg.c.offset < sizeof(cap))
			cfg.c.offset = sizeof(cap) + rnd_below(8);
		count(t, ioctl(h->devfd, VDUSE_DEV_SET_CONFIG, &cfg));
	}
	cap = rnd_below(2) ? 0 : HOSTILE_SECTORS * 2;
	for (int i = 0; i < 2; i++) {
		memset(&cfg, 0, sizeof(cfg));
		cfg.c.offset = offsetof(struct virtio_blk_config, capacity);
		cfg.c.length = sizeof(cap);
		memcpy(cfg.c.buffer, &cap, sizeof(cap));
		count(t, ioctl(h->devfd, VDUSE_DEV_SET_CONFIG, &cfg));
		count(t, ioctl(h->devfd, VDUSE_DEV_INJECT_CONFIG_IRQ));
		sleep_ms(100 + rnd_below(400));
		cap = HOSTILE_SECTORS;
	}
}

/* Writes of replies nobody asked for, short and with reserved bits set,
 * and reads into buffers too small for a request. */
static void stray_replies(struct hostile *h, struct tally *t)
{
	unsigned int n = 10 + rnd_below(200);
	uint8_t small[8];

	for (unsigned int i = 0; i < n; i++) {
		struct vduse_dev_response r = { .request_id = (uint32_t)rnd(), .result = rnd_below(3) };
		size_t len = rnd_below(4) ? sizeof(r) : rnd_below(sizeof(r));

		if (!rnd_below(4))
			r.reserved[rnd_below(4)] = 1;
		count(t, (int)write(h->devfd, &r, len));
	}
	count(t, (int)read(h->devfd, small, sizeof(small)));
}

/* Register and deregister user bounce memory with wrong arguments. */
static void umem(struct hostile *h, struct tally *t)
{
	static uint8_t buf[1 << 16] __attribute__((aligned(4096)));
	unsigned int n = 2 + rnd_below(8);

	for (unsigned int i = 0; i < n; i++) {
		struct vduse_iova_umem u = { .uaddr = (uintptr_t)buf + (rnd_below(2) ? 0 : 1),
					     .iova = rnd_below(2) ? 0 : 4096,
					     .size = rnd_below(2) ? sizeof(buf) : 1ULL << 40 };

		if (!rnd_below(4))
			u.reserved[rnd_below(3)] = 1;
		count(t, ioctl(h->devfd, rnd_below(2) ? VDUSE_IOTLB_REG_UMEM :
							VDUSE_IOTLB_DEREG_UMEM, &u));
	}
}

/* Completions with lengths nothing like the buffers. */
static void used_len(struct hostile *h, struct tally *t)
{
	atomic_store(&h->len_garbage, 4 + (int)rnd_below(64));
	t->ok++;
}

#ifdef VDUSE_VQ_INJECT_IRQS
/* Our uAPI extension (patch 0019): masks and reserved fields it refuses,
 * and a flood of good ones. ENOTTY on the stock module. */
static void inject_irqs(struct hostile *h, struct tally *t)
{
	static const uint64_t masks[] = { 0, 1, 2, 3, 1ULL << 63, ~0ULL };
	unsigned int n = 50 + rnd_below(2000);

	for (unsigned int i = 0; i < n; i++) {
		struct vduse_vq_irqs q = { .first = rnd_below(4) ? 0 : (uint32_t)rnd(),
					   .mask = masks[rnd_below(6)],
					   .reserved = rnd_below(8) ? 0 : 1 };

		count(t, ioctl(h->devfd, VDUSE_VQ_INJECT_IRQS, &q));
	}
}
#endif

static void knobs_late(struct hostile *h, struct tally *t)
{
	knobs_randomize(h, true);
	t->ok++;
}

static const struct {
	const char *name;
	void (*run)(struct hostile *h, struct tally *t);
} rounds[] = {
	{ "calm", NULL },
	{ "inject-flood", flood_inject },
	{ "config-irq-flood", flood_config },
	{ "iotlb-fd", iotlb_fd },
	{ "kickfd", kickfd },
	{ "vq-ioctls", vq_ioctls },
	{ "set-config", set_config },
	{ "stray-replies", stray_replies },
	{ "umem", umem },
	{ "used-len", used_len },
	{ "knobs", knobs_late },
#ifdef VDUSE_VQ_INJECT_IRQS
	{ "inject-irqs", inject_irqs },
#endif
};

int rounds_count(void)
{
	return (int)(sizeof(rounds) / sizeof(rounds[0]));
}

const char *round_name(int r)
{
	return r >= 0 && r < rounds_count() ? rounds[r].name : "?";
}

void round_run(struct hostile *h, int r)
{
	struct tally t = { 0 };

	if (r < 0 || r >= rounds_count() || !rounds[r].run)
		return;
	rounds[r].run(h, &t);
	log_tally(rounds[r].name, &t);
}

void rounds_pre_ok(struct hostile *h)
{
	struct sigaction sa = { .sa_handler = on_sigbus };
	struct tally t = { 0 };
	uint32_t vq = 0;

	sigaction(SIGBUS, &sa, NULL);
	count(&t, ioctl(h->devfd, VDUSE_VQ_INJECT_IRQ, &vq));
	count(&t, ioctl(h->devfd, VDUSE_DEV_INJECT_CONFIG_IRQ));
	iotlb_fd(h, &t); /* no domain before the first attach */
	log_tally("before-attach", &t);
}

void rounds_release_held(struct hostile *h)
{
	for (unsigned int i = 0; i < h->nheld; i++)
		close(h->held_fd[i]);
	h->nheld = 0;
}
