# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: vduse-lat with vduse-blkd as the backend (ARGS: DRIVER TARGET
# QUEUES [per-queue]): it finds the backend holding /dev/vduse/vduse0 and
# attaches its USDT probes by itself, and the backend stages it reports agree
# with fio and with its own kernel-side stages: I/O count equal to fio's
# total_ios within 1%, every backend stage counted for (within 1% of) every
# I/O with a mean above 0, their means adding up to backend's, and the
# stages of the breakdown adding up to total. With QUEUES 2 and per-queue,
# two fio jobs pinned one per vCPU use both queues: each queue has I/Os, the
# queues' I/Os add up to the device's and each queue's stages to its total;
# each queue's irq stage is above 0 (its own injections and callbacks: on
# stock, the callback's vq comes from the module's BTF by CO-RE).
drv=$1 target=$2 nq=$3 perq=${4:-}
kmsg_mark "ebpf $ETEST $drv"
vduse_load "$drv" || fail "cannot load the $drv module"
VLAB_QUEUES=$nq VLAB_SIZE=256M backend_start "blkd-$target" vduse0 /tmp/blkd.log ||
	fail "vduse-blkd: $(tail -n 3 /tmp/blkd.log)"
DEV=$(vdpa_add vduse0) || fail "vdpa dev add"
set -- -j -d "$DEV"
[ -n "$perq" ] && set -- "$@" --per-queue
tool_start /tmp/lat.json /tmp/lat.err vduse-lat "$@" || fail "vduse-lat did not start"
log "$(cat /tmp/lat.err)"
grep -q "backend usdt pid $BACKEND_PID" /tmp/lat.err ||
	fail "vduse-lat did not attach vduse-blkd's USDT probes by itself"
if [ "$nq" -gt 1 ]; then
	run_fio lat /tmp/fio.json --iodepth=4 --runtime=4 --time_based --numjobs="$nq" \
		--group_reporting --cpus_allowed=0-1 --cpus_allowed_policy=split
else
	run_fio lat /tmp/fio.json --iodepth=1 --runtime=4 --time_based
fi
tool_stop || fail "vduse-lat exited with $?"
[ "$(wc -l </tmp/lat.json)" -eq 1 ] || fail "expected one JSON line"
line=$(lat_line /tmp/lat.json)
echo "$line"
vdpa_del vduse0 || fail "vdpa dev del"
backend_stop
vduse_unload || fail "rmmod vduse"

fio_ios=$(json_num /tmp/fio.json total_ios)
lat_ios=$(json_num /tmp/lat.json ios)
dev=$(echo "$line" | sed 's/"queues":.*//')
st=$(lat_section "$dev" stages)
be=$(lat_section "$dev" backend_stages)
[ -n "$st" ] && [ -n "$be" ] || fail "no stages or no backend_stages in the JSON"
grep -q '"backend":"usdt"' /tmp/lat.json || fail "probes.backend is not usdt"
[ -n "$fio_ios" ] && [ "$lat_ios" -gt 0 ] || fail "vduse-lat saw no I/O"
within "$lat_ios" "$fio_ios" 1 || fail "I/O count $lat_ios differs from fio's total_ios $fio_ios by more than 1%"
matched=$(json_num /tmp/lat.json be_matched)
within "$matched" "$lat_ios" 1 || fail "only $matched of $lat_ios I/Os matched to a backend pop"
for s in wake pop submit target publish; do
	c=$(stage_field "$be" $s count) m=$(stage_field "$be" $s mean)
	log "backend stage $s: count $c mean $m us"
	within "$c" "$fio_ios" 1 || fail "backend stage $s counted $c I/Os, fio $fio_ios"
	awk -v m="$m" 'BEGIN { exit !(m > 0) }' || fail "backend stage $s has mean '$m'"
done
total=$(stage_field "$st" total mean)
backend=$(stage_field "$st" backend mean)
be_sum=$(sum_means "$be" wake pop submit target publish)
all_sum=$(sum_means "$st" queue map kick irq complete)
all_sum=$(awk -v a="$all_sum" -v b="$be_sum" 'BEGIN { print a + b }')
log "fio total_ios=$fio_ios; vduse-lat ios=$lat_ios matched=$matched backend=$backend us (stages $be_sum) total=$total us (stages $all_sum)"
close_to "$be_sum" "$backend" || fail "backend stages add up to $be_sum us, not backend's $backend us"
close_to "$all_sum" "$total" || fail "the breakdown adds up to $all_sum us, not the total $total us"
grep -q '"breakdown":\["queue","map","kick","wake","pop","submit","target","publish","irq","complete"\]' \
	/tmp/lat.json || fail "unexpected breakdown list"
if [ -n "$perq" ]; then
	qsum=0 q=0
	echo "$line" | sed 's/.*"queues":\[//' |
		awk '{ gsub(/\{"queue":[0-9]+,"ios":/, "\n&"); print }' | grep '^{"queue":[0-9]' \
		>/tmp/queues.txt
	[ "$(wc -l </tmp/queues.txt)" -eq "$nq" ] || fail "expected $nq queues in the JSON"
	while read -r ql; do
		qi=$(echo "$ql" | grep -oE '^\{"queue":[0-9]+' | cut -d: -f2)
		qios=$(echo "$ql" | grep -oE '^\{"queue":[0-9]+,"ios":[0-9]+' | cut -d: -f3)
		qst=$(lat_section "$ql" stages)
		qbe=$(lat_section "$ql" backend_stages)
		qtot=$(stage_field "$qst" total mean)
		qs=$(awk -v a="$(sum_means "$qst" queue map kick irq complete)" \
			-v b="$(sum_means "$qbe" wake pop submit target publish)" 'BEGIN { print a + b }')
		log "queue $qi: ios $qios total $qtot us (stages $qs)"
		[ "$qi" = "$q" ] || fail "queue $q listed as '$qi'"
		[ "${qios:-0}" -gt 0 ] || fail "queue $qi had no I/O"
		close_to "$qs" "$qtot" || fail "queue $qi: stages add up to $qs us, not $qtot"
		[ "$(stage_field "$qbe" target count)" = "$qios" ] || fail "queue $qi: backend counts differ"
		# injection and callback are told apart by vq: each queue has its own
		awk -v m="$(stage_field "$qst" irq mean)" 'BEGIN { exit !(m > 0) }' ||
			fail "queue $qi: no injection or callback of its own (irq stage 0)"
		qsum=$((qsum + qios)) q=$((q + 1))
	done </tmp/queues.txt
	[ "$qsum" -eq "$lat_ios" ] || fail "queues' I/Os add up to $qsum, not $lat_ios"
fi
bad=$(dmesg_bad "ebpf $ETEST $drv") || fail "kernel complaint in dmesg: $(echo "$bad" | head -n 3)"
log "PASS $ETEST"
