# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: fault case hostile (bench/faults/cases.def), on module
# MODULE: vduse-hostile (kernel/tests/hostile-backend.c) plays the daemon
# against the driver for FAULT_SECONDS with seed FAULT_SEED: control
# messages answered wrongly, late or never, injection floods and
# injections at wrong times, IOTLB fd abuse, bad ioctl arguments, used-ring
# lengths out of range, and used-ring faults that break the guest's
# virtqueue (out-of-range and idle ids, duplicates, used->idx jumps), in
# attach/detach cycles, while a loop of O_DIRECT dd reads and writes runs
# on the disk (errors expected and counted). The loop stops between
# requests when the backend asks (/tmp/hostile.quiet) before a used-ring
# fault: 6.12's virtio-blk never completes a request left in a virtqueue
# that virtio_ring marked broken, and `vdpa dev del` would wait for it
# forever (a guest driver limit, not VDUSE's; see the report of issue 26).
# Then everything must end within bounds: the backend (its own teardown
# destroys the device; after a death, `vdpa dev del` and a destroy), the
# I/O loop, `rmmod vduse`; dmesg must hold no WARNING/BUG/Oops/lockdep/
# hung task (virtio's own "id N out of range" lines are expected).
# One record: pass = survived, removable, dmesg clean; recover_ms from the
# end of the fuzzing to the module unloaded.
# shellcheck source=../../guest/lib.sh
. /job/guest/lib.sh
# shellcheck source=flib.sh
. "$(dirname "$0")/flib.sh"
NAME=hostile0
QUIET=/tmp/hostile.quiet
STOP=/tmp/hostile.stop
COUNTS=/tmp/hostile.io
HLOG=/tmp/hostile.log

# io_loop: single O_DIRECT dd requests (one in flight at a time, so that a
# quiesced loop has none), reads and writes at spread offsets, on whatever
# disk the device has now; "REQUESTS FAILED SLOW" in $COUNTS (SLOW: killed
# by the timeout, a request that took 20 s).
io_loop() {
	local n=0 bad=0 slow=0 dev b off rc
	while [ ! -e $STOP ]; do
		if [ -e $QUIET ]; then
			: >$QUIET.ack
			sleep 0.1
			continue
		fi
		dev=
		for b in "/sys/bus/vdpa/devices/$NAME"/virtio*/block/*; do
			[ -e "$b" ] && dev=/dev/${b##*/}
		done
		if [ -z "$dev" ] || [ ! -b "$dev" ]; then
			sleep 0.2
			continue
		fi
		off=$(((n * 7919) % 16000))
		if [ $((n % 2)) -eq 0 ]; then
			timeout 20 dd if="$dev" of=/dev/null bs=4k count=4 skip=$off iflag=direct 2>/dev/null
		else
			timeout 20 dd if=/dev/zero of="$dev" bs=4k count=4 seek=$off oflag=direct 2>/dev/null
		fi
		rc=$?
		[ $rc -eq 0 ] || bad=$((bad + 1))
		[ $rc -lt 124 ] || slow=$((slow + 1))
		n=$((n + 1))
		echo "$n $bad $slow" >$COUNTS
	done
}

# bounded SECONDS CMD...: CMD in the background, 0 if it ends with success
# within SECONDS, 1 on failure, 2 if it is still running (a hang).
bounded() {
	local t=$1 pid
	shift
	"$@" &
	pid=$!
	gone_within $((t * 10)) $pid || return 2
	wait $pid || return 1
}

record() {
	local pass=$1 survived=$2 detail=$3 clean=true n_req n_bad n_slow bad_ring
	dmesg_bad fault-hostile >/tmp/hostile.dmesg || clean=false
	[ $clean = true ] || { log "the kernel complained:"; head -n 40 /tmp/hostile.dmesg; }
	read -r n_req n_bad n_slow 2>/dev/null <$COUNTS || { n_req=0 n_bad=0 n_slow=0; }
	bad_ring=$(dmesg | awk '/vlab-mark: fault-hostile/ { on = 1; next } on' | grep -c -e 'out of range' -e 'is not a head')
	[ "$clean" = true ] || pass=false
	fault_record strategy="$strategy" backend=hostile pass="$pass" required=true survived="$survived" \
		guest_ioerr="$n_bad" verified=null dmesg_clean="$clean" recover_ms="$recover_ms" \
		detail="seed $FAULT_SEED, ${FAULT_SECONDS}s: $detail; guest dd requests $n_req, failed $n_bad (of them timed out after 20 s: $n_slow); virtio_ring BAD_RING lines $bad_ring; $(grep -c ' round ' $HLOG 2>/dev/null) rounds, $(grep -c ' break ' $HLOG 2>/dev/null) breaks, $(grep -c ' attach,' $HLOG 2>/dev/null) attaches"
	[ "$pass" = true ]
	exit $?
}

recover_ms=null
strategy=upstream
rm -f $QUIET $QUIET.ack $STOP $COUNTS
kmsg_mark fault-hostile
vduse_load "$MODULE" || record false false "cannot load the $MODULE module"
[ "$MODULE" = stock ] || strategy=$(cat /sys/module/vduse/parameters/bounce_strategy 2>/dev/null || echo upstream)
log "module: $(vduse_identity), hostile backend for ${FAULT_SECONDS}s, seed $FAULT_SEED"

io_loop &
io_pid=$!
# HOSTILE_ARGS: more options, to replay or narrow a run by hand
# shellcheck disable=SC2086 # an option list, split on purpose
vduse-hostile --seed "$FAULT_SEED" --seconds "$FAULT_SECONDS" --name $NAME --quiesce $QUIET \
	${HOSTILE_ARGS:-} >$HLOG 2>&1 &
h_pid=$!
# its cycles end by the deadline; a detach may take up to a minute more
gone_within $(((FAULT_SECONDS + 90) * 10)) $h_pid || log "vduse-hostile still runs $((FAULT_SECONDS + 90))s on"
t_end=$(ms_now)
# problems: what failed; hung: whether any of it was a hang
problems='' hung=false
if kill -0 $h_pid 2>/dev/null; then
	kill -9 $h_pid
	problems="$problems backend did not end (killed);" hung=true
fi
wait $h_pid
h_rc=$?
# the backend's log, one line per round: what to replay with its options
cat $HLOG
case $h_rc in
0) ;;
2) problems="$problems backend: $(grep -m 1 HANG $HLOG | cut -c1-120);" hung=true ;;
*) problems="$problems backend exit $h_rc;" ;;
esac

# after a death the device may still be attached, and is not destroyed
if [ -e /sys/bus/vdpa/devices/$NAME ]; then
	bounded 60 vdpa dev del $NAME
	case $? in 1) problems="$problems vdpa dev del failed;" ;; 2) problems="$problems vdpa dev del hung;" hung=true ;; esac
fi
if [ -e /dev/vduse/$NAME ]; then
	bounded 30 vduse-hostile --destroy --name $NAME
	case $? in 1) problems="$problems VDUSE_DESTROY_DEV failed;" ;; 2) problems="$problems VDUSE_DESTROY_DEV hung;" hung=true ;; esac
fi
: >$STOP
gone_within 300 $io_pid || { problems="$problems guest I/O loop hung (a dd in D state);" hung=true; }
i=0
while [ -d /sys/module/vduse ]; do
	bounded 20 rmmod vduse 2>/dev/null
	[ $? -eq 2 ] && { problems="$problems rmmod vduse hung;" hung=true; break; }
	i=$((i + 1))
	[ $i -lt 10 ] || { problems="$problems rmmod vduse failed: refcnt $(cat /sys/module/vduse/refcnt 2>/dev/null)"; break; }
	sleep 1
done
[ -d /sys/module/vduse ] || recover_ms=$(($(ms_now) - t_end))
if [ -z "$problems" ]; then
	record true true "backend, removal and unload all ended"
else
	record false "$([ $hung = true ] && echo false || echo true)" "$problems"
fi
