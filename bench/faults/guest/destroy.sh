# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: fault case destroy (bench/faults/cases.def), on module
# MODULE. VDUSE_DESTROY_DEV (vduse-destroy, bench/faults/vduse-destroy.c)
# aimed at a vduse-blkd device: while it is attached and served under fio
# write+verify, three times, it must be refused with EBUSY and fio must
# finish with no error and no mismatch; once detached but still served
# (the daemon has /dev/vduse/NAME open), refused with EBUSY again; once
# the daemon is gone too (kill -9: the device outlives its fd), destroyed,
# /dev/vduse/NAME gone. Then no leak: a new daemon creates a device of the
# same name that serves a verified fio run, the module unloads, dmesg clean.
# shellcheck source=../../guest/lib.sh
. /job/guest/lib.sh
# shellcheck source=flib.sh
. "$(dirname "$0")/flib.sh"
fail() {
	fault_record strategy="$(strategy_of ds0)" pass=false guest_ioerr="$(guest_errors fault-destroy /tmp/*.json)" \
		dmesg_clean="$(dmesg_clean fault-destroy)" detail="$*"
	exit 1
}
# refused WHEN: vduse-destroy ds0 must fail with EBUSY.
refused() {
	local out
	out=$(vduse-destroy ds0) && fail "VDUSE_DESTROY_DEV succeeded $1"
	case $out in *'(EBUSY)'*) ;; *) fail "VDUSE_DESTROY_DEV $1: '$out', want EBUSY" ;; esac
	[ -e /dev/vduse/ds0 ] || fail "/dev/vduse/ds0 gone after a refused destroy $1"
}

kmsg_mark "fault-destroy"
vduse_load "$MODULE" || fail "cannot load the $MODULE module"
blkd_up ds0 /tmp/ds0.log || fail "vduse-blkd did not start"
dev=$(vdpa_add ds0) || fail "vdpa dev add ds0"
strategy=$(strategy_of ds0)
fio_verify_bg "$dev" /tmp/load.json 32M
tries=0
for i in 1 2 3; do
	sleep 0.3
	alive "$FIO_PID" || break
	refused "while attached under fio ($i)"
	tries=$i
done
[ $tries -ge 1 ] || fail "fio ended before the first destroy"
wait "$FIO_PID" && fio_ok /tmp/load.json || fail "fio under the refused destroys: $(head -n 3 /tmp/load.json.err)"
vdpa_del ds0 || fail "vdpa dev del ds0"
refused "while detached but served"
kill -9 $BLKD_PID
wait $BLKD_PID 2>/dev/null
t0=$(ms_now)
out=$(vduse-destroy ds0) || fail "VDUSE_DESTROY_DEV of the orphaned device: $out"
i=0
while [ -e /dev/vduse/ds0 ] && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.1; done
[ -e /dev/vduse/ds0 ] && fail "/dev/vduse/ds0 still there after its destroy"
gone_ms=$(($(ms_now) - t0))
rm -f /dev/shm/vduse-blkd.ds0.inflight

blkd_up ds0 /tmp/ds0-new.log || fail "a new vduse-blkd for ds0 did not start"
dev=$(vdpa_add ds0) || fail "vdpa dev add of the new ds0"
fio_verify_bg "$dev" /tmp/new.json 4M
wait "$FIO_PID" && fio_ok /tmp/new.json || fail "fio on the new ds0: $(head -n 3 /tmp/new.json.err)"
vdpa_del ds0 || fail "vdpa dev del of the new ds0"
kill -TERM $BLKD_PID
wait $BLKD_PID || fail "the new daemon's SIGTERM teardown exited non-zero"
vduse_unload || fail "rmmod vduse (a reference leaked?)"
dmesg_bad fault-destroy || fail "kernel complaints in dmesg"
fault_record strategy="$strategy" pass=true survived=true guest_ioerr="$(guest_errors fault-destroy /tmp/load.json)" \
	verified=true dmesg_clean=true \
	detail="EBUSY $tries times under fio (verified after) and once detached but served; the orphaned device destroyed, gone in $gone_ms ms; a new ds0 served a verified fio run; module unloaded"
