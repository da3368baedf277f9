// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-blkd: serve a disk from a target (null, ram, file, zero) over VDUSE
 * (a virtio-blk device for the vDPA bus) or, with --transport ublk, over
 * ublk (a /dev/ublkbN block device): the same target code either way. The
 * main thread only handles signals and statistics; a shutdown thread
 * detaches and destroys the device, so that a second signal can still end
 * the process (once the detach child is done, or after DETACH_WAIT_S)
 * while the first teardown waits on the kernel.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "dev.h"
#include "json.h"
#include "opts.h"
#include "ublk.h"

static struct be_dev dev;
static struct be_ublk ublk;
static bool use_ublk; /* --transport ublk */
static struct be_target tgt;
static struct blkd_opts opts;
static int done_fd = -1;
static int shutdown_rc;
/* VDUSE: readable once the shutdown's detach step is over (the child
 * reaped, or no detach needed). */
static int detach_done_fd = -1;

static void print_stats(const char *why)
{
	if (opts.json) {
		struct timespec ts;
		struct json j;

		clock_gettime(CLOCK_REALTIME, &ts);
		/* One object per line: the stats with the reason; the time in whole
		 * milliseconds, not rounded up. */
		json__init(&j, stdout);
		json__obj_open(&j, NULL);
		json__str(&j, "event", why);
		json__fixed(&j, "time", (double)ts.tv_sec + (double)(ts.tv_nsec / 1000000) / 1e3, 3);
		if (use_ublk)
			be_ublk_stats_json(&ublk, &j, "stats");
		else
			be_dev_stats_json(&dev, &j, "stats");
		json__end_line(&j);
	} else {
		unsigned long long r = 0, w = 0, e = 0;
		unsigned int nq = use_ublk ? ublk.o.nq : dev.nq;

		for (unsigned int i = 0; i < nq; i++) {
			const struct be_qstats *st = use_ublk ? &ublk.q[i].st : &dev.q[i].st;

			r += st->reads;
			w += st->writes;
			e += st->ioerr + st->unsupp;
		}
		printf("vduse-blkd: %s: %s: %llu reads, %llu writes, %llu errors\n",
		       use_ublk ? ublk.disk : dev.name, why, r, w, e);
	}
	fflush(stdout);
}

/*
 * Detach in a child process. The kernel's removal of the disk waits,
 * uninterruptibly, for the requests in flight; if a second signal ends this
 * process meanwhile, a thread of ours stuck in that wait would keep the whole
 * process from exiting (its queue threads, which would finish those
 * requests, being gone). A child takes that risk instead.
 */
static int detach(const char *name)
{
	int status;
	pid_t pid = fork();

	if (pid < 0)
		return -errno;
	if (pid == 0)
		_exit(be_vdpa_del(name) ? 1 : 0); /* only async-signal-safe calls inside */
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -errno;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -EIO;
}

/*
 * A second signal while the detach child may be inside `vdpa dev del`.
 * Leaving at once would leave it behind, removing a disk whose requests
 * and reset only this process answers: it would wait there until
 * msg_timeout, forever for a request in flight, and whoever waits for this
 * process to end (a supervisor restarting it) would find the device still
 * attached. Wait for it, but not forever: the kernel's wait for the
 * requests in flight has no bound of its own.
 */
#define DETACH_WAIT_S 10

static void wait_detach(void)
{
	struct pollfd p = { .fd = detach_done_fd, .events = POLLIN };
	int n;

	if (use_ublk || poll(&p, 1, 0) == 1)
		return; /* no detach, or it is over */
	fprintf(stderr, "vduse-blkd: second signal: waiting up to %d s for the detach (vdpa dev del) to finish\n",
		DETACH_WAIT_S);
	do
		n = poll(&p, 1, DETACH_WAIT_S * 1000);
	while (n < 0 && errno == EINTR);
	if (n == 0)
		fprintf(stderr, "vduse-blkd: the detach still runs after %d s: leaving it behind\n",
			DETACH_WAIT_S);
}

/* VDUSE: detach from vDPA, stop the queues, destroy the device. */
static void shutdown_vduse(void)
{
	uint64_t one = 1;

	/* Detaching makes the kernel remove the disk and reset the device,
	 * which the control thread answers: it must still be running. */
	if (be_vdpa_attached(dev.name) && detach(dev.name) && be_vdpa_attached(dev.name)) {
		fprintf(stderr, "vduse-blkd: detaching %s from vDPA failed\n", dev.name);
		shutdown_rc = 1;
	}
	if (write(detach_done_fd, &one, sizeof(one)) < 0)
		perror("vduse-blkd: detach done");
	be_dev_stop(&dev);
	if (be_dev_destroy(&dev))
		shutdown_rc = 1;
}

static void *shutdown_thread(void *arg)
{
	uint64_t one = 1;

	(void)arg;
#ifndef BE_NO_UBLK
	/* ublk: STOP_DEV removes the disk once its requests are done */
	if (use_ublk && (be_ublk_stop(&ublk) || be_ublk_destroy(&ublk)))
		shutdown_rc = 1;
#endif
	if (!use_ublk)
		shutdown_vduse();
	if (write(done_fd, &one, sizeof(one)) < 0)
		_exit(1);
	return NULL;
}

/* The first signal, or a failed device: tear down on a thread of its own. */
static int start_shutdown(pthread_t *thr)
{
	if (pthread_create(thr, NULL, shutdown_thread, NULL)) {
		perror("vduse-blkd: shutdown thread");
		return -1;
	}
	return 0;
}

static int serve(int sfd)
{
	bool stopping = false;
	pthread_t thr;
	int timeout = opts.stats_interval ? (int)opts.stats_interval * 1000 : -1;
	/* VDUSE: the control thread's end (the device failed); ublk: none */
	int deadfd = use_ublk ? -1 : dev.ctrl_deadfd;

	for (;;) {
		struct pollfd p[3] = { { .fd = sfd, .events = POLLIN },
				       { .fd = done_fd, .events = POLLIN },
				       { .fd = deadfd, .events = POLLIN } };
		struct signalfd_siginfo si;
		int n = poll(p, 3, timeout);

		if (n < 0 && errno != EINTR)
			return 1;
		if (n == 0) {
			print_stats("interval");
			continue;
		}
		if (p[1].revents & POLLIN) {
			pthread_join(thr, NULL);
			return shutdown_rc;
		}
		if (p[2].revents & POLLIN) {
			/* The control thread said why; during a teardown already
			 * under way (its reset may be what timed out) nothing more
			 * to do. Either way the daemon fails. */
			deadfd = -1;
			shutdown_rc = 1;
			if (stopping)
				continue;
			stopping = true;
			if (start_shutdown(&thr))
				return 1;
			continue;
		}
		if (!(p[0].revents & POLLIN) || read(sfd, &si, sizeof(si)) != sizeof(si))
			continue;
		if (si.ssi_signo == SIGUSR1) {
			print_stats("sigusr1");
			continue;
		}
		if (stopping) {
			/* Second signal: leave now, once the detach is over.
			 * Completed writes are in the image; nothing is half-done
			 * by us. Requests still in flight stay unanswered: VDUSE
			 * gives userspace no way to fail them. */
			wait_detach();
			fprintf(stderr, "vduse-blkd: second signal, exiting at once\n");
			_exit(1);
		}
		stopping = true;
		fprintf(stderr, "vduse-blkd: %s: draining, detaching and destroying %s\n",
			strsignal(si.ssi_signo), use_ublk ? ublk.disk : dev.name);
		if (start_shutdown(&thr))
			return 1;
	}
}

/* --transport ublk: the device's life, from creation to deletion. */
static int run_ublk(int sfd)
{
#ifdef BE_NO_UBLK
	(void)sfd;
	fprintf(stderr, "vduse-blkd: --transport ublk: this build had no guest kernel "
			"headers (ublk_cmd.h): run bench/vlab build\n");
	return 2;
#else
	const struct be_ublk_opts uo = {
		.nq = opts.dev.nq,
		.depth = opts.dev.queue_size,
		.user_copy = opts.user_copy,
		.cpus = opts.dev.cpus,
	};
	int rc = 1;

	if (!be_ublk_create(&ublk, &uo, &tgt) && !be_ublk_start(&ublk)) {
		/* the harness waits for this line (bench/guest/lib.sh) */
		printf("vduse-blkd: %s: ublk dev %d, %u queues of depth %u, target %s\n",
		       ublk.disk, ublk.dev_id, uo.nq, uo.depth, tgt.ops->name);
		rc = serve(sfd);
		print_stats("exit");
	} else {
		be_ublk_stop(&ublk);
		be_ublk_destroy(&ublk);
	}
	if (tgt.ops->cleanup)
		tgt.ops->cleanup(&tgt);
	return rc;
#endif
}

int main(int argc, char **argv)
{
	sigset_t set;
	int ret, rc = 1, sfd;

	setvbuf(stdout, NULL, _IOLBF, 0);
	ret = blkd_parse(argc, argv, &opts);
	if (ret)
		return ret > 0 ? 0 : 2;
	/* Every thread inherits the mask: signals arrive only through sfd. */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	sfd = signalfd(-1, &set, SFD_CLOEXEC);
	done_fd = eventfd(0, EFD_CLOEXEC);
	detach_done_fd = eventfd(0, EFD_CLOEXEC);
	if (sfd < 0 || done_fd < 0 || detach_done_fd < 0) {
		perror("vduse-blkd");
		return 1;
	}
	use_ublk = opts.transport == 1;
	tgt.ops = opts.ops;
	tgt.o = opts.to;
	tgt.geom.blk_size = opts.blk_size;
	tgt.geom.ro = opts.ro;
	/* The serial is a fixed 20-byte field, NUL-padded, not NUL-terminated. */
	memcpy(tgt.geom.serial, opts.serial, strnlen(opts.serial, sizeof(tgt.geom.serial)));
	ret = tgt.ops->init(&tgt);
	if (ret) {
		fprintf(stderr, "vduse-blkd: target %s: %s\n", tgt.ops->name, strerror(-ret));
		return 1;
	}
	tgt.geom.capacity -= tgt.geom.capacity % (opts.blk_size / BLK_SECTOR);
	if (opts.ro)
		tgt.geom.discard = tgt.geom.write_zeroes = false;
	if (use_ublk)
		return run_ublk(sfd);
	ret = be_dev_create(&dev, &opts.dev, &tgt);
	if (ret)
		goto out_tgt;
	/* --umem: map it now, so that missing huge pages stop us at start-up */
	ret = be_dev_umem_prepare(&dev);
	if (ret)
		goto out_dev;
	ret = be_dev_ctrl_start(&dev);
	if (ret) {
		fprintf(stderr, "vduse-blkd: control thread: %s\n", strerror(-ret));
		goto out_dev;
	}
	/* Reconnected, the device may well be attached still: that is the point. */
	if (opts.attach && !(opts.dev.reconnect && be_vdpa_attached(dev.name))) {
		ret = be_vdpa_add(dev.name);
		if (ret) {
			fprintf(stderr, "vduse-blkd: vdpa dev add %s: %s\n", dev.name, strerror(-ret));
			goto out_dev;
		}
	}
	fprintf(stderr, "vduse-blkd: /dev/vduse/%s: %s target, %llu sectors, %u queue(s) of %u\n",
		dev.name, tgt.ops->name, (unsigned long long)tgt.geom.capacity, dev.nq,
		dev.queue_size);
	if (dev.rc.reconnected)
		fprintf(stderr, "vduse-blkd: %s: reconnected (daemon %u), %s: %llu request(s) replayed, resumed in %llu us\n",
			dev.name, dev.rc.generation, dev.started ? "queues resumed" : "not started yet",
			(unsigned long long)dev.rc.replayed,
			(unsigned long long)(dev.rc.resume_ns / 1000));
	rc = serve(sfd);
	print_stats("exit");
	goto out_tgt;
out_dev:
	if (be_vdpa_attached(dev.name))
		be_vdpa_del(dev.name);
	be_dev_destroy(&dev);
out_tgt:
	if (tgt.ops->cleanup)
		tgt.ops->cleanup(&tgt);
	return rc;
}
