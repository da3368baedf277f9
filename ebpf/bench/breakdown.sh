#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# vduse-lat's stage breakdown of stock VDUSE against ours (default knobs), in
# one boot, interleaved (stock ours stock ours ...): the median over
# repetitions of each stage's mean, in us, and ours/stock. BACKEND is
# qsd-null (qemu-storage-daemon null-co, the default) or another backend
# type (`vlab-plan --list-backends`); vduse-blkd's (blkd-*) USDT probes
# split the backend stage into wake, pop, submit, target and publish.
# usage: VLAB_BUILD=DIR ebpf/bench/breakdown.sh [REPS] [SECONDS] [QD] [BACKEND]
# BREAKDOWN_KEEP=FILE keeps the guest console (with each run's STAGES line).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../bench/tests/lib.sh"
reps=${1:-3} secs=${2:-3} qd=${3:-1} backend=${4:-qsd-null}
# the backend types the guest's backend_start knows (bench/guest/lib.sh)
types=$("${VLAB_BUILD:?}/bench/src/vlab-plan" --list-backends) || fail "no vlab-plan: bench/vlab build"
grep -qx -- "$backend" <<<"$types" || fail "BACKEND '$backend' is not one of: $(tr '\n' ' ' <<<"$types")"
need_vm
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
. /job/guest/lib.sh
$(cat "$here/../tests/guest/elib.sh")
ETEST=breakdown
set -- $reps $secs $qd $backend
$(cat "$here/breakdown-guest.sh")" "$out" --timeout $((90 + reps * 2 * (secs + 20))) 2>/dev/null
rc=$?
[ $rc -eq 0 ] || { tail -n 30 "$out/console.log"; fail "guest exited with $rc"; }
accel=$(cut -d' ' -f1 "$out/boot.info")
[ -n "${BREAKDOWN_KEEP:-}" ] && cp "$out/console.log" "$BREAKDOWN_KEEP"
tr -d '\r' <"$out/console.log" | awk -v qd="$qd" -v secs="$secs" -v accel="$accel" -v be="$backend" '
function sort_n(a, n,    i, j, t) {
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
}
function median(d, c,    k, r, v) {
	k = 0
	for (r = 1; r <= n; r++) if ((r, d, c) in val) v[++k] = val[r, d, c]
	if (!k) return ""
	sort_n(v, k)
	return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
}
$1 == "STAGES" {
	for (i = 4; i <= NF; i++) val[$2, $3, i] = $i
	if ($2 > n) n = $2
	if (NF > cols) cols = NF
}
END {
	split("ios queue map kick backend irq complete total wake pop submit target publish", name, " ")
	# stages in the order an I/O passes them, the backend split under backend
	split("4 5 6 7 8 12 13 14 15 16 9 10 11", order, " ")
	printf "vduse-lat stage means (us), median of %d interleaved runs,\n", n
	printf "fio 4k randread QD%s, %s s each, backend %s, %s\n", qd, secs, be, accel
	printf "%-10s %10s %10s %10s\n", "stage", "stock", "ours", "ours/stock"
	for (i = 1; i <= 13; i++) {
		c = order[i] + 0
		if (c > cols) continue
		s = median("stock", c); o = median("ours", c)
		r = s > 0 ? sprintf("%.3f", o / s) : "-"
		printf c == 4 ? "%-10s %10.0f %10.0f %10s\n" : "%-10s %10.1f %10.1f %10s\n",
			(c >= 12 ? " ." : "") name[c - 3], s, o, r
	}
}'
