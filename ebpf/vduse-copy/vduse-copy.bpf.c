// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-copy, kernel side: the bounce copies of VDUSE's IOVA domain, per
 * direction. vduse_domain_map_page copies to the device for TO_DEVICE and
 * BIDIRECTIONAL maps, vduse_domain_unmap_page copies back for FROM_DEVICE
 * and BIDIRECTIONAL ones; sizes come from their arguments. Time is spent in
 * the bounce function (vduse_domain_bounce, a kprobe the loader attaches by
 * its kallsyms name, often "vduse_domain_bounce.part.0") inside such a call,
 * or, if that symbol is absent (inlined), the whole map/unmap call.
 * On our module (kernel/patches 0003) its vduse_map, vduse_unmap and
 * vduse_bounce events stand for the map/unmap hooks and the copy's start.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "vduse-copy.h"
#include "probes.bpf.h"

const volatile bool copy_probe; /* the loader attached kp_bounce/kr_bounce */
/* fexit only (copy_probe on fentry hooks): the exit programs take size and
 * direction from the arguments fexit also gets; no entry programs. */
const volatile bool exit_only;
/* The driver's events (tp_map, tp_unmap, tp_bounce) instead of fexit and
 * the bounce kprobe; the bounce kretprobe still ends each copy. */
const volatile bool tp_hooks;

struct copy_stats stats[NR_COPY_DIRS];

struct call {
	__u64 start, copy_start, copy_ns, size;
	__u32 dir, copies, tid;
	__u32 open_unmap; /* tp_hooks: a from_dev unmap whose copy has not ended */
};

/*
 * The call in progress on this CPU; marked finished (start = 0). virtio-blk
 * maps under its vq lock with interrupts off and unmaps in its completion
 * path, so a call's entry, copies and exit run on one CPU with no other call
 * in between. The thread id guards the rest: a call whose record another
 * thread took over meanwhile is not counted. A per-CPU array's lookup is
 * inlined by the verifier; a hash map keyed by thread cost a hashed bucket
 * walk at each of the four hops of a call.
 */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct call);
} calls SEC(".maps");

static __always_inline struct call *this_call(void)
{
	__u32 zero = 0;

	return bpf_map_lookup_elem(&calls, &zero);
}

/* The call this thread has in progress on this CPU, or NULL. */
static __always_inline struct call *my_call(void)
{
	struct call *c = this_call();

	if (!c || !c->start || c->tid != (__u32)bpf_get_current_pid_tgid())
		return NULL;
	return c;
}

static __always_inline void on_entry(__u32 dir, __u64 size)
{
	struct call *c = this_call();

	if (c)
		*c = (struct call){ .start = bpf_ktime_get_ns(), .size = size, .dir = dir,
				    .tid = (__u32)bpf_get_current_pid_tgid() };
}

static __always_inline void on_exit(void)
{
	struct call *c = my_call();
	struct copy_stats *s;
	__u64 t;

	if (!c)
		return;
	t = bpf_ktime_get_ns() - c->start;
	s = c->dir == COPY_TO_DEV ? &stats[COPY_TO_DEV] : &stats[COPY_FROM_DEV];
	__sync_fetch_and_add(&s->calls, 1);
	__sync_fetch_and_add(&s->bytes, c->size);
	hist_add(&s->size, c->size);
	if (copy_probe) {
		__sync_fetch_and_add(&s->copies, c->copies);
		if (!c->copies)
			__sync_fetch_and_add(&s->no_copy, 1);
		else
			hist_add(&s->time, c->copy_ns);
	} else {
		hist_add(&s->time, t);
	}
	c->start = 0;
}

/*
 * exit_only: the copies since this thread's previous map or unmap on this
 * CPU belong to the call now returning (map and unmap run with interrupts
 * off, under virtio-blk's vq lock: no other call on this CPU in between).
 * Half the programs per call of the entry-and-exit pair: the entry
 * programs were a quarter of the BPF time per I/O (3.7 of 15.1 us, TCG).
 */
static __always_inline void on_exit_args(int dir, __u64 size)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	struct call *c = this_call();
	struct copy_stats *s;
	bool mine;

	if (!c)
		return;
	mine = c->tid == tid;
	if (dir == COPY_TO_DEV || dir == COPY_FROM_DEV) {
		s = dir == COPY_TO_DEV ? &stats[COPY_TO_DEV] : &stats[COPY_FROM_DEV];
		__sync_fetch_and_add(&s->calls, 1);
		__sync_fetch_and_add(&s->bytes, size);
		hist_add(&s->size, size);
		if (mine && c->copies) {
			__sync_fetch_and_add(&s->copies, c->copies);
			hist_add(&s->time, c->copy_ns);
		} else {
			__sync_fetch_and_add(&s->no_copy, 1);
		}
	}
	c->copies = 0;
	c->copy_ns = 0;
	c->copy_start = 0;
	c->tid = tid;
}

static __always_inline bool to_dev(int dir)
{
	return dir == VLAB_DMA_TO_DEVICE || dir == VLAB_DMA_BIDIRECTIONAL;
}

static __always_inline bool from_dev(int dir)
{
	return dir == VLAB_DMA_FROM_DEVICE || dir == VLAB_DMA_BIDIRECTIONAL;
}

SEC("fentry/vduse_domain_map_page")
int BPF_PROG(fe_map, void *domain, void *page, unsigned long offset, size_t size, int dir)
{
	if (to_dev(dir))
		on_entry(COPY_TO_DEV, size);
	return 0;
}

SEC("fexit/vduse_domain_map_page")
int BPF_PROG(fx_map, void *domain, void *page, unsigned long offset, size_t size, int dir)
{
	if (exit_only)
		on_exit_args(to_dev(dir) ? COPY_TO_DEV : -1, size);
	else
		on_exit();
	return 0;
}

SEC("fentry/vduse_domain_unmap_page")
int BPF_PROG(fe_unmap, void *domain, __u64 addr, size_t size, int dir)
{
	if (from_dev(dir))
		on_entry(COPY_FROM_DEV, size);
	return 0;
}

SEC("fexit/vduse_domain_unmap_page")
int BPF_PROG(fx_unmap, void *domain, __u64 addr, size_t size, int dir)
{
	if (exit_only)
		on_exit_args(from_dev(dir) ? COPY_FROM_DEV : -1, size);
	else
		on_exit();
	return 0;
}

SEC("kprobe/vduse_domain_map_page")
int BPF_KPROBE(kp_map, void *domain, void *page, unsigned long offset, size_t size, int dir)
{
	if (to_dev(dir))
		on_entry(COPY_TO_DEV, size);
	return 0;
}

SEC("kretprobe/vduse_domain_map_page")
int BPF_KRETPROBE(kr_map) { on_exit(); return 0; }

SEC("kprobe/vduse_domain_unmap_page")
int BPF_KPROBE(kp_unmap, void *domain, __u64 addr, size_t size, int dir)
{
	if (from_dev(dir))
		on_entry(COPY_FROM_DEV, size);
	return 0;
}

SEC("kretprobe/vduse_domain_unmap_page")
int BPF_KRETPROBE(kr_unmap) { on_exit(); return 0; }

/*
 * Variant 1: our driver's events. vduse_map fires after the map and its
 * copy, so it ends a to_dev call like fexit does; vduse_unmap fires before
 * the unmap and its copy, so a from_dev call is counted there and its copy
 * when the copy ends (kr_bounce). Each map or unmap bounces once at most,
 * under virtio-blk's vq lock with interrupts off: nothing else runs on the
 * CPU in between. A tracepoint reaches its program with a fraction of the
 * instructions of a trampoline or a kprobe, and vduse_bounce fires only for
 * a real copy: the kprobe on the copy's entry is not needed.
 */
static __always_inline void close_unmap(struct call *c, __u32 tid)
{
	/* The previous from_dev unmap of this thread did not copy. */
	if (c->open_unmap && c->tid == tid)
		__sync_fetch_and_add(&stats[COPY_FROM_DEV].no_copy, 1);
	c->open_unmap = 0;
}

SEC("tp_btf/vduse_map")
int BPF_PROG(tp_map, const char *name, __u64 iova, __u64 phys, size_t size, int dir)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	struct call *c = this_call();
	struct copy_stats *s = &stats[COPY_TO_DEV];

	if (!c)
		return 0;
	close_unmap(c, tid);
	if (to_dev(dir)) {
		__sync_fetch_and_add(&s->calls, 1);
		__sync_fetch_and_add(&s->bytes, size);
		hist_add(&s->size, size);
		if (c->tid == tid && c->copies) {
			__sync_fetch_and_add(&s->copies, c->copies);
			hist_add(&s->time, c->copy_ns);
		} else {
			__sync_fetch_and_add(&s->no_copy, 1);
		}
	}
	*c = (struct call){ .tid = tid };
	return 0;
}

SEC("tp_btf/vduse_unmap")
int BPF_PROG(tp_unmap, const char *name, __u64 iova, size_t size, int dir)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	struct call *c = this_call();
	struct copy_stats *s = &stats[COPY_FROM_DEV];

	if (!c)
		return 0;
	close_unmap(c, tid);
	*c = (struct call){ .tid = tid };
	if (from_dev(dir)) {
		__sync_fetch_and_add(&s->calls, 1);
		__sync_fetch_and_add(&s->bytes, size);
		hist_add(&s->size, size);
		c->open_unmap = 1;
	}
	return 0;
}

SEC("tp_btf/vduse_bounce")
int BPF_PROG(tp_bounce, __u64 iova, size_t size, int dir)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	struct call *c = this_call();

	if (!c)
		return 0;
	if (c->tid != tid)
		*c = (struct call){ .tid = tid };
	c->copy_start = bpf_ktime_get_ns();
	return 0;
}

/* The call a copy belongs to: the one in progress (entry and exit), or,
 * exit_only, this thread's on this CPU (a record another thread left is
 * taken over). */
static __always_inline struct call *copy_call(void)
{
	struct call *c;
	__u32 tid;

	if (tp_hooks) /* tp_bounce took the record over */
		return this_call();
	if (!exit_only)
		return my_call();
	c = this_call();
	tid = (__u32)bpf_get_current_pid_tgid();
	if (c && c->tid != tid)
		*c = (struct call){ .tid = tid };
	return c;
}

/* The copy itself; attached by the loader to the symbol kallsyms names. */
SEC("kprobe")
int BPF_KPROBE(kp_bounce)
{
	struct call *c = copy_call();

	if (c)
		c->copy_start = bpf_ktime_get_ns();
	return 0;
}

SEC("kretprobe")
int BPF_KRETPROBE(kr_bounce)
{
	struct call *c = copy_call();
	__u64 ns;

	if (!c || !c->copy_start)
		return 0;
	ns = bpf_ktime_get_ns() - c->copy_start;
	c->copy_start = 0;
	if (tp_hooks && c->open_unmap) { /* the unmap's only copy */
		__sync_fetch_and_add(&stats[COPY_FROM_DEV].copies, 1);
		hist_add(&stats[COPY_FROM_DEV].time, ns);
		c->open_unmap = 0;
		return 0;
	}
	c->copy_ns += ns;
	c->copies++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
