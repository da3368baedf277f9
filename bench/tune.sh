#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# `bench/vlab tune`: the stages of vlab-tune (bench/src/tune) run in order,
# each an ordinary sweep that bench/run.sh runs into one tune folder, then
# the recommendation. vlab-tune decides everything; this only chains it.
# Resumable: a stage whose run is complete is not run again, one begun is
# resumed, and a stage's sweep, a function of the request and the runs
# before it, is written again and must be the one the folder holds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/setup/common.sh"
bin="$VLAB_BUILD/bench/src"
# what runs a stage's sweep; bench.tune-glue stands a fake in, which boots nothing
runner=${VLAB_TUNE_RUNNER:-$here/run.sh}
bad_arg() { printf 'vlab: %s (see bench/vlab tune --help)\n' "$*" >&2; exit 2; }

usage() {
	cat <<'USAGE'
USAGE: bench/vlab tune (--preset oltp|stream|mixed | --job FILE) [--memory-budget SIZE]
                       [--queues N] [--backend TYPE] [--allow-unsafe] [--metric M]
                       [--host] [--out DIR]

Find the settings of our module and vduse-blkd for one deployment and print
them as the lines to apply. Four sweeps, each a run folder with a report
in DIR: a screen of one change at a time against our module's defaults
within the budget (a driver per knob value, a backend per vduse-blkd option
value), a recheck of each value the screen could not rule out with more
repetitions and a boot each (it decides the winners), the winners combined
greedily (combine), and the chosen configuration against stock held to the
same budget (confirm). Each stage prints its points and minutes first. On
the instruction clock two tunings agree, except where a value's gain lies
within its recheck's interval of the minimum gain, or a link's added gain
within its combine's: then one tuning can choose otherwise than the other
(issue 27).

  --preset P          oltp: 4k random, 70% reads, QD 32; stream: 1M
                      sequential reads, QD 4; mixed: 64k random, 50% reads,
                      QD 8; one fio job per queue
  --job FILE          a fio job file instead (rw, bs, iodepth, numjobs,
                      rwmixread, runtime, ramp_time; other options refused)
  --memory-budget S   bounce memory per device [64M]
  --queues N          the device's queues [1]
  --backend TYPE      a VDUSE backend type [blkd-ram] (bench/vlab run's types)
  --allow-unsafe      try bounce_strategy=direct (research only) too
  --metric M          the aggregate.csv metric to gain in [iops]
  --host              run on this machine's kernel (bench/vlab run --host),
                      on its wall clock
  --out DIR           the tune folder (default results/<UTC time>-tune); an
                      existing one is resumed

EXAMPLES:
  bench/vlab tune --preset oltp --memory-budget 16M
  bench/vlab tune --job db.fio --queues 2 --out results/db-tune
  bench/vlab tune --preset stream --host
USAGE
}

for a in "$@"; do case $a in -h | --help) usage; exit 0 ;; esac; done
req=() host=() out=''
while [ $# -gt 0 ]; do
	case $1 in
	--preset | --job | --memory-budget | --queues | --backend | --metric | --out)
		[ $# -ge 2 ] && [ -n "$2" ] || bad_arg "$1 needs a value"
		if [ "$1" = --out ]; then out=$2; else req+=("$1" "$2"); fi
		shift 2 ;;
	--allow-unsafe) req+=("$1"); shift ;;
	--host) host=(--host); req+=(--clock wall); shift ;;
	*) bad_arg "tune: unknown option '$1'" ;;
	esac
done
"$here/vlab" build
# a bad request is refused before a folder exists
why=$("$bin/vlab-tune" screen "${req[@]}" 2>&1 >/dev/null) || { printf '%s\n' "$why" >&2; exit 2; }
dir=${out:-$VLAB_ROOT/results/$(date -u +%Y%m%dT%H%M%SZ)-tune}
mkdir -p "$dir"
# absolute, so that the runs the sweeps name are the same however --out was written
dir=$(cd "$dir" && pwd)

# sweep NAME CMD...: write the stage's sweep (stdout of CMD) as DIR/NAME.conf;
# one there already must be the same, or the folder tunes another request
sweep() {
	local f="$dir/$1.conf"
	shift
	"$bin/vlab-tune" "$@" >"$f.tmp" || { rm -f "$f.tmp"; exit 2; }
	if [ -f "$f" ] && ! cmp -s "$f" "$f.tmp"; then
		rm -f "$f.tmp"
		vlab_warn "$f differs from what vlab-tune writes now: $dir tunes another request (or an older tree); use another --out"
		exit 2
	fi
	mv "$f.tmp" "$f"
}

# stage NAME: run DIR/NAME.conf into DIR/NAME unless complete (summarised, no point left)
stage() {
	local run="$dir/$1" rc=0
	if [ -f "$run/aggregate.csv" ] && [ -z "$("$bin/vlab-plan" --remaining "$run")" ]; then
		vlab_log "tune: $1 is complete: $run"
		return 0
	fi
	if [ -d "$run" ]; then
		"$runner" --resume "$run" "${host[@]}" || rc=$?
	else
		"$runner" --sweep "$dir/$1.conf" --out "$run" "${host[@]}" || rc=$?
	fi
	# failed points still leave a summarised run; no aggregate.csv means no run
	[ -f "$run/aggregate.csv" ] || { vlab_warn "tune: $1 did not finish (exit $rc): $run"; exit 1; }
}

sweep screen screen "${req[@]}"
stage screen
sweep recheck recheck "$dir/screen"
stage recheck
sweep combine combine "$dir/recheck"
stage combine
sweep confirm confirm "$dir/combine"
stage confirm
"$bin/vlab-tune" recommend "$dir/confirm" | tee "$dir/RECOMMENDATION.sh"
vlab_log "tune: the recommendation is in $dir/RECOMMENDATION.sh"
