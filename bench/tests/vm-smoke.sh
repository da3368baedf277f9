#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the smoke path in one boot for one driver (ours or stock):
# load the module stack, qemu-storage-daemon vduse-blk on null-co, vdpa dev
# add, fio random reads; then a RAM-backed export with fio write + crc32c
# verify (a RAM image too large for /dev/shm refused by name first), its
# daemon's threads pinned to the last vCPU while its thread pool
# still grows (pin_threads: every worker on that vCPU after fio, the ones
# started after pinning too); vdpa dev del, stop the daemon, unload vduse.
# Fails on any fio error,
# verify mismatch, failed unload, or WARNING/BUG/Oops in the guest's dmesg.
. "$(dirname "$0")/lib.sh"
drv=${1:?usage: vm-smoke.sh ours|stock}
need_vm
scratch_dir
out=$SCRATCH
boot_job "#!/bin/sh
exec sh /job/guest/smoke.sh $drv" "$out" --timeout 240
rc=$?
grep 'vlab-guest:' "$out/console.log"
[ $rc -eq 0 ] || { tail -n 40 "$out/console.log"; fail "smoke job for $drv exited with $rc"; }
grep -q "vlab-guest: PASS ($drv)" "$out/console.log" || fail "no PASS line from the guest"
if [ "$drv" = ours ]; then
	grep -q "vlab-guest: module: $(cat "$VLAB_BUILD/kernel/vduse.version")" "$out/console.log" ||
		fail "the guest did not report our module's identity"
else
	grep -q "vlab-guest: module: stock" "$out/console.log" || fail "the stock module was not identified as stock"
fi
echo "PASS: smoke $drv"
