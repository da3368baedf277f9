#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a one-shot job whose guest dies in "Oops: int3" (QEMU TCG's
# live-patching race) is run once more, with the first console kept and the
# retry logged; the second run's result is the job's result. The race is
# imitated: the first boot logs the Oops line and crashes, leaving a mark
# far out on the output disk that the second boot finds. The line goes
# through the kernel log at KERN_CRIT, which the panic flushes to the
# console: written to /dev/console it could still sit in the tty when the
# crash came, and was lost once on a loaded host.
. "$(dirname "$0")/lib.sh"
need_vm
scratch_dir
out=$SCRATCH/out
# shellcheck disable=SC2016 # the job script, expanded by the guest's shell
boot_job '#!/bin/sh
if dd if="$VLAB_OUT" bs=1M skip=3000 count=1 2>/dev/null | grep -q vlab-int3-mark; then
	echo vlab-test: second boot
	exit 0
fi
echo vlab-int3-mark | dd of="$VLAB_OUT" bs=1M seek=3000 conv=fsync,notrunc 2>/dev/null
echo "<2>Oops: int3: 0000 [#1] (imitated by vm-int3-retry)" >/dev/kmsg
echo c >/proc/sysrq-trigger' "$out" --timeout 120 2>"$SCRATCH/stderr"
rc=$?
cat "$SCRATCH/stderr"
[ $rc -eq 0 ] || fail "exit status $rc, expected 0 from the second boot"
grep -q 'running the job once more' "$SCRATCH/stderr" || fail "no retry announced"
grep -q 'Oops: int3' "$out/console.int3.log" || fail "first console not kept"
grep -q 'vlab-test: second boot' "$out/console.log" || fail "the second boot did not run the job"
grep -q 'int3' "$out/boot-retries.log" || fail "retry not logged"
echo "PASS: int3 flake retried once"
