#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: runs one guest-side eBPF tool test (ebpf/tests/guest/NAME.sh,
# with ARGS) in one boot of the lab VM, and passes only if the guest says
# "vlab-guest: PASS NAME"; a guest "SKIP" skips (exit 4) with its reason.
# The guest scripts set up a VDUSE disk, run a tool around fio, check its
# counts against fio's, and scan dmesg for WARNING:, BUG:, Oops.
# usage: ebpf/tests/vm-run.sh NAME TIMEOUT [ARGS...]
# EBPF_KEEP=FILE keeps the guest console there (for debugging a failure).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../bench/tests/lib.sh"
name=${1:?usage: vm-run.sh NAME TIMEOUT [ARGS...]}
timeout=${2:?usage: vm-run.sh NAME TIMEOUT [ARGS...]}
shift 2
[[ $timeout =~ ^[0-9]+$ ]] || fail "TIMEOUT '$timeout' is not a number of seconds"
script="$here/guest/$name.sh"
[ -f "$script" ] || fail "no guest script $script"
need_vm
for t in $(sh -c '. "$1" && ebpf_tools' sh "$here/../../bench/guest/lib.sh"); do
	[ -x "$VLAB_BUILD/guest-bin/$t" ] || skip "$t not built (clang, bpftool or the guest kernel missing)"
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
. /job/guest/lib.sh
$(cat "$here/guest/elib.sh")
ETEST=$name
set -- $*
$(cat "$script")" "$out" --timeout "$timeout"
rc=$?
[ -n "${EBPF_KEEP:-}" ] && cp "$out/console.log" "$EBPF_KEEP"
grep 'vlab-guest:' "$out/console.log"
tr -d '\r' <"$out/console.log" | grep -q "^vlab-guest: SKIP $name" && skip "the guest skipped $name"
[ $rc -eq 0 ] || { tail -n 60 "$out/console.log"; fail "guest job $name exited with $rc"; }
tr -d '\r' <"$out/console.log" | grep -qx "vlab-guest: PASS $name" || fail "no PASS line from the guest"
echo "PASS: $name $*"
