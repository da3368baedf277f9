#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a point that takes the guest down (a panic injected with
# vlab.fault=panic:1) is recorded as failed with the console, the VM is
# restarted for the remaining points, the sweep finishes, the summary lists
# the failure and the exit status says so.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
scratch_dir
tmp=$SCRATCH
tiny_sweep "$tmp/tiny.conf" 2
run="$tmp/run"
VLAB_EXTRA_APPEND="vlab.fault=panic:1" "$VLAB" run --sweep "$tmp/tiny.conf" --out "$run" >"$tmp/log" 2>&1
rc=$?
cat "$tmp/log"
[ $rc -eq 1 ] || fail "exit status $rc, expected 1 (a failed point)"
check_exactly_once "$run"
crashed=$(sed -n 2p "$run/plan/order")
grep -q '^failed: guest panic' "$run/points/$crashed/status" || fail "crashed point status: $(cat "$run/points/$crashed/status")"
grep -q 'sysrq\|Kernel panic' "$run/points/$crashed/console.txt" || fail "no console kept for the crashed point"
ok=$(grep -lx ok "$run"/points/*/status | wc -l)
[ "$ok" -eq 3 ] || fail "$ok points ok, expected 3"
[ "$(json_get vm.boots "$run/manifest.json")" = 2 ] || fail "manifest does not record 2 boots"
grep -q "$crashed" "$run/REPORT.md" || fail "REPORT.md does not list the failed point"
echo "PASS: crashed point recorded, sweep went on"
