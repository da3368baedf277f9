#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: `bench/vlab tune` chains vlab-tune's stages: with a fake
# bench/run.sh (VLAB_TUNE_RUNNER) that plans each sweep with vlab-plan,
# finishes its points and writes an aggregate.csv in which only the confirm
# gains, it runs the screen, the recheck, the combine and the confirm in
# that order
# into one folder and prints the recommendation (kept as
# RECOMMENDATION.sh); run again, it runs nothing and recommends the same;
# a stage cut short is resumed, the stages before it not run again; a
# folder of another request is refused; --host reaches the runner and
# puts the sweeps on the wall clock; a bad request leaves no folder.
. "$(dirname "$0")/lib.sh"
scratch_dir
export VLAB_BUILD=${VLAB_BUILD:?} FAKE="$SCRATCH/fake"
mkdir -p "$FAKE"

# The fake runner: --sweep F --out RUN or --resume RUN, [--host]; logs each
# call; FAKE_STOP=NAME leaves run NAME half done, as an interrupted run.
cat >"$SCRATCH/runner" <<'RUNNER'
#!/usr/bin/env bash
set -eu
echo "$*" >>"$FAKE/calls"
case $1 in
--sweep) run=$4; mkdir -p "$run"; cp "$2" "$run/sweep.conf"
	"$VLAB_BUILD/bench/src/vlab-plan" --sweep "$2" --out "$run/plan" >/dev/null ;;
--resume) run=$2 ;;
esac
n=0
while read -r id; do
	n=$((n + 1))
	[ "${FAKE_STOP:-}" = "$(basename "$run")" ] && [ $n -gt 2 ] && exit 1
	mkdir -p "$run/points/$id" && echo ok >"$run/points/$id/status"
done <"$run/plan/order"
base=$(sed -n 's/^baseline = //p' "$run/sweep.conf")
{
	echo "driver,backend,rw,bs,iodepth,numjobs,metric,ratio,ratio_lo,ratio_hi,ratio_sig,backend_ratio,backend_ratio_lo,backend_ratio_hi,backend_ratio_sig,noise_floor,ratio_n"
	for d in $(sed -n 's/^\[driver \(.*\)\]$/\1/p' "$run/sweep.conf"); do
		for b in $(sed -n 's/^\[backend \(.*\)\]$/\1/p' "$run/sweep.conf"); do
			# within 1% of the defaults over the whole interval: nothing to recheck
			r=1.0,0.995,1.005,0
			[ "$d" = "$base" ] && r=,,,
			[ "$d" = tuned ] && r=1.25,1.2,1.3,1
			br=1.0,0.995,1.005,0
			[ "$b" = base ] && br=,,,
			echo "$d,$b,randrw,4k,32,1,iops,$r,$br,0.01,8"
		done
	done
} >"$run/aggregate.csv"
RUNNER
chmod +x "$SCRATCH/runner"
export VLAB_TUNE_RUNNER="$SCRATCH/runner"
tune=("$VLAB" tune --preset oltp --memory-budget 16M)

out=$("${tune[@]}" --out "$SCRATCH/t" 2>"$SCRATCH/err") || fail "tune: exit $?: $(cat "$SCRATCH/err")"
[ "$(sed "s|$SCRATCH/t/||g; s/ --out.*//" "$FAKE/calls" | tr '\n' ' ')" = "--sweep screen.conf --sweep recheck.conf --sweep combine.conf --sweep confirm.conf " ] ||
	fail "the stages, in order, each a sweep: $(cat "$FAKE/calls")"
grep -qF 'vdpa dev add name vduse0 mgmtdev vduse' <<<"$out" &&
	grep -qF '1.250 [1.200, 1.300]' <<<"$out" || fail "no recommendation with its gain: $out"
[ "$out" = "$(cat "$SCRATCH/t/RECOMMENDATION.sh")" ] || fail "RECOMMENDATION.sh is not what it printed"
grep -qF 'echo 16777216 > /sys/class/vduse/vduse0/bounce_size' <<<"$out" ||
	fail "the defaults within the budget, as nothing gained: $out"
grep -qF 'points, about' "$SCRATCH/err" || fail "no stage said its points and minutes: $(cat "$SCRATCH/err")"

: >"$FAKE/calls"
again=$("${tune[@]}" --out "$SCRATCH/t" 2>"$SCRATCH/err") || fail "tune again: exit $?: $(cat "$SCRATCH/err")"
[ ! -s "$FAKE/calls" ] || fail "complete stages were run again: $(cat "$FAKE/calls")"
[ "$again" = "$out" ] || fail "the same folder recommends otherwise: $again"

: >"$FAKE/calls"
FAKE_STOP=combine "${tune[@]}" --out "$SCRATCH/r" >/dev/null 2>"$SCRATCH/err" &&
	fail "a stage cut short: tune exit 0"
grep -qF "tune: combine did not finish" "$SCRATCH/err" || fail "the stage cut short is not named: $(cat "$SCRATCH/err")"
: >"$FAKE/calls"
"${tune[@]}" --out "$SCRATCH/r" >/dev/null 2>"$SCRATCH/err" || fail "resume: exit $?: $(cat "$SCRATCH/err")"
[ "$(sed "s|$SCRATCH/r/||g; s/ --out.*//" "$FAKE/calls" | tr '\n' ' ')" = "--resume combine --sweep confirm.conf " ] ||
	fail "resume: the screen or recheck again, or the combine not resumed: $(cat "$FAKE/calls")"

"$VLAB" tune --preset stream --memory-budget 16M --out "$SCRATCH/t" >/dev/null 2>"$SCRATCH/err" &&
	fail "another request in the folder: exit 0"
grep -qF "tunes another request" "$SCRATCH/err" || fail "another request not named: $(cat "$SCRATCH/err")"

: >"$FAKE/calls"
FAKE_STOP=screen "${tune[@]}" --host --out "$SCRATCH/h" >/dev/null 2>&1 && fail "--host, cut short: exit 0"
"${tune[@]}" --host --out "$SCRATCH/h" >/dev/null 2>"$SCRATCH/err" || fail "--host: exit $?: $(cat "$SCRATCH/err")"
grep -q -- '^--resume .*--host$' "$FAKE/calls" && ! grep -qv -- '--host$' "$FAKE/calls" ||
	fail "--host not passed to every stage, resumed or not: $(cat "$FAKE/calls")"
grep -qx 'clock = wall' "$SCRATCH/h/screen.conf" || fail "--host: the sweeps are not on the wall clock"

"$VLAB" tune --preset oltp --memory-budget 512k --out "$SCRATCH/bad" >/dev/null 2>"$SCRATCH/err" &&
	fail "a budget under 1M: exit 0"
grep -qF -- "--memory-budget 524288 bytes is not allowed" "$SCRATCH/err" || fail "the bad budget not named: $(cat "$SCRATCH/err")"
[ ! -e "$SCRATCH/bad" ] || fail "a bad request left a folder"
echo "PASS: bench/vlab tune chains, resumes and refuses"
