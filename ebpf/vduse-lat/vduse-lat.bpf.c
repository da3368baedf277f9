// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-lat, kernel side: timestamps each request of one VDUSE block device
 * at every hop (see vduse-lat.h) and adds the stage times to log-linear
 * histograms in .bss, which the loader reads through the skeleton.
 * Kick, inject and callback come in three variants (the driver's
 * tracepoints, fentry, kprobe); the loader keeps one.
 */
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "vduse-lat.h"
#include "probes.bpf.h"

const volatile __u32 targ_major;
const volatile __u32 targ_minor;
const volatile __u32 inject_cmd; /* VDUSE_VQ_INJECT_IRQ, from the uAPI header */

struct hist hists[NR_STAGES];
struct lat_counts counts;
/* The last injection, and the callback run that is completing requests with
 * the injection that preceded it (one VDUSE device, vq callbacks serialised
 * by the driver's irq_lock). */
__u64 last_inject, cb_start, cb_inject;

struct rqinfo {
	__u64 issue, add, added, kick;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16384);
	__type(key, __u64);
	__type(value, struct rqinfo);
} inflight SEC(".maps");

struct lat_pending zero_pending;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct lat_pending);
} pending SEC(".maps");

/* kprobe variant of virtqueue_add_sgs: its data argument, by thread. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, __u64);
} add_args SEC(".maps");

/* request_queue.disk exists since 5.15 (the pinned guest kernel is 6.12). */
static __always_inline bool our_disk(struct request *rq)
{
	struct gendisk *disk = BPF_CORE_READ(rq, q, disk);

	return disk && BPF_CORE_READ(disk, major) == targ_major &&
	       BPF_CORE_READ(disk, first_minor) == targ_minor;
}

SEC("tp_btf/block_rq_issue")
int BPF_PROG(rq_issue, struct request *rq)
{
	struct rqinfo info = {};
	__u64 key = (__u64)rq;

	if (!our_disk(rq))
		return 0;
	info.issue = bpf_ktime_get_ns();
	bpf_map_update_elem(&inflight, &key, &info, BPF_ANY);
	return 0;
}

/* virtio-blk passes its per-request data (the blk-mq PDU, which follows
 * struct request: blk_mq_rq_to_pdu) as virtqueue_add_sgs's data, from
 * virtblk_add_req (seen on 6.12 in the lab VM: every request gets its add). */
static __always_inline __u64 rq_of_pdu(void *data)
{
	return (__u64)data - bpf_core_type_size(struct request);
}

static __always_inline void on_add_start(void *data)
{
	__u64 key = rq_of_pdu(data);
	struct rqinfo *info = bpf_map_lookup_elem(&inflight, &key);

	if (info)
		info->add = bpf_ktime_get_ns();
}

static __always_inline void on_add_end(void *data, int ret)
{
	__u64 key = rq_of_pdu(data);
	struct rqinfo *info = bpf_map_lookup_elem(&inflight, &key);
	__u32 tid = (__u32)bpf_get_current_pid_tgid(), n;
	struct lat_pending *p;

	if (!info || ret)
		return;
	info->added = bpf_ktime_get_ns();
	p = bpf_map_lookup_elem(&pending, &tid);
	if (!p) {
		bpf_map_update_elem(&pending, &tid, &zero_pending, BPF_NOEXIST);
		p = bpf_map_lookup_elem(&pending, &tid);
		if (!p)
			return;
	}
	n = p->n;
	if (n >= LAT_PENDING_MAX) {
		__sync_fetch_and_add(&counts.pending_full, 1);
		return;
	}
	p->rq[n] = key;
	p->issue[n] = info->issue;
	p->n = n + 1;
}

SEC("fentry/virtqueue_add_sgs")
int BPF_PROG(fe_add, struct virtqueue *vq, struct scatterlist **sgs,
	     unsigned int out_sgs, unsigned int in_sgs, void *data)
{
	on_add_start(data);
	return 0;
}

SEC("fexit/virtqueue_add_sgs")
int BPF_PROG(fx_add, struct virtqueue *vq, struct scatterlist **sgs,
	     unsigned int out_sgs, unsigned int in_sgs, void *data, gfp_t gfp, int ret)
{
	on_add_end(data, ret);
	return 0;
}

SEC("kprobe/virtqueue_add_sgs")
int BPF_KPROBE(kp_add, void *vq, void *sgs, unsigned int out_sgs, unsigned int in_sgs,
	       void *data)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 d = (__u64)data;

	on_add_start(data);
	bpf_map_update_elem(&add_args, &tid, &d, BPF_ANY);
	return 0;
}

SEC("kretprobe/virtqueue_add_sgs")
int BPF_KRETPROBE(kr_add, int ret)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 *d = bpf_map_lookup_elem(&add_args, &tid);

	if (!d)
		return 0;
	on_add_end((void *)*d, ret);
	bpf_map_delete_elem(&add_args, &tid);
	return 0;
}

/* A kick covers every request this thread added since its previous one. */
static __always_inline void on_kick(void)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid(), i, n;
	struct lat_pending *p = bpf_map_lookup_elem(&pending, &tid);
	__u64 now = bpf_ktime_get_ns();

	__sync_fetch_and_add(&counts.kicks, 1);
	if (!p)
		return;
	n = p->n;
	for (i = 0; i < LAT_PENDING_MAX; i++) {
		struct rqinfo *info;
		__u64 key;

		if (i >= n)
			break;
		key = p->rq[i];
		info = bpf_map_lookup_elem(&inflight, &key);
		/* The same request struct may be in flight again by now. */
		if (info && info->issue == p->issue[i] && !info->kick)
			info->kick = now;
	}
	p->n = 0;
}

static __always_inline void on_inject(void)
{
	__sync_fetch_and_add(&counts.injects, 1);
	last_inject = bpf_ktime_get_ns();
}

static __always_inline void on_callback(void)
{
	__sync_fetch_and_add(&counts.callbacks, 1);
	cb_inject = last_inject;
	cb_start = bpf_ktime_get_ns();
}

/* Variant 1: the driver's tracepoints (kernel/patches 0003, "vduse:" events);
 * tp_btf on a module's tracepoints needs Linux 5.11 or later. */
SEC("tp_btf/vduse_kick")
int BPF_PROG(tp_kick) { on_kick(); return 0; }
SEC("tp_btf/vduse_inject")
int BPF_PROG(tp_inject) { on_inject(); return 0; }
SEC("tp_btf/vduse_callback")
int BPF_PROG(tp_callback) { on_callback(); return 0; }

/* Variant 2: fentry on the module's functions (module BTF, stock or ours). */
SEC("fentry/vduse_vdpa_kick_vq")
int BPF_PROG(fe_kick) { on_kick(); return 0; }
SEC("fentry/vduse_dev_ioctl")
int BPF_PROG(fe_ioctl, struct file *file, unsigned int cmd)
{
	if (cmd == inject_cmd)
		on_inject();
	return 0;
}
SEC("fentry/vduse_vq_irq_inject")
int BPF_PROG(fe_callback) { on_callback(); return 0; }

/* Variant 3: kprobes, where fentry cannot attach. */
SEC("kprobe/vduse_vdpa_kick_vq")
int BPF_KPROBE(kp_kick) { on_kick(); return 0; }
SEC("kprobe/vduse_dev_ioctl")
int BPF_KPROBE(kp_ioctl, void *file, unsigned int cmd)
{
	if (cmd == inject_cmd)
		on_inject();
	return 0;
}
SEC("kprobe/vduse_vq_irq_inject")
int BPF_KPROBE(kp_callback) { on_callback(); return 0; }

SEC("tp_btf/block_rq_complete")
int BPF_PROG(rq_complete, struct request *rq)
{
	__u64 key = (__u64)rq, now = bpf_ktime_get_ns();
	__u64 t_add, t_added, t_kick, t_inj, t_cb;
	struct rqinfo *info = bpf_map_lookup_elem(&inflight, &key);

	if (!info)
		return 0;
	/* Missing hops take the previous one's time; the stages stay ordered,
	 * so they always add up to the total. */
	t_add = info->add > info->issue ? info->add : info->issue;
	t_added = info->added > t_add ? info->added : t_add;
	t_kick = info->kick > t_added ? info->kick : t_added;
	if (!info->kick)
		__sync_fetch_and_add(&counts.unkicked, 1);
	t_inj = cb_inject;
	t_cb = cb_start;
	if (t_inj < t_kick) {
		/* Picked up by a callback an earlier injection started. */
		if (t_inj)
			__sync_fetch_and_add(&counts.early_callback, 1);
		t_inj = t_kick;
	}
	if (t_inj > now)
		t_inj = now;
	if (t_cb < t_inj)
		t_cb = t_inj;
	if (t_cb > now)
		t_cb = now;
	hist_add(&hists[STAGE_QUEUE], t_add - info->issue);
	hist_add(&hists[STAGE_MAP], t_added - t_add);
	hist_add(&hists[STAGE_KICK], t_kick - t_added);
	hist_add(&hists[STAGE_BACKEND], t_inj - t_kick);
	hist_add(&hists[STAGE_IRQ], t_cb - t_inj);
	hist_add(&hists[STAGE_COMPLETE], now - t_cb);
	hist_add(&hists[STAGE_TOTAL], now - info->issue);
	__sync_fetch_and_add(&counts.ios, 1);
	bpf_map_delete_elem(&inflight, &key);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
