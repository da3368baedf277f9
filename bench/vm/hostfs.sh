# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash # sourced by bench/vm/boot.sh
# boot.sh --hostfs: the host's root filesystem, read-only, for the lab VM over
# virtiofs (tag vlab-host). The guest kernel has CONFIG_VIRTIO_FS=y and no
# 9p; virtiofsd is QEMU 7.2's own (package qemu-system-common). The lab VM
# is then a VDUSE-capable machine with the host's userland: the host-mode
# test (bench/tests/vm-host-mode.sh) runs `bench/vlab run --host` there.

VLAB_VIRTIOFSD=${VLAB_VIRTIOFSD:-/usr/lib/qemu/virtiofsd}
HOSTFS_TAG=vlab-host
hostfs_pid=''

# hostfs_check: dies naming what --hostfs lacks here.
hostfs_check() {
	[ -x "$VLAB_VIRTIOFSD" ] || vlab_die "--hostfs needs virtiofsd at $VLAB_VIRTIOFSD (package qemu-system-common; VLAB_VIRTIOFSD names another)"
	[ "$(id -u)" -eq 0 ] || vlab_die "--hostfs needs root (virtiofsd, a private read-only mount of /)"
}

# hostfs_args DIR MEM_MIB: the QEMU options of the share whose socket is
# DIR/hostfs.sock. vhost-user needs the guest's RAM in memory both
# processes map: a shared memfd backend of the VM's size.
hostfs_args() {
	printf '%s\n' -object "memory-backend-memfd,id=mem,size=${2}M,share=on" -numa node,memdev=mem \
		-chardev "socket,id=hostfs,path=$1/hostfs.sock" \
		-device "vhost-user-fs-pci,chardev=hostfs,tag=$HOSTFS_TAG"
}

# hostfs_start DIR LOG: start virtiofsd for one boot (it ends when QEMU
# disconnects) and wait for its socket. It serves a read-only bind of / alone,
# made in a mount namespace of its own: /proc, /sys and /dev are the guest's
# to mount, and nothing the guest does can write to the host (this virtiofsd
# has no read-only option of its own).
hostfs_start() {
	local dir=$1 i=0
	mkdir -p "$dir/hostfs.root"
	rm -f "$dir/hostfs.sock"
	# shellcheck disable=SC2016 # the inner shell's arguments
	unshare -m --propagation private sh -c 'mount --bind / "$1" && mount -o remount,bind,ro "$1" &&
		exec "$2" --socket-path="$3" -o source="$1" -o cache=always' \
		sh "$dir/hostfs.root" "$VLAB_VIRTIOFSD" "$dir/hostfs.sock" >"$2" 2>&1 &
	hostfs_pid=$!
	until [ -S "$dir/hostfs.sock" ]; do
		kill -0 "$hostfs_pid" 2>/dev/null && [ $i -lt 100 ] ||
			vlab_die "virtiofsd did not start (log: $2)"
		i=$((i + 1))
		sleep 0.1
	done
}

# hostfs_stop: virtiofsd gone (QEMU's exit normally ends it).
hostfs_stop() {
	[ -n "$hostfs_pid" ] || return 0
	kill "$hostfs_pid" 2>/dev/null || true
	wait "$hostfs_pid" 2>/dev/null || true
	hostfs_pid=''
}
