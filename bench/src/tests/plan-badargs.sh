#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vlab-plan rejects every bad command line with exit status 2
# and one message naming the option and the value (a bad sweep file with
# FILE:LINE), and writes no plan (not even a temporary folder); the edges of
# the --seed and --reps ranges are accepted.
# Usage: plan-badargs.sh VLAB_PLAN DATA_DIR
set -u
plan=$1
data=$2
sweep=$data/sweep-order.conf
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/out"
failed=0

# bad EXPECTED ARGS...: exit 2, EXPECTED in the message, nothing written
bad() {
	local want=$1 out rc
	shift
	out=$("$plan" "$@" 2>&1)
	rc=$?
	if [ "$rc" -ne 2 ]; then
		echo "FAIL: $*: exit $rc, expected 2 ($out)"
		failed=1
	fi
	if ! grep -qF -- "$want" <<<"$out"; then
		echo "FAIL: $*: message lacks [$want]: $out"
		failed=1
	fi
	if [ -n "$(ls -A "$tmp/out")" ]; then
		echo "FAIL: $*: wrote $(ls -A "$tmp/out")"
		rm -rf "${tmp:?}"/out/*
		failed=1
	fi
}

o=$tmp/out/plan
bad "--sweep FILE is required" --out "$o"
bad "--out DIR is required" --sweep "$sweep"
bad "--sweep FILE is required" --out "$o" --sweep ''
bad "$tmp/nonexistent.conf: No such file or directory" --sweep "$tmp/nonexistent.conf" --out "$o"
bad "$tmp: " --sweep "$tmp" --out "$o"
bad "--seed: '4294967296' is not a whole number from 0 to 4294967295" --sweep "$sweep" --out "$o" --seed 4294967296
bad "--seed: '-1' is not a whole number" --sweep "$sweep" --out "$o" --seed -1
bad "--seed: 'abc' is not a whole number" --sweep "$sweep" --out "$o" --seed abc
bad "--reps: '0' is not a whole number from 1 to 100" --sweep "$sweep" --out "$o" --reps 0
bad "--reps: '101' is not a whole number from 1 to 100" --sweep "$sweep" --out "$o" --reps 101
bad "--reps: '' is not a whole number" --sweep "$sweep" --out "$o" --reps ''
bad "--remaining RUN_DIR takes no other option" --remaining "$tmp" --out "$o"
bad "unknown option '--bogus'" --bogus
bad "unknown option '-x'" -x
bad "option '--reps' needs a value" --sweep "$sweep" --out "$o" --reps
bad "unexpected argument 'extra'" --sweep "$sweep" --out "$o" extra

# a bad sweep file: FILE:LINE and the value, exit 2, nothing written
printf '[sweep]\nquestion = Does it work?\nname = t\n[driver stock]\nmodule = stock\n[backend null]\ntype = qsd-null\n[workload w]\nrw = read\nbs = 4k\niodepth = 0\n' >"$tmp/bad.conf"
bad "$tmp/bad.conf:11: [workload w] iodepth: '0' is not a whole number from 1 to 1024" --sweep "$tmp/bad.conf" --out "$o"
# --reps can push a sweep past the limit
printf '[sweep]\nquestion = Does it work?\nname = t\n[driver stock]\nmodule = stock\n[driver ours]\nmodule = ours\n[backend null]\ntype = qsd-null\n[workload w]\nrw = read,write,randread,randwrite,rw,randrw\nbs = 4k\niodepth = %s\n' \
	"$(seq -s, 1 100)" >"$tmp/wide.conf"
bad "--reps 100: the sweep expands to 120000 points; at most 100000 are allowed" --sweep "$tmp/wide.conf" --out "$o" --reps 100

# the edges of the ranges must pass
if ! "$plan" --sweep "$sweep" --out "$tmp/edge1" --seed 0 --reps 1 2>/dev/null ||
	! "$plan" --sweep "$sweep" --out "$tmp/edge2" --seed 4294967295 --reps 100 2>/dev/null; then
	echo "FAIL: values on the edges of their ranges were refused"
	failed=1
fi

[ "$failed" -eq 0 ] && echo "plan-badargs: all checks passed"
exit "$failed"
