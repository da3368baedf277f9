#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: the instrumented daemon carries its USDT probes (provider
# vduse_blkd: kick, pop, submit, done, irq, recover, iotlb_update) in
# .note.stapsdt; the
# compiled-out build carries none and says so in its statistics.
# usage: probes.sh vduse-blkd vduse-blkd-noinstr
blkd=${1:?} noinstr=${2:?}
fail() { echo "FAIL: $*"; exit 1; }
command -v readelf >/dev/null || { echo "SKIP: readelf not installed"; exit 4; }
notes=$(readelf -n "$blkd") || fail "readelf $blkd"
for p in kick pop submit 'done' irq recover iotlb_update; do
	grep -A3 'stapsdt' <<<"$notes" | grep -q "Name: $p\$" || fail "probe vduse_blkd:$p missing"
	grep -B1 -A3 "Name: $p\$" <<<"$notes" | grep -q 'Provider: vduse_blkd' ||
		fail "probe $p is not under provider vduse_blkd"
done
readelf -n "$noinstr" | grep -q stapsdt && fail "the compiled-out build still has USDT probes"
strings "$noinstr" | grep -q 'kick_to_pop' && fail "the compiled-out build still has stage histograms"
strings "$blkd" | grep -q 'kick_to_pop' || fail "the instrumented build has no stage histograms"
echo "PASS: USDT probes present, and absent when compiled out"
