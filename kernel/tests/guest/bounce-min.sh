# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: bounce exhaustion never hangs I/O, with bounce_strategy
# lazy (upstream's) and direct (whose mappings keep their buffer's page
# offset, so take up to twice their size of IOVA). At the smallest
# allowed bounce_size (1 MiB) and at 2 MiB (where the stock module hangs
# on a single 1 MiB O_DIRECT write), with the largest requests the block
# layer may build (max_sectors_kb raised to its ceiling): the largest
# request, in the IOVA its mappings may take, fits the driver's budget
# of a quarter of the region; a 1 MiB and a 4 MiB O_DIRECT write, mixed
# 512 B..1 MiB random I/O at QD 16 with crc32c verify from page-aligned
# and from unaligned (page offset 512) buffers, and a filesystem (busybox
# mke2fs, mounted) filled with large files through writeback, then
# checked. Each step must finish within a time limit; no fio error, no
# verify mismatch.
begin

# within SEC CMD...: run CMD in the background; fail if it is still running
# after SEC seconds (a hang in D state cannot be killed: report and stop).
within() {
	local sec=$1 pid i=0 rc
	shift
	"$@" &
	pid=$!
	while kill -0 $pid 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt $((sec * 10)) ] && fail "hung: '$*' still running after ${sec}s ($(stats_line))"
		sleep 0.1
	done
	wait $pid
	rc=$?
	return $rc
}

fio_job() { # NAME fio-args...: one fio job on $dev, JSON in /tmp/NAME.json
	local n=$1
	shift
	fio --name="$n" --filename="$dev" --eta=never --output-format=json \
		--output="/tmp/$n.json" "$@" </dev/null || return 1
	fio_ok "/tmp/$n.json"
}

# pow2_ceil N: the smallest power of two not below N (an IOVA range's
# size: the allocator aligns each range to its size).
pow2_ceil() {
	local p=1
	while [ $p -lt "$1" ]; do p=$((p * 2)); done
	echo $p
}

# direct needs allow_unsafe_direct (and taints the kernel: a test boot).
vduse_load ours allow_unsafe_direct=1 || fail "cannot load our vduse.ko with allow_unsafe_direct=1"
for strategy in lazy direct; do
	for size in 1048576 2097152; do
		at="bounce_size $size, $strategy"
		VLAB_SIZE=256M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon"
		echo $size >/sys/class/vduse/vduse0/bounce_size || fail "cannot set bounce_size $size"
		echo $strategy >/sys/class/vduse/vduse0/bounce_strategy || fail "cannot set $strategy"
		dev=$(vdpa_add vduse0) || fail "vdpa dev add"
		q=/sys/block/${dev#/dev/}/queue
		cat "$q/max_hw_sectors_kb" >"$q/max_sectors_kb" || fail "cannot raise max_sectors_kb"
		segs=$(cat "$q/max_segments") segsz=$(cat "$q/max_segment_size")
		log "$at: max_sectors_kb $(cat "$q/max_sectors_kb") max_segments $segs max_segment_size $segsz max_mapping_size $(cat /sys/class/vduse/vduse0/max_mapping_size)"
		# The largest request the block layer may build must fit a quarter
		# of the region (the driver's budget, see its max_mapping_size) in
		# the IOVA its segments take: a lazy mapping takes its size, a
		# direct one its size plus its offset in the first page (up to a
		# page less one byte), each rounded up to a power of two.
		span=$segsz
		[ $strategy = direct ] && span=$(pow2_ceil $((segsz + 4095)))
		[ $((segs * span)) -le $((size / 4)) ] ||
			fail "$at: a request of $segs segments of $segsz bytes ($span of IOVA each) cannot fit a quarter of the region"

		within 20 fio_job w1m --direct=1 --ioengine=psync --rw=write --bs=1M --size=1M ||
			fail "1 MiB O_DIRECT write ($at)"
		within 20 fio_job w4m --direct=1 --ioengine=psync --rw=write --bs=4M --size=8M ||
			fail "4 MiB O_DIRECT writes ($at)"
		# mem_align 512: every buffer starts 512 bytes into a page, so its
		# segments straddle pages (and direct maps them at that offset).
		for align in 0 512; do
			within 90 fio_job mixed-$align --direct=1 --ioengine=io_uring --rw=randwrite \
				--bsrange=512-1M --iodepth=16 --size=32M --mem_align=$align \
				--verify=crc32c --do_verify=1 --verify_fatal=1 ||
				fail "mixed 512 B..1 MiB QD16 write+verify, buffers at page offset $align ($at)"
		done

		mke2fs -q "$dev" >/dev/null 2>&1 || fail "mke2fs on $dev"
		mkdir -p /mnt/fs
		mount -t ext2 "$dev" /mnt/fs 2>/dev/null || mount -t ext4 "$dev" /mnt/fs || fail "mount"
		dd if=/dev/urandom of=/tmp/pat bs=1M count=16 2>/dev/null
		fill() {
			local i
			for i in 1 2 3 4 5 6; do cp /tmp/pat /mnt/fs/f$i || return 1; done
			sync
		}
		within 90 fill || fail "filling the filesystem ($at)"
		umount /mnt/fs || fail "umount"
		mount -t ext2 -o ro "$dev" /mnt/fs 2>/dev/null || mount -t ext4 -o ro "$dev" /mnt/fs || fail "remount"
		check() {
			local i
			for i in 1 2 3 4 5 6; do cmp /tmp/pat /mnt/fs/f$i || return 1; done
		}
		within 60 check || fail "files read back differ ($at)"
		umount /mnt/fs
		log "$at:$(stats_line)"
		[ "$(ctr map_oversized)" = 0 ] || fail "maps above max_mapping_size ($at)"
		vdpa_del vduse0 || fail "vdpa dev del"
		backend_stop
	done
done
finish
