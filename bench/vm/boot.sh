#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Boot the lab VM once: run a job (or an interactive shell), bounded in time,
# with the console kept; unpack and verify the records the job shipped.
#
# usage: bench/vm/boot.sh --job DIR --out DIR [--timeout SEC] [--console] [--live] [--hostfs] [--insnprof DIR]
#        bench/vm/boot.sh --shell [--driver ours|stock|none]
#        bench/vm/boot.sh --check
#
# DIR for --job holds an executable `run` (and whatever it reads); boot.sh
# adds our vduse.ko and the guest helpers. Records land in OUT/records/NAME;
# with --live, the control log and the output disk stay in OUT (ctl.log,
# out.img) for a caller that unpacks records while the guest runs, and boot.sh
# unpacks nothing itself. --check boots nothing: it exits 0 when everything a
# boot needs is there, else 1 naming what is missing (bench/run.sh asks
# before it creates a run folder). --hostfs shares the host's root
# filesystem with the guest, read-only, as virtiofs tag vlab-host: the guest
# is then a VDUSE-capable machine with the host's userland, where
# bench/tests/vm-host-mode.sh runs `bench/vlab run --host`. --insnprof
# loads the insnprof plugin (bench/vm/insnprof/README.md): it writes the
# instruction counts of each window the guest marks into DIR.
# Exit status: the job's own, or
#   90 the guest never reached /init (after one retry), 91 it panicked or
#   stopped after /init without an exit status, 92 timeout after /init,
#   93 a shipped record failed its size/sha256 check.
# Environment: VLAB_BOOT_LIMIT seconds to reach /init (default 120; the
# debug kernel's limits are stretched, see below);
# VLAB_KERNEL lab or debug, the guest kernel flavour (common.sh);
# VLAB_EXTRA_APPEND more kernel command line (debugging, tests);
# VLAB_CLOCK auto, icount or wall (default wall; bench/vm/clock.sh);
# VLAB_TCG_THREAD multi (default: one host thread per vCPU) or single (all
# vCPUs on one host thread; `bench/vlab test` uses it) for the wall clock.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../setup/common.sh"

job='' out='' timeout=600 mode=job driver=ours console=0 live=0 hostfs=0 insnprof=''
while [ $# -gt 0 ]; do
	case $1 in
	--job) job=${2:?--job needs a directory}; shift 2 ;;
	--out) out=${2:?--out needs a directory}; shift 2 ;;
	--timeout) timeout=${2:?--timeout needs seconds}; shift 2 ;;
	--shell) mode=shell; shift ;;
	--driver) driver=${2:?--driver needs a value}; shift 2 ;;
	--console) console=1; shift ;;
	--live) live=1; shift ;;
	--check) mode=check; shift ;;
	--hostfs) hostfs=1; shift ;;
	--insnprof) insnprof=${2:?--insnprof needs a directory}; shift 2 ;;
	*) vlab_die "boot.sh: unknown option '$1'" ;;
	esac
done
[[ $timeout =~ ^[0-9]+$ ]] && [ "$timeout" -ge 10 ] && [ "$timeout" -le 86400 ] ||
	vlab_die "--timeout '$timeout' is not a whole number of seconds from 10 to 86400"
case $driver in ours | stock | none) ;; *) vlab_die "--driver '$driver' is not one of: ours, stock, none" ;; esac
vlab_kernel_env
# KASAN and lockdep slow every guest step down: the debug kernel gets the
# same limits, stretched by the slowdown measured (common.sh).
slowdown=1
[ "$KFLAVOUR" != debug ] || slowdown=$VLAB_DEBUG_SLOWDOWN
timeout=$((timeout * slowdown))

# The kernel flavour's own initramfs and vduse.ko (VLAB_KERNEL, common.sh);
# the tools disk holds only userspace and serves both.
fb=$(vlab_flavour_build)
vm="$fb/vm" ko="$fb/kernel"
build_cmd="bench/vlab build" setup_cmd="bench/vlab setup"
[ "$KFLAVOUR" = lab ] || setup_cmd="bench/vlab build --kernel $KFLAVOUR" build_cmd=$setup_cmd
[ -f "$VMLINUZ" ] || vlab_die "the guest kernel $VMLINUZ is missing: run $setup_cmd"
for f in "$vm/initramfs.cpio.gz" "$VLAB_BUILD/vm/tools.img" "$ko/vduse.ko"; do
	[ -f "$f" ] || vlab_die "$f is missing: run $build_cmd"
done
[ "$mode" != check ] || exit 0
# The clock (bench/vm/clock.sh): VLAB_CLOCK icount, wall or auto; a
# one-shot boot (vm exec, vm shell, the vm tests) keeps the wall clock
# unless told otherwise, bench/run.sh passes the run's.
. "$here/clock.sh"
vlab_clock_resolve "${VLAB_CLOCK:-wall}" "$("$here/accel.sh")"
accel=$CLOCK_ACCEL
accel_args=("${CLOCK_QEMU_ARGS[@]}")
plugin_args=()
if [ -n "$insnprof" ]; then
	# Counts are exact only with every vCPU on one TCG thread (insnprof.c).
	[ "$CLOCK_NAME" = icount ] || vlab_die "--insnprof needs the icount clock (VLAB_CLOCK=icount): its counters are exact on one TCG thread only"
	[ -f "$VLAB_BUILD/vm/libinsnprof.so" ] ||
		vlab_die "$VLAB_BUILD/vm/libinsnprof.so is missing: run $build_cmd (it needs QEMU's plugin header, which bench/vlab setup fetches)"
	mkdir -p "$insnprof"
	plugin_args=(-plugin "file=$VLAB_BUILD/vm/libinsnprof.so,out=$(cd "$insnprof" && pwd)")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/vlab-boot.XXXXXX")
qpid=
trap '[ $hostfs -eq 0 ] || hostfs_stop; rm -rf "$work"' EXIT
# Whoever stops us stops the VM too.
trap '[ -n "$qpid" ] && kill "$qpid" 2>/dev/null; exit 143' TERM
trap '[ -n "$qpid" ] && kill "$qpid" 2>/dev/null; exit 130' INT
# The job disk: the caller's job, our module and the guest helpers.
mkdir -p "$work/job/lab" "$work/job/guest"
[ "$mode" = shell ] || {
	[ -x "$job/run" ] || vlab_die "--job '$job' has no executable 'run'"
	cp -r "$job/." "$work/job/"
}
cp "$ko/vduse.ko" "$ko/vduse.version" "$work/job/lab/"
cp "$VLAB_ROOT"/bench/guest/*.sh "$work/job/guest/"
[ -d "$VLAB_BUILD/guest-bin" ] && cp -r "$VLAB_BUILD/guest-bin" "$work/job/bin"
size_mb=$(($(du -sm "$work/job" | cut -f1) + 16))
truncate -s "${size_mb}M" "$work/job.img"
mke2fs -q -F -t ext4 -L vlab-job -d "$work/job" "$work/job.img"
ctl="$work/ctl" outimg="$work/out.img"
if [ $live -eq 1 ]; then
	mkdir -p "$out"
	ctl="$out/ctl.log" outimg="$out/out.img"
	rm -f "$outimg"
fi
truncate -s 4G "$outimg" # sparse: only what the guest writes is stored
mem_mib=2048 hostfs_qemu=()
if [ $hostfs -eq 1 ]; then
	. "$here/hostfs.sh"
	hostfs_check
	mapfile -t hostfs_qemu < <(hostfs_args "$work" "$mem_mib")
fi

qemu=(qemu-system-x86_64 -nodefaults -no-user-config -display none -no-reboot
	"${accel_args[@]}" "${plugin_args[@]}" -smp 2 -m "$mem_mib"
	-kernel "$VMLINUZ" -initrd "$vm/initramfs.cpio.gz"
	-append "console=ttyS0 panic=-1 loglevel=4 vlab.mode=$mode vlab.driver=$driver $CLOCK_APPEND ${VLAB_EXTRA_APPEND:-}"
	-drive "file=$VLAB_BUILD/vm/tools.img,if=none,id=tools,format=raw,readonly=on"
	-device "virtio-blk-pci,drive=tools,serial=vlab-tools"
	-drive "file=$work/job.img,if=none,id=job,format=raw,readonly=on"
	-device "virtio-blk-pci,drive=job,serial=vlab-job"
	-drive "file=$outimg,if=none,id=out,format=raw,cache=writethrough"
	-device "virtio-blk-pci,drive=out,serial=vlab-out"
	-device virtio-serial-pci -chardev "file,id=ctl,path=$ctl"
	-device "virtserialport,chardev=ctl,name=vlab.ctl" "${hostfs_qemu[@]}")

if [ "$mode" = shell ]; then
	vlab_log "booting the lab VM ($accel) to a shell; vduse: $driver"
	[ $hostfs -eq 0 ] || hostfs_start "$work" "$work/virtiofsd.log"
	"${qemu[@]}" -serial mon:stdio
	exit 0
fi

mkdir -p "$out"
# What ran, for the record: the clock and the QEMU command line, quoted
# so that it can be pasted into a shell.
printf '%s\n' "$CLOCK_NAME" "$CLOCK_LABEL" >"$out/clock.info"
printf '%q ' "${qemu[@]}" >"$out/qemu.cmdline"
echo >>"$out/qemu.cmdline"
# Reaching /init takes about 6 s under TCG here; a boot that has not got
# there by this limit is hung in firmware or early init, whatever --timeout.
boot_limit=${VLAB_BOOT_LIMIT:-$((120 * slowdown))}
[ "$boot_limit" -lt "$timeout" ] || boot_limit=$timeout

# boot_once: one boot; leaves console.log, ctl, qemu's status in $qrc, the
# seconds it took in $boot_s and the seconds to /init in $init_s.
boot_once() {
	: >"$ctl"
	: >"$out/console.log"
	local start t=0
	start=$(date +%s.%N)
	init_s='' hung=0
	[ $hostfs -eq 0 ] || { hostfs_stop; hostfs_start "$work" "$out/virtiofsd.log"; }
	if [ $console -eq 1 ]; then
		timeout -k 5 "$timeout" "${qemu[@]}" -serial stdio </dev/null > >(tee "$out/console.log") 2>"$out/qemu.log" &
	else
		timeout -k 5 "$timeout" "${qemu[@]}" -serial "file:$out/console.log" </dev/null >"$out/qemu.log" 2>&1 &
	fi
	qpid=$!
	while kill -0 "$qpid" 2>/dev/null; do
		if reached_init; then
			init_s=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
			break
		fi
		if [ $t -ge $((boot_limit * 5)) ]; then
			echo "vlab: no /init after ${boot_limit}s" >>"$out/qemu.log"
			hung=1
			kill "$qpid"
			break
		fi
		sleep 0.2
		t=$((t + 1))
	done
	set +e
	wait "$qpid"
	qrc=$?
	qpid=
	set -e
	boot_s=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
}

panicked() { grep -qE 'Kernel panic|end Kernel panic|double fault' "$out/console.log"; }
reached_init() { grep -q 'vlab-init: start' "$out/console.log"; }

# boot_to_init: one boot, and once more if it never reached /init (QEMU 7.2
# TCG panics in early init about once in 50 boots). $1 names the boot in
# the logs. Exits 90 when neither try reached /init.
boot_to_init() {
	boot_once
	reached_init && return 0
	why="qemu exit $qrc"
	[ "$qrc" -eq 124 ] || [ $hung -eq 1 ] && why="no /init after ${boot_limit}s"
	panicked && why=panic
	mv "$out/console.log" "$out/console.$1-try1.log"
	vlab_warn "guest did not reach /init on the $1 boot ($why); retrying once (console: $out/console.$1-try1.log)"
	echo "$1 boot failed before /init: $why" >>"$out/boot-retries.log"
	boot_once
	reached_init && return 0
	vlab_log "guest did not reach /init twice on the $1 boot; console: $out/console.log"
	exit 90
}

boot_to_init first
# QEMU 7.2's multi-threaded TCG can let a vCPU run a stale copy of kernel
# text that another vCPU is live-patching (static keys and calls: tracepoint
# and perf event enabling), and the guest dies in "Oops: int3". That is the
# emulator, not the code under test: a one-shot job is run once more, with
# both consoles kept. (A --live caller records the point and goes on itself.)
if [ $live -eq 0 ] && ! grep -qE '^EXIT [0-9]+$' "$ctl" && grep -q 'Oops: int3' "$out/console.log"; then
	mv "$out/console.log" "$out/console.int3.log"
	echo "boot died after /init in Oops: int3 (TCG text-patching race)" >>"$out/boot-retries.log"
	vlab_warn "guest died in Oops: int3 (QEMU TCG live-patching race); running the job once more (console: $out/console.int3.log)"
	rm -rf "$out/records"
	boot_to_init second
fi

# Unpack every record the job shipped, verifying size and sha256.
bad=0
if [ $live -eq 0 ]; then
	cp "$ctl" "$out/ctl.log"
	"$here/unpack-records.sh" "$ctl" "$outimg" "$out/records" || bad=1
fi

exit_line=$(grep -E '^EXIT [0-9]+$' "$ctl" | tail -n 1 || true)
echo "$accel $boot_s ${init_s:-none}" >"$out/boot.info"
if [ -z "$exit_line" ]; then
	if panicked; then
		vlab_log "guest panicked after /init; console: $out/console.log"
		exit 91
	elif [ "$qrc" -eq 124 ]; then
		vlab_log "guest timed out after ${timeout}s; console: $out/console.log"
		exit 92
	fi
	vlab_log "guest stopped without an exit status (qemu exit $qrc); console: $out/console.log"
	exit 91
fi
[ $bad -eq 0 ] || exit 93
exit "${exit_line#EXIT }"
