# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: bounce_strategy=umem with a backend that registers its own
# memory (vduse-blkd --umem, then --umem-hugepage) and with one that never
# does (qemu-storage-daemon). Registering is announced in dmesg, counted
# (umem_pages: the 16384 pages of the 64 MiB region) and shown in
# umem_bytes; fio write+verify (crc32c, 512 B..1 MiB, QD 1 then 64) passes
# through the backend's memory; stopping the backend deregisters it, with
# a message. A backend that never registers still completes every I/O
# through kernel pages, umem_bytes stays 0, and detaching says so.
begin
D=/sys/class/vduse/vduse0
vduse-blkd --help | grep -q -- --umem-hugepage || fail "this vduse-blkd has no --umem"

# with_blkd OPTION: the umem strategy with vduse-blkd registering.
with_blkd() {
	kmsg_mark "umem $1"
	VLAB_BLKD_ARGS=$1 VLAB_SIZE=64M backend_start blkd-ram vduse0 /tmp/blkd.log ||
		fail "vduse-blkd $1: $(tail -n 3 /tmp/blkd.log)"
	echo umem >$D/bounce_strategy || fail "cannot set umem"
	dev=$(vdpa_add vduse0) || fail "vdpa dev add ($1)"
	verify_io "$dev" "umem $1"
	log "umem, vduse-blkd $1:$(stats_line) umem_bytes=$(cat $D/umem_bytes)"
	[ "$(ctr umem_pages)" = 16384 ] || fail "$1: umem_pages $(ctr umem_pages), expected 16384"
	[ "$(cat $D/umem_bytes)" = 67108864 ] || fail "$1: umem_bytes $(cat $D/umem_bytes)"
	dmesg | grep -q "vduse0: backend registered 67108864 bytes of its memory as bounce pages (umem)" ||
		fail "$1: no message for the registration"
	vdpa_del vduse0 || fail "vdpa dev del ($1)"
	backend_stop
	dmesg | awk -v m="vlab-mark: umem $1" 'index($0, m) { on = 1; next } on' >/tmp/since
	grep -q "vduse0: backend deregistered its bounce memory" /tmp/since ||
		fail "$1: no message for the deregistration"
	grep -q "registered no memory" /tmp/since && fail "$1: said the backend registered nothing"
}
with_blkd --umem
echo 40 >/proc/sys/vm/nr_hugepages
[ "$(cat /proc/sys/vm/nr_hugepages)" -ge 32 ] || fail "cannot reserve 32 huge pages"
with_blkd --umem-hugepage
echo 0 >/proc/sys/vm/nr_hugepages

# qemu-storage-daemon never registers: kernel pages, and a message.
kmsg_mark "umem qsd"
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon"
echo umem >$D/bounce_strategy || fail "cannot set umem"
dev=$(vdpa_add vduse0) || fail "vdpa dev add (qsd)"
verify_io "$dev" "umem, unregistered"
log "umem, qemu-storage-daemon:$(stats_line) umem_bytes=$(cat $D/umem_bytes)"
[ "$(cat $D/umem_bytes)" = 0 ] && [ "$(ctr umem_pages)" = 0 ] || fail "user memory counted for qsd"
[ "$(ctr bounce_pages)" -gt 0 ] || fail "no kernel bounce page for a backend that never registered"
vdpa_del vduse0 || fail "vdpa dev del (qsd)"
dmesg | awk -v m="vlab-mark: umem qsd" 'index($0, m) { on = 1; next } on' |
	grep -q "vduse0: bounce_strategy=umem: the backend registered no memory (VDUSE_IOTLB_REG_UMEM) while the driver ran" ||
	fail "no message saying the backend never registered"
finish
