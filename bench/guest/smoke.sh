# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Guest side of the smoke test (bench/tests/vm-smoke.sh): for one VDUSE driver,
# random reads on a null-co export, then a crc32c write+verify pass on a
# RAM-backed export with its daemon's threads pinned (pin_threads), then a
# clean unload. Fails on any fio error, verify
# mismatch, failed teardown or kernel complaint in dmesg.
# usage: sh /job/guest/smoke.sh stock|ours
# shellcheck source=lib.sh
. /job/guest/lib.sh
drv=$1
fail() {
	log "FAIL ($drv): $*"
	exit 1
}

kmsg_mark "smoke $drv"
vduse_load "$drv" || fail "cannot load the $drv module"
log "module: $(vduse_identity)"

backend_start qsd-null vduse0 /tmp/qsd-null.log || fail "qemu-storage-daemon (null-co)"
dev=$(vdpa_add vduse0) || fail "vdpa dev add"
fio --name=smoke-read --filename="$dev" --direct=1 --ioengine=io_uring --rw=randread \
	--bs=4k --iodepth=16 --runtime=2 --time_based --eta=never --output-format=json \
	--output=/tmp/read.json </dev/null || fail "fio randread on null-co"
grep -q '"error" : 0' /tmp/read.json || fail "fio reported an error on null-co"
vdpa_del vduse0 || fail "vdpa dev del (null-co)"
backend_stop

# a RAM image larger than /dev/shm is refused by name, before it is written
big=$(VLAB_SIZE=64G backend_start qsd-ram vduse0 /tmp/qsd-big.log) && fail "a 64G RAM image was not refused"
case $big in *"does not fit /dev/shm"*) ;; *) fail "a 64G RAM image: '$big'" ;; esac
[ -e "$RAM_IMAGE" ] && fail "a refused RAM image left $RAM_IMAGE behind"
VLAB_SIZE=128M backend_start qsd-ram vduse0 /tmp/qsd-ram.log || fail "qemu-storage-daemon (RAM file)"
dev=$(vdpa_add vduse0) || fail "vdpa dev add (RAM)"
# Its thread pool still growing, a worker at a time: pin_threads must catch
# every worker, those started after it too (bench/guest/agent.sh
# place_backend); checked once fio has kept them busy.
last=$(($(nproc) - 1))
pinned=$(pin_threads "$BACKEND_PID" "$last") || fail "pin_threads: threads of qemu-storage-daemon left unpinned"
# Write every block with a crc32c header, then read all of it back and check.
fio --name=smoke-verify --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite \
	--bsrange=4k-256k --iodepth=8 --size=64M --verify=crc32c --do_verify=1 \
	--verify_fatal=1 --eta=never --output-format=json --output=/tmp/verify.json </dev/null ||
	fail "fio write+verify (crc32c) on the RAM export"
grep -q '"error" : 0' /tmp/verify.json || fail "fio reported an error or a verify mismatch"
off=$(threads_off_cpu "$BACKEND_PID" "$last")
[ "${off% *}" = 0 ] || fail "after fio, ${off% *} of qemu-storage-daemon's ${off#* } threads not on vCPU $last (pinned ${pinned% *} in ${pinned#* } passes)"
# its pool's workers (QSD_THREAD_POOL's minimum) and the main thread, at least
workers=${QSD_THREAD_POOL##*thread-pool-min=}
workers=${workers%%,*}
[ "${off#* }" -gt "$workers" ] || fail "qemu-storage-daemon has ${off#* } threads, not its pool of $workers and more"
log "qsd-ram: ${off#* } threads on vCPU $last after fio (pinned ${pinned% *} in ${pinned#* } passes)"
vdpa_del vduse0 || fail "vdpa dev del (RAM)"
backend_stop

vduse_unload || fail "rmmod vduse"
[ -d /sys/module/vduse ] && fail "vduse still loaded after rmmod"
bad=$(dmesg_bad "smoke $drv") || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS ($drv)"
