#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vlab-plan --remaining RUN_DIR prints, in plan order, the
# planned points without RUN_DIR/points/<id>/status (all of them before any
# point folder exists; none once all are finished; a folder without status
# or still being committed as name.tmp.PID is not finished), and refuses
# with exit 2 and the path named: no RUN_DIR, no plan, a plan of another
# format, a point folder the plan does not know. --next-boot gives all of
# them under boots = shared, and only the first unfinished repetition's
# under boots = per-repetition (a repetition cut short by a crash goes on
# in the next boot; then the next repetition).
# Usage: plan-remaining.sh VLAB_PLAN DATA_DIR
set -u
plan=$1
data=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

run=$tmp/run
mkdir -p "$run"
"$plan" --sweep "$data/sweep-order.conf" --out "$run/plan" --seed 3 --reps 1 2>/dev/null ||
	fail "vlab-plan exited $?"
mapfile -t ids <"$run/plan/order"
[ "${#ids[@]}" -eq 24 ] || fail "${#ids[@]} points planned, expected 24"

# nothing run yet: every point, in order
out=$("$plan" --remaining "$run") || fail "--remaining on a fresh run exited $?"
[ "$out" = "$(cat "$run/plan/order")" ] || fail "fresh run: not the whole order: $out"

# points 0, 1 and 5 finished; 2 has a folder but no status; 3 is being committed
for i in 0 1 5; do
	mkdir -p "$run/points/${ids[$i]}"
	echo ok >"$run/points/${ids[$i]}/status"
done
mkdir -p "$run/points/${ids[2]}" "$run/points/${ids[3]}.tmp.1234"
echo ok >"$run/points/${ids[3]}.tmp.1234/status"
want=$(printf '%s\n' "${ids[@]}" | sed -e 1,2d -e 6d)
out=$("$plan" --remaining "$run") || fail "--remaining exited $?"
[ "$out" = "$want" ] || fail "after 3 finished points got: $out"
# a failed point is finished too: it has a status
echo "failed: fio crashed" >"$run/points/${ids[2]}/status"
out=$("$plan" --remaining "$run")
[ "$(wc -l <<<"$out")" -eq 20 ] || fail "a failed point was counted as unfinished"
# all finished: nothing printed, exit 0
for id in "${ids[@]}"; do
	mkdir -p "$run/points/$id"
	echo ok >"$run/points/$id/status"
done
out=$("$plan" --remaining "$run") || fail "--remaining on a finished run exited $?"
[ -z "$out" ] || fail "finished run printed: $out"

# --next-boot: the sweep's default shares boots, so the next boot runs all
out=$("$plan" --next-boot "$run") || fail "--next-boot exited $?"
[ -z "$out" ] || fail "--next-boot on a finished run printed: $out"
rm -rf "$run/points"
out=$("$plan" --next-boot "$run") || fail "--next-boot on a fresh shared run exited $?"
[ "$out" = "$(cat "$run/plan/order")" ] || fail "boots = shared: --next-boot is not the whole order: $out"

# boots = per-repetition, 2 repetitions of 24 points: a boot per repetition
prun=$tmp/prun
mkdir -p "$prun"
sed 's/^repetitions = .*/boots = per-repetition/' "$data/sweep-order.conf" >"$tmp/per-rep.conf"
"$plan" --sweep "$tmp/per-rep.conf" --out "$prun/plan" --seed 3 --reps 2 2>/dev/null ||
	fail "vlab-plan (per-repetition) exited $?"
grep -q '"boots": "per-repetition"' "$prun/plan/plan.json" || fail "plan.json does not record the boots"
mapfile -t pids <"$prun/plan/order"
rep1=$(printf '%s\n' "${pids[@]}" | grep -- '-r1$')
rep2=$(printf '%s\n' "${pids[@]}" | grep -- '-r2$')
[ "$(wc -l <<<"$rep1")" -eq 24 ] && [ "$(wc -l <<<"$rep2")" -eq 24 ] || fail "not 24 points a repetition"
out=$("$plan" --next-boot "$prun") || fail "--next-boot (per-repetition) exited $?"
[ "$out" = "$rep1" ] || fail "fresh per-repetition run: the next boot is not repetition 1: $out"
# a boot that died after 10 of repetition 1's points: the next one finishes it
for id in $(head -n 10 <<<"$rep1"); do
	mkdir -p "$prun/points/$id"
	echo ok >"$prun/points/$id/status"
done
out=$("$plan" --next-boot "$prun")
[ "$out" = "$(sed 1,10d <<<"$rep1")" ] || fail "after 10 points: not the rest of repetition 1: $out"
[ "$("$plan" --remaining "$prun" | wc -l)" -eq 38 ] || fail "--remaining is not all 38 left"
for id in $rep1; do
	mkdir -p "$prun/points/$id"
	echo ok >"$prun/points/$id/status"
done
out=$("$plan" --next-boot "$prun")
[ "$out" = "$rep2" ] || fail "repetition 1 done: the next boot is not repetition 2: $out"
rm "$prun/plan/points/${pids[30]}/params.json"
expect_2_soon=${pids[30]}

# expect_2 TEXT ARGS...: exit 2 and TEXT in the message
expect_2() {
	local want=$1 out rc
	shift
	out=$("$plan" "$@" 2>&1)
	rc=$?
	[ "$rc" -eq 2 ] || fail "$*: exit $rc, expected 2: $out"
	grep -qF -- "$want" <<<"$out" || fail "$*: message lacks [$want]: $out"
}

expect_2 "$prun/plan/points/$expect_2_soon/params.json: No such file or directory" --next-boot "$prun"
expect_2 "--next-boot RUN_DIR takes no other option" --next-boot "$prun" --seed 1
expect_2 "give one of --remaining and --next-boot, once" --next-boot "$prun" --remaining "$prun"

mkdir -p "$run/points/999-stranger"
expect_2 "$run/points/999-stranger is not in this run's plan" --remaining "$run"
rmdir "$run/points/999-stranger"
expect_2 "--remaining RUN_DIR '$tmp/none': No such file or directory" --remaining "$tmp/none"
mkdir "$tmp/noplan"
expect_2 "$tmp/noplan/plan/plan.json: no plan" --remaining "$tmp/noplan"
sed -i 's/"format": 1,/"format": 2,/' "$run/plan/plan.json"
expect_2 "$run/plan/plan.json: run made by an incompatible version: format 2, this vlab reads 1" \
	--remaining "$run"
sed -i '/"format": 2,/d' "$run/plan/plan.json"
expect_2 "run made by an incompatible version: format none, this vlab reads 1" --remaining "$run"

[ "$failed" -eq 0 ] && echo "plan-remaining: all checks passed"
exit "$failed"
