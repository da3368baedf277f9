# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: guest side of backends.vm.teardown (vm-guest.sh teardown,
# busybox sh): how vduse-blkd ends when its device fails or its teardown is
# cut short. A device the kernel marks broken (its reset went unanswered for
# msg_timeout while the daemon was stopped): once it runs again the daemon
# must say why, stop its queues, destroy the device and exit non-zero, not
# serve on half-dead. A second SIGTERM while the detach child is inside
# `vdpa dev del` (waiting for a read null_blk takes 2 s over): the daemon
# must say it waits, and exit only once the disk is gone.
# shellcheck source=../../bench/guest/lib.sh
. /job/guest/lib.sh
fail() {
	log "FAIL (teardown): $*"
	for f in /tmp/*.log; do
		[ -f "$f" ] && tail -n 5 "$f" | cut -c1-300
	done
	exit 1
}
# within TENTHS CMD...: run CMD every 0.1 s until it succeeds, for at most
# TENTHS tenths of a second (1: it never did).
within() {
	local n=$1 i=0
	shift
	until "$@"; do
		i=$((i + 1))
		[ $i -gt "$n" ] && return 1
		sleep 0.1
	done
}
gone() { ! kill -0 "$1" 2>/dev/null; }
# reading DEV: a request is in flight on block device DEV.
reading() { [ "$(awk '{ print $1 + $2 }' "/sys/block/${1#/dev/}/inflight")" -gt 0 ]; }

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
within 100 gone $pid || fail "the daemon still runs 10 s after its device broke"
wait $pid
rc=$?
[ $rc -ne 0 ] || fail "exit 0 after the device broke"
grep -q 'brk0: the kernel marked the device broken' /tmp/brk.log || fail "no word of the broken device"
[ -e /dev/vduse/brk0 ] && fail "the broken /dev/vduse/brk0 was not destroyed"
log "broken device: the daemon said so, destroyed it and exited $rc"

# A second SIGTERM during a slow detach. null_blk completes each request
# after 2 s (irqmode=2, a timer); the daemon reads it with O_DIRECT, so a
# read of the disk is in flight that long, and the kernel's removal of the
# disk waits for it.
[ -d /sys/module/configfs ] || insmod "$MODS/configfs.ko" || fail "cannot load configfs"
insmod "$MODS/null_blk.ko" nr_devices=1 gb=1 irqmode=2 completion_nsec=2000000000 ||
	fail "cannot load null_blk"
wait_for /dev/nullb0 || fail "null_blk made no /dev/nullb0"
vduse-blkd --target file --path /dev/nullb0 --direct --name slow0 >/tmp/slow.log 2>&1 &
pid=$!
wait_for /dev/vduse/slow0 || fail "no /dev/vduse/slow0"
dev=$(vdpa_add slow0) || fail "vdpa dev add slow0"
dd if="$dev" of=/dev/null bs=4k count=1 skip=100 iflag=direct 2>/dev/null &
within 50 reading "$dev" || fail "no read in flight on $dev after 5 s"
kill -TERM $pid
within 100 grep -q 'draining' /tmp/slow.log || fail "no reaction to the first SIGTERM"
kill -TERM $pid
within 150 gone $pid || fail "the daemon still runs 15 s after the second SIGTERM"
# Checked before anything else: a detach left behind waits forever for its
# read, which only the daemon would have finished. (Not the vDPA bus: the
# device leaves it as the removal starts.)
left=$(grep -lx vduse-blkd /proc/[0-9]*/comm 2>/dev/null) &&
	fail "the daemon exited while its detach child still ran: $left"
[ -e "/sys/block/${dev#/dev/}" ] && fail "the daemon exited while ${dev#/dev/} was still there"
wait $pid
rc=$?
[ $rc -eq 1 ] || fail "exit status $rc after two SIGTERMs, want 1"
grep -q 'second signal: waiting up to' /tmp/slow.log || fail "no word of the wait for the detach"
log "second SIGTERM during the detach: the daemon waited for it, exited $rc"

bad=$(dmesg_bad be-teardown) || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS (teardown)"
