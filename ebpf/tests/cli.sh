#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the eBPF tools' command line without loading anything: --help
# has USAGE, EXAMPLES, the exit statuses and its overhead (the sweep that measures it); bad options, intervals and extra
# arguments exit 2; not root exits 10; on a kernel without the vduse module
# loaded (this host), root exits 11 with a message, never a libbpf dump.
# usage: ebpf/tests/cli.sh BUILD_DIR/ebpf
dir=${1:?usage: cli.sh BUILD_DIR/ebpf}
fail() { echo "FAIL: $*"; exit 1; }
skip() { echo "SKIP: $*"; exit 4; }
[ -x "$dir/vduse-lat" ] || skip "the eBPF tools are not built (clang, bpftool or guest kernel missing)"
# expect STATUS CMD...: run CMD, check its exit status, keep stderr in $err.
expect() {
	local want=$1 got
	shift
	err=$("$@" 2>&1 >/dev/null)
	got=$?
	[ "$got" -eq "$want" ] || fail "'$*' exited $got, not $want: $err"
}
# the tools: EBPF_TOOLS of the guest library (sh -c: its variables stay there)
for t in $(sh -c '. "$1" && ebpf_tools' sh "$(dirname "$0")/../../bench/guest/lib.sh"); do
	bin=$dir/$t
	help=$("$bin" --help) || fail "$t --help exited $?"
	for w in USAGE: EXAMPLES: "EXIT STATUS" "--json" "interval" OVERHEAD "3% goal" "sweep ebpf-overhead"; do
		grep -q -- "$w" <<<"$help" || fail "$t --help lacks '$w'"
	done
	[ "$(awk '{ if (length($0) > 79) n++ } END { print n + 0 }' <<<"$help")" -eq 0 ] ||
		fail "$t --help has lines over 79 columns"
	expect 2 "$bin" --no-such-option
	expect 2 "$bin" 0
	expect 2 "$bin" 1x
	expect 2 "$bin" 1 2 3
	expect 2 "$bin" --probe sometimes
	if [ "$t" = vduse-lat ]; then
		expect 2 "$bin" --backend-pid 0
		expect 2 "$bin" --backend-pid 12x
		expect 2 "$bin" -b 1 --no-usdt
	fi
	if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
		expect 10 setpriv --reuid=65534 --regid=65534 --clear-groups "$bin"
		grep -q root <<<"$err" || fail "$t as nobody does not say it needs root: $err"
	fi
	if [ "$(id -u)" -eq 0 ] && [ ! -d /sys/module/vduse ] && [ -r /sys/kernel/btf/vmlinux ]; then
		expect 11 "$bin"
		grep -q "vduse module is not loaded" <<<"$err" || fail "$t: unclear message: $err"
		grep -q libbpf <<<"$err" && fail "$t printed libbpf messages: $err"
	fi
done
echo "PASS: cli"
