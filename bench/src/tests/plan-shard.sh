#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vlab-plan --shard I/N writes the whole plan, byte for byte the
# unsharded one, plus shard.json: shards of one plan carry one plan digest,
# split the blocks with none lost or repeated, each block whole (every
# configuration of a workload point, one repetition), balanced to within one
# block's expected time on icount; on the wall clock each workload point
# whole, all its repetitions on one shard; the split is the same each time it is planned;
# --remaining of a shard lists only its points. Refused with exit 2 and a
# message naming the value: I not below N, N of 0 or above the plan's blocks,
# not I/N, no fixed seed, --shard with --remaining or --get.
# Usage: plan-shard.sh VLAB_PLAN VLAB_MANIFEST
set -u
plan=$1 MANIFEST=$2
. "$(dirname "$0")/json-lib.sh"

# 2 configurations; per repetition 3 short blocks and 1 long one: 12 blocks
cat >"$tmp/s.conf" <<'SWEEP'
[sweep]
question = Do shards split this plan?
name = unit-shard
repetitions = 3
clock = icount
[driver stock]
module = stock
[driver ours]
module = ours
[backend null]
type = qsd-null
[workload short]
rw = randread
bs = 4k
iodepth = 1, 4, 16
runtime = 2
[workload long]
rw = randread
bs = 64k
iodepth = 1
runtime = 9
SWEEP
# the longest block: 2 points of (runtime 9 + ramp 1 + 5 s setup)
max_block=30

"$plan" --sweep "$tmp/s.conf" --out "$tmp/whole" --seed 9 2>/dev/null || fail "unsharded plan exited $?"
sort "$tmp/whole/order" >"$tmp/all.sorted"

for n in 1 2 3 5 12; do
	: >"$tmp/union"
	digests=()
	for ((i = 0; i < n; i++)); do
		d="$tmp/n$n-$i"
		mkdir -p "$d"
		"$plan" --sweep "$tmp/s.conf" --out "$d/plan" --seed 9 --shard "$i/$n" 2>/dev/null ||
			{ fail "--shard $i/$n exited $?"; continue; }
		sj="$d/plan/shard.json"
		diff -r -x shard.json "$tmp/whole" "$d/plan" >/dev/null ||
			fail "--shard $i/$n: the plan differs from the unsharded one"
		mapfile -t ids < <(list points "$sj")
		[ ${#ids[@]} -gt 0 ] || fail "--shard $i/$n runs no point"
		printf '%s\n' "${ids[@]}" >>"$tmp/union"
		digests+=("$(get plan_sha256 "$sj")")
		[ "$(get index "$sj") $(get count "$sj")" = "$i $n" ] || fail "--shard $i/$n: index or count wrong"
		# whole blocks: the blocks of its points are its blocks, 2 points each
		blocks=$(for id in "${ids[@]}"; do get block "$d/plan/points/$id/params.json"; done | sort -n | uniq -c |
			awk '$1 != 2 { bad = 1 } { printf "%s ", $2 } END { if (bad) print "PARTIAL" }')
		[ "$blocks" = "$(list blocks "$sj" | sort -n | tr '\n' ' ')" ] ||
			fail "--shard $i/$n: its points' blocks ($blocks) are not its whole blocks ($(get blocks "$sj"))"
		# the same split every time
		"$plan" --sweep "$tmp/s.conf" --out "$d/again" --seed 9 --shard "$i/$n" 2>/dev/null
		cmp -s "$sj" "$d/again/shard.json" || fail "--shard $i/$n: planned twice, two splits"
		# a shard's run folder has only its own points to run
		[ "$("$plan" --remaining "$d")" = "$(printf '%s\n' "${ids[@]}")" ] ||
			fail "--remaining of shard $i/$n is not its points"
	done
	sort "$tmp/union" | cmp -s - "$tmp/all.sorted" ||
		fail "$n shards: the union of their points is not the plan (lost or repeated points)"
	[ "$(printf '%s\n' "${digests[@]}" | sort -u | wc -l)" -eq 1 ] || fail "$n shards: more than one plan digest"
	spread=$(list expected_s_per_shard "$tmp/n$n-0/plan/shard.json" |
		awk 'NR == 1 || $1 > hi { hi = $1 } NR == 1 || $1 < lo { lo = $1 } END { print hi - lo }')
	awk -v s="$spread" -v m=$max_block 'BEGIN { exit !(s <= m) }' ||
		fail "$n shards: loads differ by $spread s, more than a block ($max_block s)"
done
# on any other clock a workload point moves with all its repetitions (4
# points a repetition here: blocks b and b + 4k stay together)
for ((i = 0; i < 3; i++)); do
	d="$tmp/wall-$i"
	mkdir -p "$d"
	"$plan" --sweep "$tmp/s.conf" --out "$d/plan" --seed 9 --clock wall --shard "$i/3" 2>/dev/null ||
		fail "--clock wall --shard $i/3 exited $?"
	[ "$(get unit "$d/plan/shard.json")" = "workload point" ] || fail "wall: the unit is not the workload point"
	points=$(list blocks "$d/plan/shard.json" | awk '{ print $1 % 4 }' | sort -u | tr '\n' ' ')
	[ "$(list blocks "$d/plan/shard.json" | wc -l)" -eq $(($(wc -w <<<"$points") * 3)) ] ||
		fail "wall shard $i: its blocks ($(get blocks "$d/plan/shard.json")) are not whole workload points"
done
# another seed is another plan
mkdir -p "$tmp/other"
"$plan" --sweep "$tmp/s.conf" --out "$tmp/other/plan" --seed 10 --shard 0/2 2>/dev/null
[ "$(get plan_sha256 "$tmp/other/plan/shard.json")" != "$(get plan_sha256 "$tmp/n2-0/plan/shard.json")" ] ||
	fail "seeds 9 and 10 gave one plan digest"

# refused, with the value named
refused() {
	local want=$1 out
	shift
	out=$("$plan" "$@" 2>&1)
	local rc=$?
	[ $rc -eq 2 ] || fail "$* exited $rc, not 2"
	grep -qF -- "$want" <<<"$out" || fail "$*: the message does not say '$want': $out"
}
refused "shard 3 does not exist; the shards of 2 are 0 to 1" --sweep "$tmp/s.conf" --out "$tmp/x" --seed 1 --shard 3/2
refused "the shard count 0 is not from 1 to 1024" --sweep "$tmp/s.conf" --out "$tmp/x" --seed 1 --shard 0/0
refused "'1/x' is not a shard" --sweep "$tmp/s.conf" --out "$tmp/x" --seed 1 --shard 1/x
refused "'2' is not a shard: give I/N" --sweep "$tmp/s.conf" --out "$tmp/x" --seed 1 --shard 2
refused "the plan has 12 blocks" --sweep "$tmp/s.conf" --out "$tmp/x" --seed 1 --shard 0/13
refused "on clock wall a workload point runs all its repetitions on one host" \
	--sweep "$tmp/s.conf" --out "$tmp/x" --seed 1 --clock wall --shard 0/5
refused "give --seed N (the same to every shard)" --sweep "$tmp/s.conf" --out "$tmp/x" --shard 0/2
refused "--remaining RUN_DIR takes no other option" --remaining "$tmp/n2-0" --shard 0/2
refused "--get KEY takes only --sweep FILE" --sweep "$tmp/s.conf" --get name --shard 0/2
[ ! -e "$tmp/x" ] || fail "a refused --shard left $tmp/x"
# a damaged shard file stops --remaining
echo '{"format": 9}' >"$tmp/n2-0/plan/shard.json"
refused "not a shard file of this version" --remaining "$tmp/n2-0"

[ $failed -eq 0 ] && echo "PASS: shards split a plan into whole blocks, the same way on every host"
exit $failed
