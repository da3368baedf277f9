#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a build folder configured by plain `cmake -S . -B DIR`, as a
# CMake user would, defines vduse.ko and the lab VM images from the same
# guest-kernel cache bench/setup/common.sh uses (VLAB_CACHE, else
# ${XDG_CACHE_HOME:-~/.cache}/vduse-lab); one configured before setup has
# fetched the guest kernel defines them at the next build once it has.
. "$(dirname "$0")/lib.sh"
kenv="${VLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vduse-lab}/guest-kernel.env"
[ -f "$kenv" ] || skip "no guest kernel in $kenv (bench/vlab setup)"
root=$(cd "$BENCH/.." && pwd)
scratch_dir

# targets DIR: the build targets DIR's generated build system offers.
targets() { cmake --build "$1" --target help 2>/dev/null; }
# expect_kernel_targets DIR: the module and the images are defined.
expect_kernel_targets() {
	local t
	t=$(targets "$1")
	grep -qw lab_vm_images <<<"$t" || fail "$1: no lab_vm_images target (VM images never built)"
	grep -qw vduse_module <<<"$t" || fail "$1: no vduse_module target"
}

# A new user: no VLAB_CACHE, no XDG_CACHE_HOME, the kernel in ~/.cache.
mkdir -p "$SCRATCH/home/.cache/vduse-lab"
cp "$kenv" "$SCRATCH/home/.cache/vduse-lab/"
env -u VLAB_CACHE -u XDG_CACHE_HOME HOME="$SCRATCH/home" \
	cmake -S "$root" -B "$SCRATCH/plain" >"$SCRATCH/plain.log" 2>&1 ||
	fail "plain cmake failed: $(tail -n 20 "$SCRATCH/plain.log")"
grep -qxF "VLAB_CACHE_DIR:PATH=$SCRATCH/home/.cache/vduse-lab" "$SCRATCH/plain/CMakeCache.txt" ||
	fail "plain cmake chose another cache: $(grep VLAB_CACHE_DIR "$SCRATCH/plain/CMakeCache.txt")"
expect_kernel_targets "$SCRATCH/plain"

# Configured before setup: nothing that needs the guest kernel yet, and a
# warning that says to run setup; setup writing the kernel's env into the
# cache makes the next build configure again and define it.
mkdir -p "$SCRATCH/cache"
VLAB_CACHE="$SCRATCH/cache" cmake -S "$root" -B "$SCRATCH/early" >"$SCRATCH/early.log" 2>&1 ||
	fail "cmake without a guest kernel failed: $(tail -n 20 "$SCRATCH/early.log")"
grep -q 'run bench/vlab setup' "$SCRATCH/early.log" || fail "no warning to run setup: $(cat "$SCRATCH/early.log")"
! targets "$SCRATCH/early" | grep -qw lab_vm_images || fail "lab_vm_images defined without a guest kernel"
sleep 1 # the cache folder's time must move past the configure's
cp "$kenv" "$SCRATCH/cache/"
cmake --build "$SCRATCH/early" --target cmake_check_build_system >"$SCRATCH/recheck.log" 2>&1 ||
	fail "the build system check failed: $(tail -n 20 "$SCRATCH/recheck.log")"
expect_kernel_targets "$SCRATCH/early"
echo "PASS: plain cmake defines the module and the lab VM images"
