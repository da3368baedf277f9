// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: lib/blkdstats.c reads vduse-blkd's backend.log as the daemon
 * writes it (backends/lib/stats_json.c): its banner and messages skipped,
 * an interval line before the exit line ignored (the last statistics line
 * is the whole run's), a last line cut short skipped; each stage summed over
 * the queues, its mean weighted by each queue's count; a stage no queue
 * timed has no mean; the stages in the daemon's order and with its names,
 * whatever they are. A log without statistics or from an uninstrumented
 * build has none (-ENOENT); a stage without an integer count is refused.
 */
#include <errno.h>
#include <math.h>
#include <string.h>

#include "blkdstats.h"
#include "testutil.h"

/* A queue's latency_ns, the form stats_json.c writes. */
#define Q(idx, c0, m0, c1, m1, ct, mt)                                                        \
	"{\"queue\":" #idx ",\"running\":false,\"reqs\":" #ct ",\"errors\":{\"chain\":0},"     \
	"\"latency_ns\":{\"kick_to_pop\":{\"count\":" #c0 ",\"mean\":" #m0 ",\"p50\":1,"        \
	"\"p90\":1,\"p99\":1,\"p999\":1,\"max\":1},\"pop_to_submit\":{\"count\":" #c1           \
	",\"mean\":" #m1 ",\"p50\":1},\"total\":{\"count\":" #ct ",\"mean\":" #mt "}}}"

static const char log_text[] =
	"vduse-blkd: /dev/vduse/vduse0: null target, 2097152 sectors, 2 queue(s) of 256\n"
	"{\"event\":\"interval\",\"time\":1.5,\"stats\":{\"type\":\"stats\",\"queues\":["
	Q(0, 1, 999999, 1, 999999, 1, 999999) "]}}\n"
	"vduse-blkd: Terminated: draining, detaching and destroying vduse0\n"
	"{\"event\":\"exit\",\"time\":2.5,\"stats\":{\"type\":\"stats\",\"name\":\"vduse0\","
	"\"queues\":[" Q(0, 0, 0, 100, 1000, 100, 2000) "," Q(1, 0, 0, 300, 3000, 300, 4000)
	"],\"iotlb\":{\"maps\":1}}}\n"
	"{\"event\":\"exit\",\"time\":3,\"stats\":{\"queues\":[{\"queue\":0,\"latency_ns\":{\"to";

static void test_log(void)
{
	struct vlab_blkd_stats st;
	int ret = vlab_blkd_stats_parse(log_text, &st);

	CHECK(ret == 0, "parse returned %d", ret);
	if (ret)
		return;
	CHECK(!strcmp(st.event, "exit"), "event '%s', expected exit (the last complete line)",
	      st.event);
	CHECK(st.nqueues == 2, "%zu queues", st.nqueues);
	CHECK(st.nstages == 3, "%zu stages, expected 3", st.nstages);
	CHECK(!strcmp(st.stage[0].name, "kick_to_pop") && !strcmp(st.stage[1].name, "pop_to_submit") &&
	      !strcmp(st.stage[2].name, "total"), "stages %s %s %s, not the daemon's order",
	      st.stage[0].name, st.stage[1].name, st.stage[2].name);
	CHECK(st.stage[0].count == 0 && isnan(st.stage[0].mean_ns),
	      "kick_to_pop: count %llu mean %g, expected 0 and none",
	      (unsigned long long)st.stage[0].count, st.stage[0].mean_ns);
	CHECK(st.stage[1].count == 400, "pop_to_submit count %llu",
	      (unsigned long long)st.stage[1].count);
	/* (100 x 1000 + 300 x 3000) / 400; an unweighted mean would say 2000 */
	CHECK_NEAR(st.stage[1].mean_ns, 2500, 1e-9);
	CHECK_NEAR(st.stage[2].mean_ns, 3500, 1e-9);
}

static void test_other_names(void)
{
	/* another transport's stages: read as named */
	static const char text[] =
		"{\"event\":\"exit\",\"stats\":{\"queues\":[{\"latency_ns\":{\"wake_take\":"
		"{\"count\":4,\"mean\":10},\"take_commit\":{\"count\":4,\"mean\":30}}}]}}\n";
	struct vlab_blkd_stats st;

	CHECK(vlab_blkd_stats_parse(text, &st) == 0, "parse failed");
	CHECK(st.nstages == 2 && !strcmp(st.stage[0].name, "wake_take") &&
	      tu_near(st.stage[1].mean_ns, 30, 0), "other stage names not read as given");
}

static void test_none(void)
{
	static const char noinstr[] =
		"{\"event\":\"exit\",\"stats\":{\"instrumented\":false,\"queues\":[{\"queue\":0}]}}\n";
	static const char bad[] =
		"{\"event\":\"exit\",\"stats\":{\"queues\":[{\"latency_ns\":{\"total\":"
		"{\"count\":\"4\",\"mean\":10}}}]}}\n";
	struct vlab_blkd_stats st;
	int ret;

	ret = vlab_blkd_stats_parse("qemu-storage-daemon: vduse0 exported\n", &st);
	CHECK(ret == -ENOENT, "a log without statistics: %d, expected -ENOENT", ret);
	ret = vlab_blkd_stats_parse("", &st);
	CHECK(ret == -ENOENT, "an empty log: %d", ret);
	ret = vlab_blkd_stats_parse(noinstr, &st);
	CHECK(ret == -ENOENT, "an uninstrumented build: %d, expected -ENOENT", ret);
	ret = vlab_blkd_stats_parse(bad, &st);
	CHECK(ret == -EBADMSG, "a count as a string: %d, expected -EBADMSG", ret);
}

int main(void)
{
	test_log();
	test_other_names();
	test_none();
	return tu_result("blkd-stats");
}
