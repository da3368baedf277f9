#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Build the lab VM's initramfs: static busybox, our /init, and the stock
# guest-kernel modules the lab needs (decompressed: busybox insmod cannot
# read .ko.xz). The stock vduse.ko stays available beside ours so that a
# run can compare both in the same boot.
#
# usage: bench/vm/mkinitramfs.sh OUT.cpio.gz
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../setup/common.sh"
[ $# -eq 1 ] || vlab_die "usage: bench/vm/mkinitramfs.sh OUT.cpio.gz"
out=$1
vlab_kernel_env

# Module name -> path below the image's kernel/ tree. null_blk (it needs
# configfs) and ublk_drv (it needs nothing: modinfo's depends is empty) are
# loaded by bench/guest/lib.sh for the nullb and ublk-T backends; vhost_vdpa
# (after irqbypass and vhost; vhost_iotlb and vdpa are loaded at boot) by
# backends/tests/guest-iotlb.sh, which drives a VDUSE device from userspace.
MODULES=(
	vhost_iotlb:drivers/vhost/vhost_iotlb.ko.xz
	vdpa:drivers/vdpa/vdpa.ko.xz
	virtio_vdpa:drivers/virtio/virtio_vdpa.ko.xz
	virtio_blk:drivers/block/virtio_blk.ko.xz
	configfs:fs/configfs/configfs.ko.xz
	null_blk:drivers/block/null_blk/null_blk.ko.xz
	ublk_drv:drivers/block/ublk_drv.ko.xz
	irqbypass:virt/lib/irqbypass.ko.xz
	vhost:drivers/vhost/vhost.ko.xz
	vhost_vdpa:drivers/vhost/vhost_vdpa.ko.xz
	stock/vduse:drivers/vdpa/vdpa_user/vduse.ko.xz
)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage"/{bin,sbin,etc,proc,sys,dev,tmp,run,root,lib/vlab-modules/stock}
cp /bin/busybox "$stage/bin/busybox"
file -b /bin/busybox 2>/dev/null | grep -q 'dynamically' && vlab_die "/bin/busybox is not static (install busybox-static)"
install -m 0755 "$here/init" "$stage/init"
for m in "${MODULES[@]}"; do
	name=${m%%:*} path=${m#*:}
	# The debug kernel (VLAB_KERNEL=debug) installs modules uncompressed
	# and may build some of these in; /init and lib.sh cope with either.
	path=${path%.xz}
	if [ -f "$KMODDIR/kernel/$path.xz" ]; then
		xz -dc "$KMODDIR/kernel/$path.xz" >"$stage/lib/vlab-modules/$name.ko"
	elif [ -f "$KMODDIR/kernel/$path" ]; then
		cp "$KMODDIR/kernel/$path" "$stage/lib/vlab-modules/$name.ko"
	elif grep -qxF "kernel/$path" "$KMODDIR/modules.builtin"; then
		continue
	else
		vlab_die "guest kernel $KREL lacks $path (neither a module nor built in)"
	fi
done
echo "root:x:0:0:root:/root:/bin/sh" >"$stage/etc/passwd"
echo "root:x:0:" >"$stage/etc/group"

(cd "$stage" && find . -print0 | cpio --null -o -H newc --quiet) | gzip -1 >"$out.tmp"
mv -f "$out.tmp" "$out"
vlab_log "initramfs $(du -h "$out" | cut -f1) for $KREL"
