# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash, sourced: dash is the nearest dialect
# Helpers shared by the fault cases' guest scripts (bench/faults/guest/
# NAME.sh, busybox sh), sourced after /job/guest/lib.sh: the record line
# the host's vlab-faults reads, fio runs with crc32c verify, and the
# counts a record reports. The runner sets FAULT_CASE, MODULE, FAULT_SEED,
# FAULT_SECONDS and FAULT_KERNEL (lab or debug).
: "${FAULT_CASE:?}" "${MODULE:=ours}" "${FAULT_SEED:=1}" "${FAULT_SECONDS:=120}" "${FAULT_KERNEL:=lab}"

# fault_record KEY=VALUE...: print one `vlab-fault:` record of this case
# and module. Keys (bench/faults/README.md): strategy backend pass required
# survived guest_ioerr verified dmesg_clean recover_ms detail; booleans
# true/false, verified may be null, recover_ms a number or null.
fault_record() {
	local strategy=upstream backend=vduse-blkd-file pass=false required=true survived=false
	local guest_ioerr=0 verified=null dmesg_clean=false recover_ms=null detail='' kv
	for kv; do
		case ${kv%%=*} in
		strategy) strategy=${kv#*=} ;; backend) backend=${kv#*=} ;; pass) pass=${kv#*=} ;;
		required) required=${kv#*=} ;; survived) survived=${kv#*=} ;;
		guest_ioerr) guest_ioerr=${kv#*=} ;; verified) verified=${kv#*=} ;;
		dmesg_clean) dmesg_clean=${kv#*=} ;; recover_ms) recover_ms=${kv#*=} ;;
		detail) detail=${kv#*=} ;;
		*) log "fault_record: unknown key '${kv%%=*}'"; return 1 ;;
		esac
	done
	# the detail is free text inside a JSON string: no quotes, backslashes
	# or line breaks
	detail=$(printf '%s' "$detail" | tr -d '\042\134' | tr '\n\t' '  ')
	printf 'vlab-fault: {"case":"%s","module":"%s","strategy":"%s","backend":"%s","pass":%s,"required":%s,"survived":%s,"guest_ioerr":%s,"verified":%s,"dmesg_clean":%s,"recover_ms":%s,"detail":"%s"}\n' \
		"$FAULT_CASE" "$MODULE" "$strategy" "$backend" "$pass" "$required" "$survived" \
		"$guest_ioerr" "$verified" "$dmesg_clean" "$recover_ms" "$detail"
}

# fault_abandon RC: end the boot now, with exit status RC, after a hang on
# a disk that will never finish: /init's own sync after the job would wait
# on it for ever (a task in D state ignores its timeout), and the boot would
# end only at the host's limit. The records are on the console already.
fault_abandon() {
	log "abandoning the boot: a disk is hung"
	echo "EXIT $1" >"$VLAB_CTL"
	# -n: no sync(2) first, which would wait on the hung disk too
	poweroff -n -f
}

# within SEC CMD...: run CMD (a function or command) in the background and
# wait for it up to SEC seconds; 124 when it still runs then (a hang), else
# CMD's status.
within() {
	local sec=$1 pid i=0
	shift
	"$@" &
	pid=$!
	while alive $pid; do
		i=$((i + 1))
		[ $i -gt $((sec * 10)) ] && return 124
		sleep 0.1
	done
	wait $pid
}

# tf CMD...: true or false, as JSON, for whether CMD succeeds.
tf() { if "$@"; then echo true; else echo false; fi; }

# ms_now: milliseconds since boot (10 ms steps).
ms_now() { awk '{ sub(/\./, "", $1); print ($1 + 0) * 10 }' /proc/uptime; }

# strategy_of NAME: VDUSE device NAME's bounce strategy ("upstream" on the
# stock module, which has only upstream's).
strategy_of() { cat "/sys/class/vduse/$1/bounce_strategy" 2>/dev/null || echo upstream; }

# dmesg_clean MARK: true when the kernel logged no complaint since MARK.
dmesg_clean() { tf dmesg_quiet "$1"; }
dmesg_quiet() { dmesg_bad "$1" >/dev/null; }

# ioerr_since MARK: the I/O errors the guest's block layer logged since
# MARK (blk_print_req_error's lines; rate limited, so a lower bound).
ioerr_since() {
	dmesg | awk -v m="vlab-mark: $1" 'index($0, m) { on = 1; next } on && /I\/O error/ { n++ } END { print n + 0 }'
}

# guest_errors MARK JSON...: the I/O errors the guest saw since MARK: the
# kernel's I/O error lines (ioerr_since) plus the fio jobs of the JSON
# reports that ended in an error (a removed disk fails requests without a
# kernel line).
guest_errors() {
	local n m f
	n=$(ioerr_since "$1")
	shift
	for f; do
		m=$(grep -c '"error" : [1-9]' "$f" 2>/dev/null)
		n=$((n + ${m:-0}))
	done
	echo "$n"
}

# fio_ok JSON: fio's JSON output reports no error in any job.
fio_ok() { grep -q '"error" : 0' "$1" && ! grep -q '"error" : [1-9]' "$1"; }

# fio_verify_bg DEV JSON SIZE [OPTION...]: fio random writes of mixed sizes
# over SIZE of DEV at QD 16, read back with crc32c verify, in the
# background ($FIO_PID); its JSON report in JSON, its complaints in JSON.err.
# allow_file_create=0: fio (re)opens DEV by name, and would create and lay
# out a regular file in the place of a disk detached under it (vdpa_add).
fio_verify_bg() {
	local dev=$1 json=$2 size=$3
	shift 3
	fio --name=fault --filename="$dev" --direct=1 --ioengine=io_uring --rw=randwrite \
		--bssplit=4k/60:16k/30:64k/10 --iodepth=16 --size="$size" --randseed="$FAULT_SEED" \
		--verify=crc32c --do_verify=1 --verify_fatal=1 --eta=never --allow_file_create=0 \
		--output-format=json --output="$json" "$@" </dev/null >/dev/null 2>"$json.err" &
	# shellcheck disable=SC2034 # read by the case scripts
	FIO_PID=$!
}

# no_mismatch JSON: fio_verify_bg's run with report JSON logged no verify
# mismatch (an I/O error is not one: a removed disk fails requests).
no_mismatch() { ! grep -qE 'verify: |verify failed|bad magic|bad header' "$1.err" 2>/dev/null; }

# alive PID: process PID runs (an exited child not yet reaped is a zombie,
# which kill -0 still finds; a check in a $(...) subshell never reaps it).
alive() {
	local s
	s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	s=${s##*) }
	[ "${s%% *}" != Z ]
}

# gone_within TENTHS PID: PID has exited, or exits within TENTHS tenths of
# a second.
gone_within() {
	local i=0
	while alive "$2"; do
		i=$((i + 1))
		[ $i -gt "$1" ] && return 1
		sleep 0.1
	done
}

# inflight DEV: requests of block device DEV in flight now.
inflight() { awk '{ print $1 + $2 }' "/sys/block/${1#/dev/}/inflight"; }

# blkd_up NAME LOG [OPTION...]: vduse-blkd with a 64 MiB file target on
# /dev/shm serving VDUSE device NAME, returned once its banner is out
# ($BLKD_PID).
blkd_up() {
	local name=$1 out=$2 i=0
	shift 2
	: >"$out"
	vduse-blkd --target file --path "/dev/shm/$name.img" --size 64M --name "$name" --json "$@" >>"$out" 2>&1 &
	# shellcheck disable=SC2034 # read by the case scripts
	BLKD_PID=$!
	until grep -q "^vduse-blkd: /dev/vduse/$name: " "$out"; do
		i=$((i + 1))
		[ $i -gt 200 ] || ! kill -0 $BLKD_PID 2>/dev/null && { log "no vduse-blkd banner: $(tail -n 3 "$out")"; return 1; }
		sleep 0.05
	done
}

# Our module's knobs, read from kernel/knobs.def (the runner puts it beside
# this file), never typed here.
KNOBS_DEF=$(dirname "$0")/knobs.def
# knob_allowed NAME: the values of enum knob NAME, space-separated, the
# default first.
knob_allowed() {
	sed -n "s/^VDUSE_KNOB_ENUM($1, [A-Z_]*, \"\(.*\)\")$/\1/p" "$KNOBS_DEF" | tr -d ','
}
# knob_min NAME / knob_max NAME: the range of number knob NAME.
knob_min() { sed -n "s/^VDUSE_KNOB_UINT($1, [A-Z_]*, \"[^\"]*\", \([0-9]*\), .*/\1/p" "$KNOBS_DEF"; }
knob_max() { sed -n "s/^VDUSE_KNOB_UINT($1, [A-Z_]*, \"[^\"]*\", [0-9]*, \([0-9]*\),.*/\1/p" "$KNOBS_DEF"; }
