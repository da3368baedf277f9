// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-lat, kernel side: timestamps each request of one VDUSE block device
 * at every hop (see vduse-lat.h) and adds the stage times to log-linear
 * histograms in .bss (device-wide) and in qhists (per virtqueue, with
 * --per-queue), which the loader reads. Kick, inject and callback come in
 * three variants (the driver's tracepoints, fentry, kprobe); the loader
 * keeps one. With vduse-blkd as the backend, its USDT probes split the
 * backend stage; the loader attaches them to that one process.
 */
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/usdt.bpf.h>
#include "vduse-lat.h"
#include "probes.bpf.h"

#define QMASK (LAT_MAX_QUEUES - 1)

const volatile __u32 targ_major;
const volatile __u32 targ_minor;
const volatile __u32 inject_cmd; /* VDUSE_VQ_INJECT_IRQ, from the uAPI header */
const volatile bool per_queue;   /* fill qhists too */
const volatile __u32 nr_queues;  /* qhists holds nr_queues * NR_STAGES */
const volatile __u32 slot_queues = LAT_MAX_QUEUES; /* inflight holds slot_queues *
						     * LAT_MAX_TAGS: the disk's */

struct hist hists[NR_STAGES];
struct lat_counts counts;
/* Set by the loader once vduse-blkd's probes are attached: heads filled,
 * backend split. (Not rodata: the probes attach after load.) */
bool usdt_on;
/* Per vq index: the last injection, and the callback run that is
 * completing requests with the injection that preceded it (vq callbacks of
 * one queue are serialised by the driver's irq_lock). Injection and
 * callback are not told apart by device: trace with one VDUSE device. */
__u64 last_inject[LAT_MAX_QUEUES], cb_start[LAT_MAX_QUEUES], cb_inject[LAT_MAX_QUEUES];
/* Per vq index: when vduse-blkd's queue thread last woke on a kick. */
__u64 be_seen[LAT_MAX_QUEUES];

struct rqinfo {
	__u64 rq; /* the request struct this slot holds now */
	__u64 issue, add, added;
	__u64 seen, pop, submit, done; /* vduse-blkd's USDT probes */
	__u32 queue;
	__u32 kick_gen; /* the vq's next kick when it was added: its own */
};

/*
 * The kicks of each vq, numbered: a request added while kick_gen[vq] was g
 * was announced by kick g, the vq's first after it (whichever thread sent
 * it). A ring holds the times of the last KICK_RING kicks, each tagged
 * with its number + 1 (0: none yet); a request whose kick has not come yet
 * when it completes (the backend was busy, notifications off) or was
 * overwritten meanwhile is unkicked. O(1) per add and kick: no per-thread
 * list of added requests to walk at each kick.
 */
__u32 kick_gen[LAT_MAX_QUEUES];
struct kickrec kick_ring[LAT_MAX_QUEUES][KICK_RING];

/*
 * The requests in flight, one slot per (hardware queue, driver tag): blk-mq
 * gives a tag to one request of a hardware queue at a time, from issue to
 * completion. An array, whose lookups the verifier inlines, costs a few
 * instructions per hop where a hash map keyed by the request pointer cost a
 * hashed bucket walk (and an LRU list update) at each of the five hops. The
 * loader sizes it to the disk's hardware queues (slot_queues).
 */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, LAT_MAX_QUEUES * LAT_MAX_TAGS);
	__type(key, __u32);
	__type(value, struct rqinfo);
} inflight SEC(".maps");

/* (vq index << 16 | descriptor head id) -> the slot of the request added
 * with it: the key by which the backend's probes name a request. A head id
 * is not reused before the driver takes it back from the used ring, after
 * the backend's done; an entry is overwritten when its head is reused. */
struct headval {
	__u64 slot, issue;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, __u32);
	__type(value, struct headval);
} heads SEC(".maps");

/* Per-queue histograms: [queue * NR_STAGES + stage]; the loader sizes it. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, LAT_MAX_QUEUES * NR_STAGES);
	__type(key, __u32);
	__type(value, struct hist);
} qhists SEC(".maps");

/* kprobe variant of virtqueue_add_sgs: its vq and data arguments, by thread. */
struct addargs {
	__u64 vq, data;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct addargs);
} add_args SEC(".maps");

/* The module's own type, resolved by CO-RE against the vduse module's BTF
 * (vmlinux.h does not have it): the callback work item's virtqueue. */
struct vduse_virtqueue {
	u16 index;
	struct work_struct inject;
} __attribute__((preserve_access_index));

/*
 * request_queue.disk exists since 5.15 (the pinned guest kernel is 6.12).
 * tp_btf hands us BTF pointers: plain loads (CO-RE relocated, faults
 * caught), several times cheaper than BPF_CORE_READ's helper calls.
 */
static __always_inline bool our_disk(struct request *rq)
{
	struct gendisk *disk = rq->q->disk;

	return disk && disk->major == targ_major && disk->first_minor == targ_minor;
}

/* A request's slot in inflight, or -1 beyond the table. virtio-blk serves
 * hardware queue i with virtqueue i, so the vq index names the queue too. */
static __always_inline __s64 slot_of(__u32 hwq, __u32 tag)
{
	if (hwq >= slot_queues || tag >= LAT_MAX_TAGS)
		return -1;
	return (__s64)hwq * LAT_MAX_TAGS + tag;
}

/* virtio-blk passes its per-request data (the blk-mq PDU, which follows
 * struct request: blk_mq_rq_to_pdu) as virtqueue_add_sgs's data, from
 * virtblk_add_req (seen on 6.12 in the lab VM: every request gets its add). */
static __always_inline struct request *rq_of_pdu(void *data)
{
	return (void *)((__u64)data - bpf_core_type_size(struct request));
}

/*
 * The request this CPU issued last. virtio_queue_rq issues a request
 * (blk_mq_start_request) and adds it to its virtqueue right after, on the
 * same CPU, so the add hooks find their request here (the one whose PDU
 * they were handed), with no read of the request or the virtqueue (two probe-read helper calls per
 * hook, about a third of vduse-lat's BPF time on the add path under TCG).
 * Where another issue came in between (virtio_queue_rqs issues a whole
 * batch before adding it), the request differs and the hooks read it.
 * A per-CPU array's lookup is inlined by the verifier (Linux 6.10+).
 */
struct issued {
	__u64 rq;
	__u32 slot, pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct issued);
} last_issued SEC(".maps");

static __always_inline void note_issued(struct request *rq, __u32 slot)
{
	__u32 zero = 0;
	struct issued *li = bpf_map_lookup_elem(&last_issued, &zero);

	if (li)
		*li = (struct issued){ .rq = (__u64)rq, .slot = slot };
}

/* The slot's previous request is complete by now (its tag is free): every
 * hop is rewritten; a completed request is marked (issue = 0). */
SEC("tp_btf/block_rq_issue")
int BPF_PROG(rq_issue, struct request *rq)
{
	struct rqinfo *info;
	__s64 slot;
	__u32 k, hwq;

	if (!our_disk(rq))
		return 0;
	hwq = rq->mq_hctx->queue_num;
	slot = slot_of(hwq, rq->tag);
	k = slot;
	info = slot < 0 ? NULL : bpf_map_lookup_elem(&inflight, &k);
	if (!info) {
		__sync_fetch_and_add(&counts.inflight_full, 1);
		return 0;
	}
	*info = (struct rqinfo){ .rq = (__u64)rq, .issue = bpf_ktime_get_ns(), .queue = hwq };
	note_issued(rq, k);
	return 0;
}

/*
 * The request being added to vq, if it is one of ours (issued, not yet
 * completed): the one this CPU issued last, or else the one whose tag the
 * request struct before data holds (not a BTF pointer here: probe reads);
 * either way the slot must hold it.
 */
static __always_inline struct rqinfo *added_rq(struct virtqueue *vq, void *data, __u32 *slotp)
{
	struct request *rq = rq_of_pdu(data);
	struct rqinfo *info;
	struct issued *li;
	__u32 zero = 0, k;
	__s64 slot;

	li = bpf_map_lookup_elem(&last_issued, &zero);
	if (li && li->rq == (__u64)rq)
		slot = li->slot;
	else
		slot = slot_of(BPF_CORE_READ(vq, index), BPF_CORE_READ(rq, tag));
	if (slot < 0)
		return NULL;
	k = slot;
	info = bpf_map_lookup_elem(&inflight, &k);
	if (!info || !info->issue || info->rq != (__u64)rq)
		return NULL;
	*slotp = k;
	return info;
}

/*
 * The descriptor head id the add is about to use: free_head of the split
 * ring (virtqueue_add_split takes head = vq->free_head first; VDUSE has no
 * packed ring), stable because virtio-blk adds under its vq lock.
 */
static __always_inline void remember_head(struct virtqueue *vq, __u32 queue, __u32 slot,
					  __u64 issue)
{
	struct vring_virtqueue *vvq = (void *)vq - bpf_core_field_offset(struct vring_virtqueue, vq);
	struct headval hv = { .slot = slot, .issue = issue };
	__u32 hk;

	if (BPF_CORE_READ(vvq, packed_ring))
		return;
	hk = queue << 16 | (BPF_CORE_READ(vvq, free_head) & 0xffff);
	bpf_map_update_elem(&heads, &hk, &hv, BPF_ANY);
}

static __always_inline void on_add_start(struct virtqueue *vq, void *data)
{
	__u32 slot;
	struct rqinfo *info = added_rq(vq, data, &slot);

	if (!info)
		return;
	info->add = bpf_ktime_get_ns();
	if (usdt_on)
		remember_head(vq, info->queue, slot, info->issue);
}

static __always_inline void on_add_end(struct virtqueue *vq, void *data, int ret)
{
	struct rqinfo *info;
	__u32 slot;

	if (ret)
		return;
	info = added_rq(vq, data, &slot);
	if (!info)
		return;
	info->added = bpf_ktime_get_ns();
	info->kick_gen = *(volatile __u32 *)&kick_gen[info->queue & QMASK];
}

SEC("fentry/virtqueue_add_sgs")
int BPF_PROG(fe_add, struct virtqueue *vq, struct scatterlist **sgs,
	     unsigned int out_sgs, unsigned int in_sgs, void *data)
{
	on_add_start(vq, data);
	return 0;
}

SEC("fexit/virtqueue_add_sgs")
int BPF_PROG(fx_add, struct virtqueue *vq, struct scatterlist **sgs,
	     unsigned int out_sgs, unsigned int in_sgs, void *data, gfp_t gfp, int ret)
{
	on_add_end(vq, data, ret);
	return 0;
}

SEC("kprobe/virtqueue_add_sgs")
int BPF_KPROBE(kp_add, struct virtqueue *vq, void *sgs, unsigned int out_sgs,
	       unsigned int in_sgs, void *data)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	struct addargs a = { .vq = (__u64)vq, .data = (__u64)data };

	on_add_start(vq, data);
	bpf_map_update_elem(&add_args, &tid, &a, BPF_ANY);
	return 0;
}

SEC("kretprobe/virtqueue_add_sgs")
int BPF_KRETPROBE(kr_add, int ret)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	struct addargs *a = bpf_map_lookup_elem(&add_args, &tid);

	if (!a)
		return 0;
	on_add_end((void *)a->vq, (void *)a->data, ret);
	bpf_map_delete_elem(&add_args, &tid);
	return 0;
}

/* A kick announces every request added to its vq since the vq's previous
 * kick. Two CPUs kicking one vq at the same moment may take one number
 * (a fetch-and-add needs BPF ISA v3): the second's time, microseconds
 * apart, stands for both. */
static __always_inline void on_kick(__u32 vq)
{
	__u32 q = vq & QMASK, g = kick_gen[q];
	struct kickrec *r = &kick_ring[q][g % KICK_RING];

	kick_gen[q] = g + 1;
	__sync_fetch_and_add(&counts.kicks, 1);
	r->t = bpf_ktime_get_ns();
	*(volatile __u32 *)&r->tag = g + 1;
}

/* When the request's own kick came, or 0: not (yet) or overwritten. */
static __always_inline __u64 kick_time(const struct rqinfo *info)
{
	__u32 g = info->kick_gen;
	struct kickrec *r = &kick_ring[info->queue & QMASK][g % KICK_RING];

	return *(volatile __u32 *)&r->tag == g + 1 ? r->t : 0;
}

static __always_inline void on_inject(__u32 vq)
{
	__sync_fetch_and_add(&counts.injects, 1);
	last_inject[vq & QMASK] = bpf_ktime_get_ns();
}

static __always_inline void on_callback(__u32 vq)
{
	__sync_fetch_and_add(&counts.callbacks, 1);
	vq &= QMASK;
	cb_inject[vq] = last_inject[vq];
	cb_start[vq] = bpf_ktime_get_ns();
}

/* VDUSE_VQ_INJECT_IRQ's argument: a user pointer to the vq index. */
static __always_inline void on_ioctl(unsigned int cmd, unsigned long arg)
{
	__u32 vq = 0;

	if (cmd != inject_cmd)
		return;
	bpf_probe_read_user(&vq, sizeof(vq), (void *)arg);
	on_inject(vq);
}

/* vduse_vq_irq_inject's work item is the inject member of its virtqueue. */
static __always_inline __u32 work_vq(struct work_struct *work)
{
	struct vduse_virtqueue *vq;

	if (!bpf_core_field_exists(struct vduse_virtqueue, index) ||
	    !bpf_core_field_exists(struct vduse_virtqueue, inject))
		return 0;
	vq = (void *)work - bpf_core_field_offset(struct vduse_virtqueue, inject);
	return BPF_CORE_READ(vq, index);
}

/* Variant 1: the driver's tracepoints (kernel/patches 0003, "vduse:" events);
 * tp_btf on a module's tracepoints needs Linux 5.11 or later. */
SEC("tp_btf/vduse_kick")
int BPF_PROG(tp_kick, const char *name, u16 vq) { on_kick(vq); return 0; }
SEC("tp_btf/vduse_inject")
int BPF_PROG(tp_inject, const char *name, u16 vq) { on_inject(vq); return 0; }
SEC("tp_btf/vduse_callback")
int BPF_PROG(tp_callback, const char *name, u16 vq) { on_callback(vq); return 0; }

/* Variant 2: fentry on the module's functions (module BTF, stock or ours). */
SEC("fentry/vduse_vdpa_kick_vq")
int BPF_PROG(fe_kick, void *vdpa, u16 idx) { on_kick(idx); return 0; }
SEC("fentry/vduse_dev_ioctl")
int BPF_PROG(fe_ioctl, struct file *file, unsigned int cmd, unsigned long arg)
{
	on_ioctl(cmd, arg);
	return 0;
}
SEC("fentry/vduse_vq_irq_inject")
int BPF_PROG(fe_callback, struct work_struct *work) { on_callback(work_vq(work)); return 0; }

/* Variant 3: kprobes, where fentry cannot attach. */
SEC("kprobe/vduse_vdpa_kick_vq")
int BPF_KPROBE(kp_kick, void *vdpa, u16 idx) { on_kick(idx); return 0; }
SEC("kprobe/vduse_dev_ioctl")
int BPF_KPROBE(kp_ioctl, void *file, unsigned int cmd, unsigned long arg)
{
	on_ioctl(cmd, arg);
	return 0;
}
SEC("kprobe/vduse_vq_irq_inject")
int BPF_KPROBE(kp_callback, struct work_struct *work) { on_callback(work_vq(work)); return 0; }

/*
 * vduse-blkd's USDT probes (backends/lib/probes.h), attached to the one
 * process serving the traced device. Requests are named by (queue, head).
 */
static __always_inline struct rqinfo *be_request(int queue, int head)
{
	__u32 hk = (__u32)queue << 16 | ((__u32)head & 0xffff);
	struct headval *hv = bpf_map_lookup_elem(&heads, &hk);
	struct rqinfo *info;
	__u32 key;

	if (!hv)
		return NULL;
	key = hv->slot;
	info = bpf_map_lookup_elem(&inflight, &key);
	/* The slot's next request, added on another head, is not this one. */
	if (!info || info->issue != hv->issue)
		return NULL;
	return info;
}

SEC("usdt")
int BPF_USDT(be_kick, int queue)
{
	__sync_fetch_and_add(&counts.be_kicks, 1);
	be_seen[queue & QMASK] = bpf_ktime_get_ns();
	return 0;
}

SEC("usdt")
int BPF_USDT(be_pop, int queue, int head)
{
	struct rqinfo *info = be_request(queue, head);
	__u64 seen = be_seen[queue & QMASK];

	__sync_fetch_and_add(&counts.be_pops, 1);
	if (!info || info->pop)
		return 0;
	info->pop = bpf_ktime_get_ns();
	__sync_fetch_and_add(&counts.be_matched, 1);
	/* Woken for it only if the wake-up came after it was added; else the
	 * thread found it while busy (kicks suppressed) and wake is 0. */
	if (seen >= info->added && info->added)
		info->seen = seen;
	else
		__sync_fetch_and_add(&counts.be_unwoken, 1);
	return 0;
}

SEC("usdt")
int BPF_USDT(be_submit, int queue, int head)
{
	struct rqinfo *info = be_request(queue, head);

	if (info && info->pop && !info->submit)
		info->submit = bpf_ktime_get_ns();
	return 0;
}

SEC("usdt")
int BPF_USDT(be_done, int queue, int head)
{
	struct rqinfo *info = be_request(queue, head);

	if (info && info->pop && !info->done) {
		info->done = bpf_ktime_get_ns();
		__sync_fetch_and_add(&counts.be_done, 1);
	}
	return 0;
}

SEC("usdt")
int BPF_USDT(be_irq, int queue)
{
	__sync_fetch_and_add(&counts.be_irqs, 1);
	return 0;
}

/* The next hop's time: a missing (0) or out-of-order one takes the previous
 * hop's, and none is later than the completion. */
static __always_inline __u64 hop(__u64 t, __u64 prev, __u64 now)
{
	if (t < prev)
		t = prev;
	return t > now ? now : t;
}

/*
 * A global function: the verifier checks it once, not at each of the twelve
 * calls (inlined, the completion program's branches exceed its 1M-insn
 * budget).
 */
__noinline int add_stage(__u32 queue, __u32 s, __u64 v)
{
	struct hist *h;
	__u32 k;

	if (s >= NR_STAGES)
		return 0;
	hist_add(&hists[s], v);
	if (!per_queue || queue >= nr_queues || queue >= LAT_MAX_QUEUES)
		return 0;
	k = queue * NR_STAGES + s;
	h = bpf_map_lookup_elem(&qhists, &k);
	if (h)
		hist_add(h, v);
	return 0;
}

SEC("tp_btf/block_rq_complete")
int BPF_PROG(rq_complete, struct request *rq)
{
	__u64 now = bpf_ktime_get_ns();
	__u64 t_add, t_added, t_kick, t_seen, t_pop, t_sub, t_done, t_inj, t_cb, kicked;
	__s64 slot = slot_of(rq->mq_hctx->queue_num, rq->tag);
	__u32 q, k = slot;
	struct rqinfo *info = slot < 0 ? NULL : bpf_map_lookup_elem(&inflight, &k);

	if (!info || !info->issue || info->rq != (__u64)rq)
		return 0;
	q = info->queue;
	/* Missing hops take the previous one's time; the stages stay ordered,
	 * so they always add up to the total. */
	t_add = hop(info->add, info->issue, now);
	t_added = hop(info->added, t_add, now);
	kicked = info->added ? kick_time(info) : 0;
	t_kick = hop(kicked, t_added, now);
	if (!kicked)
		__sync_fetch_and_add(&counts.unkicked, 1);
	t_seen = hop(info->seen, t_kick, now);
	t_pop = hop(info->pop, t_seen, now);
	t_sub = hop(info->submit, t_pop, now);
	t_done = hop(info->done, t_sub, now);
	t_inj = cb_inject[q & QMASK];
	t_cb = cb_start[q & QMASK];
	/* Picked up by a callback an earlier injection started. */
	if (t_inj && t_inj < t_done)
		__sync_fetch_and_add(&counts.early_callback, 1);
	t_inj = hop(t_inj, t_done, now);
	t_cb = hop(t_cb, t_inj, now);
	add_stage(q, STAGE_QUEUE, t_add - info->issue);
	add_stage(q, STAGE_MAP, t_added - t_add);
	add_stage(q, STAGE_KICK, t_kick - t_added);
	add_stage(q, STAGE_BACKEND, t_inj - t_kick);
	add_stage(q, STAGE_IRQ, t_cb - t_inj);
	add_stage(q, STAGE_COMPLETE, now - t_cb);
	add_stage(q, STAGE_TOTAL, now - info->issue);
	if (usdt_on) {
		add_stage(q, STAGE_WAKE, t_seen - t_kick);
		add_stage(q, STAGE_POP, t_pop - t_seen);
		add_stage(q, STAGE_SUBMIT, t_sub - t_pop);
		add_stage(q, STAGE_TARGET, t_done - t_sub);
		add_stage(q, STAGE_PUBLISH, t_inj - t_done);
	}
	if (q >= LAT_MAX_QUEUES)
		__sync_fetch_and_add(&counts.queue_overflow, 1);
	__sync_fetch_and_add(&counts.ios, 1);
	info->issue = 0; /* done; the slot's next request rewrites it */
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
