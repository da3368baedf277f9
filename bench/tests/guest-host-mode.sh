#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect
# Description: the lab VM side of vm-host-mode.sh. Makes the guest a
# VDUSE-capable host with the host's own userland: the host's root filesystem
# (boot.sh --hostfs: virtiofs, read-only) under an overlay whose writes stay
# in the guest's RAM, the guest's /proc, /sys and /dev bound in, and
# /lib/modules/<guest kernel> a module tree with its headers as `build`. Runs
# the host's bash SCRIPT there (a path on the host), then ships the folder
# OUT (a path in that root) as record "run", and exits with SCRIPT's status.
#
# usage: sh guest-host-mode.sh MODTREE SCRIPT OUT
#   MODTREE: the guest kernel's module tree, depmod'ed, `build` its headers
#   (a path on the host; the test makes it)
# shellcheck source=bench/guest/lib.sh
. /job/guest/lib.sh
[ $# -eq 3 ] || { log "usage: guest-host-mode.sh MODTREE SCRIPT OUT"; exit 2; }
modtree=$1 script=$2 out=$3
R=/mnt/host
set -e
mkdir -p /mnt/lower /mnt/rw "$R"
mount -t virtiofs -o ro vlab-host /mnt/lower
# overlay is a module of the guest kernel (busybox insmod reads no .ko.xz);
# the tree's kernel/ may be a link, absolute in the host's root
kmods=$modtree/kernel
[ ! -L "/mnt/lower$kmods" ] || kmods=$(readlink "/mnt/lower$kmods")
[ -d /sys/module/overlay ] || {
	xz -dc "/mnt/lower$kmods/fs/overlayfs/overlay.ko.xz" >/tmp/overlay.ko
	insmod /tmp/overlay.ko
}
mount -t tmpfs -o size=1200m tmpfs /mnt/rw
mkdir /mnt/rw/upper /mnt/rw/work
mount -t overlay -o lowerdir=/mnt/lower,upperdir=/mnt/rw/upper,workdir=/mnt/rw/work overlay "$R"
# devtmpfs has no /dev/fd, and bash's <(...) needs it
[ -e /dev/fd ] || ln -s /proc/self/fd /dev/fd
for d in proc sys dev; do mount -o rbind "/$d" "$R/$d"; done
mkdir -p "$R/lib/modules"
ln -sfn "$modtree" "$R/lib/modules/$(uname -r)"
set +e
log "running $script as this machine's host ($(uname -r))"
chroot "$R" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	HOME=/root LANG=C.UTF-8 /bin/bash "$script"
rc=$?
log "$script exited with $rc"
if [ -d "$R$out" ]; then
	ship run "$R$out" || { log "cannot ship $out"; exit 1; }
fi
exit $rc
