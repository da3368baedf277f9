# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash, sourced: dash is the nearest dialect
# Guest-side helpers for lab VM jobs (busybox sh), sourced from /job/guest.
# Jobs use them to switch VDUSE modules, start and stop backends, attach the
# device, scan dmesg and ship result folders to the host.

# VLAB_JOB is /job in the lab VM; host mode (bench/host-run.sh) sets it.
JOB=${VLAB_JOB:-/job}
MODS=${VLAB_MODULES:-/lib/vlab-modules}
LAB_KO=$JOB/lab/vduse.ko

log() { echo "vlab-guest: $*"; }

# ship NAME DIR: send DIR to the host as a tar record on the output disk, then
# announce it on the control port with its size and sha256. The host checks
# both, so a record cut short can never pass for a complete one. Control
# lines are appended: in host mode (bench/host-run.sh) the port is a file.
ship() {
	local name=$1 dir=$2 off n sum
	off=$(cat /tmp/.vlab-out-off 2>/dev/null || echo 0)
	tar -cf /tmp/.vlab-rec.tar -C "$dir" . || return 1
	n=$(stat -c %s /tmp/.vlab-rec.tar)
	sum=$(sha256sum /tmp/.vlab-rec.tar | cut -d' ' -f1)
	dd if=/tmp/.vlab-rec.tar of="$VLAB_OUT" bs=1M seek="$off" conv=fsync,notrunc 2>/dev/null || return 1
	echo "REC $name $off $n $sum" >>"$VLAB_CTL"
	echo $((off + (n + 1048575) / 1048576)) >/tmp/.vlab-out-off
	rm -f /tmp/.vlab-rec.tar
}

kmsg_mark() { echo "vlab-mark: $*" >/dev/kmsg; }

# lab_hashes: the SHA-256 of every file of the lab this guest runs or loads,
# as sha256sum prints them: the agent and its lib, our module, the modules
# of the initramfs (the stock vduse.ko among them), the job's binaries and
# the tools disk's (the list mktools.sh leaves on it). Paths are named as in
# the lab VM, whatever JOB and MODS are here, so that bench/run.sh can check
# each line against the host's copy of the same file.
lab_hashes() {
	local f name sum
	{
		echo "$JOB/guest/agent.sh"
		echo "$JOB/guest/lib.sh"
		echo "$LAB_KO"
		find "$MODS" "$JOB/bin" -type f 2>/dev/null | sort
		grep -s '^/' /usr/share/vlab/tools.list
	} | while read -r f; do
		[ -f "$f" ] || continue
		case $f in
		"$MODS"/*) name=/lib/vlab-modules/${f#"$MODS"/} ;;
		"$JOB"/*) name=/job/${f#"$JOB"/} ;;
		*) name=$f ;;
		esac
		sum=$(sha256sum <"$f") || return 1
		echo "${sum%% *}  $name"
	done
}

# dmesg_bad MARK: print the kernel's complaints logged since MARK; fail if any.
# "BUG:" covers KASAN, sleeping in atomic context and ODEBUG (debug objects);
# "kernel BUG at" is BUG_ON (DEBUG_VM's VM_BUG_ON) when its Oops line is lost
# (kernel/tests/dmesg-bad.sh checks each kind).
# DMESG_BAD_RE is also where kernel/tests/vm-run.sh starts printing a
# failed test's console (it reads the line below).
DMESG_BAD_RE='WARNING:|BUG:|kernel BUG at|Oops|INFO: possible|lockdep|Call Trace'
dmesg_bad() {
	dmesg | awk -v m="vlab-mark: $1" 'index($0, m) { on = 1; next } on' |
		grep -E "$DMESG_BAD_RE" && return 1
	return 0
}

# The loaded VDUSE module's identity: its vduse-lab version, or "stock".
vduse_identity() {
	[ -d /sys/module/vduse ] || { echo none; return; }
	cat /sys/module/vduse/version 2>/dev/null || echo stock
}

vduse_unload() {
	[ -d /sys/module/vduse ] || return 0
	rmmod vduse
}

# vduse_load stock|ours [PARAM=VALUE...]: load exactly that module, with
# those module parameters, and prove it by identity.
vduse_load() {
	local id m=$1
	shift
	vduse_unload || return 1
	case $m in
	stock) insmod "$MODS/stock/vduse.ko" "$@" || return 1 ;;
	ours) insmod "$LAB_KO" "$@" || return 1 ;;
	*) log "unknown driver '$m' (stock, ours)"; return 1 ;;
	esac
	id=$(vduse_identity)
	case $m in
	stock) [ "$id" = stock ] ;;
	ours) [ "$id" = "$(cat "$JOB/lab/vduse.version")" ] ;;
	esac || { log "loaded '$m' but the module says '$id'"; return 1; }
}

# wait_for PATH [TENTHS]: poll until PATH exists (default 10 s).
wait_for() {
	local i=0
	while [ ! -e "$1" ]; do
		i=$((i + 1))
		[ $i -gt "${2:-100}" ] && return 1
		sleep 0.1
	done
}

# to_bytes SIZE: "512", "4k", "1M", "1G" (powers of 1024) in bytes.
to_bytes() {
	case $1 in
	*[kK]) echo $((${1%?} * 1024)) ;;
	*[mM]) echo $((${1%?} * 1048576)) ;;
	*[gG]) echo $((${1%?} * 1073741824)) ;;
	*[!0-9]* | '') return 1 ;;
	*) echo "$1" ;;
	esac
}

# The kinds of backend, one line each: KIND, a type or the prefix of one;
# what completes it (qsd: the rows of QSD_TYPES, which are whole types;
# target: T for each vduse-blkd target T, `vduse-blkd --list-targets`; -:
# KIND is the type); the transport its disk comes over (vduse: a VDUSE
# device that the agent sets knobs on and attaches with vdpa; ublk:
# vduse-blkd --transport ublk makes a ublk disk; kernel: null_blk, the
# kernel alone, the floor of every comparison; the last two set
# BACKEND_DISK); and the [backend] keys it takes beyond type, size and
# queues (args: vduse-blkd options, VLAB_BLKD_ARGS; build: a vduse-blkd
# build, VLAB_BLKD_BUILD; -: none). The one list of them: vlab-plan reads
# these lines at build time (bench/src/plan/CMakeLists.txt).
BACKEND_KINDS='
qsd- qsd vduse -
blkd- target vduse args,build
ublk- target ublk args,build
nullb - kernel -
'

# backend_types: every backend type backend_start knows, one per line, in
# the order of BACKEND_KINDS.
backend_types() {
	local targets
	targets=$(vduse-blkd --list-targets | awk '{ print $1 }')
	echo "$BACKEND_KINDS" | while read -r kind from _; do
		case $from in
		qsd) echo "$QSD_TYPES" | awk 'NF { print $1 }' ;;
		target) echo "$targets" | sed "s/^/$kind/" ;;
		-) echo "$kind" ;;
		esac
	done
}

# backend_kind TYPE: TYPE's row of BACKEND_KINDS ("KIND FROM TRANSPORT KEYS").
backend_kind() {
	echo "$BACKEND_KINDS" | awk -v t="$1" 'NF && ($2 == "-" ? t == $1 : index(t, $1) == 1) { print; exit }'
}

# backend_transport TYPE: vduse, ublk or kernel (BACKEND_KINDS).
backend_transport() { backend_kind "$1" | awk '{ print $3 }'; }

# backend_vduse TYPE: whether TYPE's disk is a VDUSE device the agent
# attaches (write_knobs, vdpa_add, device_record, the eBPF tools); the
# others make their own disk, BACKEND_DISK.
backend_vduse() { [ "$(backend_transport "$1")" = vduse ]; }

# blkd_binary: the vduse-blkd build a blkd-* backend runs, vduse-blkd or,
# with a sweep's [backend] build = B (VLAB_BLKD_BUILD, checked by vlab-plan),
# vduse-blkd-B: noinstr is the same daemon with its instrumentation compiled
# out (backends/CMakeLists.txt).
blkd_binary() { echo "vduse-blkd${VLAB_BLKD_BUILD:+-$VLAB_BLKD_BUILD}"; }

# backend_start BACKEND NAME LOG: start a backend of type BACKEND, its
# messages in LOG. A VDUSE one (backend_vduse) serves VDUSE device NAME and
# returns once it is ready for `vdpa dev add`; the others make their own
# disk, BACKEND_DISK. BACKEND_PID is its process, empty for nullb (the
# kernel alone has none).
BACKEND_PID='' BACKEND_DISK=''
backend_start() {
	BACKEND_PID='' BACKEND_DISK=''
	case $(backend_kind "$1" | awk '{ print $1 }') in
	qsd-) qsd_start "$@" ;;
	blkd- | ublk-) blkd_start "$@" ;;
	nullb) nullb_start "$3" ;;
	*) log "unknown backend '$1' ($(backend_types | tr '\n' ' '))"; return 1 ;;
	esac
}

# ram_image BYTES: RAM_IMAGE, the tmpfs file a backend with storage keeps
# its disk in (vduse-blkd's ram and file targets, qsd-ram, qsd-file),
# BYTES long and written through (zeros, whole MiB; a remainder is left a
# hole), before the backend starts: a disk whose blocks all exist, as
# once it has been used. Left sparse, every first touch of a 4 KiB block
# in the measured window allocated and zeroed a tmpfs page, in the
# backend's page fault (vduse-blkd's ram target maps the file) or its
# write: one fault per 4 KiB read, whose share of a point fell as its I/O
# rate rose, since a faster point re-reads more blocks of the same
# disk (issue 27; cpu.json's backend_minflt shows it).
# An image larger than /dev/shm's free space (tmpfs: half the lab VM's
# memory) is refused by name rather than failing part-way.
RAM_IMAGE=/dev/shm/vlab-ram.img
ram_image() {
	local free
	rm -f "$RAM_IMAGE"
	free=$(df -k /dev/shm | awk 'NR == 2 { print $4 * 1024 }')
	[ -n "$free" ] && [ "$1" -gt "$free" ] &&
		{ log "a backend size of $1 bytes does not fit /dev/shm ($free bytes free): give the sweep's [backend] a smaller size"; return 1; }
	dd if=/dev/zero of="$RAM_IMAGE" bs=1048576 count=$(($1 / 1048576)) 2>/dev/null &&
		truncate -s "$1" "$RAM_IMAGE" || { log "cannot write the $1-byte image $RAM_IMAGE"; return 1; }
}

# blkd_start BACKEND NAME LOG: vduse-blkd (backends/) with --target T, any
# target it lists, over BACKEND's transport (BACKEND_KINDS): VDUSE device
# NAME for blkd-T, a ublk disk for ublk-T (its /dev/ublkbN, BACKEND_DISK,
# from the daemon's banner). VLAB_QUEUES sets the queue count,
# VLAB_BLKD_ARGS adds options (a sweep's [backend] args, checked by
# vlab-plan with the same --transport added).
blkd_start() {
	local kind transport t path bytes args banner i=0
	# shellcheck disable=SC2046 # the row's words, split on purpose
	set -- "$1" "$2" "$3" $(backend_kind "$1")
	kind=$4 transport=$6 t=${1#"$4"}
	path=$(vduse-blkd --list-targets | awk -v t="$t" '$1 == t { print $2 }')
	[ -n "$path" ] || { log "unknown backend '$1' ($(backend_types | tr '\n' ' '))"; return 1; }
	command -v "$(blkd_binary)" >/dev/null || { log "no $(blkd_binary) (build = ${VLAB_BLKD_BUILD:-})"; return 1; }
	bytes=$(to_bytes "${VLAB_SIZE:-1G}") || { log "bad size '$VLAB_SIZE'"; return 1; }
	case " ${VLAB_BLKD_ARGS:-} " in
	*" --umem-hugepage "*) umem_hugepages_reserve || return 1 ;;
	esac
	args="--target $t --size $bytes --queues ${VLAB_QUEUES:-1} --json"
	case $transport in
	vduse) args="$args --name $2" banner="/dev/vduse/$2" ;;
	ublk) ublk_load || return 1
		args="$args --transport ublk" banner="/dev/ublkb[0-9]*" ;;
	*) log "$kind: vduse-blkd has no transport '$transport'"; return 1 ;;
	esac
	# a target with storage gets an image on /dev/shm (qsd-file uses
	# the same file); vlab-plan checks a sweep's args with it added.
	[ "$path" = none ] || { args="$args --path $RAM_IMAGE"; ram_image "$bytes" || return 1; }
	# Empty the log here, not in the background child: until the
	# child runs, a reused log still holds the previous daemon's
	# banner, and the wait below would take that for this one's.
	: >"$3"
	# shellcheck disable=SC2086 # word splitting of the option lists is wanted
	"$(blkd_binary)" $args ${VLAB_BLKD_ARGS:-} >>"$3" 2>&1 &
	BACKEND_PID=$!
	# A VDUSE node appears at VDUSE_CREATE_DEV, before the queues are
	# set up, and a ublk disk before the daemon is done starting; the
	# daemon's banner says the device is ready.
	until grep -q "^vduse-blkd: $banner: " "$3" 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt 100 ] || ! kill -0 "$BACKEND_PID" 2>/dev/null && {
			log "vduse-blkd did not make $banner: $(tail -n 3 "$3")"
			return 1
		}
		sleep 0.1
	done
	[ "$transport" = vduse ] && return 0
	BACKEND_DISK=$(sed -n "s|^vduse-blkd: \($banner\): .*|\1|p" "$3" | head -n 1)
	wait_for "$BACKEND_DISK" || { log "vduse-blkd named $BACKEND_DISK, which does not exist"; return 1; }
}

# ublk_load: ublk_drv (from the initramfs), once per boot: it has no
# parameters, and a stopped daemon deletes its device.
ublk_load() {
	[ -d /sys/module/ublk_drv ] || insmod "$MODS/ublk_drv.ko" || { log "cannot load ublk_drv"; return 1; }
	wait_for /dev/ublk-control || { log "ublk_drv is loaded, but there is no /dev/ublk-control"; return 1; }
}

# nullb_start LOG: null_blk, the kernel alone, as the disk the VDUSE
# backends offer: VLAB_SIZE bytes (configfs takes MiB, vlab-plan refuses
# other sizes; the module's gb= only whole GiB) in 512-byte blocks,
# VLAB_QUEUES submission queues (capped at the vCPUs by null_blk, as
# virtio-blk caps its virtqueues) of NULLB_DEPTH tags, the ring size
# vduse-blkd and qemu-storage-daemon default to, and no polled queues
# (null_blk's default is one, virtio-blk's none); blk-mq (queue_mode=2), each
# I/O completed in its submitter's context (irqmode=0), no data kept
# (memory_backed=0), home_node left to the kernel as for virtio-blk. A fresh
# module for every point (backend_stop unloads it), so that nothing of the
# previous point's device lingers. LOG gets its configfs settings.
NULLB_DEPTH=256
NULLB_CFG=/sys/kernel/config/nullb/nullb0
nullb_start() {
	local bytes kv
	bytes=$(to_bytes "${VLAB_SIZE:-1G}") || { log "bad size '$VLAB_SIZE'"; return 1; }
	[ $((bytes % 1048576)) -eq 0 ] || { log "nullb: size $VLAB_SIZE is not a whole number of MiB"; return 1; }
	[ ! -d /sys/module/null_blk ] || { log "nullb: null_blk is loaded already"; return 1; }
	[ -d /sys/module/configfs ] || insmod "$MODS/configfs.ko" || { log "cannot load configfs"; return 1; }
	grep -q ' /sys/kernel/config ' /proc/mounts ||
		mount -t configfs configfs /sys/kernel/config || { log "cannot mount configfs"; return 1; }
	insmod "$MODS/null_blk.ko" nr_devices=0 || { log "cannot load null_blk"; return 1; }
	mkdir "$NULLB_CFG" || return 1
	for kv in queue_mode=2 irqmode=0 memory_backed=0 blocksize=512 size=$((bytes / 1048576)) poll_queues=0 \
		submit_queues="${VLAB_QUEUES:-1}" hw_queue_depth=$NULLB_DEPTH power=1; do
		echo "${kv#*=}" 2>>"$1" >"$NULLB_CFG/${kv%%=*}" || { log "nullb: cannot set $kv"; return 1; }
	done
	for kv in "$NULLB_CFG"/*; do
		[ -f "$kv" ] && [ -r "$kv" ] && echo "${kv##*/}=$(cat "$kv" 2>/dev/null)"
	done >>"$1"
	wait_for /dev/nullb0 || { log "null_blk made no /dev/nullb0"; return 1; }
	BACKEND_DISK=/dev/nullb0
}

# nullb_stop: power null_blk's device off, remove it and unload the module.
nullb_stop() {
	[ ! -d "$NULLB_CFG" ] || { echo 0 >"$NULLB_CFG/power" && rmdir "$NULLB_CFG"; } || return 1
	[ ! -d /sys/module/null_blk ] || rmmod null_blk
}

# backend_exe: the file that serves the backend started last: its
# process's binary, or null_blk's module for nullb.
backend_exe() {
	if [ -n "$BACKEND_PID" ]; then
		readlink "/proc/$BACKEND_PID/exe"
	else
		echo "$MODS/null_blk.ko"
	fi
}

# backend_stop: stop the backend started last (SIGTERM, then wait; nullb:
# its device removed and null_blk unloaded), and give back the huge pages
# reserved for it. Fails when null_blk cannot be unloaded.
backend_stop() {
	if [ -n "${BACKEND_PID:-}" ]; then
		kill "$BACKEND_PID" 2>/dev/null
		wait "$BACKEND_PID" 2>/dev/null
	fi
	BACKEND_PID='' BACKEND_DISK=''
	rm -f "$RAM_IMAGE"
	hugepages_release
	nullb_stop
}

# hugepages_reserve NEED WHAT: at least NEED free 2 MiB huge pages, for
# WHAT (a phrase for the error). vm.nr_hugepages is raised only as far as
# needed and only until the point ends: backend_stop restores it
# (hugepages_release), so the other points keep their memory. Callers
# stack: each asks for the pages it will take on top of those already
# taken. On failure $status says why.
HUGEPAGES_SAVED=
hugepages_reserve() {
	local free total
	free=$(awk '/^HugePages_Free:/ { print $2 }' /proc/meminfo)
	total=$(cat /proc/sys/vm/nr_hugepages)
	[ "${free:-0}" -ge "$1" ] && return 0
	[ -n "$HUGEPAGES_SAVED" ] || HUGEPAGES_SAVED=$total
	echo $((total + $1 - ${free:-0})) >/proc/sys/vm/nr_hugepages 2>/dev/null
	free=$(awk '/^HugePages_Free:/ { print $2 }' /proc/meminfo)
	[ "${free:-0}" -ge "$1" ] && return 0
	status="failed: $2: only ${free:-0} of the $1 free 2 MiB huge pages wanted (vm.nr_hugepages $(cat /proc/sys/vm/nr_hugepages))"
	log "${status#failed: }"
	hugepages_release
	return 1
}

# umem_hugepages_reserve: enough for vduse-blkd --umem-hugepage's bounce
# region (the bounce_size knob of VLAB_KNOBS, else the kernel's default
# 64 MiB: 32 pages), plus a few spare.
umem_hugepages_reserve() {
	local region=67108864 kv
	for kv in ${VLAB_KNOBS:-}; do
		case $kv in bounce_size=*) region=$(to_bytes "${kv#*=}") || region=67108864 ;; esac
	done
	hugepages_reserve $(((region + 2097151) / 2097152 + 4)) \
		"--umem-hugepage: a $((region / 1048576)) MiB bounce region"
}
hugepages_release() {
	[ -n "$HUGEPAGES_SAVED" ] || return 0
	echo "$HUGEPAGES_SAVED" >/proc/sys/vm/nr_hugepages 2>/dev/null
	HUGEPAGES_SAVED=
}

# device_record DIR NAME: DIR/device.json, the VDUSE device's read-only
# record while it is attached: unsafe (1: bounce_strategy=direct exposed
# guest memory), umem_bytes (backend memory registered as bounce pages
# now: pinned by the driver), bounce_strategy and bounce_size, and the
# memory the device holds from our module's counters (stats/, kernel/
# README.md): bounce_pages (kernel bounce pages, the parts of huge pages
# included) and bounce_huge_pages (2 MiB ones), with page_size and
# huge_page_size to turn them into bytes. Each only if the module has the
# file: the stock module has bounce_size only, so its memory is absent,
# never 0. The counters count allocations since the device was created
# and the driver frees no bounce page before the device is destroyed, so
# on the fresh device of each point, which nothing resets, they are what
# it holds.
device_record() {
	local d=/sys/class/vduse/$2 f v out=
	for f in unsafe umem_bytes bounce_strategy bounce_size stats/bounce_pages stats/bounce_huge_pages; do
		[ -r "$d/$f" ] || continue
		v=$(cat "$d/$f" 2>/dev/null) || continue
		case $f in
		bounce_strategy) case $v in *[!a-z]* | '') continue ;; esac; v="\"$v\"" ;;
		*) case $v in *[!0-9]* | '') continue ;; esac ;;
		esac
		out="$out, \"${f#stats/}\": $v"
	done
	case $out in
	*'"bounce_pages"'*)
		# busybox has no getconf: the kernel's page size as smaps says it
		v=$(awk '/^KernelPageSize:/ && $3 == "kB" { print $2 * 1024; exit }' /proc/self/smaps 2>/dev/null)
		[ -n "$v" ] && out="$out, \"page_size\": $v"
		# the PMD size the driver's huge pages have (PMD_ORDER)
		v=$(cat /sys/kernel/mm/transparent_hugepage/hpage_pmd_size 2>/dev/null) &&
			out="$out, \"huge_page_size\": $v" ;;
	esac
	echo "{ \"device\": \"$2\"$out }" >"$1/device.json"
}

# backend_record PDIR DEV: PDIR/backend.json, the point's backend and its
# disk DEV as the block layer sees it: hardware queues (after the driver
# capped them at the vCPUs), tags of the first, logical block size, bytes,
# I/O scheduler; so that a VDUSE backend and one that makes its own disk
# can be seen to offer the same disk. A value sysfs lacks is null.
backend_record() {
	local q=/sys/block/${2#/dev/} hwq tags lbs sectors sched
	hwq=$(find "$q/mq" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | wc -l)
	tags=$(cat "$q/mq/0/nr_tags" 2>/dev/null) || tags=null
	lbs=$(cat "$q/queue/logical_block_size" 2>/dev/null) || lbs=null
	sectors=$(cat "$q/size" 2>/dev/null) || sectors=null
	sched=$(sed -n 's/.*\[\(.*\)\].*/"\1"/p' "$q/queue/scheduler" 2>/dev/null)
	echo "{ \"type\": \"$VLAB_BACKEND\", \"transport\": \"$(backend_transport "$VLAB_BACKEND")\"," \
		"\"process\": $([ -n "$BACKEND_PID" ] && echo true || echo false), \"disk\": \"$2\"," \
		"\"nr_hw_queues\": $hwq, \"nr_tags\": $tags, \"logical_block_size\": $lbs," \
		"\"bytes\": $([ "$sectors" = null ] && echo null || echo $((sectors * 512)))," \
		"\"scheduler\": ${sched:-null} }" >"$1/backend.json"
}

# qsd-ram's reads and writes go through QEMU's thread pool (aio=threads),
# which by default starts empty and grows a worker whenever a request finds
# none idle. With the daemon pinned to one vCPU, the first requests of a run
# decide the pool's size by a race (1 to 30 workers seen at QD 32), and the
# size decides the run: one worker took about 10.6k IOPS on the instruction
# clock with a few thousand context switches, a grown pool about 7.9k with
# ten times as many, so QD 16 and 32 points of one configuration spread by
# up to 35% (CV 13%) and two runs of the same plan disagreed. A pool fixed
# at QEMU's default maximum of 64 workers from the start, the size a
# long-running daemon's pool grows towards under load, repeated 16 restarts
# at QD 32 to within 0.5% of each other, in the grown pool's mode. Its
# idle workers, asleep on one condition variable, are also what a rare
# futex hash collision makes each I/O walk past: README.md, icount clock.
QSD_THREAD_POOL="--object main-loop,id=main-loop,thread-pool-min=64,thread-pool-max=64"

# task_times: one line per task of the guest, "TID NS SLICES COMM": its
# time on a CPU in ns of the guest's clock and how many times it ran, from
# /proc/TID/schedstat (CONFIG_SCHED_INFO); then one line per CPU, "cpuN NS
# SLICES [cpuN]": the time every task spent on it and their runs, from
# /proc/schedstat. Two samples around fio say which tasks the point's time
# went to, to the ns on the instruction clock; a point that is slower than
# its repetitions says there what else ran (tasks_record).
task_times() {
	local t ns _wait slices comm name run _x
	for t in /proc/[0-9]*/task/[0-9]*; do
		read -r ns _wait slices 2>/dev/null <"$t/schedstat" || continue
		read -r comm 2>/dev/null <"$t/comm" || continue
		echo "${t##*/} $ns $slices $comm"
	done
	# cpuN yld_count 0 sched_count sched_goidle ttwu_count ttwu_local
	# rq_cpu_time run_delay pcount: the two totals, counted even with
	# kernel.sched_schedstats off; none without CONFIG_SCHEDSTATS
	[ -r /proc/schedstat ] || return 0
	while read -r name _x _x _x _x _x _x run _x slices _x; do
		case $name in cpu[0-9]*) echo "$name $run $slices [$name]" ;; esac
	done </proc/schedstat
}

# tasks_record BEFORE AFTER: task_times' two samples differenced, a task
# per line, "ns<TAB>slices<TAB>tid<TAB>comm", most time first, tasks that
# did not run left out; a task started between the samples counts from 0.
# Printed with %.0f: busybox awk's %d stops at 2^31, 2.1 s of ns.
# Two lines more, tid "-": "[all CPUs]", every task's time together, and
# "[ended]", the part of it no listed task holds: tasks that ended before
# the second sample, fio's own among them (fio.json has fio's), and short
# tasks the agent ran. A run still going at a sample (the sampling
# shell's own among them) counts in its task up to the last tick and in its
# CPU not yet (a CPU counts a run when it ends), so "[ended]" is good to
# the length of those runs, not to the ns. A tid whose time went backwards
# is a new task that reused it: it counts from 0, the old one in [ended].
tasks_record() {
	printf 'ns\tslices\ttid\tcomm\n'
	awk 'NR == FNR { ns[$1] = $2; sl[$1] = $3; next }
		{ c = $4; for (i = 5; i <= NF; i++) c = c " " $i
		  d = $2 - ns[$1]; s = $3 - sl[$1]
		  if (d < 0 || s < 0) { d = $2; s = $3 }
		  if ($1 ~ /^cpu[0-9]+$/) { all += d; alls += s; next }
		  if (d > 0) { printf "%.0f\t%.0f\t%s\t%s\n", d, s, $1, c; tasks += d; tasks_s += s } }
		END { if (alls > 0) printf "%.0f\t%.0f\t-\t[all CPUs]\n%.0f\t%.0f\t-\t[ended]\n",
			all, alls, all - tasks, alls - tasks_s }' \
		"$1" "$2" | sort -t "$(printf '\t')" -k1,1nr
}

# vmstat_record BEFORE AFTER: two copies of /proc/vmstat differenced, the
# counters that moved, "counter<TAB>delta" (reclaim, compaction, huge page
# collapses and splits, migrations: work the kernel does on a task's behalf
# inside its time, which task_times cannot tell from the task's own).
vmstat_record() {
	printf 'counter\tdelta\n'
	awk 'NR == FNR { v[$1] = $2; next } $2 != v[$1] { printf "%s\t%d\n", $1, $2 - v[$1] }' "$1" "$2"
}

# thread_mask TID: thread TID's CPU affinity mask, as a number (taskset
# takes and prints it in hex); fails if the thread has gone.
thread_mask() {
	local cur
	cur=$(taskset -p "$1" 2>/dev/null) || return 1
	echo $((0x${cur##*: }))
}

# pin_threads PID CPU: every thread of PID on CPU, and so every thread it
# makes later: a thread inherits its maker's mask. Pinning a thread does not
# pin the threads it has already made, and a backend may still be starting
# threads meanwhile (qemu-storage-daemon's pool, above, grows a worker at a
# time, each new worker starting the next), so it passes over the threads
# again until a pass finds all of them pinned already. Prints the number of
# threads and of passes; a thread may exit meanwhile.
pin_threads() {
	local mask=$((1 << $2)) moved=1 passes=0 n=0 t cur
	while [ $moved -gt 0 ]; do
		[ $passes -lt 100 ] || return 1
		moved=0 n=0 passes=$((passes + 1))
		for t in /proc/"$1"/task/*; do
			cur=$(thread_mask "${t##*/}") || { [ ! -d "$t" ] || return 1; continue; }
			n=$((n + 1))
			[ "$cur" -eq $mask ] && continue
			taskset -p "$(printf %x $mask)" "${t##*/}" >/dev/null || [ ! -d "$t" ] || return 1
			moved=$((moved + 1))
		done
	done
	echo "$n $passes"
}

# threads_off_cpu PID CPU: how many threads of PID may run elsewhere than on
# CPU alone, and how many threads it has.
threads_off_cpu() {
	local mask=$((1 << $2)) off=0 n=0 t cur
	for t in /proc/"$1"/task/*; do
		cur=$(thread_mask "${t##*/}") || continue
		n=$((n + 1))
		[ "$cur" -eq $mask ] || off=$((off + 1))
	done
	echo "$off $n"
}

# The qemu-storage-daemon backend types, one line each: TYPE, its --blockdev
# node (@BYTES@: the disk's size; @IMG@: an image of that size on /dev/shm,
# created first) and "pool" for QSD_THREAD_POOL. The one list of them:
# vlab-plan reads these lines at build time (bench/src/plan/CMakeLists.txt).
QSD_TYPES='
qsd-null driver=null-co,node-name=n0,size=@BYTES@
qsd-ram driver=file,node-name=n0,filename=@IMG@ pool
qsd-file driver=file,node-name=n0,filename=@IMG@,aio=io_uring
'

# qsd_start BACKEND NAME LOG: start qemu-storage-daemon exporting a VDUSE
# block device NAME (VLAB_SIZE bytes, VLAB_QUEUES queues) on BACKEND's node
# of QSD_TYPES, with VLAB_QSD_NODE_OPTS (e.g. latency-ns=N) added to it: a
# null-co node (qsd-null), a tmpfs file (qsd-ram), or the same file through
# io_uring (qsd-file, as vduse-blkd's file target does it).
qsd_start() {
	local bytes row node pool='' img=$RAM_IMAGE
	bytes=$(to_bytes "${VLAB_SIZE:-1G}") || { log "bad size '$VLAB_SIZE'"; return 1; }
	row=$(echo "$QSD_TYPES" | awk -v t="$1" '$1 == t')
	[ -n "$row" ] || { log "unknown backend '$1' ($(backend_types | tr '\n' ' '))"; return 1; }
	node=$(echo "$row" | awk '{ print $2 }' | sed "s|@BYTES@|$bytes|; s|@IMG@|$img|")
	node=$node${VLAB_QSD_NODE_OPTS:+,$VLAB_QSD_NODE_OPTS}
	case $row in *" pool") pool=$QSD_THREAD_POOL ;; esac
	case $row in *@IMG@*) ram_image "$bytes" || return 1 ;; esac
	# shellcheck disable=SC2086 # $pool is one option and its value, or nothing
	qemu-storage-daemon $pool --blockdev "$node" \
		--export "type=vduse-blk,id=e0,node-name=n0,name=$2,writable=on,num-queues=${VLAB_QUEUES:-1}" \
		>"$3" 2>&1 &
	BACKEND_PID=$!
	wait_for "/dev/vduse/$2" || { log "qemu-storage-daemon did not create /dev/vduse/$2"; return 1; }
}

# The eBPF tools of ebpf/, one line each: NAME and the options the harness
# attaches it with around a point's fio run (@VDPA@: the vDPA device's
# name), printing JSON lines until SIGINT ends it. The one list of them: CMake
# reads these lines at build time, ebpf/CMakeLists.txt to build each tool
# and bench/src/CMakeLists.txt for vlab-plan, which takes NAME as a
# driver's `observe`; `bench/vlab run --probe` attaches them all.
EBPF_TOOLS='
vduse-lat -j -d @VDPA@
vduse-stat -j
vduse-copy -j
'

# ebpf_tools: the names of EBPF_TOOLS, one per line.
ebpf_tools() { echo "$EBPF_TOOLS" | awk 'NF { print $1 }'; }

# ebpf_tool_args NAME VDPA: NAME's options from EBPF_TOOLS for device VDPA;
# fails for a name the table does not have.
ebpf_tool_args() {
	echo "$EBPF_TOOLS" | awk -v t="$1" -v d="$2" '$1 == t { $1 = ""; gsub(/@VDPA@/, d); sub(/^ /, ""); print; f = 1 } END { exit !f }'
}

# vdpa_add NAME: attach the VDUSE device to the vDPA bus and print its block
# device (other virtio disks make the name unpredictable). The name is
# checked to be the disk's own node: devtmpfs does not replace what already
# sits at /dev/NAME, and a program that wrote to the path of a detached
# disk (fio creates and lays out a missing file) leaves a regular file there
# that would be read and written in the new disk's place.
vdpa_add() {
	local i=0 b d
	vdpa dev add name "$1" mgmtdev vduse || return 1
	while [ $i -lt 100 ]; do
		for b in /sys/bus/vdpa/devices/"$1"/virtio*/block/*; do
			[ -e "$b" ] || continue
			d=/dev/${b##*/}
			[ -b "$d" ] && [ "$(stat -L -c '%t:%T' "$d")" = "$(awk -F: '{ printf "%x:%x", $1, $2 }' "$b/dev")" ] &&
				{ echo "$d"; return 0; }
		done
		i=$((i + 1)); sleep 0.1
	done
	# stderr: callers take the name from stdout
	if [ -n "${d:-}" ]; then
		log "$d is not vDPA device $1's disk ($(cat "$b/dev")): $(ls -ld "$d" 2>&1)" >&2
	else
		log "no block device appeared for vDPA device $1" >&2
	fi
	return 1
}

vdpa_del() { vdpa dev del "$1"; }
