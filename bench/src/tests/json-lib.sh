# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash # sourced by the tools tests that read JSON
# shellcheck disable=SC2034 # failed and tmp: read by the sourcing test
# A scratch folder removed at exit, fail() that counts, and JSON read by
# json-c through vlab-manifest --get (never grepped). Set MANIFEST first.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
# get KEY FILE: one JSON value
get() { "${MANIFEST:?}" --get "$1" "$2"; }
# list KEY FILE: a JSON array of ids or numbers, one per line
list() { get "$1" "$2" | tr -d '[]"' | tr ',' '\n'; }
