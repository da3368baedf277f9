# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: fault case devdel (bench/faults/cases.def), on module
# MODULE. `vdpa dev del` of a vduse-blkd disk under fio write+verify at
# QD 16. The del must return within END_S (30 s) and fio must end (with
# errors for the requests after the disk went: not a hang), with no verify
# mismatch in what completed; the daemon must keep its device, so that
# `vdpa dev add` gives a disk again whose data written before the del
# reads back unchanged and which passes a fresh fio verify; SIGTERM must
# then tear down cleanly (exit 0, /dev/vduse/NAME gone); dmesg clean.
# shellcheck source=../../guest/lib.sh
. /job/guest/lib.sh
# shellcheck source=flib.sh
. "$(dirname "$0")/flib.sh"
END_S=30
fail() {
	fault_record strategy="$(strategy_of dd0)" pass=false guest_ioerr="$(guest_errors fault-devdel /tmp/*.json)" \
		dmesg_clean="$(dmesg_clean fault-devdel)" detail="$*"
	exit 1
}

kmsg_mark "fault-devdel"
vduse_load "$MODULE" || fail "cannot load the $MODULE module"
blkd_up dd0 /tmp/dd0.log || fail "vduse-blkd did not start"
dev=$(vdpa_add dd0) || fail "vdpa dev add dd0"
strategy=$(strategy_of dd0)
# a pattern the del must not touch: 1 MiB at 48 MiB, outside fio's range
dd if=/dev/urandom of=/tmp/pattern bs=64k count=16 2>/dev/null
dd if=/tmp/pattern of="$dev" bs=64k seek=768 oflag=direct conv=fsync 2>/dev/null || fail "writing the pattern"
fio_verify_bg "$dev" /tmp/load.json 32M
sleep 1
i=0
until [ "$(inflight "$dev")" -gt 0 ] || [ $i -gt 2000 ]; do i=$((i + 1)); done
n=$(inflight "$dev")
t0=$(ms_now)
vdpa dev del dd0 &
del=$!
gone_within $((END_S * 10)) $del || fail "vdpa dev del still runs $END_S s after it started ($n requests were in flight)"
wait $del || fail "vdpa dev del exited non-zero"
del_ms=$(($(ms_now) - t0))
gone_within $((END_S * 10)) "$FIO_PID" || fail "fio still runs $END_S s after the del: a hang"
fio_ms=$(($(ms_now) - t0))
wait "$FIO_PID"
fio_rc=$?
no_mismatch /tmp/load.json || fail "a verify mismatch before the del: $(head -n 3 /tmp/load.json.err)"
alive $BLKD_PID || fail "the daemon exited when its disk was detached: $(tail -n 3 /tmp/dd0.log)"

# again: the same device on the bus, its data intact
dev=$(vdpa_add dd0) || fail "vdpa dev add dd0 after the del"
back_ms=$(($(ms_now) - t0))
dd if="$dev" of=/tmp/back bs=64k skip=768 count=16 iflag=direct 2>/dev/null || fail "reading the pattern back"
cmp -s /tmp/pattern /tmp/back || fail "the pattern written before the del changed"
fio_verify_bg "$dev" /tmp/again.json 8M
wait "$FIO_PID" && fio_ok /tmp/again.json || fail "fio verify on the re-added disk: $(head -n 3 /tmp/again.json.err)"
vdpa_del dd0 || fail "vdpa dev del dd0 (idle)"
kill -TERM $BLKD_PID
gone_within $((END_S * 10)) $BLKD_PID || fail "the daemon still runs $END_S s after SIGTERM"
wait $BLKD_PID || fail "the daemon's SIGTERM teardown exited non-zero: $(tail -n 3 /tmp/dd0.log)"
[ -e /dev/vduse/dd0 ] && fail "/dev/vduse/dd0 left after SIGTERM"
vduse_unload || fail "rmmod vduse"
dmesg_bad fault-devdel || fail "kernel complaints in dmesg"
fault_record strategy="$strategy" pass=true survived=true guest_ioerr="$(guest_errors fault-devdel /tmp/load.json)" \
	verified=true dmesg_clean=true recover_ms=$back_ms \
	detail="vdpa dev del with $n in flight returned in $del_ms ms, fio ended (status $fio_rc) after $fio_ms ms, no mismatch; re-added, the pattern read back and a fresh fio verify passed; SIGTERM clean; recover_ms: del start to the disk back"
