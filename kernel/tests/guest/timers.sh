# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: on the instruction clock every timer still fires. Guest time
# there advances by instructions executed (bench/vm/clock.sh) and jumps
# over idle periods, so a timer that relied on host time could stall or
# fire early. Checked in guest time: a 1 s sleep lasts 1 s, not less; fio's 2 s
# time-based run ends after 2 s; kick_mode=coalesce and inject_mode=coalesce
# windows close by their timers (inject_coalesce_max is out of reach, so
# only the timer can end a window), so the kicks and injections they hold
# back are delivered and fio gets every I/O back. A window is 4 times the
# guest time between kicks measured first without coalescing (at least
# 200 us), so that kicks land inside windows on any kernel: the debug
# kernel's path per I/O is many times longer in guest time.
# Clock: icount
begin

# now_ns: guest time (CLOCK_MONOTONIC) in NOW, in nanoseconds, read by the
# shell itself: /proc/timer_list's header says "now at N nsecs". A reader
# forked per reading (awk on /proc/uptime, in 10 ms steps) cost tens of ms
# of guest time that moved by several ms between readings, enough to put a
# correct sleep outside the bounds.
now_ns() {
	while read -r w1 w2 w3 _; do
		[ "$w1 $w2" = "now at" ] && NOW=$w3 && return 0
	done </proc/timer_list
	return 1
}

# A sleep cannot end early: from a reading before its fork to one after its
# exit, at least 1 s of guest time has passed, or a timer fired early. Its
# fork and exec are guest instructions too, several times more on the debug
# kernel (KASAN, lockdep) than on the lab kernel, and vary by milliseconds
# between forks, so the stall bound takes off the least cost of three
# `sleep 0`s.
now_ns && sleep 0 || fail "no \"now at\" in /proc/timer_list" # warm
cost=
for _ in 1 2 3; do
	now_ns && t0=$NOW
	sleep 0
	now_ns && t1=$NOW
	[ -z "$cost" ] || [ $((t1 - t0)) -lt "$cost" ] && cost=$((t1 - t0))
done
now_ns && t1=$NOW
sleep 1
now_ns && t2=$NOW
took=$(((t2 - t1) / 1000))
msg="sleep 1 took $took us of guest time, fork and exec included ($((cost / 1000)) us for sleep 0)"
log "$msg"
[ $took -ge 1000000 ] || fail "$msg: it ended early"
[ $((took - cost / 1000)) -le 1200000 ] || fail "$msg: over 1.2 s, fork and exec taken off"

# timed_fio SECONDS: the workload, time-based, fio JSON in /tmp/fio.json.
timed_fio() {
	# shellcheck disable=SC2154 # dev: set by klib.sh's device helpers, pasted before this file
	fio --name=timers --filename="$dev" --direct=1 --ioengine=io_uring --rw=randread --bs=4k \
		--iodepth=16 --time_based --runtime="$1" --eta=never --output-format=json \
		--output=/tmp/fio.json </dev/null
}

attach_with ""
timed_fio 1 || fail "fio without coalescing"
kicks=$(ctr kicks)
vdpa_del vduse0 || fail "vdpa dev del"
backend_stop
[ "$kicks" -gt 0 ] || fail "no kick in 1 s of fio"
win=$((4 * 1000000 / kicks))
[ $win -ge 200 ] || win=200
[ $win -le 500000 ] || fail "$kicks kicks in 1 s: a window of $win us is past the test's 500000"
log "$kicks kicks in 1 s without coalescing: windows of $win us"

attach_with "kick_mode=coalesce kick_coalesce_us=$win inject_mode=coalesce inject_coalesce_us=$win inject_coalesce_max=65535"
echo 1 >"$STATS/reset"
timed_fio 2 || fail "fio on coalesced kicks and injections"
fio_ok /tmp/fio.json || fail "fio reported an error"
log "coalesced:$(stats_line)"
# the last I/O may wait for a kick window and then an injection window
last=$((2000 + 100 + 2 * win / 1000))
runtime=$(sed -n 's/.*"job_runtime" : \([0-9]*\).*/\1/p' /tmp/fio.json | head -n 1)
[ -n "$runtime" ] && [ "$runtime" -ge 1990 ] && [ "$runtime" -le $last ] ||
	fail "fio's 2 s run lasted ${runtime:-?} ms of guest time, expected 1990..$last"
[ "$(ctr kicks_coalesced)" -gt 0 ] || fail "no kick was held to the end of a window"
[ "$(ctr injects_coalesced)" -gt 0 ] || fail "no injection was held to the end of a window"
ios=$(sed -n 's/.*"total_ios" : \([0-9]*\).*/\1/p' /tmp/fio.json | head -n 1)
[ "${ios:-0}" -gt 0 ] || fail "fio completed no I/O"
# every held-back kick and injection was delivered: nothing is left in flight
inflight=$(cat "/sys/block/${dev#/dev/}/inflight")
# shellcheck disable=SC2086,SC2116 # echo unquoted folds the file's runs of blanks
[ "$(echo $inflight)" = "0 0" ] || fail "requests still in flight after fio: $inflight"
finish
