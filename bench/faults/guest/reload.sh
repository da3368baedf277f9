# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: fault case reload (bench/faults/cases.def), on module
# MODULE. LOOPS (10) times: load the module (ours: kick_mode and
# inject_mode coalesce with COALESCE_US windows, from kernel/knobs.def, so
# that their timers are armed when the disk goes), start vduse-blkd on the
# same image, attach; check the previous loop's region against its SHA-256
# (the data outlived the reload), write and verify (fio crc32c) this loop's
# 4 MiB region and take its SHA-256, then detach with random reads still
# running (their errors are expected, not counted as failures), SIGTERM the
# daemon and unload the module. Every loop's data must verify, every detach
# and unload finish within END_S, the daemon exit 0 and dmesg stay clean.
# shellcheck source=../../guest/lib.sh
. /job/guest/lib.sh
# shellcheck source=flib.sh
. "$(dirname "$0")/flib.sh"
: "${LOOPS:=10}"
END_S=30 COALESCE_US=2000 REGION=4194304
strategy=upstream
fail() {
	fault_record strategy="$strategy" pass=false guest_ioerr="$(guest_errors fault-reload)" \
		verified=false dmesg_clean="$(dmesg_clean fault-reload)" detail="loop $k: $*"
	exit 1
}

# The coalesce knobs, if the module has them: names and limits from knobs.def.
params='' k=0
if [ "$MODULE" = ours ]; then
	# the coalesced counters below are per-I/O: off unless stats=1
	params=" stats=1"
	for n in kick_mode inject_mode; do
		case " $(knob_allowed $n) " in *" coalesce "*) params="$params $n=coalesce" ;;
		*) fail "knobs.def has no $n coalesce" ;; esac
	done
	for n in kick_coalesce_us inject_coalesce_us; do
		lo=$(knob_min $n) hi=$(knob_max $n)
		[ -n "$lo" ] && [ "$COALESCE_US" -ge "$lo" ] && [ "$COALESCE_US" -le "$hi" ] ||
			fail "$n=$COALESCE_US is outside knobs.def's range [$lo, $hi]"
		params="$params $n=$COALESCE_US"
	done
fi

# region_fio K JSON [OPTION...]: fio_verify_bg over loop K's region.
region_fio() {
	local k=$1 json=$2
	shift 2
	fio_verify_bg "$dev" "$json" $REGION --offset=$((k * REGION)) --randseed=$((FAULT_SEED + k)) "$@"
}

# region_sum K: the SHA-256 of loop K's region as the disk reads it now.
region_sum() {
	dd if="$dev" bs=1M skip=$(($1 * REGION / 1048576)) count=$((REGION / 1048576)) iflag=direct 2>/dev/null |
		sha256sum | cut -d' ' -f1
}

kmsg_mark "fault-reload"
coalesced=0 reads_failed=0 total_ms=0
rm -f /dev/shm/rl0.img
while [ $k -lt "$LOOPS" ]; do
	t0=$(ms_now)
	# shellcheck disable=SC2086 # $params: the list of PARAM=VALUE, split on purpose
	vduse_load "$MODULE" $params || fail "cannot load the $MODULE module with$params"
	blkd_up rl0 /tmp/rl0.log || fail "vduse-blkd did not start"
	dev=$(vdpa_add rl0) || fail "vdpa dev add rl0"
	[ $k -eq 0 ] && strategy=$(strategy_of rl0)
	[ -z "$params" ] || grep -q coalesce /sys/class/vduse/rl0/kick_mode ||
		fail "kick_mode is $(cat /sys/class/vduse/rl0/kick_mode), not coalesce"
	total_ms=$((total_ms + $(ms_now) - t0))
	if [ $k -gt 0 ]; then
		now=$(region_sum $((k - 1)))
		[ "$now" = "$hash" ] ||
			fail "loop $((k - 1))'s region changed across the reload (SHA-256 $hash, now $now)"
	fi
	region_fio $k /tmp/write.json
	wait "$FIO_PID" && fio_ok /tmp/write.json || fail "fio write+verify: $(head -n 3 /tmp/write.json.err)"
	hash=$(region_sum $k)
	# reads up to the detach, outside the regions written so far; psync:
	# fio's io_uring job of a time_based run was seen spinning for ever
	# once its disk was gone, where a read(2) fails and ends the job.
	# allow_file_create=0: a job that opens $dev after the detach removed
	# its node would otherwise lay out a 64 MiB regular file there, which
	# the next loop's disk cannot replace (vdpa_add)
	fio --name=reads --filename="$dev" --direct=1 --ioengine=psync --rw=randread --bs=4k \
		--numjobs=2 --offset=48M --size=16M --time_based --runtime=60 --eta=never --allow_file_create=0 \
		--output-format=json --output=/tmp/reads.json </dev/null >/dev/null 2>&1 &
	reads=$!
	sleep 0.5
	if [ -n "$params" ]; then
		c=$(($(cat /sys/class/vduse/rl0/stats/kicks_coalesced) + $(cat /sys/class/vduse/rl0/stats/injects_coalesced)))
		coalesced=$((coalesced + c))
	fi
	vdpa dev del rl0 &
	del=$!
	gone_within $((END_S * 10)) $del || fail "vdpa dev del still runs after $END_S s"
	wait $del || fail "vdpa dev del exited non-zero"
	gone_within $((END_S * 10)) $reads || fail "reads still run $END_S s after the detach"
	wait $reads || reads_failed=$((reads_failed + 1))
	kill -TERM $BLKD_PID
	gone_within $((END_S * 10)) $BLKD_PID || fail "the daemon still runs $END_S s after SIGTERM"
	wait $BLKD_PID || fail "the daemon's SIGTERM teardown exited non-zero: $(tail -n 3 /tmp/rl0.log)"
	vduse_unload || fail "rmmod vduse"
	[ -d /sys/module/vduse ] && fail "vduse still loaded after rmmod"
	k=$((k + 1))
done
# the last loop's data, once more, after its reload
vduse_load "$MODULE" || fail "cannot load the $MODULE module"
blkd_up rl0 /tmp/rl0.log || fail "vduse-blkd did not start"
dev=$(vdpa_add rl0) || fail "vdpa dev add rl0"
[ "$(region_sum $((k - 1)))" = "$hash" ] || fail "the last loop's region changed across the reload"
vdpa_del rl0 || fail "vdpa dev del rl0"
kill -TERM $BLKD_PID
wait $BLKD_PID || fail "the daemon's SIGTERM teardown exited non-zero"
vduse_unload || fail "rmmod vduse"
[ -z "$params" ] || [ $coalesced -gt 0 ] || fail "no kick or injection was ever coalesced: the timers were never armed"
dmesg_bad fault-reload || fail "kernel complaints in dmesg"
fault_record strategy="$strategy" pass=true survived=true guest_ioerr="$(guest_errors fault-reload)" \
	verified=true dmesg_clean=true recover_ms=$((total_ms / LOOPS)) \
	detail="$LOOPS unload/reload loops, each region verified after its reload; module parameters:${params:- none}; $coalesced kicks+injections coalesced before the detaches; $reads_failed of $LOOPS read runs cut by their detach; recover_ms: mean load+start+attach"
