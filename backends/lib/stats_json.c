// SPDX-License-Identifier: GPL-2.0-only
/*
 * The daemon's statistics as one JSON object: per queue and for the control
 * thread, written with the tools' JSON writer (ebpf/lib/json.h).
 */
#include "dev.h"
#include "ublk.h"
#include "hist_user.h"

#ifndef BE_NO_INSTR
/* A percentile of a stage in whole ns: the slot midpoint vduse-lat reports
 * too (hist__percentile), capped by the exact maximum. */
static uint64_t pct(const struct be_hist *bh, double p)
{
	uint64_t v = (uint64_t)hist__percentile(&bh->h, p);

	return v > bh->max ? bh->max : v;
}

/* {"count","mean","p50","p90","p99","p999","max"}, whole ns. */
static void stage_json(struct json *j, const char *key, const struct be_hist *bh)
{
	json__obj_open(j, key);
	json__u64(j, "count", bh->h.count);
	json__u64(j, "mean", bh->h.count ? bh->h.sum / bh->h.count : 0);
	json__u64(j, "p50", pct(bh, 0.50));
	json__u64(j, "p90", pct(bh, 0.90));
	json__u64(j, "p99", pct(bh, 0.99));
	json__u64(j, "p999", pct(bh, 0.999));
	json__u64(j, "max", bh->max);
	json__obj_close(j);
}
#endif

/* A queue's counters, either transport's. */
static void qcounts_json(struct json *j, const struct be_qstats *s)
{
	const struct {
		const char *key;
		uint64_t v;
	} counts[] = {
		{ "reqs", s->reqs }, { "reads", s->reads }, { "writes", s->writes },
		{ "flushes", s->flushes }, { "discards", s->discards },
		{ "write_zeroes", s->write_zeroes }, { "get_ids", s->get_ids },
		{ "bytes_read", s->bytes_read }, { "bytes_written", s->bytes_written },
		{ "ok", s->ok }, { "ioerr", s->ioerr }, { "unsupp", s->unsupp },
		{ "bad_avail", s->bad_avail }, { "bad_head", s->bad_head }, { "kicks", s->kicks },
		{ "spurious_kicks", s->spurious_kicks }, { "empty_polls", s->empty_polls },
		{ "sleeps", s->sleeps }, { "irqs", s->irqs }, { "irqs_suppressed", s->irqs_suppressed },
		{ "batches", s->batches }, { "batch_max", s->batch_max }, { "full", s->full },
	};

	for (size_t i = 0; i < sizeof(counts) / sizeof(*counts); i++)
		json__u64(j, counts[i].key, counts[i].v);
}

/* A queue's refusals and stage histograms, either transport's. */
static void qerrors_json(struct json *j, const struct be_qstats *s)
{
	json__obj_open(j, "errors");
	for (int i = 1; i < BLK_ERR_NR; i++)
		json__u64(j, blk_err_names[i], s->err[i]);
	json__obj_close(j);
#ifndef BE_NO_INSTR
	json__obj_open(j, "latency_ns");
	for (int i = 0; i < ST_NR; i++)
		stage_json(j, be_stage_names[i], &s->stage[i]);
	json__obj_close(j);
#endif
}

static void queue_json(struct json *j, const struct be_queue *q)
{
	json__obj_open(j, NULL);
	json__u64(j, "queue", q->idx);
	json__bool(j, "running", q->running);
	qcounts_json(j, &q->st);
	json__u64(j, "poll_us", __atomic_load_n(&q->poll_us, __ATOMIC_RELAXED));
	json__u64(j, "replayed", q->vq.replayed);
	qerrors_json(j, &q->st);
	json__obj_close(j);
}

static void build_json(struct json *j)
{
#ifdef BE_NO_INSTR
	json__bool(j, "instrumented", false);
#else
	json__bool(j, "instrumented", true);
#endif
	json__str(j, "clock", be_clock_tsc ? "tsc" : "monotonic");
	json__double(j, "hist_error_bound", HIST_ERROR_BOUND);
}

static void device_json(struct json *j, struct be_dev *d)
{
	json__str(j, "type", "stats");
	json__str(j, "transport", "vduse");
	json__str(j, "name", d->name);
	json__str(j, "target", d->tgt->ops->name);
	json__u64(j, "status", d->status);
	json__u64(j, "driver_features", d->driver_features);
	build_json(j);
	json__arr_open(j, "queues");
	for (unsigned int i = 0; i < d->nq; i++)
		queue_json(j, &d->q[i]);
	json__arr_close(j);
	json__obj_open(j, "iotlb");
	json__u64(j, "maps", d->tlb.nr_maps);
	json__u64(j, "unmaps", d->tlb.nr_unmaps);
	json__u64(j, "faults", d->tlb.nr_faults);
	json__u64(j, "failures", d->tlb.nr_fail);
	/* VDUSE_UPDATE_IOTLB (counted in control.update_iotlb): the pauses */
	json__u64(j, "pauses", d->remap.pauses);
	json__u64(j, "paused_ns", d->remap.paused_ns);
	json__u64(j, "paused_max_ns", d->remap.paused_max_ns);
	json__u64(j, "rings_lost", d->remap.rings_lost);
	json__u64(j, "rings_back", d->remap.rings_back);
	json__obj_close(j);
}

void be_dev_stats_json(struct be_dev *d, struct json *j, const char *key)
{
	static const char *const msg[3] = { "get_vq_state", "set_status", "update_iotlb" };

	/* No lock: the counters live as long as d and are read racily on purpose;
	 * waiting for the control thread (busy stopping queues) would also keep
	 * the main thread from seeing a second signal. */
	json__obj_open(j, key);
	device_json(j, d);
	/* registered and bytes: what the kernel bounces through now */
	json__obj_open(j, "umem");
	json__str(j, "mode", be_umem_mode_name(d->umem.mode));
	json__bool(j, "registered", d->umem.registered);
	json__u64(j, "bytes", d->umem.registered ? d->umem.size : 0);
	json__bool(j, "hugepage", d->umem.mode == BE_UMEM_HUGEPAGE);
	json__u64(j, "attempts", d->umem.attempts);
	json__u64(j, "failures", d->umem.failures);
	json__i64(j, "errno", -d->umem.err);
	json__u64(j, "register_ns", d->umem.register_ns);
	json__obj_close(j);
	/* --reconnect: what the dead daemon left in flight, and how long
	 * serving took to resume (from opening the device to queues running) */
	json__obj_open(j, "reconnect");
	json__bool(j, "reconnected", d->rc.reconnected);
	json__u64(j, "generation", d->rc.generation);
	json__u64(j, "resume_ns", d->rc.resume_ns);
	json__u64(j, "replayed", d->rc.replayed);
	json__u64(j, "pushed_done", d->rc.pushed_done);
	json__u64(j, "pushed_replayed", d->rc.pushed_replayed);
	json__obj_close(j);
	json__obj_open(j, "irq_affinity");
	json__str(j, "mode", be_irq_affinity_name(d->o.irq_aff));
	json__u64(j, "applied", d->irqaff.applied);
	json__u64(j, "kept", d->irqaff.kept);
	json__u64(j, "failed", d->irqaff.failed);
	json__i64(j, "errno", d->irqaff.err);
	json__u64(j, "moves", d->irqaff.moves);
	json__str(j, "placement", d->o.irq_aff != BE_IRQ_AFF_AUTO ? "fixed" :
				  d->irqaff.local ? "local" : "crossed");
	json__obj_close(j);
	json__obj_open(j, "control");
	for (int i = 0; i < 3; i++) {
		json__obj_open(j, msg[i]);
		json__u64(j, "count", d->cs.count[i]);
		json__u64(j, "ns_total", d->cs.ns_total[i]);
		json__u64(j, "ns_max", d->cs.ns_max[i]);
		json__obj_close(j);
	}
	json__u64(j, "failed", d->cs.failed);
	json__obj_close(j);
	json__obj_close(j);
}

void be_ublk_stats_json(struct be_ublk *u, struct json *j, const char *key)
{
	json__obj_open(j, key);
	json__str(j, "type", "stats");
	json__str(j, "transport", "ublk");
	json__str(j, "name", u->disk);
	json__i64(j, "dev_id", u->dev_id);
	json__str(j, "target", u->tgt->ops->name);
	json__u64(j, "features", u->features);
	json__u64(j, "flags", u->flags);
	build_json(j);
	json__arr_open(j, "queues");
	for (unsigned int i = 0; i < u->o.nq; i++) {
		const struct be_ublk_queue *q = &u->q[i];

		json__obj_open(j, NULL);
		json__u64(j, "queue", q->idx);
		json__bool(j, "running", q->running);
		qcounts_json(j, &q->st);
		json__u64(j, "aborts", q->aborts);
		json__u64(j, "cmd_errors", q->cmd_errors);
		json__u64(j, "user_copy_errors", q->user_copy_errors);
		qerrors_json(j, &q->st);
		json__obj_close(j);
	}
	json__arr_close(j);
	json__obj_close(j);
}
