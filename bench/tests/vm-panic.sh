#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a guest panic after /init is reported as such (exit 91, console
# kept), never retried and never taken for a result.
. "$(dirname "$0")/lib.sh"
need_vm
scratch_dir
out=$SCRATCH
boot_job '#!/bin/sh
echo c >/proc/sysrq-trigger' "$out" --timeout 120 2>"$out/stderr"
rc=$?
cat "$out/stderr"
[ $rc -eq 91 ] || fail "exit status $rc, expected 91"
grep -q 'panicked after /init' "$out/stderr" || fail "no panic message"
grep -q 'Kernel panic' "$out/console.log" || fail "console log not kept"
[ ! -f "$out/console.first-try1.log" ] || fail "a panic after /init was retried"
echo "PASS: panic after /init detected"
