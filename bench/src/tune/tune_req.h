// SPDX-License-Identifier: GPL-2.0-only
/*
 * The request: a preset or a fio job file mapped to the sweep grammar's
 * workload keys, and the note of it every stage's sweep file carries
 * (TUNE_REQ_TAG), written and read here only.
 */
#ifndef VLAB_TUNE_REQ_H
#define VLAB_TUNE_REQ_H

#include <stdio.h>

#include "tune_model.h"

/* "oltp, stream, mixed" */
extern const char *const tune_presets_list;

/* Set r's workload from preset (numjobs: one per queue). 0, or -EINVAL with why. */
int tune_req_preset(struct tune_req *r, const char *preset, char *why, size_t len);
/*
 * Set r's workload from a fio job file: [global] and one job, the keys
 * rw/readwrite, bs/blocksize, iodepth, numjobs, rwmixread/rwmixwrite,
 * runtime and ramp_time; the harness's own (filename, name, time_based,
 * group_reporting, ioengine=io_uring, direct=1) accepted; any other option
 * refused, naming it. 0, or -EINVAL with why ("FILE:LINE: ...").
 */
int tune_req_job(struct tune_req *r, const char *path, char *why, size_t len);
/* Check r's budget, queues, backend, clock and metric. 0, or -EINVAL with why. */
int tune_req_check(const struct tune_req *r, char *why, size_t len);

/* The note line (TUNE_REQ_TAG k=v ...\n) */
void tune_req_write(FILE *f, const struct tune_req *r);
/* Read the note from a sweep file's text. 0, or -EINVAL with why. */
int tune_req_read(const char *sweep_text, struct tune_req *r, char *why, size_t len);
/* A line for people: "oltp: randrw 70% reads, 4k, QD 32, 1 job; budget 16 MiB, 1 queue, blkd-ram" */
void tune_req_describe(const struct tune_req *r, char *buf, size_t len);

#endif
