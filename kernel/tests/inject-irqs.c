// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: VDUSE_VQ_INJECT_IRQS (a vduse-lab uAPI extension, see our
 * include/uapi/linux/vduse.h) injects several virtqueues at once. This
 * program is its own minimal backend: it creates a two-queue virtio-blk
 * device of capacity 0 (the partition scan then sends no I/O), answers
 * the driver's status messages, attaches it with `vdpa dev add`, and once
 * the driver has set DRIVER_OK checks that
 *  - a mask of both queues injects both (injects +2, inject_batches +1,
 *    callbacks +2), and a mask of one queue from first=1 the second;
 *  - an empty mask, a queue out of range and a reserved field that is not
 *    zero get EINVAL and inject nothing;
 *  - before DRIVER_OK an injection gets EINVAL (as VDUSE_VQ_INJECT_IRQ).
 * It detaches and destroys the device at the end. Exit 0 pass, 1 fail,
 * 4 skip (no /dev/vduse/control or no VDUSE_VQ_INJECT_IRQS).
 *
 * usage: vduse-inject-irqs [NAME]   (default: vduse-irqs)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include <linux/virtio_blk.h>
#include <linux/virtio_config.h>
#include <linux/virtio_ids.h>
#include <linux/vduse.h>

#include "vdpa-cmd.h"

#define NR_VQS 2

static const char *name = "vduse-irqs";
static int dev_fd = -1;
static atomic_int driver_ok, stop;
static int failed;

static void fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "inject-irqs: FAIL: ");
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	failed = 1;
}

/* Answer every control message with OK; note when DRIVER_OK is set. */
static void *serve_messages(void *arg)
{
	struct vduse_dev_request req;
	struct vduse_dev_response resp;
	struct pollfd pfd = { .fd = dev_fd, .events = POLLIN };

	(void)arg;
	while (!atomic_load(&stop)) {
		if (poll(&pfd, 1, 100) <= 0)
			continue;
		if (read(dev_fd, &req, sizeof(req)) != sizeof(req))
			continue;
		memset(&resp, 0, sizeof(resp));
		resp.request_id = req.request_id;
		resp.result = VDUSE_REQ_RESULT_OK;
		if (req.type == VDUSE_SET_STATUS)
			atomic_store(&driver_ok,
				     !!(req.s.status & VIRTIO_CONFIG_S_DRIVER_OK));
		if (write(dev_fd, &resp, sizeof(resp)) != sizeof(resp))
			fail("cannot answer message %u: %s", req.type, strerror(errno));
	}
	return NULL;
}

/* run "vdpa dev add|del name NAME ..." and return its exit status. */
static int vdpa(const char *op)
{
	return vdpa_dev(op, name, 0);
}

static long long stat_of(const char *counter)
{
	char path[256];
	long long v = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/sys/class/vduse/%s/stats/%s", name, counter);
	f = fopen(path, "r");
	if (!f)
		return -1;
	if (fscanf(f, "%lld", &v) != 1)
		v = -1;
	fclose(f);
	return v;
}

static int inject(__u32 first, __u64 mask, __u32 reserved)
{
	struct vduse_vq_irqs irqs = { .first = first, .reserved = reserved, .mask = mask };

	return ioctl(dev_fd, VDUSE_VQ_INJECT_IRQS, &irqs) ? -errno : 0;
}

/* Callbacks run from a work item: wait up to 2 s for the count. */
static int wait_callbacks(long long want)
{
	int i;

	for (i = 0; i < 200 && stat_of("callbacks") < want; i++)
		usleep(10000);
	return stat_of("callbacks") >= want;
}

static int create_dev(int ctl)
{
	size_t size = sizeof(struct vduse_dev_config) + sizeof(struct virtio_blk_config);
	struct vduse_dev_config *cfg = calloc(1, size);
	struct virtio_blk_config *blk;
	int ret;

	if (!cfg)
		return -ENOMEM;
	snprintf(cfg->name, sizeof(cfg->name), "%s", name);
	cfg->device_id = VIRTIO_ID_BLOCK;
	cfg->features = 1ULL << VIRTIO_F_VERSION_1 | 1ULL << VIRTIO_F_ACCESS_PLATFORM |
			1ULL << VIRTIO_BLK_F_MQ;
	cfg->vq_num = NR_VQS;
	cfg->vq_align = 4096;
	cfg->config_size = sizeof(*blk);
	blk = (struct virtio_blk_config *)cfg->config;
	blk->capacity = 0;
	blk->num_queues = NR_VQS;
	ret = ioctl(ctl, VDUSE_CREATE_DEV, cfg) ? -errno : 0;
	free(cfg);
	return ret;
}

int main(int argc, char **argv)
{
	char path[128], devname[VDUSE_NAME_MAX];
	long long injects, batches, callbacks;
	pthread_t thread;
	int ctl, i, ret;

	if (argc > 1)
		name = argv[1];
	ctl = open("/dev/vduse/control", O_RDWR);
	if (ctl < 0) {
		printf("SKIP: no /dev/vduse/control: %s\n", strerror(errno));
		return 4;
	}
	ret = create_dev(ctl);
	if (ret) {
		fprintf(stderr, "inject-irqs: VDUSE_CREATE_DEV %s: %s\n", name, strerror(-ret));
		return 1;
	}
	snprintf(path, sizeof(path), "/dev/vduse/%s", name);
	for (i = 0; i < 50 && dev_fd < 0; i++) {
		dev_fd = open(path, O_RDWR);
		if (dev_fd < 0)
			usleep(100000);
	}
	if (dev_fd < 0) {
		fail("cannot open %s: %s", path, strerror(errno));
		goto destroy;
	}
	for (i = 0; i < NR_VQS; i++) {
		struct vduse_vq_config vq = { .index = i, .max_size = 64 };

		if (ioctl(dev_fd, VDUSE_VQ_SETUP, &vq))
			fail("VDUSE_VQ_SETUP %d: %s", i, strerror(errno));
	}

	ret = inject(0, 1, 0);
	if (ret == -ENOTTY) {
		printf("SKIP: this vduse.ko has no VDUSE_VQ_INJECT_IRQS\n");
		close(dev_fd);
		dev_fd = -1;
		ret = 4;
		goto destroy;
	}
	if (ret != -EINVAL)
		fail("before DRIVER_OK: got %s, expected EINVAL", strerror(-ret));

	pthread_create(&thread, NULL, serve_messages, NULL);
	if (vdpa("add"))
		fail("vdpa dev add %s failed", name);
	for (i = 0; i < 100 && !atomic_load(&driver_ok); i++)
		usleep(100000);
	if (!atomic_load(&driver_ok)) {
		fail("the driver never set DRIVER_OK");
		goto detach;
	}

	injects = stat_of("injects");
	batches = stat_of("inject_batches");
	callbacks = stat_of("callbacks");
	ret = inject(0, (1ULL << NR_VQS) - 1, 0);
	if (ret)
		fail("mask of both queues: %s", strerror(-ret));
	if (stat_of("injects") != injects + 2 || stat_of("inject_batches") != batches + 1)
		fail("mask of both queues: injects %lld -> %lld, inject_batches %lld -> %lld",
		     injects, stat_of("injects"), batches, stat_of("inject_batches"));
	if (!wait_callbacks(callbacks + 2))
		fail("mask of both queues: callbacks %lld -> %lld, expected +2", callbacks,
		     stat_of("callbacks"));
	ret = inject(1, 1, 0);
	if (ret)
		fail("first=1 mask=1: %s", strerror(-ret));
	if (!wait_callbacks(callbacks + 3))
		fail("first=1 mask=1: no callback");

	injects = stat_of("injects");
	if (inject(0, 0, 0) != -EINVAL)
		fail("an empty mask was accepted");
	if (inject(NR_VQS, 1, 0) != -EINVAL)
		fail("first=%d (out of range) was accepted", NR_VQS);
	if (inject(1, 2, 0) != -EINVAL)
		fail("vq %d (out of range) was accepted", NR_VQS);
	if (inject(0, 1ULL << 63, 0) != -EINVAL)
		fail("vq 63 (out of range) was accepted");
	if (inject(0, 1, 1) != -EINVAL)
		fail("a reserved field of 1 was accepted");
	if (stat_of("injects") != injects)
		fail("rejected masks injected %lld", stat_of("injects") - injects);
	printf("inject-irqs: injects=%lld inject_batches=%lld callbacks=%lld\n",
	       stat_of("injects"), stat_of("inject_batches"), stat_of("callbacks"));

detach:
	if (vdpa("del"))
		fail("vdpa dev del %s failed", name);
	atomic_store(&stop, 1);
	pthread_join(thread, NULL);
	close(dev_fd);
	dev_fd = -1;
	ret = failed;
destroy:
	if (dev_fd >= 0)
		close(dev_fd);
	memset(devname, 0, sizeof(devname));
	snprintf(devname, sizeof(devname), "%s", name);
	if (ioctl(ctl, VDUSE_DESTROY_DEV, devname))
		fail("VDUSE_DESTROY_DEV %s: %s", name, strerror(errno));
	close(ctl);
	if (failed)
		return 1;
	if (ret == 0)
		printf("inject-irqs: PASS\n");
	return ret;
}
