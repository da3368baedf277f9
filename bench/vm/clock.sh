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
# Why vlab.newidle=off on icount (issue 22): without it the QD 1 path of
# one configuration ran on one of a few levels a few percent apart (a
# fixed number of instructions more per I/O), kept for a boot, a block of
# points or a daemon's life, so QD 1 varied across boots far more than one
# level repeats.
# insnprof (bench/vm/insnprof), counting every guest instruction, found
# the extra work in the scheduler's newidle balancing alone: in a slow
# point sched_balance_newidle goes past its gate about once per I/O and
# runs sched_balance_update_blocked_averages (with the load averages of
# rt, dl and the other classes), sched clock reads and the NI_RANDOM die
# (prandom_u32_state), the whole step; in a fast
# point it stops at the gate. The gate is avg_idle < max_newidle_lb_cost:
# the domain's largest measured balance cost, which only a dearer balance
# raises and which decays by 1% a second. On this clock a vCPU's measured
# cost includes whatever the other vCPU ran meanwhile (one TCG thread runs
# them in turn, slices up to the next timer), so one balance can read
# milliseconds; the gate then stays shut until the decay brings the
# maximum under the idle periods of the I/O cycle, minutes later (the
# steps seen minutes into a boot), and a balance that the die lets run
# and that straddles a vCPU switch shuts it again. With the periodic tick
# and icount everything else repeats, so this history is the level. The
# agent (bench/guest/agent.sh: sched_newidle_off) writes a cost above any
# idle period into every domain's max_newidle_lb_cost before each point:
# the gate stays shut, a CPU going idle never balances, and every point
# runs the fast level. The balancing a CPU about to idle does is then
# left out of the figures; the periodic balancing and the wake-up
# placement stay, and the split placement pins what each point measures.


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
		CLOCK_APPEND="nohz=off vlab.newidle=off"
		CLOCK_LABEL="icount (TCG, one thread, $((1 << CLOCK_SHIFT)) ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)"
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
