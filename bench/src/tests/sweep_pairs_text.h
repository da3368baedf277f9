// SPDX-License-Identifier: GPL-2.0-only
/*
 * A sweep text with a driver backends key on each driver and a baseline
 * and control to fill in, shared by sweep-parse.c (its refusals) and
 * sweep-pairs.c (what it accepts), so both read the same lines.
 */
#ifndef VLAB_SWEEP_PAIRS_TEXT_H
#define VLAB_SWEEP_PAIRS_TEXT_H

/*
 * baseline on line 3, control on line 4; drivers stock (line 5), aa
 * (line 8), best (line 11), each with a backends line given as S, A, B
 * (lines 7, 10, 13); backends q (line 14), b (16), n (18).
 */
#define PS(base, ctl, s, a, b) "[sweep]\nname = t\nbaseline = " base "\ncontrol = " ctl "\n" \
	"[driver stock]\nmodule = stock\nbackends = " s "\n" \
	"[driver aa]\nmodule = stock\nbackends = " a "\n" \
	"[driver best]\nmodule = ours\nbackends = " b "\n" \
	"[backend q]\ntype = qsd-ram\n[backend b]\ntype = blkd-ram\n[backend n]\ntype = nullb\n" \
	"[workload w]\nrw = randread\nbs = 4k\niodepth = 1, 32\n"

/* appended to PS: a headline on the baseline driver, its where on line 26 */
#define HLS "[headline h]\nmetric = iops\nwhere = driver=stock\n"

#endif
