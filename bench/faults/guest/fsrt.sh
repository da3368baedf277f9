# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: fault case fsrt (bench/faults/cases.def), on module MODULE:
# a filesystem round trip per bounce strategy (ours: each of
# kernel/knobs.def's bounce_strategy values; stock: upstream's only one) at
# the smallest bounce_size the module accepts (knobs.def's minimum, doubled
# until the device takes it). On a vduse-blkd disk (--umem for umem; direct
# needs allow_unsafe_direct=1): mkfs.ext4, files of random data (sizes
# from 4 KiB to 4 MiB, and a folder of small ones) with their sha256sum,
# sync, umount, e2fsck -f -n (no error), mount again, every checksum
# matches; each step within STEP_S, or the row records a hang and the boot
# ends there (nothing can detach a hung disk). One record per strategy;
# recover_ms null. On the stock module the row is recorded as it behaves
# (required false): upstream VDUSE can run out of bounce space for good
# with a small region, which patch 0004 bounds on ours.
# shellcheck source=../../guest/lib.sh
. /job/guest/lib.sh
# shellcheck source=flib.sh
. "$(dirname "$0")/flib.sh"
MKFS=/usr/sbin/mke2fs FSCK=/usr/sbin/e2fsck STEP_S=90
required=true
[ "$MODULE" = stock ] && required=false

# shellcheck disable=SC2317 # runs through step
# fs_files DIR: the files, and their checksums in /tmp/sums.
fs_files() {
	local i n=1
	for i in 1 2 3 4 5 6 7; do
		dd if=/dev/urandom of="$1/f$i" bs=4k count="$n" 2>/dev/null || return 1
		n=$((n * 4 > 1024 ? 1024 : n * 4))
	done
	mkdir "$1/small" || return 1
	for i in $(seq 1 40); do
		dd if=/dev/urandom of="$1/small/s$i" bs=512 count=$((i % 9 + 1)) 2>/dev/null || return 1
	done
	(cd "$1" && find . -type f | sort | xargs sha256sum) >/tmp/sums
}
# shellcheck disable=SC2317 # runs through step
fs_check() { (cd /mnt/fs && sha256sum -c /tmp/sums >/tmp/check.log 2>&1); }

# step WHAT CMD...: CMD within STEP_S; 3 and $why on a hang, 1 and $why on
# a failure.
step() {
	local what=$1 r
	shift
	within $STEP_S "$@"
	r=$?
	case $r in
	0) return 0 ;;
	124) why="hung: $what still running after $STEP_S s"; return 3 ;;
	*) why="$what failed ($r)"; return 1 ;;
	esac
}

# round_trip STRATEGY: one row: 0, 1 (a failure), 2 (checksums differ) or 3
# (a hang); $why says what went wrong, $size the bounce_size.
round_trip() {
	local s=$1 opts='' load='' ok
	why='' size=$(knob_min bounce_size) files=0
	[ "$s" = umem ] && opts=--umem
	[ "$s" = direct ] && load=allow_unsafe_direct=1
	# shellcheck disable=SC2086 # $load: a PARAM=VALUE or nothing
	vduse_load "$MODULE" $load || { why="cannot load the $MODULE module $load"; return 1; }
	rm -f /dev/shm/fs0.img
	# shellcheck disable=SC2086 # $opts: an option or nothing
	blkd_up fs0 /tmp/fs0.log $opts || { why="vduse-blkd did not start"; return 1; }
	if [ "$s" != upstream ]; then
		echo "$s" >/sys/class/vduse/fs0/bounce_strategy || { why="cannot set bounce_strategy $s"; return 1; }
	fi
	ok=false
	while [ "$size" -le 1073741824 ]; do
		echo "$size" >/sys/class/vduse/fs0/bounce_size 2>/dev/null && { ok=true; break; }
		size=$((size * 2))
	done
	[ $ok = true ] || { why="no bounce_size from $(knob_min bounce_size) up was accepted"; return 1; }
	dev=$(vdpa_add fs0) || { why="vdpa dev add"; return 1; }
	step mkfs.ext4 $MKFS -t ext4 -F -q "$dev" || return $?
	mkdir -p /mnt/fs
	step mount mount -t ext4 "$dev" /mnt/fs || return $?
	step "writing the files" fs_files /mnt/fs || return $?
	files=$(wc -l </tmp/sums)
	step sync sync || return $?
	step umount umount /mnt/fs || return $?
	step "e2fsck -f -n" $FSCK -f -n "$dev" >/tmp/fsck.log 2>&1 || { why="$why: $(tail -n 3 /tmp/fsck.log)"; return 1; }
	step "mount after fsck" mount -t ext4 -o ro "$dev" /mnt/fs || return $?
	step "checking the files" fs_check || {
		[ $? -eq 3 ] && return 3
		why="checksums: $(grep -v ': OK$' /tmp/check.log | head -n 3)"
		umount /mnt/fs
		return 2
	}
	umount /mnt/fs || { why="umount after the check"; return 1; }
	vdpa_del fs0 || { why="vdpa dev del"; return 1; }
	kill -TERM $BLKD_PID
	wait $BLKD_PID || { why="the daemon's SIGTERM teardown exited non-zero"; return 1; }
	vduse_unload || { why="rmmod vduse"; return 1; }
}

# cleanup: whatever a failed round trip left behind.
cleanup() {
	umount /mnt/fs 2>/dev/null
	[ -e /sys/bus/vdpa/devices/fs0 ] && vdpa_del fs0
	kill -TERM "$BLKD_PID" 2>/dev/null && wait "$BLKD_PID"
	vduse_unload
}

strategies=upstream
[ "$MODULE" = ours ] && strategies=$(knob_allowed bounce_strategy)
[ -n "$strategies" ] || { fault_record detail="no bounce_strategy row in knobs.def"; exit 1; }
rc=0
for s in $strategies; do
	kmsg_mark "fault-fsrt-$s"
	round_trip "$s"
	r=$?
	clean=$(dmesg_clean "fault-fsrt-$s")
	verified=true
	[ $r -eq 2 ] && verified=false
	[ $r -eq 1 ] || [ $r -eq 3 ] && verified=null
	pass=false
	[ $r -eq 0 ] && [ "$clean" = true ] && pass=true
	[ $pass = true ] || [ $required = false ] || rc=1
	fault_record strategy="$s" required=$required pass=$pass \
		survived="$([ $r -ne 3 ] && echo true || echo false)" \
		guest_ioerr="$(guest_errors "fault-fsrt-$s")" verified=$verified dmesg_clean="$clean" \
		detail="bounce_size $size: ${why:-mkfs.ext4, $files files with sha256sum, sync, umount, e2fsck -f -n clean, mounted again, all checksums match}"
	[ $r -eq 3 ] && fault_abandon $rc
	[ $r -eq 0 ] || cleanup
done
exit $rc
