// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: caveats a report must carry word for word, because other
 * tools look for them: bench/publish.sh refuses a run whose sweep had
 * perf = on over more than one backend type unless its REPORT.md holds
 * report_perf_caveat() verbatim.
 */
#ifndef VLAB_REPORT_CAVEAT_H
#define VLAB_REPORT_CAVEAT_H

/*
 * One sentence, plain text with no Markdown or HTML special characters,
 * so that both formats print it unchanged; never reworded without
 * bench/publish.sh (which holds the same text).
 */
const char *report_perf_caveat(void);

#endif
