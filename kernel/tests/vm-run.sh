#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: runs one guest-side driver test (kernel/tests/guest/NAME.sh)
# in one boot of the lab VM with our vduse.ko, and passes only if the guest
# says "vlab-guest: PASS NAME". The guest scripts load the module, do their
# checks, unload it (failing if it does not go) and scan dmesg for WARNING:,
# BUG:, Oops and lockdep splats; kernel/tests/guest/klib.sh has the helpers.
# A guest script may ask for more kernel command line with a comment line
# "# Kernel-cmdline: ARGS", and for a clock (bench/vm/clock.sh) with
# "# Clock: NAME"; the boot's own record must then show that clock.
# usage: kernel/tests/vm-run.sh NAME [TIMEOUT_SECONDS]
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../bench/tests/lib.sh"
name=${1:?usage: vm-run.sh NAME [TIMEOUT]}
timeout=${2:-180}
script="$here/guest/$name.sh"
[ -f "$script" ] || fail "no guest script $script"
need_vm
append=$(sed -n 's/^# Kernel-cmdline: //p' "$script")
[ -z "$append" ] || export VLAB_EXTRA_APPEND="${VLAB_EXTRA_APPEND:-} $append"
clock=$(sed -n 's/^# Clock: //p' "$script")
[ -z "$clock" ] || export VLAB_CLOCK=$clock
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
. /job/guest/lib.sh
$(cat "$here/guest/klib.sh")
KTEST=$name
$(cat "$script")" "$out" --timeout "$timeout"
rc=$?
grep 'vlab-guest:' "$out/console.log"
# A kernel complaint is read whole (a lockdep report runs to 200 lines and
# names its locks at the top), then the end of the console says how it ended.
# What counts as a complaint is dmesg_bad's pattern, read from its one line.
complaint() {
	local re
	re=$(sed -n "s/^DMESG_BAD_RE='\(.*\)'\$/\1/p" "$here/../../bench/guest/lib.sh")
	tr -d '\r' <"$out/console.log" | awk -v re="$re" '$0 ~ re { on = 1 } on && k++ < 250'
}
[ $rc -eq 0 ] || { complaint; echo ...; tail -n 60 "$out/console.log"; fail "guest job $name exited with $rc"; }
tr -d '\r' <"$out/console.log" | grep -qx "vlab-guest: PASS $name" || fail "no PASS line from the guest"
if [ -n "$clock" ]; then
	[ "$(head -n 1 "$out/clock.info")" = "$clock" ] || fail "booted on clock '$(head -n 1 "$out/clock.info")', not '$clock'"
	[ "$clock" != icount ] || grep -q -- '-icount shift=[0-9]*\\\?,sleep=off' "$out/qemu.cmdline" ||
		fail "no -icount in the QEMU command line: $(cat "$out/qemu.cmdline")"
fi
echo "PASS: $name"
