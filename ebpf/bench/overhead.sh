#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# The eBPF tools' overhead (a benchmark, not a test): fio 4 KiB random-read
# IOPS on a qemu-storage-daemon null-co VDUSE disk with no tool and with
# vduse-lat, vduse-stat, vduse-copy attached (fio pinned to vCPU 0, the
# backend to vCPU 1, so that every run takes one path), interleaved in one boot, as
# ratios to the tool-free runs of the same repetition (median, min, max),
# and the time each tool's BPF programs ran per I/O (kernel.bpf_stats_enabled,
# a separate run per tool): a cost measure that other VMs sharing the host's
# CPUs disturb far less than IOPS. bpf_share is that run's BPF time over its
# fio run time: at QD 1, where one I/O's path runs at a time, the share of
# each I/O's latency spent in the tool's programs (trampolines and traps
# not counted), measured within one run, so that the host's speed, which
# varies from run to run under TCG, cancels out.
# BACKEND is qsd-null (default) or another backend type (`vlab-plan
# --list-backends`); on vduse-blkd's (blkd-*) "vduse-lat" includes its 5
# USDT uprobes per I/O and "vduse-lat -U" is vduse-lat without them.
# usage: VLAB_BUILD=DIR ebpf/bench/overhead.sh [stock|ours] [REPS] [SECONDS] [QD] [BACKEND]
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../bench/tests/lib.sh"
drv=${1:-stock} reps=${2:-5} secs=${3:-3} qd=${4:-1} backend=${5:-qsd-null}
# the backend types the guest's backend_start knows (bench/guest/lib.sh)
types=$("${VLAB_BUILD:?}/bench/src/vlab-plan" --list-backends) || fail "no vlab-plan: bench/vlab build"
grep -qx -- "$backend" <<<"$types" || fail "BACKEND '$backend' is not one of: $(tr '\n' ' ' <<<"$types")"
ncfg=4
case $backend in blkd-*) ncfg=5 ;; esac
need_vm
# The limit is host time. On the instruction clock (one TCG thread) a guest
# second took 2-4 host seconds with other VMs on the host's two cores, and
# loading a tool's BPF programs takes many guest seconds: with the old limit
# (about 13 host seconds per run) ours 5 3 16 timed out in its fourth
# repetition beside two other VMs.
limit=$((3 * (90 + (reps * ncfg + ncfg) * (secs + 10))))
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
boot_job "#!/bin/sh
. /job/guest/lib.sh
$(cat "$here/../tests/guest/elib.sh")
ETEST=overhead
set -- $drv $reps $secs $qd $backend
$(cat "$here/overhead-guest.sh")" "$out" --timeout $limit 2>/dev/null
rc=$?
[ $rc -eq 0 ] || { tail -n 30 "$out/console.log"; fail "guest exited with $rc"; }
accel=$(cut -d' ' -f1 "$out/boot.info")
tr -d '\r' <"$out/console.log" | awk -v drv="$drv" -v qd="$qd" -v secs="$secs" -v accel="$accel" -v be="$backend" '
# sort_n ARR N: insertion sort (POSIX awk has no asort).
function sort_n(a, n,    i, j, t) {
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
}
$1 == "OVH" { iops[$2, $3] = $4; if ($2 > n) n = $2 }
$1 == "COST" { cost[$2] = $4 ? $3 / $4 : 0; share[$2] = $3 / (secs * 1e9) }
$1 == "PROG" && $6 > 0 { prog[++np] = sprintf("%-12s %-16s %9.2f %9.2f %9.2f", $2, $3, $4 / $6, $5 / $4 / 1000, $5 / $6 / 1000) }
END {
	printf "driver %s, backend %s, fio 4k randread QD%s on vCPU 0, backend on vCPU 1, %s s per run,\n", drv, be, qd, secs
	printf "%d interleaved repetitions, %s\n", n, accel
	printf "%-12s %10s %8s %8s %8s %10s %9s\n", "tool", "IOPS(med)", "ratio", "min", "max", "bpf_us/IO", "bpf_share"
	nc = split(be ~ /^blkd-/ ? "none lat latk stat copy" : "none lat stat copy", cfgs, " ")
	for (c = 1; c <= nc; c++) {
		k = 0
		for (r = 1; r <= n; r++) { v[++k] = iops[r, cfgs[c]] / iops[r, "none"]; w[k] = iops[r, cfgs[c]] }
		sort_n(v, k); sort_n(w, k)
		med = k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
		medi = k % 2 ? w[(k + 1) / 2] : (w[k / 2] + w[k / 2 + 1]) / 2
		name = cfgs[c] == "none" ? "none" : cfgs[c] == "latk" ? "vduse-lat -U" : "vduse-" cfgs[c]
		printf "%-12s %10.0f %8.3f %8.3f %8.3f %10s %9s\n", name, medi, med, v[1], v[k],
			cfgs[c] == "none" ? "-" : sprintf("%.1f", cost[cfgs[c]] / 1000),
			cfgs[c] == "none" ? "-" : sprintf("%.1f%%", 100 * share[cfgs[c]])
	}
	printf "\nIOPS per repetition (in the order run):\n%-4s", "rep"
	for (c = 1; c <= nc; c++)
		printf " %10s", cfgs[c]
	printf "\n"
	for (r = 1; r <= n; r++) {
		printf "%-4d", r
		for (c = 1; c <= nc; c++)
			printf " %10.0f", iops[r, cfgs[c]]
		printf "\n"
	}
	if (np) {
		printf "\nwhere the BPF time goes (the kernel.bpf_stats_enabled runs):\n"
		printf "%-12s %-16s %9s %9s %9s\n", "tool", "program", "runs/IO", "us/run", "us/IO"
		for (i = 1; i <= np; i++)
			print prog[i]
	}
}'
