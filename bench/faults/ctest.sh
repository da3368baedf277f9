#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: ctest's fault.NAME.MODULE: fault case NAME of
# bench/faults/cases.def on module MODULE, one lab VM boot, as `bench/vlab
# faults --case NAME --module MODULE` runs it; passes when vlab-faults
# does (every required row passed, dmesg clean, a record printed, no hang).
# usage: bench/faults/ctest.sh NAME MODULE
. "$(dirname "$0")/../tests/lib.sh"
name=${1:?usage: ctest.sh NAME MODULE} module=${2:?usage: ctest.sh NAME MODULE}
need_vm
[ -x "$VLAB_BUILD/bench/src/vlab-faults" ] || skip "vlab-faults not built (bench/vlab build)"
scratch_dir
"$BENCH/faults/run.sh" --case "$name" --module "$module" --out "$SCRATCH/run"
rc=$?
for c in "$SCRATCH"/run/boots/*/console.log; do
	[ -f "$c" ] && grep -E 'vlab-guest:|vlab-fault:' "$c"
done
[ $rc -eq 0 ] || fail "fault $name on $module (exit $rc; table above)"
echo "PASS: fault $name on $module"
