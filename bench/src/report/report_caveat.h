// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: caveats a report must carry word for word, because other
 * tools look for them: bench/publish.sh refuses a run whose sweep had
 * perf = on over more than one backend type unless its REPORT.md holds
 * report_perf_caveat() verbatim.
 */

struct report;
struct json_object;

/* Did the plan run perf stat over more than one backend type? */
int report_perf_unequal(struct json_object *plan);
#ifndef VLAB_REPORT_CAVEAT_H
#define VLAB_REPORT_CAVEAT_H

/*
 * One sentence, plain text with no Markdown or HTML special characters,
 * so that both formats print it unchanged. bench/publish.sh reads it
 * from `vlab-report --perf-caveat`, never from a copy.
 */
const char *report_perf_caveat(void);

#endif
