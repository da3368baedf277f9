#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: vduse-blkd's command line, without a device: --help has USAGE
# and EXAMPLES and exits 0; every bad value exits 2 with a message naming the
# option and the value; a missing --target or --path is refused; the rules
# between options hold; --list-targets and --list-options print the tables.
# usage: blkd-cli.sh PATH-TO-vduse-blkd
blkd=${1:?usage: blkd-cli.sh vduse-blkd}
fail() { echo "FAIL: $*"; exit 1; }

out=$("$blkd" --help) || fail "--help exited $?"
grep -q '^USAGE: vduse-blkd' <<<"$out" || fail "--help has no USAGE line"
grep -q '^EXAMPLES:' <<<"$out" || fail "--help has no EXAMPLES block"
awk 'length > 80 { exit 1 }' <<<"$out" || fail "--help has lines over 80 columns"

# bad ARGS... EXPECTED-TEXT: exit 2 and stderr naming the value.
bad() {
	local want=${*: -1} err rc=0
	err=$("$blkd" "${@:1:$#-1}" 2>&1 >/dev/null) || rc=$?
	[ $rc -eq 2 ] || fail "'${*:1:$#-1}' exited $rc, want 2"
	grep -qF -- "$want" <<<"$err" || fail "'${*:1:$#-1}': message '$err' does not name '$want'"
}
bad --target disk "--target 'disk'"
bad --target null --queues 0 "--queues '0'"
bad --target null --queues 17 "--queues '17'"
bad --target null --queues 2x "--queues '2x'"
bad --target null --queue-size 100 "--queue-size '100'"
bad --target null --queue-size 2048 "--queue-size '2048'"
bad --target null --blk-size 768 "--blk-size '768'"
bad --target null --blk-size 8192 "--blk-size '8192'"
bad --target null --size 12Q "--size '12Q'"
bad --target null --size 100 "--size '100'"
bad --target null --size -1G "--size '-1G'"
bad --target null --size 99999T "--size '99999T'"
bad --target null --name 'a/b' "--name 'a/b'"
bad --target null --name '' "--name ''"
bad --target null --serial 123456789012345678901 "--serial '123456789012345678901'"
bad --target null --poll-us 2000000 "--poll-us '2000000'"
bad --target null --batch-us 100001 "--batch-us '100001'"
bad --target null --batch 0 "--batch '0'"
bad --target null --batch 512 "--batch '512' is not valid: at most the queue size (256"
bad --target null --queue-size 64 --batch 128 "--batch '128' is not valid: at most the queue size (64)"
bad --target null --stats-interval -5 "--stats-interval '-5'"
bad --target null --cpus 1,,x "--cpus '1,,x'"
bad --target null --cpus 0 --irq-affinity local "--irq-affinity 'local'"
bad --target null --irq-affinity '' "--irq-affinity ''"
bad --target null --irq-affinity queue-cpu "--irq-affinity queue-cpu needs --cpus"
bad --target null --irq-affinity auto --crossed-poll-us 1000001 "--crossed-poll-us '1000001'"
bad --target null --irq-affinity auto --crossed-poll-us -1 "--crossed-poll-us '-1'"
bad --target null --crossed-poll-us 100 "--crossed-poll-us needs --irq-affinity auto"
bad --target null --irq-affinity away --crossed-poll-us 100 "--crossed-poll-us needs --irq-affinity auto"
bad --target file --uring-depth 0 --path /x "--uring-depth '0'"
bad --target null --path /tmp/x "--path '/tmp/x'"
bad --target zero --path /tmp/x "--path '/tmp/x' is not valid: the zero target has no storage"
bad --target ram --blk-size 4096 --size 1026k "--size 1026k is not a multiple of --blk-size 4096"
bad --target ram --direct "--direct"
bad --target null --sqpoll "--sqpoll"
bad --target file "--path"
bad --size 1G "--target is required"
bad --target null --bogus "'--bogus'"
bad --target null --transport nbd "--transport 'nbd' is not valid: vduse or ublk"
bad --target null --transport ublk --name x "'--name' is only for --transport vduse"
bad --target null --transport ublk --batch 4 "'--batch' is only for --transport vduse"
bad --target null --transport ublk --umem "'--umem' is only for --transport vduse"
bad --target null --user-copy "'--user-copy' is only for --transport ublk; this backend has --transport vduse"
bad --target null extra "'extra'"
bad --target null --queues "--queues needs a value"
# --umem: both options are known (the device is not created here: no VDUSE).
"$blkd" --help | grep -q -- '--umem-hugepage' || fail "--help does not list --umem-hugepage"
"$blkd" --help | grep -q -- '--umem ' || fail "--help does not list --umem"
bad --target null --umem=1 "--umem=1"
bad --target null --umem --umem-hugepage "'--umem' and '--umem-hugepage' both given"
# --reconnect: what cannot be resumed is refused before any device is touched.
bad --target null --reconnect --umem "'--reconnect' and '--umem' both given"
bad --target null --reconnect --umem-hugepage "'--reconnect' and '--umem-hugepage' both given"
bad --target ram --reconnect "'--reconnect' with --target ram needs --path"
bad --target null --transport ublk --reconnect "'--reconnect' is only for --transport vduse"

# The tables: every target by name with its path rule; every option once.
targets=$("$blkd" --list-targets) || fail "--list-targets exited $?"
for t in "null none" "ram optional" "file required" "zero none"; do
	awk -v n="${t% *}" -v p="${t#* }" '$1 == n && $2 == p { f = 1 } END { exit !f }' <<<"$targets" ||
		fail "--list-targets lacks '$t': $targets"
done
"$blkd" --target disk 2>&1 | grep -qF "one of null, ram, file, zero" ||
	fail "--target's message does not list the targets"
opts=$("$blkd" --list-options) || fail "--list-options exited $?"
grep -q '^--crossed-poll-us N  *all  *vduse  *yes$' <<<"$opts" || fail "--list-options: --crossed-poll-us"
grep -q '^--direct  *file  *any  *yes$' <<<"$opts" || fail "--list-options: --direct is for file"
grep -q '^--queues N  *all  *any  *no$' <<<"$opts" || fail "--list-options: a sweep may not give --queues"
grep -q '^--user-copy  *all  *ublk  *yes$' <<<"$opts" || fail "--list-options: --user-copy is for ublk"
help=$("$blkd" --help)
while read -r o _; do
	grep -q -- " $o\b" <<<"$help" || fail "--help lacks $o"
done < <(tail -n +2 <<<"$opts")
echo "PASS: vduse-blkd command line"
