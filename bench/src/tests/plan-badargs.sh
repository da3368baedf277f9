#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vlab-plan rejects every bad value of every option with exit
# status 2 and one message naming the option and the value, and writes no
# plan (not even a temporary folder).
# Usage: plan-badargs.sh VLAB_PLAN
set -u
plan=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0

# bad EXPECTED ARGS...: exit 2, EXPECTED in the message, nothing written
bad() {
	local want=$1 out rc
	shift
	out=$("$plan" --out "$tmp/plan" "$@" 2>&1)
	rc=$?
	if [ "$rc" -ne 2 ]; then
		echo "FAIL: $*: exit $rc, expected 2 ($out)"
		failed=1
	fi
	if ! grep -qF -- "$want" <<<"$out"; then
		echo "FAIL: $*: message lacks [$want]: $out"
		failed=1
	fi
	if [ -n "$(ls -A "$tmp")" ]; then
		echo "FAIL: $*: wrote $(ls -A "$tmp")"
		rm -rf "${tmp:?}"/*
		failed=1
	fi
}

bad "--drivers: 'foo' is not a driver; allowed: stock, ours" --drivers foo
bad "--drivers 'stock,foo': 'foo' is not a driver" --drivers stock,foo
bad "--drivers: 'STOCK' is not a driver" --drivers STOCK
bad "--drivers '': empty list or empty item" --drivers ''
bad "--drivers 'stock,,ours': empty list or empty item" --drivers stock,,ours
bad "--drivers 'ours,': empty list or empty item" --drivers ours,
bad "--drivers 'stock,stock': 'stock' is listed twice" --drivers stock,stock
bad "--drivers 'stock, ours': ' ours' is not a driver" --drivers 'stock, ours'

bad "--backend: 'qsd-file' is not a backend; allowed: qsd-null, qsd-ram" --backend qsd-file
bad "--backend '': empty list" --backend ''
bad "--backend 'qsd-ram,qsd-ram': 'qsd-ram' is listed twice" --backend qsd-ram,qsd-ram

bad "--rw: 'randtrim' is not a fio rw mode; allowed: read, write, randread, randwrite, rw, randrw" --rw randtrim
bad "--rw: 'Read' is not a fio rw mode" --rw Read
bad "--rw '': empty list" --rw ''
bad "--rw 'read,read': 'read' is listed twice" --rw read,read

bad "--bs: '0' is out of range; allowed: 512 to 16M in multiples of 512" --bs 0
bad "--bs: '256' is out of range" --bs 256
bad "--bs: '1000' is not a multiple of 512 bytes" --bs 1000
bad "--bs: '32M' is out of range" --bs 32M
bad "--bs: '16388k' is out of range" --bs 16388k
bad "--bs: '4kb' is not a size" --bs 4kb
bad "--bs: '-4k' is not a size" --bs -4k
bad "--bs: '1.5k' is not a size" --bs 1.5k
bad "--bs: 'abc' is not a size" --bs abc
bad "--bs '4k,4096': '4096' is the same value as '4k'" --bs 4k,4096
bad "--bs '4k,4k': '4k' is listed twice" --bs 4k,4k
bad "--bs '': empty list" --bs ''
bad "--bs: '99999999999999999999' is out of range" --bs 99999999999999999999

bad "--iodepths: '0' is not a whole number from 1 to 1024" --iodepths 0
bad "--iodepths '1,1025': '1025' is not a whole number from 1 to 1024" --iodepths 1,1025
bad "--iodepths: 'x' is not a whole number" --iodepths x
bad "--iodepths: '-1' is not a whole number" --iodepths -1
bad "--iodepths: '4k' is not a whole number" --iodepths 4k
bad "--iodepths '1,': empty list or empty item" --iodepths 1,
bad "--iodepths '1,1': '1' is listed twice" --iodepths 1,1
bad "--iodepths '1,01': '01' is the same value as '1'" --iodepths 1,01

bad "--numjobs: '0' is not a whole number from 1 to 64" --numjobs 0
bad "--numjobs: '65' is not a whole number from 1 to 64" --numjobs 65
bad "--numjobs: 'two' is not a whole number" --numjobs two
bad "--numjobs '2,2': '2' is listed twice" --numjobs 2,2

bad "--reps: '0' is not a whole number from 1 to 100" --reps 0
bad "--reps: '101' is not a whole number from 1 to 100" --reps 101
bad "--reps: '1,2' is not a whole number" --reps 1,2
bad "--reps: '' is not a whole number" --reps ''

bad "--runtime: '0' is not a whole number from 1 to 3600" --runtime 0
bad "--runtime: '3601' is not a whole number from 1 to 3600" --runtime 3601
bad "--runtime: '1.5' is not a whole number" --runtime 1.5
bad "--runtime: '10s' is not a whole number" --runtime 10s

bad "--ramp: '601' is not a whole number from 0 to 600" --ramp 601
bad "--ramp: '-1' is not a whole number" --ramp -1

bad "--size: '512k' is out of range; allowed: 1M to 64G" --size 512k
bad "--size: '65G' is out of range" --size 65G
bad "--size: '1T' is not a size" --size 1T
bad "--size: '' is not a size" --size ''
bad "--size '1M' is smaller than --bs '16M'" --size 1M --bs 4k,16M

bad "--seed: '4294967296' is not a whole number from 0 to 4294967295" --seed 4294967296
bad "--seed: '-1' is not a whole number" --seed -1
bad "--seed: 'abc' is not a whole number" --seed abc

bad "--name: 'Foo' is not allowed" --name Foo
bad "--name: '-x' is not allowed" --name -x
bad "--name: '_x' is not allowed" --name _x
bad "--name: '' is not allowed" --name ''
bad "--name: 'a b' is not allowed" --name 'a b'
bad "--name: 'a'b' is not allowed" --name "a'b"
bad "--name: 'a/b' is not allowed" --name a/b
bad "--name: 'abcdefghijabcdefghijabcdefghijabcdefghijk' is not allowed" \
	--name abcdefghijabcdefghijabcdefghijabcdefghijk

bad "unknown option '--bogus'" --bogus
bad "unknown option '-x'" -x
bad "option '--reps' needs a value" --reps
bad "unexpected argument 'extra'" extra
bad "the matrix expands to 153600 points; at most 100000 are allowed" --reps 100 \
	--rw read,write,randread,randwrite,rw,randrw --backend qsd-null,qsd-ram \
	--iodepths "$(seq -s, 1 64)"

# --out itself
out=$("$plan" 2>&1)
rc=$?
if [ "$rc" -ne 2 ] || ! grep -qF -- "--out DIR is required" <<<"$out"; then
	echo "FAIL: no --out: exit $rc: $out"
	failed=1
fi

# a 40-character name is the longest allowed: the boundary itself must pass
if ! "$plan" --out "$tmp/ok" --seed 1 --name abcdefghijabcdefghijabcdefghijabcdefghij 2>/dev/null; then
	echo "FAIL: a 40-character name was refused"
	failed=1
fi
# and so must the other edges of every range
if ! "$plan" --out "$tmp/edges" --seed 0 --bs 512,16M --iodepths 1,1024 --numjobs 1,64 \
	--reps 1 --runtime 3600 --ramp 0 --size 64G 2>/dev/null; then
	echo "FAIL: values on the edges of their ranges were refused"
	failed=1
fi

[ "$failed" -eq 0 ] && echo "plan-badargs: all checks passed"
exit "$failed"
