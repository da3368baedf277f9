// SPDX-License-Identifier: GPL-2.0-only
/*
 * virtio-blk request parsing and completion, with the checks the spec's
 * device requirements imply: the 16-byte header is readable and first, the
 * status byte is the last writable byte, data flows the way the type says,
 * lengths are whole sectors and stay inside the disk.
 */
#include <errno.h>
#include <string.h>

#include "blkreq.h"
#include "safecopy.h"

const char *const blk_err_names[BLK_ERR_NR] = {
	"ok", "chain", "map", "status", "header", "direction", "align", "range",
	"read_only", "unsupported",
};

/* Copy len bytes from the front of iov into dst. 0, or -1 if too short or faulting. */
static int iov_read(const struct iovec *iov, int n, void *dst, size_t len)
{
	uint8_t *d = dst;

	for (int i = 0; i < n && len; i++) {
		size_t c = iov[i].iov_len < len ? iov[i].iov_len : len;

		if (be_copy(d, iov[i].iov_base, c))
			return -1;
		d += c;
		len -= c;
	}
	return len ? -1 : 0;
}

/* Drop len bytes from the front of iov[0..*n); returns the new first. */
static struct iovec *iov_skip(struct iovec *iov, int *n, size_t len)
{
	while (*n && len >= iov->iov_len) {
		len -= iov->iov_len;
		iov++;
		(*n)--;
	}
	if (*n && len) {
		iov->iov_base = (uint8_t *)iov->iov_base + len;
		iov->iov_len -= len;
	}
	return iov;
}

static int fail(struct blk_req *r, enum blk_err e, int status)
{
	r->err = e;
	return status;
}

static bool in_disk(const struct blk_geom *g, uint64_t sector, uint64_t nsec)
{
	return sector <= g->capacity && nsec <= g->capacity - sector;
}

static int parse_ranges(const struct blk_geom *g, const struct iovec *out, int nout,
			uint64_t out_len, struct blk_req *r)
{
	bool wz = r->type == VIRTIO_BLK_T_WRITE_ZEROES;
	uint32_t max = wz ? g->max_wz_sectors : g->max_discard_sectors;

	if (!(wz ? g->write_zeroes : g->discard))
		return fail(r, BLK_ERR_UNSUPP, VIRTIO_BLK_S_UNSUPP);
	if (g->ro)
		return fail(r, BLK_ERR_RO, VIRTIO_BLK_S_IOERR);
	if (r->len)
		return fail(r, BLK_ERR_DIR, VIRTIO_BLK_S_IOERR);
	if (out_len == 0 || out_len % sizeof(r->ranges[0]) ||
	    out_len / sizeof(r->ranges[0]) > BLK_MAX_RANGES)
		return fail(r, BLK_ERR_RANGE, VIRTIO_BLK_S_IOERR);
	r->nranges = out_len / sizeof(r->ranges[0]);
	if (iov_read(out, nout, r->ranges, out_len))
		return fail(r, BLK_ERR_MAP, VIRTIO_BLK_S_IOERR);
	for (uint32_t i = 0; i < r->nranges; i++) {
		const struct virtio_blk_discard_write_zeroes *d = &r->ranges[i];
		uint32_t bad = wz ? ~(uint32_t)VIRTIO_BLK_WRITE_ZEROES_FLAG_UNMAP : ~0u;

		if (d->flags & bad)
			return fail(r, BLK_ERR_UNSUPP, VIRTIO_BLK_S_UNSUPP);
		if (d->num_sectors > max || !in_disk(g, d->sector, d->num_sectors))
			return fail(r, BLK_ERR_RANGE, VIRTIO_BLK_S_IOERR);
	}
	return VIRTIO_BLK_S_OK;
}

int blk_req_parse(const struct blk_geom *g, struct iotlb *tlb, int chain_ret,
		  const struct vq_chain *c, struct blk_req *r)
{
	struct iovec outv[BLK_MAX_IOV], *out = outv;
	struct virtio_blk_outhdr hdr;
	uint64_t out_len, in_len;
	const struct vq_seg *last;
	int nout = 0, nin = 0, n;

	r->head = c->head;
	r->status = NULL;
	r->len = 0;
	r->iovcnt = 0;
	r->nranges = 0;
	r->type = UINT32_MAX;
	r->err = BLK_OK;
	if (chain_ret)
		return fail(r, BLK_ERR_CHAIN, VIRTIO_BLK_S_IOERR);
	/* The status byte: the last byte of the last (writable) segment. */
	last = c->nseg ? &c->seg[c->nseg - 1] : NULL;
	if (!last || !last->write)
		return fail(r, BLK_ERR_STATUS, VIRTIO_BLK_S_IOERR);
	r->status = iotlb_ptr(tlb, last->addr + last->len - 1, 1, IOTLB_PERM_WO);
	if (!r->status)
		return fail(r, BLK_ERR_MAP, VIRTIO_BLK_S_IOERR);
	if (c->out_bytes < sizeof(hdr))
		return fail(r, BLK_ERR_HDR, VIRTIO_BLK_S_IOERR);

	/* Translate: readable segments to outv, writable ones to r->iov. */
	for (unsigned int i = 0; i < c->nseg; i++) {
		const struct vq_seg *s = &c->seg[i];
		uint32_t len = s->len - (s == last); /* the status byte is not data */

		if (s->write)
			n = iotlb_translate(tlb, s->addr, len, IOTLB_PERM_WO,
					    r->iov + nin, BLK_MAX_IOV - nin);
		else
			n = iotlb_translate(tlb, s->addr, len, IOTLB_PERM_RO,
					    outv + nout, BLK_MAX_IOV - nout);
		if (n < 0)
			return fail(r, n == -E2BIG ? BLK_ERR_CHAIN : BLK_ERR_MAP,
				    VIRTIO_BLK_S_IOERR);
		if (s->write)
			nin += n;
		else
			nout += n;
	}
	if (iov_read(outv, nout, &hdr, sizeof(hdr)))
		return fail(r, BLK_ERR_MAP, VIRTIO_BLK_S_IOERR);
	out = iov_skip(outv, &nout, sizeof(hdr));
	out_len = c->out_bytes - sizeof(hdr);
	in_len = c->in_bytes - 1;
	r->type = hdr.type;
	r->sector = hdr.sector;

	switch (r->type) {
	case VIRTIO_BLK_T_IN:
	case VIRTIO_BLK_T_GET_ID:
		if (out_len)
			return fail(r, BLK_ERR_DIR, VIRTIO_BLK_S_IOERR);
		r->iovcnt = nin;
		r->len = in_len;
		if (r->type == VIRTIO_BLK_T_GET_ID)
			return r->len ? VIRTIO_BLK_S_OK : fail(r, BLK_ERR_DIR, VIRTIO_BLK_S_IOERR);
		break;
	case VIRTIO_BLK_T_OUT:
		if (g->ro)
			return fail(r, BLK_ERR_RO, VIRTIO_BLK_S_IOERR);
		if (in_len)
			return fail(r, BLK_ERR_DIR, VIRTIO_BLK_S_IOERR);
		memcpy(r->iov, out, nout * sizeof(*out));
		r->iovcnt = nout;
		r->len = out_len;
		break;
	case VIRTIO_BLK_T_FLUSH:
		if (in_len || out_len)
			return fail(r, BLK_ERR_DIR, VIRTIO_BLK_S_IOERR);
		return VIRTIO_BLK_S_OK;
	case VIRTIO_BLK_T_DISCARD:
	case VIRTIO_BLK_T_WRITE_ZEROES:
		if (in_len)
			return fail(r, BLK_ERR_DIR, VIRTIO_BLK_S_IOERR);
		return parse_ranges(g, out, nout, out_len, r);
	default:
		return fail(r, BLK_ERR_UNSUPP, VIRTIO_BLK_S_UNSUPP);
	}
	/* IN and OUT: whole sectors inside the disk; the used length is 32 bits. */
	if (r->len >= UINT32_MAX)
		return fail(r, BLK_ERR_RANGE, VIRTIO_BLK_S_IOERR);
	if (r->len % BLK_SECTOR)
		return fail(r, BLK_ERR_ALIGN, VIRTIO_BLK_S_IOERR);
	if (!in_disk(g, r->sector, r->len / BLK_SECTOR))
		return fail(r, BLK_ERR_RANGE, VIRTIO_BLK_S_IOERR);
	return VIRTIO_BLK_S_OK;
}

uint32_t blk_req_finish(struct blk_req *r, uint8_t status)
{
	if (!r->status || be_copy(r->status, &status, 1))
		return 0; /* nowhere to say how it went: length 0 */
	if (status == VIRTIO_BLK_S_OK &&
	    (r->type == VIRTIO_BLK_T_IN || r->type == VIRTIO_BLK_T_GET_ID))
		return (uint32_t)r->len + 1;
	return 1;
}

int blk_req_get_id(const struct blk_geom *g, struct blk_req *r)
{
	size_t left = sizeof(g->serial);
	const char *s = g->serial;

	for (int i = 0; i < r->iovcnt && left; i++) {
		size_t c = r->iov[i].iov_len < left ? r->iov[i].iov_len : left;

		if (be_copy(r->iov[i].iov_base, s, c))
			return VIRTIO_BLK_S_IOERR;
		s += c;
		left -= c;
	}
	if (r->len > sizeof(g->serial))
		r->len = sizeof(g->serial);
	return VIRTIO_BLK_S_OK;
}

int blk_req_zero(struct blk_req *r)
{
	for (int i = 0; i < r->iovcnt; i++)
		if (be_set(r->iov[i].iov_base, 0, r->iov[i].iov_len))
			return -EFAULT;
	return 0;
}
