#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: `bench/vlab publish RUN` copies a finished run into results/,
# gzips raw files over 64 KiB but keeps reports, CSVs and charts readable,
# lets the run through .gitignore, adds one index line to results/README.md,
# and refuses a second publish of the same run and a run without a report.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root="$tmp/root"
mkdir -p "$root/results"
printf '/results/*\n!/results/README.md\n' >"$root/.gitignore"
printf '| run | accelerator | clock | what |\n| --- | --- | --- | --- |\n' >"$root/results/README.md"

run="$tmp/20260101T000000Z-tiny"
mkdir -p "$run/points/000-a" "$run/vm/boot-1"
echo '{ "name": "x", "accelerator": "tcg", "clock": { "name": "icount" } }' >"$run/manifest.json"
printf 'id,iops\n000-a,1\n' >"$run/summary.csv"
echo '# report' >"$run/REPORT.md"
printf '[sweep]\nname = tiny\ndescription = a tiny test sweep\n' >"$run/sweep.conf"
head -c 200000 /dev/zero >"$run/points/000-a/fio.json"
head -c 200000 /dev/zero >"$run/vm/boot-1/console.log"
echo ok >"$run/points/000-a/status"
: >"$run/.lock"

VLAB_ROOT="$root" "$BENCH/publish.sh" "$run" || fail "publish exited $?"
dest="$root/results/$(basename "$run")"
[ -f "$dest/points/000-a/fio.json.gz" ] && [ ! -f "$dest/points/000-a/fio.json" ] || fail "large fio.json not gzipped"
[ -f "$dest/vm/boot-1/console.log.gz" ] || fail "large console log not gzipped"
[ -f "$dest/REPORT.md" ] && [ -f "$dest/summary.csv" ] && [ -f "$dest/manifest.json" ] || fail "report files not kept as they are"
[ ! -e "$dest/.lock" ] || fail "the lock file was published"
grep -qxF "!/results/$(basename "$run")/" "$root/.gitignore" || fail ".gitignore does not let the run through"
grep -q "$(basename "$run").*| tcg | icount | a tiny test sweep (1 points)" "$root/results/README.md" || fail "no index line: $(cat "$root/results/README.md")"
[ -d "$run/points/000-a" ] && [ -f "$run/points/000-a/fio.json" ] || fail "the source run was changed"

out=$(VLAB_ROOT="$root" "$BENCH/publish.sh" "$run" 2>&1) && fail "a second publish succeeded"
grep -q 'exists already' <<<"$out" || fail "second publish: $out"
[ "$(grep -c "$(basename "$run")" "$root/results/README.md")" -eq 1 ] || fail "index line duplicated"

rm "$run/REPORT.md"
mv "$run" "$tmp/other-run"
out=$(VLAB_ROOT="$root" "$BENCH/publish.sh" "$tmp/other-run" 2>&1) && fail "a run without REPORT.md was published"
grep -q 'no REPORT.md' <<<"$out" || fail "no reason given: $out"
echo "PASS: publish"
