#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Build the patched vduse.ko out of tree: copy the upstream VDUSE sources from
# the guest kernel cache, apply patches/series in order, run Kbuild.
#
# usage: kernel/build-module.sh OUTDIR [KDIR]
#   OUTDIR gets vduse.ko, vduse.version and the patched tree (tree/).
#   KDIR defaults to the guest kernel's tree: the lab VM's headers, or the
#   debug kernel's build tree when VLAB_KERNEL=debug (bench/setup/common.sh);
#   pass /lib/modules/$(uname -r)/build to build for the running kernel
#   (host mode).
#   VLAB_SERIES_LIMIT=N applies only the first N patches (bisection checks).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../bench/setup/common.sh"

[ $# -ge 1 ] && [ $# -le 2 ] || vlab_die "usage: kernel/build-module.sh OUTDIR [KDIR]"
out=$1
vlab_kernel_env
kdir=${2:-$KDIR}
[ -f "$kdir/Makefile" ] || vlab_die "KDIR '$kdir' has no Makefile: not a kernel build tree"

series="$here/patches/series"
# The revision covers everything that shapes the module's code.
mapfile -t patches < <(grep -v -e '^#' -e '^[[:space:]]*$' "$series")
limit=${VLAB_SERIES_LIMIT:-${#patches[@]}}
[[ $limit =~ ^[0-9]+$ ]] && [ "$limit" -le ${#patches[@]} ] ||
	vlab_die "VLAB_SERIES_LIMIT='$limit' is not a number from 0 to ${#patches[@]}"
patches=("${patches[@]:0:$limit}")
rev=$( (cat "$series" "$here/Kbuild"; for p in "${patches[@]}"; do cat "$here/patches/$p"; done) |
	sha256sum | cut -c1-12)
version="lab-$rev"

tree="$out/tree"
rm -rf "$tree"
mkdir -p "$tree/drivers/vdpa" "$tree/include/uapi/linux"
cp -r "$KSRC/drivers/vdpa/vdpa_user" "$tree/drivers/vdpa/"
cp "$KSRC/include/uapi/linux/vduse.h" "$tree/include/uapi/linux/"
for p in "${patches[@]}"; do
	[ -f "$here/patches/$p" ] || vlab_die "series names '$p', which is not in kernel/patches/"
	patch -d "$tree" -p1 --fuzz=0 --no-backup-if-mismatch --quiet <"$here/patches/$p" ||
		vlab_die "patch '$p' does not apply to the upstream sources of $KREL"
done
cp "$here/Kbuild" "$tree/drivers/vdpa/vdpa_user/Kbuild"

jobs=$(nproc)
make -s -C "$kdir" M="$tree/drivers/vdpa/vdpa_user" VDUSE_LAB_VERSION="$version" \
	-j"$jobs" modules >"$out/build.log" 2>&1 || {
	cat "$out/build.log" >&2
	vlab_die "module build failed (log: $out/build.log)"
}
ko="$tree/drivers/vdpa/vdpa_user/vduse.ko"
# Without pahole the build silently skips BTF, and the eBPF tools need it.
grep -q 'Skipping BTF generation' "$out/build.log" &&
	vlab_die "vduse.ko built without BTF (is pahole from 'dwarves' installed?)"
got=$(modinfo -F version "$ko")
[ "$got" = "$version" ] || vlab_die "built vduse.ko says version '$got', expected '$version'"
cp "$ko" "$out/vduse.ko.tmp" && mv -f "$out/vduse.ko.tmp" "$out/vduse.ko"
echo "$version" | vlab_atomic_write "$out/vduse.version"
vlab_log "built vduse.ko $version (${#patches[@]} patches) for $(basename "$kdir")"
