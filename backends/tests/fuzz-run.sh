#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: run the chain/request fuzzer for a fixed time (default 20 s)
# from an empty corpus; any crash, sanitizer report or broken invariant fails.
# usage: fuzz-run.sh FUZZER [SECONDS]
fuzzer=$1 secs=${2:-20}
[ -x "$fuzzer" ] || { echo "SKIP: fuzzer not built (needs clang with -fsanitize=fuzzer)"; exit 4; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
if "$fuzzer" -max_total_time="$secs" -print_final_stats=1 -artifact_prefix="$work/" \
	"$work/corpus" >"$work/log" 2>&1; then
	grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$work/log" | tail -n 2
	echo "PASS: fuzz-chain ran ${secs}s without a finding"
	exit 0
fi
tail -n 40 "$work/log"
echo "FAIL: fuzz-chain found a crash (input in the log above)"
exit 1
