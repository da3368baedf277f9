#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vlab-plan --sweep FILE --get KEY prints a sweep's value as
# the planner reads it, defaults filled in and one line per section for
# driver.KEY and backend.KEY; a key without a value exits 1 printing
# nothing; an unknown key or a bad sweep exits 2 naming it, and no plan is
# ever written.
# Usage: sweep-get.sh VLAB_PLAN
set -u
plan=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

cat >"$tmp/s.conf" <<'SWEEP'
[sweep]
name = get-test   # a comment ends the value
description = what --get reads
question = Does --get read it?
perf = on
[driver stock]
module = stock
[driver ours]
module = ours
knobs = bounce_strategy=prealloc
[backend qsd]
type = qsd-null
[backend blkd]
type = blkd-null
queues = 2
args = --poll-us=1000
[workload w]
rw = read
bs = 4k
iodepth = 1
SWEEP

# expect KEY WANT: exit 0 and exactly WANT on stdout
expect() {
	local out rc
	out=$(cd "$tmp" && "$plan" --sweep s.conf --get "$1" 2>&1)
	rc=$?
	[ $rc -eq 0 ] || fail "--get $1: exit $rc ($out)"
	[ "$out" = "$2" ] || fail "--get $1: printed [$out], expected [$2]"
}
expect name get-test
expect description 'what --get reads'
expect question 'Does --get read it?'
expect repetitions 3		# the default
expect clock auto		# the default
expect placement split		# the default
expect baseline stock		# the first driver
expect perf on
expect warmup 0
expect driver.name $'stock\nours'
expect driver.knobs $'\nbounce_strategy=prealloc'
expect backend.type $'qsd-null\nblkd-null'
expect backend.queues $'1\n2'
expect backend.args $'\n--poll-us 1000'	# as the planner rewrites it

# no value, no default: exit 1, nothing on stdout
for key in seed control baseline_backend; do
	out=$("$plan" --sweep "$tmp/s.conf" --get "$key" 2>/dev/null)
	rc=$?
	[ $rc -eq 1 ] && [ -z "$out" ] || fail "--get $key (unset): exit $rc, printed [$out], expected 1 and nothing"
done

# usage WANT ARGS...: exit 2, WANT (naming the value) in the message
usage() {
	local want=$1 out rc
	shift
	out=$("$plan" "$@" 2>&1)
	rc=$?
	[ $rc -eq 2 ] || fail "$*: exit $rc, expected 2 ($out)"
	grep -qF -- "$want" <<<"$out" || fail "$*: message lacks [$want]: $out"
}
usage "--get 'bogus' is not a sweep key; allowed: name, description" --sweep "$tmp/s.conf" --get bogus
usage "--get 'backend.module' is not a sweep key" --sweep "$tmp/s.conf" --get backend.module
usage "--get KEY takes only --sweep FILE" --sweep "$tmp/s.conf" --get name --out "$tmp/plan"
sed 's/^queues = 2$/queues = 99/' "$tmp/s.conf" >"$tmp/bad.conf"
usage "bad.conf:15" --sweep "$tmp/bad.conf" --get name
[ ! -e "$tmp/plan" ] || fail "--get wrote a plan"
[ $failed -eq 0 ] && echo "PASS: vlab-plan --get"
exit $failed
