# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: bounce_strategy=hugepage in 2 MiB units, its copies and its
# failure. A region that is not a multiple of 2 MiB (1 MiB) takes one huge
# page (512 bounce pages); the backend's 1 MiB mapping cannot have a PMD
# and gets all its PTEs on its first fault. Data in huge pages (physically
# contiguous originals) takes one copy per mapping, far fewer than with
# lazy 4 KiB bounce pages (seen: 304 vs 4145 for 8 MiB of 1 MiB writes).
# A region that cannot have its huge pages (1 GiB, more than half of the
# VM's RAM) is refused at vdpa dev add with ENOMEM and a message saying
# how many it got, at once, and the device can then attach with a smaller
# bounce_size and move data.
begin
D=/sys/class/vduse/vduse0

# 1 MiB: one huge page, one fault.
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon"
echo 1048576 >$D/bounce_size && echo hugepage >$D/bounce_strategy || fail "cannot set hugepage at 1 MiB"
dev=$(vdpa_add vduse0) || fail "vdpa dev add (1 MiB)"
[ "$(ctr bounce_huge_pages)" = 1 ] && [ "$(ctr bounce_pages)" = 512 ] ||
	fail "1 MiB: $(ctr bounce_huge_pages) huge pages, $(ctr bounce_pages) pages; expected 1 and 512"
verify_io "$dev" "hugepage at 1 MiB" 4M
log "hugepage at 1 MiB:$(stats_line)"
[ "$(ctr mmap_pmd_maps)" = 0 ] || fail "a PMD for a 1 MiB mapping"
[ "$(ctr mmap_faults)" -ge 1 ] && [ "$(ctr mmap_faults)" -le 2 ] ||
	fail "1 MiB: $(ctr mmap_faults) backend faults, expected the first to map the whole huge page"
vdpa_del vduse0 || fail "vdpa dev del"
backend_stop

# Copies: 8 MiB of 1 MiB writes from huge pages, lazy vs hugepage.
mkdir -p /mnt/huge
echo 8 >/proc/sys/vm/nr_hugepages
mount -t hugetlbfs none /mnt/huge && [ "$(cat /proc/sys/vm/nr_hugepages)" -ge 4 ] ||
	fail "no huge pages for fio's buffers"
lazy=$(copies_with bounce_strategy=lazy)
huge=$(copies_with bounce_strategy=hugepage)
[ "$huge" -gt 0 ] && [ $((huge * 8)) -lt "$lazy" ] ||
	fail "hugepage made $huge copies where lazy made $lazy"
umount /mnt/huge
echo 0 >/proc/sys/vm/nr_hugepages

# Failure: refused at once, clearly, and the device stays usable.
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon (1 GiB)"
echo 1073741824 >$D/bounce_size && echo hugepage >$D/bounce_strategy || fail "cannot set hugepage at 1 GiB"
t0=$(date +%s)
err=$(vdpa dev add name vduse0 mgmtdev vduse 2>&1) && fail "attached with 1 GiB of huge pages on a 2 GiB VM"
[ $(($(date +%s) - t0)) -le 10 ] || fail "the refusal took $(($(date +%s) - t0)) s"
case $err in *"Cannot allocate memory"*) ;; *) fail "vdpa dev add said '$err', expected ENOMEM" ;; esac
dmesg | grep -q "vduse0: bounce_strategy=hugepage: got [0-9]* of the 512 2 MiB pages bounce_size 1073741824 needs" ||
	fail "no message saying how many huge pages were had"
[ "$(ctr bounce_huge_pages)" = 0 ] || fail "huge pages counted for a refused attach"
echo 67108864 >$D/bounce_size || fail "bounce_size not writable after a refused attach"
dev=$(vdpa_add vduse0) || fail "vdpa dev add after lowering bounce_size"
[ "$(ctr bounce_huge_pages)" = 32 ] || fail "$(ctr bounce_huge_pages) huge pages after lowering bounce_size"
verify_io "$dev" "hugepage after a refusal" 4M
finish
