#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a sweep's observe and build end to end: [driver ours-lat]
# (observe = vduse-lat) and [driver ours] (none) on a blkd-null backend and
# one with build = noinstr, one boot. vduse-lat watched exactly the points
# of ours-lat (their vduse-lat.json has stages, ours's points have no tool
# output), each point's backend-exe names the binary that served it
# (vduse-blkd-noinstr for the noinstr backend, vduse-blkd otherwise), and
# vduse-lat found vduse-blkd's USDT probes in the instrumented daemon only;
# the report's stage table has a record for each ours-lat configuration
# and none for ours.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
[ -x "$VLAB_BUILD/guest-bin/vduse-lat" ] || skip "vduse-lat not built (clang, bpftool or the guest kernel missing)"
scratch_dir
tmp=$SCRATCH
cat >"$tmp/obs.conf" <<SWEEP
[sweep]
question = Does a driver's observer and a backend's build reach the guest?
name = observe
repetitions = 1
seed = 5
baseline = ours

[driver ours]
module = ours

[driver ours-lat]
module = ours
observe = vduse-lat

[backend blkd]
type = blkd-null
size = 256M

[backend noinstr]
type = blkd-null
size = 256M
build = noinstr

$(tiny_workload)
SWEEP
run="$tmp/run"
"$VLAB" run --sweep "$tmp/obs.conf" --out "$run" || fail "run exited with $?"
check_exactly_once "$run"
[ "$(wc -l <"$run/plan/order")" -eq 4 ] || fail "expected 4 planned points"
for p in "$run"/points/*; do
	id=$(basename "$p")
	[ "$(cat "$p/status")" = ok ] || fail "$id: $(cat "$p/status")"
	case $id in
	*-noinstr-*) bin=/job/bin/vduse-blkd-noinstr usdt=none ;;
	*) bin=/job/bin/vduse-blkd usdt=usdt ;;
	esac
	[ "$(cat "$p/backend-exe")" = "$bin" ] || fail "$id: served by $(cat "$p/backend-exe"), not $bin"
	case $id in
	*-ours-lat-*)
		grep -q '"stages"' "$p/vduse-lat.json" || fail "$id: no vduse-lat.json with stages ($(tail -n 1 "$p/vduse-lat.log"))"
		grep -q "\"backend\":\"$usdt\"" "$p/vduse-lat.json" ||
			fail "$id: vduse-lat's probes.backend is not $usdt: $(head -c 300 "$p/vduse-lat.json")"
		;;
	*)
		ls "$p"/vduse-* >/dev/null 2>&1 && fail "$id: a tool watched a driver without observe: $(ls "$p")"
		;;
	esac
done
csv="$run/charts/stages.csv"
[ -s "$csv" ] || fail "no charts/stages.csv"
# the configurations with a vduse-lat record (n: repetitions with one)
configs=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
	$col["n"] > 0 { print $col["config"] }' "$csv" | sort | tr '\n' ' ')
[ "$configs" = "ours-lat/blkd ours-lat/noinstr " ] || fail "stages.csv has records for [$configs], expected ours-lat's two"
echo "PASS: observe and build reach the guest"
