# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: bounce pages carry no stale kernel data to the backend,
# with bounce_strategy lazy (upstream) and hugepage (2 MiB pages, mapped
# by PFN, read through the driver's vm_ops->access). Free memory is first
# filled with a probe string (a tmpfs file, then deleted); for each
# strategy the device gets the smallest region (1 MiB) and 512-byte
# O_DIRECT writes of our own marker; then the backend's own mapping of
# the whole bounce region is read through /proc/<qemu-storage-daemon>/mem.
# It must contain our marker (the read works) and not one probe string.
# (umem is not covered: there the region is the backend's own memory.)
# The guest kernel zeroes every page it allocates by default
# (CONFIG_INIT_ON_ALLOC_DEFAULT_ON), which would hide a leak: turn it off.
# Kernel-cmdline: init_on_alloc=0
grep -qw init_on_alloc=0 /proc/cmdline || fail "booted without init_on_alloc=0: the test would be blind"
begin
# check_strategy STRATEGY: the poison, the writes and the backend's view.
check_strategy() {
	local i line range start end own leak
	VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon ($1)"
	echo 1048576 >/sys/class/vduse/vduse0/bounce_size || fail "cannot set bounce_size"
	echo "$1" >/sys/class/vduse/vduse0/bounce_strategy || fail "cannot set bounce_strategy $1"
	dev=$(vdpa_add vduse0) || fail "vdpa dev add ($1)"
	yes VDUSE-OWN-DATA | head -c 4096 >/tmp/own
	i=0
	while [ $i -lt 64 ]; do
		dd if=/tmp/own of="$dev" bs=512 count=1 seek=$((i * 16)) oflag=direct conv=notrunc 2>/dev/null ||
			fail "512-byte O_DIRECT write $i ($1)"
		i=$((i + 1))
	done
	log "$1, after the writes:$(stats_line)"
	# The backend's mapping of the bounce region: file offset 0 of the domain.
	line=$(grep '\[vduse-domain\]' "/proc/$BACKEND_PID/maps" | awk '$3 == "00000000"' | head -n 1)
	[ -n "$line" ] || fail "qemu-storage-daemon has no mapping of the bounce region ($1)"
	range=${line%% *}
	start=$((0x${range%-*})) end=$((0x${range#*-}))
	[ $((end - start)) -ge 1048576 ] || fail "bounce mapping is $((end - start)) bytes, under 1 MiB ($1)"
	rm -f /tmp/dump
	dd if="/proc/$BACKEND_PID/mem" of=/tmp/dump bs=4096 skip=$((start / 4096)) count=256 \
		conv=noerror,sync 2>/dev/null
	own=$(grep -c VDUSE-OWN-DATA /tmp/dump)
	leak=$(grep -c VDUSE-LEAK-PROBE /tmp/dump)
	log "$1: bounce region as the backend sees it: $own lines of our data, $leak probe lines"
	[ "$own" -gt 0 ] || fail "our own data is not visible in the backend's mapping: the check is blind ($1)"
	[ "$leak" = 0 ] || fail "$leak lines of stale kernel memory visible to the backend ($1)"
	vdpa_del vduse0 || fail "vdpa dev del ($1)"
	backend_stop
}
# Poison, once for both: pages freed with the probe string in them go
# back to the allocator, which hands them out again for the bounce pages,
# 4 KiB ones and 2 MiB ones (the freed pages merge into such blocks).
yes VDUSE-LEAK-PROBE | head -c 402653184 >/tmp/poison || fail "cannot write the poison file"
rm -f /tmp/poison
check_strategy lazy
check_strategy hugepage
finish
