#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: backends that make their own disk, end to end: a sweep
# with two nullb backends (null_blk, 1 and 2 queues) and a blkd-null one,
# one boot, two repetitions, so that nullb points of different queue counts
# follow one another. Every point ok; a nullb point's fio ran on
# /dev/nullb0 (fio's job options and its disk_util name it), its
# backend.json says transport kernel, no process, as many hardware queues
# as the section asks (null_blk reloaded with the point's parameters each
# time), 512-byte blocks and the section's size, and its backend.log the
# configfs settings; no device.json, no perf stat of a backend, cpu.json
# with backend_process false and 0 backend ticks, placement.json with no
# backend CPUs, backend-exe null_blk.ko. The blkd-null points keep the
# VDUSE record (device.json, transport vduse, a process) and offer the
# same disk (size, block size, tags per queue) as nullb's one-queue points.
# A ublk-null backend (2 queues) runs vduse-blkd over ublk: fio on its
# /dev/ublkbN, transport ublk, a process, 2 hardware queues. Every point's
# cpu.json has the block layer's time (disk_ms; > 0 but on null_blk, which
# completes inside the plug whose cached clock it reads), and backend-stages.csv
# has fio and block rows for each point and the daemon's total for the
# VDUSE and ublk points.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
scratch_dir
tmp=$SCRATCH
cat >"$tmp/nullb.conf" <<SWEEP
[sweep]
question = Does a nullb backend run beside a VDUSE one?
name = nullb
repetitions = 2
seed = 7
perf = on

[driver ours]
module = ours

[backend n1]
type = nullb
size = 64M

[backend n2]
type = nullb
size = 64M
queues = 2

[backend blkd]
type = blkd-null
size = 64M

[backend u]
type = ublk-null
size = 64M
queues = 2

$(tiny_workload)
SWEEP
run="$tmp/run"
run_ok "$tmp/nullb.conf" "$run" 8
get() { json_get "$1" "$2/backend.json"; }
for p in "$run"/points/*; do
	id=$(basename "$p")
	[ "$(get bytes "$p")" = $((64 << 20)) ] && [ "$(get logical_block_size "$p")" = 512 ] ||
		fail "$id: not a 64 MiB disk of 512-byte blocks: $(cat "$p/backend.json")"
	# null_blk completes inside the submitter's plug, whose cached clock
	# reads the same at start and end: 0 there, more than 0 elsewhere
	case $id in
	*-n[12]-*) [[ $(json_get disk_ms "$p/cpu.json") =~ ^[0-9]+$ ]] ;;
	*) json_count disk_ms "$p/cpu.json" ;;
	esac || fail "$id: cpu.json has no block-layer time: $(cat "$p/cpu.json")"
	for st in fio block; do
		grep -q "^$id,.*,$st,[0-9]*,[0-9.]*\$" "$run/backend-stages.csv" || fail "$id: no $st stage in backend-stages.csv"
	done
	case $id in
	*-u-*)
		case $(get disk "$p") in /dev/ublkb[0-9]*) ;; *) fail "$id: ublk disk $(get disk "$p")" ;; esac
		[ "$(json_get disk_util.0.name "$p/fio.json")" = "$(basename "$(get disk "$p")")" ] ||
			fail "$id: fio's disk_util is not $(get disk "$p")"
		[ "$(get transport "$p")" = ublk ] && [ "$(get process "$p")" = true ] &&
			[ "$(get nr_hw_queues "$p")" = 2 ] || fail "$id: backend.json: $(cat "$p/backend.json")"
		[ "$(cat "$p/backend-exe")" = /job/bin/vduse-blkd ] || fail "$id: backend-exe $(cat "$p/backend-exe")"
		grep -q "^$id,.*,total,[1-9][0-9]*," "$run/backend-stages.csv" || fail "$id: no daemon stages over ublk"
		;;
	*-n[12]-*)
		want=${id#*-ours-n} want=${want%%-*}
		[ "$(json_get 'jobs.0.job options.filename' "$p/fio.json")" = /dev/nullb0 ] ||
			fail "$id: fio's filename is not /dev/nullb0: $(json_get 'jobs.0.job options' "$p/fio.json")"
		[ "$(json_get disk_util.0.name "$p/fio.json")" = nullb0 ] || fail "$id: fio's disk_util is not nullb0"
		[ "$(get disk "$p")" = /dev/nullb0 ] && [ "$(get transport "$p")" = kernel ] &&
			[ "$(get process "$p")" = false ] || fail "$id: backend.json: $(cat "$p/backend.json")"
		[ "$(get nr_hw_queues "$p")" = "$want" ] ||
			fail "$id: null_blk has $(get nr_hw_queues "$p") hardware queues, the section $want"
		grep -qx "submit_queues=$want" "$p/backend.log" || fail "$id: backend.log lacks submit_queues=$want"
		[ ! -e "$p/device.json" ] && [ ! -e "$p/perf-backend.txt" ] ||
			fail "$id: a VDUSE device record or a backend perf stat for null_blk"
		[ "$(json_get backend_process "$p/cpu.json")" = false ] && [ "$(json_get backend_ticks "$p/cpu.json")" = 0 ] ||
			fail "$id: cpu.json: $(cat "$p/cpu.json")"
		json_count disk_ios "$p/cpu.json" || fail "$id: cpu.json counted no I/O on nullb0"
		grep -q '"backend_cpus": "none: no backend process (nullb)"' "$p/placement.json" ||
			fail "$id: placement.json: $(cat "$p/placement.json")"
		[ "$(cat "$p/backend-exe")" = /lib/vlab-modules/null_blk.ko ] || fail "$id: backend-exe $(cat "$p/backend-exe")"
		;;
	*)
		[ "$(json_get device "$p/device.json")" = vduse0 ] && [ "$(get transport "$p")" = vduse ] &&
			[ "$(get process "$p")" = true ] || fail "$id: no VDUSE record: $(cat "$p/backend.json")"
		[ "$(cat "$p/backend-exe")" = /job/bin/vduse-blkd ] || fail "$id: backend-exe $(cat "$p/backend-exe")"
		tags=$(get nr_tags "$p")
		grep -q "^$id,.*,total,[1-9][0-9]*," "$run/backend-stages.csv" || fail "$id: no daemon stages over VDUSE"
		;;
	esac
done
for p in "$run"/points/*-n1-*; do
	[ "$(get nr_tags "$p")" = "$tags" ] || fail "$(basename "$p"): nullb has $(get nr_tags "$p") tags per queue, blkd-null $tags"
done
echo "PASS: nullb and ublk-null beside blkd-null"
