// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the statistics JSON is one valid object that a machine can
 * read by keys: after N requests through a queue, queues[0].reqs, reads,
 * ok, the error counters and every stage histogram's count agree with what
 * was sent, the histogram error bound is stated, and the IOTLB updates'
 * pauses and lost rings are counted.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "dev.h"
#include "json.h"
#include "sim.h"

static struct json_object *get(struct json_object *o, const char *path)
{
	char buf[256], *save, *k;

	snprintf(buf, sizeof(buf), "%s", path);
	for (k = strtok_r(buf, ".", &save); k && o; k = strtok_r(NULL, ".", &save)) {
		if (json_object_is_type(o, json_type_array))
			o = json_object_array_get_idx(o, atoi(k));
		else if (!json_object_object_get_ex(o, k, &o))
			o = NULL;
	}
	return o;
}

static int64_t num(struct json_object *root, const char *path)
{
	struct json_object *o = get(root, path);

	CHECK(o != NULL, "key %s missing", path);
	return o ? json_object_get_int64(o) : -1;
}

int main(void)
{
	static struct sim s;
	static struct be_dev d;
	struct json_object *root;
	char *text = NULL;
	size_t len = 0;
	struct json j;
	FILE *f;
	const int n = 40;

	if (sim_init(&s, 16, &null_ops, 1 << 20, true, true))
		return 1;
	for (int i = 0; i < n; i++) {
		uint16_t id;
		uint32_t l;

		sim_req(&s, 0, i == 0 ? 0x99 : VIRTIO_BLK_T_IN, 0, 4096, true, NULL);
		sim_post(&s, 0);
		sim_run(&s);
		sim_used(&s, &id, &l);
	}
	/* Two IOTLB updates while the queue thread runs: one maps the ring
	 * again, one leaves it unmapped (the queue parks). */
	d.remap = (struct be_remap){ .q = &s.q, .nq = 1, .tlb = &s.tlb };
	CHECK(be_queue_start(&s.q) == 0, "queue thread");
	be_remap_begin(&d.remap, 0, UINT64_MAX);
	iotlb_add(&s.tlb, SIM_BASE, SIM_BASE + SIM_MEM - 1, s.mem, 0, IOTLB_PERM_RO | IOTLB_PERM_WO);
	be_remap_end(&d.remap);
	be_remap(&d.remap, 0, UINT64_MAX);
	be_queue_stop(&s.q);
	/* A device around the simulated queue: what the daemon prints. */
	snprintf(d.name, sizeof(d.name), "json0");
	d.nq = 1;
	d.tgt = &s.tgt;
	d.q[0].idx = 0;
	d.q[0].st = s.q.st;
	f = open_memstream(&text, &len);
	json__init(&j, f);
	be_dev_stats_json(&d, &j, NULL);
	fclose(f);
	root = json_tokener_parse(text);
	CHECK(root != NULL, "not JSON: %.200s", text);
	CHECK(!strchr(text, '\n'), "the object spans lines");
	if (root) {
		CHECK(num(root, "queues.0.reqs") == n, "reqs");
		CHECK(num(root, "queues.0.reads") == n - 1, "reads");
		CHECK(num(root, "queues.0.ok") == n - 1, "ok");
		CHECK(num(root, "queues.0.unsupp") == 1, "unsupp");
		CHECK(num(root, "queues.0.errors.unsupported") == 1, "errors.unsupported");
		CHECK(num(root, "queues.0.bytes_read") == (n - 1) * 4096ll, "bytes_read");
		CHECK(num(root, "queues.0.latency_ns.total.count") == n, "total.count");
		CHECK(num(root, "queues.0.latency_ns.submit_to_done.count") == n - 1,
		      "submit_to_done.count");
		CHECK(num(root, "queues.0.latency_ns.total.p99") <= num(root, "queues.0.latency_ns.total.max"),
		      "p99 above max");
		CHECK(get(root, "hist_error_bound") &&
		      json_object_get_double(get(root, "hist_error_bound")) == HIST_ERROR_BOUND,
		      "hist_error_bound");
		CHECK(num(root, "control.set_status.count") == 0, "control counters");
		CHECK(num(root, "iotlb.pauses") == 2, "iotlb.pauses");
		CHECK(num(root, "iotlb.rings_lost") == 1 && num(root, "iotlb.rings_back") == 0,
		      "iotlb.rings_lost, rings_back");
		CHECK(num(root, "iotlb.paused_ns") >= num(root, "iotlb.paused_max_ns") &&
		      num(root, "iotlb.paused_max_ns") > 0, "iotlb.paused_ns, paused_max_ns");
		json_object_put(root);
	}
	free(text);
	sim_fini(&s);
	if (failures) {
		printf("%d check(s) failed\n", failures);
		return 1;
	}
	printf("PASS: stats JSON\n");
	return 0;
}
