#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: `bench/vlab run --probe` end to end: the eBPF tools watch
# every point of a tiny sweep (stock and ours), their JSON is kept beside
# fio's, and the report draws the stage breakdown: charts/stages.csv has a
# row per configuration whose stages are all measured and add up to the
# total, whose I/O count matches fio's (ios_ratio within 1%), and whose
# chart is a valid PNG and SVG that REPORT.md shows.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
scratch_dir
tmp=$SCRATCH
tiny_sweep "$tmp/tiny.conf" 1
run="$tmp/run"
"$VLAB" run --probe --sweep "$tmp/tiny.conf" --out "$run" || fail "run exited with $?"
# the default clock under TCG is the instruction clock, and the run says so
if [ "$("$BENCH/vm/accel.sh")" = tcg ]; then
	[ "$(json_get clock.name "$run/manifest.json")" = icount ] || fail "manifest lacks clock icount"
	grep -q '^| Clock | icount (' "$run/REPORT.md" || fail "REPORT.md does not name the icount clock"
	[[ $(json_get vm.qemu_cmdline "$run/manifest.json") == *'icount shift='* ]] ||
		fail "manifest lacks the QEMU command line"
fi
check_exactly_once "$run"
for p in "$run"/points/*; do
	id=$(basename "$p")
	[ "$(cat "$p/status")" = ok ] || fail "$id: $(cat "$p/status")"
	for t in $(sh -c '. "$1" && ebpf_tools' sh "$BENCH/guest/lib.sh"); do
		[ -s "$p/$t.json" ] || fail "$id: no $t.json ($(tail -n 1 "$p/$t.log" 2>/dev/null))"
	done
	grep -q '"stages"' "$p/vduse-lat.json" || fail "$id: vduse-lat.json has no stages"
done
csv="$run/charts/stages.csv"
[ -s "$csv" ] || fail "no charts/stages.csv"
# One row per configuration; every kernel stage measured; the stages add up
# to the total (means of ordered hops, so within rounding); vduse-lat saw
# fio's I/Os (ios_ratio = its count / fio's total_ios).
rows=$(awk -F, 'NR > 1' "$csv" | wc -l)
[ "$rows" -eq 2 ] || fail "stages.csv has $rows rows, expected 2 (stock, ours): $(cat "$csv")"
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
{
	sum = 0
	split("queue_us map_us kick_us backend_us irq_us complete_us", s, " ")
	for (k in s) {
		v = $c[s[k]]
		if (v + 0 <= 0) { print "stage " s[k] " of " $c["config"] " is " v; bad = 1 }
		sum += v
	}
	t = $c["total_us"]
	if (sum < 0.99 * t || sum > 1.01 * t) { print $c["config"] ": stages add up to " sum ", total " t; bad = 1 }
	r = $c["ios_ratio"]
	if (r < 0.99 || r > 1.01) { print $c["config"] ": ios_ratio " r; bad = 1 }
}
END { exit bad }' "$csv" >"$tmp/bad" || fail "$(cat "$tmp/bad")"
base=$run/charts/stages-randread-4k-j1
head -c 8 "$base.png" | od -An -c | grep -q 'P   N   G' || fail "$base.png is not a PNG"
grep -q '<svg' "$base.svg" || fail "$base.svg is not SVG"
grep -q 'stages-randread-4k-j1' "$run/REPORT.md" || fail "REPORT.md does not show the stage chart"
echo "PASS: --probe sweep with its stage breakdown"
