# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: the bounce_size sizing warning. At DRIVER_OK a virtio-blk
# device whose queues x ring entries x largest segment cannot be mapped at
# once gets a warning with a suggested bounce_size. With qemu-storage-daemon
# (256-entry rings, seg_max 254) and a 1 MiB region: one queue fits (1 MiB
# needed), no warning; two queues need 2 MiB: a warning and a suggested
# 2097152, and I/O still completes (write+verify at QD 1 and 64), failed
# maps, if any, counted in map_failures. At the suggested size, no warning.
begin
D=/sys/class/vduse/vduse0
# attach QUEUES SIZE: a RAM export with that many queues and bounce_size.
attach() {
	kmsg_mark "sizing $1 $2"
	VLAB_QUEUES=$1 VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon"
	echo "$2" >$D/bounce_size || fail "bounce_size $2"
	dev=$(vdpa_add vduse0) || fail "vdpa dev add ($1 queues, $2)"
}
since() { dmesg | awk -v m="vlab-mark: sizing $1" 'index($0, m) { on = 1; next } on'; }
detach() { vdpa_del vduse0 || fail "vdpa dev del"; backend_stop; }

attach 1 1048576
since "1 1048576" | grep -q "cannot map" && fail "warned with one queue at 1 MiB"
detach
attach 2 1048576
since "2 1048576" | grep -q "vduse0: bounce_size 1048576 cannot map 2 queues' rings of largest segments at once (512 entries x 4096 bytes = 2097152 bytes)" ||
	fail "no warning with two queues at 1 MiB"
since "2 1048576" | grep -q "vduse0: suggested bounce_size: 2097152" || fail "no suggested size (2097152)"
verify_io "$dev" "two queues at 1 MiB" 4M
log "two queues at 1 MiB:$(stats_line)"
detach
attach 2 2097152
since "2 2097152" | grep -q "cannot map" && fail "warned at the suggested size"
detach
finish
