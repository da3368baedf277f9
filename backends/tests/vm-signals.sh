#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vduse-blkd's signals and self-attach in one lab VM boot (our
# module): --attach over netlink, --stats-interval and SIGUSR1 JSON lines,
# and a second SIGTERM during the first teardown exits at once (within 2 s)
# while flushed data stays intact. The guest side is guest-signals.sh.
. "$(dirname "$0")/../../bench/tests/lib.sh"
need_vm
[ -x "$VLAB_BUILD/guest-bin/vduse-blkd" ] || skip "vduse-blkd not built (bench/vlab build)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
$(cat "$(dirname "$0")/guest-signals.sh")" "$out" --timeout 120
rc=$?
grep 'vlab-guest:' "$out/console.log"
[ $rc -eq 0 ] || { tail -n 30 "$out/console.log"; fail "guest job exited with $rc"; }
grep -q "vlab-guest: PASS (signals)" "$out/console.log" || fail "no PASS line from the guest"
echo "PASS: vduse-blkd signals"
