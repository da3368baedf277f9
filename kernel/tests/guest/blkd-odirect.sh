# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: vduse-blkd --target file --direct works under every bounce
# strategy. O_DIRECT pins the pages it transfers, and the hugepage and
# direct strategies map the bounce region with PFNs, which cannot be
# pinned (EFAULT): the daemon must then copy through its own buffers and
# say so once, not fail the I/O. The file is a memory-backed null_blk
# disk (a real O_DIRECT path; tmpfs would copy anyway). Per strategy:
# fio write+verify (512 B..1 MiB, QD 1 then 64, also from buffers at
# page offset 512) with no error; the copy message for hugepage and
# direct, none for lazy.
begin
# direct needs allow_unsafe_direct (and taints the kernel: a test boot).
vduse_load ours allow_unsafe_direct=1 || fail "cannot load our vduse.ko with allow_unsafe_direct=1"
[ -d /sys/module/configfs ] || insmod "$MODS/configfs.ko" || fail "cannot load configfs"
for strategy in lazy hugepage direct; do
	insmod "$MODS/null_blk.ko" nr_devices=1 gb=1 memory_backed=1 || fail "cannot load null_blk"
	wait_for /dev/nullb0 || fail "null_blk made no /dev/nullb0"
	# blkd-file's own image is on tmpfs: the later --path wins.
	VLAB_SIZE=64M VLAB_BLKD_ARGS="--direct --path /dev/nullb0" \
		backend_start blkd-file vduse0 /tmp/blkd.log ||
		fail "vduse-blkd --direct on /dev/nullb0: $(tail -n 3 /tmp/blkd.log)"
	echo 4194304 >/sys/class/vduse/vduse0/bounce_size || fail "bounce_size"
	echo $strategy >/sys/class/vduse/vduse0/bounce_strategy || fail "cannot set $strategy"
	dev=$(vdpa_add vduse0) || fail "vdpa dev add ($strategy)"
	verify_io "$dev" "$strategy"
	fio --name=unaligned --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite \
		--bsrange=512-1M --iodepth=16 --size=8M --mem_align=512 --verify=crc32c \
		--do_verify=1 --verify_fatal=1 --eta=never --output-format=json \
		--output=/tmp/fio.json </dev/null || fail "fio from unaligned buffers ($strategy)"
	fio_ok /tmp/fio.json || fail "fio reported an error from unaligned buffers ($strategy)"
	log "$strategy:$(stats_line)"
	copies=$(grep -c 'O_DIRECT cannot pin the bounce pages' /tmp/blkd.log)
	case $strategy in
	lazy) [ "$copies" = 0 ] || fail "lazy: the daemon copied, but O_DIRECT can pin lazy's pages" ;;
	*) [ "$copies" -ge 1 ] || fail "$strategy: no message that the daemon copies" ;;
	esac
	vdpa_del vduse0 || fail "vdpa dev del ($strategy)"
	backend_stop
	[ -d /sys/module/null_blk ] && { rmmod null_blk || fail "rmmod null_blk"; }
done
finish
