#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the workload axis fs (bench/src/lib/axes.def) end to end: a
# sweep of 4k random writes with an fsync after each (fsync = 1) on a
# vduse-blkd RAM disk, once on the raw disk (fs = none) and once on ext4,
# two repetitions in one boot, so that a second mkfs follows a first
# file system. Every point ok. An ext4 point's fio ran on a file under the
# mount (fio's job options name it, with half the disk as its size), laid
# out whole before the point by fio's own layout (layout.log; nothing laid
# out by the measured fio, and the disk's counters around it far below the
# file's 8192 4 KiB blocks), the file system in 4 KiB blocks, wrote
# and synced there (fio's write and sync I/Os above 0), and its fs.json
# says the file system was unmounted and e2fsck -f -n found it clean; the
# disk the block layer counted is the VDUSE disk all the same. A raw
# point's fio ran on the disk itself and has no fs.json. summary.csv has
# the fs and fsync columns (ext4, or empty for the raw disk, and 1) and
# keeps the two apart, as do aggregate.csv and REPORT.md
# (randwrite-fsync1-ext4 beside randwrite-fsync1).
. "$(dirname "$0")/sweep-lib.sh"
need_vm
scratch_dir
tmp=$SCRATCH
cat >"$tmp/fs.conf" <<SWEEP
[sweep]
question = Does fio run on a file system on the device?
name = fs
repetitions = 2
seed = 5

[driver ours]
module = ours

[backend ram]
type = blkd-ram
size = 64M

[workload w]
rw = randwrite
fsync = 1
fs = none, ext4
bs = 4k
iodepth = 1
runtime = 1
ramp = 0
SWEEP
run="$tmp/run"
run_ok "$tmp/fs.conf" "$run" 4
opt() { json_get "jobs.0.job options.$1" "$2/fio.json"; }
for p in "$run"/points/*; do
	id=$(basename "$p")
	json_count jobs.0.write.total_ios "$p/fio.json" || fail "$id: fio wrote nothing"
	json_count jobs.0.sync.total_ios "$p/fio.json" || fail "$id: fio synced nothing: $(json_get jobs.0.sync "$p/fio.json")"
	[ "$(opt fsync "$p")" = 1 ] || fail "$id: fio ran without fsync=1: $(json_get 'jobs.0.job options' "$p/fio.json")"
	disk=$(json_get disk "$p/backend.json") && [[ $disk == /dev/vd* ]] || fail "$id: backend.json disk '$disk'"
	json_count disk_ios "$p/cpu.json" || fail "$id: the block layer counted no I/O on $disk"
	case $id in
	*-randwrite-fsync1-ext4-*)
		[ "$(opt filename "$p")" = /mnt/vlab-fs/fio.dat ] && [ "$(opt size "$p")" = 32M ] &&
			[ "$(opt overwrite "$p")" = 1 ] ||
			fail "$id: fio's file is not /mnt/vlab-fs/fio.dat of 32M, laid out: $(json_get 'jobs.0.job options' "$p/fio.json")"
		grep -q '/16384 blocks$' "$p/fsck.log" || fail "$id: not 4 KiB blocks: $(tail -n 1 "$p/fsck.log")"
		# laid out before the point, by fio's own layout, not in its window
		grep -q 'Laying out IO file' "$p/layout.log" || fail "$id: layout.log: $(cat "$p/layout.log" 2>&1)"
		! grep -q 'Laying out' "$p/fio.log" || fail "$id: the measured fio laid out its file"
		[ "$(json_get disk_ios "$p/cpu.json")" -lt 8192 ] ||
			fail "$id: the counters around fio hold the 32 MiB layout: $(cat "$p/cpu.json")"
		[ "$(json_get fs "$p/fs.json")" = ext4 ] && [ "$(json_get disk "$p/fs.json")" = "$disk" ] &&
			[ "$(json_get unmounted "$p/fs.json")" = true ] && [ "$(json_get fsck "$p/fs.json")" = clean ] ||
			fail "$id: fs.json: $(cat "$p/fs.json" 2>&1)"
		grep -q "^Pass 5" "$p/fsck.log" || fail "$id: fsck.log lacks e2fsck's passes: $(cat "$p/fsck.log")"
		;;
	*-randwrite-fsync1-4k-*)
		[ "$(opt filename "$p")" = "$disk" ] || fail "$id: fio's filename is not the disk $disk"
		[ ! -e "$p/fs.json" ] || fail "$id: a raw point with fs.json"
		;;
	*) fail "$id: an id with neither randwrite-fsync1 nor randwrite-fsync1-ext4" ;;
	esac
done
col() { head -n 1 "$1" | tr ',' '\n' | grep -nx "$2" | cut -d: -f1; }
c_fs=$(col "$run/summary.csv" fs) c_sync=$(col "$run/summary.csv" fsync) c_id=$(col "$run/summary.csv" id)
[ -n "$c_fs" ] && [ -n "$c_sync" ] || fail "summary.csv has no fs or fsync column: $(head -n 1 "$run/summary.csv")"
rows=$(tail -n +2 "$run/summary.csv" | cut -d, -f"$c_id,$c_sync,$c_fs" | sort)
want=$(cd "$run/points" && for id in *; do
	case $id in *-ext4-*) echo "$id,1,ext4" ;; *) echo "$id,1," ;; esac
done | sort)
[ "$rows" = "$want" ] || fail "summary.csv's id,fsync,fs: [$rows], expected [$want]"
c_fs=$(col "$run/aggregate.csv" fs)
[ -n "$c_fs" ] || fail "aggregate.csv has no fs column"
[ "$(tail -n +2 "$run/aggregate.csv" | cut -d, -f"$c_fs" | sort -u | tr '\n' ' ')" = " ext4 " ] ||
	fail "aggregate.csv does not keep ext4 and the raw disk apart"
grep -q 'randwrite-fsync1-ext4' "$run/REPORT.md" && grep -q 'randwrite-fsync1[^-]' "$run/REPORT.md" ||
	fail "REPORT.md does not name both randwrite-fsync1-ext4 and randwrite-fsync1"
echo "PASS: fio on ext4 on the device, checked clean, kept apart from the raw disk"
