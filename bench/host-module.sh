#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Our vduse.ko for host mode (bench/host-run.sh): built by
# kernel/build-module.sh against the kernel headers KDIR into OUT, unless OUT
# holds one built from the same sources against the same headers, which is
# reused: Kbuild costs seconds on hardware but minutes under TCG, where the
# host-mode test (bench/tests/vm-host-mode.sh) builds it on the host first.
#
# usage: bench/host-module.sh KDIR OUT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/setup/common.sh"
[ $# -eq 2 ] || vlab_die "usage: bench/host-module.sh KDIR OUT"
kdir=$1 out=$2
[ -f "$kdir/Makefile" ] || vlab_die "KDIR '$kdir' has no Makefile: not a kernel build tree"

# What shapes the module: our sources (what kernel/CMakeLists.txt rebuilds
# vduse.ko on), the upstream VDUSE sources they patch (build-module.sh copies
# them from the pinned linux-source of guest-kernel.lock) and the headers'
# identity (release, config, symbol versions, the vmlinux its BTF is based on).
k=$VLAB_ROOT/kernel
id=$(for f in "$k/build-module.sh" "$k/Kbuild" "$k"/patches/* "$k/guest-kernel.lock" "$kdir/include/config/kernel.release" \
	"$kdir/.config" "$kdir/Module.symvers" "$kdir/vmlinux"; do
	[ ! -f "$f" ] || sha256sum "$f" | sed "s|  .*/|  |"
done | sha256sum | cut -d' ' -f1)
if [ -f "$out/vduse.ko" ] && [ "$(cat "$out/inputs.sha256" 2>/dev/null)" = "$id" ]; then
	vlab_log "reusing vduse.ko $(cat "$out/vduse.version") in $out (built from the same sources and headers)"
	exit 0
fi
rm -f "$out/inputs.sha256"
"$k/build-module.sh" "$out" "$kdir"
echo "$id" | vlab_atomic_write "$out/inputs.sha256"
