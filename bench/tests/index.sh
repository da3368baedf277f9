#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: results/README.md is what bench/src/publish/index.c makes of the
# published runs, byte for byte (so no row is typed or left behind). On a
# copy of a published run given a question and two headlines, the row's
# figures are the ones awk reads from its aggregate.csv: the lowest and
# highest ratio with their intervals, and the goal's met/missed/undecided
# counts by interval. A local run beside the published ones is left out; a
# hand edit of the page is caught with its line.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin="${VLAB_BUILD:?}/bench/src"
[ -x "$bin/vlab-index" ] || skip "the C tools are not built"
results="$BENCH/../results"

"$bin/vlab-index" --check "$results" || fail "results/README.md is not what the runs give; run bench/vlab index"

# one run, its plan given a question and headlines as a sweep would declare them:
# the published default-cost run (stock against ours, a baseline driver
# rather than a baseline configuration), the oldest by name if there are
# several, not in find's order
src=$(find "$results" -mindepth 2 -maxdepth 2 -name aggregate.csv -path '*-default-cost/*' | sort | head -1)
[ -n "$src" ] || fail "no published default-cost run to copy"
run="$tmp/r/20260101T000000Z-copy"
mkdir -p "$run/plan"
cp "$(dirname "$src")"/{manifest.json,summary.csv,aggregate.csv,points.tar.xz} "$run/"
cp "$(dirname "$src")/plan/plan.json" "$run/plan/"
"$bin/vlab-manifest" --merge --out "$run/plan/plan.json" 'question=Does it cost?' \
	'headlines:=[{"name": "h4k", "metric": "iops", "of": "driver", "where": {"bs": "4k"}, "goal": ">= 0.995"},
		     {"name": "one", "metric": "lat_mean_us", "of": "driver", "where": {"driver": "ours", "backend": "blkd-ram", "rw": "randwrite", "iodepth": "32"}}]' ||
	fail "vlab-manifest"
"$bin/vlab-index" "$tmp/r" || fail "vlab-index exited $?"
row=$(grep -F '[20260101T000000Z-copy]' "$tmp/r/README.md") || fail "no row for the run"

# the same figures, read by awk from aggregate.csv by column name
expect() { # METRIC BS [RW [CONFIG QD]] -> "lo_ratio [lo, hi]|hi_ratio [lo, hi]|met missed undecided|cells"
	awk -F, -v m="$1" -v bs="$2" -v rw="${3:-}" -v cfg="${4:-}" -v qd="${5:-}" -v g=0.995 '
	NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	$c["metric"] == m && $c["bs"] == bs && (rw == "" || $c["rw"] == rw) &&
	(cfg == "" || $c["config"] == cfg) && (qd == "" || $c["iodepth"] == qd) && $c["ratio"] != "" {
		n++; r = $c["ratio"] + 0
		if (n == 1 || r < lo) { lo = r; lot = sprintf("%.3f [%.3f, %.3f]", r, $c["ratio_lo"], $c["ratio_hi"]) }
		if (n == 1 || r > hi) { hi = r; hit = sprintf("%.3f [%.3f, %.3f]", r, $c["ratio_lo"], $c["ratio_hi"]) }
		if ($c["ratio_lo"] + 0 >= g) met++; else if ($c["ratio_hi"] + 0 < g) missed++; else und++
	}
	END { printf "%s|%s|%d met, %d missed, %d undecided|%d cells\n", lot, hit, met, missed, und, n }' "$run/aggregate.csv"
}
IFS='|' read -r lo hi verdicts cells < <(expect iops 4k)
for want in "**h4k**: iops of each driver against the baseline driver stock, bs=4k, $cells: lowest $lo (" \
	"), highest $hi (" "; goal >= 0.995: $verdicts" "Does it cost?" "| icount (tcg) |"; do
	[[ $row == *"$want"* ]] || fail "row lacks '$want': $row"
done
IFS='|' read -r lo hi verdicts cells < <(expect lat_mean_us 4k randwrite ours/blkd-ram 32)
[[ $cells == "1 cells" ]] || fail "expected one ours/blkd-ram randwrite QD 32 cell, awk found $cells"
want="**one**: lat_mean_us of each driver against the baseline driver stock, driver=ours backend=blkd-ram rw=randwrite iodepth=32, 1 cell: $lo (ours/blkd-ram, randwrite 4k QD 32, 1 job)"
[[ $row == *"$want"* ]] || fail "row lacks '$want': $row"
[[ $row != *"goal"*"goal"* ]] || fail "a headline without a goal got one: $row"
"$bin/vlab-index" --check "$tmp/r" || fail "--check refused the page it just wrote"

# a local run beside the published ones (its points not packed) is not on the page
mkdir -p "$tmp/r/20260102T000000Z-local/points"
cp "$run/manifest.json" "$run/summary.csv" "$run/aggregate.csv" "$tmp/r/20260102T000000Z-local/"
cp -r "$run/plan" "$tmp/r/20260102T000000Z-local/"
"$bin/vlab-index" --check "$tmp/r" || fail "a local, unpacked run changed the page"

# a hand edit is caught, with the line
sed -i 's/Does it cost?/Does it cost nothing?/' "$tmp/r/README.md"
out=$("$bin/vlab-index" --check "$tmp/r" 2>&1) && fail "--check passed an edited page"
line=$(grep -n 'Does it cost nothing' "$tmp/r/README.md" | cut -d: -f1)
[[ $out == *"differs from what the runs give at line $line;"* ]] || fail "wrong message: $out"
echo "PASS: the index is generated from the runs and checked"
