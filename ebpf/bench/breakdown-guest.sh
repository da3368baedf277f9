# SPDX-License-Identifier: GPL-2.0-only
# Guest side of ebpf/bench/breakdown.sh (appended after lib.sh and elib.sh):
# vduse-lat's stage means for stock and ours, interleaved, fio 4 KiB random
# reads at depth QD: one line "STAGES rep drv ios queue map kick backend irq
# complete total" (us) per run.
reps=$1 secs=$2 qd=$3
r=1
while [ $r -le "$reps" ]; do
	for drv in stock ours; do
		setup_disk "$drv"
		tool_start /tmp/l.json /tmp/l.err vduse-lat -j -d "$DEV" || fail "vduse-lat on $drv"
		run_fio bd /tmp/fio.json --iodepth="$qd" --runtime="$secs" --time_based
		tool_stop || fail "vduse-lat exited with $?"
		teardown_disk
		m=$(tr -d '\n' </tmp/l.json | grep -o '"[a-z]*":{"count":[0-9]*,"mean":[0-9.e+]*' |
			sed 's/.*://' | tr '\n' ' ')
		echo "STAGES $r $drv $(json_num /tmp/l.json ios) $m"
	done
	r=$((r + 1))
done
log "PASS breakdown"
