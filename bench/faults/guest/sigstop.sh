# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: fault case sigstop (bench/faults/cases.def), on module
# MODULE. vduse-blkd stopped (SIGSTOP) for longer than its device's
# msg_timeout (STOP_MSG, 2 s). A stopped daemon only troubles the kernel
# once a control message waits for it, so each row has one pending: the
# reset of `vdpa dev del`. Two rows:
# - load: stopped with fio write+verify requests in flight, then `vdpa dev
#   del`. The issue wants the device marked broken and errors for the
#   guest, not a hang. What the kernel does: virtio-blk's removal drains
#   the disk's requests (del_gendisk freezes the queue) before the reset
#   reaches VDUSE, so while the daemon stays stopped no message is pending,
#   nothing times out, and fio and the del both wait; the record says what
#   waited. Passes when, once the daemon runs again (SIGCONT), the del and
#   fio end within END_S (30 s), every request that completed verified, and
#   dmesg is clean: the stall lasts as long as the stop and no longer.
# - idle: stopped with no request in flight, then `vdpa dev del`: the
#   reset goes unanswered, after msg_timeout the kernel marks the device
#   broken and the del returns; the guest's disk is gone (a read fails, no
#   hang); after SIGCONT the daemon says the device broke and exits
#   non-zero. Passes when all of that happens within msg_timeout + END_S.
# shellcheck source=../../guest/lib.sh
. /job/guest/lib.sh
# shellcheck source=flib.sh
. "$(dirname "$0")/flib.sh"
STOP_MSG=2 END_S=30

# stopped_row NAME: attach device NAME served by a stopped-able daemon, with
# msg_timeout STOP_MSG; $dev its disk.
attach() {
	blkd_up "$1" "/tmp/$1.log" || return 1
	echo $STOP_MSG >"/sys/class/vduse/$1/msg_timeout" || return 1
	dev=$(vdpa_add "$1")
}

# Row load.
kmsg_mark "fault-sigstop-load"
vduse_load "$MODULE" || { fault_record detail="cannot load the $MODULE module"; exit 1; }
attach st0 || { fault_record detail="cannot start and attach st0"; exit 1; }
strategy=$(strategy_of st0)
fio_verify_bg "$dev" /tmp/load.json 32M
sleep 1
i=0
until [ "$(inflight "$dev")" -gt 0 ] || [ $i -gt 2000 ]; do i=$((i + 1)); done
kill -STOP $BLKD_PID
t0=$(ms_now)
# what waits for the stopped daemon: fio keeps queueing until its depth
sleep 0.5
n=$(inflight "$dev")
vdpa dev del st0 &
del=$!
sleep $((STOP_MSG * 3))
del_waits=$(tf alive $del) fio_waits=$(tf alive "$FIO_PID")
stopped_ms=$(($(ms_now) - t0))
kill -CONT $BLKD_PID
t1=$(ms_now)
gone_within $((END_S * 10)) $del && gone_within $((END_S * 10)) "$FIO_PID"
ended=$(tf gone_within 1 "$FIO_PID")
t2=$(ms_now)
verified=false
[ "$ended" = true ] && no_mismatch /tmp/load.json && verified=true
del_rc=running
if ! alive $del; then
	wait $del
	del_rc=$?
fi
daemon=running
if gone_within 10 $BLKD_PID; then
	wait $BLKD_PID
	daemon="exited $?"
fi
grep -q 'marked the device broken' /tmp/st0.log && broken=yes || broken=no
clean=$(dmesg_clean fault-sigstop-load)
pass=false
[ "$n" -gt 0 ] && [ "$ended" = true ] && [ "$verified" = true ] && [ "$clean" = true ] && ! alive $del && pass=true
fault_record strategy="$strategy" pass=$pass survived="$ended" \
	guest_ioerr="$(guest_errors fault-sigstop-load /tmp/load.json)" verified=$verified \
	dmesg_clean="$clean" recover_ms=$((t2 - t1)) \
	detail="load: $n in flight while the daemon was stopped $stopped_ms ms (msg_timeout $STOP_MSG s) with vdpa dev del started: del still waiting $del_waits, fio still waiting $fio_waits (del_gendisk drains the requests before the reset reaches VDUSE: no message pending, no timeout); after SIGCONT del exit $del_rc, fio ended $ended, device broken $broken, daemon $daemon; recover_ms: SIGCONT to the end of del and fio"
# whatever is left of st0 goes before the next row
kill -9 $BLKD_PID 2>/dev/null
[ -e /dev/vduse/st0 ] && vduse-destroy st0 >/dev/null
rm -f /dev/shm/vduse-blkd.st0.inflight /dev/shm/st0.img

# Row idle.
kmsg_mark "fault-sigstop-idle"
attach st1 || { fault_record detail="cannot start and attach st1"; exit 1; }
dd if=/dev/urandom of="$dev" bs=64k count=16 oflag=direct 2>/dev/null
kill -STOP $BLKD_PID
t0=$(ms_now)
vdpa dev del st1 &
del=$!
gone_within $(((STOP_MSG + END_S) * 10)) $del
del_ms=$(($(ms_now) - t0))
del_done=$(tf gone_within 1 $del)
# the disk is gone: a read fails at once, it does not wait
t1=$(ms_now)
read_fails=$(tf eval "! dd if=$dev of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null")
read_ms=$(($(ms_now) - t1))
kill -CONT $BLKD_PID
exited=$(tf gone_within $((END_S * 10)) $BLKD_PID)
rc=running
if [ "$exited" = true ]; then
	wait $BLKD_PID
	rc=$?
fi
grep -q 'marked the device broken' /tmp/st1.log && broken=true || broken=false
clean=$(dmesg_clean fault-sigstop-idle)
pass=false
[ "$del_done" = true ] && [ "$read_fails" = true ] && [ "$exited" = true ] && [ "$rc" -ne 0 ] &&
	[ "$broken" = true ] && [ "$clean" = true ] && pass=true
fault_record strategy="$strategy" pass=$pass survived="$del_done" \
	guest_ioerr="$(guest_errors fault-sigstop-idle)" verified=null dmesg_clean="$clean" recover_ms=$del_ms \
	detail="idle: daemon stopped, vdpa dev del: returned $del_done after $del_ms ms (msg_timeout $STOP_MSG s); a read of the removed disk failed $read_fails in $read_ms ms; after SIGCONT the daemon exited $exited (status $rc), said broken $broken; recover_ms: del start to its return"
vduse_unload
exit 0
