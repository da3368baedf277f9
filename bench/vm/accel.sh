#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Print the accelerator the lab VM uses: "kvm" when KVM can really boot the
# guest kernel here (a /dev/kvm that exists but hangs in firmware does not
# count), else "tcg". The probe boots the guest kernel with no root and looks
# for its banner; the answer is cached per host, host kernel and QEMU version
# (the cache may be shared by the nodes of a cluster, and their KVM differs).
# VLAB_ACCEL=kvm|tcg overrides the probe.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../setup/common.sh"

case ${VLAB_ACCEL:-} in
kvm | tcg) echo "$VLAB_ACCEL"; exit 0 ;;
'') ;;
*) vlab_die "VLAB_ACCEL='$VLAB_ACCEL' is not one of: kvm, tcg" ;;
esac

# Whether KVM works is a property of the host: the lab kernel answers for
# both flavours (the debug one may not be built yet when setup asks).
VLAB_KERNEL=lab vlab_kernel_env
key=$( (cat /etc/machine-id 2>/dev/null || hostname; uname -r; qemu-system-x86_64 --version | head -n 1
	echo "$KREL") | sha256sum | cut -c1-16)
cache="$VLAB_CACHE/accel-$key"
if [ -f "$cache" ]; then
	cat "$cache"
	exit 0
fi

accel=tcg
if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
	log=$(mktemp)
	# A working KVM prints the banner in well under a second; the kernel then
	# panics for want of a root and -no-reboot ends QEMU.
	timeout -k 2 20 qemu-system-x86_64 -accel kvm -cpu host -m 256 -nodefaults \
		-display none -no-reboot -serial "file:$log" -kernel "$VMLINUZ" \
		-append "console=ttyS0 panic=-1" >/dev/null 2>&1 || true
	grep -q 'Linux version' "$log" && accel=kvm
	rm -f "$log"
fi
echo "$accel" | vlab_atomic_write "$cache"
vlab_log "accelerator probe: $accel (cached in $cache)"
echo "$accel"
