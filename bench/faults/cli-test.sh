#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the fault suite's command line (bench/vlab faults, run by
# bench/faults/run.sh): --help prints a USAGE; a bad --case, --module,
# --kernel or --seed exits 2 naming the value and the allowed ones, before
# anything is built or booted; --list prints every case of cases.def, each
# with its guest script.
. "$(dirname "$0")/../tests/lib.sh"
run=$BENCH/faults/run.sh
# expect_usage_error WORD ARGS...: exit 2, message contains WORD.
expect_usage_error() {
	local word=$1 out rc
	shift
	out=$("$VLAB" faults "$@" 2>&1)
	rc=$?
	[ $rc -eq 2 ] || fail "vlab faults $*: exit $rc, expected 2 ($out)"
	grep -qF -- "$word" <<<"$out" || fail "vlab faults $*: message does not name '$word': $out"
}
"$VLAB" faults --help | grep -q '^USAGE: bench/vlab faults' || fail "vlab faults --help: no USAGE"
"$VLAB" help faults | grep -q '^USAGE: bench/vlab faults' || fail "vlab help faults: no USAGE"
expect_usage_error "'nope' is not a case of cases.def (kill9 " --case nope
expect_usage_error "'nope'" --case kill9,nope
expect_usage_error "'qemu' is not one of: stock, ours" --module qemu
expect_usage_error "'kasan' is not one of: lab, debug" --kernel kasan
expect_usage_error "'x1' is not a whole number" --seed x1
# the kernel defaults to VLAB_KERNEL (bench/vlab test --kernel sets it)
out=$(VLAB_KERNEL=kasan VLAB_BUILD=/nonexistent "$run" --list 2>&1)
[ $? -eq 2 ] && grep -qF "'kasan' is not one of: lab, debug" <<<"$out" ||
	fail "run.sh does not take its kernel from VLAB_KERNEL: $out"
expect_usage_error "'--frob'" --frob
# every case of cases.def, and only those, in its order
want=$(sed -e 's/#.*//' "$BENCH/faults/cases.def" | awk 'NF { print $1 }')
[ "$(VLAB_BUILD=/nonexistent "$run" --list | awk '{ print $1 }')" = "$want" ] ||
	fail "--list does not name the cases of cases.def: $(VLAB_BUILD=/nonexistent "$run" --list)"
for n in $want; do
	[ -f "$BENCH/faults/guest/$n.sh" ] || fail "case $n has no guest script bench/faults/guest/$n.sh"
done
echo "PASS: vlab faults command line"
