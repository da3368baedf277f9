# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: guest side of backends.vm.teardown (vm-guest.sh teardown,
# busybox sh): how vduse-blkd ends when its device fails. A device the
# kernel marks broken (its reset went unanswered for msg_timeout while the
# daemon was stopped): once it runs again the daemon must say why, stop its
# queues, destroy the device and exit non-zero, not serve on half-dead.
# shellcheck source=../../bench/guest/lib.sh
. /job/guest/lib.sh
fail() {
	log "FAIL (teardown): $*"
	for f in /tmp/*.log; do
		[ -f "$f" ] && tail -n 5 "$f" | cut -c1-300
	done
	exit 1
}
# ended PID TENTHS: wait until process PID has ended (1: it still runs).
ended() {
	local i=0
	while kill -0 "$1" 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt "$2" ] && return 1
		sleep 0.1
	done
}

kmsg_mark "be-teardown"
vduse_load ours || fail "cannot load our module"

# A broken device. With the daemon stopped, `vdpa dev del`'s reset goes
# unanswered: after msg_timeout (1 s) the kernel marks the device broken
# and the detach finishes without the daemon.
vduse-blkd --target ram --size 16M --name brk0 >/tmp/brk.log 2>&1 &
pid=$!
wait_for /dev/vduse/brk0 || fail "no /dev/vduse/brk0"
dev=$(vdpa_add brk0) || fail "vdpa dev add brk0"
dd if="$dev" of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null || fail "brk0 does not serve reads"
echo 1 >/sys/class/vduse/brk0/msg_timeout || fail "cannot set msg_timeout"
kill -STOP $pid
vdpa_del brk0 || fail "vdpa dev del brk0"
kill -CONT $pid
ended $pid 100 || fail "the daemon still runs 10 s after its device broke"
wait $pid
rc=$?
[ $rc -ne 0 ] || fail "exit 0 after the device broke"
grep -q 'brk0: the kernel marked the device broken' /tmp/brk.log || fail "no word of the broken device"
[ -e /dev/vduse/brk0 ] && fail "the broken /dev/vduse/brk0 was not destroyed"
log "broken device: the daemon said so, destroyed it and exited $rc"

bad=$(dmesg_bad be-teardown) || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS (teardown)"
