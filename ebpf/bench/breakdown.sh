#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# vduse-lat's stage breakdown of stock VDUSE against ours (default knobs), in
# one boot, interleaved (stock ours stock ours ...), on qemu-storage-daemon
# null-co: the median over repetitions of each stage's mean, in us.
# usage: VLAB_BUILD=DIR ebpf/bench/breakdown.sh [REPS] [SECONDS] [QD]
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../bench/tests/lib.sh"
reps=${1:-3} secs=${2:-3} qd=${3:-1}
need_vm
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
. /job/guest/lib.sh
$(cat "$here/../tests/guest/elib.sh")
ETEST=breakdown
set -- $reps $secs $qd
$(cat "$here/breakdown-guest.sh")" "$out" --timeout $((90 + reps * 2 * (secs + 15))) 2>/dev/null
rc=$?
[ $rc -eq 0 ] || { tail -n 30 "$out/console.log"; fail "guest exited with $rc"; }
accel=$(cut -d' ' -f1 "$out/boot.info")
tr -d '\r' <"$out/console.log" | awk -v qd="$qd" -v secs="$secs" -v accel="$accel" '
function sort_n(a, n,    i, j, t) {
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
}
function median(d, s,    k, r, v) {
	k = 0
	for (r = 1; r <= n; r++) if ((r, d, s) in val) v[++k] = val[r, d, s]
	sort_n(v, k)
	return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
}
$1 == "STAGES" { for (i = 4; i <= NF; i++) val[$2, $3, i] = $i; if ($2 > n) n = $2 }
END {
	printf "vduse-lat stage means (us), median of %d interleaved runs, fio 4k randread QD%s, %s s, %s\n",
		n, qd, secs, accel
	printf "%-8s %7s %7s %7s %7s %8s %7s %8s %8s\n", "driver", "ios", "queue", "map", "kick",
		"backend", "irq", "complete", "total"
	split("stock ours", drv, " ")
	for (d = 1; d <= 2; d++) {
		printf "%-8s", drv[d]
		for (s = 4; s <= 11; s++) printf " %7.1f", median(drv[d], s)
		printf "\n"
	}
}'
