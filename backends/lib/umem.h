/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * User memory as the kernel's bounce region (VDUSE_IOTLB_REG_UMEM): our own
 * anonymous or 2 MiB huge-page memory, pinned by the kernel, that replaces
 * its bounce pages. The kernel accepts it only once its bounce map exists
 * (after the first streaming DMA mapping, i.e. the guest's first request)
 * and only for exactly the whole region (VDUSE_IOTLB_GET_INFO tells its
 * size), so the control thread registers it after DRIVER_OK, once a request
 * has been seen, with the queues paused (see umem.c for why).
 */
#ifndef BE_UMEM_H
#define BE_UMEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum be_umem_mode { BE_UMEM_OFF, BE_UMEM_ANON, BE_UMEM_HUGEPAGE };

#define BE_UMEM_HUGE_SIZE (2ul << 20)

struct be_umem {
	enum be_umem_mode mode;
	bool registered;
	bool gave_up;		/* a hard error: serve on through the kernel's pages */
	void *host;		/* our memory, or NULL */
	size_t size;		/* bytes registered (the bounce region's size) */
	size_t mlen;		/* bytes mapped (size rounded up to a huge page) */
	int err;		/* -errno of the last failed attempt, 0 if none */
	uint64_t attempts, failures, register_ns;
	uint64_t next_try_ns, backoff_ns; /* control thread's retry schedule */
};

struct be_dev;

static inline const char *be_umem_mode_name(enum be_umem_mode m)
{
	return m == BE_UMEM_HUGEPAGE ? "hugepage" : m == BE_UMEM_ANON ? "anon" : "off";
}

/*
 * Map size bytes of memory of u->mode (nothing for BE_UMEM_OFF). A huge-page
 * mapping that cannot be reserved prints what to do (vm.nr_hugepages).
 */
int be_umem_alloc(struct be_umem *u, size_t size);
void be_umem_free(struct be_umem *u);
/* The bounce region size the kernel will use for device name (sysfs), or 64 MiB. */
size_t be_umem_expected_size(const char *name);
/*
 * Control thread, after DRIVER_OK: register if the kernel's bounce map
 * exists. 0 registered; -EAGAIN not yet (retry later); other -errno: a hard
 * error, already printed.
 */
int be_umem_try_register(struct be_dev *d);
/* Deregister (queues stopped) and free; before the device is destroyed. */
void be_umem_release(struct be_dev *d);

#endif
