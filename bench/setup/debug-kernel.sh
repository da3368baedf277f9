#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Build the debug flavour of the lab kernel: the pinned linux-source-6.12
# (kernel/guest-kernel.lock, the .deb guest-kernel.sh verified) configured as
# x86_64 defconfig + kernel/debug.config (KASAN, lockdep, DEBUG_VM, debug
# objects), into $VLAB_CACHE/kernel-debug/<key>/, where the key hashes the
# lock, the fragment and this script. Writes <key>/env with the variables of
# guest-kernel.env, which vlab_kernel_env reads when VLAB_KERNEL=debug.
# Fast when that key is built; built in a temporary folder and renamed, so a
# killed build leaves nothing that looks complete.
# The build takes long (see kernel/README.md, "Debug kernel"); only
# `bench/vlab build --kernel debug` runs it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

FRAGMENT="$VLAB_ROOT/kernel/debug.config"
key=$(vlab_debug_kernel_key)
dest="$VLAB_CACHE/kernel-debug/$key"
if [ -f "$dest/env" ]; then
	vlab_log "debug kernel $key is built ($dest)"
	exit 0
fi

# The source .deb is the lab kernel's: guest-kernel.sh fetched it and
# checked it against the lock. Check again: the cache may have changed since.
"$here/guest-kernel.sh"
VLAB_KERNEL=lab vlab_kernel_env
srcdeb='' want=''
while read -r pkg ver sha; do
	[ "$pkg" = linux-source-6.12 ] || continue
	srcdeb=$(printf '%s\n' "$VLAB_CACHE/debs/${pkg}_${ver//:/%3a}_"*.deb | head -n 1)
	want=$sha
done < <(awk '$1 ~ /^linux-source-/' "$VLAB_ROOT/kernel/guest-kernel.lock")
[ "$KFALLBACK" = 0 ] || vlab_die "the pinned kernel left the mirror (guest-kernel.env: KFALLBACK=1): pin a new one before building the debug flavour"
[ -f "$srcdeb" ] || vlab_die "no linux-source-6.12 .deb of the locked version in $VLAB_CACHE/debs"
got=$(sha256sum "$srcdeb" | cut -d' ' -f1)
[ "$got" = "$want" ] || vlab_die "$srcdeb: sha256 $got does not match the lock ($want)"

mkdir -p "$VLAB_CACHE/kernel-debug"
tmp=$(mktemp -d "$VLAB_CACHE/kernel-debug/.build.$key.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tree="$tmp/build"
mkdir -p "$tree"
vlab_log "extracting $(basename "$srcdeb")"
dpkg-deb --fsys-tarfile "$srcdeb" | tar -xO ./usr/src/linux-source-6.12.tar.xz |
	tar -xJ -C "$tree" --strip-components=1

vlab_log "configuring: x86_64 defconfig + kernel/debug.config"
make -s -C "$tree" ARCH=x86_64 defconfig >"$tmp/config.log" 2>&1
(cd "$tree" && ARCH=x86_64 scripts/kconfig/merge_config.sh -m .config "$FRAGMENT") >>"$tmp/config.log" 2>&1
make -s -C "$tree" ARCH=x86_64 olddefconfig >>"$tmp/config.log" 2>&1
# Kconfig drops what it cannot satisfy without a word: every line of the
# fragment must be in the result as written.
missing=$(grep -E '^(CONFIG_|# CONFIG_.* is not set)' "$FRAGMENT" | grep -vxF -f "$tree/.config" || true)
[ -z "$missing" ] || {
	trap - EXIT
	vlab_die "Kconfig did not keep these lines of kernel/debug.config:
$missing
(see $tree/.config; fix the fragment)"
}

jobs=$(nproc)
start=$(date +%s)
vlab_log "building bzImage and modules with -j$jobs (tens of minutes; log: $tmp/build.log)"
make -C "$tree" ARCH=x86_64 -j"$jobs" bzImage modules >"$tmp/build.log" 2>&1 || {
	tail -n 40 "$tmp/build.log" >&2
	trap - EXIT
	vlab_die "debug kernel build failed (tree and log kept in $tmp)"
}
make -s -C "$tree" ARCH=x86_64 INSTALL_MOD_PATH="$tmp/root" INSTALL_MOD_STRIP=1 \
	modules_install >>"$tmp/build.log" 2>&1
build_s=$(($(date +%s) - start))
krel=$(make -s -C "$tree" ARCH=x86_64 kernelrelease)
cp "$tree/arch/x86/boot/bzImage" "$tmp/vmlinuz-$krel"
# Object files are only needed to build them again: out-of-tree modules
# need the configured tree, its headers, Module.symvers and scripts.
find "$tree" -name '*.o' ! -path '*/scripts/*' ! -path '*/tools/*' -delete

{
	echo "# Written by bench/setup/debug-kernel.sh; do not edit."
	echo "KFLAVOUR=debug"
	echo "KEY=$key"
	echo "KREL=$krel"
	echo "KPKGVER='$KPKGVER'"
	echo "KFALLBACK=0"
	echo "KROOT='$dest/root'"
	echo "KDIR='$dest/build'"
	echo "KSRC='$dest/build'"
	echo "VMLINUZ='$dest/vmlinuz-$krel'"
	echo "KMODDIR='$dest/root/lib/modules/$krel'"
	echo "KPACKAGES='linux-source-6.12 $KPKGVER $got;'"
	echo "KBUILD_SECONDS=$build_s"
} >"$tmp/env"
# The tree's absolute path is baked into its Makefiles only as $(srctree)
# relative paths, so the rename keeps it usable for out-of-tree builds.
mv "$tmp" "$dest"
trap - EXIT
vlab_log "debug kernel $krel built in ${build_s}s ($dest)"
