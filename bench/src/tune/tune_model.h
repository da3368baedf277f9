// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-tune's types: the deployment's request (workload, memory budget,
 * queues, backend, constraints) and a configuration (our module's knobs
 * and parameters, vduse-blkd's options), as each stage's sweep carries
 * them, so that every later stage is a function of the runs alone.
 */
#ifndef VLAB_TUNE_MODEL_H
#define VLAB_TUNE_MODEL_H

#include <stddef.h>
#include <stdint.h>

/* The module's default bounce_size (kernel/knobs.def's default) */
#define TUNE_DEFAULT_BUDGET (64ull << 20)
/*
 * Each stage's repetitions: the screen, which only rules out, 3; the
 * stages that decide (recheck, combine, confirm) more, a boot each
 */
#define TUNE_REPS 3
#define TUNE_DECIDE_REPS 8
/*
 * A boot of the lab VM on the instruction clock, to its first point: the
 * confirm boots once per repetition (bench/src/README.md, "boots"), so
 * that its interval takes in what differs between boots and holds for an
 * independent re-measure, not only for the run that claimed it.
 */
#define TUNE_BOOT_S 25
/* The winners a combine chains at most, knobs and daemon options each */
#define TUNE_MAX_WINNERS 4
/* The seed of every plan: the same request gives the same plan */
#define TUNE_SEED 27
/* The disk the backends serve (big enough for 1 MiB blocks, small in RAM) */
#define TUNE_DISK_SIZE "256M"
/* The planner's note of the request, carried in every stage's sweep file */
#define TUNE_REQ_TAG "# vlab-tune: "
/* A run folder an earlier stage read, one line each */
#define TUNE_EVIDENCE_TAG "# vlab-tune-run: "

struct tune_req {
	char preset[16];	/* oltp, stream, mixed, or job (a fio job file) */
	char rw[16], bs[16];
	unsigned int iodepth, numjobs;
	int rwmixread;		/* -1: not set */
	unsigned int runtime, ramp;	/* 0: the sweep's defaults */
	uint64_t budget;	/* bytes of bounce memory per device */
	unsigned int queues;
	char backend[32];	/* a VDUSE backend type: blkd-T, qsd-T */
	int allow_unsafe;
	char clock[8];		/* icount or wall */
	char metric[24];	/* an aggregate.csv metric */
};

/* k=v words, blank separated */
#define TUNE_KV_LEN 512

struct tune_conf {
	char knobs[TUNE_KV_LEN];	/* per-device sysfs knobs */
	char params[TUNE_KV_LEN];	/* module parameters */
	char args[TUNE_KV_LEN];		/* vduse-blkd options ("--batch 1 ...") */
};

#endif
