#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the patch series is well formed and builds after every patch.
# Every .patch file is listed in series exactly once and vice versa; each has
# a "vduse" subject, a changelog body and a Signed-off-by; applying the first
# N patches and building succeeds for every N (one logical change per patch
# must not break bisection).
# usage: kernel/tests/series.sh SCRATCH_DIR
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../bench/setup/common.sh"
pdir="$here/../patches"
scratch=${1:?usage: series.sh SCRATCH_DIR}
[ -f "$VLAB_CACHE/guest-kernel.env" ] || { echo "SKIP: no guest kernel (run bench/vlab setup)"; exit 4; }
fail=0
bad() { echo "FAIL: $*"; fail=1; }

mapfile -t listed < <(grep -v -e '^#' -e '^[[:space:]]*$' "$pdir/series")
[ ${#listed[@]} -gt 0 ] || bad "series is empty"
dups=$(printf '%s\n' "${listed[@]}" | sort | uniq -d)
[ -z "$dups" ] || bad "listed twice in series: $dups"
for f in "$pdir"/*.patch; do
	n=$(basename "$f")
	printf '%s\n' "${listed[@]}" | grep -qxF "$n" || bad "$n is not in series"
done
for n in "${listed[@]}"; do
	f="$pdir/$n"
	[ -f "$f" ] || { bad "series names $n, which does not exist"; continue; }
	grep -qE '^Subject: \[PATCH[^]]*\] vduse: ' "$f" || bad "$n: subject is not 'vduse: ...'"
	grep -q '^Signed-off-by: ' "$f" || bad "$n: no Signed-off-by"
	# Changelog: at least 3 lines between the subject and the --- separator.
	body=$(awk '/^Subject:/ { s = 1; next } s && /^---$/ { exit } s && NF' "$f" | grep -vc '^Signed-off-by:')
	[ "$body" -ge 3 ] || bad "$n: changelog too short to say why ($body lines)"
done
[ $fail -eq 0 ] || exit 1

# Build after each prefix of the series.
for i in $(seq 1 ${#listed[@]}); do
	if VLAB_SERIES_LIMIT=$i "$here/../build-module.sh" "$scratch/after-$i" >/dev/null 2>&1; then
		echo "ok: builds with patches 1..$i"
	else
		bad "does not build after ${listed[$((i - 1))]} (log: $scratch/after-$i/build.log)"
	fi
done
exit $fail
