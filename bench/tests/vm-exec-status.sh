#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: `bench/vlab vm exec -- CMD` prints CMD's output from the guest
# (arguments with spaces and quotes intact) and returns its exit status; with
# --driver ours, our module is the one loaded.
. "$(dirname "$0")/lib.sh"
need_vm
got=$("$VLAB" vm exec -- sh -c 'echo "a b" "it'\''s"; uname -r; exit 7')
rc=$?
[ $rc -eq 7 ] || fail "exit status $rc, expected 7 (output: $got)"
[ "$(sed -n 1p <<<"$got")" = "a b it's" ] || fail "argument quoting lost: '$(sed -n 1p <<<"$got")'"
# shellcheck source=/dev/null # written by bench/setup/guest-kernel.sh
. "$VLAB_CACHE/guest-kernel.env"
[ "$(sed -n 2p <<<"$got")" = "$KREL" ] || fail "guest kernel '$(sed -n 2p <<<"$got")', expected $KREL"
ver=$("$VLAB" vm exec --driver ours -- cat /sys/module/vduse/version) || fail "vm exec --driver ours failed"
[ "$ver" = "$(cat "$VLAB_BUILD/kernel/vduse.version")" ] || fail "module version '$ver'"
echo "PASS: vm exec output and status"
