#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: each of kernel/README.md's "Which strategy when" blocks is
# what vlab-answers makes of the published run its begin line names, byte
# for byte. On copies: the blocks pass against copies of their runs; a hand edit
# of a figure, a changed run (one ratio of its aggregate.csv) and a run
# that left results/ each fail, naming the line or the run; --update
# restores the block and leaves the rest of the file as it was.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin="${VLAB_BUILD:?}/bench/src"
[ -x "$bin/vlab-answers" ] || skip "the C tools are not built"
root=$(cd "$BENCH/.." && pwd)
cd "$root" || fail "cd $root"

"$bin/vlab-answers" --check kernel/README.md --results results ||
	fail "kernel/README.md's block is not what its run gives; run bench/vlab answers --update kernel/README.md results/RUN"

# the runs the blocks name, copied with what the tool reads; the edits
# below are made to the first block and its run
mapfile -t runs < <(sed -n 's/^<!-- vlab-answers \([^ ]*\) begin -->$/\1/p' kernel/README.md)
[ ${#runs[@]} -ge 1 ] || fail "kernel/README.md has no vlab-answers block"
mkdir -p "$tmp/kernel"
cp kernel/README.md "$tmp/kernel/"
for run in "${runs[@]}"; do
	[ -d "results/$run" ] || fail "kernel/README.md names no published run: '$run'"
	mkdir -p "$tmp/results/$run/plan"
	cp "results/$run"/{manifest.json,aggregate.csv} "$tmp/results/$run/"
	cp "results/$run/plan/plan.json" "$tmp/results/$run/plan/"
done
run=${runs[0]}
check() { "$bin/vlab-answers" --check "$tmp/kernel/README.md" --results "$tmp/results" 2>&1; }
check >/dev/null || fail "the block fails against a copy of its run: $(check)"

# a hand edit of a figure is caught with its line
line=$(awk '/^<!-- vlab-answers .* begin -->$/ { in_block = 1 }
	in_block && /\]<!-- fig / { print NR; exit }' "$tmp/kernel/README.md")
[ -n "$line" ] || fail "the block has no ratio with an interval"
sed -i "${line}s/\([0-9]\.[0-9]\{3\}\) \[/9\1 [/" "$tmp/kernel/README.md"
cmp -s kernel/README.md "$tmp/kernel/README.md" && fail "the edit did not apply"
out=$(check) && fail "--check passed a hand edit"
[[ $out == *"differs from what $tmp/results/$run gives at line $line;"* ]] || fail "message: $out"

# --update restores it, and nothing outside the block moved
"$bin/vlab-answers" --update "$tmp/kernel/README.md" "$tmp/results/$run" || fail "--update exited $?"
cmp kernel/README.md "$tmp/kernel/README.md" || fail "--update did not give back the tracked file"

# a changed run: the first significant IOPS ratio of a driver moves by 10%
awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; print; next }
	!done && $c["metric"] == "iops" && $c["ratio_sig"] == "1" { $c["ratio"] = sprintf("%.4f", $c["ratio"] * 1.1); done = 1 }
	{ print }' "results/$run/aggregate.csv" >"$tmp/results/$run/aggregate.csv"
cmp -s "results/$run/aggregate.csv" "$tmp/results/$run/aggregate.csv" && fail "the run did not change"
out=$(check) && fail "--check passed a block whose run changed"
[[ $out == *"differs from what $tmp/results/$run gives at line "* ]] || fail "message: $out"

# a run that left results/
rm -rf "${tmp:?}/results/$run"
out=$(check) && fail "--check passed a block whose run is gone"
[[ $out == *"$run"* ]] || fail "message does not name the run: $out"
echo "PASS: kernel/README.md's answer block is generated from its run and checked"
