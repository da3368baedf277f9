#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: one of vduse-blkd's guest scripts, guest-NAME.sh, in one lab
# VM boot; it passes when the guest logs "PASS (NAME)". What each checks is
# in its own description: signals (--attach, --stats-interval, SIGUSR1, a
# second SIGTERM), teardown (a device the kernel marks broken, a second
# SIGTERM during a slow detach), iotlb (IOTLB updates under load from a
# userspace driver on vhost_vdpa); kill -9 and --reconnect is the fault
# suite's case kill9 (bench/faults/). Optional: the driver (stock, ours)
# and target(s) the script reads as DRV and TARGET, and the guest's time
# limit in seconds.
. "$(dirname "$0")/../../bench/tests/lib.sh"
name=${1:?usage: vm-guest.sh NAME [DRV [TARGET [SECONDS]]] (runs guest-NAME.sh)}
drv=${2:-} target=${3:-} limit=${4:-120}
guest=$(dirname "$0")/guest-$name.sh
[ -f "$guest" ] || fail "no guest script $guest"
need_vm
[ -x "$VLAB_BUILD/guest-bin/vduse-blkd" ] || skip "vduse-blkd not built (bench/vlab build)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
${drv:+DRV=$drv }${target:+TARGET=$target}
$(cat "$guest")" "$out" --timeout "$limit"
rc=$?
grep 'vlab-guest:' "$out/console.log"
[ $rc -eq 0 ] || { tail -n 30 "$out/console.log"; fail "guest job exited with $rc"; }
grep -q "vlab-guest: PASS ($name)" "$out/console.log" || fail "no PASS line from the guest"
echo "PASS: vduse-blkd $name"
