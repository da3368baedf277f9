#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: every shipped sweep plans, for seed 7, to exactly the plan it
# planned when data/plan-golden.txt was last written: the same points, order,
# params.json, point.env and plan.json (less the sweep's absolute path). A
# refactor of the planner that means to change nothing must leave this
# passing; a change that means to alter plans rewrites the file with --update
# and says why in its commit. data/plan-golden-quick.txt keeps the quick
# sweep's whole plan as text, so a failure shows what moved.
# Usage: plan-golden.sh VLAB_PLAN SOURCE_DIR [--update]
set -u
plan=$1 src=$2 update=${3:-}
data="$src/bench/src/tests/data"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 1

# dump NAME: the plan of bench/sweeps/NAME.conf as one canonical text
dump() {
	local dir="$tmp/$1" f
	"$plan" --sweep "bench/sweeps/$1.conf" --seed 7 --out "$dir" >/dev/null 2>"$dir.err" || { cat "$dir.err" >&2; return 1; }
	(cd "$dir" && find . -type f | LC_ALL=C sort) | while read -r f; do
		echo "== $f"
		grep -v '"sweep_realpath":' "$dir/$f"
	done
}

for conf in bench/sweeps/*.conf; do
	name=$(basename "$conf" .conf)
	dump "$name" >"$tmp/$name.txt" || { echo "FAIL: $conf does not plan"; exit 1; }
	echo "$(sha256sum <"$tmp/$name.txt" | cut -d' ' -f1) $name"
done >"$tmp/golden.txt"

if [ "$update" = --update ]; then
	cp "$tmp/golden.txt" "$data/plan-golden.txt"
	cp "$tmp/quick.txt" "$data/plan-golden-quick.txt"
	echo "wrote $data/plan-golden.txt and plan-golden-quick.txt"
	exit 0
fi

failed=0
if ! diff -u "$data/plan-golden-quick.txt" "$tmp/quick.txt" >"$tmp/quick.diff"; then
	echo "FAIL: the quick sweep's plan changed:"
	head -n 60 "$tmp/quick.diff"
	failed=1
fi
if ! diff "$data/plan-golden.txt" "$tmp/golden.txt" >"$tmp/golden.diff"; then
	echo "FAIL: these sweeps plan differently from data/plan-golden.txt:"
	cat "$tmp/golden.diff"
	failed=1
fi
[ "$failed" -eq 0 ] || echo "if the change is meant: $0 $plan $src --update, and say why in the commit"
[ "$failed" -eq 0 ] && echo "PASS: plan-golden ($(wc -l <"$tmp/golden.txt") sweeps)"
exit "$failed"
