#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# `bench/vlab publish RUN`: put a finished run into results/ for git. What
# readers open stays as it is, the raw data goes into one points.tar.xz
# (bench/rawpack.sh), the run is let through .gitignore, and results/README.md
# is rewritten from the published runs (vlab-index). The copy is made under a temporary name and renamed.
# Refused, each with what to do: a run not finished or not reported, one
# whose sweep states no question or headline, one from
# a modified tree that does not keep the diff, one with failed points (unless
# --allow-failed, which the manifest then says), and one that ran perf stat
# over several backend types without the report's caveat about it.
#
# usage: bench/publish.sh [--allow-failed] RUN
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/setup/common.sh"
. "$here/rawpack.sh"
usage="usage: bench/vlab publish [--allow-failed] RUN"
allow_failed=0 src=
for a in "$@"; do
	case $a in
	--allow-failed) allow_failed=1 ;;
	-*) vlab_die "publish: unknown option '$a' ($usage)" ;;
	*) [ -z "$src" ] || vlab_die "publish takes one run folder ($usage)"; src=$a ;;
	esac
done
[ -n "$src" ] || vlab_die "$usage"
src=$(cd "$src" && pwd)
name=$(basename "$src")
[[ $name =~ ^[A-Za-z0-9._-]+$ ]] || vlab_die "run folder name '$name' has characters git paths here do not allow"
results="$VLAB_ROOT/results"
dest="$results/$name"
bin="$VLAB_BUILD/bench/src"
if [ -f "$src/plan/plan.json" ] && [ -x "$bin/vlab-plan" ]; then
	left=$("$bin/vlab-plan" --remaining "$src" | wc -l)
	[ "$left" -eq 0 ] || vlab_die "$name has $left points not run: finish it with bench/vlab run --resume $src"
fi
for f in manifest.json summary.csv REPORT.md; do
	[ -f "$src/$f" ] || vlab_die "$name has no $f: run bench/vlab report $src first"
done
get() { "$bin/vlab-manifest" --get "$1" "$2" 2>/dev/null; }

# results/README.md indexes a run by its question and headline figures
question=$(get question "$src/plan/plan.json") || question=null
if [ "$question" = null ] || ! get headlines.0.name "$src/plan/plan.json" >/dev/null; then
	vlab_die "$name's sweep states no question or declares no [headline] (bench/src/README.md, Sweep files): add them to the sweep file and rerun it, so that the index can say what the run answers"
fi

# A modified tree can be rebuilt only from the diff the run keeps.
dirty=$(get suite.dirty "$src/manifest.json") || dirty=
if [ "$dirty" = true ] || { [ -z "$dirty" ] && [[ $(get suite.revision "$src/manifest.json") == *-dirty ]]; }; then
	[ -f "$src/source.diff" ] ||
		vlab_die "$name ran from a modified tree (suite.dirty) but keeps no source.diff, so what ran cannot be rebuilt: rerun it from a committed tree (or with a bench/run.sh that keeps the diff)"
	[ "$(sha256sum <"$src/source.diff" | cut -d' ' -f1)" = "$(get suite.diff.sha256 "$src/manifest.json")" ] ||
		vlab_die "$name/source.diff is not the diff the manifest names (suite.diff.sha256): damaged or replaced; rerun the sweep"
fi

# Failed points make a run's figures partial: only on purpose, and said.
# vlab-summarize judges a point (the agent's word and fio's), in summary.csv.
failed=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "status") c = i; next }
	c && $c != "ok"' "$src/summary.csv" | wc -l)
[ "$failed" -eq 0 ] || [ $allow_failed -eq 1 ] ||
	vlab_die "$name has $failed failed points (summary.csv): resume or rerun them, or publish the run as it is with bench/vlab publish --allow-failed $src (the manifest and the index then say so)"

# perf stat's cost follows each backend's context-switch rate: a run that
# compared backend types under it must say so where readers look.
# vlab-report decides when (bench/src/report/report_caveat.c) and holds the
# one copy of the text.
perf_caveat=$("$bin/vlab-report" --perf-caveat "$src") || vlab_die "vlab-report could not read $name's plan"
[ -z "$perf_caveat" ] || grep -qF "$perf_caveat" "$src/REPORT.md" ||
	vlab_die "$name ran perf stat (perf = on) over more than one backend type and its REPORT.md lacks the caveat that this skews their ratios: rebuild the report (bench/vlab report $src), or rerun the sweep with perf = off"

if [ "$src" != "$dest" ]; then
	[ ! -e "$dest" ] || vlab_die "results/$name exists already"
	rm -rf "$results/.$name.tmp"
	cp -a "$src" "$results/.$name.tmp"
	work="$results/.$name.tmp"
else
	work=$dest
fi
rm -rf "$work/.lock" "$work"/vm/boot-*/job
"$bin/vlab-manifest" --merge --out "$work/manifest.json" \
	published.allow_failed:="$([ $allow_failed -eq 1 ] && echo true || echo false)" \
	published.failed_points:="$failed" >/dev/null
vlab_raw_pack "$work" "$bin/vlab-manifest"
[ "$work" = "$dest" ] || mv "$work" "$dest"

grep -qxF "!/results/$name/" "$VLAB_ROOT/.gitignore" || echo "!/results/$name/" >>"$VLAB_ROOT/.gitignore"
# the index is the runs' own word: rewritten from all of them, never appended to
"$bin/vlab-index" "$results" || vlab_die "results/$name is in place, but results/README.md could not be rewritten: fix what vlab-index said and run bench/vlab index"
vlab_log "published results/$name ($(du -sh "$dest" | cut -f1))"
vlab_log "commit it with: git add .gitignore results/README.md results/$name"
