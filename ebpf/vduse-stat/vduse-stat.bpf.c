// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-stat, kernel side: counts VDUSE's maps, unmaps, bounce bytes, kicks,
 * injections and callbacks (module wide), the CPU each vq callback runs on,
 * and the delay of the inject work item from queue_work to its start.
 * Module hooks in three variants (driver tracepoints, fentry/fexit,
 * kprobe/kretprobe); the loader keeps one.
 */
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "vduse-stat.h"
#include "probes.bpf.h"

const volatile __u32 inject_cmd;     /* VDUSE_VQ_INJECT_IRQ */
const volatile __u64 inject_work_fn; /* address of vduse_vq_irq_inject */
/* Without the driver's vduse_bounce event, every streaming map is taken to
 * bounce (true of upstream VDUSE since 5.15): bytes by map direction. */
const volatile bool bounce_by_dir;

struct stat_counts counts;
__u64 cb_cpu[STAT_MAX_CPUS];
struct hist wq_delay;

/*
 * When each inject work item was queued: a direct-mapped table indexed by a
 * multiplicative hash of the work_struct's address (the top bits of its
 * product with 2^64 / phi). A work item recurs (one per virtqueue), so its
 * slot is rewritten in place and marked (t = 0) when the work starts. Two
 * works pending at once in one slot lose the first's delay (counted queued,
 * not run): rare with a few virtqueues in 1024 slots. An LRU hash map cost
 * a hashed bucket walk and an LRU update at each of the two events: on the
 * instruction clock about half of wq_queue's run time and over a third of
 * wq_start's (kernel.bpf_stats_enabled: ebpf/README.md, Overhead).
 */
struct queued_at queued[1 << QUEUED_BITS];

static __always_inline struct queued_at *queued_slot(__u64 work)
{
	return &queued[(work * 0x9e3779b97f4a7c15ULL) >> (64 - QUEUED_BITS)];
}

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} addr_scratch SEC(".maps");

/* The work_struct's address as a number: the verifier allows only adding
 * to and subtracting from a pointer, but what is read back from a map is a
 * number (a per-CPU slot: no other CPU writes it meanwhile). */
static __always_inline __u64 work_addr(struct work_struct *work)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&addr_scratch, &zero);

	if (!v)
		return 0;
	*(volatile __u64 *)v = (__u64)work;
	return *(volatile __u64 *)v;
}

#define ADD(field, v) __sync_fetch_and_add(&counts.field, (v))

static __always_inline void on_map(__u64 size, int dir)
{
	ADD(maps, 1);
	ADD(map_bytes, size);
	if (bounce_by_dir && (dir == VLAB_DMA_TO_DEVICE || dir == VLAB_DMA_BIDIRECTIONAL))
		ADD(bounce_to_dev, size);
}

static __always_inline void on_unmap(__u64 size, int dir)
{
	ADD(unmaps, 1);
	ADD(unmap_bytes, size);
	if (bounce_by_dir && (dir == VLAB_DMA_FROM_DEVICE || dir == VLAB_DMA_BIDIRECTIONAL))
		ADD(bounce_from_dev, size);
}

static __always_inline void on_callback(void)
{
	__u32 cpu = bpf_get_smp_processor_id();

	ADD(callbacks, 1);
	if (cpu >= STAT_MAX_CPUS)
		cpu = STAT_MAX_CPUS - 1;
	__sync_fetch_and_add(&cb_cpu[cpu], 1);
}

/* Variant 1: the driver's tracepoints (kernel/patches, "vduse:" events). */
SEC("tp_btf/vduse_map")
int BPF_PROG(tp_map, const char *name, __u64 iova, __u64 phys, size_t size, int dir)
{
	on_map(size, dir);
	if (iova == ~0ULL) /* DMA_MAPPING_ERROR */
		ADD(map_failed, 1);
	return 0;
}

SEC("tp_btf/vduse_unmap")
int BPF_PROG(tp_unmap, const char *name, __u64 iova, size_t size, int dir)
{
	on_unmap(size, dir);
	return 0;
}

SEC("tp_btf/vduse_bounce")
int BPF_PROG(tp_bounce, __u64 iova, size_t size, int dir)
{
	ADD(bounces, 1);
	if (dir == VLAB_DMA_TO_DEVICE)
		ADD(bounce_to_dev, size);
	else
		ADD(bounce_from_dev, size);
	return 0;
}

SEC("tp_btf/vduse_kick")
int BPF_PROG(tp_kick, const char *name, __u16 vq, bool deferred)
{
	ADD(kicks, 1);
	if (deferred)
		ADD(kicks_deferred, 1);
	return 0;
}

SEC("tp_btf/vduse_inject")
int BPF_PROG(tp_inject, const char *name, __u16 vq, int cpu, bool irqfd)
{
	ADD(injects, 1);
	if (irqfd)
		ADD(injects_irqfd, 1);
	return 0;
}

SEC("tp_btf/vduse_callback")
int BPF_PROG(tp_callback) { on_callback(); return 0; }

/* Variant 2: fentry/fexit on the module's functions. */
SEC("fexit/vduse_dev_map_page")
int BPF_PROG(fx_map, void *dev, void *page, unsigned long offset, size_t size, int dir,
	     unsigned long attrs, __u64 ret)
{
	on_map(size, dir);
	if (ret == ~0ULL)
		ADD(map_failed, 1);
	return 0;
}

SEC("fentry/vduse_dev_unmap_page")
int BPF_PROG(fe_unmap, void *dev, __u64 addr, size_t size, int dir)
{
	on_unmap(size, dir);
	return 0;
}

SEC("fentry/vduse_vdpa_kick_vq")
int BPF_PROG(fe_kick) { ADD(kicks, 1); return 0; }

SEC("fentry/vduse_dev_ioctl")
int BPF_PROG(fe_ioctl, struct file *file, unsigned int cmd)
{
	if (cmd == inject_cmd)
		ADD(injects, 1);
	return 0;
}

SEC("fentry/vduse_vq_irq_inject")
int BPF_PROG(fe_callback) { on_callback(); return 0; }

/* Variant 3: kprobes. */
SEC("kprobe/vduse_dev_map_page")
int BPF_KPROBE(kp_map, void *dev, void *page, unsigned long offset, size_t size, int dir)
{
	on_map(size, dir);
	return 0;
}

SEC("kretprobe/vduse_dev_map_page")
int BPF_KRETPROBE(kr_map, __u64 ret)
{
	if (ret == ~0ULL)
		ADD(map_failed, 1);
	return 0;
}

SEC("kprobe/vduse_dev_unmap_page")
int BPF_KPROBE(kp_unmap, void *dev, __u64 addr, size_t size, int dir)
{
	on_unmap(size, dir);
	return 0;
}

SEC("kprobe/vduse_vdpa_kick_vq")
int BPF_KPROBE(kp_kick) { ADD(kicks, 1); return 0; }

SEC("kprobe/vduse_dev_ioctl")
int BPF_KPROBE(kp_ioctl, void *file, unsigned int cmd)
{
	if (cmd == inject_cmd)
		ADD(injects, 1);
	return 0;
}

SEC("kprobe/vduse_vq_irq_inject")
int BPF_KPROBE(kp_callback) { on_callback(); return 0; }

/*
 * The inject work's queueing delay: workqueue tracepoints (vmlinux), which
 * fire for every work item of the system. tp_btf's BTF pointers are read
 * with plain loads, far cheaper than BPF_CORE_READ's helper calls.
 */
SEC("tp_btf/workqueue_queue_work")
int BPF_PROG(wq_queue, int req_cpu, struct pool_workqueue *pwq, struct work_struct *work)
{
	struct queued_at *q;
	__u64 w;

	if ((__u64)work->func != inject_work_fn)
		return 0;
	ADD(inject_works, 1);
	w = work_addr(work);
	q = queued_slot(w);
	q->work = w;
	q->t = bpf_ktime_get_ns();
	return 0;
}

SEC("tp_btf/workqueue_execute_start")
int BPF_PROG(wq_start, struct work_struct *work)
{
	struct queued_at *q;
	__u64 queued_at, w;

	if ((__u64)work->func != inject_work_fn)
		return 0;
	w = work_addr(work);
	q = queued_slot(w);
	queued_at = q->t;
	if (q->work != w || !queued_at)
		return 0;
	q->t = 0;
	ADD(inject_works_run, 1);
	hist_add(&wq_delay, bpf_ktime_get_ns() - queued_at);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
