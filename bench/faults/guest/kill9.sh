# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: fault case kill9 (bench/faults/cases.def), on module MODULE.
# vduse-blkd on its file target (an image on /dev/shm), 2 queues, under fio
# writes with crc32c verify on both queues; KILLS times (20; 5 on the debug
# kernel, whose KASAN and lockdep make each fio run several times longer:
# there the case looks for kernel bugs, the lab kernel's 20 for lost I/O), each while
# the disk has requests in flight (/sys/block/X/inflight), kill -9 the
# daemon and start it again with --reconnect. Every fio run must end with
# no error and no verify mismatch, the daemons' logs add up the requests
# replayed and the time to resume, and dmesg stays clean. Before that: a
# restart without --reconnect is refused with a hint (EEXIST), and one
# with other options (--queues 1) is refused without harming the device.
# At the end SIGTERM tears down as usual and removes the inflight log.
# One record, required. Then qemu-storage-daemon's vduse-blk export under
# the same fio, killed with -9 and started again with the same options:
# whether QEMU 7.2's libvduse picks the device up again is recorded as it
# behaves (required false).
# shellcheck source=../../guest/lib.sh
. /job/guest/lib.sh
# shellcheck source=flib.sh
. "$(dirname "$0")/flib.sh"
if [ "$FAULT_KERNEL" = debug ]; then : "${KILLS:=5}"; else : "${KILLS:=20}"; fi
TARGET='file'
fail() {
	log "FAIL (kill9): $*"
	[ -f /tmp/blkd.log ] && tail -n 5 /tmp/blkd.log | cut -c1-300
	fault_record strategy="$(strategy_of rc0)" pass=false survived=false \
		guest_ioerr="$(ioerr_since fault-kill9)" verified=false \
		dmesg_clean="$(dmesg_clean fault-kill9)" detail="$*"
	exit 1
}
uptime_cs() { awk '{ sub(/\./, "", $1); print $1 + 0 }' /proc/uptime; }

img=/dev/shm/rc.img
ifl=/dev/shm/vduse-blkd.rc0.inflight
args="--target $TARGET --path $img --size 64M --queues 2 --name rc0 --json"
# start_blkd LOG [OPTIONS]: the daemon, returned once its banner is out.
start_blkd() {
	local log=$1 i=0
	shift
	: >"$log" # here, not by the child: until it runs, the wait could see a reused log's banner
	# shellcheck disable=SC2086 # $args: the option list, split on purpose
	vduse-blkd $args "$@" >>"$log" 2>&1 &
	pid=$!
	until grep -q '^vduse-blkd: /dev/vduse/rc0: ' "$log"; do
		i=$((i + 1))
		[ $i -gt 200 ] || ! kill -0 $pid 2>/dev/null && fail "no banner: $(tail -n 3 "$log")"
		sleep 0.05
	done
}
# kill9: kill -9 the daemon and wait until it is gone.
kill9() {
	kill -9 $pid
	wait $pid 2>/dev/null
}

kmsg_mark "fault-kill9"
vduse_load "$MODULE" || fail "cannot load the $MODULE module"
log "module: $(vduse_identity), target $TARGET"
rm -f "$img" "$ifl"
start_blkd /tmp/blkd.log
dev=$(vdpa_add rc0) || fail "vdpa dev add"
[ -f $ifl ] || fail "no inflight log $ifl"
b=${dev#/dev/}

# A dead daemon's device: a plain restart is refused with a hint; a
# reconnect with other options is refused and leaves it as it was.
dd if=/dev/urandom of=/tmp/pattern bs=64k count=4 2>/dev/null
dd if=/tmp/pattern of="$dev" bs=64k seek=512 oflag=direct conv=fsync 2>/dev/null || fail "dd"
kill9
# shellcheck disable=SC2086
vduse-blkd $args >/tmp/plain.log 2>&1 && fail "a plain restart over the dead daemon's device started"
grep -q 'File exists.*--reconnect' /tmp/plain.log || fail "no --reconnect hint: $(cat /tmp/plain.log)"
# shellcheck disable=SC2086
vduse-blkd ${args%--queues 2*} --queues 1 --name rc0 --json --reconnect >/tmp/bad.log 2>&1 &&
	fail "--reconnect with --queues 1 over a 2-queue device started"
grep -q 'created with --queues 2, this daemon has 1' /tmp/bad.log ||
	fail "no --queues mismatch message: $(cat /tmp/bad.log)"
[ -e /dev/vduse/rc0 ] && [ -f $ifl ] || fail "a refused reconnect removed the device or its log"
start_blkd /tmp/blkd.log --reconnect
dd if="$dev" of=/tmp/back bs=64k skip=512 count=4 iflag=direct 2>/dev/null
cmp -s /tmp/pattern /tmp/back || fail "data written before the kill changed"
log "refused: a plain restart (EEXIST) and other options; reconnected: ok"

# The kills: each while requests are in flight, fio running again as long
# as kills remain. Each fio run writes 2 x 8 MiB then reads it back verified.
kills=0 runs=0 replayed=0 outage_cs=0 outage_max=0 resume_us=0 resume_max=0 with_io=0
while [ $kills -lt "$KILLS" ]; do
	runs=$((runs + 1))
	fio --name=rc --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite \
		--bssplit=4k/60:16k/30:64k/10 --iodepth=16 --size=8M --offset=16M \
		--offset_increment=16M --numjobs=2 --cpus_allowed=0-1 --cpus_allowed_policy=split \
		--verify=crc32c --do_verify=1 --verify_fatal=1 --eta=never \
		--output-format=json --output=/tmp/fio-$runs.json </dev/null >/dev/null 2>&1 &
	fio_pid=$!
	while [ $kills -lt "$KILLS" ] && kill -0 $fio_pid 2>/dev/null; do
		# let I/O flow a little (0.2-0.5 s), then wait for requests in flight
		sleep "0.$((2 + kills % 4))"
		i=0
		until awk '{ exit !($1 + $2 > 0) }' /sys/block/"$b"/inflight; do
			i=$((i + 1))
			[ $i -gt 2000 ] && break
		done
		kill -0 $fio_pid 2>/dev/null || break
		t0=$(uptime_cs)
		kill9
		kills=$((kills + 1))
		start_blkd /tmp/rc-$kills.log --reconnect
		dt=$(($(uptime_cs) - t0))
		line=$(grep 'reconnected' /tmp/rc-$kills.log) || fail "kill $kills: no reconnect line"
		n=$(echo "$line" | sed -n 's/.*: \([0-9]*\) request(s) replayed.*/\1/p')
		us=$(echo "$line" | sed -n 's/.*resumed in \([0-9]*\) us.*/\1/p')
		echo "$line" | grep -q 'queues resumed' || fail "kill $kills: queues not resumed: $line"
		replayed=$((replayed + n)) resume_us=$((resume_us + us)) outage_cs=$((outage_cs + dt))
		[ "$n" -gt 0 ] && with_io=$((with_io + 1))
		[ "$us" -gt "$resume_max" ] && resume_max=$us
		[ $dt -gt $outage_max ] && outage_max=$dt
		cat /tmp/rc-$kills.log >>/tmp/blkd.log
	done
	# A lost request keeps fio waiting forever: give it 120 s.
	i=0
	until ! kill -0 $fio_pid 2>/dev/null || [ $i -gt 1200 ]; do i=$((i + 1)); sleep 0.1; done
	kill -0 $fio_pid 2>/dev/null && fail "fio run $runs still runs 120 s after kill $kills: a request was lost"
	wait $fio_pid || fail "fio run $runs exited non-zero (after kill $kills)"
	fio_ok /tmp/fio-$runs.json || fail "fio run $runs reported an error or a verify mismatch"
done
log "kills: $kills in $runs verified fio runs, $with_io with requests replayed"
log "replayed: $replayed requests in all"
log "time to resume (daemon, open to queues running): mean $((resume_us / kills)) us, max $resume_max us"
log "outage (kill -9 to the new daemon's banner): mean $((outage_cs * 10 / kills)) ms, max $((outage_max * 10)) ms"
# The block layer counts a request in flight until the guest has taken its
# completion back, so some kills find everything taken already returned
# (in the first run: 9 of 20, under TCG the guest's completion work lags).
# A replay that never happens (none found) is what this catches.
[ $((with_io * 4)) -ge "$kills" ] || fail "only $with_io of $kills kills found requests to replay"

kill -USR1 $pid
sleep 0.5
grep '"event":"sigusr1"' /tmp/rc-$kills.log | tail -n 1 >/tmp/stats.json
grep -q '"reconnect":{"reconnected":true,"generation":'"$((kills + 2))"',' /tmp/stats.json ||
	fail "stats: $(grep -o '"reconnect":{[^}]*}' /tmp/stats.json), want generation $((kills + 2))"
grep -q '"ioerr":0,' /tmp/stats.json || fail "the daemon counted I/O errors"
log "stats: $(grep -o '"reconnect":{[^}]*}' /tmp/stats.json)"

strategy=$(strategy_of rc0)
kill -TERM $pid
wait $pid || fail "the last daemon's SIGTERM teardown exited non-zero"
[ -e /dev/vduse/rc0 ] && fail "/dev/vduse/rc0 left after SIGTERM"
[ -f $ifl ] && fail "inflight log $ifl left after a clean teardown"
dmesg_bad fault-kill9 || fail "kernel warnings in dmesg"
fault_record strategy="$strategy" pass=true survived=true guest_ioerr="$(ioerr_since fault-kill9)" \
	verified=true dmesg_clean=true recover_ms=$((outage_cs * 10 / kills)) \
	detail="$kills kill -9 in $runs verified fio runs, $with_io with requests replayed ($replayed in all); outage max $((outage_max * 10)) ms; daemon resume mean $((resume_us / kills)) us, max $resume_max us"
log "PASS (kill9)"

# qemu-storage-daemon: the same kill once, then the same daemon started
# again, recorded as it behaves. Last in the boot: if it loses requests, fio
# waits in D state for ever and nothing can detach the disk.
kmsg_mark "fault-kill9-qsd"
truncate -s 64M /dev/shm/q0.img
qsd_up() {
	qemu-storage-daemon --blockdev driver=file,node-name=n0,filename=/dev/shm/q0.img \
		--export type=vduse-blk,id=e0,node-name=n0,name=q0,writable=on,num-queues=1 \
		>>/tmp/qsd.log 2>&1 &
	qpid=$!
}
qsd_fail() {
	fault_record backend=qsd-file required=false detail="$*" dmesg_clean="$(dmesg_clean fault-kill9-qsd)"
	exit 0
}
qsd_up
wait_for /dev/vduse/q0 || qsd_fail "qemu-storage-daemon made no /dev/vduse/q0: $(tail -n 2 /tmp/qsd.log)"
qdev=$(vdpa_add q0) || qsd_fail "vdpa dev add q0"
qstrategy=$(strategy_of q0)
fio_verify_bg "$qdev" /tmp/qsd-fio.json 8M
sleep 1
i=0
until [ "$(inflight "$qdev")" -gt 0 ] || [ $i -gt 2000 ]; do i=$((i + 1)); done
n=$(inflight "$qdev")
t0=$(ms_now)
kill -9 $qpid
wait $qpid 2>/dev/null
qsd_up
sleep 1
alive=no
alive $qpid && alive=yes
gone_within 600 $FIO_PID
t1=$(ms_now)
if alive $FIO_PID; then
	fault_record strategy="$qstrategy" backend=qsd-file required=false pass=false survived=false \
		guest_ioerr="$(ioerr_since fault-kill9-qsd)" verified=false \
		dmesg_clean="$(dmesg_clean fault-kill9-qsd)" \
		detail="after kill -9 with $n in flight the restarted qemu-storage-daemon is alive: $alive; fio still waits 60 s after the kill (requests lost or the device not picked up again); qsd log: $(tail -n 2 /tmp/qsd.log | tr '\n' ' ' | cut -c1-200)"
	log "qemu-storage-daemon: fio still waits 60 s after the kill"
	exit 0
fi
fok=false
wait $FIO_PID && fio_ok /tmp/qsd-fio.json && fok=true
vdpa_del q0
kill $qpid 2>/dev/null
wait $qpid 2>/dev/null
fault_record strategy="$qstrategy" backend=qsd-file required=false pass=$fok survived=$fok \
	guest_ioerr="$(ioerr_since fault-kill9-qsd)" verified=$fok \
	dmesg_clean="$(dmesg_clean fault-kill9-qsd)" recover_ms=$((t1 - t0)) \
	detail="kill -9 with $n in flight, then the same options again; restarted daemon alive: $alive; fio verify ok: $fok; recover_ms is kill to fio's end, an upper bound; qsd log: $(tail -n 2 /tmp/qsd.log | tr '\n' ' ' | cut -c1-200)"
exit 0
