# SPDX-License-Identifier: GPL-2.0-only
# Guest-side helpers of the ebpf/ vm tests (busybox sh), appended after
# /job/guest/lib.sh: set up one VDUSE disk, run a tool around fio, and read
# numbers out of fio's and the tools' JSON without a JSON parser (the keys
# used here are unique in those objects).
fail() {
	log "FAIL $ETEST: $*"
	exit 1
}
skip() {
	log "SKIP $ETEST: $*"
	exit 4
}

# setup_disk DRIVER [LATENCY_NS]: load the module, start qemu-storage-daemon
# on a null-co node (completing each request after LATENCY_NS, default 0)
# and attach the disk; DEV is its /dev path.
setup_disk() {
	vduse_load "$1" || fail "cannot load the $1 module"
	qemu-storage-daemon \
		--blockdev "driver=null-co,node-name=n0,size=1073741824,latency-ns=${2:-0}" \
		--export type=vduse-blk,id=e0,node-name=n0,name=vduse0,writable=on,num-queues=1 \
		>/tmp/qsd.log 2>&1 &
	BACKEND_PID=$!
	wait_for /dev/vduse/vduse0 || fail "qemu-storage-daemon: $(cat /tmp/qsd.log)"
	DEV=$(vdpa_add vduse0) || fail "vdpa dev add"
}

teardown_disk() {
	vdpa_del vduse0 || fail "vdpa dev del"
	backend_stop
	vduse_unload || fail "rmmod vduse"
}

# tool_start OUT ERR CMD...: start a tool in the background; return when its
# banner ("Ctrl-C to end") says it has attached. TOOL_PID is its process.
tool_start() {
	local out=$1 err=$2 i=0
	shift 2
	rm -f "$out" "$err" # no stale ready line from an earlier run
	"$@" >"$out" 2>"$err" &
	TOOL_PID=$!
	while ! grep -q 'Ctrl-C to end' "$err" 2>/dev/null; do
		kill -0 "$TOOL_PID" 2>/dev/null || { cat "$err"; return 1; }
		i=$((i + 1))
		[ $i -gt 300 ] && { cat "$err"; return 1; }
		sleep 0.1
	done
}

# tool_stop: SIGTERM, then its exit status (0 expected: it prints and exits).
tool_stop() {
	kill -TERM "$TOOL_PID"
	wait "$TOOL_PID"
}

# run_fio NAME JSON [fio options]: 4 KiB random reads on DEV, killed after
# FIO_TIMEOUT seconds (default 120) so that a hang fails the test. fio times with
# clock_gettime, the kernel's clock: its default TSC clock, calibrated at
# start, drifted by about 6% from it under TCG.
run_fio() {
	local name=$1 json=$2
	shift 2
	timeout "${FIO_TIMEOUT:-120}" fio --name="$name" --filename="$DEV" --direct=1 --ioengine=io_uring --rw=randread \
		--bs=4k --clocksource=clock_gettime --eta=never --output-format=json --output="$json" "$@" </dev/null ||
		fail "fio $name"
	grep -q '"error" : 0' "$json" || fail "fio $name reported an error"
}

# json_num FILE KEY: the first number after "KEY" in FILE.
json_num() {
	tr -d ' \n' <"$1" | grep -o "\"$2\":[-0-9.e+]*" | head -n 1 | cut -d: -f2
}

# json_sum FILE KEY: the sum of "KEY":N over all lines of FILE.
json_sum() {
	grep -o "\"$2\":[0-9]*" "$1" | cut -d: -f2 | awk '{ s += $1 } END { printf "%d\n", s }'
}

# within A B PCT: |A - B| <= PCT% of B.
within() {
	awk -v a="$1" -v b="$2" -v p="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= b * p / 100) }'
}

# stuck WHAT PID...: fail with the kernel stacks of PIDs (a hang's evidence).
stuck() {
	local what=$1 p
	shift
	for p in "$@"; do
		log "stack of $p ($(cat /proc/$p/comm 2>/dev/null)):"
		cat /proc/$p/stack 2>/dev/null
	done
	dmesg | tail -n 20
	fail "$what"
}
