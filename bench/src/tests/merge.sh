#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vlab-merge joins the shard run folders of one plan into one
# run folder: every point once, from its own shard, boots renumbered so that
# no two shards share one, the whole plan without shard.json (nothing left
# to run), each shard's manifest kept, a manifest naming every host with
# vm.boots summed and binaries_checked only if every shard's is; vlab-
# summarize and vlab-report read it like any run, and the report names the
# hosts and, on the wall clock, says that absolute figures do not compare
# across shards. Refused with exit 2 and both folders named, nothing
# written: a folder that is not a shard, a shard missing or given twice,
# shards of another plan (seed), another suite commit or another clock, a
# shard with points not run, a plan changed after planning, an --out that
# exists.
# Usage: merge.sh VLAB_PLAN VLAB_MANIFEST VLAB_MERGE VLAB_SUMMARIZE VLAB_REPORT DATA_DIR
set -u
plan=$1 MANIFEST=$2 merge=$3 summarize=$4 report=$5 data=$6
. "$(dirname "$0")/json-lib.sh"

cat >"$tmp/s.conf" <<'SWEEP'
[sweep]
question = Do shards merge into one run?
name = unit-merge
repetitions = 2
clock = icount
[driver stock]
module = stock
[driver ours]
module = ours
[backend null]
type = qsd-null
[workload w]
rw = randread
bs = 4k
iodepth = 1, 16
SWEEP

# shard SEED I N DIR HOST COMMIT CLOCK BOOTS: a finished shard run folder
shard() {
	local seed=$1 i=$2 n=$3 d=$4 host=$5 commit=$6 clock=$7 boots=$8 id b=0
	mkdir -p "$d/points"
	"$plan" --sweep "$tmp/s.conf" --out "$d/plan" --seed "$seed" --shard "$i/$n" 2>/dev/null ||
		fail "planning shard $i/$n exited $?"
	"$MANIFEST" --out "$d/manifest.json" format:=1 name=unit-merge created_utc="2026-12-0${i}T00:00:00Z" \
		accelerator=tcg suite.commit="$commit" suite.dirty:=false clock.name="$clock" \
		clock.label="$clock (test)" clock.accelerator=tcg host.name="$host" host.cpu="CPU of $host" \
		host.cpus:=2 vm.smp:=2 vm.boots:="$boots" binaries_checked:=true shard.index:="$i" >/dev/null
	while read -r id; do
		mkdir -p "$d/points/$id"
		cp "$data/fio-randread.json" "$d/points/$id/fio.json"
		echo ok >"$d/points/$id/status"
		echo "$((b % boots + 1))" >"$d/points/$id/boot"
		b=$((b + 1))
	done < <(list points "$d/plan/shard.json")
	for ((b = 1; b <= boots; b++)); do
		mkdir -p "$d/vm/boot-$b"
		echo "console of $host boot $b" >"$d/vm/boot-$b/console.log"
		echo "guest output disk" >"$d/vm/boot-$b/out.img"
	done
	mkdir -p "$d/guest"
	echo 6.12-test >"$d/guest/kernel"
	cp "$tmp/s.conf" "$d/sweep.conf"
}

shard 7 0 3 "$tmp/a0" host-a c1 icount 2
shard 7 1 3 "$tmp/a1" host-b c1 icount 1
shard 7 2 3 "$tmp/a2" host-a c1 icount 1
# shard 2 was resumed: its first boot on host-a, its second on host-c
mkdir -p "$tmp/a2/vm/boot-2"
echo host-a >"$tmp/a2/vm/boot-1/host"
echo host-c >"$tmp/a2/vm/boot-2/host"

"$merge" --out "$tmp/m" "$tmp/a2" "$tmp/a0" "$tmp/a1" 2>"$tmp/err" || fail "merge exited $?: $(cat "$tmp/err")"
m=$tmp/m
diff <(ls "$m/points") <(sort "$tmp/a0/plan/order") >/dev/null || fail "the merged points are not the plan's"
[ ! -e "$m/plan/shard.json" ] || fail "the merged plan kept shard.json"
[ -z "$("$plan" --remaining "$m")" ] || fail "the merged run has points left to run"
for i in 0 1 2; do
	while read -r id; do
		cmp -s "$m/points/$id/fio.json" "$tmp/a$i/points/$id/fio.json" || fail "$id is not shard $i's"
	done < <(list points "$tmp/a$i/plan/shard.json")
done
# boots: shard 0 has 1-2, shard 1 has 3, shard 2 has 4
want=$(for i in 0 1 2; do list points "$tmp/a$i/plan/shard.json" | while read -r id; do
	echo "$id $(($(cat "$tmp/a$i/points/$id/boot") + (i == 0 ? 0 : i + 1)))"; done; done | sort)
got=$(for p in "$m"/points/*; do echo "$(basename "$p") $(cat "$p/boot")"; done | sort)
[ "$want" = "$got" ] || fail "boots not renumbered per shard: $got"
for b in 1 2 3 4; do [ -f "$m/vm/boot-$b/console.log" ] || fail "vm/boot-$b missing"; done
grep -q "host-b boot 1" "$m/vm/boot-3/console.log" || fail "vm/boot-3 is not shard 1's boot 1"
[ ! -e "$m/vm/boot-1/out.img" ] || fail "a guest output disk was copied"
[ -f "$m/shards/shard-1.json" ] && [ "$(get manifest.host.name "$m/shards/shard-1.json")" = host-b ] ||
	fail "shard 1's manifest is not kept"
[ "$(get hosts "$m/manifest.json")" = '["host-a","host-b","host-c"]' ] || fail "hosts: $(get hosts "$m/manifest.json")"
[ "$(get shards.2.hosts "$m/manifest.json")" = '["host-a","host-c"]' ] || fail "shard 2's hosts: $(get shards.2.hosts "$m/manifest.json")"
! get shard "$m/manifest.json" >/dev/null || fail "the merged manifest kept shard 0's own index"
[ "$(get shards.1.host.name "$m/manifest.json")" = host-b ] || fail "shards.1.host is not host-b"
[ "$(get shards.2.boots.first "$m/manifest.json")-$(get shards.2.boots.last "$m/manifest.json")" = 4-5 ] ||
	fail "shard 2's boots are not 4-5"
! get host "$m/manifest.json" >/dev/null || fail "the merged manifest kept one host"
[ "$(get vm.boots "$m/manifest.json")" = 5 ] || fail "vm.boots is not 5"
[ "$(get created_utc "$m/manifest.json")" = 2026-12-00T00:00:00Z ] || fail "created_utc is not the earliest"
[ "$(get merged.host_independent "$m/manifest.json")" = true ] || fail "icount shards: figures do not depend on the host"
[ "$(get binaries_checked "$m/manifest.json")" = true ] || fail "binaries_checked is not true"
"$summarize" "$m" >/dev/null 2>&1 || fail "vlab-summarize on the merged run exited $?"
"$report" "$m" >/dev/null 2>&1 || fail "vlab-report on the merged run exited $?"
grep -q '^## Shards' "$m/REPORT.md" && grep -q '| 1 | host-b | CPU of host-b |' "$m/REPORT.md" &&
	grep -q '| 2 | host-a, host-c |' "$m/REPORT.md" ||
	fail "REPORT.md does not list the shards and their hosts"
grep -q 'differ as much as those of two boots of one run do' "$m/REPORT.md" || fail "icount: REPORT.md does not say how shards' figures compare"

# on the wall clock: only ratios inside a block compare
for i in 0 1; do shard 7 "$i" 2 "$tmp/w$i" "host-$i" c1 wall 1; done
"$MANIFEST" --merge --out "$tmp/w1/manifest.json" binaries_checked:=false >/dev/null
"$merge" --out "$tmp/wm" "$tmp/w0" "$tmp/w1" 2>/dev/null || fail "wall merge exited $?"
[ "$(get merged.host_independent "$tmp/wm/manifest.json")" = false ] || fail "wall shards: figures depend on the host"
[ "$(get binaries_checked "$tmp/wm/manifest.json")" = false ] || fail "one shard unchecked: binaries_checked is not false"
"$summarize" "$tmp/wm" >/dev/null 2>&1 && "$report" "$tmp/wm" >/dev/null 2>&1 || fail "wall merged run: no report"
grep -q 'do not compare. On this clock the split keeps a workload point' "$tmp/wm/REPORT.md" ||
	fail "wall: REPORT.md does not say that only in-block ratios compare"

# refused: exit 2, a message naming the problem, no folder written
refused() {
	local want=$1 out rc
	shift
	rm -rf "$tmp/r"
	out=$("$merge" --out "$tmp/r" "$@" 2>&1)
	rc=$?
	[ $rc -eq 2 ] || fail "merge $* exited $rc, not 2"
	grep -qF -- "$want" <<<"$out" || fail "merge $*: the message does not say '$want': $out"
	[ ! -e "$tmp/r" ] && [ -z "$(find "$tmp" -maxdepth 1 -name 'r.tmp.*')" ] || fail "a refused merge left a folder"
}
refused "shard 2 of 3 is missing" "$tmp/a0" "$tmp/a1"
refused "shard 1 is given twice" "$tmp/a0" "$tmp/a1" "$tmp/a1" "$tmp/a2"
refused "is not a shard run folder" "$tmp/a0" "$tmp/a1" "$tmp/m"
refused "is a shard of 2" "$tmp/a0" "$tmp/w1" "$tmp/a2"
shard 8 1 3 "$tmp/seed8" host-b c1 icount 1
refused "are shards of different plans" "$tmp/a0" "$tmp/seed8" "$tmp/a2"
shard 7 1 3 "$tmp/c2" host-b c2 icount 1
refused "ran on a different suite revision (suite.commit: c1 and c2)" "$tmp/a0" "$tmp/c2" "$tmp/a2"
shard 7 1 3 "$tmp/wall1" host-b c1 wall 1
refused "ran on a different clock (clock.name: icount and wall)" "$tmp/a0" "$tmp/wall1" "$tmp/a2"
cp -r "$tmp/a1" "$tmp/left"
rm "$tmp/left/points/$(list points "$tmp/left/plan/shard.json" | head -n 1)/status"
refused "has 1 of its 2 points not run: finish it with bench/vlab run --resume" "$tmp/a0" "$tmp/left" "$tmp/a2"
cp -r "$tmp/a1" "$tmp/changed"
sed -i 's/"iodepth": 1,/"iodepth": 2,/' "$tmp/changed/plan/points/"*/params.json
refused "plan changed after vlab-plan wrote it" "$tmp/a0" "$tmp/changed" "$tmp/a2"
# the shards' lists of points must be the plan's, each point once
cp -r "$tmp/a1" "$tmp/lost"
first=$(list points "$tmp/a1/plan/shard.json" | head -n 1)
# json_array ID...: the ids as a JSON array, for vlab-manifest's :=
json_array() { printf '["%s"]' "$(printf '%s\n' "$@" | paste -sd, - | sed 's/,/","/g')"; }
mapfile -t rest < <(list points "$tmp/a1/plan/shard.json" | tail -n +2)
"$MANIFEST" --merge --out "$tmp/lost/plan/shard.json" "points:=$(json_array "${rest[@]}")" >/dev/null
refused "no shard lists point $first" "$tmp/a0" "$tmp/lost" "$tmp/a2"
cp -r "$tmp/a1" "$tmp/twice"
other=$(list points "$tmp/a0/plan/shard.json" | head -n 1)
sed -i "s/\"$first\"/\"$other\"/" "$tmp/twice/plan/shard.json"
mkdir -p "$tmp/twice/points/$other"
echo ok >"$tmp/twice/points/$other/status"
refused "point $other is listed by shard 0 and by shard 1" "$tmp/a0" "$tmp/twice" "$tmp/a2"
# one build and one way of observing
cp -r "$tmp/a0" "$tmp/build1"
cp -r "$tmp/a1" "$tmp/build2"
"$MANIFEST" --merge --out "$tmp/build1/manifest.json" 'binaries.job/lab/vduse\.ko.sha256=aaaa' >/dev/null
"$MANIFEST" --merge --out "$tmp/build2/manifest.json" 'binaries.job/lab/vduse\.ko.sha256=bbbb' >/dev/null
refused "ran different job/lab/vduse.ko (sha256 aaaa and bbbb)" "$tmp/build1" "$tmp/build2" "$tmp/a2"
cp -r "$tmp/a1" "$tmp/probe"
printf 'VLAB_PROFILE=0\nVLAB_PROBE=1\n' >"$tmp/probe/observe.env"
refused "observed their points differently" "$tmp/a0" "$tmp/probe" "$tmp/a2"
out=$("$merge" --out "$tmp/m" "$tmp/a0" "$tmp/a1" "$tmp/a2" 2>&1)
[ $? -eq 2 ] && grep -q "exists already" <<<"$out" || fail "merging over an existing folder: $out"

[ $failed -eq 0 ] && echo "PASS: shards of one plan merge into one run; mixes are refused"
exit $failed
