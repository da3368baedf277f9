# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: the kernel-page bounce strategies move data correctly under
# a covering set of copy engines and kick/inject modes, and their counters
# move as each implies. On a qemu-storage-daemon RAM export, each setting
# gets fio write+verify (crc32c, 512 B..1 MiB, QD 1 then 64): no error,
# no mismatch, no failed map. lazy allocates pages as slots are first used
# (fewer than the region); prealloc allocates every page at attach and
# none during I/O; hugepage allocates the region in 2 MiB pages at attach,
# none during I/O, serves the backend's mapping with PMDs only, and makes
# one copy per mapping at most. direct and
# umem have tests of their own (direct.sh, umem.sh).
begin
PAGES=16384 # 64 MiB region in 4 KiB pages

detach() {
	[ "$(ctr map_failures)" = 0 ] || fail "failed maps with a 64 MiB region ($1)"
	[ "$(ctr maps)" = "$(ctr unmaps)" ] || fail "maps != unmaps once idle ($1)"
	vdpa_del vduse0 || fail "vdpa dev del ($1)"
	backend_stop
}

set1="bounce_strategy=lazy copy_engine=runs kick_mode=coalesce inject_mode=direct"
attach_with "$set1"
# shellcheck disable=SC2154 # dev: set by klib.sh's device helpers, pasted before this file
verify_io "$dev" "$set1"
log "$set1:$(stats_line)"
[ "$(ctr bounce_pages)" -gt 0 ] && [ "$(ctr bounce_pages)" -lt $PAGES ] ||
	fail "lazy: $(ctr bounce_pages) bounce pages, expected some but not all $PAGES"
[ "$(ctr bounce_huge_pages)" = 0 ] || fail "lazy allocated huge pages"
[ "$(ctr mmap_pmd_maps)" = 0 ] || fail "lazy mapped PMDs"
detach "$set1"

set2="bounce_strategy=prealloc copy_engine=nocache copy_nocache_threshold=0 kick_mode=work inject_mode=coalesce"
attach_with "$set2"
[ "$(ctr bounce_pages)" = $PAGES ] || fail "prealloc: $(ctr bounce_pages) pages at attach, expected $PAGES"
verify_io "$dev" "$set2"
log "$set2:$(stats_line)"
[ "$(ctr bounce_pages)" = $PAGES ] || fail "prealloc: bounce pages went to $(ctr bounce_pages) during I/O"
[ "$(ctr kicks_deferred)" = "$(ctr kicks)" ] || fail "kick_mode=work deferred $(ctr kicks_deferred) of $(ctr kicks)"
detach "$set2"

# hugepage, twice: with the upstream modes, and with the other engines.
for set in "bounce_strategy=hugepage copy_engine=page irq_affinity_policy=sticky" \
	"bounce_strategy=hugepage copy_engine=nocache iova_alloc=plain kick_mode=coalesce inject_mode=coalesce"; do
	attach_with "$set"
	[ "$(ctr bounce_huge_pages)" = 32 ] || fail "hugepage: $(ctr bounce_huge_pages) huge pages at attach, expected 32"
	[ "$(ctr bounce_pages)" = $PAGES ] || fail "hugepage: $(ctr bounce_pages) pages at attach, expected $PAGES"
	verify_io "$dev" "$set"
	log "$set:$(stats_line)"
	[ "$(ctr bounce_huge_pages)" = 32 ] && [ "$(ctr bounce_pages)" = $PAGES ] ||
		fail "hugepage: pages allocated during I/O"
	[ "$(ctr mmap_pmd_maps)" -gt 0 ] && [ "$(ctr mmap_pmd_maps)" = "$(ctr mmap_faults)" ] ||
		fail "hugepage: $(ctr mmap_pmd_maps) of $(ctr mmap_faults) backend faults mapped with a PMD"
	# One copy per mapping at most, whatever its size (hugepage.sh shows
	# mappings of more than 4 KiB taking one copy).
	[ "$(ctr bounce_copies)" -le "$(ctr maps)" ] ||
		fail "hugepage: $(ctr bounce_copies) copies for $(ctr maps) mappings"
	detach "$set"
done
finish
