/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A synthetic split ring in plain memory for unit tests: guest memory mapped
 * at a fake IOVA through the real iotlb, a driver side that writes
 * descriptors and avail entries, and a queue served by a real target with
 * no VDUSE device behind it.
 */
#ifndef BE_TEST_SIM_H
#define BE_TEST_SIM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "queue.h"

#define SIM_BASE 0x10000000ull
#define SIM_MEM (1u << 20)

struct sim {
	uint8_t *mem; /* the driver's view of memfd (SIM_MEM bytes at SIM_BASE) */
	int memfd;    /* so that a test can map the same memory again elsewhere */
	size_t brk;
	struct iotlb tlb;
	uint16_t num, avail_idx, used_seen;
	uint64_t desc_iova, avail_iova, used_iova;
	struct vring_desc *desc;
	struct vring_avail *avail;
	struct vring_used *used;
	struct be_target tgt;
	struct be_queue q;
};

extern int failures;

/* A target that holds every request (in held[], nheld of them) until the
 * test finishes it (be_io_done); 2048 sectors. */
extern const struct be_ops hold_ops;
extern struct be_io *held[64];
extern int nheld;
#define CHECK(cond, ...)                                                       \
	do {                                                                   \
		if (!(cond)) {                                                 \
			printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);  \
			printf(__VA_ARGS__);                                   \
			printf("\n");                                          \
			failures++;                                            \
		}                                                              \
	} while (0)

/* A ring of num entries on target ops (null or ram with ram_size bytes). */
int sim_init(struct sim *s, uint16_t num, const struct be_ops *ops, uint64_t ram_size,
	     bool event_idx, bool indirect);
void sim_fini(struct sim *s);
uint64_t sim_alloc(struct sim *s, size_t len); /* IOVA of fresh zeroed memory */
void *sim_host(struct sim *s, uint64_t iova);
void sim_desc(struct sim *s, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags,
	      uint16_t next);
void sim_post(struct sim *s, uint16_t head);
int sim_run(struct sim *s);
/* The next used element: 1 and id/len, or 0 if none. */
int sim_used(struct sim *s, uint16_t *id, uint32_t *len);
/*
 * A standard request at descriptors first, first+1, first+2: header, data
 * (datalen bytes, device-writable if data_write; omitted if 0), status byte
 * (preset to 0xff). Returns the status byte's IOVA; *data gets the data's.
 */
uint64_t sim_req(struct sim *s, uint16_t first, uint32_t type, uint64_t sector,
		 uint32_t datalen, bool data_write, uint64_t *data);
uint8_t sim_status(struct sim *s, uint64_t status_iova);
/*
 * Post head, run, and CHECK the used element (id head, want_len) and, if
 * want_status >= 0, the status byte at st; what names the case.
 */
void sim_expect(struct sim *s, uint16_t head, uint64_t st, uint32_t want_len, int want_status,
		const char *what);

#endif
