# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Guest side of ebpf/bench/overhead.sh (appended after lib.sh and elib.sh):
# on one VDUSE disk, fio IOPS with no tool and with each tool attached,
# interleaved (none lat stat copy, none lat stat copy, ...), one line each:
# "OVH rep cfg iops". On a vduse-blkd backend, lat attaches its USDT probes
# too and latk is vduse-lat without them (-U). Then, with kernel.bpf_stats_enabled (which itself costs
# a little, hence apart), one run per tool: "COST cfg bpf_ns ios", the time
# its BPF programs ran in total and the I/Os fio did meanwhile, and per
# program that ran "PROG cfg name runs bpf_ns ios".
drv=$1 reps=$2 secs=$3 qd=$4 backend=$5
setup_backend "$drv" "$backend"
# fio on vCPU 0, every backend thread on vCPU 1: each run takes the same
# path. Left to the scheduler, the placement changes from run to run, and
# with it QD 1 IOPS by up to 2x under TCG, far more than a tool costs.
taskset -ap 2 "$BACKEND_PID" >/dev/null || fail "cannot pin the backend to vCPU 1"
pin=--cpus_allowed=0
cfgs="none lat stat copy"
case $backend in blkd-*) cfgs="none lat latk stat copy" ;; esac
r=1
while [ $r -le "$reps" ]; do
	for cfg in $cfgs; do
		case $cfg in
		lat) tool_start /tmp/t.out /tmp/t.err vduse-lat -j -d "$DEV" || fail "vduse-lat" ;;
		latk) tool_start /tmp/t.out /tmp/t.err vduse-lat -U -j -d "$DEV" || fail "vduse-lat -U" ;;
		stat) tool_start /tmp/t.out /tmp/t.err vduse-stat -j 1 || fail "vduse-stat" ;;
		copy) tool_start /tmp/t.out /tmp/t.err vduse-copy -j || fail "vduse-copy" ;;
		esac
		run_fio ovh /tmp/fio.json $pin --iodepth="$qd" --runtime="$secs" --time_based
		[ "$cfg" = none ] || tool_stop || fail "$cfg exited with $?"
		echo "OVH $r $cfg $(json_num /tmp/fio.json iops)"
	done
	r=$((r + 1))
done
echo 1 >/proc/sys/kernel/bpf_stats_enabled || fail "no kernel.bpf_stats_enabled"
for cfg in $cfgs; do
	case $cfg in
	none) continue ;;
	lat) tool_start /tmp/t.out /tmp/t.err vduse-lat -j -d "$DEV" || fail "vduse-lat" ;;
	latk) tool_start /tmp/t.out /tmp/t.err vduse-lat -U -j -d "$DEV" || fail "vduse-lat -U" ;;
	stat) tool_start /tmp/t.out /tmp/t.err vduse-stat -j 1 || fail "vduse-stat" ;;
	copy) tool_start /tmp/t.out /tmp/t.err vduse-copy -j || fail "vduse-copy" ;;
	esac
	run_fio cost /tmp/fio.json $pin --iodepth="$qd" --runtime="$secs" --time_based
	tool_stop || fail "$cfg exited with $?"
	ns=$(awk '$1 == "bpf-stats" { s += $5 } END { printf "%d", s }' /tmp/t.err)
	ios=$(json_num /tmp/fio.json total_ios)
	echo "COST $cfg $ns $ios"
	awk -v c="$cfg" -v ios="$ios" '$1 == "bpf-stats" && $4 > 0 { print "PROG", c, $3, $4, $5, ios }' /tmp/t.err
done
echo 0 >/proc/sys/kernel/bpf_stats_enabled
teardown_disk
log "PASS overhead"
