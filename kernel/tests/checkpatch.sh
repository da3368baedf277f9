#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: every patch of kernel/patches/series is `checkpatch.pl --strict`
# clean, using the checkpatch.pl of the pinned guest kernel's own sources.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../bench/setup/common.sh"
env="$VLAB_CACHE/guest-kernel.env"
[ -f "$env" ] || { echo "SKIP: no guest kernel sources (run bench/vlab setup)"; exit 4; }
# shellcheck source=/dev/null # written by bench/setup/guest-kernel.sh
. "$env"
cp=$KSRC/scripts/checkpatch.pl
fail=0
# FILE_PATH_CHANGES asks whether MAINTAINERS needs updating for a new file;
# with --no-tree checkpatch cannot see that the VDUSE entry already covers
# drivers/vdpa/vdpa_user/ (the tracepoint header must be a file of its own).
while read -r p; do
	case $p in '' | '#'*) continue ;; esac
	if ! out=$(perl "$cp" --strict --no-tree --terse --show-types --ignore FILE_PATH_CHANGES "$here/../patches/$p" 2>&1); then
		echo "FAIL: $p"
		echo "$out"
		fail=1
	elif grep -qE '(WARNING|ERROR|CHECK):' <<<"$out"; then
		echo "FAIL: $p"
		echo "$out"
		fail=1
	else
		echo "ok: $p"
	fi
done <"$here/../patches/series"
exit $fail
