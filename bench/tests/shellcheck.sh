#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: shellcheck passes on every shell script of the tree: every
# *.sh and every file whose first line runs sh, bash, ash or dash (bench/vlab,
# .ci/run, bench/vm/init, the guest scripts), with the settings of the
# top-level .shellcheckrc. A new script is checked without being listed.
. "$(dirname "$0")/lib.sh"
command -v shellcheck >/dev/null || skip "shellcheck not installed (bench/vlab setup installs it)"
root=$(cd "$BENCH/.." && pwd)
cd "$root" || fail "cannot enter $root"

# Scripts other helpers are rewriting while issue 24 is worked on; their
# findings are fixed at merge (issue 24). Remove this list then.
pending_merge=()

# The tree's files: what git tracks and what it would add; every file
# below the root where git is not there.
files() {
	if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
		git -C "$root" ls-files -z --cached --others --exclude-standard
	else
		find . -path ./.git -prune -o -type f -printf '%P\0'
	fi
}

is_script() {
	case $1 in *.sh) return 0 ;; esac
	local first
	IFS= read -r first <"$1" 2>/dev/null || return 1
	[[ $first =~ ^#!.*[/\ ](ba|da|a)?sh([[:space:]]|$) ]]
}

pending() {
	local p
	for p in "${pending_merge[@]}"; do
		# shellcheck disable=SC2053 # the entries are glob patterns
		[[ $1 == $p ]] && return 0
	done
	return 1
}

scripts=() skipped=0
while IFS= read -r -d '' f; do
	[ -f "$f" ] && is_script "$f" || continue
	if pending "$f"; then
		skipped=$((skipped + 1))
		continue
	fi
	scripts+=("$f")
done < <(files)
[ ${#scripts[@]} -ge 40 ] || fail "found only ${#scripts[@]} scripts; the search is broken"
shellcheck -f gcc "${scripts[@]}" || fail "shellcheck findings above (${#scripts[@]} scripts checked)"
echo "PASS: shellcheck on ${#scripts[@]} scripts ($skipped pending the issue 24 merge)"
