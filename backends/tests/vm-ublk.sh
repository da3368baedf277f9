#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vduse-blkd --transport ublk in one lab VM boot: bad options
# refused; each target (null, ram, file, zero; ram again with --user-copy)
# added and started with 2 queues, fio crc32c verify at QD 1/16/64, file's
# discard and write-zeroes, SIGTERM under load stops and deletes the
# device; ublk_drv unloads at the end; dmesg stays clean. The guest side is
# guest-ublk.sh.
. "$(dirname "$0")/../../bench/tests/lib.sh"
need_vm
[ -x "$VLAB_BUILD/guest-bin/vduse-blkd" ] || skip "vduse-blkd not built (bench/vlab build)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
$(cat "$(dirname "$0")/guest-ublk.sh")" "$out" --timeout 400
rc=$?
grep 'vlab-guest:' "$out/console.log"
[ $rc -eq 0 ] || { tail -n 30 "$out/console.log"; fail "guest job exited with $rc"; }
grep -q "vlab-guest: PASS (ublk)" "$out/console.log" || fail "no PASS line from the guest"
echo "PASS: vduse-blkd --transport ublk"
