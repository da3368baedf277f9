#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: ebpf/lib/stages.def is vduse-lat's one list of stages, which
# vduse-lat and vlab-report compile in; the prose and the shell tests that
# quote it must say the same: its places form one order (total last,
# backend's parts right after backend); ebpf/README.md's stage tables, the
# READMEs' stage lists and stages.csv columns, and lat-blkd.sh's stage lists
# and expected breakdown follow it; vduse-blkd fires every USDT probe in it
# and vduse-lat has a program for each.
# usage: ebpf/tests/stages.sh SOURCE_DIR
src=${1:?usage: stages.sh SOURCE_DIR}
def=$src/ebpf/lib/stages.def
fail() { echo "FAIL: $*"; exit 1; }

# The rows: "NAME GROUP ORDER" in the table's order.
rows=$(sed -n 's/^VLAB_STAGE([A-Z]*, "\([a-z]*\)", \([A-Z]*\), \([0-9]*\),.*/\1 \2 \3/p' "$def")
[ "$(echo "$rows" | wc -l)" -ge 8 ] || fail "$def: too few VLAB_STAGE rows read: '$rows'"
names() { echo "$rows" | awk -v g="$1" 'g == "" || $2 == g { print $1 }' | paste -sd' '; }
kernel=$(names KERNEL) usdt=$(names USDT) all=$(names "")
# The stages in the order an I/O passes them (total last).
passage=$(echo "$rows" | sort -k3,3n | awk '{ print $1 }' | paste -sd' ')
usdt_probes=$(sed -n 's/^VLAB_STAGE_USDT(\([a-z_]*\))$/\1/p' "$def" | paste -sd' ')

# The table itself: one order, 1..N, each name once, kernel rows first,
# total last, the parts right after backend.
[ "$(echo "$rows" | awk '{ print $3 }' | sort -n | paste -sd' ')" = "$(seq -s' ' 1 "$(echo "$rows" | wc -l)")" ] ||
	fail "stages.def: the orders are not 1..N once each"
[ "$(echo "$rows" | awk '{ print $1 }' | sort -u | wc -l)" -eq "$(echo "$rows" | wc -l)" ] ||
	fail "stages.def: a name twice"
[ "$all" = "$kernel $usdt" ] || fail "stages.def: a USDT row before a KERNEL row ($all)"
[ "${passage##* }" = total ] || fail "stages.def: total is not last in the order ($passage)"
case " $passage " in
*" backend $usdt "*) ;;
*) fail "stages.def: backend's parts ($usdt) do not follow backend in the order ($passage)" ;;
esac
[ "$usdt_probes" ] || fail "stages.def: no VLAB_STAGE_USDT rows"

# ebpf/README.md: the stage tables' rows, kernel then USDT, in table order.
# shellcheck disable=SC2016 # backquotes of Markdown, not of the shell
readme=$(sed -n 's/^| `\([a-z]*\)` | .* |.*|$/\1/p' "$src/ebpf/README.md" | paste -sd' ')
[ "$readme" = "$all" ] || fail "ebpf/README.md's stage tables list '$readme', stages.def '$all'"

# The READMEs' lists and stages.csv's columns.
flat() { tr -s ' \n' '  ' <"$1"; }
stacked=${passage% total}
kstack=${kernel% total}
ustack=${stacked/ backend / }
cols="$(echo "$kernel" | sed 's/\([a-z]*\)/\1_us/g; s/ /,/g'),ios_ratio,$(echo "$usdt" | sed 's/\([a-z]*\)/\1_us/g; s/ /,/g')"
flat "$src/bench/src/README.md" | tr -d ' ' | grep -qF "config,n,x,$cols,breakdown" ||
	fail "bench/src/README.md: stages.csv's columns are not ...,x,$cols,breakdown"
flat "$src/bench/src/README.md" | grep -qF "(${usdt// /, })" ||
	fail "bench/src/README.md does not list backend's parts as ($usdt)"
flat "$src/bench/src/README.md" | grep -qF "kernel stages (${kstack// /, })" ||
	fail "bench/src/README.md does not list the kernel stages as ($kstack)"
and=$(echo "$usdt" | sed 's/ /, /g; s/, \([a-z]*\)$/ and \1/')
flat "$src/README.md" | grep -qF "split into $and" || fail "README.md does not say backend is split into $and"

# lat-blkd.sh (run in the lab VM, without this table): its lists.
guest=$src/ebpf/tests/guest/lat-blkd.sh
grep -qF "for s in $usdt; do" "$guest" || fail "$guest: its loop over backend's parts is not '$usdt'"
grep -qF "sum_means \"\$be\" $usdt)" "$guest" || fail "$guest: its sum of backend's parts is not '$usdt'"
grep -qF "sum_means \"\$st\" ${kstack/ backend / })" "$guest" ||
	fail "$guest: its sum of the kernel stages is not '$kstack' without backend"
want=$(echo "$ustack" | sed 's/\([a-z]*\)/"\1"/g; s/ /,/g')
grep -qF "\"breakdown\":\\[$want\\]" "$guest" ||
	fail "$guest: its expected breakdown is not [$want]"

# The USDT probes: fired by vduse-blkd, a program each in vduse-lat.bpf.c.
for p in $usdt_probes; do
	grep -qE "BE_PROBE[0-9]\($p," "$src"/backends/lib/*.c || fail "vduse-blkd fires no USDT probe '$p'"
	grep -qE "BPF_USDT\(be_$p," "$src/ebpf/vduse-lat/vduse-lat.bpf.c" ||
		fail "vduse-lat.bpf.c has no program be_$p for USDT probe '$p'"
done
echo "PASS: stages.def ($all; USDT probes $usdt_probes) and its copies agree"
