#!/usr/bin/env bash
# Description: every measured figure the READMEs quote carries a marker
# naming its published run and columns (bench/src/publish/figcheck.c), and
# equals that run's aggregate.csv; no README points to a run that left results/.
# On a made-up README: a right figure passes, a wrong one, a marker that
# picks two rows and a pointer to a removed run (also as `code`) each fail
# with the line; markers shown as code and fenced examples are not read.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin="${VLAB_BUILD:?}/bench/src"
[ -x "$bin/vlab-figcheck" ] || skip "the C tools are not built"
root=$(cd "$BENCH/.." && pwd)
cd "$root" || fail "cd $root"

mapfile -t docs < <(git ls-files '*.md' ':!:results/*/*' 2>/dev/null || find . -name README.md -not -path './build/*' -not -path './results/*/*')
[ "${#docs[@]}" -gt 3 ] || fail "found only ${#docs[@]} READMEs"
"$bin/vlab-figcheck" --results results "${docs[@]}" || fail "a README figure does not match its run"

# the made-up README, against a published run's own row, read by awk
run=$(basename "$(dirname "$(find results -mindepth 2 -maxdepth 2 -name aggregate.csv | sort | tail -1)")")
read -r config rw bs qd nj metric median < <(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	$c["median"] != "" { print $c["config"], $c["rw"], $c["bs"], $c["iodepth"], $c["numjobs"], $c["metric"], $c["median"]; exit }' \
	"results/$run/aggregate.csv")
pick="config=$config rw=$rw bs=$bs iodepth=$qd numjobs=$nj metric=$metric"
# awk rounds in double, as vlab-figcheck does; bash's printf rounds in long
# double and gives 6100.0 for 6099.95, where the double is 6099.9499...
right=$(awk -v m="$median" 'BEGIN { printf "%.1f", m }')
wrong=$(awk -v m="$median" 'BEGIN { printf "%.1f", m * 1.1 + 1 }')
printf 'fine: %s<!-- fig %s cols=median %s -->\n' "$right" "$run" "$pick" >"$tmp/good.md"
"$bin/vlab-figcheck" --results results "$tmp/good.md" 2>"$tmp/out" || fail "a right figure failed: $(cat "$tmp/out")"
grep -q '1 figure checked, 0 wrong' "$tmp/out" || fail "wrong count: $(cat "$tmp/out")"

printf 'line one\nwrong: %s<!-- fig %s cols=median %s -->\n' "$wrong" "$run" "$pick" >"$tmp/bad.md"
out=$("$bin/vlab-figcheck" --results results "$tmp/bad.md" 2>&1) && fail "a wrong figure passed"
[[ $out == *"bad.md:2: fig $run: written $wrong, but median is $right"* ]] || fail "message: $out"

printf 'two: 1.0<!-- fig %s cols=median metric=%s -->\n' "$run" "$metric" >"$tmp/two.md"
out=$("$bin/vlab-figcheck" --results results "$tmp/two.md" 2>&1) && fail "a marker picking many rows passed"
[[ $out == *"two.md:1: fig $run: the k=v pick "*" rows of aggregate.csv; they must pick one"* ]] || fail "message: $out"

printf 'see results/20200101T000000Z-gone for it\n' >"$tmp/gone.md"
out=$("$bin/vlab-figcheck" --results results "$tmp/gone.md" 2>&1) && fail "a pointer to a removed run passed"
[[ $out == *"gone.md:1: results/20200101T000000Z-gone is not a published run"* ]] || fail "message: $out"
# a marker's syntax shown as code and a fenced example pass; a run named as code is a pointer
# shellcheck disable=SC2016 # backquotes here are Markdown code, not commands
printf 'as code: `<!-- fig RUN cols=C -->`\n```\nresults/20200101T000000Z-gone\n```\n' >"$tmp/code.md"
"$bin/vlab-figcheck" --results results "$tmp/code.md" 2>"$tmp/out" || fail "code was checked: $(cat "$tmp/out")"
# shellcheck disable=SC2016 # backquotes here are Markdown code, not commands
printf 'see `results/20200101T000000Z-gone`\n' >"$tmp/span.md"
"$bin/vlab-figcheck" --results results "$tmp/span.md" 2>/dev/null && fail "a removed run named as code passed"
echo "PASS: README figures match their runs"
