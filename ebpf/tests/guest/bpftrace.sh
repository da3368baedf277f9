# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: every ebpf/bpftrace/*.bt (on /job/bin) compiles in the guest
# (bpftrace 0.17 has no --dry-run: --emit-elf parses, checks and generates
# the BPF programs without attaching), then runs for one second of fio on a
# VDUSE disk (ARGS: stock|ours): it starts (its BEGIN line is the ready
# signal), exits 0 at SIGINT and prints a non-empty histogram. The SIGINT is
# sent the way bpftrace 0.17 misses it (its epoll_wait times out while
# another task holds its CPU, so the signal comes after the timeout but before
# the syscall returns); each script's signal_deliver probe must end it.
drv=${1:-stock}
command -v bpftrace >/dev/null || skip "bpftrace is not on the tools disk (bench/vm/tools.list)"
kmsg_mark "ebpf $ETEST $drv"
command -v chrt >/dev/null || fail "chrt is not on the tools disk (bench/vm/tools.list)"
[ "$(nproc)" -ge 2 ] || fail "needs two vCPUs (bpftrace on CPU 1), found $(nproc)"
setup_disk "$drv"
taskset -p -c 0 $$ >/dev/null # this shell and fio off bpftrace's CPU
n=0
for bt in /job/bin/*.bt; do
	name=${bt##*/}
	bpftrace --emit-elf /tmp/bt.elf "$bt" >/tmp/bt-elf.log 2>&1 ||
		fail "$name does not compile: $(grep -v RLIMIT /tmp/bt-elf.log | head -n 3)"
	grep -v RLIMIT_MEMLOCK /tmp/bt-elf.log | grep -q ERROR && fail "$name: $(cat /tmp/bt-elf.log)"
	rm -f /tmp/bt.out /tmp/bt.err # not the previous script's ready line
	taskset -c 1 bpftrace -B none "$bt" >/tmp/bt.out 2>/tmp/bt.err &
	pid=$!
	i=0
	until grep -q 'Hit Ctrl-C to end' /tmp/bt.out 2>/dev/null; do
		kill -0 $pid 2>/dev/null || fail "$name exited early: $(cat /tmp/bt.err)"
		i=$((i + 1))
		[ $i -gt 600 ] && fail "$name not ready after 60 s"
		sleep 0.1
	done
	log "$name ready after $((i / 10)) s"
	FIO_TIMEOUT=30 run_fio "$name" /tmp/fio.json --iodepth=4 --runtime=1 --time_based
	# A real-time spinner on bpftrace's CPU: bpftrace's 100 ms epoll_wait
	# times out while it cannot run, and SIGINT arrives before it returns.
	taskset -c 1 chrt -f 50 sh -c 'while :; do :; done' &
	spin=$!
	sleep 0.3
	kill -INT $pid
	kill $spin 2>/dev/null || fail "the spinner on CPU 1 did not run"
	wait $spin
	i=0
	while kill -0 $pid 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt 300 ] && stuck "$name did not end 30 s after SIGINT" "$pid" ${BACKEND_PID:+"$BACKEND_PID"}
		sleep 0.1
	done
	wait $pid || fail "$name exited with $?: $(cat /tmp/bt.err)"
	grep -q '^@.*\[' /tmp/bt.out || grep -q '^@[a-z_]*:' /tmp/bt.out || fail "$name printed no map: $(cat /tmp/bt.out)"
	grep -q '^\[' /tmp/bt.out || fail "$name printed no histogram: $(cat /tmp/bt.out)"
	cat /tmp/bt.out
	n=$((n + 1))
done
[ $n -ge 3 ] || fail "expected the three scripts on /job/bin, found $n"
teardown_disk
bad=$(dmesg_bad "ebpf $ETEST $drv") || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS $ETEST"
