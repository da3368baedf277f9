#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: what vduse-blkd's instrumentation (stage timestamps,
# histograms, USDT probes) costs end to end. A benchmark, not a test: in one
# lab VM boot, vduse-blkd and vduse-blkd-noinstr (the same daemon with the
# instrumentation compiled out) serve the same null disk in turn, ABBA
# order, REPS times, each under the same fio run; prints each repetition's
# IOPS ratio (instrumented / compiled out, paired within the repetition),
# their median with the min-max spread, and the overhead that median means.
# Under TCG, as every figure here, only this in-boot ratio means anything.
# MODE together serves two disks at once instead, one per daemon (which
# daemon gets the first disk alternates), under one fio run with a job per
# disk: both see the same host load at every moment, so the ratio is not
# swamped by the load drifting between runs (on a busy shared host,
# alternate's repetitions were seen from 0.26 to 3.3).
#
# usage: backends/bench/overhead.sh [REPS [RUNTIME_S [IODEPTH [TARGET [MODE]]]]]
#        defaults 6 5 16 null alternate; TARGET null or ram; MODE alternate
#        or together; VLAB_BUILD as for bench/vlab
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
reps=${1:-6} runtime=${2:-5} qd=${3:-16} target=${4:-null} mode=${5:-alternate}
for v in "$reps" "$runtime" "$qd"; do
	[[ $v =~ ^[1-9][0-9]{0,3}$ ]] || { echo "overhead.sh: '$v' is not a whole number from 1 to 9999" >&2; exit 2; }
done
case $target in null | ram) ;; *) echo "overhead.sh: TARGET '$target' is not null or ram" >&2; exit 2 ;; esac
case $mode in alternate | together) ;; *) echo "overhead.sh: MODE '$mode' is not alternate or together" >&2; exit 2 ;; esac

# The guest side (busybox sh): $1 reps, $2 runtime, $3 iodepth, $4 target.
alternate='. /job/guest/lib.sh
reps=$1 runtime=$2 qd=$3 target=$4 r=1
path=; [ "$target" = ram ] && path="--path /dev/shm/ovh.img"
while [ $r -le $reps ]; do
	order="vduse-blkd vduse-blkd-noinstr"
	[ $((r % 2)) -eq 0 ] && order="vduse-blkd-noinstr vduse-blkd"
	for bin in $order; do
		# the daemon on vCPU 1, fio on vCPU 0: left to the scheduler, the
		# placement moves QD 1 IOPS by about 2% from run to run on the
		# instruction clock, more than the instrumentation may cost
		# empty the log here: the background child opens it later, and
		# the wait below must not take the banner of the last daemon for this one
		: >/tmp/ovh.log
		taskset 2 $bin --target $target --name ovh --size 268435456 $path >>/tmp/ovh.log 2>&1 &
		pid=$! i=0
		until grep -q "^vduse-blkd: /dev/vduse/ovh: " /tmp/ovh.log; do
			i=$((i + 1)); [ $i -gt 100 ] && { cat /tmp/ovh.log; exit 1; }; sleep 0.1
		done
		dev=$(vdpa_add ovh) || exit 1
		fio --name=ovh --filename="$dev" --cpus_allowed=0 --direct=1 --ioengine=io_uring --rw=randread \
			--bs=4k --iodepth=$qd --runtime=$runtime --ramp_time=1 --time_based \
			--clocksource=clock_gettime --eta=never --output-format=json \
			--output=/tmp/ovh.json </dev/null >/dev/null 2>&1 || exit 1
		iops=$(awk -F: "/\"iops\" :/ { sub(/,/, \"\", \$2); print \$2 + 0; exit }" /tmp/ovh.json)
		kill $pid; wait $pid || exit 1
		rm -f /dev/shm/ovh.img
		echo "OVH $r $bin $iops"
	done
	r=$((r + 1))
done'

# The same, both daemons at once: disks ovh0 and ovh1, one fio job each.
together='. /job/guest/lib.sh
reps=$1 runtime=$2 qd=$3 target=$4 r=1
start() { # BIN NAME
	path=; [ "$target" = ram ] && path="--path /dev/shm/$2.img"
	: >/tmp/$2.log # here, not in the child: no stale banner for the wait below
	$1 --target $target --name $2 --size 268435456 $path >>/tmp/$2.log 2>&1 &
	eval "pid_$2=\$!"
	i=0
	until grep -q "^vduse-blkd: /dev/vduse/$2: " /tmp/$2.log; do
		i=$((i + 1)); [ $i -gt 100 ] && { cat /tmp/$2.log; exit 1; }; sleep 0.1
	done
}
while [ $r -le $reps ]; do
	b0=vduse-blkd b1=vduse-blkd-noinstr
	[ $((r % 2)) -eq 0 ] && b0=vduse-blkd-noinstr b1=vduse-blkd
	start $b0 ovh0; start $b1 ovh1
	d0=$(vdpa_add ovh0) || exit 1
	d1=$(vdpa_add ovh1) || exit 1
	fio --direct=1 --ioengine=io_uring --rw=randread --bs=4k --iodepth=$qd \
		--runtime=$runtime --ramp_time=1 --time_based --clocksource=clock_gettime \
		--eta=never --output-format=json --output=/tmp/ovh.json \
		--name=j0 --filename="$d0" --name=j1 --filename="$d1" </dev/null >/dev/null 2>&1 || exit 1
	for j in 0 1; do
		eval "b=\$b$j"
		iops=$(awk -F: "/\"jobname\" : \"j$j\"/ { f = 1 } f && /\"iops\" :/ { sub(/,/, \"\", \$2); print \$2 + 0; exit }" /tmp/ovh.json)
		echo "OVH $r $b $iops"
	done
	kill $pid_ovh0 $pid_ovh1; wait $pid_ovh0 || exit 1; wait $pid_ovh1 || exit 1
	rm -f /dev/shm/ovh0.img /dev/shm/ovh1.img
	r=$((r + 1))
done'
guest=$alternate
[ "$mode" = together ] && guest=$together

timeout=$((reps * 2 * (runtime + 20) + 120))
out=$("$here/../../bench/vlab" vm exec --driver stock --timeout "$timeout" -- \
	sh -c "$guest" overhead "$reps" "$runtime" "$qd" "$target") || {
	echo "$out" | tail -n 20 >&2
	echo "overhead.sh: the guest run failed" >&2
	exit 1
}
echo "$out" | awk -v qd="$qd" -v rt="$runtime" -v tgt="$target" -v mode="$mode" -v clk="${VLAB_CLOCK:-wall}" '
$1 == "OVH" && $3 == "vduse-blkd" { a[$2] = $4 }
$1 == "OVH" && $3 == "vduse-blkd-noinstr" { b[$2] = $4 }
END {
	printf "vduse-blkd instrumented vs compiled out, %s target, 4k randread QD %s, %s s, %s, one boot, clock %s (VLAB_CLOCK)\n", tgt, qd, rt, mode, clk
	printf "%4s %12s %12s %8s\n", "rep", "instr IOPS", "noinstr IOPS", "ratio"
	n = 0
	for (r = 1; (r in a) || (r in b); r++) {
		if (!(r in a) || !(r in b) || b[r] <= 0) continue
		x[++n] = a[r] / b[r]
		printf "%4d %12.0f %12.0f %8.4f\n", r, a[r], b[r], x[n]
	}
	if (!n) { print "no complete repetition"; exit 1 }
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
	med = n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
	printf "IOPS ratio instr/noinstr: median %.4f, spread [%.4f, %.4f] over %d repetitions\n", med, x[1], x[n], n
	printf "overhead: %.2f%% (median; > 0 means the instrumented daemon is slower)\n", (1 - med) * 100
}'
