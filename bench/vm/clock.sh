# shellcheck shell=bash disable=SC2034,SC2054 # sets variables for its sourcer; QEMU args have commas
# SPDX-License-Identifier: GPL-2.0-only
# The clocks a run can be measured on, and what each does to QEMU. Sourced
# by bench/vm/boot.sh (the QEMU arguments) and bench/run.sh (the resolved
# clock for the manifest); never executed.
#
#   icount  single-threaded TCG with -icount shift=N,sleep=off: guest time is
#           the instruction count (2^N ns per guest instruction, idle time
#           skipped), so every figure the guest sees is a function of the
#           instructions executed, not of the host's speed or load. Measures
#           work per I/O (path length); no parallel speed-up (the vCPUs share
#           one instruction stream), no caches, no memory bandwidth.
#   wall    the host's real time: KVM where it boots the guest, else TCG with
#           one host thread per vCPU (VLAB_TCG_THREAD overrides). Parallelism
#           and placement effects; under TCG noisy from run to run.
#   auto    icount where the lab VM runs under TCG, wall under KVM or on the
#           host kernel (bench/vlab run --host).
#
# The sweep file's `clock` key and `bench/vlab run --clock` take these names;
# bench/src/plan/sweep.c checks the key against the same three.
#
# Why shift 2 (4 ns per instruction, a 250 MIPS virtual CPU): a guest
# second then costs about as much host time as single-threaded TCG needs to
# execute 250 million guest instructions, which keeps the shipped sweeps'
# points (seconds of fio each) as long in host time as on the wall clock.
# shift 0 or 1 would be closer to hardware speeds but make every point 2-4x
# longer for the same guest seconds; shift 3 or more makes the virtual CPU
# slower still and coarsens every timer relative to the work.
# Timer knobs are read in guest time: at shift 2, 1 us is 250 instructions,
# so a kick or inject coalescing window of a few tens of us spans a fraction
# of one 4k I/O's path here (REPORT.md's latencies give the path in guest
# time), where on a hardware core it would span several I/Os. Compare timer
# knobs with each other on this clock, not with hardware settings.
# kernel/tests/guest/timers.sh checks that the timers fire on this clock. VLAB_ICOUNT_SHIFT overrides the shift
# (0 to 10) for experiments; the manifest records the one used.
#
# Not for busy polling: one TCG thread runs the vCPUs in turn, and a vCPU
# that polls keeps the instruction stream until its window ends or a timer
# fires, so the other vCPU's work waits behind it. vduse-blkd with
# --crossed-poll-us 1000 read 6.3x QSD's QD 1 latency on icount, where it
# reads 0.87x without polling. bench/run.sh warns; use the wall clock.
#
# Why -erms,-fsrm on icount: icount counts each iteration of a string
# instruction, so with ERMS the kernel's rep movsb copies cost one counted
# instruction per byte (copy_to_user of 256 MiB took 1.23 s of guest time
# at shift 2), where hardware moves tens of bytes a cycle: every bounce copy
# weighed many times its real share of an I/O's path. Without ERMS and FSRM
# the kernel copies with rep movsq and unrolled loops, and the same copy
# took 0.29 s: still heavier than on hardware, but no longer out of scale.
# The guest's copy routines are then those of a CPU without ERMS.
#
# Why nohz=off on icount: with the idle tick stopped and restarted on every
# idle entry (NOHZ), QD 1 runs of one configuration settled into one of two
# levels about 1.3% apart, kept for several runs and then flipping (the
# tick's phase against the I/O cycle, which nothing else on this clock
# disturbs). With the periodic tick always on, 32 runs in one boot stayed
# within 0.2%, at about 1.7% less IOPS: the tick is work every I/O path
# shares alike.
#
# What still moves at QD 1 (seen 2026-12-06, not explained): the QD 1 path
# of one configuration runs on one of a few levels 1-3% apart, and a boot
# moves between them rarely. On one device under back-to-back fio runs,
# each of four boots stepped down between 300 and 330 s of guest uptime
# (the kernel's jiffies pass 2^32 at 300 s), for about 8 s in one; in the
# others it had not come back when the watch ended, 40-65 s later. Some
# boots sat on a lower level from the start, and two boots with KASLR,
# kernel stack offset randomisation and page shuffling off (nokaslr
# randomize_kstack_offset=off page_alloc.shuffle=0) sat on two different
# levels, so those are not the whole cause. In the aa sweep (a fresh
# backend and device per point) the lower level took one block of five: at
# 320 s in two runs, the first block in two others.
# Per I/O, the interrupts, IPIs, softirqs and context switches stayed the
# same, no other task took the time, and fio's clock source did not
# matter. Every configuration of a block sits on the same level, so paired
# ratios do not see it, but a configuration's CV across blocks does (the
# aa sweep's QD 1 CVs against its QD 1 A/A floors). QD 16 and 32 did not
# show it. Perf sampling cannot look closer on this clock: it takes the
# guest's time over. The function tracer, limited to fio's, the backend's
# and the kworkers' threads, counted the same kernel calls per I/O (893)
# before and after a 300 s step, so the extra work is not more kernel
# calls in those threads; the tick's samples moved qemu-storage-daemon's
# share from system to user time. vduse-blkd null has levels too (1.9%
# apart), but its boot stepped at 280 s, not at 300 s: the jiffies wrap is
# not the cause, or not the only one. In sweeps the levels follow the
# backend: four runs of ebpf-overhead (qsd null-co) had QD 1 CVs of
# 1.05-1.50% per configuration, while blkd-instr's vduse-blkd null points
# had 0.03% (results/README.md lists the published ones). Per point they
# are two states, not a drift: with a fresh qemu-storage-daemon per 3 s
# point, one boot read 5206-5210 IOPS for ten points, then 5275-5280 from
# the second point that followed a record shipped to the host, to the end;
# two other boots read 5271-5280 throughout, with user ASLR on or off and
# with or without shipping. What flips the state is not known.

VLAB_ICOUNT_SHIFT_DEFAULT=2
VLAB_CLOCKS="auto icount wall"

# vlab_clock_check NAME: dies unless NAME is one of VLAB_CLOCKS.
vlab_clock_check() {
	case " $VLAB_CLOCKS " in
	*" $1 "*) ;;
	*) vlab_die "clock '$1' is not one of: ${VLAB_CLOCKS// /, }" ;;
	esac
}

# vlab_clock_resolve REQUESTED ACCEL: REQUESTED is auto, icount or wall;
# ACCEL is what the machine offers: kvm, tcg, or host (no VM). Sets
# CLOCK_NAME (icount or wall), CLOCK_ACCEL (kvm, tcg or host), CLOCK_THREAD
# (single, multi, or "" off TCG), CLOCK_SHIFT ("" off icount), CLOCK_LABEL
# (one line for reports), CLOCK_APPEND (guest kernel command line the clock
# needs) and the array CLOCK_QEMU_ARGS. Dies on a value it
# does not know or a clock the machine cannot give, naming what is allowed.
vlab_clock_resolve() {
	local req=$1 accel=$2
	vlab_clock_check "$req"
	if [ "$req" = auto ]; then
		[ "$accel" = tcg ] && req=icount || req=wall
	fi
	CLOCK_NAME=$req CLOCK_THREAD='' CLOCK_SHIFT='' CLOCK_APPEND='' CLOCK_QEMU_ARGS=()
	case $req/$accel in
	icount/host)
		vlab_die "clock 'icount' needs the lab VM (QEMU TCG); on the host kernel the only clock is wall" ;;
	icount/*)
		CLOCK_SHIFT=${VLAB_ICOUNT_SHIFT:-$VLAB_ICOUNT_SHIFT_DEFAULT}
		[[ $CLOCK_SHIFT =~ ^([0-9]|10)$ ]] ||
			vlab_die "VLAB_ICOUNT_SHIFT='$CLOCK_SHIFT' is not a whole number from 0 to 10"
		# icount needs one TCG thread for all vCPUs, even where KVM works:
		# the point of this clock is path length, not speed.
		CLOCK_ACCEL=tcg CLOCK_THREAD=single
		CLOCK_QEMU_ARGS=(-accel tcg,thread=single -cpu max,-cx16,-erms,-fsrm
			-icount "shift=$CLOCK_SHIFT,sleep=off")
		CLOCK_APPEND=nohz=off
		CLOCK_LABEL="icount (TCG, one thread, $((1 << CLOCK_SHIFT)) ns per guest instruction, periodic tick, no ERMS: work per I/O)"
		;;
	wall/kvm)
		CLOCK_ACCEL=kvm
		CLOCK_QEMU_ARGS=(-accel kvm -cpu host)
		CLOCK_LABEL="wall (KVM)"
		;;
	wall/tcg)
		# QEMU 7.2's multi-threaded TCG can run a stale translation of
		# kernel text another vCPU is live-patching (static keys: "Oops:
		# int3", about one boot in 60). One host thread for all vCPUs
		# cannot race, at the cost of parallelism: right for tests, not
		# for wall-clock benchmarks.
		CLOCK_ACCEL=tcg CLOCK_THREAD=${VLAB_TCG_THREAD:-multi}
		case $CLOCK_THREAD in
		multi | single) ;;
		*) vlab_die "VLAB_TCG_THREAD='$CLOCK_THREAD' is not one of: multi, single" ;;
		esac
		CLOCK_QEMU_ARGS=(-accel "tcg,thread=$CLOCK_THREAD" -cpu max,-cx16) # cx16: LAB-NOTES
		CLOCK_LABEL="wall (TCG, $CLOCK_THREAD-threaded: host time, noisy; compare only inside a run)"
		;;
	wall/host)
		CLOCK_ACCEL=host
		CLOCK_LABEL="wall (host kernel, no VM)"
		;;
	*) vlab_die "accelerator '$accel' is not one of: kvm, tcg, host" ;;
	esac
}
