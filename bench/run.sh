#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# `bench/vlab run`: plan a sweep (vlab-plan), run its points in the lab VM
# (bench/guest/agent.sh), commit each point into the run folder as soon as the
# guest ships it, restart the VM after a point that took it down, resume an
# interrupted run, then summarize and report. Its options and their help
# are defined here only; bench/vlab hands `run` over to this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/setup/common.sh"
bin="$VLAB_BUILD/bench/src"
bad_arg() { printf 'vlab: %s (see bench/vlab run --help)\n' "$*" >&2; exit 2; }

usage() {
	cat <<'USAGE'
USAGE: bench/vlab run [--sweep NAME|FILE] [--clock auto|icount|wall] [--seed N] [--out DIR]
                      [--shard I/N] [--console] [--host] [--profile] [--probe] [--insnprof]
       bench/vlab run --resume RUN

Runs a sweep (bench/sweeps/NAME.conf, or any sweep FILE) in the lab VM: every
configuration (driver x backend) of every workload point, interleaved in
randomised blocks inside one boot, repeated. Each finished point is committed
to results/<UTC time>-<sweep>/points/ as soon as the guest ships it; a point
that takes the VM down is recorded as failed and the VM restarted for the
rest. Then summary.csv, aggregate.csv (medians with order-statistic
intervals and their real level, paired ratios, the A/A noise floor),
charts, REPORT.md and report.html. Exit status: 0 all points ok, 1 some
failed or were not run, 2 bad usage, 130 interrupted (resume it).

OPTIONS:
  --sweep NAME|FILE  the sweep (default: default); `bench/vlab sweeps` lists them
  --clock C          the clock every figure is measured on (default: the
                     sweep's `clock`, else auto):
                       icount  instruction count (TCG, one thread, 4 ns per
                               guest instruction): work per I/O, repeatable
                               (the aa sweep measures how far); no parallel
                               speed-up, no caches
                       wall    host time: KVM where it works, else TCG with a
                               thread per vCPU (noisy: compare only in a run)
                       auto    icount under TCG, wall under KVM or --host
                     bench/vm/clock.sh says why and what each models
  --seed N           seed of the interleaving order (default: from the clock)
  --out DIR          run folder (default: results/<UTC time>-<sweep name>)
  --resume RUN       finish an interrupted run: only its missing points
  --shard I/N        run only shard I (0-based) of N: the blocks vlab-plan
                     --shard gives it (the same split on every machine), into
                     its own folder (default results/<UTC time>-<sweep>.shard-
                     I-of-N); needs a fixed --seed (or the sweep's), the same
                     for every shard. No report: `bench/vlab merge` joins the
                     shards into one run (`bench/vlab slurm` does it all)
  --console          show the guest console while it runs
  --host             run on this machine's kernel instead of the lab VM (needs
                     VDUSE, module loading and headers; refuses with the reason)
  --profile          per point, `perf record -e cpu-clock -g` while fio runs;
                     keeps the top symbols (self, children) beside the point;
                     wall clock only (on icount the sampling takes over guest time)
  --probe            per point, the eBPF tools (vduse-lat, vduse-stat,
                     vduse-copy) watch fio; their JSON is kept beside fio's and
                     the report draws the stage breakdown
  --insnprof         per point, the guest instructions of fio's run per I/O
                     by kernel symbol, counted exactly by a QEMU plugin
                     (bench/vm/insnprof/README.md): points/ID/insnprof.tsv;
                     icount clock only; `vlab-insnprof diff` compares two
  -h, --help         this text

EXAMPLES:
  bench/vlab run
  bench/vlab run --sweep quick --seed 42
  bench/vlab run --sweep backends --clock wall
  bench/vlab run --sweep my-sweep.conf --out /tmp/try
  bench/vlab run --resume results/20261128T151529Z-default
  bench/vlab run --sweep quick --seed 7 --shard 1/4 --out /shared/quick/shard-1
USAGE
}

# --help anywhere, even where a value belongs, prints the help and runs nothing
for a in "$@"; do case $a in -h | --help) usage; exit 0 ;; esac; done

sweep='' seed='' out='' resume='' console=() host=0 profile=0 probe=0 insnprof=0 clock='' shard=''
while [ $# -gt 0 ]; do
	case $1 in
	--sweep | --seed | --out | --resume | --clock | --shard)
		[ $# -ge 2 ] && [ -n "$2" ] || bad_arg "$1 needs a value"
		v=$2
		case $1 in --sweep) sweep=$v ;; --seed) seed=$v ;; --out) out=$v ;; --resume) resume=$v ;; --clock) clock=$v ;; --shard) shard=$v ;; esac
		shift 2 ;;
	--console) console=(--console); shift ;;
	--host) host=1; shift ;;
	--profile) profile=1; shift ;;
	--probe) probe=1; shift ;;
	--insnprof) insnprof=1; shift ;;
	--kernel) bad_arg "run: no --kernel: benchmarks run on the lab kernel only (the debug kernel measures KASAN; use it with test, vm and faults)" ;;
	*) bad_arg "run: unknown option '$1'" ;;
	esac
done
# Here, not in bench/vlab: shards and Slurm jobs call this script directly.
# A benchmark on the debug kernel would measure KASAN and lockdep.
[ "$(vlab_kernel_flavour)" = lab ] ||
	bad_arg "run: VLAB_KERNEL='$VLAB_KERNEL': benchmarks run on the lab kernel only (the debug kernel measures KASAN); unset it"
. "$here/vm/clock.sh"
[ -z "$clock" ] || (vlab_clock_check "$clock" 2>/dev/null) ||
	bad_arg "--clock '$clock' is not one of: ${VLAB_CLOCKS// /, }"
if [ -n "$resume" ]; then
	[ -z "$sweep$seed$out$clock$shard" ] || bad_arg "--resume takes the run's own plan: no --sweep, --seed, --out, --clock or --shard with it"
	[ -d "$resume" ] || bad_arg "--resume '$resume': no such run folder"
	[ -f "$resume/plan/plan.json" ] || bad_arg "--resume '$resume': not a run folder (no plan/plan.json)"
else
	sweep=${sweep:-default}
	if [ -f "$sweep" ]; then
		sweep_file=$sweep
	elif [[ $sweep =~ ^[a-z0-9][a-z0-9_-]*$ ]] && [ -f "$here/sweeps/$sweep.conf" ]; then
		sweep_file="$here/sweeps/$sweep.conf"
	else
		bad_arg "--sweep '$sweep' is neither a file nor one of: $(cd "$here/sweeps" && for f in *.conf; do printf '%s ' "${f%.conf}"; done)"
	fi
	[ -z "$out" ] || [ ! -e "$out" ] || bad_arg "--out '$out' exists already"
fi
if [ $host -eq 1 ]; then
	"$here/host-check.sh" || exit 1
fi

"$here/vlab" build
vlab_kernel_env
if [ $host -eq 1 ]; then
	offered=host
	runner=("$here/host-run.sh")
else
	# A run that cannot boot stops here, before its run folder exists: it
	# would fill one with failed points that a resume cannot finish either.
	"$here/vm/boot.sh" --check || exit 1
	offered=$("$here/vm/accel.sh")
	runner=("$here/vm/boot.sh" --live --timeout 86400 "${console[@]}")
fi
manifest() { "$bin/vlab-manifest" --merge --out "$run/manifest.json" "$@" >/dev/null; }
get() { "$bin/vlab-manifest" --get "$1" "$run/manifest.json" 2>/dev/null; }
utc() { date -u +%Y-%m-%dT%H:%M:%SZ; }
. "$here/provenance.sh"

# The guest kernel packages used, from guest-kernel.env, as a JSON array.
packages_json() {
	tr ';' '\n' <<<"$KPACKAGES" | awk 'NF == 3 {
		printf "%s{\"package\": \"%s\", \"version\": \"%s\", \"sha256\": \"%s\"}", sep, $1, $2, $3; sep = ", "
	} BEGIN { printf "[" } END { print "]" }'
}

# plan_clock DIR: the clock DIR's plan asks for (runs planned before clocks
# existed ran on the wall clock).
plan_clock() {
	# shellcheck source=/dev/null # the plan's, written by vlab-plan
	(unset VLAB_CLOCK && . "$1/boot.env" && echo "${VLAB_CLOCK:-wall}")
}

if [ -n "$resume" ]; then
	run=$(cd "$resume" && pwd)
	"$bin/vlab-plan" --remaining "$run" >/dev/null || exit 2 # format and folder checks
	# A run's points are comparable only on one clock: resume on the one it
	# recorded (runs from before the field ran on the wall clock), with its
	# shift and thread mode, not on what auto would pick here today.
	rclock=$(get clock.name) || rclock=wall
	rshift=$(get clock.icount_shift) && [ "$rshift" != null ] && export VLAB_ICOUNT_SHIFT=$rshift
	rthread=$(get clock.tcg_thread) && [ "$rthread" != null ] && export VLAB_TCG_THREAD=$rthread
	vlab_clock_resolve "$rclock" "$offered"
	accel=$CLOCK_ACCEL
	[ "$(get accelerator)" = "$accel" ] ||
		bad_arg "--resume '$resume': the run was made with accelerator $(get accelerator || echo unknown), this machine gives $accel for clock $CLOCK_NAME"
else
	created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	# unique even where nodes of a cluster share the build folder (PIDs do not)
	ptmp=$(mktemp -d "$VLAB_BUILD/plan.tmp.XXXXXX")
	seed_args=()
	[ -n "$seed" ] && seed_args=(--seed "$seed")
	[ -n "$clock" ] && seed_args+=(--clock "$clock")
	[ -n "$shard" ] && seed_args+=(--shard "$shard")
	"$bin/vlab-plan" --sweep "$sweep_file" --out "$ptmp" "${seed_args[@]}" || { rm -rf "$ptmp"; exit 2; }
	# before the run folder exists: a clock this machine cannot give is refused
	(vlab_clock_resolve "$(plan_clock "$ptmp")" "$offered") || { rm -rf "$ptmp"; exit 2; }
	vlab_clock_resolve "$(plan_clock "$ptmp")" "$offered"
	accel=$CLOCK_ACCEL
	if [ $profile -eq 1 ] && [ "$CLOCK_NAME" = icount ]; then
		rm -rf "$ptmp"
		# perf record's cpu-clock sampling takes guest time over on this
		# clock: every sample lands in the idle loop and the I/O rate falls
		# by more than an order of magnitude, so the profile describes
		# neither the run nor the point.
		bad_arg "--profile does not work on the icount clock (perf record's cpu-clock sampling collapses guest time there); profile with --clock wall"
	fi
	if [ $insnprof -eq 1 ] && { [ "$CLOCK_NAME" != icount ] || [ $host -eq 1 ]; }; then
		rm -rf "$ptmp"
		# its counters are exact with every vCPU on one TCG thread only
		bad_arg "--insnprof needs the lab VM on the icount clock (--clock icount)"
	fi
	name=$("$bin/vlab-plan" --sweep "$sweep_file" --get name)
	run=${out:-$VLAB_ROOT/results/$(date -u -d "$created" +%Y%m%dT%H%M%SZ)-$name${shard:+.shard-${shard%/*}-of-${shard#*/}}}
	# How many runs of this sweep the runs folder held already: a published
	# run is then seen as one of several, or as the only one.
	prior=0
	for m in "$(dirname "$run")"/*/manifest.json; do
		[ -f "$m" ] && [ "$("$bin/vlab-manifest" --get name "$m" 2>/dev/null)" = "$name" ] &&
			prior=$((prior + 1))
	done
	# The tree the run is made from, taken before the run folder exists in
	# it: its commit and, when it differs, the difference itself, so that
	# `git checkout COMMIT && git apply source.diff` rebuilds it exactly.
	suite=(suite.revision="$(git -C "$VLAB_ROOT" describe --always --dirty 2>/dev/null || echo unknown)")
	dtmp=$(mktemp "$VLAB_BUILD/source.diff.tmp.XXXXXX") && chmod 644 "$dtmp"
	if commit=$(git -C "$VLAB_ROOT" rev-parse HEAD 2>/dev/null); then
		source_diff >"$dtmp" || { rm -f "$dtmp"; vlab_die "git diff of $VLAB_ROOT failed"; }
		suite+=(suite.commit="$commit" suite.dirty:=false)
		[ -s "$dtmp" ] && suite+=(suite.dirty:=true suite.diff.file=source.diff
			suite.diff.sha256="$(sha256sum <"$dtmp" | cut -d' ' -f1)")
	else
		suite+=(suite.commit=unknown suite.dirty:=null)
	fi
	mkdir -p "$run/points"
	run=$(cd "$run" && pwd)
	mv "$ptmp" "$run/plan"
	if [ -s "$dtmp" ]; then mv "$dtmp" "$run/source.diff"; else rm -f "$dtmp"; fi
	cp "$sweep_file" "$run/sweep.conf"
	# How the points are observed is the run's, so that a resume keeps it.
	printf 'VLAB_PROFILE=%s\nVLAB_PROBE=%s\nVLAB_INSNPROF=%s\n' "$profile" "$probe" "$insnprof" >"$run/observe.env"
	# Environment first: a run that dies still says what it ran on.
	manifest \
		format:=1 name="$name" created_utc="$created" accelerator="$accel" \
		sweep_file="$(cat "$sweep_file")" sweep_path="$sweep_file" \
		seed:="$("$bin/vlab-manifest" --get seed "$run/plan/plan.json")" \
		"${suite[@]}" prior_runs:="$prior" \
		module.ours="$(cat "$VLAB_BUILD/kernel/vduse.version")" \
		module.patches:="$(grep -c . "$VLAB_ROOT/kernel/patches/series")" \
		module.stock="stock vduse.ko of linux-image $KPKGVER" \
		guest_kernel="$KREL" guest_kernel_package="$KPKGVER" \
		guest_kernel_fallback:="$([ "$KFALLBACK" = 1 ] && echo true || echo false)" \
		guest_kernel_packages:="$(packages_json)" \
		host.cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
		host.cpu_flags="$(awk -F': ' '/^flags/ { print $2; exit }' /proc/cpuinfo)" \
		host.name="$(hostname -f 2>/dev/null || hostname)" host.cpus:="$(nproc)" host.kernel="$(uname -r)" \
		vm.smp:=2 vm.memory_mib:=2048 \
		clock.name="$CLOCK_NAME" clock.requested="$(plan_clock "$run/plan")" \
		clock.label="$CLOCK_LABEL" clock.accelerator="$CLOCK_ACCEL" \
		clock.tcg_thread:="$([ -n "$CLOCK_THREAD" ] && echo "\"$CLOCK_THREAD\"" || echo null)" \
		clock.icount_shift:="${CLOCK_SHIFT:-null}" clock.kernel_append="$CLOCK_APPEND" \
		versions.qemu="$(qemu-system-x86_64 --version | head -n 1)" \
		versions.qemu_storage_daemon="$(qemu-storage-daemon --version | head -n 1)" \
		versions.fio="$(fio --version)" \
		versions.perf="$(perf --version 2>/dev/null || echo none)"
	if [ -n "$shard" ]; then
		sj="$run/plan/shard.json"
		manifest shard.index:="$("$bin/vlab-manifest" --get index "$sj")" \
			shard.count:="$("$bin/vlab-manifest" --get count "$sj")" \
			shard.plan_sha256="$("$bin/vlab-manifest" --get plan_sha256 "$sj")"
	fi
fi

# One vlab per run folder. The lock is inherited by the VM's processes, so a
# run whose launcher was killed outright stays locked until its VM is gone.
exec 9>"$run/.lock"
flock -n 9 || vlab_die "$run is in use by another bench/vlab run (or its VM is still running)"

# Every binary and script the run runs, hashed now, after the build; the
# guest hashes its side again at every boot (check_boot). A resumed run
# must run what it started with: measured files that changed stop it.
mkdir -p "$run/vm"
binaries_now >"$run/vm/binaries.new"
if [ -f "$run/vm/binaries.tsv" ]; then
	changed=$(LC_ALL=C join -t $'\t' -a 1 -a 2 -e - -o 0,1.2,2.2 \
		<(cut -f 1,2 "$run/vm/binaries.tsv" | LC_ALL=C sort) <(cut -f 1,2 "$run/vm/binaries.new" | LC_ALL=C sort) |
		awk -F'\t' '$2 != $3 { print $1 }')
	measured=$(grep -Ev '^(host/vlab-|bench/)' <<<"$changed" || true)
	if [ -n "$measured" ]; then
		rm -f "$run/vm/binaries.new"
		bad_arg "--resume '$resume': what the lab VM runs changed since the run started (${measured//$'\n'/ }); its points would not be comparable. Rebuild the run's versions (manifest.json binaries) or start a new run"
	fi
	[ -z "$changed" ] || vlab_warn "host tools changed since the run started (${changed//$'\n'/ }); the manifest names the new ones"
fi
mv "$run/vm/binaries.new" "$run/vm/binaries.tsv"
record_binaries "$run/vm/binaries.tsv"
if [ -n "$resume" ]; then
	manifest last_resumed_utc="$(utc)"
	# A resumed session from another tree says so, with that tree's diff.
	dtmp=$(mktemp "$VLAB_BUILD/source.diff.tmp.XXXXXX") && chmod 644 "$dtmp"
	if commit=$(git -C "$VLAB_ROOT" rev-parse HEAD 2>/dev/null); then
		source_diff >"$dtmp" || vlab_die "git diff of $VLAB_ROOT failed"
		sum=
		[ -s "$dtmp" ] && sum=$(sha256sum <"$dtmp" | cut -d' ' -f1)
		if [ "$commit" != "$(get suite.commit)" ] || [ "$sum" != "$(get suite.diff.sha256)" ]; then
			n=$(find "$run" -maxdepth 1 -name 'source.resume-*.diff' | wc -l)
			diff_json=null
			if [ -n "$sum" ]; then
				mv "$dtmp" "$run/source.resume-$((n + 1)).diff"
				diff_json="{\"file\": \"source.resume-$((n + 1)).diff\", \"sha256\": \"$sum\"}"
			fi
			manifest "suite.resumes+:={\"at\": \"$(utc)\", \"commit\": \"$commit\", \"dirty\": $([ -n "$sum" ] && echo true || echo false), \"diff\": $diff_json}"
			vlab_warn "the suite's tree is not the one this run started from: the manifest's suite.resumes records this one"
		fi
		rm -f "$dtmp"
	fi
fi

# the points this folder runs: the whole plan, or a shard's part of it
total=$(($("$bin/vlab-plan" --remaining "$run" | wc -l) + $(find "$run/points" -mindepth 2 -maxdepth 2 -name status | wc -l)))
started=$(date +%s)
done_here=0
fmt_s() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }
progress() {
	local ndone now el eta='?'
	ndone=$(find "$run/points" -mindepth 2 -maxdepth 2 -name status | wc -l)
	now=$(date +%s) el=$((now - started))
	[ $done_here -gt 0 ] && eta=$(fmt_s $((el * (total - ndone) / done_here)))
	printf 'vlab: [%d/%d] %s  (elapsed %s, ETA %s)\n' "$ndone" "$total" "$*" "$(fmt_s $el)" "$eta" >&2
}

# record_failed ID REASON CONSOLE: the host's verdict on a point the guest
# could not report, with the end of the console as its log.
record_failed() {
	local p="$run/points/$1" t="$run/points/.$1.tmp"
	[ -e "$p/status" ] && return 0
	rm -rf "$t" && mkdir -p "$t"
	cp "$run/plan/points/$1/params.json" "$t/"
	[ -f "$3" ] && tail -n 200 "$3" >"$t/console.txt"
	echo "failed: $2" >"$t/status"
	echo "${vmdir##*/boot-}" >"$t/boot"
	rm -rf "$p" && mv "$t" "$p"
	done_here=$((done_here + 1))
	progress "$1 failed: $2"
}

# take_record LINE: unpack one shipped record and commit it into the run.
take_record() {
	local name one="$vmdir/one.ctl"
	name=$(cut -d' ' -f2 <<<"$1")
	# salvage reads old boots' records again: a committed point stays as it
	# was, never replaced by its own copy
	[[ $name == points/* ]] && [ -e "$run/points/${name#points/}/status" ] && return 0
	printf '%s\n' "$1" >"$one"
	rm -rf "$vmdir/incoming"
	if ! "$here/vm/unpack-records.sh" "$one" "$vmdir/out.img" "$vmdir/incoming"; then
		[[ $name == points/* ]] && record_failed "${name#points/}" "its record arrived damaged" /dev/null
		return
	fi
	case $name in
	points/*)
		local id=${name#points/}
		# which boot ran it: points of one boot share its module loads and warm-up
		echo "${vmdir##*/boot-}" >"$vmdir/incoming/$name/boot"
		rm -rf "$run/points/$id" && mv "$vmdir/incoming/$name" "$run/points/$id"
		insnprof_point "$id"
		done_here=$((done_here + 1))
		current=
		progress "$id $(cat "$run/points/$id/status")"
		;;
	guest) rm -rf "$run/guest" && mv "$vmdir/incoming/guest" "$run/guest" ;;
	insnprof) mkdir -p "$vmdir/insnprof" && mv "$vmdir/incoming/insnprof/kallsyms.txt" "$vmdir/insnprof/" ;;
	binaries) mv "$vmdir/incoming/binaries/sha256.txt" "$vmdir/binaries.sha256" || true ;; # check_boot says if it is missing
	esac
}

# insnprof_point ID: with --insnprof, the point's window (the plugin's
# counts over its fio run, in its boot's folder) as instructions per I/O by
# kernel symbol, points/ID/insnprof.tsv. The I/Os are the disk's over the
# same window (cpu.json's disk_ios: the marks sit inside its two samples),
# not fio's, which leave out the ramp the window holds. A point without
# its window (failed before it closed) has no profile, and says so.
insnprof_point() {
	local p="$run/points/$1" w ios
	[ -f "$p/insnprof-window" ] || return 0
	w="$vmdir/insnprof/window-$(printf %04d "$(cat "$p/insnprof-window")").txt"
	if ! ios=$("$bin/vlab-manifest" --get disk_ios "$p/cpu.json" 2>/dev/null) || [ ! -f "$w" ] ||
		! "$VLAB_BUILD/bench/vm/insnprof/vlab-insnprof" profile --window "$w" \
			--kallsyms "$vmdir/insnprof/kallsyms.txt" --kallsyms "$p/insnprof-modules.txt" \
			--ios "$ios" >"$p/insnprof.tsv.tmp"; then
		rm -f "$p/insnprof.tsv.tmp"
		vlab_warn "point $1: no insnprof profile (window $w, cpu.json's disk_ios '${ios:-}')"
		return 0
	fi
	mv "$p/insnprof.tsv.tmp" "$p/insnprof.tsv"
}

# collect_new: act on the control lines the guest wrote since the last call.
collect_new() {
	local n line
	[ -f "$vmdir/ctl.log" ] || return 0
	n=$(wc -l <"$vmdir/ctl.log")
	while [ "$seen" -lt "$n" ]; do
		seen=$((seen + 1))
		line=$(sed -n "${seen}p" "$vmdir/ctl.log")
		last=$(date +%s)
		case $line in
		"START "*)
			current=${line#START }
			seen_start=1
			# shellcheck source=/dev/null # the point's, written by vlab-plan
			. "$run/plan/points/$current/point.env"
			limit=$((VLAB_RUNTIME + VLAB_RAMP + 180))
			progress "running $current"
			;;
		"REC "*) take_record "$line" ;;
		esac
	done
}

# salvage: points a previous invocation saw shipped but never committed (it
# was killed outright) are still on that boot's output disk: take them.
salvage() {
	local d
	for d in "$run"/vm/boot-*; do
		[ -f "$d/ctl.log" ] && [ -f "$d/out.img" ] || continue
		vmdir=$d seen=0
		collect_new
		rm -f "$d/out.img"
	done
	current=
}

bpid=''
# shellcheck disable=SC2317 # called by the INT/TERM trap set below
interrupted() {
	# A command substitution running when the signal came inherits this
	# trap: only the launcher itself cleans up.
	if [ "$BASHPID" != "$$" ]; then exit 130; fi
	set +e
	trap '' INT TERM
	if [ -n "$bpid" ]; then
		kill "$bpid" 2>/dev/null
		wait "$bpid" 2>/dev/null
	fi
	collect_new # what was shipped before the VM stopped is kept
	manifest "host.load_after+:=$(load_now)"
	local n
	n=$(find "$run/points" -mindepth 2 -maxdepth 2 -name status | wc -l)
	vlab_log "interrupted: $n of $total points are safe in $run"
	vlab_log "finish it with: bench/vlab run --resume $run"
	exit 130
}
trap interrupted INT TERM

VLAB_WARMUP=0
# shellcheck source=/dev/null # the plan's, written by vlab-plan
[ -f "$run/plan/boot.env" ] && . "$run/plan/boot.env"
export VLAB_CLOCK=$CLOCK_NAME # what boot.sh boots on: resolved once per run
# One TCG thread runs the vCPUs in turn: a vCPU that busy-polls keeps the
# instruction stream until its window ends or a timer fires, and the other
# vCPU's work waits behind it (vduse-blkd --crossed-poll-us 1000 read 6.3x
# QSD's QD 1 latency on icount, 0.87x without polling).
if [ "$CLOCK_NAME" = icount ] && bargs=$("$bin/vlab-plan" --sweep "$run/sweep.conf" --get backend.args) &&
	grep -Eq -- '--(crossed-)?poll-us[ =]+[1-9]' <<<"$bargs"; then
	vlab_warn "this sweep busy-polls (--poll-us/--crossed-poll-us) on the icount clock: a polling vCPU holds the one TCG thread, so its configurations read far slower than they are; measure polling with --clock wall"
fi
mkdir -p "$run/vm"
boot=$(find "$run/vm" -maxdepth 1 -name 'boot-*' | wc -l)
vmdir='' seen=0 current='' last=$(date +%s) limit=300
[ -n "$resume" ] && salvage
manifest "host.load_before+:=$(load_now)"
vlab_log "run $(basename "$run"): $total points on $accel, clock $CLOCK_LABEL; folder $run"
while :; do
	mapfile -t todo < <("$bin/vlab-plan" --next-boot "$run")
	[ ${#todo[@]} -gt 0 ] || break
	boot=$((boot + 1))
	vmdir="$run/vm/boot-$boot"
	job="$vmdir/job"
	rm -rf "$vmdir" && mkdir -p "$job/plan/points"
	# the host of every boot: a resumed run (a shard resubmitted) may move
	hostname -f 2>/dev/null >"$vmdir/host" || hostname >"$vmdir/host"
	printf '%s\n' "${todo[@]}" >"$job/plan/order"
	for id in "${todo[@]}"; do cp -r "$run/plan/points/$id" "$job/plan/points/"; done
	cat "$run/plan/boot.env" "$run/observe.env" >"$job/plan/boot.env" 2>/dev/null || true
	printf '#!/bin/sh\nexec sh /job/guest/agent.sh\n' >"$job/run"
	chmod +x "$job/run"
	vlab_log "boot $boot: ${#todo[@]} points to run"

	iargs=()
	# shellcheck source=/dev/null # written above, VLAB_INSNPROF among its lines
	[ $host -eq 0 ] && (. "$run/observe.env" && [ "${VLAB_INSNPROF:-0}" = 1 ]) &&
		iargs=(--insnprof "$vmdir/insnprof")
	"${runner[@]}" --job "$job" --out "$vmdir" "${iargs[@]}" &
	bpid=$!
	seen=0 current='' last=$(date +%s) limit=$((300 + VLAB_WARMUP))
	finished_before=$done_here watchdog='' seen_start=0
	while :; do
		alive=1
		kill -0 "$bpid" 2>/dev/null || alive=0
		collect_new
		[ $alive -eq 1 ] || break
		if [ $(($(date +%s) - last)) -gt "$limit" ]; then
			watchdog="no word from the guest for ${limit}s"
			kill "$bpid" 2>/dev/null
		fi
		sleep 0.5
	done
	set +e
	wait "$bpid"
	rc=$?
	set -e
	bpid=
	rm -f "$vmdir/out.img" "$vmdir/one.ctl"
	rm -rf "$vmdir/incoming" "$job"
	if [ -n "$current" ]; then
		why=${watchdog:-lab VM exit status $rc}
		[ $rc -eq 91 ] && why="guest panic or stop during the point"
		[ $rc -eq 92 ] && why="guest timeout during the point"
		record_failed "$current" "$why" "$vmdir/console.log"
	fi
	# The files the guest hashed at boot (bench/guest/lib.sh: lab_hashes)
	# must be the ones the run records, or its points measured something else.
	if [ $host -eq 0 ] && { [ -f "$vmdir/binaries.sha256" ] || [ $done_here -gt "$finished_before" ]; } &&
		! why=$(check_boot "$vmdir"); then
		manifest binaries_checked:=false
		vlab_die "boot $boot did not run the files this run records (manifest.json binaries, hashed at its start):
$why
Its points did not run what the manifest names: start a new run from the tree and build you want."
	fi
	if [ $rc -eq 90 ]; then
		vlab_warn "the lab VM did not boot (twice); stopping. Resume later with: bench/vlab run --resume $run"
		break
	fi
	if [ $done_here -eq "$finished_before" ]; then
		# A guest that died before its first point (a TCG flake while the
		# agent starts) gets one more boot; a second such boot stops the run.
		if [ "$seen_start" -eq 0 ] && [ "${empty_boots:-0}" -eq 0 ]; then
			empty_boots=1
			vlab_warn "boot $boot died before its first point (exit $rc); booting once more. See $vmdir/console.log"
			continue
		fi
		vlab_warn "boot $boot finished no point (exit $rc); stopping. See $vmdir/console.log"
		break
	fi
done
trap - INT TERM
manifest "host.load_after+:=$(load_now)"

[ -f "$run/guest/kernel" ] && manifest guest.kernel_release="$(cat "$run/guest/kernel")" \
	guest.fio="$(cat "$run/guest/fio-version")" guest.qsd="$(cat "$run/guest/qsd-version")"
manifest vm.boots:="$boot"
# Every boot that ran points hashed what it ran, and it was the run's.
unchecked=
if [ $host -eq 0 ]; then
	while read -r b; do
		check_boot "$run/vm/boot-$b" >/dev/null || unchecked+=" $b"
	done < <(cat "$run"/points/*/boot 2>/dev/null | sort -un)
	manifest binaries_checked:="$([ -z "$unchecked" ] && echo true || echo false)"
fi
# The QEMU command line of the last boot (the job disk's path differs per boot).
[ -f "$vmdir/qemu.cmdline" ] && manifest vm.qemu_cmdline="$(cat "$vmdir/qemu.cmdline")"

src=0
if [ -f "$run/plan/shard.json" ]; then
	# a shard's figures are a part of a plan: its report is the merged run's
	vlab_log "shard $(get shard.index) of $(get shard.count): $run ($(fmt_s $(($(date +%s) - started))) wall); join the shards with: bench/vlab merge --out RUN SHARD..."
else
	"$bin/vlab-summarize" "$run" || src=$?
	"$bin/vlab-report" "$run" || src=$?
	vlab_log "results: $run ($(fmt_s $(($(date +%s) - started))) wall)"
	[ -f "$run/REPORT.md" ] && vlab_log "report: $run/REPORT.md"
fi
[ -z "$unchecked" ] || vlab_die "boots$unchecked ran points without a check of what they ran (no bench/guest/lib.sh hashes, or other files than the run records): binaries_checked is false"
left=$("$bin/vlab-plan" --remaining "$run" | wc -l)
[ "$left" -eq 0 ] || vlab_die "$left points not run; finish with: bench/vlab run --resume $run"
exit $src
