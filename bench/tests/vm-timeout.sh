#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a job that never ends is stopped at --timeout and reported as a
# timeout (exit 92), with the console kept.
. "$(dirname "$0")/lib.sh"
need_vm
scratch_dir
out=$SCRATCH
start=$(date +%s)
boot_job '#!/bin/sh
echo vlab-test: sleeping; sleep 100000' "$out" --timeout 30 2>"$out/stderr"
rc=$?
cat "$out/stderr"
[ $rc -eq 92 ] || fail "exit status $rc, expected 92"
grep -q 'timed out' "$out/stderr" || fail "no timeout message"
grep -q 'vlab-test: sleeping' "$out/console.log" || fail "console log not kept"
[ $(($(date +%s) - start)) -lt 120 ] || fail "the timeout did not stop the VM"
echo "PASS: timeout detected"
