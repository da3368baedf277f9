#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the list of vduse-blkd's options in bench/src/README.md (the
# block after "<!-- vduse-blkd --list-options -->") is exactly what
# `vduse-blkd --list-options` prints from backends/blkd/opts.def, so the
# README cannot drift from the table; to update it, paste that output.
# usage: readme-options.sh PATH-TO-vduse-blkd README
blkd=${1:?usage: readme-options.sh vduse-blkd README}
readme=${2:?usage: readme-options.sh vduse-blkd README}
fail() { echo "FAIL: $*"; exit 1; }

want=$("$blkd" --list-options) || fail "--list-options exited $?"
[ -n "$want" ] || fail "--list-options printed nothing"
have=$(awk '/^<!-- vduse-blkd --list-options -->$/ { m = 1; next }
	m == 1 && /^```/ { m = 2; next }
	m == 2 && /^```$/ { exit }
	m == 2 { print }' "$readme")
[ -n "$have" ] || fail "$readme has no block after <!-- vduse-blkd --list-options -->"
d=$(diff <(echo "$have") <(echo "$want")) ||
	fail "$readme's option list differs from vduse-blkd --list-options (< README, > table):
$d"
echo "PASS: $readme lists vduse-blkd's options as the table does"
