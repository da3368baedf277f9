# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Guest side of ebpf/bench/breakdown.sh (appended after lib.sh and elib.sh):
# vduse-lat's stage means for stock and ours, interleaved, fio 4 KiB random
# reads at depth QD on BACKEND: one line "STAGES rep drv ios queue map kick
# backend irq complete total [wake pop submit target publish]" (us) per run,
# the last five with vduse-blkd's USDT stages.
reps=$1 secs=$2 qd=$3 backend=$4
stages="queue map kick backend irq complete total"
r=1
while [ $r -le "$reps" ]; do
	for drv in stock ours; do
		setup_backend "$drv" "$backend"
		tool_start /tmp/l.json /tmp/l.err vduse-lat -j -d "$DEV" || fail "vduse-lat on $drv"
		run_fio bd /tmp/fio.json --iodepth="$qd" --runtime="$secs" --time_based
		tool_stop || fail "vduse-lat exited with $?"
		teardown_disk
		line=$(lat_line /tmp/l.json)
		st=$(lat_section "$line" stages)
		be=$(lat_section "$line" backend_stages)
		m=
		for s in $stages; do m="$m $(stage_field "$st" "$s" mean)"; done
		if [ -n "$be" ]; then
			for s in wake pop submit target publish; do m="$m $(stage_field "$be" $s mean)"; done
		fi
		echo "STAGES $r $drv $(json_num /tmp/l.json ios)$m"
	done
	r=$((r + 1))
done
log "PASS breakdown"
