# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash # sourced by bash scripts
# Shared by the sweep vm tests: a tiny sweep file and run-folder checks.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# tiny_sweep FILE REPS: stock vs ours, 4k random read at QD 1, short points.
tiny_sweep() {
	cat >"$1" <<SWEEP
[sweep]
question = Does a tiny sweep run end to end?
name = tiny
description = test sweep
repetitions = $2
seed = 11
baseline = stock
perf = on

[driver stock]
module = stock

[driver ours]
module = ours

[backend null]
type = qsd-null
size = 256M

$(tiny_workload)
SWEEP
}

# tiny_workload: the tiny sweeps' one short point, 4k random read at QD 1.
tiny_workload() {
	printf '[workload r]\nrw = randread\nbs = 4k\niodepth = 1\nruntime = 1\nramp = 0\n'
}

# check_exactly_once RUN: one point folder per planned id, none extra, no
# temporary leftovers.
check_exactly_once() {
	local planned have
	planned=$(sort "$1/plan/order")
	have=$(find "$1/points" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort)
	[ "$planned" = "$have" ] || fail "points differ from the plan: planned [$planned] have [$have]"
	for p in "$1"/points/*; do
		[ -f "$p/status" ] || fail "$(basename "$p") has no status"
	done
}

# run_ok CONF RUN N: run sweep CONF into RUN, which must plan N points, each
# run once and ok.
run_ok() {
	"$VLAB" run --sweep "$1" --out "$2" || fail "run exited with $?"
	check_exactly_once "$2"
	[ "$(wc -l <"$2/plan/order")" -eq "$3" ] || fail "expected $3 planned points"
	for p in "$2"/points/*; do
		[ "$(cat "$p/status")" = ok ] || fail "$(basename "$p"): $(cat "$p/status")"
	done
}
