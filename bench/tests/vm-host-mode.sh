#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: host mode end to end on a VDUSE-capable host. The lab VM boots
# with the host's root filesystem (bench/vm/boot.sh --hostfs: virtiofs,
# read-only, an overlay keeping every write in the guest's RAM) and runs the
# host's own `bench/vlab run --host` of a tiny sweep there, with this build
# folder, on the guest kernel as "the host's" (its module tree, headers as
# /lib/modules/<release>/build). Checks: host-check.sh lets it run; the
# build folder is up to date there (the guest rebuilds nothing); host mode
# takes our vduse.ko built for that kernel (built here first: Kbuild takes
# minutes under TCG) and the kernel's own stock one; every point ok with the
# module it names, all in one boot, each announced on the control log; the
# manifest and REPORT.md say host, wall clock; and the run folder has a lab
# run's layout: a lab run of the same sweep made here has the same files
# (vm/ aside: boots differ by nature) and manifest keys, but the lab's
# VM-only ones.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
[ "$(id -u)" -eq 0 ] || skip "needs root (virtiofsd, a private read-only mount of /)"
[ -x "${VLAB_VIRTIOFSD:-/usr/lib/qemu/virtiofsd}" ] || skip "no virtiofsd (package qemu-system-common)"
# shellcheck source=bench/setup/common.sh
. "$BENCH/setup/common.sh"
vlab_kernel_env
[ -f "$KMODDIR/kernel/fs/overlayfs/overlay.ko.xz" ] || skip "guest kernel $KREL has no overlay module"
scratch_dir
tmp=$SCRATCH
tiny_sweep "$tmp/tiny.conf" 1
started=$(date +%s)
# The lab run of the same sweep, on the wall clock as host mode is, beside
# the host-mode VM: the test's time is then that VM's.
lab=$tmp/lab
"$VLAB" run --clock wall --sweep "$tmp/tiny.conf" --out "$lab" >"$tmp/lab.log" 2>&1 &
lab_pid=$!
# a failure stops it (and its VM) before the scratch folder goes
trap 'rc=$?; kill "$lab_pid" 2>/dev/null; (exit $rc); scratch_exit' EXIT

# The guest kernel as a host's: its module tree with the index depmod makes
# at install time (the package leaves that to its postinst) and its headers
# as build. The tree's files stay in the cache, read through a link.
mods=$tmp/modroot/lib/modules/$KREL
mkdir -p "$mods"
ln -s "$KMODDIR/kernel" "$mods/kernel"
cp "$KMODDIR"/modules.* "$mods/"
ln -s "$KDIR" "$mods/build"
depmod -b "$tmp/modroot" "$KREL" || fail "depmod of the guest kernel's modules"
ko="$VLAB_BUILD/host-kernel/$KREL"
"$BENCH/host-module.sh" "$KDIR" "$ko" || fail "cannot build vduse.ko for $KREL"

# What runs in the guest, as the host's root, with the host's bash: the run,
# then the proof that the build folder needed nothing.
cat >"$tmp/in-host.sh" <<EOF
cd '$VLAB_ROOT' || exit 1
export VLAB_BUILD='$VLAB_BUILD' VLAB_CACHE='$VLAB_CACHE'
bench/vlab run --host --sweep '$tmp/tiny.conf' --out '$tmp/host'
rc=\$?
if grep -v 'Built target' '$VLAB_BUILD/build.log'; then
	echo "vm-host-mode: the guest rebuilt the lines above: the build folder was not up to date"
	exit 3
fi
exit \$rc
EOF
job=$tmp/job
mkdir -p "$job"
cp "$BENCH/tests/guest-host-mode.sh" "$job/"
printf '#!/bin/sh\nexec sh /job/guest-host-mode.sh %q %q %q\n' "$mods" "$tmp/in-host.sh" "$tmp/host" >"$job/run"
chmod +x "$job/run"
"$BENCH/vm/boot.sh" --hostfs --job "$job" --out "$tmp/boot" --timeout 1500
rc=$?
con=$tmp/boot/console.log
[ $rc -ne 3 ] || fail "the guest rebuilt parts of $VLAB_BUILD: $(grep -B5 'vm-host-mode:' "$con")"
[ $rc -eq 0 ] || fail "bench/vlab run --host in the lab VM exited with $rc: $(tail -n 30 "$con")"
grep -q "reusing vduse.ko" "$con" || fail "host mode did not take the vduse.ko built for $KREL"
run=$tmp/boot/records/run
[ -f "$run/manifest.json" ] || fail "no run folder came back"
wait "$lab_pid" || fail "the lab run exited with $?: $(tail -n 20 "$tmp/lab.log")"

check_exactly_once "$run"
# one boot, as the lab's: a point whose record the host missed would be run
# again in another, and the run still end complete
[ "$(json_get vm.boots "$run/manifest.json")" = 1 ] || fail "host mode took $(json_get vm.boots "$run/manifest.json") boots, not 1"
[ "$(grep -c '^START ' "$run/vm/boot-1/ctl.log")" -eq "$(wc -l <"$run/plan/order")" ] ||
	fail "host mode's control log lacks a START line per point: $(cat "$run/vm/boot-1/ctl.log")"
ours=$(cat "$ko/vduse.version")
[ "$ours" = "$(cat "$VLAB_BUILD/kernel/vduse.version")" ] || fail "host mode's module $ours is not the lab's"
for p in "$run"/points/*; do
	id=$(basename "$p")
	[ "$(cat "$p/status")" = ok ] || fail "host mode: $id: $(cat "$p/status")"
	case $id in
	*-stock-*) want=stock ;;
	*) want=$ours ;;
	esac
	[ "$(cat "$p/module")" = "$want" ] || fail "host mode: $id ran module $(cat "$p/module"), not $want"
done
get() { json_get "$1" "$run/manifest.json"; }
for kv in accelerator=host clock.accelerator=host clock.name=wall host.kernel="$KREL"; do
	[ "$(get "${kv%%=*}")" = "${kv#*=}" ] || fail "host mode's manifest: ${kv%%=*} is '$(get "${kv%%=*}")', not '${kv#*=}'"
done
grep -q '^| Clock | wall (host kernel, no VM)' "$run/REPORT.md" || fail "REPORT.md does not say host kernel"

# layout: the same files as the lab run's, outside vm/
files() { (cd "$1" && find . -path ./vm -prune -o -type f -print | LC_ALL=C sort); }
d=$(diff <(files "$lab") <(files "$run")) || fail "host mode's run folder differs from a lab run's (< lab, > host):
$d"
# manifest keys: the same, but what only a VM has; the binaries map names
# what each mode ran (host mode: host-check.sh and host-run.sh, no VM image)
keys() {
	"$VLAB_BUILD/bench/src/vlab-manifest" --keys "$1/manifest.json" | grep -v '^binaries\.' | LC_ALL=C sort
}
vm_only='^(vm\.qemu_cmdline|binaries_checked)$'
only_lab=$(LC_ALL=C comm -23 <(keys "$lab") <(keys "$run") | grep -Ev "$vm_only")
only_host=$(LC_ALL=C comm -13 <(keys "$lab") <(keys "$run"))
[ -z "$only_lab$only_host" ] || fail "manifest keys differ: only the lab run's: [$only_lab] only host mode's: [$only_host]"
for f in host-check host-run; do
	[[ $(get "binaries.bench/$f\\.sh.sha256") =~ ^[0-9a-f]{64}$ ]] || fail "host mode's manifest has no sha256 of bench/$f.sh"
done
echo "PASS: host mode in the lab VM ran the tiny sweep (test: $(($(date +%s) - started))s); its run folder has a lab run's layout"
