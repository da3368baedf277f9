#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a sweep interrupted in the middle (SIGINT, as Ctrl-C) keeps
# every point finished so far, stops the VM, and says how to resume;
# `bench/vlab run --resume RUN` then runs only the missing points, and the
# run ends with every planned point exactly once.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
scratch_dir
tmp=$SCRATCH
tiny_sweep "$tmp/tiny.conf" 3
run="$tmp/run"
"$VLAB" build >/dev/null || fail "build"
# Job control gives the run its own process group with SIGINT not ignored,
# as a terminal's foreground job has; Ctrl-C signals that whole group.
set -m
"$VLAB" run --sweep "$tmp/tiny.conf" --out "$run" >"$tmp/first.log" 2>&1 &
pid=$!
set +m
# Interrupt once two points are safe.
for _ in $(seq 1 600); do
	n=$(find "$run/points" -mindepth 2 -maxdepth 2 -name status 2>/dev/null | wc -l)
	[ "$n" -ge 2 ] && break
	kill -0 $pid 2>/dev/null || break
	sleep 0.5
done
kill -INT -- -$pid 2>/dev/null
wait $pid
rc=$?
cat "$tmp/first.log"
[ $rc -eq 130 ] || fail "interrupted run exited $rc, expected 130"
grep -q -- "--resume $run" "$tmp/first.log" || fail "no resume hint"
sleep 1
pgrep -f "qemu-system-x86_64.*$run" >/dev/null && fail "the VM outlived the interrupted run"
before=$(find "$run/points" -mindepth 1 -maxdepth 1 ! -name '.*' | wc -l)
[ "$before" -ge 2 ] && [ "$before" -lt 6 ] || fail "$before points after the interrupt, expected 2..5"
stamp=$(stat -c %Y "$run"/points/*/status | sort | head -n 1)

"$VLAB" run --resume "$run" >"$tmp/second.log" 2>&1 || { cat "$tmp/second.log"; fail "resume exited $?"; }
grep -q "$((6 - before)) points to run" "$tmp/second.log" || { cat "$tmp/second.log"; fail "resume did not run exactly the missing points"; }
check_exactly_once "$run"
[ "$(stat -c %Y "$run"/points/*/status | sort | head -n 1)" = "$stamp" ] || fail "a finished point was redone"
for p in "$run"/points/*; do [ "$(cat "$p/status")" = ok ] || fail "$(basename "$p"): $(cat "$p/status")"; done
[ "$(($(wc -l <"$run/summary.csv") - 1))" -eq 6 ] || fail "summary.csv does not have 6 rows"
echo "PASS: interrupted run resumed, every point exactly once"
