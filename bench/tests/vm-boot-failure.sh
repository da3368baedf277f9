#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a guest that panics before /init is retried exactly once, both
# consoles are kept, and the failure is reported as a boot failure (exit 90),
# never as a job result. The panic is forced with a missing rdinit.
. "$(dirname "$0")/lib.sh"
need_vm
scratch_dir
out=$SCRATCH
VLAB_EXTRA_APPEND="rdinit=/vlab-no-such-init" boot_job '#!/bin/sh
exit 0' "$out" --timeout 120 2>"$out/stderr"
rc=$?
cat "$out/stderr"
[ $rc -eq 90 ] || fail "exit status $rc, expected 90"
grep -q 'retrying once' "$out/stderr" || fail "no retry announced"
grep -q 'did not reach /init twice' "$out/stderr" || fail "no boot-failure message"
grep -q 'Kernel panic' "$out/console.first-try1.log" || fail "first console not kept"
grep -q 'Kernel panic' "$out/console.log" || fail "second console not kept"
grep -q 'panic' "$out/boot-retries.log" || fail "retry not logged as a panic"
[ ! -s "$out/ctl.log" ] || fail "a control log was taken from a failed boot"
echo "PASS: early panic retried once and reported"
