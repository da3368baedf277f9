# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Guest side of vm-ublk.sh (busybox sh): vduse-blkd --transport ublk. Bad
# options are refused before any device exists; then for each target (and
# ram again with --user-copy): the device is added and started with 2
# queues, fio writes with crc32c verify (null, zero: without) at QD 1, 16
# and 64 on both queues, file's DISCARD and WRITE_ZEROES read back as
# zeroes, the daemon counts no error, and SIGTERM under load stops and
# deletes the device (daemon exit 0, block and char device gone). At the
# end ublk_drv unloads (no device left) and dmesg is clean.
# shellcheck source=../../bench/guest/lib.sh
. /job/guest/lib.sh
fail() {
	log "FAIL (ublk ${T:-}): $*"
	[ -f /tmp/ublk.log ] && tail -n 5 /tmp/ublk.log | cut -c1-300
	exit 1
}
fio_ok() { grep -q '"error" : 0' "$1" && ! grep -q '"error" : [1-9]' "$1"; }

kmsg_mark ublk-test
insmod "$MODS/ublk_drv.ko" || fail "cannot load ublk_drv"

# refused: exit 2, a message naming the option, and no device made
refuse() {
	local want=$1
	shift
	vduse-blkd "$@" >/tmp/refused.log 2>&1
	rc=$?
	[ $rc -eq 2 ] || fail "'vduse-blkd $*' exited $rc, want 2"
	grep -q -- "$want" /tmp/refused.log || fail "'vduse-blkd $*' said: $(cat /tmp/refused.log)"
	ls /dev/ublkc* >/dev/null 2>&1 && fail "'vduse-blkd $*' left a device: $(ls /dev/ublkc*)"
	log "refused: $* -> $(head -n 1 /tmp/refused.log)"
}
refuse "'--name' is only for --transport vduse" --transport ublk --target null --name x
refuse "'--poll-us' is only for --transport vduse" --transport ublk --target null --poll-us 5
refuse "'--user-copy' is only for --transport ublk" --target null --user-copy
refuse "vduse or ublk" --transport nbd --target null
# more queues than CPUs: the driver gives fewer; refused at start-up, no device left
vduse-blkd --transport ublk --target null --queues 4 >/tmp/refused.log 2>&1 && fail "--queues 4 on 2 CPUs started"
grep -q "at most one per CPU" /tmp/refused.log || fail "--queues 4 said: $(cat /tmp/refused.log)"
ls /dev/ublkc* >/dev/null 2>&1 && fail "--queues 4 left a device: $(ls /dev/ublkc*)"
log "refused: --queues 4 on $(nproc) CPUs -> $(head -n 1 /tmp/refused.log)"

# start T [OPTIONS]: the daemon on target T; DEV its disk, once announced.
start() {
	local i=0 path=
	T=$1
	shift
	vduse-blkd --list-targets | grep -q "^$T  *none " || path="--path /dev/shm/ublk.img"
	[ -n "$path" ] && { rm -f /dev/shm/ublk.img; truncate -s 64M /dev/shm/ublk.img; }
	rm -f /tmp/ublk.log # not left to the child: the loop could read the last one's banner
	# shellcheck disable=SC2086 # $path: the option and its value, or nothing
	vduse-blkd --transport ublk --target "$T" --size 64M --queues 2 --json $path "$@" \
		>/tmp/ublk.log 2>&1 &
	BACKEND_PID=$!
	until DEV=$(sed -n 's|^vduse-blkd: \(/dev/ublkb[0-9]*\): ublk dev .*|\1|p' /tmp/ublk.log) && [ -n "$DEV" ]; do
		i=$((i + 1))
		{ [ $i -gt 100 ] || ! kill -0 "$BACKEND_PID" 2>/dev/null; } && fail "no ublk device announced"
		sleep 0.1
	done
	[ -b "$DEV" ] || fail "$DEV is no block device"
	nq=$(find /sys/block/"${DEV#/dev/}"/mq -mindepth 1 -maxdepth 1 | wc -l)
	[ "$nq" -eq 2 ] || fail "$DEV has $nq hardware queue(s), want 2"
	[ "$(cat /sys/block/"${DEV#/dev/}"/size)" -eq 131072 ] || fail "$DEV is not 64 MiB"
	log "$T: $DEV, 2 queues: ok"
}

stats() {
	kill -USR1 "$BACKEND_PID"
	sleep 0.5
	grep '"event":"sigusr1"' /tmp/ublk.log | tail -n 1 >/tmp/stats.json
}

run_target() {
	local verify="--verify=crc32c --do_verify=1 --verify_fatal=1" id
	start "$@"
	vduse-blkd --list-targets | grep -q "^$T  *none " && verify=
	for qd in 1 16 64; do
		jobs=1
		[ $qd -eq 16 ] && jobs=2
		# shellcheck disable=SC2086 # $verify: fio's verify options or none
		fio --name=ublk-$qd --filename="$DEV" --direct=1 --ioengine=io_uring --rw=randwrite \
			--bssplit=512/10:4k/50:16k/20:64k/15:256k/5 --iodepth=$qd --size=8M \
			--offset=$((qd * 128))k --offset_increment=16M --numjobs=$jobs \
			--cpus_allowed=0-1 --cpus_allowed_policy=split $verify --eta=never \
			--output-format=json --output=/tmp/fio-$qd.json </dev/null >/dev/null 2>&1 ||
			fail "fio QD $qd exited non-zero"
		fio_ok /tmp/fio-$qd.json || fail "fio QD $qd reported an error or a verify mismatch"
		log "$T: fio QD $qd${verify:+ with crc32c verify}: ok"
	done
	if [ "$T" = file ]; then
		dd if=/dev/urandom of="$DEV" bs=1M count=4 seek=32 oflag=direct 2>/dev/null || fail "dd"
		blkdiscard -o $((32 << 20)) -l $((1 << 20)) "$DEV" || fail "blkdiscard"
		be-blkzeroout "$DEV" $((34 << 20)) $((1 << 20)) || fail "BLKZEROOUT"
		for off in 32 34; do
			n=$(dd if="$DEV" bs=1M count=1 skip=$off iflag=direct 2>/dev/null | tr -d '\000' | wc -c)
			[ "$n" -eq 0 ] || fail "MiB $off has $n non-zero bytes after discard/write-zeroes"
		done
		n=$(dd if="$DEV" bs=1M count=1 skip=33 iflag=direct 2>/dev/null | tr -d '\000' | wc -c)
		[ "$n" -gt 0 ] || fail "MiB 33 was zeroed too"
		stats
		grep -q '"discards":[1-9]' /tmp/stats.json || fail "no DISCARD reached the daemon"
		grep -q '"write_zeroes":[1-9]' /tmp/stats.json || fail "no WRITE_ZEROES reached the daemon"
		log "$T: discard and write-zeroes: ok"
	fi
	stats
	grep -q '"transport":"ublk"' /tmp/stats.json || fail "stats do not say ublk"
	grep -q '"ioerr":0,' /tmp/stats.json || fail "the daemon counted I/O errors"
	grep -q '"queue":0,"running":true,"reqs":[1-9]' /tmp/stats.json || fail "queue 0 served nothing"
	grep -q '"queue":1,"running":true,"reqs":[1-9]' /tmp/stats.json || fail "queue 1 served nothing"
	grep -q '"writes":[1-9]' /tmp/stats.json || fail "the daemon counted no writes"
	case " $* " in
	*" --user-copy "*)
		grep -q '"flags":[0-9]*' /tmp/stats.json || fail "no flags in the stats"
		grep -q '"user_copy_errors":0' /tmp/stats.json || fail "user copies failed" ;;
	esac

	# SIGTERM under load: the device stops and is deleted; fio may see
	# errors, the kernel and daemon may not.
	fio --name=load --filename="$DEV" --direct=1 --ioengine=io_uring --rw=randwrite --bs=4k \
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
	[ $rc -eq 0 ] || fail "vduse-blkd exited $rc after SIGTERM"
	wait $fio_pid
	grep -q '"event":"exit"' /tmp/ublk.log || fail "no exit statistics line"
	id=${DEV#/dev/ublkb}
	[ -e "$DEV" ] && fail "$DEV still exists"
	[ -e "/sys/class/ublk-char-device/ublkc$id" ] && fail "ublkc$id still exists (not deleted)"
	log "$T: SIGTERM under load: stopped and deleted: ok"
	rm -f /dev/shm/ublk.img
}

for t in null ram file zero; do
	run_target "$t"
done
run_target ram --user-copy
rmmod ublk_drv || fail "rmmod ublk_drv: a device is left"
bad=$(dmesg_bad ublk-test) || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS (ublk)"
