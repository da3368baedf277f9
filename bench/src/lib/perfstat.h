// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading `perf stat -x, -o FILE -e task-clock,...` output: the CPU time a
 * process (fio, the backend) spent, for CPU time per I/O. Fields are read
 * by position only within one line, as perf documents its CSV layout:
 * value, unit, event, run time, percentage, metric value, metric unit.
 */
#ifndef VLAB_PERFSTAT_H
#define VLAB_PERFSTAT_H

/*
 * The task-clock value in milliseconds. 0 on success; -ENOENT when the file
 * does not exist; -ENODATA when perf printed <not counted>, <not supported>
 * or no task-clock line; -EBADMSG when the line does not parse.
 */
int vlab_perf_task_clock_ms(const char *path, double *ms);

/* The same on text already read. */
int vlab_perf_parse_task_clock_ms(const char *text, double *ms);

#endif
