#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a tiny sweep end to end (`bench/vlab run --sweep FILE`): one
# boot, stock and ours interleaved, every point committed with fio JSON,
# perf stat output, module identity, the device's sysfs record (device.json:
# unsafe and umem_bytes 0 with ours) and status ok; manifest with the
# environment and the sweep verbatim; the agent's cpu.json around fio;
# summary.csv with CPU per I/O (fio plus backend, and guest-wide),
# aggregate.csv, valid PNG/SVG charts, REPORT.md and report.html naming the
# accelerator and the clock (wall, as asked); with --profile, each point's
# top kernel symbols.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
scratch_dir
tmp=$SCRATCH
tiny_sweep "$tmp/tiny.conf" 2
run="$tmp/run"
# --profile needs the wall clock (on icount it is refused, bench/tests/cli.sh)
"$VLAB" run --profile --clock wall --sweep "$tmp/tiny.conf" --out "$run" || fail "run exited with $?"
check_exactly_once "$run"
[ "$(wc -l <"$run/plan/order")" -eq 4 ] || fail "expected 4 planned points"
ours=$(cat "$VLAB_BUILD/kernel/vduse.version")
for p in "$run"/points/*; do
	id=$(basename "$p")
	[ "$(cat "$p/status")" = ok ] || fail "$id: $(cat "$p/status")"
	[ -s "$p/fio.json" ] || fail "$id: no fio.json"
	grep -q task-clock "$p/perf-fio.txt" || fail "$id: no perf stat of fio"
	grep -q task-clock "$p/perf-backend.txt" || fail "$id: no perf stat of the backend"
	grep -q '\[k\]' "$p/profile-self.txt" || fail "$id: no kernel symbols in the --profile output"
	grep -q '\[k\]' "$p/profile-children.txt" || fail "$id: no --profile output with children"
	grep -q '"device": "vduse0"' "$p/device.json" || fail "$id: no device.json"
	grep -Eq '"guest_busy_ticks": [1-9][0-9]*, .*"disk_ios": [1-9]' "$p/cpu.json" ||
		fail "$id: cpu.json lacks busy ticks or disk I/Os: $(cat "$p/cpu.json" 2>&1)"
	case $id in
	*-stock-*) [ "$(cat "$p/module")" = stock ] || fail "$id ran module $(cat "$p/module")" ;;
	*-ours-*) [ "$(cat "$p/module")" = "$ours" ] || fail "$id ran module $(cat "$p/module")"
		grep -q '"unsafe": 0, "umem_bytes": 0' "$p/device.json" ||
			fail "$id: device.json lacks unsafe 0 and umem_bytes 0: $(cat "$p/device.json")" ;;
	esac
done
for f in manifest.json sweep.conf summary.csv aggregate.csv REPORT.md report.html chart.png chart.svg; do
	[ -s "$run/$f" ] || fail "$f missing or empty"
done
grep -q 'repetitions = 2' "$run/sweep.conf" || fail "sweep not kept verbatim"
grep -q '"sweep_file"' "$run/manifest.json" || fail "manifest lacks the sweep file"
accel=$("$BENCH/vm/accel.sh")
grep -q "\"accelerator\": \"$accel\"" "$run/manifest.json" || fail "manifest lacks accelerator $accel"
grep -qi "$accel" "$run/REPORT.md" || fail "REPORT.md does not name the accelerator"
grep -Eq '"clock": \{' "$run/manifest.json" && grep -q '"name": "wall"' "$run/manifest.json" ||
	fail "manifest lacks clock wall"
grep -q '^| Clock | wall (' "$run/REPORT.md" || fail "REPORT.md does not name the wall clock"
# CPU per I/O, fio's plus the backend's and the whole guest's, is filled in
# for every point.
for name in cpu_us_per_io cpu_us_per_io_guest; do
	col=$(head -n 1 "$run/summary.csv" | tr ',' '\n' | grep -nx "$name" | cut -d: -f1)
	[ -n "$col" ] || fail "summary.csv has no $name column"
	empty=$(tail -n +2 "$run/summary.csv" | cut -d, -f"$col" | grep -c '^$')
	[ "$empty" -eq 0 ] || fail "$empty rows without $name"
done
for png in "$run"/*.png; do head -c 8 "$png" | od -An -c | grep -q 'P   N   G' || fail "$png is not a PNG"; done
for svg in "$run"/*.svg; do grep -q '<svg' "$svg" || fail "$svg is not SVG"; done
grep -q '<svg' "$run/report.html" || fail "report.html has no inline SVG"
echo "PASS: tiny sweep complete"
