// SPDX-License-Identifier: GPL-2.0-only
/* The daemon's statistics as one JSON object: per queue and for the control thread. */
#include <stdio.h>

#include "dev.h"

#define U(x) ((unsigned long long)(x))

static void queue_json(FILE *f, const struct be_queue *q)
{
	const struct be_qstats *s = &q->st;

	fprintf(f, "{\"queue\":%u,\"running\":%s,\"reqs\":%llu,\"reads\":%llu,\"writes\":%llu,"
		"\"flushes\":%llu,\"discards\":%llu,\"write_zeroes\":%llu,\"get_ids\":%llu,"
		"\"bytes_read\":%llu,\"bytes_written\":%llu,\"ok\":%llu,\"ioerr\":%llu,"
		"\"unsupp\":%llu,\"bad_avail\":%llu,\"bad_head\":%llu,\"kicks\":%llu,"
		"\"spurious_kicks\":%llu,\"empty_polls\":%llu,\"sleeps\":%llu,\"irqs\":%llu,"
		"\"irqs_suppressed\":%llu,\"batches\":%llu,\"batch_max\":%llu,\"full\":%llu,"
		"\"poll_us\":%u,\"errors\":{",
		q->idx, q->running ? "true" : "false", U(s->reqs), U(s->reads), U(s->writes),
		U(s->flushes), U(s->discards), U(s->write_zeroes), U(s->get_ids),
		U(s->bytes_read), U(s->bytes_written), U(s->ok), U(s->ioerr), U(s->unsupp),
		U(s->bad_avail), U(s->bad_head), U(s->kicks), U(s->spurious_kicks),
		U(s->empty_polls), U(s->sleeps), U(s->irqs), U(s->irqs_suppressed),
		U(s->batches), U(s->batch_max), U(s->full),
		__atomic_load_n(&q->poll_us, __ATOMIC_RELAXED));
	for (int i = 1; i < BLK_ERR_NR; i++)
		fprintf(f, "%s\"%s\":%llu", i > 1 ? "," : "", blk_err_names[i], U(s->err[i]));
	fprintf(f, "}");
#ifndef BE_NO_INSTR
	fprintf(f, ",\"latency_ns\":{");
	for (int i = 0; i < ST_NR; i++) {
		fprintf(f, "%s\"%s\":", i ? "," : "", be_stage_names[i]);
		hist_json(f, &s->stage[i]);
	}
	fprintf(f, "}");
#endif
	fprintf(f, "}");
}

void be_dev_stats_json(struct be_dev *d, FILE *f)
{
	static const char *const msg[3] = { "get_vq_state", "set_status", "update_iotlb" };

	/* No lock: the counters live as long as d and are read racily on purpose;
	 * waiting for the control thread (busy stopping queues) would also keep
	 * the main thread from seeing a second signal. */
	fprintf(f, "{\"type\":\"stats\",\"name\":\"%s\",\"target\":\"%s\",\"status\":%u,"
		"\"driver_features\":%llu,\"instrumented\":%s,\"clock\":\"%s\",\"hist_error_bound\":%.8g,"
		"\"queues\":[",
		d->name, d->tgt->ops->name, d->status, U(d->driver_features),
#ifdef BE_NO_INSTR
		"false",
#else
		"true",
#endif
		be_clock_tsc ? "tsc" : "monotonic", HIST_ERROR_BOUND);
	for (unsigned int i = 0; i < d->nq; i++) {
		if (i)
			fputc(',', f);
		queue_json(f, &d->q[i]);
	}
	fprintf(f, "],\"iotlb\":{\"maps\":%llu,\"unmaps\":%llu,\"faults\":%llu,\"failures\":%llu},",
		U(d->tlb.nr_maps), U(d->tlb.nr_unmaps), U(d->tlb.nr_faults), U(d->tlb.nr_fail));
	/* registered and bytes: what the kernel bounces through now */
	fprintf(f, "\"umem\":{\"mode\":\"%s\",\"registered\":%s,\"bytes\":%llu,\"hugepage\":%s,"
		"\"attempts\":%llu,\"failures\":%llu,\"errno\":%d,\"register_ns\":%llu},",
		be_umem_mode_name(d->umem.mode), d->umem.registered ? "true" : "false",
		U(d->umem.registered ? d->umem.size : 0),
		d->umem.mode == BE_UMEM_HUGEPAGE ? "true" : "false", U(d->umem.attempts),
		U(d->umem.failures), -d->umem.err, U(d->umem.register_ns));
	fprintf(f, "\"irq_affinity\":{\"mode\":\"%s\",\"applied\":%llu,\"kept\":%llu,\"failed\":%llu,"
		"\"errno\":%d,\"moves\":%llu,\"placement\":\"%s\"},\"control\":{",
		be_irq_affinity_name(d->o.irq_aff), U(d->irqaff.applied), U(d->irqaff.kept),
		U(d->irqaff.failed), d->irqaff.err, U(d->irqaff.moves),
		d->o.irq_aff != BE_IRQ_AFF_AUTO ? "fixed" : d->irqaff.local ? "local" : "crossed");
	for (int i = 0; i < 3; i++)
		fprintf(f, "\"%s\":{\"count\":%llu,\"ns_total\":%llu,\"ns_max\":%llu},", msg[i],
			U(d->cs.count[i]), U(d->cs.ns_total[i]), U(d->cs.ns_max[i]));
	fprintf(f, "\"failed\":%llu}}", U(d->cs.failed));
}
