# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: vduse-lat on one driver (ARGS: stock|ours [probe]) around a
# 4 KiB QD1 fio run: it attaches, exits 0 at SIGTERM, and its JSON agrees
# with fio: I/O count equal to total_ios within 1%, mean total latency
# within 10% of fio's mean completion latency, stages adding up to the total.
# Also the error exits: 11 without the module, 12 for a disk that is not VDUSE.
# The null-co export answers after 1 ms: fio's clat also holds io_uring
# submission and reaping outside block_rq_issue..complete (about 45 us at
# QD1 under TCG, more at higher depths when fio waits for the CPU), which
# alone is 10% of a plain null-co I/O (about 400 us) but about 1% of the 1 ms
# export's I/O (about 4 ms under TCG, where the 1 ms timer fires late).
drv=$1 probe=${2:-auto}
# Which hooks auto must pick: the driver's tracepoints exist only in ours.
want_hooks=$probe
[ "$probe" = auto ] && { [ "$drv" = ours ] && want_hooks=tracepoint || want_hooks=fentry; }
kmsg_mark "ebpf $ETEST $drv"
vduse_unload
vduse-lat -d vda 2>/tmp/err.txt; rc=$?
[ $rc -eq 11 ] || fail "without the module: exit $rc, not 11: $(cat /tmp/err.txt)"
setup_disk "$drv" 1000000
vduse-lat -d vda 2>/tmp/err.txt; rc=$?
[ $rc -eq 12 ] || fail "on a disk that is not VDUSE: exit $rc, not 12: $(cat /tmp/err.txt)"
log "error exits: $(cat /tmp/err.txt)"
tool_start /tmp/lat.json /tmp/lat.err vduse-lat -j -p "$probe" -d "$DEV" ||
	fail "vduse-lat did not start"
log "$(cat /tmp/lat.err)"
run_fio lat /tmp/fio.json --iodepth=1 --runtime=4 --time_based
tool_stop || fail "vduse-lat exited with $?"
tr -d '\n' </tmp/lat.json | sed 's/"buckets":\[[][0-9.,[]*\]//g'; echo
[ "$(wc -l </tmp/lat.json)" -eq 1 ] || fail "expected one JSON line"
teardown_disk
tr -d ' \n' </tmp/fio.json | grep -o '"clat_ns":{[^}]*}' | head -n 1
fio_ios=$(json_num /tmp/fio.json total_ios)
fio_clat=$(tr -d ' \n' </tmp/fio.json | grep -o '"clat_ns":{"min":[0-9]*,"max":[0-9]*,"mean":[0-9.e+]*' | head -n 1 | sed 's/.*://')
lat_ios=$(json_num /tmp/lat.json ios)
lat_mean=$(tr -d '\n' </tmp/lat.json | grep -o '"total":{"count":[0-9]*,"mean":[0-9.e+]*' | sed 's/.*://')
stage_sum=$(tr -d '\n' </tmp/lat.json | grep -o '"[a-z]*":{"count":[0-9]*,"mean":[0-9.e+]*' |
	grep -v '"total"' | sed 's/.*://' | awk '{ s += $1 } END { print s }')
log "fio total_ios=$fio_ios clat_mean_ns=$fio_clat; vduse-lat ios=$lat_ios total_mean_us=$lat_mean stage_sum_us=$stage_sum"
[ -n "$fio_ios" ] && [ -n "$lat_ios" ] && [ -n "$fio_clat" ] && [ -n "$lat_mean" ] || fail "missing numbers"
[ "$lat_ios" -gt 0 ] || fail "vduse-lat saw no I/O"
awk -v a="$lat_ios" -v b="$fio_ios" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= b / 100) }' ||
	fail "I/O count $lat_ios differs from fio's total_ios $fio_ios by more than 1%"
awk -v a="$lat_mean" -v b="$fio_clat" 'BEGIN { b /= 1000; d = a - b; if (d < 0) d = -d; exit !(d <= b / 10) }' ||
	fail "mean total ${lat_mean} us differs from fio's mean clat by more than 10%"
awk -v a="$stage_sum" -v b="$lat_mean" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= b / 1000 + 0.01) }' ||
	fail "stage means add up to $stage_sum us, not the total $lat_mean us"
grep -q '"probes":{"add":"[a-z]*","kick":"'"$want_hooks"'"' /tmp/lat.json ||
	fail "expected $want_hooks hooks"
bad=$(dmesg_bad "ebpf $ETEST $drv") || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS $ETEST"
