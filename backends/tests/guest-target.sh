# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Guest side of vm-target.sh (busybox sh, run as the job with TARGET, DRV and
# BLKD_ARGS, extra daemon options, set before it): vduse-blkd's TARGET on
# driver DRV. Data targets: fio writes with crc32c verify, mixed sizes, QD 1, 16 and 64, over 2 queues;
# targets without storage (null, zero: path none in --list-targets): the
# same mix without verify. file: DISCARD and WRITE_ZEROES read back as
# zeroes. Then SIGTERM under load must tear down
# cleanly (daemon exit 0, device detached and destroyed, module unloads),
# and dmesg must stay clean.
# shellcheck source=../../bench/guest/lib.sh
. /job/guest/lib.sh
fail() {
	log "FAIL ($TARGET/$DRV): $*"
	[ -f /tmp/blkd.log ] && tail -n 5 /tmp/blkd.log | cut -c1-300
	exit 1
}
fio_ok() { grep -q '"error" : 0' "$1" && ! grep -q '"error" : [1-9]' "$1"; }

kmsg_mark "be-$TARGET-$DRV"
vduse_load "$DRV" || fail "cannot load the $DRV module"
log "module: $(vduse_identity)"
case " $BLKD_ARGS " in
*" --umem-hugepage "*)
	# Without huge pages reserved the daemon must stop at start-up and say
	# what to do; then reserve the 32 a 64 MiB bounce region takes.
	echo 0 >/proc/sys/vm/nr_hugepages
	vduse-blkd --target null --name nohuge --umem-hugepage >/tmp/nohuge.log 2>&1 &&
		fail "--umem-hugepage started without huge pages"
	grep -q 'vm.nr_hugepages' /tmp/nohuge.log || fail "no vm.nr_hugepages hint: $(cat /tmp/nohuge.log)"
	[ -e /dev/vduse/nohuge ] && fail "the refused device /dev/vduse/nohuge was left behind"
	echo 32 >/proc/sys/vm/nr_hugepages
	[ "$(cat /proc/sys/vm/nr_hugepages)" -ge 32 ] || fail "could not reserve 32 huge pages"
	log "--umem-hugepage without huge pages refused: ok" ;;
esac
VLAB_SIZE=64M VLAB_QUEUES=2 VLAB_BLKD_ARGS="$BLKD_ARGS" backend_start "blkd-$TARGET" vduse0 /tmp/blkd.log || fail "backend_start"
dev=$(vdpa_add vduse0) || fail "vdpa dev add"
nq=$(find /sys/block/"${dev#/dev/}"/mq -mindepth 1 -maxdepth 1 | wc -l)
[ "$nq" -ge 2 ] || fail "the disk has $nq hardware queue(s), want 2"
serial=$(cat /sys/block/"${dev#/dev/}"/serial 2>/dev/null)
[ "$serial" = vduse0 ] || fail "serial '$serial', want vduse0 (GET_ID)"

verify="--verify=crc32c --do_verify=1 --verify_fatal=1"
vduse-blkd --list-targets | grep -q "^$TARGET  *none " && verify=
# QD 16 runs two jobs pinned to the two vCPUs, so both queues carry I/O.
for qd in 1 16 64; do
	jobs=1
	[ $qd -eq 16 ] && jobs=2
	# shellcheck disable=SC2086 # $verify: fio's verify options or none (no arrays in ash)
	fio --name=be-$qd --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite \
		--bssplit=512/10:4k/50:16k/20:64k/15:256k/5 --iodepth=$qd --size=8M \
		--offset=$((qd * 128))k --offset_increment=16M --numjobs=$jobs \
		--cpus_allowed=0-1 --cpus_allowed_policy=split $verify --eta=never \
		--output-format=json --output=/tmp/fio-$qd.json </dev/null >/dev/null 2>&1 ||
		fail "fio QD $qd exited non-zero"
	fio_ok /tmp/fio-$qd.json || fail "fio QD $qd reported an error or a verify mismatch"
	log "fio QD $qd: ok"
done

if [ "$TARGET" = file ]; then
	# Data, then DISCARD of 1 MiB and WRITE_ZEROES of 1 MiB: both read back as zeroes.
	dd if=/dev/urandom of="$dev" bs=1M count=4 seek=32 oflag=direct 2>/dev/null || fail "dd"
	blkdiscard -o $((32 << 20)) -l $((1 << 20)) "$dev" || fail "blkdiscard"
	be-blkzeroout "$dev" $((34 << 20)) $((1 << 20)) || fail "BLKZEROOUT"
	for off in 32 34; do
		n=$(dd if="$dev" bs=1M count=1 skip=$off iflag=direct 2>/dev/null | tr -d '\000' | wc -c)
		[ "$n" -eq 0 ] || fail "MiB $off has $n non-zero bytes after discard/write-zeroes"
	done
	n=$(dd if="$dev" bs=1M count=1 skip=33 iflag=direct 2>/dev/null | tr -d '\000' | wc -c)
	[ "$n" -gt 0 ] || fail "MiB 33 was zeroed too"
	kill -USR1 "$BACKEND_PID"
	sleep 0.5
	grep '"event":"sigusr1"' /tmp/blkd.log | tail -n 1 >/tmp/stats.json
	grep -q '"discards":[1-9]' /tmp/stats.json || fail "no DISCARD request reached the daemon"
	grep -q '"write_zeroes":[1-9]' /tmp/stats.json || fail "no WRITE_ZEROES request reached the daemon"
	log "discard and write-zeroes: ok"
fi

# The daemon's own account: no I/O errors, every request seen.
kill -USR1 "$BACKEND_PID"
sleep 0.5
grep '"event":"sigusr1"' /tmp/blkd.log | tail -n 1 >/tmp/stats.json
grep -q '"ioerr":0,' /tmp/stats.json || fail "the daemon counted I/O errors"
grep -q '"queue":0,"running":true,"reqs":[1-9]' /tmp/stats.json || fail "queue 0 served nothing"
grep -q '"queue":1,"running":true,"reqs":[1-9]' /tmp/stats.json || fail "queue 1 served nothing"
grep -q '"writes":[1-9]' /tmp/stats.json || fail "the daemon counted no writes"
case " $BLKD_ARGS " in
*" --umem"*)
	# The whole 64 MiB bounce region went through our memory.
	grep -q '"registered":true,"bytes":67108864,' /tmp/stats.json ||
		fail "user memory not registered: $(grep -o '"umem":{[^}]*}' /tmp/stats.json)"
	grep -q 'registered as user memory' /tmp/blkd.log || fail "no registration message"
	case " $BLKD_ARGS " in
	*" --umem-hugepage "*)
		grep -q '"mode":"hugepage","registered":true' /tmp/stats.json || fail "not huge pages"
		# backend_start may reserve spares: count the pages in use.
		used=$(awk '/^HugePages_Total:/ { t = $2 } /^HugePages_Free:/ { f = $2 } END { print t - f }' /proc/meminfo)
		[ "$used" -ge 32 ] || fail "only $used huge pages in use: the 64 MiB region is not on them" ;;
	esac
	log "user memory: $(grep -o '"umem":{[^}]*}' /tmp/stats.json)" ;;
esac
case " $BLKD_ARGS " in
*" --irq-affinity auto "*)
	# auto's two placements, read back from the driver's sysfs while fio
	# runs: one job (one queue busy at a time) crossed, vq0's callbacks on
	# CPU 1 (mask 2) and vq1's on CPU 0 (mask 1); two jobs pinned to the two
	# vCPUs (both queues busy) local, as the driver put them at probe.
	irq_masks() { echo "$(cat /sys/class/vduse/vduse0/vq0/irq_cb_affinity),$(cat /sys/class/vduse/vduse0/vq1/irq_cb_affinity)"; }
	for jobs in 1 2; do
		want=2,1
		[ $jobs -eq 2 ] && want=1,2
		fio --name=aff-$jobs --filename="$dev" --direct=1 --ioengine=io_uring --rw=randread \
			--bs=4k --iodepth=4 --size=32M --time_based --runtime=3 --numjobs=$jobs \
			--cpus_allowed=0-1 --cpus_allowed_policy=split --eta=never \
			</dev/null >/dev/null 2>&1 &
		fio_pid=$!
		sleep 2
		got=$(irq_masks)
		wait $fio_pid || fail "fio with $jobs job(s) exited non-zero"
		[ "$got" = "$want" ] || fail "auto with $jobs fio job(s): vq0,vq1 irq_cb_affinity '$got', want '$want'"
		log "auto, $jobs fio job(s): vq0,vq1 callbacks on masks $got: ok"
	done
	kill -USR1 "$BACKEND_PID"
	sleep 0.5
	grep '"event":"sigusr1"' /tmp/blkd.log | tail -n 1 >/tmp/stats.json
	grep -q '"irq_affinity":{"mode":"auto","applied":[1-9][0-9]*,"kept":[0-9]*,"failed":0,"errno":0,"moves":[1-9]' /tmp/stats.json ||
		fail "auto moved no callback: $(grep -o '"irq_affinity":{[^}]*}' /tmp/stats.json)"
	log "irq affinity: $(grep -o '"irq_affinity":{[^}]*}' /tmp/stats.json)" ;;
*" --irq-affinity away "* | *" --irq-affinity queue-cpu "*)
	# The guest driver put vq0's callback on CPU 0 and vq1's on CPU 1 at
	# probe; after DRIVER_OK, away (the other CPU) and queue-cpu with
	# --cpus 1,0 both give vq0 CPU 1 (mask 2) and vq1 CPU 0 (mask 1).
	mode=away
	case " $BLKD_ARGS " in *" queue-cpu "*) mode=queue-cpu ;; esac
	for vq in 0 1; do
		want=$((vq == 0 ? 2 : 1))
		got=$(cat /sys/class/vduse/vduse0/vq$vq/irq_cb_affinity)
		[ "$got" = "$want" ] || fail "vq$vq irq_cb_affinity '$got', want '$want' ($mode)"
	done
	grep -q "\"irq_affinity\":{\"mode\":\"$mode\",\"applied\":[1-9][0-9]*,\"kept\":[0-9]*,\"failed\":0," /tmp/stats.json ||
		fail "irq affinity not applied: $(grep -o '"irq_affinity":{[^}]*}' /tmp/stats.json)"
	log "irq affinity: $(grep -o '"irq_affinity":{[^}]*}' /tmp/stats.json)" ;;
esac

# SIGTERM under load: fio keeps writing while the daemon drains, detaches
# and destroys the device. fio may see errors; the kernel and daemon may not.
fio --name=load --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite --bs=4k \
	--iodepth=32 --size=32M --time_based --runtime=30 --eta=never >/dev/null 2>&1 </dev/null &
fio_pid=$!
sleep 3
kill -TERM "$BACKEND_PID"
i=0
while kill -0 "$BACKEND_PID" 2>/dev/null; do
	i=$((i + 1))
	[ $i -gt 200 ] && fail "vduse-blkd still running 20 s after SIGTERM"
	sleep 0.1
done
wait "$BACKEND_PID"
rc=$?
BACKEND_PID=
[ $rc -eq 0 ] || fail "vduse-blkd exited $rc after SIGTERM"
grep -q '"event":"exit"' /tmp/blkd.log || fail "no exit statistics line"
wait $fio_pid
[ -e /dev/vduse/vduse0 ] && fail "/dev/vduse/vduse0 still exists"
[ -e /sys/bus/vdpa/devices/vduse0 ] && fail "vduse0 still on the vDPA bus"
log "SIGTERM under load: ok"
rm -f /dev/shm/vlab-ram.img
vduse_unload || fail "rmmod vduse"
bad=$(dmesg_bad "be-$TARGET-$DRV") || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS ($TARGET/$DRV)"
