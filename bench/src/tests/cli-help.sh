#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: every vlab-* program answers --help with a Usage line and an
# Examples block on stdout and exit 0, and answers an unknown option or a
# missing argument with exit 2 and a message naming it.
# Usage: cli-help.sh VLAB_PLAN VLAB_SUMMARIZE VLAB_REPORT VLAB_MANIFEST VLAB_COMPARE
#        [VLAB_ANSWERS [VLAB_TUNE]]
set -u
failed=0

expect() { # expect RC TEXT CMD...: exit status RC and TEXT in the output
	local want_rc=$1 want=$2 out rc
	shift 2
	out=$("$@" 2>&1)
	rc=$?
	if [ "$rc" -ne "$want_rc" ] || ! grep -qF -- "$want" <<<"$out"; then
		echo "FAIL: $*: exit $rc (expected $want_rc), looked for [$want] in: $out"
		failed=1
	fi
}

for prog in "$@"; do
	name=$(basename "$prog")
	expect 0 "Usage: $name" "$prog" --help
	expect 0 "Examples:" "$prog" --help
	expect 0 "Usage: $name" "$prog" -h
	expect 2 "$name: unknown option '--bogus'" "$prog" --bogus
	expect 2 "Try '$name --help'" "$prog" --bogus
done

expect 2 "RUN_DIR is required" "$2"
expect 2 "unexpected argument 'b'" "$2" a b
expect 2 "RUN_DIR is required" "$3"
expect 2 "unexpected argument 'b'" "$3" a b
expect 2 "RUN_DIR '/nonexistent/run': No such file or directory" "$2" /nonexistent/run
expect 2 "RUN_DIR '/dev/null': not a directory" "$3" /dev/null
expect 2 "--out FILE is required" "$4" a=b
expect 2 "option '--out' needs a value" "$4" --out
expect 2 "--sweep FILE is required" "$1"
expect 2 "RUN_A and RUN_B are required" "$5" a
expect 2 "unexpected argument 'c'" "$5" a b c
if [ $# -ge 6 ]; then
	expect 2 "give one RUN_DIR" "$6"
	expect 2 "--check takes no RUN_DIR" "$6" --check README.md results/x
fi
expect 2 "RUN_A '/nonexistent/a': No such file or directory" "$5" /nonexistent/a /tmp
# the bootstrap's seed went with the bootstrap: refused, not silently ignored
expect 2 "vlab-summarize: unknown option '--seed'" "$2" --seed 1 /tmp
expect 2 "vlab-compare: unknown option '--seed'" "$5" --seed 1 /tmp /tmp

[ "$failed" -eq 0 ] && echo "cli-help: all checks passed"
exit "$failed"
