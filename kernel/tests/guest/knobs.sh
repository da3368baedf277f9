# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: the per-device strategy knobs. Defaults equal upstream
# (module parameters and a new device's files); a bad value gets EINVAL
# and a message naming it and the allowed ones; a change after attach
# gets EBUSY; a module parameter sets what new devices start with (a bad
# name or a number out of range fails the load, with a message naming
# it, the value and what is allowed); umem_bytes and unsafe start at 0 and
# allow_unsafe_direct is off. bounce_strategy=prealloc allocates every
# bounce page at attach and none after it; lazy allocates fewer than all.
begin
D=/sys/class/vduse/vduse0
P=/sys/module/vduse/parameters
# knob_is NAME VALUE: the device's file holds VALUE.
knob_is() {
	[ "$(cat "$D/$1")" = "$2" ] || fail "$1 of vduse0 is '$(cat "$D/$1")', expected '$2'"
}
# write_err FILE VALUE: write and print the shell's error (empty: accepted).
write_err() { (echo "$2" >"$1") 2>&1; }

# knob=upstream default=allowed values, as the kernel message lists them.
KNOBS="bounce_strategy=lazy=lazy, prealloc, hugepage, umem, direct
copy_engine=page=page, runs, nocache
iova_alloc=rcache=rcache, plain
kick_mode=direct=direct, work, coalesce
inject_mode=work=work, direct, coalesce
irq_affinity_policy=roundrobin=roundrobin, sticky, local"

VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon"
echo "$KNOBS" | while IFS="=" read -r k def allowed; do
	[ "$(cat "$P/$k")" = "$def" ] || fail "module parameter $k is '$(cat "$P/$k")', expected '$def'"
	knob_is "$k" "$def"
	err=$(write_err "$D/$k" "bogus-$k")
	case $err in *"Invalid argument"*) ;; *) fail "$k accepted 'bogus-$k' ($err)" ;; esac
	dmesg | grep -q "$k: 'bogus-$k' is not one of: $allowed\$" ||
		fail "no message naming the bad $k value and the allowed ones ($allowed)"
	knob_is "$k" "$def"
done || exit 1
# The read-only files: no user memory, nothing unsafe, direct not allowed.
[ "$(cat $D/umem_bytes)" = 0 ] || fail "umem_bytes is not 0 on a new device"
[ "$(cat $D/unsafe)" = 0 ] || fail "unsafe is not 0 on a new device"
[ "$(cat $P/allow_unsafe_direct)" = N ] || fail "allow_unsafe_direct is not off by default"
# The numeric knobs.
[ "$(cat $P/copy_nocache_threshold)" = 65536 ] || fail "module parameter copy_nocache_threshold is not 65536"
knob_is copy_nocache_threshold 65536
err=$(write_err $D/copy_nocache_threshold lots)
case $err in *"Invalid argument"*) ;; *) fail "copy_nocache_threshold accepted 'lots' ($err)" ;; esac
dmesg | grep -q "copy_nocache_threshold: 'lots' is not a number of bytes from 0 to 4294967295" ||
	fail "no message naming the bad copy_nocache_threshold"
echo 4096 >$D/copy_nocache_threshold || fail "copy_nocache_threshold 4096 refused"
knob_is copy_nocache_threshold 4096
[ "$(cat $P/kick_coalesce_us)" = 50 ] || fail "module parameter kick_coalesce_us is not 50"
knob_is kick_coalesce_us 50
for bad in 0 1000001 soon; do
	err=$(write_err $D/kick_coalesce_us $bad)
	case $err in *"Invalid argument"*) ;; *) fail "kick_coalesce_us accepted '$bad' ($err)" ;; esac
	dmesg | grep -q "kick_coalesce_us: '$bad' is not a number of microseconds from 1 to 1000000" ||
		fail "no message naming the bad kick_coalesce_us '$bad'"
done
knob_is kick_coalesce_us 50
# numeric knob=default=min=max=unit
for n in "inject_coalesce_us=50=1=1000000=microseconds" "inject_coalesce_max=16=1=65535=injections"; do
	IFS="=" read -r k def lo hi unit <<EOT
$n
EOT
	[ "$(cat "$P/$k")" = "$def" ] || fail "module parameter $k is not $def"
	knob_is "$k" "$def"
	for bad in $((lo - 1)) $((hi + 1)) many; do
		err=$(write_err "$D/$k" "$bad")
		case $err in *"Invalid argument"*) ;; *) fail "$k accepted '$bad' ($err)" ;; esac
		dmesg | grep -q "$k: '$bad' is not a number of $unit from $lo to $hi" ||
			fail "no message naming the bad $k '$bad'"
	done
	knob_is "$k" "$def"
done

# prealloc: every page at attach, none later.
echo 4194304 >$D/bounce_size || fail "bounce_size"
echo prealloc >$D/bounce_strategy || fail "cannot choose prealloc"
knob_is bounce_strategy prealloc
dev=$(vdpa_add vduse0) || fail "vdpa dev add (prealloc)"
[ "$(ctr bounce_pages)" = 1024 ] || fail "prealloc: $(ctr bounce_pages) bounce pages at attach, expected 1024"
err=$(write_err $D/bounce_strategy lazy)
case $err in *"busy"*) ;; *) fail "bounce_strategy changed after attach ($err)" ;; esac
knob_is bounce_strategy prealloc
echo "$KNOBS" | while IFS="=" read -r k def allowed; do
	[ "$k" = bounce_strategy ] && continue
	v=${allowed##*, }
	err=$(write_err "$D/$k" "$v")
	case $err in *"busy"*) ;; *) fail "$k changed to $v after attach ($err)" ;; esac
	knob_is "$k" "$def"
done || exit 1
err=$(write_err $D/copy_nocache_threshold 0)
case $err in *"busy"*) ;; *) fail "copy_nocache_threshold changed after attach ($err)" ;; esac
knob_is copy_nocache_threshold 4096
for k in kick_coalesce_us inject_coalesce_us inject_coalesce_max; do
	v=$(cat $D/$k)
	err=$(write_err $D/$k 2)
	case $err in *"busy"*) ;; *) fail "$k changed after attach ($err)" ;; esac
	knob_is $k "$v"
done
fio --name=prealloc --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite \
	--bsrange=4k-256k --iodepth=8 --size=16M --verify=crc32c --do_verify=1 --verify_fatal=1 \
	--eta=never --output-format=json --output=/tmp/fio.json </dev/null || fail "fio (prealloc)"
fio_ok /tmp/fio.json || fail "fio reported an error (prealloc)"
[ "$(ctr bounce_pages)" = 1024 ] || fail "prealloc: bounce pages went to $(ctr bounce_pages) during I/O"
log "prealloc:$(stats_line)"
vdpa_del vduse0 || fail "vdpa dev del"
backend_stop

# A new device starts from the module default again: lazy.
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon (2)"
knob_is bounce_strategy lazy
echo 4194304 >$D/bounce_size || fail "bounce_size"
dev=$(vdpa_add vduse0) || fail "vdpa dev add (lazy)"
sleep 1
[ "$(ctr bounce_pages)" -lt 1024 ] || fail "lazy: all $(ctr bounce_pages) pages allocated after probing"
vdpa_del vduse0 || fail "vdpa dev del"
backend_stop

# Module parameters: the default for new devices; a bad one fails the load.
vduse_unload || fail "rmmod"
insmod /job/lab/vduse.ko bounce_strategy=bogus 2>/dev/null && fail "insmod accepted bounce_strategy=bogus"
# A number out of its range (or not a number) fails the load too, with a
# message naming the parameter, the value and the range: never clamped.
for n in "kick_coalesce_us 0 microseconds 1 1000000" \
	"inject_coalesce_us 1000001 microseconds 1 1000000" \
	"inject_coalesce_max 0 injections 1 65535" \
	"inject_coalesce_max 65536 injections 1 65535" \
	"copy_nocache_threshold lots bytes 0 4294967295"; do
	read -r k v unit lo hi <<EOT
$n
EOT
	insmod /job/lab/vduse.ko "$k=$v" 2>/dev/null && fail "insmod accepted $k=$v"
	[ -d /sys/module/vduse ] && fail "vduse loaded with $k=$v"
	dmesg | grep -q "vduse: $k: '$v' is not a number of $unit from $lo to $hi" ||
		fail "no message naming the bad module parameter $k=$v and its range"
done
insmod /job/lab/vduse.ko bounce_strategy=prealloc || fail "insmod bounce_strategy=prealloc"
[ "$(cat $P/bounce_strategy)" = prealloc ] || fail "module parameter not taken"
VLAB_SIZE=64M backend_start qsd-ram vduse0 /tmp/qsd.log || fail "qemu-storage-daemon (3)"
knob_is bounce_strategy prealloc
backend_stop
finish
