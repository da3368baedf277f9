#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vduse-blkd's TARGET (null, ram, file, zero) with DRIVER (stock,
# ours) in one lab VM boot: fio writes with crc32c verify (null, zero: without),
# mixed sizes, QD 1/16/64, 2 queues; file: discard and write-zeroes read back
# as zeroes; SIGTERM under load tears down cleanly; dmesg stays clean.
# Optional DAEMON-OPTIONS (e.g. --poll-us 50) are passed to vduse-blkd.
# The guest side is guest-target.sh.
. "$(dirname "$0")/../../bench/tests/lib.sh"
target=${1:?usage: vm-target.sh TARGET stock|ours}
drv=${2:?usage: vm-target.sh TARGET stock|ours [DAEMON-OPTIONS]}
args=${3:-}
need_vm
[ -x "$VLAB_BUILD/guest-bin/vduse-blkd" ] || skip "vduse-blkd not built (bench/vlab build)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
TARGET=$target DRV=$drv BLKD_ARGS='$args'
$(cat "$(dirname "$0")/guest-target.sh")" "$out" --timeout 240
rc=$?
grep 'vlab-guest:' "$out/console.log"
[ $rc -eq 0 ] || { tail -n 30 "$out/console.log"; fail "guest job for $target/$drv exited with $rc"; }
grep -q "vlab-guest: PASS ($target/$drv)" "$out/console.log" || fail "no PASS line from the guest"
echo "PASS: vduse-blkd $target on $drv${args:+ ($args)}"
