#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: bench/vlab slurm's decisions, against fake sbatch, squeue and
# scontrol that record what they are asked and answer from a script (no
# cluster, no VM). --submit sends the shards as one array (one CPU each on
# icount, the node whole on wall) and the merge after it (afterok); a clock
# of auto is refused. --resubmit sends only the shards not finished and not
# still queued, makes the waiting merge depend on exactly those and on the
# ones still queued, waits out a task still COMPLETING, stops when squeue
# fails or the job is merged already, and submits a new merge when the old
# one is gone. A shard task refuses to run on a checkout that moved.
. "$(dirname "$0")/lib.sh"
[ -x "${VLAB_BUILD:?}/bench/src/vlab-plan" ] || skip "not built (bench/vlab build)"
scratch_dir
tmp=$SCRATCH
mkdir -p "$tmp/bin"
# fake sbatch: logs its arguments, prints the next job id
cat >"$tmp/bin/sbatch" <<'FAKE'
#!/usr/bin/env bash
n=$(($(cat "$FAKE/next" 2>/dev/null || echo 100) + 1))
echo "$n" >"$FAKE/next"
echo "$n $*" >>"$FAKE/sbatch.log"
echo "$n"
FAKE
# fake squeue: answers from $FAKE/queue (then queue.N for its N-th call):
# lines "JOBID[_TASK] TASK STATE", of the jobs -j names (an array's tasks
# by its id), as -o asks: '%i %K %T' or '%T'
cat >"$tmp/bin/squeue" <<'FAKE'
#!/usr/bin/env bash
[ ! -e "$FAKE/squeue-fails" ] || exit 1
c=$(($(cat "$FAKE/calls" 2>/dev/null || echo 0) + 1))
echo "$c" >"$FAKE/calls"
q="$FAKE/queue"
[ -f "$FAKE/queue.$c" ] && q="$FAKE/queue.$c"
[ -f "$q" ] || exit 0
jobs='' fmt=''
while [ $# -gt 0 ]; do
	case $1 in -j) jobs=$2; shift ;; -o) fmt=$2; shift ;; esac
	shift
done
while read -r id task state; do
	[[ ,$jobs, == *",${id%%_*},"* ]] || continue
	if [ "$fmt" = %T ]; then echo "$state"; else echo "$id $task $state"; fi
done <"$q"
FAKE
cat >"$tmp/bin/scontrol" <<'FAKE'
#!/usr/bin/env bash
echo "$*" >>"$FAKE/scontrol.log"
FAKE
chmod +x "$tmp/bin"/*
export FAKE="$tmp/fake" PATH="$tmp/bin:$PATH"
reset_fake() { rm -rf "$FAKE" && mkdir -p "$FAKE"; }

cat >"$tmp/s.conf" <<'SWEEP'
[sweep]
question = Does slurm decide right?
name = fake
clock = auto
[driver stock]
module = stock
[backend null]
type = qsd-null
[workload w]
rw = randread
bs = 4k
iodepth = 1, 16
SWEEP

# --submit: the array, then the merge after it
reset_fake
out=$("$VLAB" slurm --sweep "$tmp/s.conf" --shards 2 --seed 3 --out "$tmp/j0.slurm" --submit 2>&1) &&
	fail "clock auto was accepted: $out"
grep -q "give --clock icount or --clock wall" <<<"$out" || fail "clock auto: $out"
job="$tmp/j.slurm"
"$VLAB" slurm --sweep "$tmp/s.conf" --shards 2 --seed 3 --clock icount --out "$job" --submit >/dev/null 2>&1 ||
	fail "slurm --submit exited $?"
mapfile -t calls <"$FAKE/sbatch.log"
[ ${#calls[@]} -eq 2 ] || fail "expected 2 sbatch calls: ${calls[*]}"
[[ ${calls[0]} == "101 "*"--array=0-1 "*"--export=ALL,VLAB_JOB=$job "*"--cpus-per-task=1 --mem=4G "*shard.sbatch ]] ||
	fail "the shard array: ${calls[0]}"
[[ ${calls[1]} == "102 "*"--dependency=afterok:101 "*merge.sbatch ]] || fail "the merge: ${calls[1]}"
grep -q '^JOB_TREE=[0-9a-f]\{40\}:' "$job/job.env" || fail "job.env records no tree"
reset_fake
"$VLAB" slurm --sweep "$tmp/s.conf" --shards 2 --seed 3 --clock wall --out "$tmp/w.slurm" --submit >/dev/null 2>&1
grep -q -- "--exclusive" "$FAKE/sbatch.log" || fail "a wall-clock task does not take its node whole"

# shard 0 finished, shard 1 never ran; the merge (102) waits
mkdir -p "$job/shard-0"
"$VLAB_BUILD/bench/src/vlab-plan" --sweep "$job/sweep.conf" --seed 3 --clock icount --shard 0/2 \
	--out "$job/shard-0/plan" 2>/dev/null || fail "planning shard 0"
for id in $(tr -d '[]"' <<<"$("$VLAB_BUILD/bench/src/vlab-manifest" --get points "$job/shard-0/plan/shard.json")" | tr ',' ' '); do
	mkdir -p "$job/shard-0/points/$id" && echo ok >"$job/shard-0/points/$id/status"
done
reset_fake
echo "102 N/A PENDING" >"$FAKE/queue"
"$VLAB" slurm --resubmit "$job" >/dev/null 2>&1 || fail "--resubmit exited $?"
grep -q -- "--array=1 " "$FAKE/sbatch.log" && [ "$(wc -l <"$FAKE/sbatch.log")" -eq 1 ] ||
	fail "--resubmit did not send shard 1 alone: $(cat "$FAKE/sbatch.log")"
grep -qx "update JobId=102 Dependency=afterok:101" "$FAKE/scontrol.log" ||
	fail "the merge does not wait for the new shard: $(cat "$FAKE/scontrol.log")"

# shard 1's new task (101_1) still runs: nothing sent, the merge waits for it
reset_fake
printf '101_1 1 RUNNING\n102 N/A PENDING\n' >"$FAKE/queue"
"$VLAB" slurm --resubmit "$job" >/dev/null 2>&1 || fail "--resubmit exited $?"
[ ! -s "$FAKE/sbatch.log" ] || fail "a shard still running was sent again: $(cat "$FAKE/sbatch.log")"
grep -qx "update JobId=102 Dependency=afterok:101_1" "$FAKE/scontrol.log" ||
	fail "the merge does not wait for the running task: $(cat "$FAKE/scontrol.log")"

# a task still COMPLETING is waited out, then judged by its folder
reset_fake
printf '101_1 1 COMPLETING\n' >"$FAKE/queue.1"
: >"$FAKE/queue.2"
"$VLAB" slurm --resubmit "$job" >/dev/null 2>&1 || fail "--resubmit exited $?"
grep -q -- "--array=1 " "$FAKE/sbatch.log" || fail "the shard whose task completed unfinished was not sent again"
# the merge job is gone (not PENDING): a new one after the new shard
grep -q "merge.sbatch" "$FAKE/sbatch.log" && grep -q -- "--dependency=afterok:101 " "$FAKE/sbatch.log" ||
	fail "no new merge after the new shard: $(cat "$FAKE/sbatch.log")"

# squeue failing: nothing is sent
reset_fake
touch "$FAKE/squeue-fails"
out=$("$VLAB" slurm --resubmit "$job" 2>&1) && fail "--resubmit went on without squeue"
grep -q "squeue failed" <<<"$out" && [ ! -s "$FAKE/sbatch.log" ] || fail "squeue failing: $out"

# merged already: refused
reset_fake
# shellcheck source=/dev/null # the job's
( . "$job/job.env" && mkdir -p "$JOB_RUN" && echo '{}' >"$JOB_RUN/manifest.json" )
out=$("$VLAB" slurm --resubmit "$job" 2>&1) && fail "--resubmit of a merged job went ahead"
grep -q "merged already" <<<"$out" || fail "merged job: $out"

# a task on a checkout that moved refuses
sed -i 's/^JOB_TREE=.*/JOB_TREE=0000:none/' "$job/job.env"
out=$(VLAB_JOB="$job" SLURM_ARRAY_TASK_ID=1 "$BENCH/slurm/shard.sbatch" 2>&1) && fail "a task ran on a moved checkout"
grep -q "the job was made from 0000:none" <<<"$out" || fail "moved checkout: $out"
echo "PASS: bench/vlab slurm submits, resubmits and waits as it should"
