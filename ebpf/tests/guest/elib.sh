# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash, sourced: dash is the nearest dialect
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

# setup_disk DRIVER [LATENCY_NS]: load the module, start qsd-null (lib.sh's
# backend_start: 1 GiB, one queue, completing each request after
# LATENCY_NS, default 0) and attach the disk; DEV is its /dev path.
setup_disk() {
	vduse_load "$1" || fail "cannot load the $1 module"
	VLAB_SIZE=1G VLAB_QUEUES=1 VLAB_QSD_NODE_OPTS=latency-ns=${2:-0} \
		backend_start qsd-null vduse0 /tmp/qsd.log || fail "qemu-storage-daemon: $(cat /tmp/qsd.log)"
	DEV=$(vdpa_add vduse0) || fail "vdpa dev add"
}

# setup_backend DRIVER BACKEND: as setup_disk, on qsd-null (setup_disk's
# 1 GiB) or on another of bench/guest/lib.sh's backend_types (blkd-null,
# blkd-ram, qsd-ram...), 256 MiB, VLAB_QUEUES queues.
setup_backend() {
	case $2 in
	qsd-null) setup_disk "$1" ;;
	*)
		vduse_load "$1" || fail "cannot load the $1 module"
		VLAB_SIZE=256M backend_start "$2" vduse0 /tmp/backend.log ||
			fail "$2: $(tail -n 3 /tmp/backend.log)"
		DEV=$(vdpa_add vduse0) || fail "vdpa dev add"
		;;
	esac
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
		log "stack of $p ($(cat "/proc/$p/comm" 2>/dev/null)):"
		cat "/proc/$p/stack" 2>/dev/null
	done
	dmesg | tail -n 20
	fail "$what"
}

# lat_line FILE: vduse-lat's last JSON line without its histogram buckets,
# so that no stage object holds brackets or braces of its own.
lat_line() {
	tail -n 1 "$1" | sed 's/,"buckets":\[[][0-9.,[]*\]//g'
}

# lat_section TEXT KEY: the first "KEY":{"stage":{...},...} object in TEXT.
lat_section() {
	echo "$1" | grep -oE "\"$2\":\\{(\"[a-z]+\":\\{[^{}]*\\},?)*\\}" | head -n 1
}

# stage_field SECTION STAGE FIELD: one number of one stage in a section.
stage_field() {
	echo "$1" | grep -oE "\"$2\":\\{[^{}]*\\}" | head -n 1 |
		grep -oE "\"$3\":[-0-9.e+]*" | cut -d: -f2
}

# sum_means SECTION STAGE...: the sum of those stages' means.
sum_means() {
	local sec=$1 s t=0
	shift
	for s in "$@"; do
		t=$(awk -v a="$t" -v b="$(stage_field "$sec" "$s" mean)" 'BEGIN { print a + b }')
	done
	echo "$t"
}

# close_to A B: |A - B| <= 0.1% of B + 0.01 (means of one run's stages, each
# rounded by the JSON writer).
close_to() {
	awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= b / 1000 + 0.01) }'
}
