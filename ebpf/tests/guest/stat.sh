# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: vduse-stat on one driver (ARGS: stock|ours [probe]) around a
# 3 s fio random-read run: per-second JSON lines, exit 0 at SIGTERM, and
# consistent non-zero counts: maps = unmaps, callbacks = injections (1%),
# at least one map and 4 KiB bounced back per fio I/O, inject work delays
# seen; on ours, equal (1%) to the module's own sysfs counters.
drv=$1 probe=${2:-auto}
kmsg_mark "ebpf $ETEST $drv"
setup_disk "$drv"
sysfs=/sys/class/vduse/vduse0/stats
# the module's per-I/O counters are off unless its stats parameter is on
if [ "$drv" = ours ]; then
	echo 1 >/sys/module/vduse/parameters/stats || fail "cannot turn the module's stats on"
fi
snap() { for k in maps unmaps kicks injects callbacks; do echo "$k $(cat $sysfs/$k 2>/dev/null)"; done; }
[ "$drv" = ours ] && snap >/tmp/before
tool_start /tmp/stat.json /tmp/stat.err vduse-stat -j -p "$probe" 1 || fail "vduse-stat did not start"
log "$(cat /tmp/stat.err)"
run_fio stat /tmp/fio.json --iodepth=4 --runtime=3 --time_based
sleep 1 # a second with no I/O: every unmap and callback is in
tool_stop || fail "vduse-stat exited with $?"
[ "$drv" = ours ] && snap >/tmp/after
teardown_disk
sed 's/"buckets":\[[][0-9.,[]*\]//g' /tmp/stat.json | tail -n 2
[ "$(wc -l </tmp/stat.json)" -ge 3 ] || fail "expected a JSON line per second"
ios=$(json_num /tmp/fio.json total_ios)
for k in maps unmaps kicks injects callbacks inject_works bounce_bytes_from_dev; do
	eval "$k=\$(json_sum /tmp/stat.json $k)"
done
# shellcheck disable=SC2154 # the counters are assigned by the eval above
log "fio ios=$ios; maps=$maps unmaps=$unmaps kicks=$kicks injects=$injects callbacks=$callbacks inject_works=$inject_works from_dev=$bounce_bytes_from_dev"
[ "$ios" -gt 0 ] && [ "$kicks" -gt 0 ] && [ "$inject_works" -gt 0 ] || fail "zero counts"
[ "$maps" -ge "$ios" ] || fail "fewer maps ($maps) than I/Os ($ios)"
within "$unmaps" "$maps" 1 || fail "maps $maps and unmaps $unmaps differ"
within "$callbacks" "$injects" 1 || fail "injects $injects and callbacks $callbacks differ"
[ "$bounce_bytes_from_dev" -ge $((ios * 4096)) ] || fail "less than 4 KiB bounced back per I/O"
grep -q "\"probes\":\"$probe\"" /tmp/stat.json || [ "$probe" = auto ] || fail "not using $probe hooks"
if [ "$drv" = ours ]; then
	for k in maps unmaps kicks injects callbacks; do
		a=$(grep "^$k " /tmp/before | cut -d' ' -f2)
		b=$(grep "^$k " /tmp/after | cut -d' ' -f2)
		eval "v=\$$k"
		# shellcheck disable=SC2154 # v is assigned by the eval above
		within "$v" $((b - a)) 1 || fail "$k: vduse-stat $v, sysfs $((b - a))"
	done
	log "sysfs counters agree"
fi
bad=$(dmesg_bad "ebpf $ETEST $drv") || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS $ETEST"
