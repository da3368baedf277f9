#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a run that cannot boot the lab VM fails before it creates its
# run folder, naming what is missing: `bench/vm/boot.sh --check` refuses a
# build without the VM images, and `bench/vlab run` with a guest kernel whose
# vmlinuz is gone exits 1 leaving no folder. Nothing is booted.
. "$(dirname "$0")/lib.sh"
cache=${VLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vduse-lab}
[ -f "$cache/guest-kernel.env" ] || skip "no guest kernel in $cache (bench/vlab setup)"
scratch_dir

# A build folder without the images: named, with what to do.
out=$(VLAB_BUILD="$SCRATCH/build" "$BENCH/vm/boot.sh" --check 2>&1)
rc=$?
[ $rc -eq 1 ] || fail "boot.sh --check without images: exit $rc, expected 1 ($out)"
grep -qF "$SCRATCH/build/vm/initramfs.cpio.gz is missing: run bench/vlab build" <<<"$out" ||
	fail "boot.sh --check does not name the missing image: $out"

# The real build, but a guest kernel whose vmlinuz has gone from the cache:
# the build succeeds, the boot could not.
mkdir -p "$SCRATCH/cache"
sed "s|^VMLINUZ=.*|VMLINUZ='$SCRATCH/gone/vmlinuz'|" "$cache/guest-kernel.env" >"$SCRATCH/cache/guest-kernel.env"
out=$(VLAB_CACHE="$SCRATCH/cache" VLAB_ACCEL=tcg "$VLAB" run --sweep quick --out "$SCRATCH/run" 2>&1)
rc=$?
[ $rc -eq 1 ] || fail "run without a vmlinuz: exit $rc, expected 1 ($out)"
grep -qF "$SCRATCH/gone/vmlinuz is missing: run bench/vlab setup" <<<"$out" ||
	fail "run does not name the missing vmlinuz: $out"
[ ! -e "$SCRATCH/run" ] || fail "run that cannot boot created its run folder"
echo "PASS: a run that cannot boot stops before its run folder"
