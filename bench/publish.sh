#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# `bench/vlab publish RUN`: put a finished run into results/ for git. What
# readers open stays as it is, the raw data goes into one points.tar.xz
# (bench/rawpack.sh), the run is let through .gitignore, and results/README.md
# gains one line for it. The copy is made under a temporary name and renamed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/setup/common.sh"
. "$here/rawpack.sh"
src=$(cd "${1:?usage: publish.sh RUN}" && pwd)
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

if [ "$src" != "$dest" ]; then
	[ ! -e "$dest" ] || vlab_die "results/$name exists already"
	rm -rf "$results/.$name.tmp"
	cp -a "$src" "$results/.$name.tmp"
	work="$results/.$name.tmp"
else
	work=$dest
fi
rm -rf "$work/.lock" "$work"/vm/boot-*/job
vlab_raw_pack "$work" "$bin/vlab-manifest"
[ "$work" = "$dest" ] || mv "$work" "$dest"

grep -qxF "!/results/$name/" "$VLAB_ROOT/.gitignore" || echo "!/results/$name/" >>"$VLAB_ROOT/.gitignore"
accel=$("$bin/vlab-manifest" --get accelerator "$dest/manifest.json" 2>/dev/null) || accel=unknown
# runs from before the clock field ran on the wall clock
clock=$("$bin/vlab-manifest" --get clock.name "$dest/manifest.json" 2>/dev/null) || clock=wall
desc=$(awk -F'=' '/^\[sweep\]/ { s = 1; next } /^\[/ { s = 0 }
	s && $1 ~ /^[ \t]*description[ \t]*$/ { sub(/^[ \t]*/, "", $2); print $2; exit }' "$dest/sweep.conf" 2>/dev/null)
points=$(($(wc -l <"$dest/summary.csv") - 1))
grep -qF "[$name]" "$results/README.md" ||
	echo "| [$name]($name/REPORT.md) | $accel | $clock | ${desc:-} ($points points) |" >>"$results/README.md"
vlab_log "published results/$name ($(du -sh "$dest" | cut -f1))"
vlab_log "commit it with: git add .gitignore results/README.md results/$name"
