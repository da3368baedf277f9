# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash # sourced by bash scripts
# Shared by the launcher's test scripts: pass/fail/skip with ctest's codes.
VLAB=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/vlab
BENCH=$(dirname "$VLAB")
fail() { echo "FAIL: $*"; exit 1; }
skip() { echo "SKIP: $*"; exit 4; }
# vm tests need the images `bench/vlab build` makes.
need_vm() {
	[ -f "${VLAB_BUILD:?}/vm/initramfs.cpio.gz" ] && [ -f "$VLAB_BUILD/vm/tools.img" ] &&
		[ -f "$VLAB_BUILD/kernel/vduse.ko" ] || skip "lab VM images not built (bench/vlab build)"
	command -v qemu-system-x86_64 >/dev/null || skip "qemu-system-x86_64 not installed"
}
# json_get KEY FILE: one value of a JSON file by its key path (a.b.0.c),
# read by json-c through vlab-manifest --get, never grepped; 1 when absent.
json_get() { "${VLAB_BUILD:?}/bench/src/vlab-manifest" --get "$1" "$2" 2>/dev/null; }
# json_count KEY FILE: the value at KEY is a whole number above 0.
json_count() { [[ $(json_get "$1" "$2") =~ ^[1-9][0-9]*$ ]]; }
# boot_job RUN_SCRIPT_TEXT OUTDIR [boot.sh options]: run a one-off job.
boot_job() {
	local text=$1 out=$2 job
	shift 2
	job=$(mktemp -d)
	printf '%s\n' "$text" >"$job/run"
	chmod +x "$job/run"
	"$BENCH/vm/boot.sh" --job "$job" --out "$out" "$@"
	local rc=$?
	rm -rf "$job"
	return $rc
}

# scratch_dir: a temporary folder for the test, removed at exit, but kept in
# <build>/failed-tests/ when the test fails, consoles and all, for a post-mortem.
scratch_dir() {
	SCRATCH=$(mktemp -d)
	trap scratch_exit EXIT
}
# scratch_exit: scratch_dir's EXIT trap; keeps the test's exit status.
scratch_exit() {
	local rc=$? keep
	if [ $rc -ne 0 ] && [ $rc -ne 4 ]; then
		keep="${VLAB_BUILD:-/tmp}/failed-tests/$(basename "$0" .sh)-$(date -u +%Y%m%dT%H%M%SZ)"
		mkdir -p "$(dirname "$keep")" && cp -r "$SCRATCH" "$keep" && echo "kept in $keep"
	fi
	rm -rf "$SCRATCH"
	exit $rc
}
