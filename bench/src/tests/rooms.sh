#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: bench/src keeps its rooms: no source file (C, headers, .def,
# shell, CMake) of lib/, a stage folder or tests/ is longer than MAX_LINES
# (600), and a file of a stage folder (plan, summarize, report, compare,
# publish, merge, answers, tune) includes only headers of its own folder, of lib/ or from outside
# bench/src (kernel/, backends/, generated ones), never another stage's; lib/
# includes only lib/ (tests/ may include any stage's headers: it tests them
# all). Every file over the limit and every such include is named.
# Usage: rooms.sh SRC_DIR [MAX_LINES]   (SRC_DIR: bench/src)
set -u
src=$1
max=${2:-600}
stages="plan summarize report compare publish merge answers tune"
failed=0
fail() { echo "FAIL: $*"; failed=1; }

[ -d "$src/lib" ] || { echo "FAIL: $src is not bench/src (no lib/)"; exit 1; }

# too long: a room with two jobs (a test program too long for one file
# keeps its fixture in NAME_fixture.c)
rooms=("$src/CMakeLists.txt" "$src/lib" "$src/tests")
for s in $stages; do rooms+=("$src/$s"); done
while IFS= read -r f; do
	n=$(wc -l <"$f")
	[ "$n" -le "$max" ] || fail "${f#"$src"/} has $n lines; at most $max: split it by job"
done < <(find "${rooms[@]}" -type f \
	\( -name '*.c' -o -name '*.h' -o -name '*.def' -o -name '*.sh' -o -name CMakeLists.txt \) -print | sort)

# which stage folder holds header h, if any ("" when none does)
stage_of() {
	local s
	for s in $stages; do
		[ -f "$src/$s/$1" ] && { echo "$s"; return; }
	done
	echo ""
}

for dir in $stages lib; do
	for f in "$src/$dir"/*.[ch] "$src/$dir"/*.def; do
		[ -f "$f" ] || continue
		while IFS= read -r h; do
			[ -f "$src/$dir/$h" ] && continue # its own folder
			[ -f "$src/lib/$h" ] && continue
			owner=$(stage_of "$h")
			[ -z "$owner" ] ||
				fail "$dir/${f##*/} includes \"$h\" of $owner/: a stage includes only its own headers and lib/'s, lib/ only its own"
		done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
	done
done
exit $failed
