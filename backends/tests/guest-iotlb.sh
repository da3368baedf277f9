# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Guest side of backends.vm.iotlb.* (vm-guest.sh iotlb DRV TARGETS, busybox
# sh): for each target of TARGETS (comma-separated: ram,file), vduse-blkd
# serves a disk that is bound to vhost_vdpa instead of virtio_vdpa, and
# vhost-blk-driver drives it from userspace for RUN seconds (writes read
# back and compared at queue depths 1, 4 and 16) while it sends an IOTLB
# update every 2 ms: the ring's pages unmapped and mapped again, idle data
# windows moved, every other pair in a batch. The driver must see no
# mismatch, no error and no stall; the daemon must have answered exactly
# the updates the driver caused (control.update_iotlb.count), paused its
# queue for them, parked it whenever the ring was unmapped and resumed it
# each time, counted no I/O error, and torn down cleanly on SIGTERM; dmesg
# stays clean. Also: the daemon's /dev/vduse/NAME is open O_NONBLOCK.
# shellcheck source=../../bench/guest/lib.sh
. /job/guest/lib.sh
: "${DRV:=ours}" "${TARGET:=ram,file}" "${RUN:=30}"
fail() {
	log "FAIL (iotlb): $*"
	[ -f /tmp/blkd.log ] && grep -v '^{' /tmp/blkd.log | tail -n 5 | cut -c1-300
	exit 1
}
# json_u64 FILE OBJ KEY: the number under "OBJ":{... "KEY":N of the stats line.
json_u64() {
	grep -o "\"$2\":{[^}]*}" "$1" | head -n 1 | grep -o "\"$3\":[0-9]*" | cut -d: -f2
}

kmsg_mark "be-iotlb"
vduse_load "$DRV" || fail "cannot load the $DRV module"
for m in irqbypass vhost vhost_vdpa; do
	[ -d /sys/module/$m ] || insmod "$MODS/$m.ko" || fail "insmod $m"
done
log "module: $(vduse_identity), targets $TARGET, $RUN s each"

for t in $(echo "$TARGET" | tr , ' '); do
	# emptied here, not by the child's redirection: the loop below could
	# otherwise read the last target's banner before the child truncates it
	rm -f /dev/shm/iotlb.img /tmp/blkd.log
	vduse-blkd --target "$t" --path /dev/shm/iotlb.img --size 64M --queues 1 --name io0 \
		--json >/tmp/blkd.log 2>&1 &
	pid=$!
	i=0
	until grep -q '^vduse-blkd: /dev/vduse/io0: ' /tmp/blkd.log; do
		i=$((i + 1))
		[ $i -gt 200 ] || ! kill -0 $pid 2>/dev/null && fail "$t: no banner: $(tail -n 3 /tmp/blkd.log)"
		sleep 0.05
	done
	# The control file is non-blocking (dev.c: a read after poll must not hang).
	nonblock=
	for f in "/proc/$pid/fd"/*; do
		[ "$(readlink "$f")" = /dev/vduse/io0 ] || continue
		flags=$(awk '/^flags:/ { print $2 }' "/proc/$pid/fdinfo/${f##*/}")
		[ $((flags & 04000)) -ne 0 ] || fail "$t: /dev/vduse/io0 open without O_NONBLOCK (flags $flags)"
		nonblock=1
	done
	[ -n "$nonblock" ] || fail "$t: the daemon holds no /dev/vduse/io0"
	# To vhost_vdpa only: no automatic probe (virtio_vdpa would take it).
	echo 0 >/sys/bus/vdpa/drivers_autoprobe
	vdpa dev add name io0 mgmtdev vduse || fail "$t: vdpa dev add"
	echo vhost_vdpa >/sys/bus/vdpa/devices/io0/driver_override
	echo io0 >/sys/bus/vdpa/drivers_probe
	echo 1 >/sys/bus/vdpa/drivers_autoprobe
	vdev=$(basename /sys/bus/vdpa/devices/io0/vhost-vdpa-*)
	wait_for "/dev/$vdev" || fail "$t: no /dev/$vdev (driver: $(readlink /sys/bus/vdpa/devices/io0/driver))"

	vhost-blk-driver --dev "/dev/$vdev" --seconds "$RUN" --depths 1,4,16 --update-ms 2 \
		>/tmp/drv.out 2>/tmp/drv.err
	rc=$?
	log "$t: $(cat /tmp/drv.out)"
	if ! kill -0 $pid 2>/dev/null; then
		wait $pid
		fail "$t: the daemon died (exit $?; 139: SIGSEGV); the driver exited $rc: $(head -n 1 /tmp/drv.err)"
	fi
	[ $rc -eq 0 ] || fail "$t: vhost-blk-driver exited $rc: $(head -n 3 /tmp/drv.err)"
	set_maps=$(sed -n 's/.* set_maps \([0-9]*\) .*/\1/p' /tmp/drv.out)
	updates=$(sed -n 's/.* updates \([0-9]*\) .*/\1/p' /tmp/drv.out)
	[ "$updates" -ge 1000 ] || fail "$t: only $updates updates sent"

	kill -USR1 $pid
	i=0
	until grep -q '"event":"sigusr1"' /tmp/blkd.log || [ $i -gt 100 ]; do i=$((i + 1)); sleep 0.05; done
	grep '"event":"sigusr1"' /tmp/blkd.log | tail -n 1 >/tmp/stats.json
	got=$(json_u64 /tmp/stats.json update_iotlb count)
	log "$t: daemon: $(grep -o '"iotlb":{[^}]*}' /tmp/stats.json), update_iotlb count $got"
	[ "$got" = "$set_maps" ] || fail "$t: the daemon answered $got updates, the driver caused $set_maps"
	[ "$(json_u64 /tmp/stats.json iotlb pauses)" -gt 0 ] || fail "$t: no update paused the queue"
	lost=$(json_u64 /tmp/stats.json iotlb rings_lost)
	[ "$lost" -gt 0 ] || fail "$t: no unbatched ring remap parked the queue"
	[ "$(json_u64 /tmp/stats.json iotlb rings_back)" = "$lost" ] ||
		fail "$t: a queue parked for an unmapped ring did not resume"
	grep -q '"ioerr":0,' /tmp/stats.json || fail "$t: the daemon counted I/O errors"

	kill -TERM $pid
	wait $pid || fail "$t: the daemon's SIGTERM teardown exited non-zero"
	[ -e /dev/vduse/io0 ] && fail "$t: /dev/vduse/io0 left after SIGTERM"
done
dmesg_bad be-iotlb || fail "kernel warnings in dmesg"
vduse_unload || fail "rmmod vduse"
log "PASS (iotlb)"
