// SPDX-License-Identifier: GPL-2.0-only
/*
 * VDUSE_IOTLB_GET_INFO, VDUSE_IOTLB_REG_UMEM and VDUSE_IOTLB_DEREG_UMEM.
 *
 * What registration changes (drivers/vdpa/vdpa_user/iova_domain.c, 6.12,
 * vduse_domain_add_user_bounce_pages): the kernel copies the bounce pages in
 * use into ours and from then on bounces through our pages only; its own
 * pages stay allocated but unused, and a fault on the iotlb fd's mapping of
 * the bounce region returns SIGBUS (vduse_domain_get_bounce_page refuses
 * once user_bounce_pages is set). Pages of that mapping faulted in before
 * stay mapped to the kernel's now unused pages: reads there would see stale
 * data and writes would be lost. So the fd mapping of the bounce region is
 * dropped and the datapath translates bounce IOVAs into our memory
 * (iotlb_set_bounce) from then on. A queue thread copying through the old
 * mapping while the kernel copies pages over would lose data, so every
 * queue is paused (nothing in flight, nothing taken) around the switch.
 * The rings live in coherent memory above the bounce region: untouched.
 */
#include <errno.h>
#include <inttypes.h>
#include <linux/vduse.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "dev.h"
#include "umem.h"

#ifndef MAP_HUGE_2MB
#define MAP_HUGE_2MB (21 << 26) /* MAP_HUGE_SHIFT 26 */
#endif

#define BE_BOUNCE_DEFAULT (64ul << 20) /* VDUSE_BOUNCE_SIZE */

static long meminfo(const char *key)
{
	char line[128];
	size_t n = strlen(key);
	long v = -1;
	FILE *f = fopen("/proc/meminfo", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, n) && line[n] == ':') {
			v = strtol(line + n + 1, NULL, 10);
			break;
		}
	fclose(f);
	return v;
}

int be_umem_alloc(struct be_umem *u, size_t size)
{
	int flags = MAP_PRIVATE | MAP_ANONYMOUS;
	size_t mlen = size;
	void *p;

	if (u->mode == BE_UMEM_OFF)
		return 0;
	if (u->mode == BE_UMEM_HUGEPAGE) {
		mlen = (size + BE_UMEM_HUGE_SIZE - 1) & ~(BE_UMEM_HUGE_SIZE - 1);
		flags |= MAP_HUGETLB | MAP_HUGE_2MB;
	}
	p = mmap(NULL, mlen, PROT_READ | PROT_WRITE, flags, -1, 0);
	if (p == MAP_FAILED) {
		int err = errno;
		unsigned long need = mlen / BE_UMEM_HUGE_SIZE;

		if (u->mode == BE_UMEM_HUGEPAGE)
			fprintf(stderr, "vduse-blkd: --umem-hugepage: cannot map %zu MiB of 2 MiB huge pages for the bounce region: %s; %ld free of %ld reserved. Reserve at least %lu first: echo %lu > /proc/sys/vm/nr_hugepages (sysctl vm.nr_hugepages=%lu), or use --umem\n",
				mlen >> 20, strerror(err), meminfo("HugePages_Free"),
				meminfo("HugePages_Total"), need, need, need);
		else
			fprintf(stderr, "vduse-blkd: --umem: cannot map %zu MiB for the bounce region: %s\n",
				mlen >> 20, strerror(err));
		return -err;
	}
	/*
	 * Pinned pages of a private mapping are copied eagerly on fork, and
	 * the detach child (blkd/main.c) would then need as many free huge
	 * pages again (fork fails with ENOMEM) or copy 64 MiB: keep the region
	 * out of children altogether, as VFIO and RDMA users do.
	 */
	if (madvise(p, mlen, MADV_DONTFORK)) {
		int err = errno;

		fprintf(stderr, "vduse-blkd: umem: madvise(MADV_DONTFORK): %s\n", strerror(err));
		munmap(p, mlen);
		return -err;
	}
	u->host = p;
	u->size = size;
	u->mlen = mlen;
	return 0;
}

void be_umem_free(struct be_umem *u)
{
	if (u->host)
		munmap(u->host, u->mlen);
	u->host = NULL;
	u->size = u->mlen = 0;
}

size_t be_umem_expected_size(const char *name)
{
	char path[128];
	unsigned long v = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/sys/class/vduse/%s/bounce_size", name);
	f = fopen(path, "r");
	if (f) {
		if (fscanf(f, "%lu", &v) != 1)
			v = 0;
		fclose(f);
	}
	return v ? v : BE_BOUNCE_DEFAULT;
}

/* The kernel counts pinned pages against RLIMIT_MEMLOCK, not a capability. */
static int raise_memlock(size_t size)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_MEMLOCK, &rl))
		return -errno;
	/* nothing else of ours is pinned: the region alone must fit */
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= size)
		return 0;
	rl.rlim_cur = size;
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < rl.rlim_cur)
		rl.rlim_max = rl.rlim_cur; /* needs CAP_SYS_RESOURCE */
	return setrlimit(RLIMIT_MEMLOCK, &rl) ? -errno : 0;
}

static void pause_queues(struct be_dev *d, bool pause)
{
	for (unsigned int i = 0; i < d->nq; i++) {
		if (pause)
			be_queue_pause(&d->q[i]);
		else
			be_queue_resume(&d->q[i]);
	}
}

static bool any_request(struct be_dev *d)
{
	for (unsigned int i = 0; i < d->nq; i++)
		if (__atomic_load_n(&d->q[i].st.reqs, __ATOMIC_RELAXED))
			return true;
	return false;
}

int be_umem_try_register(struct be_dev *d)
{
	struct be_umem *u = &d->umem;
	struct vduse_iova_info info = { .start = 0, .last = 0 };
	struct vduse_iova_umem reg = { 0 };
	uint64_t t0;
	size_t size;
	int ret;

	if (u->mode == BE_UMEM_OFF || u->registered || u->gave_up)
		return 0;
	if (!any_request(d))
		return -EAGAIN; /* no streaming mapping yet: no bounce map */
	/* EINVAL: no domain or no region at IOVA 0 yet; no CAP_UMEM: not the bounce map yet */
	if (ioctl(d->devfd, VDUSE_IOTLB_GET_INFO, &info) ||
	    !(info.capability & VDUSE_IOVA_CAP_UMEM) || info.start != 0)
		return -EAGAIN;
	u->attempts++;
	size = info.last + 1;
	if (size != u->size) {
		/* the sysfs bounce_size changed after start-up */
		be_umem_free(u);
		ret = be_umem_alloc(u, size);
		if (ret)
			goto fail;
	}
	ret = raise_memlock(size);
	if (ret) {
		fprintf(stderr, "vduse-blkd: umem: cannot raise RLIMIT_MEMLOCK by %zu MiB to pin the bounce region: %s\n",
			size >> 20, strerror(-ret));
		goto fail;
	}
	reg.uaddr = (uintptr_t)u->host;
	reg.iova = 0;
	reg.size = size;
	t0 = be_now_ns();
	pause_queues(d, true);
	if (ioctl(d->devfd, VDUSE_IOTLB_REG_UMEM, &reg)) {
		ret = -errno;
		pause_queues(d, false);
		if (ret == -EINVAL) /* the bounce map went away (reset) in between */
			return -EAGAIN;
		fprintf(stderr, "vduse-blkd: VDUSE_IOTLB_REG_UMEM of %zu MiB (%s): %s\n",
			size >> 20, be_umem_mode_name(u->mode), strerror(-ret));
		goto fail;
	}
	ret = iotlb_set_bounce(&d->tlb, u->host, size);
	u->registered = ret == 0;
	pause_queues(d, false);
	if (ret) {
		/* cannot happen short of ENOMEM; the kernel now bounces through our
		 * pages, so the old mapping is stale: stop serving rather than corrupt */
		fprintf(stderr, "vduse-blkd: umem: switching translation failed: %s\n", strerror(-ret));
		goto fail;
	}
	u->register_ns = be_now_ns() - t0;
	u->err = 0;
	fprintf(stderr, "vduse-blkd: %s: bounce region (%zu MiB) registered as user memory (%s) in %" PRIu64 " us\n",
		d->name, size >> 20, be_umem_mode_name(u->mode), u->register_ns / 1000);
	return 0;
fail:
	u->failures++;
	u->err = ret;
	u->gave_up = true;
	return ret;
}

void be_umem_release(struct be_dev *d)
{
	struct be_umem *u = &d->umem;
	struct vduse_iova_umem reg = { .iova = 0, .size = u->size };

	if (u->registered) {
		if (ioctl(d->devfd, VDUSE_IOTLB_DEREG_UMEM, &reg))
			fprintf(stderr, "vduse-blkd: VDUSE_IOTLB_DEREG_UMEM: %s\n", strerror(errno));
		iotlb_set_bounce(&d->tlb, NULL, 0);
		u->registered = false;
	}
	be_umem_free(u);
}
