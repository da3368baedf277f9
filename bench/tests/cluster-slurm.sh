#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a sweep run on Slurm as shards and merged
# (`bench/vlab slurm --submit`) on a single-node cluster started here
# (bench/slurm/local-cluster.sh): a job array of 2 shards and a merge job
# that waits for both; one shard task cancelled while it runs is
# resubmitted alone (`bench/vlab slurm --resubmit`) and the merge waits for
# it. The merged run is complete and reported, names its host per shard,
# and matches the same sweep run unsharded beside it on the instruction
# clock, point by point, IOPS and mean latency: within 1% where the lab VM
# repeats itself across boots (null_blk: the guest kernel and fio alone),
# within 5% on VDUSE, whose QD 1 path sits on one of a few levels per boot,
# up to a few percent apart (README.md, Clocks); latencies closer than
# 0.05 us (about 12 guest instructions) count as equal. Bad shard specs are
# refused before anything runs.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
[ "$(id -u)" -eq 0 ] || skip "a local Slurm needs root (slurmd starts jobs as their users)"
for c in munged slurmctld slurmd sbatch; do
	command -v "$c" >/dev/null || skip "$c not installed (bench/vlab setup installs Slurm)"
done
scratch_dir
tmp=$SCRATCH
cluster_exit() {
	local rc=$?
	"$BENCH/slurm/local-cluster.sh" stop "$tmp/cluster"
	(exit $rc)
	scratch_exit
}
trap cluster_exit EXIT

# Bad shard specs: refused before any plan, VM or job.
out=$("$VLAB" run --sweep quick --seed 1 --shard 3/2 --out "$tmp/bad" 2>&1) && fail "--shard 3/2 was accepted"
grep -q "shard 3 does not exist; the shards of 2 are 0 to 1" <<<"$out" || fail "--shard 3/2: $out"
out=$("$VLAB" run --sweep quick --shard 0/2 --out "$tmp/bad" 2>&1) && fail "--shard without a seed was accepted"
grep -q "give --seed N" <<<"$out" || fail "--shard without a seed: $out"
out=$("$VLAB" slurm --sweep quick --shards 99 --seed 1 --clock icount --out "$tmp/bad.slurm" 2>&1) && fail "--shards 99 was accepted"
grep -q "at most" <<<"$out" || fail "--shards 99: $out"
[ ! -e "$tmp/bad" ] && [ ! -e "$tmp/bad.slurm" ] || fail "a refused spec left a folder"

export SLURM_CONF
SLURM_CONF=$("$BENCH/slurm/local-cluster.sh" start "$tmp/cluster" | sed -n 's/^SLURM_CONF=//p')
[ -f "$SLURM_CONF" ] || fail "the local cluster did not start"

cat >"$tmp/s.conf" <<'SWEEP'
[sweep]
question = Does a sweep run as shards give the figures of one run?
name = cluster
description = cluster test sweep
repetitions = 2
baseline = stock
clock = icount

[driver stock]
module = stock

[driver ours]
module = ours

[backend null]
type = qsd-null
size = 256M

[backend nullb]
type = nullb
size = 256M

[workload r]
rw = randread
bs = 4k
iodepth = 1
runtime = 1
ramp = 0
SWEEP
job="$tmp/runs/cluster.slurm"
run="$tmp/runs/cluster"
"$VLAB" slurm --sweep "$tmp/s.conf" --shards 2 --seed 11 --out "$job" --submit || fail "slurm --submit exited $?"
# the same sweep in one piece, beside it
"$VLAB" run --sweep "$tmp/s.conf" --seed 11 --out "$tmp/whole" >"$tmp/whole.log" 2>&1 &
whole=$!

# a shard task that dies (here: cancelled while it runs) is resubmitted
# alone, while the other still runs
array=$(awk '$2 ~ /^shards=/ { print substr($2, 8); exit }' "$job/jobs.log")
merge=$(awk '$2 ~ /^merge=/ { print substr($2, 7); exit }' "$job/jobs.log")
[ -n "$array" ] && [ -n "$merge" ] || fail "jobs.log names no array or merge job: $(cat "$job/jobs.log")"
for _ in $(seq 120); do
	[ "$(squeue -h -j "${array}_1" -o %T 2>/dev/null)" = RUNNING ] && break
	sleep 1
done
scancel "${array}_1"
for _ in $(seq 30); do
	[ -z "$(squeue -h -j "${array}_1" 2>/dev/null)" ] && break
	sleep 1
done
# the merge does not run on a failed shard: it waits (Slurm says
# DependencyNeverSatisfied once the array's other task has ended too)
[ "$(squeue -h -j "$merge" -o %T)" = PENDING ] ||
	fail "the merge job does not wait after a shard failed: $(scontrol show job "$merge" | grep -E 'JobState|Reason')"
"$VLAB" slurm --resubmit "$job" || fail "slurm --resubmit exited $?"
grep -q 'array=1$' "$job/jobs.log" || fail "--resubmit did not submit shard 1 alone: $(cat "$job/jobs.log")"

for _ in $(seq 900); do
	[ -z "$(squeue -h 2>/dev/null)" ] && break
	sleep 1
done
[ -z "$(squeue -h)" ] || fail "jobs still queued after 15 minutes: $(squeue)"
wait "$whole" || fail "the unsharded run exited $?: $(tail -n 5 "$tmp/whole.log")"
[ -f "$run/REPORT.md" ] || fail "no merged run: $(cat "$job"/logs/merge.log)"

# complete, reported, every host named
[ "$(tail -n +2 "$run/summary.csv" | wc -l)" -eq 8 ] || fail "the merged run has not 8 points"
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "status") c = i; next } $c != "ok" { bad = 1 } END { exit bad }' \
	"$run/summary.csv" || fail "a merged point is not ok"
host=$(hostname -f 2>/dev/null || hostname)
for i in 0 1; do
	[ "$(json_get "shards.$i.host.name" "$run/manifest.json")" = "$host" ] || fail "shard $i names no host $host"
done
grep -q '^## Shards' "$run/REPORT.md" && grep -qF "| $host |" "$run/REPORT.md" ||
	fail "REPORT.md does not name the shards' host"
[ "$(json_get merged.host_independent "$run/manifest.json")" = true ] || fail "icount shards: figures do not depend on the host"

# the same figures as the unsharded run, point by point
cols() { awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	{ print $c["id"], $c["backend"], $c["iops"], $c["lat_mean_us"] }' "$1/summary.csv" | sort; }
join <(cols "$tmp/whole") <(cols "$run") | awk '
	function dev(a, b) { return a > b ? a / b - 1 : b / a - 1 }
	{
		n++
		tol = $2 == "nullb" ? 0.01 : 0.05
		d = dev($3, $6)
		# a latency difference of a few instructions (a 2.5 us null_blk
		# I/O is about 600) is below what fio times on this clock
		l = $4 - $7 < 0.05 && $7 - $4 < 0.05 ? 0 : dev($4, $7)
		printf "%s: IOPS %s vs %s (%.2f%%), mean latency %s vs %s us (%.2f%%); at most %d%%\n",
			$1, $3, $6, 100 * d, $4, $7, 100 * dev($4, $7), 100 * tol
		if (d > tol || l > tol) bad++
	}
	END { exit n != 8 || bad }' || fail "the merged run's figures are not the unsharded run's (above)"
echo "PASS: a sweep ran on Slurm as 2 shards, one resubmitted, merged into the unsharded run's figures"
