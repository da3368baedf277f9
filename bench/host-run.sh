#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Host mode of `bench/vlab run --host`: run a job's agent on the running
# kernel instead of the lab VM, with the same job layout, control log and
# output records as bench/vm/boot.sh --live, so the caller cannot tell the
# difference. Our module is built against the running kernel's headers
# (bench/host-module.sh); the stock one is the kernel's own vduse.ko.
# bench/host-check.sh must pass first.
#
# usage: bench/host-run.sh --job DIR --out DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/setup/common.sh"
job='' out=''
while [ $# -gt 0 ]; do
	case $1 in
	--job) job=${2:?}; shift 2 ;;
	--out) out=${2:?}; shift 2 ;;
	*) vlab_die "host-run.sh: unknown option '$1'" ;;
	esac
done
[ -x "$job/run" ] && [ -n "$out" ] || vlab_die "usage: host-run.sh --job DIR --out DIR"
rel=$(uname -r)
kout="$VLAB_BUILD/host-kernel/$rel"
"$here/host-module.sh" "/lib/modules/$rel/build" "$kout"

mkdir -p "$out" "$job/lab" "$job/guest" "$job/modules/stock"
cp "$kout/vduse.ko" "$kout/vduse.version" "$job/lab/"
cp "$VLAB_ROOT"/bench/guest/*.sh "$job/guest/"
# vduse-blkd and the eBPF tools, on the PATH as /job/bin is in the lab VM
[ -d "$VLAB_BUILD/guest-bin" ] && cp -r "$VLAB_BUILD/guest-bin" "$job/bin"
stock=$(modinfo -n vduse)
case $stock in
*.xz) xz -dc "$stock" ;; *.zst) zstd -dc "$stock" ;; *.gz) gzip -dc "$stock" ;; *) cat "$stock" ;;
esac >"$job/modules/stock/vduse.ko"
for m in vhost_iotlb vdpa virtio_vdpa virtio_blk; do modprobe "$m"; done
[ -d /sys/module/vduse ] && rmmod vduse

: >"$out/ctl.log"
rm -f "$out/out.img" && truncate -s 4G "$out/out.img"
set +e
(cd /tmp && PATH="$job/bin:$PATH" VLAB_JOB="$job" VLAB_MODULES="$job/modules" VLAB_CTL="$out/ctl.log" \
	VLAB_OUT="$out/out.img" sh "$job/guest/agent.sh") >"$out/console.log" 2>&1
rc=$?
set -e
echo "EXIT $rc" >>"$out/ctl.log"
exit $rc
