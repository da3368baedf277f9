# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: the per-device counters in /sys/class/vduse/vduse0/stats/
# exist, start at zero, move as a known workload implies (4 MiB written and
# read back with crc32c verify: at least that many bytes bounced each way,
# maps equal unmaps once idle, pages allocated, kicks and injected callbacks
# seen, no failed map), and reset to zero; a reset value other than 1 is
# refused.
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
finish
