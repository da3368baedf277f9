# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: on the instruction clock every timer still fires. Guest time
# there advances by instructions executed (bench/vm/clock.sh) and jumps
# over idle periods, so a timer that relied on host time could stall or
# fire early. Checked in guest time: a 1 s sleep lasts 1 s; fio's 2 s
# time-based run ends after 2 s; kick_mode=coalesce and inject_mode=coalesce
# windows close by their timers (inject_coalesce_max is out of reach, so
# only the timer can end a window), so the kicks and injections they hold
# back are delivered and fio gets every I/O back. A window is 4 times the
# guest time between kicks measured first without coalescing (at least
# 200 us), so that kicks land inside windows on any kernel: the debug
# kernel's path per I/O is many times longer in guest time.
# Clock: icount
begin

# uptime_ms: guest time since boot in milliseconds.
uptime_ms() { awk '{ printf "%d\n", $1 * 1000 }' /proc/uptime; }

# The same reads around `sleep 0` first: their own cost (forks, execs,
# awk) is guest instructions too, several times more on the debug kernel
# (KASAN, lockdep) than on the lab kernel, and is taken off. /proc/uptime
# counts in 10 ms steps, so four readings make the result good to 20 ms.
uptime_ms >/dev/null && sleep 0 # warm: both measure the same thing
t0=$(uptime_ms)
sleep 0
t1=$(uptime_ms)
sleep 1
t2=$(uptime_ms)
took=$((t2 - t1 - (t1 - t0)))
log "sleep 1 took $took ms of guest time ($((t1 - t0)) ms of measuring taken off)"
[ $took -ge 980 ] && [ $took -le 1200 ] ||
	fail "sleep 1 took $took ms of guest time ($((t1 - t0)) ms of measuring taken off), expected 980..1200"

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
