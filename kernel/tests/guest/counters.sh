# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: the per-device counters in /sys/class/vduse/vduse0/stats/
# exist, start at zero, move as a known workload implies (4 MiB written and
# read back with crc32c verify: at least that many bytes bounced each way,
# maps equal unmaps once idle, pages allocated, kicks and injected callbacks
# seen, no failed map), and reset to zero; a reset value other than 1 is
# refused. The per-I/O ones count only while the module parameter stats is
# on: loaded without it they stay at zero under I/O while the memory ones
# count, writing 1 at run time turns them on, and a bad value is refused
# with a message naming it.
begin
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon"
for n in $STAT_NAMES reset; do
	[ -e "$STATS/$n" ] || fail "no $STATS/$n"
done
for n in $STAT_NAMES; do
	[ "$(ctr "$n")" = 0 ] || fail "$n is $(ctr "$n") before attach"
done
dev=$(vdpa_add vduse0) || fail "vdpa dev add"
sleep 1
[ "$(ctr maps)" -gt 0 ] || fail "no map counted while probing the disk"
[ "$(ctr bounce_pages)" -gt 0 ] || fail "no bounce page counted while probing the disk"
echo 1 >"$STATS/reset" || fail "reset refused"
for n in $STAT_NAMES; do
	[ "$(ctr "$n")" = 0 ] || fail "$n is $(ctr "$n") after reset"
done
fio --name=counters --filename="$dev" --direct=1 --ioengine=psync --rw=write --bs=1M \
	--size=4M --verify=crc32c --do_verify=1 --verify_fatal=1 --eta=never \
	--output-format=json --output=/tmp/fio.json </dev/null || fail "fio write+verify"
fio_ok /tmp/fio.json || fail "fio reported an error"
log "after 4 MiB written and verified:$(stats_line)"
mib4=4194304
[ "$(ctr bounce_bytes_to_dev)" -ge $mib4 ] || fail "bounce_bytes_to_dev below 4 MiB"
[ "$(ctr bounce_bytes_to_dev)" -le $((2 * mib4)) ] || fail "bounce_bytes_to_dev above 8 MiB"
[ "$(ctr bounce_bytes_from_dev)" -ge $mib4 ] || fail "bounce_bytes_from_dev below 4 MiB"
[ "$(ctr bounce_bytes_from_dev)" -le $((2 * mib4)) ] || fail "bounce_bytes_from_dev above 8 MiB"
[ "$(ctr maps)" -gt 0 ] || fail "no maps"
[ "$(ctr maps)" = "$(ctr unmaps)" ] || fail "maps $(ctr maps) != unmaps $(ctr unmaps) on an idle device"
[ "$(ctr map_failures)" = 0 ] || fail "map failures on a 64 MiB region"
[ "$(ctr kicks)" -gt 0 ] || fail "no kicks"
[ "$(ctr injects)" -gt 0 ] || fail "no injections"
[ "$(ctr callbacks)" -gt 0 ] || fail "no callbacks run"
[ "$(ctr callbacks)" -le "$(ctr injects)" ] || fail "more callbacks than injections"
if echo 0 2>/dev/null >"$STATS/reset"; then fail "reset accepted 0"; fi
if echo junk 2>/dev/null >"$STATS/reset"; then fail "reset accepted junk"; fi
[ "$(ctr maps)" -gt 0 ] || fail "a refused reset cleared the counters"
echo 1 >"$STATS/reset" || fail "reset refused"
for n in $STAT_NAMES; do
	[ "$(ctr "$n")" = 0 ] || fail "$n is $(ctr "$n") after reset"
done

# The stats parameter: off by default. A new device, attached and probed,
# and 4 MiB written: no per-I/O count, but its bounce pages are counted.
P=/sys/module/vduse/parameters/stats
PER_IO="maps unmaps bounce_bytes_to_dev bounce_bytes_from_dev bounce_copies kicks kicks_deferred kicks_coalesced injects inject_batches injects_coalesced callbacks"
vdpa_del vduse0 || fail "vdpa dev del"
backend_stop
vduse_load ours || fail "cannot load our vduse.ko without parameters"
[ "$(cat $P)" = N ] || fail "stats is '$(cat $P)' by default, expected N"
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon (stats off)"
dev=$(vdpa_add vduse0) || fail "vdpa dev add (stats off)"
fio --name=off --filename="$dev" --direct=1 --ioengine=psync --rw=write --bs=1M --size=4M \
	--eta=never --output-format=json --output=/tmp/fio.json </dev/null || fail "fio write (stats off)"
fio_ok /tmp/fio.json || fail "fio reported an error (stats off)"
log "stats off, after attach and 4 MiB written:$(stats_line)"
for n in $PER_IO; do
	[ "$(ctr "$n")" = 0 ] || fail "$n is $(ctr "$n") with stats off"
done
[ "$(ctr bounce_pages)" -gt 0 ] || fail "no bounce page counted with stats off"
err=$( (echo maybe >$P) 2>&1) && fail "stats accepted 'maybe'"
case $err in *"Invalid argument"*) ;; *) fail "stats refused 'maybe' without EINVAL ($err)" ;; esac
dmesg | grep -q "vduse: stats: 'maybe' is not allowed; allowed: 0, 1" ||
	fail "no message naming the bad stats value and the allowed ones"
[ "$(cat $P)" = N ] || fail "a refused value changed stats"
echo 1 >$P || fail "stats=1 refused at run time"
[ "$(cat $P)" = Y ] || fail "stats is '$(cat $P)' after writing 1"
dd if="$dev" of=/dev/null bs=4k count=16 iflag=direct 2>/dev/null || fail "dd read (stats on)"
[ "$(ctr maps)" -ge 16 ] || fail "maps $(ctr maps) after 16 reads with stats on at run time"
[ "$(ctr kicks)" -gt 0 ] || fail "no kick counted with stats on at run time"
echo 0 >$P || fail "stats=0 refused"
m=$(ctr maps)
dd if="$dev" of=/dev/null bs=4k count=16 skip=64 iflag=direct 2>/dev/null || fail "dd read (stats off again)"
[ "$(ctr maps)" = "$m" ] || fail "maps moved from $m to $(ctr maps) after stats was turned off"
finish
