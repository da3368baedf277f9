// SPDX-License-Identifier: GPL-2.0-only
/*
 * The hostile backend's control-message thread: reads the driver's
 * messages and answers them as the cycle's policy says (enum msg_policy):
 * replies to ids never sent, wrong results, late replies, replies written
 * twice, one message never answered (the driver then marks the device
 * broken after msg_timeout), and injections at wrong times (before
 * DRIVER_OK, right after a reset), which the driver must refuse.
 * DRIVER_OK starts the ring server before the reply, a reset stops it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/virtio_config.h>

#include "hostile.h"

static const char *const policy_names[MSG_POLICIES] = {
	[MSG_OK] = "ok",
	[MSG_WRONG_ID] = "wrong-id",
	[MSG_WRONG_RESULT] = "wrong-result",
	[MSG_LATE] = "late",
	[MSG_DOUBLE] = "double",
	[MSG_NO_REPLY] = "no-reply",
};

const char *msg_policy_name(int p)
{
	return p >= 0 && p < MSG_POLICIES ? policy_names[p] : "?";
}

static int reply(struct hostile *h, uint32_t id, uint32_t result)
{
	struct vduse_dev_response resp;

	memset(&resp, 0, sizeof(resp));
	resp.request_id = id;
	resp.result = result;
	return write(h->devfd, &resp, sizeof(resp)) == sizeof(resp) ? 0 : -errno;
}

/* Injections at wrong times: before DRIVER_OK (refused), and around a
 * reset (refused once the driver has cleared the status, accepted before:
 * a callback into a virtqueue being torn down). Counted, not judged. */
static void inject_early(struct hostile *h)
{
	uint32_t vq = 0;

	if (ioctl(h->devfd, VDUSE_VQ_INJECT_IRQ, &vq))
		h->early_refused++;
	else
		h->early_taken++;
	if (ioctl(h->devfd, VDUSE_DEV_INJECT_CONFIG_IRQ))
		h->early_refused++;
	else
		h->early_taken++;
}

/* A status message: start or stop serving, and say what to answer. */
static uint32_t on_status(struct hostile *h, uint8_t status)
{
	if (status & VIRTIO_CONFIG_S_DRIVER_OK) {
		if (!atomic_load(&h->driver_ok) && ring_start(h))
			return VDUSE_REQ_RESULT_FAILED;
		atomic_store(&h->driver_ok, true);
		return VDUSE_REQ_RESULT_OK;
	}
	if (status == 0) {
		ring_stop(h);
		atomic_store(&h->driver_ok, false);
	}
	if (atomic_load(&h->policy) == MSG_WRONG_RESULT && status)
		return VDUSE_REQ_RESULT_FAILED;
	return VDUSE_REQ_RESULT_OK;
}

/*
 * Never a late or missing reply to DRIVER_OK: the driver then goes on
 * without DRIVER_OK in VDUSE's status, refuses every injection, and the
 * guest's first request (the partition scan, inside `vdpa dev add`)
 * never completes (see the report of issue 26: a hang of the guest's
 * virtio-blk, not of VDUSE).
 */
static void handle(struct hostile *h, const struct vduse_dev_request *req, uint64_t *rs)
{
	int p = atomic_load(&h->policy);
	bool dok = req->type == VDUSE_SET_STATUS && (req->s.status & VIRTIO_CONFIG_S_DRIVER_OK);
	uint32_t result = VDUSE_REQ_RESULT_OK;

	h->msgs++;
	if (req->type == VDUSE_SET_STATUS)
		result = on_status(h, req->s.status);
	else if (req->type == VDUSE_GET_VQ_STATE)
		result = VDUSE_REQ_RESULT_OK; /* zeros: avail index 0 */
	else if (req->type != VDUSE_UPDATE_IOTLB)
		result = VDUSE_REQ_RESULT_FAILED;

	if (p == MSG_NO_REPLY && !dok && atomic_fetch_sub(&h->no_reply_in, 1) == 0) {
		hlog("msg: type %u status %#x left unanswered (msg_timeout %u s)", req->type,
		     req->s.status, h->msg_timeout);
		return;
	}
	if (p == MSG_WRONG_ID && reply(h, req->request_id + 1 + rnd_r(rs) % 1000, result) != -ENOENT)
		h->replies_bad++;
	if (p == MSG_LATE && !dok)
		sleep_ms(rnd_r(rs) % (h->msg_timeout * 500 + 1)); /* at most half */
	if (reply(h, req->request_id, result))
		h->replies_bad++;
	if (p == MSG_DOUBLE && reply(h, req->request_id, result) != -ENOENT)
		h->replies_bad++;
	if (req->type == VDUSE_SET_STATUS && !dok)
		inject_early(h);
}

static void *msg_loop(void *arg)
{
	struct hostile *h = arg;
	struct pollfd pfd = { .fd = h->devfd, .events = POLLIN };
	struct vduse_dev_request req;
	uint64_t rs = h->msg_rs;

	while (!atomic_load(&h->msg_stop)) {
		int n = poll(&pfd, 1, 100);

		if (n > 0 && (pfd.revents & POLLERR) && !atomic_exchange(&h->broken, true))
			hlog("msg: the driver marked the device broken");
		if (n <= 0 || !(pfd.revents & POLLIN)) {
			if (n > 0)
				sleep_ms(50); /* broken: POLLERR stays set */
			continue;
		}
		if (read(h->devfd, &req, sizeof(req)) != sizeof(req))
			continue;
		handle(h, &req, &rs);
	}
	return NULL;
}

int msg_start(struct hostile *h)
{
	atomic_store(&h->msg_stop, false);
	h->msg_rs = rnd(); /* drawn here: the main thread's sequence stays fixed */
	return -pthread_create(&h->msg_thread, NULL, msg_loop, h);
}

void msg_stop(struct hostile *h)
{
	atomic_store(&h->msg_stop, true);
	pthread_join(h->msg_thread, NULL);
}
