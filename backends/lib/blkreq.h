/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * virtio-blk requests: turn a walked descriptor chain into a checked request
 * (header, data iovecs in host memory, status byte) and finish it. Every
 * length, direction, sector range and mapping is checked here, so targets
 * only ever see well-formed requests inside the disk.
 */
#ifndef BE_BLKREQ_H
#define BE_BLKREQ_H

#include <linux/virtio_blk.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/uio.h>

#include "iotlb.h"
#include "virtq.h"

#define BLK_SECTOR 512u
/* Data iovecs: a segment may split where IOVA regions meet. */
#define BLK_MAX_IOV (VQ_MAX_SEGS + 16)
/* Ranges in one DISCARD or WRITE_ZEROES request (max_*_seg we offer). */
#define BLK_MAX_RANGES 16

/* What the device offers; filled by the daemon, read by the parser. */
struct blk_geom {
	uint64_t capacity; /* in 512-byte sectors */
	uint32_t blk_size;
	bool ro, discard, write_zeroes;
	uint32_t max_discard_sectors, max_wz_sectors;
	char serial[VIRTIO_BLK_ID_BYTES];
};

/* Why a request was refused (for counters; 0: it was not). */
enum blk_err {
	BLK_OK = 0,
	BLK_ERR_CHAIN,  /* the chain could not be walked */
	BLK_ERR_MAP,    /* an address is not mapped, or lacks the permission */
	BLK_ERR_STATUS, /* no writable status byte at the end */
	BLK_ERR_HDR,    /* fewer than 16 readable header bytes */
	BLK_ERR_DIR,    /* data in the wrong direction for the type */
	BLK_ERR_ALIGN,  /* data length not a multiple of 512 */
	BLK_ERR_RANGE,  /* beyond the capacity, or a bad discard range */
	BLK_ERR_RO,     /* a write to a read-only disk */
	BLK_ERR_UNSUPP, /* a type or flag we do not support */
	BLK_ERR_NR
};
extern const char *const blk_err_names[BLK_ERR_NR];

struct blk_req {
	uint16_t head;
	uint32_t type;   /* VIRTIO_BLK_T_* */
	uint64_t sector;
	uint64_t len;    /* data bytes in iov */
	int iovcnt;
	uint8_t *status; /* NULL: none found, complete with used length 0 */
	enum blk_err err;
	uint32_t nranges;
	struct virtio_blk_discard_write_zeroes ranges[BLK_MAX_RANGES];
	struct iovec iov[BLK_MAX_IOV];
};

/*
 * Build r from chain c (chain_ret: vq_parse_chain's result). Returns
 * VIRTIO_BLK_S_OK when the request should go to the target, else the status
 * (IOERR or UNSUPP) to finish it with at once; r->err says why.
 */
int blk_req_parse(const struct blk_geom *g, struct iotlb *tlb, int chain_ret,
		  const struct vq_chain *c, struct blk_req *r);
/* Write the status byte; returns the used length to report. */
uint32_t blk_req_finish(struct blk_req *r, uint8_t status);
/* GET_ID: copy the serial into the data buffers; returns the status. */
int blk_req_get_id(const struct blk_geom *g, struct blk_req *r);
/* Zero r's data buffers (a null or read-from-hole IN): 0 or -EFAULT. */
int blk_req_zero(struct blk_req *r);

#endif
