# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash, run as `sh agent.sh`: dash is the nearest dialect
# Guest agent: run the points of /job/plan in order, each from a clean device
# (backend started, knobs written, device attached, or the disk a ublk-T or
# nullb backend makes itself; all torn down after), the module reloaded
# only when the next point needs another one. Each point's
# folder is shipped to the host as soon as it is done; "START id" on the
# control port tells the host which point is running, so that a point that
# takes the guest down can be recorded as failed and the rest resumed.
# shellcheck source=bench/guest/lib.sh
. "${VLAB_JOB:-/job}/guest/lib.sh"

PLAN=$JOB/plan
PERF=$(command -v perf || true)
PERF_EVENTS=task-clock,context-switches,cpu-migrations,page-faults
LOADED= # "module params" of the loaded VDUSE module

# ensure_module MODULE PARAMS: (re)load unless exactly that is loaded.
ensure_module() {
	[ "$LOADED" = "$1 $2" ] && [ -d /sys/module/vduse ] && return 0
	# shellcheck disable=SC2086 # PARAMS is a list of k=v words
	vduse_load "$1" $2 || return 1
	LOADED="$1 $2"
}

# write_knobs NAME KNOBS: per-device sysfs knobs, before the device is attached.
write_knobs() {
	local kv k v f
	for kv in $2; do
		k=${kv%%=*} v=${kv#*=}
		f=/sys/class/vduse/$1/$k
		[ -e "$f" ] || { status="failed: knob '$k' does not exist ($f)"; return 1; }
		echo "$v" 2>/tmp/knob.err >"$f" || {
			# The driver says why in the kernel log; keep its words.
			status="failed: knob $k=$v rejected: $(cat /tmp/knob.err); $(dmesg | grep -F "$k" | tail -n 1)"
			return 1
		}
	done
}

# load_point ID: the point's variables (point.env). VLAB_FIO_ARGS, the fio
# options of the extra axes of bench/src/lib/axes.def, VLAB_FS (its named
# axis fs), VLAB_OBSERVE (the driver's observe) and VLAB_BLKD_BUILD (the
# backend's build) are only written for points that set one, so the
# previous point's must not linger.
load_point() {
	unset VLAB_FIO_ARGS VLAB_FS VLAB_OBSERVE VLAB_BLKD_BUILD
	# shellcheck source=/dev/null # written by vlab-plan
	. "$PLAN/points/$1/point.env"
}

# The axis fs of bench/src/lib/axes.def: with VLAB_FS=ext4 fio runs on a
# file of a fresh ext4 on the point's disk instead of the disk itself.
# mkfs is made deterministic: a fixed UUID and directory hash seed (the
# metadata checksums are seeded from the UUID), the guest's mke2fs's
# built-in defaults (the tools disk has no mke2fs.conf), and the inode
# tables and journal written at mkfs rather than by a background thread
# during the point (lazy_itable_init=0, lazy_journal_init=0), in 4 KiB
# blocks whatever the disk's size (mke2fs would take 1 KiB ones below 512
# MiB). Mounted with ext4's defaults (ordered data, 5 s commit). fio's file
# takes half the disk, the rest left to the journal, the metadata and the
# free space an allocator needs, and is written whole before the point
# (fio --create_only=1 --overwrite=1, fio's own layout, synced; layout.log),
# so that the point's writes overwrite data in place, as a database's page
# writes do, rather than convert unwritten extents, and so that neither
# fio's window nor the counters around it (cpu_sample) hold the layout.
# After the point: unmounted (a failure fails the point) and checked
# with e2fsck -f -n, which must find it clean. PDIR/fs.json says all this.
# e2fsprogs' tools by their path (bench/vm/tools.list): busybox has an
# mke2fs of its own, earlier in PATH, that makes no ext4.
FS_MKFS=/usr/sbin/mke2fs FS_FSCK=/usr/sbin/e2fsck
FS_MNT=/mnt/vlab-fs
FS_UUID=5f1e0ad0-7a1b-4c0d-9e1f-000000000027
FS_MOUNTED=
fs_mkfs_args="-t ext4 -b 4096 -F -q -U $FS_UUID -E lazy_itable_init=0,lazy_journal_init=0,hash_seed=$FS_UUID"

# fs_start PDIR DEV: DEV's file system, mounted; FIO_FILE the file fio runs
# on, FIO_FILE_ARGS fio's options for it (FIO_SIZE its size). Without
# VLAB_FS: the disk itself, whole, no options.
fs_start() {
	local bytes
	FIO_FILE=$2 FIO_SIZE='' FIO_FILE_ARGS=''
	[ -n "${VLAB_FS:-}" ] || return 0
	[ "$VLAB_FS" = ext4 ] || { status="failed: fs '$VLAB_FS': the agent knows ext4"; return 1; }
	bytes=$(to_bytes "$VLAB_SIZE") || { status="failed: bad size '$VLAB_SIZE'"; return 1; }
	# shellcheck disable=SC2086 # the options, split on purpose
	$FS_MKFS $fs_mkfs_args "$2" >"$1/mkfs.log" 2>&1 || { status="failed: mkfs.ext4: $(tail -n 1 "$1/mkfs.log")"; return 1; }
	mkdir -p "$FS_MNT"
	mount -t ext4 "$2" "$FS_MNT" 2>>"$1/mkfs.log" || { status="failed: mount ext4: $(tail -n 1 "$1/mkfs.log")"; return 1; }
	FS_MOUNTED=$2
	FIO_FILE=$FS_MNT/fio.dat FIO_SIZE=$((bytes / 2 / 1048576))M
	FIO_FILE_ARGS="--size=$FIO_SIZE --overwrite=1"
	# shellcheck disable=SC2086 # the options, split on purpose
	fio --name=layout --filename="$FIO_FILE" $FIO_FILE_ARGS --create_only=1 --rw=write --bs=1M \
		</dev/null >"$1/layout.log" 2>&1 && sync ||
		{ status="failed: laying out $FIO_FILE: $(tail -n 1 "$1/layout.log")"; return 1; }
}

# fs_finish PDIR: unmount the point's file system, check it and write
# PDIR/fs.json; a file system that does not unmount or is not clean fails
# the point (keeping the verdict of one that failed already).
fs_finish() {
	local dev=$FS_MOUNTED fsck=clean rc=0 why=
	[ -n "$dev" ] || return 0
	umount "$FS_MNT" 2>"$1/umount.log" || why="umount $FS_MNT: $(tail -n 1 "$1/umount.log")"
	if grep -q " $FS_MNT " /proc/mounts; then
		why=${why:-"$FS_MNT is still mounted after umount"}
		fsck="not run: still mounted"
	else
		FS_MOUNTED=
		$FS_FSCK -f -n "$dev" >"$1/fsck.log" 2>&1 || rc=$?
		[ $rc -eq 0 ] || { fsck="exit status $rc"; why="e2fsck -f -n: exit status $rc: $(tail -n 1 "$1/fsck.log")"; }
	fi
	echo "{ \"fs\": \"$VLAB_FS\", \"disk\": \"$dev\", \"mkfs\": \"$FS_MKFS $fs_mkfs_args\"," \
		"\"mount\": \"$FS_MNT\", \"file\": \"$FIO_FILE\", \"file_size\": \"$FIO_SIZE\", \"fio_file_args\": \"$FIO_FILE_ARGS\"," \
		"\"unmounted\": $([ -z "$FS_MOUNTED" ] && echo true || echo false), \"fsck\": \"$fsck\" }" >"$1/fs.json"
	[ -z "$why" ] && return 0
	[ "$status" != ok ] || status="failed: $why"
	return 1
}

# run_fio PDIR DEV RUNTIME RAMP: the point's workload; fio JSON to PDIR.
# fio times with the kernel's clock: its default TSC clock, calibrated once at
# start, drifts by several percent from it under TCG.
# fio's I/O buffers are on 2 MiB huge pages (--iomem=shmhuge, reserved by
# fio_hugepages_reserve), so that each buffer is physically contiguous on
# every run. With malloc'd buffers, how many segments a large O_DIRECT
# request has was up to the page allocator and THP: which parts of the
# buffer got a huge page varies with the guest's history and the mmap
# address (ASLR), and a 1 MiB request went from 16 segments of 64 KiB to
# 254 of 4 KiB split in two. Each segment is a DMA map and a bounce copy,
# so large reads on the default bounce_size moved between repetitions on
# the instruction clock far beyond its 4 KiB points (issue 27); the
# driver's DMA maps per I/O (cpu.json's dma_maps, summary.csv's
# maps_per_io) show it.
# Several jobs are spread one per vCPU (blk-mq maps each CPU to a hardware
# queue), so numjobs N drives N queues of a multi-queue device.
# With placement=split a single job runs on vCPU 0 (place_backend).
# DEV is the disk, or with VLAB_FS a file FIO_FILE_ARGS describe (fs_start).
run_fio() {
	local pre='' spread=
	[ "$VLAB_PERF" = 1 ] && [ -n "$PERF" ] && pre="$PERF stat -x, -o $1/perf-fio.txt -e $PERF_EVENTS --"
	if [ "${VLAB_NUMJOBS:-1}" -gt 1 ]; then
		spread="--cpus_allowed=0-$(($(nproc) - 1)) --cpus_allowed_policy=split"
	elif [ "${VLAB_PLACEMENT:-free}" = split ]; then
		spread="--cpus_allowed=0"
	fi
	# shellcheck disable=SC2086,SC2153 # $FIO_FILE_ARGS, $spread and $VLAB_FIO_ARGS are lists of options; VLAB_BS is point.env's
	timeout $(($3 + $4 + 60)) $pre fio --name="$VLAB_ID" --filename="$2" ${FIO_FILE_ARGS:-} $spread \
		--direct=1 --ioengine=io_uring --rw="$VLAB_RW" --bs="$VLAB_BS" \
		--iodepth="$VLAB_IODEPTH" --numjobs="$VLAB_NUMJOBS" ${VLAB_FIO_ARGS:-} --runtime="$3" \
		--ramp_time="$4" --time_based --group_reporting --eta=never \
		--clocksource=clock_gettime --iomem=shmhuge --hugepage-size=2m \
		--output-format=json --output="$1/fio.json" </dev/null >"$1/fio.log" 2>&1
}

# fio_hugepages_reserve: the huge pages run_fio's buffers take (before
# the point's first sample: it is no part of the measured work). fio
# 3.33's segment per job (seen with strace) is block size x queue depth,
# plus a block at depths above 1, rounded up to the huge page, plus a page
# of alignment for O_DIRECT, rounded up again: asked for here as block
# size x (depth + 1) rounded up, plus one huge page. Held until the
# point's teardown (backend_stop). On failure $status says why.
fio_hugepages_reserve() {
	local per_job
	per_job=$((($(to_bytes "$VLAB_BS") * (VLAB_IODEPTH + 1) + 2097151) / 2097152 + 1))
	hugepages_reserve $((per_job * ${VLAB_NUMJOBS:-1})) \
		"fio's buffers (${VLAB_NUMJOBS:-1} job(s) of $VLAB_BS x $VLAB_IODEPTH, --iomem=shmhuge)"
}

# Fault injection for the harness's own tests: vlab.fault=panic:SEQ on the
# kernel command line crashes the guest at the start of point SEQ.
FAULT=$(tr ' ' '\n' </proc/cmdline | sed -n 's/^vlab\.fault=//p')

# vlab.newidle=off on the kernel command line (the icount clock appends
# it, bench/vm/clock.sh says why): before each point, the scheduler's
# newidle balancing is closed off by its own gate. A CPU about to idle
# balances only when its average idle time exceeds its domain's
# max_newidle_lb_cost, the largest balance cost seen, decayed by 1% a
# second; that history, and a die seeded from the boot's entropy, left
# the QD 1 path on one of a few levels per boot (issue 22). A cost above
# any idle period closes the gate for good; it must stay below 2^64/253,
# or the kernel's decay (cost * 253 / 256) overflows and reopens it.
# Written before each point: the decay would bring it under an idle
# period only after about half an hour of guest time.
NEWIDLE_OFF=$(tr ' ' '\n' </proc/cmdline | grep -cx 'vlab\.newidle=off' || true)
NEWIDLE_GATE_NS=36028797018963968 # 2^55 ns, a year
sched_newidle_off() {
	local f
	[ "$NEWIDLE_OFF" -gt 0 ] || return 0
	# the domains' files exist only while the scheduler's debug output is verbose
	echo Y >/sys/kernel/debug/sched/verbose 2>/dev/null ||
		{ status="failed: vlab.newidle=off: cannot write /sys/kernel/debug/sched/verbose (debugfs)"; return 1; }
	for f in /sys/kernel/debug/sched/domains/cpu*/domain*/max_newidle_lb_cost; do
		[ -w "$f" ] || { status="failed: vlab.newidle=off: no writable $f"; return 1; }
		echo "$NEWIDLE_GATE_NS" >"$f" || { status="failed: vlab.newidle=off: cannot write $f"; return 1; }
	done
}

# With VLAB_PROFILE=1 (bench/vlab run --profile): a system-wide call-graph
# profile on the software clock (TCG has no PMU) while fio runs; only its top
# symbols are kept, self and with children, not the bulky perf.data.
PROFILE_PID=
profile_start() {
	[ "${VLAB_PROFILE:-0}" = 1 ] && [ -n "$PERF" ] || return 0
	"$PERF" record -q -a -g -e cpu-clock -o /tmp/perf.data 2>/tmp/perf-record.log &
	PROFILE_PID=$!
}
profile_stop() {
	[ -n "$PROFILE_PID" ] || return 0
	kill -INT "$PROFILE_PID"
	wait "$PROFILE_PID"
	PROFILE_PID=
	local how="perf record -a -g -e cpu-clock (software clock: TCG has no PMU)"
	{
		echo "# top symbols by self time; $how"
		"$PERF" report -i /tmp/perf.data --stdio --no-children -g none --sort dso,sym \
			--percent-limit 0.5 2>/dev/null | grep -v -e '^#' -e '^$' | cut -c1-110 | head -n 40
	} >"$1/profile-self.txt"
	{
		echo "# top symbols by time with children; $how"
		"$PERF" report -i /tmp/perf.data --stdio --children -g none --sort dso,sym \
			--percent-limit 2 2>/dev/null | grep -v -e '^#' -e '^$' | cut -c1-110 | head -n 40
	} >"$1/profile-children.txt"
	rm -f /tmp/perf.data /tmp/perf.data.old
}

# With VLAB_INSNPROF=1 (bench/vlab run --insnprof): the insnprof plugin in
# QEMU counts every guest instruction per block start PC; insnprof-mark
# opens and closes its window around run_fio, at the exact instruction
# (bench/vm/insnprof/insnprof.c says why the guest marks it, not the
# host). The plugin numbers windows 1, 2, ... in the order they close, per
# boot; INSNPROF_WINDOWS counts them the same way, and PDIR/insnprof-window
# names the point's for the host, beside the text symbols of the modules
# loaded then (vduse.ko moves with each load; the kernel's own symbols go
# once per boot, insnprof_boot). Off, nothing here runs: no guest work.
INSNPROF_WINDOWS=0
insnprof_boot() {
	[ "${VLAB_INSNPROF:-0}" = 1 ] || return 0
	mkdir -p /tmp/insnprof
	# root reads the real addresses (kptr_restrict < 2); KASLR moves them
	# per boot, hence once per boot
	grep -E '^[0-9a-f]+ [tT] ' /proc/kallsyms >/tmp/insnprof/kallsyms.txt &&
		ship insnprof /tmp/insnprof
	rm -rf /tmp/insnprof
}
insnprof_mark() {
	[ "${VLAB_INSNPROF:-0}" = 1 ] || return 0
	insnprof-mark "$2" || return 1
	[ "$2" = end ] || return 0
	INSNPROF_WINDOWS=$((INSNPROF_WINDOWS + 1))
	echo "$INSNPROF_WINDOWS" >"$1/insnprof-window"
	grep -E '^[0-9a-f]+ [tT] .*\[' /proc/kallsyms >"$1/insnprof-modules.txt"
}

# The eBPF tools of ebpf/ (EBPF_TOOLS, lib.sh) that watch the point's fio
# run: all of them with VLAB_PROBE=1 (bench/vlab run --probe), else the one
# the point's driver observes with (VLAB_OBSERVE, a sweep's observe = TOOL),
# each printing JSON to PDIR/<tool>.json. A tool counts as attached once it
# prints its "Ctrl-C to end." banner on stderr.
# They watch a VDUSE device: a point on a backend without one (ublk-T,
# nullb) runs --probe's tools not at all, PDIR/probes-skipped saying why
# (the point is still measured: --probe is for a whole sweep), and an
# observe there fails the point (vlab-plan refuses such a sweep).
PROBE_PIDS=
probes_start() {
	local t i args why=--probe tools
	if [ "${VLAB_PROBE:-0}" = 1 ]; then
		tools=$(ebpf_tools)
	elif [ -n "${VLAB_OBSERVE:-}" ]; then
		tools=$VLAB_OBSERVE why="observe = $VLAB_OBSERVE"
	else
		return 0
	fi
	if ! backend_vduse "$VLAB_BACKEND"; then
		[ "$why" = --probe ] || { status="failed: $why: backend $VLAB_BACKEND has no VDUSE device to watch"; return 1; }
		echo "--probe: not attached: the eBPF tools watch VDUSE devices, and backend $VLAB_BACKEND ($(backend_transport "$VLAB_BACKEND")) has none" >"$1/probes-skipped"
		return 0
	fi
	for t in $tools; do
		command -v "$t" >/dev/null || { status="failed: $why: $t is not built"; return 1; }
		args=$(ebpf_tool_args "$t" vduse0) || { status="failed: $why: $t is not in EBPF_TOOLS"; return 1; }
		# shellcheck disable=SC2086 # the table's options, split on purpose
		"$t" $args >"$1/$t.json" 2>"$1/$t.log" &
		PROBE_PIDS="$PROBE_PIDS $!"
		i=0
		until grep -q 'Ctrl-C to end' "$1/$t.log" 2>/dev/null; do
			i=$((i + 1))
			if ! kill -0 $! 2>/dev/null || [ $i -ge 600 ]; then
				status="failed: $why: $t did not attach: $(tail -n 1 "$1/$t.log")"
				return 1
			fi
			sleep 0.1
		done
	done
}
probes_stop() {
	local p
	for p in $PROBE_PIDS; do kill -INT "$p" 2>/dev/null; done
	for p in $PROBE_PIDS; do wait "$p"; done
	PROBE_PIDS=
}

# cpu_sample DEV PID: "backend guest ios ms minflt majflt pgfault maps",
# cumulative since boot: the CPU
# ticks of process PID (all its threads, user and system), the busy ticks of
# all vCPUs (user, nice, system, irq, softirq: fio, the backend, the kworkers
# that run the inject work, interrupts; not idle, iowait or steal, which is
# the host's contention), and the I/Os the disk DEV moved, counted in fio's
# block size (sectors read and written x 512 / bs: the block layer merges
# and splits requests, fio's count does not). Two samples around fio give
# CPU per I/O over one window, ramp included on both sides, without perf;
# ms is the disk's read and write ticks (the block layer's time per request).
# Without a backend process (PID empty: nullb, whose work runs in fio's own
# system time) the backend's ticks are 0.
# Then what the work per I/O can hide, each a counter read once: the
# backend's minor and major page faults (all its threads; 0 without one),
# the guest's page faults (/proc/vmstat pgfault: every task), and the
# VDUSE device's DMA maps (our module's stats/maps: one per segment,
# header and status; -1 without the counter, or while the module's stats
# parameter is off: it counts per-I/O events only when on, patch 0025).
cpu_sample() {
	local st b=0 g d minf=0 majf=0 pf maps=-1
	if [ -n "$2" ]; then
		read -r st <"/proc/$2/stat" || return 1
		# shellcheck disable=SC2086 # the fields after the comm, split on purpose
		set -- "$1" ${st##*) }
		b=$((${13} + ${14})) minf=$9 majf=${11}
	fi
	pf=$(awk '$1 == "pgfault" { print $2 }' /proc/vmstat)
	[ -r /sys/class/vduse/vduse0/stats/maps ] &&
		[ "$(cat /sys/module/vduse/parameters/stats 2>/dev/null || echo Y)" = Y ] &&
		maps=$(cat /sys/class/vduse/vduse0/stats/maps)
	read -r st <"/proc/stat" # cpu user nice system idle iowait irq softirq steal ...
	# shellcheck disable=SC2086
	set -- "$1" $st
	g=$(($3 + $4 + $5 + $8 + $9))
	# shellcheck disable=SC2046 # reads, merges, sectors, ticks, writes, ...
	set -- $(cat "/sys/block/${1#/dev/}/stat")
	d=$((($3 + $7) * 512 / BS_BYTES))
	# read and write ticks: the block layer's time of every request from
	# its start to its completion, summed in ns and shown in ms
	echo "$b $g $d $(($4 + $8)) $minf $majf ${pf:-0} $maps"
}

# cpu_record PDIR BEFORE AFTER: PDIR/cpu.json from two cpu_sample lines
# (disk_ms: the block layer's request time over the same window; the
# faults and maps over it too, dma_maps only where the device counts them);
# backend_process says whether there was a backend process to count.
cpu_record() {
	local tck proc=true maps=
	tck=$(getconf CLK_TCK 2>/dev/null) || tck=100
	[ -n "$BACKEND_PID" ] || proc=false
	# shellcheck disable=SC2086 # two lines of eight numbers
	set -- "$1" $2 $3
	[ "$9" -ge 0 ] && [ "${17}" -ge 0 ] && maps=", \"dma_maps\": $((${17} - $9))"
	echo "{ \"clk_tck\": $tck, \"backend_process\": $proc, \"backend_ticks\": $((${10} - $2))," \
		"\"guest_busy_ticks\": $((${11} - $3)), \"guest_cpus\": $(nproc)," \
		"\"disk_ios\": $((${12} - $4)), \"disk_ms\": $((${13} - $5))," \
		"\"backend_minflt\": $((${14} - $6)), \"backend_majflt\": $((${15} - $7))," \
		"\"guest_pgfault\": $((${16} - $8))$maps }" >"$1/cpu.json"
}

# place_backend PDIR: with the sweep's placement=split, every thread of the
# backend on the last vCPU (fio takes vCPU 0, run_fio), so that where the
# scheduler happens to put the two is not a factor of the result: on the
# instruction clock it moved QD 1 IOPS by about 2% from run to run, pinned
# they repeat to 0.1%. vduse-blkd given --cpus or --irq-affinity places its
# own queue threads, and is left to it; nullb has no threads to place.
# PDIR/placement.json says what was done: with split, how many threads
# were pinned, in how many passes (pin_threads), and, written after fio by
# placement_check, how many of them could still run elsewhere then. One
# pass used to miss threads that qemu-storage-daemon's pool was still
# starting, and qsd-ram's QD 1 IOPS on the instruction clock rose with the
# number pinned, point by point.
place_backend() {
	local last pinned fio
	last=$(($(nproc) - 1))
	# several fio jobs are spread over every vCPU (run_fio)
	fio=0
	[ "${VLAB_NUMJOBS:-1}" -gt 1 ] && fio="0-$last"
	# plans from before placement existed ran free
	case "${VLAB_PLACEMENT:-free} ${BACKEND_PID:-none} ${VLAB_BLKD_ARGS:-}" in
	"split none"*)
		echo "{ \"placement\": \"split\", \"fio_cpus\": \"$fio\", \"backend_cpus\": \"none: no backend process ($VLAB_BACKEND)\" }" ;;
	split*--cpus* | split*--irq-affinity*)
		echo "{ \"placement\": \"split\", \"fio_cpus\": \"$fio\", \"backend_cpus\": \"its own (--cpus, --irq-affinity)\" }" ;;
	split*)
		pinned=$(pin_threads "$BACKEND_PID" "$last") || return 1
		echo "{ \"placement\": \"split\", \"fio_cpus\": \"$fio\", \"backend_cpus\": \"$last\", \"backend_threads\": ${pinned% *}, \"pin_passes\": ${pinned#* } }" ;;
	*) echo '{ "placement": "free" }' ;;
	esac >"$1/placement.json"
}

# placement_check PDIR: after fio, with the backend's threads pinned, add
# to PDIR/placement.json how many of its threads could run elsewhere then
# (threads_off_cpu_after: 0, unless a thread escaped pin_threads).
placement_check() {
	local off
	grep -q '"pin_passes"' "$1/placement.json" 2>/dev/null || return 0
	off=$(threads_off_cpu "$BACKEND_PID" $(($(nproc) - 1)))
	sed -i "s/ }\$/, \"threads_off_cpu_after\": ${off% *} }/" "$1/placement.json"
}

# attach_disk: DISK, the point's disk: a VDUSE backend's device with the
# point's knobs written, attached with vdpa (on failure $status says why),
# or the disk a backend made itself (BACKEND_DISK), which takes no knobs:
# the driver's module is loaded for its points all the same, so that every
# point's procedure is the same.
attach_disk() {
	DISK=$BACKEND_DISK
	backend_vduse "$VLAB_BACKEND" || return 0
	write_knobs vduse0 "$VLAB_KNOBS" || return 1
	status="failed: vdpa dev add"
	DISK=$(vdpa_add vduse0)
}

# run_point PDIR: one point, its results in PDIR, its verdict in $status.
# (Not run in a subshell: the backend's pid must survive for teardown.)
run_point() {
	local pdir="$1" dev rc perf_pid='' cpu0 cpu1
	BS_BYTES=$(to_bytes "$VLAB_BS")
	[ "$FAULT" = "panic:$VLAB_SEQ" ] && echo c >/proc/sysrq-trigger
	status="failed: cannot load module $VLAB_MODULE $VLAB_MODPARAMS"
	ensure_module "$VLAB_MODULE" "$VLAB_MODPARAMS" || return
	vduse_identity >"$pdir/module"
	status="failed: backend $VLAB_BACKEND did not start"
	backend_start "$VLAB_BACKEND" vduse0 "$pdir/backend.log" || return
	# which binary served the point (a blkd-* backend's build among them)
	backend_exe >"$pdir/backend-exe"
	attach_disk || return
	dev=$DISK
	backend_record "$pdir" "$dev"
	status="failed: cannot pin the backend's threads"
	place_backend "$pdir" || return
	fio_hugepages_reserve || return
	sched_newidle_off || return
	if [ "$VLAB_PERF" = 1 ] && [ -n "$PERF" ] && [ -n "$BACKEND_PID" ]; then
		"$PERF" stat -x, -o "$pdir/perf-backend.txt" -e "$PERF_EVENTS" -p "$BACKEND_PID" 2>/dev/null &
		perf_pid=$!
	fi
	fs_start "$pdir" "$dev" || return
	probes_start "$pdir" || { probes_stop; return; }
	profile_start
	task_times >/tmp/tasks.before
	cp /proc/vmstat /tmp/vmstat.before
	cpu0=$(cpu_sample "$dev" "$BACKEND_PID")
	insnprof_mark "$pdir" begin
	run_fio "$pdir" "$FIO_FILE" "$VLAB_RUNTIME" "$VLAB_RAMP"
	rc=$?
	insnprof_mark "$pdir" end
	cpu1=$(cpu_sample "$dev" "$BACKEND_PID") && [ -n "$cpu0" ] &&
		cpu_record "$pdir" "$cpu0" "$cpu1"
	task_times >/tmp/tasks.after
	tasks_record /tmp/tasks.before /tmp/tasks.after >"$pdir/tasks.tsv"
	vmstat_record /tmp/vmstat.before /proc/vmstat >"$pdir/vmstat.tsv"
	placement_check "$pdir"
	# while attached: umem_bytes is 0 again once the backend deregisters
	backend_vduse "$VLAB_BACKEND" && device_record "$pdir" vduse0
	[ -n "$perf_pid" ] && { kill -INT "$perf_pid"; wait "$perf_pid"; }
	profile_stop "$pdir"
	probes_stop
	status=ok
	[ $rc -eq 0 ] || status="failed: fio exit status $rc"
	fs_finish "$pdir"
}

# teardown: detach and stop the backend; a failure here (a device left
# behind) fails the point, and the module is reloaded before the next one.
teardown() {
	local why='' disk=$BACKEND_DISK
	# a point that failed between mount and fio leaves its file system mounted
	[ -n "$FS_MOUNTED" ] && { fs_finish "$pdir" || why="its file system: ${status#failed: }"; }
	[ -d /sys/bus/vdpa/devices/vduse0 ] && { vdpa_del vduse0 || why="vdpa dev del failed"; }
	backend_stop || why="${why:+$why; }null_blk could not be removed"
	[ -e /dev/vduse/vduse0 ] && why="${why:+$why; }/dev/vduse/vduse0 still exists"
	[ -n "$disk" ] && [ -e "$disk" ] && why="${why:+$why; }$disk still exists"
	[ -z "$why" ] && return
	[ "$status" != ok ] || status="failed: $why"
	LOADED=
	vduse_unload
}

# warm_up SECONDS: unmeasured I/O with the first point's configuration, so
# that the first measured point does not pay for cold caches and page tables.
warm_up() {
	local id pdir=/tmp/warmup
	id=$(head -n 1 "$PLAN/order")
	load_point "$id"
	mkdir -p "$pdir"
	log "warm-up: ${1}s with the configuration of $id"
	status=
	ensure_module "$VLAB_MODULE" "$VLAB_MODPARAMS" &&
		backend_start "$VLAB_BACKEND" vduse0 "$pdir/backend.log" &&
		attach_disk && fio_hugepages_reserve && VLAB_PERF=0 run_fio "$pdir" "$DISK" "$1" 0
	teardown
	rm -rf "$pdir"
}

# What this boot runs, hashed where it runs and before any of it runs:
# bench/run.sh checks every line against the run's record of the host's
# copies, and a run that measured other files than it names fails.
mkdir -p /tmp/binaries
{ lab_hashes >/tmp/binaries/sha256.txt && ship binaries /tmp/binaries; } ||
	{ log "cannot hash or ship the files this boot runs"; exit 1; }
rm -rf /tmp/binaries

# QEMU 7.2's multi-threaded TCG can run a stale copy of kernel text while the
# kernel live-patches a static key, and the guest dies in "Oops: int3" (seen
# in __schedule as perf's first per-task event enabled perf_sched_events, and
# again as the last context-switches event went and disabled its software
# event key). Every `perf stat` of a task flips those keys (perf_sched_events
# and one perf_swevent_enabled key per software event) on and, later, off
# again; the same events held for the whole boot flip them once, here,
# before any point has started, and never again. Only when some point uses
# perf (perf = on, or --profile): held events keep the scheduler's perf
# hooks on at every context switch, which is work on every I/O's path.
# shellcheck source=/dev/null # written by vlab-plan
[ -f "$PLAN/boot.env" ] && . "$PLAN/boot.env"
if [ -n "$PERF" ] && { [ "${VLAB_PROFILE:-0}" = 1 ] ||
	grep -qs "^VLAB_PERF='1'" "$PLAN"/points/*/point.env; }; then
	"$PERF" stat -e "$PERF_EVENTS" -p 1 -o /dev/null 2>/dev/null &
	PERF_KEEPER=$!
	sleep 1
fi

insnprof_boot || { log "cannot ship the kernel's symbols for insnprof"; exit 1; }
[ "${VLAB_WARMUP:-0}" -gt 0 ] && warm_up "$VLAB_WARMUP"

n=0 failed=0
total=$(wc -l <"$PLAN/order")
while read -r id; do
	n=$((n + 1))
	pdir=/tmp/points/$id
	mkdir -p "$pdir"
	cp "$PLAN/points/$id/params.json" "$pdir/"
	load_point "$id"
	echo "START $id" >>"$VLAB_CTL" # appended: a file in host mode
	log "point $n/$total $id"
	kmsg_mark "point $id"
	run_point "$pdir"
	teardown
	bad=$(dmesg_bad "point $id") || { [ "$status" = ok ] && status="failed: kernel complaint: $(echo "$bad" | head -n 1)"; }
	dmesg | awk -v m="vlab-mark: point $id" 'index($0, m) { on = 1 } on' >"$pdir/dmesg.txt"
	echo "$status" >"$pdir/status"
	[ "$status" = ok ] || { failed=$((failed + 1)); log "point $id: $status"; }
	ship "points/$id" "$pdir" || { log "cannot ship point $id"; exit 1; }
	rm -rf "$pdir"
done <"$PLAN/order"
vduse_unload
[ -n "${PERF_KEEPER:-}" ] && kill -INT "$PERF_KEEPER"

mkdir -p /tmp/guest
uname -r >/tmp/guest/kernel
fio --version >/tmp/guest/fio-version
qemu-storage-daemon --version | head -n 1 >/tmp/guest/qsd-version
dmesg >/tmp/guest/dmesg.txt
ship guest /tmp/guest
log "$n points, $failed failed"
[ $failed -eq 0 ]
