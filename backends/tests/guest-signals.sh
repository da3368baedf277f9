# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Guest side of backends.vm.signals (vm-guest.sh signals, busybox sh):
# vduse-blkd's own attach (--attach, over netlink), --stats-interval JSON
# lines and SIGUSR1, then two SIGTERMs after a burst of load: the second
# must end the daemon at once (once its detach has finished), and
# the data it had completed must be intact in the image. (Requests still in
# flight when a daemon dies are never answered, VDUSE has no way to fail
# them, and would hang the disk and this VM's power-off: so the load has
# ended before the signals; SIGTERM under load is in guest-target.sh.)
# shellcheck source=../../bench/guest/lib.sh
. /job/guest/lib.sh
fail() {
	log "FAIL (signals): $*"
	[ -f /tmp/blkd.log ] && tail -n 5 /tmp/blkd.log | cut -c1-300
	exit 1
}
img=/dev/shm/sig.img

kmsg_mark "be-signals"
vduse_load ours || fail "cannot load our module"
vduse-blkd --target file --path $img --size 64M --name sig0 --attach --json \
	--stats-interval 1 >/tmp/blkd.log 2>&1 &
pid=$!
i=0
until b=$(ls -d /sys/bus/vdpa/devices/sig0/virtio*/block/* 2>/dev/null); do
	i=$((i + 1))
	[ $i -gt 100 ] && fail "--attach: no block device after 10 s"
	sleep 0.1
done
dev=/dev/${b##*/}
log "attached by the daemon: $dev"
# Bound the kernel's wait for replies once the daemon is gone (default 30 s).
echo 2 >/sys/class/vduse/sig0/msg_timeout || fail "cannot set msg_timeout"
sleep 2.5
n=$(grep -c '^{"event":"interval",.*}$' /tmp/blkd.log)
[ "$n" -ge 2 ] || fail "$n --stats-interval lines in 2.5 s, want at least 2"
kill -USR1 $pid
sleep 0.3
grep -q '^{"event":"sigusr1",.*"control":{.*}}$' /tmp/blkd.log || fail "no SIGUSR1 stats line"
grep -v '^{' /tmp/blkd.log | grep -v '^vduse-blkd: ' && fail "stdout has lines that are not JSON"

# A pattern written and flushed before the signals must survive them.
dd if=/dev/urandom of=/tmp/pattern bs=1M count=2 2>/dev/null
timeout 20 dd if=/tmp/pattern of="$dev" bs=1M seek=8 oflag=direct conv=fsync 2>/dev/null ||
	fail "writing the pattern failed or took over 20 s"
fio --name=load --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite --bs=64k \
	--iodepth=32 --offset=16M --size=32M --time_based --runtime=2 --eta=never \
	>/dev/null 2>&1 </dev/null || fail "fio load"
kill -TERM $pid
i=0
until grep -q 'draining' /tmp/blkd.log; do
	i=$((i + 1))
	[ $i -gt 100 ] && fail "no reaction to the first SIGTERM"
	sleep 0.02
done
kill -TERM $pid
i=0
while kill -0 $pid 2>/dev/null; do
	i=$((i + 1))
	[ $i -gt 20 ] && fail "the daemon still runs 2 s after the second SIGTERM"
	sleep 0.1
done
wait $pid
rc=$?
case $rc in
1) grep -q 'second signal, exiting at once' /tmp/blkd.log || fail "exit 1 without the second-signal message"
   log "second signal: exited at once" ;;
0) [ -e /dev/vduse/sig0 ] && fail "exit 0 but /dev/vduse/sig0 is still there"
   log "second signal: the first teardown had already finished" ;;
*) fail "exit status $rc after two SIGTERMs" ;;
esac
# With nothing in flight the detach finishes (its reset times out after
# msg_timeout) and the disk goes away: nothing is left hanging.
i=0
while [ -e /sys/bus/vdpa/devices/sig0 ]; do
	i=$((i + 1))
	[ $i -gt 100 ] && fail "sig0 still on the vDPA bus 10 s after the daemon died"
	sleep 0.1
done
dd if=$img of=/tmp/back bs=1M skip=8 count=2 2>/dev/null
cmp -s /tmp/pattern /tmp/back || fail "the flushed pattern changed in the image"
log "PASS (signals)"
