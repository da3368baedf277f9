#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: `bench/vlab run` end to end on a small plan: one boot, stock and
# ours interleaved, and a complete, self-describing run folder: manifest with
# the environment, one point folder per planned point with fio JSON, module
# identity and status ok, summary.csv, chart.png/.svg and REPORT.md naming
# the accelerator.
. "$(dirname "$0")/lib.sh"
need_vm
[ -x "$VLAB_BUILD/bench/src/vlab-plan" ] || skip "C tools not built"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run="$tmp/run"
"$BENCH/run.sh" --name small --iodepths 1,4 --reps 1 --runtime 1 --ramp 0 --seed 7 --out "$run" ||
	fail "run.sh exited with $?"
for f in manifest.json plan.json summary.csv chart.png chart.svg REPORT.md vm/console.log; do
	[ -s "$run/$f" ] || fail "$f missing or empty"
done
n=$(ls "$run/points" | wc -l)
[ "$n" -eq 4 ] || fail "$n point folders, expected 4"
ours=$(cat "$VLAB_BUILD/kernel/vduse.version")
for p in "$run"/points/*; do
	id=$(basename "$p")
	[ "$(cat "$p/status")" = ok ] || fail "$id: status $(cat "$p/status")"
	[ -s "$p/fio.json" ] || fail "$id: no fio.json"
	case $id in
	*-stock-*) [ "$(cat "$p/module")" = stock ] || fail "$id ran module $(cat "$p/module")" ;;
	*-ours-*) [ "$(cat "$p/module")" = "$ours" ] || fail "$id ran module $(cat "$p/module")" ;;
	esac
done
# Interleaving: the drivers alternate within each queue-depth block.
ids=$(ls "$run/points")
[ "$(grep -c -- -stock- <<<"$ids")" -eq 2 ] && [ "$(grep -c -- -ours- <<<"$ids")" -eq 2 ] ||
	fail "not 2 stock and 2 ours points: $ids"
[ "$(($(wc -l <"$run/summary.csv") - 1))" -eq 4 ] || fail "summary.csv does not have 4 rows"
accel=$("$BENCH/vm/accel.sh")
grep -q "\"accelerator\": \"$accel\"" "$run/manifest.json" || fail "manifest lacks accelerator $accel"
grep -q "\"guest_kernel\"" "$run/manifest.json" || fail "manifest lacks guest_kernel"
grep -qi "$accel" "$run/REPORT.md" || fail "REPORT.md does not name the accelerator"
head -c 8 "$run/chart.png" | od -An -c | grep -q 'P   N   G' || fail "chart.png is not a PNG"
grep -q '<svg' "$run/chart.svg" || fail "chart.svg is not SVG"
echo "PASS: small run complete in $run"
