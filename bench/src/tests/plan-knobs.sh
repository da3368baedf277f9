#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vlab-plan refuses a [driver] of our module whose knob or
# module parameter kernel/knobs.def does not allow (an unknown value, an
# integer out of range) before anything boots: exit 2, FILE:LINE, the value
# and what is allowed, no plan written; the same driver with allowed values
# plans.
# Usage: plan-knobs.sh VLAB_PLAN
set -u
plan=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0

# sweep FILE DRIVER_LINES: a one-point sweep with [driver x] at line 4
sweep() {
	printf '[sweep]\nquestion = Does it plan?\nname = t\n[driver x]\nmodule = ours\n%s\n[backend null]\ntype = qsd-null\n[workload w]\nrw = read\nbs = 4k\niodepth = 1\n' \
		"$2" >"$1"
}

# bad EXPECTED DRIVER_LINES: exit 2, EXPECTED in the message, no plan
bad() {
	local out rc
	sweep "$tmp/bad.conf" "$2"
	out=$("$plan" --sweep "$tmp/bad.conf" --out "$tmp/plan" 2>&1)
	rc=$?
	[ "$rc" -eq 2 ] || { echo "FAIL: [$2]: exit $rc, expected 2 ($out)"; failed=1; }
	grep -qF -- "$tmp/bad.conf:$1" <<<"$out" || { echo "FAIL: [$2]: message lacks [$1]: $out"; failed=1; }
	[ ! -e "$tmp/plan" ] || { echo "FAIL: [$2]: wrote a plan"; rm -rf "$tmp/plan"; failed=1; }
}

bad "6: [driver x] knobs: bounce_strategy: 'bogus' is not allowed; allowed: lazy, prealloc, hugepage, umem, direct" \
	'knobs = bounce_strategy=bogus'
bad "6: [driver x] knobs: kick_coalesce_us: '1000001' is not a whole number of microseconds from 1 to 1000000" \
	'knobs = kick_mode=coalesce kick_coalesce_us=1000001'
bad "6: [driver x] params: inject_coalesce_max: '0' is not a whole number of injections from 1 to 65535" \
	'params = inject_coalesce_max=0'
bad "6: [driver x] knobs: 'kick' is not a per-device knob of our module; allowed: bounce_size, msg_timeout, bounce_strategy" \
	'knobs = kick=work'

sweep "$tmp/good.conf" "$(printf 'params = allow_unsafe_direct=1 kick_coalesce_us=100\nknobs = bounce_strategy=direct kick_mode=coalesce kick_coalesce_us=1000000 bounce_size=1048576')"
out=$("$plan" --sweep "$tmp/good.conf" --out "$tmp/plan" 2>&1) ||
	{ echo "FAIL: allowed knobs refused: $out"; failed=1; }
[ -e "$tmp/plan/plan.json" ] || { echo "FAIL: allowed knobs: no plan.json"; failed=1; }

[ "$failed" -eq 0 ] && echo "PASS: plan-knobs"
exit "$failed"
