# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Helpers for the guest side of the kernel/ vm tests (busybox sh), pasted
# into each job by kernel/tests/vm-run.sh after bench/guest/lib.sh.

STATS=/sys/class/vduse/vduse0/stats
STAT_NAMES="maps unmaps bounce_bytes_to_dev bounce_bytes_from_dev bounce_pages bounce_copies bounce_huge_pages mmap_faults mmap_pmd_maps umem_pages map_failures map_oversized kicks kicks_deferred kicks_coalesced injects inject_batches injects_coalesced callbacks"

fail() {
	log "FAIL $KTEST: $*"
	exit 1
}

# ctr NAME: one counter of vduse0.
ctr() { cat "$STATS/$1"; }

# stats_line: every counter as name=value, for the log.
stats_line() {
	local n l=
	for n in $STAT_NAMES; do
		l="$l $n=$(ctr "$n")"
	done
	echo "$l"
}

# fio_ok JSON: fio's JSON output reports no error in any job.
fio_ok() {
	grep -q '"error" : 0' "$1" && ! grep -q '"error" : [1-9]' "$1"
}

# verify_io DEV LABEL [SIZE]: fio write + verify (crc32c) of mixed block
# sizes 512 B..1 MiB on DEV, first at QD 1, then at QD 64 (SIZE each,
# default 8M): no fio error, no verify mismatch (verify_fatal).
verify_io() {
	fio --filename="$1" --direct=1 --ioengine=io_uring --rw=randwrite \
		--bssplit=512/20:4k/40:16k/20:64k/10:256k/5:1m/5 --size="${3:-8M}" \
		--verify=crc32c --do_verify=1 --verify_fatal=1 --eta=never \
		--output-format=json --output=/tmp/fio.json \
		--name=qd1 --iodepth=1 --name=qd64 --stonewall --iodepth=64 </dev/null ||
		fail "fio write+verify at QD 1 and 64 ($2)"
	fio_ok /tmp/fio.json || fail "fio reported an error ($2)"
}

# attach_with "knob=value ...": a RAM export (qemu-storage-daemon, 64 MiB)
# with those knobs of vduse0 set before it is attached; $dev is its disk.
attach_with() {
	local kv
	VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon ($1)"
	for kv in $1; do
		echo "${kv#*=}" >"/sys/class/vduse/vduse0/${kv%=*}" || fail "cannot set $kv"
	done
	dev=$(vdpa_add vduse0) || fail "vdpa dev add ($1)"
}

# copies_with "knob=value ...": bounce_copies for 8 MiB of verified 1 MiB
# writes from huge pages (fio's buffers on /mnt/huge, which the caller
# mounts), so that physically contiguous runs exist to be copied at once.
copies_with() {
	attach_with "$1"
	sleep 1
	echo 1 >"$STATS/reset"
	fio --name=copies --filename="$dev" --direct=1 --ioengine=psync --rw=write --bs=1M --size=8M \
		--mem=mmaphuge:/mnt/huge/fio-copies --verify=crc32c --do_verify=1 --verify_fatal=1 \
		--eta=never --output-format=json --output=/tmp/fio.json </dev/null >&2 ||
		fail "fio from huge pages ($1)"
	fio_ok /tmp/fio.json || fail "fio reported an error ($1)"
	log "$1, data in huge pages:$(stats_line)" >&2
	ctr bounce_copies
	vdpa_del vduse0 || fail "vdpa dev del ($1)"
	backend_stop
}

# begin: mark dmesg and load our module, its per-I/O counters on (the
# tests read them; they are off by default, see the stats parameter).
begin() {
	kmsg_mark "ktest $KTEST"
	vduse_load ours stats=1 || fail "cannot load our vduse.ko"
}

# finish: detach and stop whatever is left, unload the module (it must
# go), scan dmesg since begin, and report PASS.
finish() {
	local bad
	[ -e /sys/bus/vdpa/devices/vduse0 ] && { vdpa_del vduse0 || fail "vdpa dev del"; }
	backend_stop
	vduse_unload || fail "rmmod vduse"
	[ -d /sys/module/vduse ] && fail "vduse still loaded after rmmod"
	bad=$(dmesg_bad "ktest $KTEST") || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 5)"
	log "PASS $KTEST"
	exit 0
}
