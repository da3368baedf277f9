#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the launcher's command line: --help on every command prints a
# USAGE and exits 0; unknown commands, unknown options and bad values exit 2
# with a message that names them, before anything is built or booted.
. "$(dirname "$0")/lib.sh"

# expect_usage_error WORD ARGS...: exit 2, message contains WORD.
expect_usage_error() {
	local word=$1 out rc
	shift
	out=$("$VLAB" "$@" 2>&1)
	rc=$?
	[ $rc -eq 2 ] || fail "vlab $*: exit $rc, expected 2 ($out)"
	grep -qF -- "$word" <<<"$out" || fail "vlab $*: message does not name '$word': $out"
}
expect_help() {
	local out
	out=$("$VLAB" "$@" 2>&1) || fail "vlab $*: exit $?"
	grep -q '^USAGE' <<<"$out" || fail "vlab $*: no USAGE line"
}

expect_help --help
expect_help help
expect_help run --help
expect_help test --help
expect_help vm --help
expect_help vm exec --help
expect_help vm shell --help
expect_help setup --help
expect_help build --help
expect_help help run
expect_help help publish
expect_help report --help
expect_help publish --help
expect_help merge --help
expect_help help merge
expect_help slurm --help
expect_help help slurm
expect_help tune --help
expect_help help tune

expect_usage_error frobnicate frobnicate
expect_usage_error --bogus run --bogus
# benchmarks run on the lab kernel only, however run.sh is reached (Slurm
# shards call it directly); refused before anything is built
expect_usage_error "no --kernel" run --kernel debug
out=$(VLAB_KERNEL=debug "$VLAB" run --sweep quick 2>&1)
[ $? -eq 2 ] && grep -qF "VLAB_KERNEL='debug'" <<<"$out" || fail "run with VLAB_KERNEL=debug not refused: $out"
out=$(VLAB_KERNEL=debug "$BENCH/run.sh" --sweep quick 2>&1)
[ $? -eq 2 ] && grep -qF "VLAB_KERNEL='debug'" <<<"$out" || fail "run.sh with VLAB_KERNEL=debug not refused: $out"
expect_usage_error --reps run --reps
expect_usage_error --weird test --weird
expect_usage_error "'foo'" test --label foo
expect_usage_error dance vm dance
expect_usage_error "'5'" vm exec --timeout 5 -- true
expect_usage_error "'abc'" vm exec --timeout abc -- true
expect_usage_error "'qemu'" vm exec --driver qemu -- true
expect_usage_error "no command" vm exec --
expect_usage_error "'qemu'" vm shell --driver qemu
expect_usage_error --extra setup --extra
expect_usage_error nope help nope
expect_usage_error "'--bogus'" tune --bogus
expect_usage_error "--memory-budget needs a value" tune --preset oltp --memory-budget
expect_usage_error "'nosuch'" run --sweep nosuch
expect_usage_error "'/nonexistent-run'" run --resume /nonexistent-run
expect_usage_error "--resume" run --resume /tmp --sweep quick
expect_usage_error "'/nonexistent-run'" report /nonexistent-run
expect_usage_error "not a run folder" report /tmp
expect_usage_error "'/nonexistent-a'" compare /nonexistent-a /nonexistent-b
expect_usage_error "needs a run folder" publish
expect_usage_error --extra sweeps --extra
# shards: refused before a plan, a job folder or a build
expect_usage_error "--shard" run --resume /tmp --shard 0/2
expect_usage_error "--out RUN" merge /tmp
expect_usage_error "'/nonexistent-shard' is not a folder" merge --out /tmp/vlab-cli-never /nonexistent-shard
expect_usage_error "--sweep is required" slurm --shards 2
expect_usage_error "'x' is not a whole number" slurm --sweep quick --shards x
expect_usage_error "'/nonexistent-job': no such folder" slurm --resubmit /nonexistent-job
expect_usage_error "no other option" slurm --resubmit /tmp --shards 2
expect_usage_error "--frob" slurm --frob
# clocks: refused by name with the allowed ones, before a plan or a folder
expect_usage_error "'sundial' is not one of: auto, icount, wall" run --clock sundial --out /tmp/vlab-cli-never
[ ! -e /tmp/vlab-cli-never ] || fail "run --clock sundial created its run folder"
expect_usage_error "--clock" run --resume /tmp --clock wall
expect_usage_error "'sundial' is not one of: auto, icount, wall" vm exec --clock sundial -- true
if [ -f "${VLAB_BUILD:?}/bench/src/vlab-plan" ]; then
	# the planner (sweep keys) and bench/vm/clock.sh (what runs) know the same clocks
	# shellcheck source=../vm/clock.sh
	. "$BENCH/vm/clock.sh"
	out=$("$VLAB_BUILD/bench/src/vlab-plan" --clock sundial --sweep x --out /tmp/x 2>&1)
	grep -qF "allowed: ${VLAB_CLOCKS// /, }" <<<"$out" ||
		fail "vlab-plan's clocks differ from bench/vm/clock.sh's '$VLAB_CLOCKS': $out"
	expect_usage_error "--profile does not work on the icount clock" run --profile --clock icount --sweep quick --out /tmp/vlab-cli-never
	[ ! -e /tmp/vlab-cli-never ] || fail "run --profile --clock icount created its run folder"
fi
# --host on a machine that cannot: refused with the reason, nothing built.
if ! "$BENCH/host-check.sh" >/dev/null 2>&1; then
	out=$("$VLAB" run --host 2>&1)
	rc=$?
	[ $rc -eq 1 ] || fail "run --host here: exit $rc, expected 1"
	grep -q 'cannot run on this machine' <<<"$out" || fail "run --host gave no reason: $out"
fi
out=$("$VLAB" sweeps) || fail "vlab sweeps: exit $?"
grep -q '^default ' <<<"$out" && grep -q '^quick ' <<<"$out" || fail "sweeps does not list default and quick: $out"
echo "PASS: launcher command line"
