# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: bounce_strategy=direct is refused unless asked for, and when
# asked for moves data without a copy. Without allow_unsafe_direct=1:
# writing direct gets EPERM and a message naming the parameter, and a
# module default of direct fails the load with one. With it: the device
# attaches, the kernel is tainted with TAINT_USER (bit 6 of
# /proc/sys/kernel/tainted), the device's unsafe file says 1 (0 before
# attach), fio write+verify (crc32c, 512 B..1 MiB, QD 1 then 64) passes
# with work kicks and coalesced injections, and 0 bytes are bounced and 0
# bounce pages allocated. A second device without direct says unsafe 0.
begin
D=/sys/class/vduse/vduse0
P=/sys/module/vduse/parameters
[ "$(cat $P/allow_unsafe_direct)" = N ] || fail "allow_unsafe_direct is not off by default"
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon"
err=$( (echo direct >$D/bounce_strategy) 2>&1) && fail "direct accepted without allow_unsafe_direct"
case $err in *"not permitted"*) ;; *) fail "writing direct said '$err', expected EPERM" ;; esac
dmesg | grep -q "vduse0: bounce_strategy: 'direct' exposes guest memory to the backend: load vduse with allow_unsafe_direct=1" ||
	fail "no message naming allow_unsafe_direct"
[ "$(cat $D/bounce_strategy)" = lazy ] || fail "bounce_strategy changed by a refused write"
[ "$(cat $D/unsafe)" = 0 ] || fail "unsafe is not 0 on a fresh device"
backend_stop

vduse_unload || fail "rmmod"
insmod /job/lab/vduse.ko bounce_strategy=direct 2>/dev/null && fail "loaded with bounce_strategy=direct alone"
dmesg | grep -q "vduse: bounce_strategy=direct exposes guest memory to the backend: add allow_unsafe_direct=1" ||
	fail "no message naming allow_unsafe_direct at load"
tainted=$(cat /proc/sys/kernel/tainted)
[ $((tainted & 64)) = 0 ] || fail "kernel tainted U before direct was used"
vduse_load ours allow_unsafe_direct=1 stats=1 || fail "cannot load with allow_unsafe_direct=1 stats=1"
[ "$(cat $P/allow_unsafe_direct)" = Y ] || fail "allow_unsafe_direct not set"

VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon (direct)"
for kv in bounce_strategy=direct kick_mode=work inject_mode=coalesce; do
	echo "${kv#*=}" >"$D/${kv%=*}" || fail "cannot set $kv"
done
[ "$(cat $D/unsafe)" = 0 ] || fail "unsafe before attach"
dev=$(vdpa_add vduse0) || fail "vdpa dev add (direct)"
[ "$(cat $D/unsafe)" = 1 ] || fail "unsafe is not 1 after attaching with direct"
[ $(($(cat /proc/sys/kernel/tainted) & 64)) = 64 ] || fail "kernel not tainted U by direct"
dmesg | grep -q "vduse0: bounce_strategy=direct: no bounce copy, the backend sees guest memory; kernel tainted (U)" ||
	fail "no message about the taint"
verify_io "$dev" direct
log "direct:$(stats_line)"
[ "$(ctr bounce_bytes_to_dev)" = 0 ] && [ "$(ctr bounce_bytes_from_dev)" = 0 ] ||
	fail "direct bounced $(ctr bounce_bytes_to_dev) + $(ctr bounce_bytes_from_dev) bytes"
[ "$(ctr bounce_pages)" = 0 ] && [ "$(ctr bounce_copies)" = 0 ] || fail "direct allocated or copied"
[ "$(ctr maps)" -gt 0 ] && [ "$(ctr mmap_faults)" -gt 0 ] || fail "direct: no maps or no backend faults"
[ "$(ctr map_failures)" = 0 ] || fail "direct: failed maps with a 64 MiB region"
vdpa_del vduse0 || fail "vdpa dev del (direct)"
[ "$(cat $D/unsafe)" = 1 ] || fail "unsafe went back to 0 after detach"
backend_stop

VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon (lazy)"
dev=$(vdpa_add vduse0) || fail "vdpa dev add (lazy)"
[ "$(cat $D/unsafe)" = 0 ] || fail "unsafe is 1 on a device without direct"
finish
