# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: every non-default strategy moves I/O correctly and as it
# implies. For each setting (iova_alloc=plain with kick_mode=work and
# inject_mode=direct; kick and inject coalesce; prealloc with nocache
# copies; page vs runs copies; each irq_affinity_policy) a RAM export
# gets fio write+verify (crc32c, 512 B..1 MiB, QD 16): no error, no
# mismatch. kick_mode=work defers every kick; the coalesce modes hold some
# kicks and injections back at QD 16; inject_mode=direct runs callbacks in
# the injecting task; runs makes far fewer copies than page; the vduse_inject
# tracepoint shows sticky using one CPU, local the injecting CPU, and
# roundrobin (upstream) both CPUs of the VM.
begin
T=/sys/kernel/tracing
[ -d $T/events ] || mount -t tracefs tracefs $T || fail "no tracefs"

# run_with "knob=value ...": one device with those knobs, the verify
# workload, the vduse_inject events in /tmp/inject.txt.
run_with() {
	attach_with "$1"
	sleep 1
	echo 1 >"$STATS/reset"
	echo >$T/trace
	echo 1 >$T/events/vduse/vduse_inject/enable
	echo 1 >$T/events/vduse/vduse_callback/enable
	# shellcheck disable=SC2154 # dev: set by klib.sh's device helpers, pasted before this file
	fio --name=modes --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite \
		--bsrange=512-1M --iodepth=16 --size=16M --verify=crc32c --do_verify=1 \
		--verify_fatal=1 --eta=never --output-format=json --output=/tmp/fio.json \
		</dev/null || fail "fio write+verify ($1)"
	echo 0 >$T/events/vduse/vduse_inject/enable
	echo 0 >$T/events/vduse/vduse_callback/enable
	fio_ok /tmp/fio.json || fail "fio reported an error ($1)"
	grep ' vduse_inject: dev=vduse0 ' $T/trace >/tmp/inject.txt
	grep ' vduse_callback: dev=vduse0 ' $T/trace >/tmp/callback.txt
	log "$1:$(stats_line)"
	mkdir -p /tmp/saved
	for kv in $STAT_NAMES; do ctr "$kv" >/tmp/saved/"$kv"; done
	[ "$(ctr map_failures)" = 0 ] || fail "failed maps with a 64 MiB region ($1)"
	vdpa_del vduse0 || fail "vdpa dev del ($1)"
	backend_stop
}
# saved NAME: a counter of the last run_with device, kept after teardown.
saved() { cat "/tmp/saved/$1"; }
# inject_cpus: the distinct cpu= values of the vduse_inject events.
inject_cpus() { sed -n 's/.* cpu=\([-0-9]*\) .*/\1/p' /tmp/inject.txt | sort -u | tr '\n' ' '; }

run_with "iova_alloc=plain kick_mode=work inject_mode=direct"
[ "$(saved kicks)" -gt 0 ] && [ "$(saved kicks_deferred)" = "$(saved kicks)" ] ||
	fail "kick_mode=work: $(saved kicks_deferred) of $(saved kicks) kicks deferred"
[ "$(saved callbacks)" -gt 0 ] || fail "inject_mode=direct: no callback ran"
# direct runs the callback in the injecting task, not in a kworker.
[ -s /tmp/callback.txt ] || fail "inject_mode=direct: no vduse_callback event"
grep -q kworker /tmp/callback.txt && fail "inject_mode=direct: a callback ran in a kworker"
grep -q qemu-storage /tmp/callback.txt || fail "inject_mode=direct: callbacks not run by the backend's task"

# coalesce: kicks within a window are left to its end, and none is lost
# (a lost last kick would leave fio waiting for good).
run_with "kick_mode=coalesce kick_coalesce_us=10000"
[ "$(saved kicks_coalesced)" -gt 0 ] || fail "kick_mode=coalesce coalesced no kick at QD 16"
[ "$(saved kicks_coalesced)" -lt "$(saved kicks)" ] || fail "kick_mode=coalesce signalled no kick"

# inject coalesce: injections inside a window are held back to its end
# (how many share a callback depends on the backend's pace, so only the
# holding back is checked); none is lost, or fio would wait for good.
run_with "inject_mode=coalesce inject_coalesce_us=10000 inject_coalesce_max=4"
[ "$(saved injects_coalesced)" -gt 0 ] || fail "inject_mode=coalesce held back no injection at QD 16"
[ "$(saved callbacks)" -le "$(saved injects)" ] ||
	fail "inject_mode=coalesce: $(saved callbacks) callbacks for $(saved injects) injections"

run_with "bounce_strategy=prealloc iova_alloc=plain copy_engine=nocache copy_nocache_threshold=0"
[ "$(saved bounce_pages)" = 0 ] || fail "prealloc allocated $(saved bounce_pages) pages during I/O"

# copy_engine=runs: with prealloc (contiguous bounce pages) and data in
# huge pages (contiguous originals), a copy covers a whole mapping, where
# page copies 4 KiB at a time: far fewer copies for the same bytes.
mkdir -p /mnt/huge
echo 16 >/proc/sys/vm/nr_hugepages
mount -t hugetlbfs none /mnt/huge && [ "$(cat /proc/sys/vm/nr_hugepages)" -ge 8 ] ||
	fail "no huge pages for the copy_engine=runs check"
page=$(copies_with "bounce_strategy=prealloc copy_engine=page")
runs=$(copies_with "bounce_strategy=prealloc copy_engine=runs")
[ "$runs" -gt 0 ] && [ $((runs * 4)) -lt "$page" ] ||
	fail "copy_engine=runs made $runs copies where page made $page"
umount /mnt/huge

run_with "irq_affinity_policy=roundrobin"
[ "$(inject_cpus)" = "0 1 " ] || fail "roundrobin used CPUs '$(inject_cpus)', expected both"
grep -q qemu-storage /tmp/callback.txt && fail "inject_mode=work: a callback ran in the backend's task"
run_with "irq_affinity_policy=sticky"
# shellcheck disable=SC2046 # one positional parameter per CPU
set -- $(inject_cpus)
[ $# = 1 ] || fail "sticky used CPUs '$*', expected one"
run_with "irq_affinity_policy=local"
# The event records the CPU chosen and the CPU it was recorded on
# ("[001]"); the injecting task may migrate between the two (it is
# preemptible), so allow a few in a hundred to differ.
awk '{ c = $0; sub(/.*\[/, "", c); sub(/\].*/, "", c);
	e = $0; sub(/.* cpu=/, "", e); sub(/ .*/, "", e);
	n++; if (c + 0 != e + 0) bad++ } END { exit !(n > 0 && bad * 20 <= n) }' /tmp/inject.txt ||
	fail "irq_affinity_policy=local: callback work not queued on the injecting CPU"
finish
