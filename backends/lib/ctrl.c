// SPDX-License-Identifier: GPL-2.0-only
/*
 * The control-message thread. The kernel waits for each reply (msg_timeout,
 * 30 s by default, then it marks the device broken), so these messages get a
 * thread of their own that never waits on a busy queue, except to stop the
 * queues on reset or pause them for an IOTLB update (remap.c), which
 * drains only what is already in flight. With --umem it also registers the
 * user memory once the bounce map exists (umem.c), pausing the queues for
 * that moment.
 */
#include <errno.h>
#include <linux/virtio_config.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "dev.h"

int be_dev_start_queues(struct be_dev *d, bool recover);
void be_dev_stop_queues(struct be_dev *d);

static int set_status(struct be_dev *d, uint8_t status)
{
	int ret = 0;

	if ((status & VIRTIO_CONFIG_S_DRIVER_OK) && !d->started) {
		ret = be_dev_start_queues(d, false);
		d->umem.backoff_ns = d->umem.next_try_ns = 0; /* look soon */
		/* After the guest driver's own placement, made when it probed. */
		if (!ret)
			be_irqaff_apply(d->name, d->nq, d->o.irq_aff, d->o.cpus, &d->irqaff);
	} else if (status == 0) {
		/* Reset: stop the queues, then forget every mapping (the rings
		 * and the bounce pages are freed or reused by the kernel). */
		be_dev_stop_queues(d);
		iotlb_invalidate(&d->tlb, 0, UINT64_MAX);
		iotlb_reclaim(&d->tlb); /* no queue thread is translating now */
		d->driver_features = 0;
	}
	if (!ret)
		d->status = status;
	return ret;
}

static void handle(struct be_dev *d, const struct vduse_dev_request *req,
		   struct vduse_dev_response *resp)
{
	uint32_t i;

	resp->result = VDUSE_REQ_RESULT_OK;
	switch (req->type) {
	case VDUSE_GET_VQ_STATE:
		i = req->vq_state.index;
		if (i >= d->nq) {
			resp->result = VDUSE_REQ_RESULT_FAILED;
			break;
		}
		resp->vq_state.index = i;
		pthread_mutex_lock(&d->lock);
		resp->vq_state.split.avail_index =
			__atomic_load_n(&d->q[i].vq.last_avail, __ATOMIC_RELAXED);
		pthread_mutex_unlock(&d->lock);
		break;
	case VDUSE_SET_STATUS:
		if (set_status(d, req->s.status))
			resp->result = VDUSE_REQ_RESULT_FAILED;
		break;
	case VDUSE_UPDATE_IOTLB:
		if (req->iova.last < req->iova.start)
			resp->result = VDUSE_REQ_RESULT_FAILED;
		else
			be_remap(&d->remap, req->iova.start, req->iova.last);
		break;
	default:
		resp->result = VDUSE_REQ_RESULT_FAILED;
	}
}

/*
 * With --umem: how long poll may sleep before the next registration attempt
 * (-1: none pending). The kernel takes user memory only once its bounce map
 * exists, which the guest's first request creates; so after DRIVER_OK we
 * look every few milliseconds, backing off to 100 ms while the disk idles.
 */
#define UMEM_RETRY_MIN_NS 2000000ull
#define UMEM_RETRY_MAX_NS 100000000ull

static int umem_timeout_ms(struct be_dev *d)
{
	struct be_umem *u = &d->umem;
	uint64_t now;

	if (u->mode == BE_UMEM_OFF || u->registered || u->gave_up || !d->started)
		return -1;
	now = be_now_ns();
	if (u->next_try_ns > now)
		return (int)((u->next_try_ns - now + 999999) / 1000000);
	return 0;
}

static void umem_attempt(struct be_dev *d)
{
	struct be_umem *u = &d->umem;
	int ret;

	if (umem_timeout_ms(d) != 0)
		return;
	ret = be_umem_try_register(d);
	if (ret == -EAGAIN) {
		u->backoff_ns = u->backoff_ns ? u->backoff_ns * 2 : UMEM_RETRY_MIN_NS;
		if (u->backoff_ns > UMEM_RETRY_MAX_NS)
			u->backoff_ns = UMEM_RETRY_MAX_NS;
		u->next_try_ns = be_now_ns() + u->backoff_ns;
	} else if (ret) {
		fprintf(stderr, "vduse-blkd: %s: serving on through the kernel's bounce pages, without user memory\n",
			d->name);
	}
}

/* --irq-affinity auto: look at the queues' load once a window (a device
 * with one queue has no other CPUs' queue to cross to). */
static int irqaff_timeout_ms(struct be_dev *d)
{
	uint64_t now;

	if (d->o.irq_aff != BE_IRQ_AFF_AUTO || !d->started || d->nq < 2)
		return -1;
	now = be_now_ns();
	if (d->irqaff.next_ns > now)
		return (int)((d->irqaff.next_ns - now + 999999) / 1000000);
	return 0;
}

/*
 * auto: each queue's thread runs where its callbacks do, unless --cpus
 * pinned it. Crossed, that is off its submitter's CPU (left free to roam,
 * the thread would be woken beside the kicker, the CPU the callbacks just
 * left), and it polls for --crossed-poll-us after work while the queue is
 * shallow (BE_POLL_SHALLOW_DEPTH): that CPU is otherwise idle but for the
 * callbacks, which a polling thread's sched_yield lets run. Local, it is its submitters' CPUs, where kick,
 * request and completion need no cross-CPU wake-up (a thread left where
 * crossing put it would wake across CPUs twice per request), and it polls
 * for --poll-us: polling beside a busy submitter would take its CPU.
 */
static void irqaff_place_threads(struct be_dev *d)
{
	bool pin = !d->o.cpus;

	for (unsigned int i = 0; i < d->nq && i < BE_IRQAFF_MAX_VQS; i++) {
		const struct be_cpuset *w = &d->irqaff.written[i];
		bool crossed = !be_cpuset_equal(w, &d->irqaff.driver[i]);
		cpu_set_t set;

		bool cpoll = crossed && d->o.crossed_poll_us >= 0;

		__atomic_store_n(&d->q[i].poll_us,
				 cpoll ? (unsigned int)d->o.crossed_poll_us : d->o.qo.poll_us,
				 __ATOMIC_RELAXED);
		__atomic_store_n(&d->q[i].poll_shallow, cpoll, __ATOMIC_RELAXED);
		if (!pin)
			continue;
		CPU_ZERO(&set);
		for (int c = 0; c < BE_CPUSET_WORDS * 64 && c < CPU_SETSIZE; c++)
			if (w->w[c / 64] >> (c % 64) & 1)
				CPU_SET(c, &set);
		pthread_setaffinity_np(d->q[i].thr, sizeof(set), &set);
	}
}

static void irqaff_tick(struct be_dev *d)
{
	unsigned long long reqs[BE_MAX_QUEUES], moves = d->irqaff.moves;
	bool busy;

	if (irqaff_timeout_ms(d) != 0)
		return;
	for (unsigned int i = 0; i < d->nq; i++)
		reqs[i] = __atomic_load_n(&d->q[i].st.reqs, __ATOMIC_RELAXED);
	busy = be_irqaff_auto_tick(d->name, d->nq, reqs, &d->irqaff);
	if (d->irqaff.moves != moves)
		irqaff_place_threads(d);
	/* Short windows while the disk is busy: the placement follows the
	 * load within tens of milliseconds; an idle disk costs few wake-ups. */
	d->irqaff.next_ns = be_now_ns() +
			    (busy ? BE_IRQAFF_AUTO_MS : BE_IRQAFF_IDLE_MS) * 1000000ull;
}

/* The sooner of two poll timeouts (-1: none). */
static int sooner(int a, int b)
{
	return a < 0 ? b : b < 0 ? a : a < b ? a : b;
}

/*
 * Answer control messages until asked to stop (returns false) or until the
 * device fails (returns true, why says how).
 */
static bool ctrl_serve(struct be_dev *d, char *why, size_t len)
{
	for (;;) {
		struct pollfd p[2] = {
			{ .fd = d->devfd, .events = POLLIN },
			{ .fd = d->ctrl_stopfd, .events = POLLIN },
		};
		struct vduse_dev_request req;
		struct vduse_dev_response resp;
		uint64_t t0;
		ssize_t n;
		int rc;

		umem_attempt(d);
		irqaff_tick(d);
		rc = poll(p, 2, sooner(umem_timeout_ms(d), irqaff_timeout_ms(d)));
		if (rc == 0)
			continue;
		if (rc < 0) {
			if (errno == EINTR)
				continue;
			snprintf(why, len, "control poll: %s", strerror(errno));
			return true;
		}
		if (p[1].revents & POLLIN)
			return false;
		if (p[0].revents & (POLLERR | POLLHUP)) {
			snprintf(why, len, "the kernel marked the device broken (a control message timed out)");
			return true;
		}
		if (!(p[0].revents & POLLIN))
			continue;
		n = read(d->devfd, &req, sizeof(req));
		if (n != sizeof(req)) {
			if (n < 0 && (errno == EAGAIN || errno == EINTR))
				continue;
			snprintf(why, len, "control read: %s", n < 0 ? strerror(errno) : "short message");
			return true;
		}
		t0 = be_now_ns();
		memset(&resp, 0, sizeof(resp));
		resp.request_id = req.request_id;
		handle(d, &req, &resp);
		if (write(d->devfd, &resp, sizeof(resp)) != sizeof(resp))
			perror("vduse-blkd: control reply");
		if (req.type < 3) {
			uint64_t dt = be_now_ns() - t0;

			d->cs.count[req.type]++;
			d->cs.ns_total[req.type] += dt;
			if (dt > d->cs.ns_max[req.type])
				d->cs.ns_max[req.type] = dt;
		}
		if (resp.result != VDUSE_REQ_RESULT_OK)
			d->cs.failed++;
	}
}

/*
 * A control thread that ends on its own ends the daemon (ctrl_deadfd): the
 * kernel's resets and status changes would go unanswered while the queues
 * served rings the kernel may already have freed.
 */
static void *ctrl_thread(void *arg)
{
	struct be_dev *d = arg;
	char why[160];
	uint64_t one = 1;

	if (ctrl_serve(d, why, sizeof(why))) {
		fprintf(stderr, "vduse-blkd: %s: %s: stopping\n", d->name, why);
		if (write(d->ctrl_deadfd, &one, sizeof(one)) < 0)
			perror("vduse-blkd: control thread's end");
	}
	return NULL;
}

int be_dev_ctrl_start(struct be_dev *d)
{
	int ret;

	d->ctrl_stopfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (d->ctrl_stopfd < 0)
		return -errno;
	d->ctrl_deadfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (d->ctrl_deadfd < 0)
		return -errno;
	ret = -pthread_create(&d->ctrl, NULL, ctrl_thread, d);
	d->ctrl_running = ret == 0;
	return ret;
}
