# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: the module's tracepoints (events/vduse/) exist and fire on a
# small write+verify workload: every one of vduse_map, vduse_unmap,
# vduse_bounce (both directions), vduse_kick, vduse_inject and
# vduse_callback is seen, with the device name, and the number of
# vduse_map events equals the maps counter over the same interval.
begin
T=/sys/kernel/tracing
[ -d $T/events ] || mount -t tracefs tracefs $T || fail "no tracefs"
for e in vduse_map vduse_unmap vduse_bounce vduse_kick vduse_inject vduse_callback; do
	[ -d "$T/events/vduse/$e" ] || fail "no tracepoint vduse:$e"
done
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon"
dev=$(vdpa_add vduse0) || fail "vdpa dev add"
sleep 1
echo 4096 >$T/buffer_size_kb
echo >$T/trace
echo 1 >"$STATS/reset"
echo 1 >$T/events/vduse/enable || fail "cannot enable events/vduse"
fio --name=trace --filename="$dev" --direct=1 --ioengine=psync --rw=write --bs=64k \
	--size=1M --verify=crc32c --do_verify=1 --verify_fatal=1 --eta=never \
	--output-format=json --output=/tmp/fio.json </dev/null || fail "fio write+verify"
echo 0 >$T/events/vduse/enable
fio_ok /tmp/fio.json || fail "fio reported an error"
cat $T/trace >/tmp/trace.txt
grep -q 'LOST' /tmp/trace.txt && fail "trace buffer overflowed"
for e in vduse_map vduse_unmap vduse_kick vduse_inject vduse_callback; do
	n=$(grep -c " $e: dev=vduse0 " /tmp/trace.txt)
	log "$e: $n events"
	[ "$n" -gt 0 ] || fail "no $e event for vduse0"
done
grep -q ' vduse_bounce: iova=0x[0-9a-f]* size=[0-9]* dir=to_device' /tmp/trace.txt ||
	fail "no vduse_bounce to_device event"
grep -q ' vduse_bounce: iova=0x[0-9a-f]* size=[0-9]* dir=from_device' /tmp/trace.txt ||
	fail "no vduse_bounce from_device event"
n=$(grep -c ' vduse_map: dev=vduse0 ' /tmp/trace.txt)
[ "$n" = "$(ctr maps)" ] || fail "$n vduse_map events but the maps counter says $(ctr maps)"
grep -m 3 ' vduse_' /tmp/trace.txt
finish
