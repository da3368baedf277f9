#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# `bench/vlab slurm`: hand a sweep to Slurm as a job array of shards
# (bench/slurm/shard.sbatch, `bench/vlab run --shard I/N` each) and a merge
# job that waits for all of them (merge.sbatch, `bench/vlab merge`). Writes a
# job folder first: the sweep, the job's settings and the exact sbatch
# options, so that a failed shard can be resubmitted alone (--resubmit) and
# the merge waits for it. Its options and help are defined here only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../setup/common.sh"
bin="$VLAB_BUILD/bench/src"
bad_arg() { printf 'vlab: %s (see bench/vlab slurm --help)\n' "$*" >&2; exit 2; }

usage() {
	cat <<'USAGE'
USAGE: bench/vlab slurm --sweep NAME|FILE --shards N [--seed N] [--clock C] [--out JOBDIR]
                        [--partition P] [--time T] [--sbatch-arg ARG]... [--submit]
       bench/vlab slurm --resubmit JOBDIR

Runs a sweep on a Slurm cluster: the plan's blocks (every configuration of
one workload point, one repetition: the unit a paired ratio needs on one
host) split into N shards, balanced by expected time, one array task each
(`bench/vlab run --shard I/N`), then one merge job (`bench/vlab merge`)
that starts when every task succeeded and writes a normal run folder
naming every shard's host.

Writes JOBDIR (default results/<UTC time>-<sweep>.slurm): sweep.conf,
job.env (seed, clock, shards, the run folder, the checkout and cache the
tasks use), sbatch.args (the options every task is submitted with), logs/,
and then shard-I/ (each task's run folder) and jobs.log (submitted ids).
The run folder is JOBDIR's name without .slurm. Without --submit only the
job folder is written; `--resubmit JOBDIR` submits it later. job.env holds
the tree the job was made from (commit and diff): a task on a checkout that
moved since refuses to run.

OPTIONS:
  --sweep NAME|FILE  the sweep (bench/sweeps/NAME.conf, or a file)
  --shards N         shards, 1 to the plan's number of blocks
  --seed N           the plan's seed, the same in every shard (default: the
                     sweep's, else one drawn now and recorded)
  --clock C          icount|wall (default: the sweep's; auto is refused, as
                     each node would resolve it on its own). On icount a
                     task takes one CPU and figures do not depend on the
                     host; on wall a task takes its node whole (--exclusive)
                     and only ratios inside a block compare
  --partition P      sbatch --partition
  --time T           sbatch --time for a shard task (Slurm's time format)
  --sbatch-arg ARG   one more sbatch option for every task (repeatable), e.g.
                     --sbatch-arg=--account=storage
  --submit           submit now: sbatch --array=0-(N-1), then the merge job
                     with --dependency=afterok on the array
  --resubmit JOBDIR  submit the shards of JOBDIR not finished (a shard's
                     folder is resumed, not restarted) and make the waiting
                     merge job depend on them, or submit a new merge job;
                     also submits a job folder written without --submit
  -h, --help         this text

The nodes need what `bench/vlab setup` installs, this checkout and the
cache at the same paths (shared storage, or the same layout on every node):
README.md, "Sweeps on a cluster".

EXAMPLES:
  bench/vlab slurm --sweep quick --shards 4 --partition lab --submit
  bench/vlab slurm --sweep strategies --shards 16 --time 2:00:00 --sbatch-arg=--account=perf
  bench/vlab slurm --resubmit results/20261206T120000Z-quick.slurm
USAGE
}

for a in "$@"; do case $a in -h | --help) usage; exit 0 ;; esac; done
sweep='' shards='' seed='' clock='' out='' partition='' time='' submit=0 resubmit='' extra=()
while [ $# -gt 0 ]; do
	case $1 in
	--sweep | --shards | --seed | --clock | --out | --partition | --time | --resubmit | --sbatch-arg)
		[ $# -ge 2 ] && [ -n "$2" ] || bad_arg "$1 needs a value"
		case $1 in
		--sweep) sweep=$2 ;; --shards) shards=$2 ;; --seed) seed=$2 ;; --clock) clock=$2 ;;
		--out) out=$2 ;; --partition) partition=$2 ;; --time) time=$2 ;; --resubmit) resubmit=$2 ;;
		--sbatch-arg) extra+=("$2") ;;
		esac
		shift 2 ;;
	--sbatch-arg=*) extra+=("${1#--sbatch-arg=}"); shift ;;
	--submit) submit=1; shift ;;
	*) bad_arg "slurm: unknown option '$1'" ;;
	esac
done

need_slurm() {
	command -v sbatch >/dev/null && command -v scontrol >/dev/null ||
		vlab_die "sbatch and scontrol are not on PATH: install Debian's slurm-client (bench/vlab setup does) or run the commands in $1 on the cluster's login node"
}

# sbatch_shards JOBDIR ARRAY [DEPENDENCY]: submit shard tasks, print the job id.
sbatch_shards() {
	local args
	mapfile -t args <"$1/sbatch.args"
	sbatch --parsable --job-name="vlab-$JOB_NAME-shard" --array="$2" --output="$1/logs/shard-%a.%A.log" \
		--export=ALL,VLAB_JOB="$1" "${args[@]}" "$here/shard.sbatch" | cut -d';' -f1
}

# sbatch_merge JOBDIR DEPENDENCY: submit the merge task, print its job id.
sbatch_merge() {
	local args dep=()
	mapfile -t args < <(grep -v -e '^--time=' -e '^--exclusive$' -e '^--cpus-per-task=' "$1/sbatch.args")
	[ -n "$2" ] && dep=(--dependency="afterok:$2")
	sbatch --parsable --job-name="vlab-$JOB_NAME-merge" --output="$1/logs/merge.%j.log" --cpus-per-task=1 \
		--export=ALL,VLAB_JOB="$1" "${dep[@]}" "${args[@]}" "$here/merge.sbatch" | cut -d';' -f1
}

# jobs_log JOBDIR KEY=VALUE...: one line per submission, for --resubmit.
jobs_log() {
	local d=$1
	shift
	printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >>"$d/jobs.log"
}

if [ -n "$resubmit" ]; then
	[ -z "$sweep$shards$seed$clock$out$partition$time" ] && [ ${#extra[@]} -eq 0 ] && [ $submit -eq 0 ] ||
		bad_arg "--resubmit takes the job folder's own settings: no other option with it"
	job=$(cd "$resubmit" 2>/dev/null && pwd) || bad_arg "--resubmit '$resubmit': no such folder"
	[ -f "$job/job.env" ] || bad_arg "--resubmit '$resubmit': not a job folder of bench/vlab slurm (no job.env)"
	# shellcheck source=/dev/null # the job's, written below
	. "$job/job.env"
	export VLAB_ROOT VLAB_BUILD VLAB_CACHE
	[ ! -f "$JOB_RUN/manifest.json" ] ||
		vlab_die "the job is merged already into $JOB_RUN; nothing to resubmit"
	bin="$VLAB_BUILD/bench/src"
	need_slurm "$job"
	"$VLAB_ROOT/bench/vlab" build # --remaining below reads the shards with the job's tools
	# Tasks of earlier submissions still queued or running are waited
	# for, not submitted twice (two tasks on one shard folder would fight
	# over its lock); a task still COMPLETING is waited out first, as it
	# may be one that failed.
	ids=$(awk '$2 ~ /^shards=/ { printf "%s%s", sep, substr($2, 8); sep = "," }' "$job/jobs.log" 2>/dev/null || true)
	active=()
	declare -A busy=()
	for attempt in $(seq 60); do
		active=() busy=() completing=0
		[ -n "$ids" ] || break
		queue=$(squeue -h -r -j "$ids" -o '%i %K %T') ||
			vlab_die "squeue failed: cannot tell which shard tasks still run; try again"
		while read -r id task state; do
			case $state in
			COMPLETING) completing=1 ;;
			PENDING | RUNNING | CONFIGURING | SUSPENDED | REQUEUED | RESIZING)
				busy[$task]=1 active+=("$id") ;;
			esac
		done <<<"$queue"
		[ $completing -eq 1 ] && [ "$attempt" -lt 60 ] || break
		sleep 2
	done
	todo=()
	for ((i = 0; i < JOB_SHARDS; i++)); do
		d="$job/shard-$i"
		[ -z "${busy[$i]:-}" ] || continue
		if [ ! -f "$d/plan/plan.json" ]; then
			todo+=("$i")
			continue
		fi
		left=$("$bin/vlab-plan" --remaining "$d") || vlab_die "cannot read shard $i's folder $d"
		[ -z "$left" ] || todo+=("$i")
	done
	new=
	if [ ${#todo[@]} -gt 0 ]; then
		list=$(IFS=,; echo "${todo[*]}")
		new=$(sbatch_shards "$job" "$list")
		jobs_log "$job" "shards=$new array=$list"
		vlab_log "resubmitted shards $list as job $new"
	else
		vlab_log "no shard to submit: every shard ran all its points or is queued"
	fi
	deps=$(IFS=:; echo "${new:+$new${active[*]:+:}}${active[*]}")
	merge=$(awk '$2 ~ /^merge=/ { m = substr($2, 7) } END { print m }' "$job/jobs.log" 2>/dev/null || true)
	state=
	[ -z "$merge" ] || state=$(squeue -h -j "$merge" -o %T 2>/dev/null || true)
	if [ "$state" = PENDING ]; then
		scontrol update JobId="$merge" Dependency="${deps:+afterok:$deps}"
		vlab_log "merge job $merge now waits for ${deps:-nothing}"
	else
		merge=$(sbatch_merge "$job" "$deps")
		jobs_log "$job" "merge=$merge"
		vlab_log "submitted merge job $merge${deps:+ after $deps}"
	fi
	exit 0
fi

[ -n "$sweep" ] || bad_arg "--sweep is required"
[ -n "$shards" ] || bad_arg "--shards is required"
[[ $shards =~ ^[0-9]+$ ]] && [ "$shards" -ge 1 ] || bad_arg "--shards '$shards' is not a whole number from 1"
if [ -f "$sweep" ]; then
	sweep_file=$sweep
elif [[ $sweep =~ ^[a-z0-9][a-z0-9_-]*$ ]] && [ -f "$VLAB_ROOT/bench/sweeps/$sweep.conf" ]; then
	sweep_file="$VLAB_ROOT/bench/sweeps/$sweep.conf"
else
	bad_arg "--sweep '$sweep' is neither a file nor a shipped sweep (bench/vlab sweeps)"
fi
"$VLAB_ROOT/bench/vlab" build
. "$VLAB_ROOT/bench/vm/clock.sh"
[ -z "$clock" ] || (vlab_clock_check "$clock" 2>/dev/null) ||
	bad_arg "--clock '$clock' is not one of: ${VLAB_CLOCKS// /, }"
name=$("$bin/vlab-plan" --sweep "$sweep_file" --get name) || exit 2
[ -n "$clock" ] || clock=$("$bin/vlab-plan" --sweep "$sweep_file" --get clock)
[ "$clock" != auto ] ||
	bad_arg "the clock is auto, which each node would resolve on its own (icount under TCG, wall under KVM): give --clock icount or --clock wall"
[ -n "$seed" ] || seed=$("$bin/vlab-plan" --sweep "$sweep_file" --get seed 2>/dev/null) ||
	seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
job=${out:-$VLAB_ROOT/results/$(date -u +%Y%m%dT%H%M%SZ)-$name.slurm}
[ ! -e "$job" ] || bad_arg "--out '$job' exists already"
[[ $job != *,* ]] || bad_arg "--out '$job': sbatch --export cannot pass a path with a comma"
[[ $job == *.slurm ]] || bad_arg "--out '$job': a job folder's name ends in .slurm (the merged run is the name without it)"
# The plan every task will make, made once here: a bad count or seed is
# refused now rather than by N tasks on the cluster.
ptmp=$(mktemp -d)
"$bin/vlab-plan" --sweep "$sweep_file" --seed "$seed" --clock "$clock" --shard "0/$shards" \
	--out "$ptmp/plan" 2>"$ptmp/err" || { cat "$ptmp/err" >&2; rm -rf "$ptmp"; exit 2; }
expected=$("$bin/vlab-manifest" --get expected_s_per_shard "$ptmp/plan/shard.json")
rm -rf "$ptmp"

mkdir -p "$job/logs"
job=$(cd "$job" && pwd)
cp "$sweep_file" "$job/sweep.conf"
# shellcheck source=../provenance.sh
. "$VLAB_ROOT/bench/provenance.sh"
tree=$(tree_id) || vlab_die "cannot read the tree of $VLAB_ROOT (git)"
{
	printf 'JOB_NAME=%q\nJOB_SEED=%q\nJOB_CLOCK=%q\nJOB_SHARDS=%q\nJOB_TREE=%q\n' "$name" "$seed" "$clock" "$shards" "$tree"
	printf 'JOB_RUN=%q\nVLAB_ROOT=%q\nVLAB_BUILD=%q\nVLAB_CACHE=%q\n' "${job%.slurm}" "$VLAB_ROOT" "$VLAB_BUILD" "$VLAB_CACHE"
} >"$job/job.env"
{
	# icount: one TCG thread per VM, and the host's load does not move the
	# figures; wall: the figures are the host's, so a task has it alone.
	if [ "$clock" = icount ]; then echo --cpus-per-task=1; else echo --exclusive; fi
	echo --mem=4G # the VM's 2 GiB, QEMU and the build
	[ -z "$partition" ] || echo "--partition=$partition"
	[ -z "$time" ] || echo "--time=$time"
	[ ${#extra[@]} -eq 0 ] || printf '%s\n' "${extra[@]}"
} >"$job/sbatch.args"
vlab_log "job folder $job: sweep $name, $shards shards, seed $seed, clock $clock; expected seconds per shard: $expected"
JOB_NAME=$name
if [ $submit -eq 0 ]; then
	vlab_log "not submitted; submit it from a node with Slurm's commands: bench/vlab slurm --resubmit $job"
	exit 0
fi
need_slurm "$job"
: >"$job/jobs.log"
array=$(sbatch_shards "$job" "0-$((shards - 1))")
jobs_log "$job" "shards=$array array=0-$((shards - 1))"
merge=$(sbatch_merge "$job" "$array")
jobs_log "$job" "merge=$merge"
vlab_log "submitted shards as job array $array and the merge as job $merge (after every shard succeeded)"
vlab_log "the merged run will be ${job%.slurm}; logs in $job/logs; a failed shard: bench/vlab slurm --resubmit $job"
