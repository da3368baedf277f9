#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# `bench/vlab run`: plan the points (vlab-plan), run them all in one boot of
# the lab VM (bench/guest/agent.sh), move each shipped point into the run
# folder, record the environment (vlab-manifest), summarize and report.
# Options: see `bench/vlab run --help`; planner options are validated there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/setup/common.sh"
bin="$VLAB_BUILD/bench/src"
bad_arg() { printf 'vlab: %s (see bench/vlab run --help)\n' "$*" >&2; exit 2; }

name=default out= console=()
plan_args=()
while [ $# -gt 0 ]; do
	case $1 in
	--name) name=${2:-}; shift 2 || bad_arg "--name needs a value" ;;
	--drivers | --backend | --rw | --bs | --iodepths | --reps | --runtime | --ramp | --seed)
		[ $# -ge 2 ] || bad_arg "$1 needs a value"
		plan_args+=("$1" "$2"); shift 2 ;;
	--out) out=${2:-}; shift 2 || bad_arg "--out needs a directory" ;;
	--console) console=(--console); shift ;;
	*) bad_arg "run: unknown option '$1'" ;;
	esac
done
plan_args+=(--name "$name")
[ -n "$out" ] && [ -e "$out" ] && bad_arg "--out '$out' exists already"
"$here/vlab" build

created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
[ -n "$out" ] || out="$VLAB_ROOT/results/$(date -u -d "$created" +%Y%m%dT%H%M%SZ)-$name"
[ -e "$out" ] && bad_arg "--out '$out' exists already"
mkdir -p "$out"
run_tmp="$out/.work"
mkdir -p "$run_tmp/job"

# The planner validates every value and writes the plan complete or not at all.
"$bin/vlab-plan" --out "$run_tmp/job/plan" "${plan_args[@]}" || { rm -rf "$out"; exit 2; }
cp "$run_tmp/job/plan/plan.json" "$out/plan.json"
printf '#!/bin/sh\nexec sh /job/guest/agent.sh\n' >"$run_tmp/job/run"
chmod +x "$run_tmp/job/run"

vlab_kernel_env
accel=$("$here/vm/accel.sh")
points=$(wc -l <"$run_tmp/job/plan/order")
per_point=$(awk -F"'" '/^VLAB_RUNTIME=|^VLAB_RAMP=/ { s += $2 } END { print s }' \
	"$run_tmp/job/plan/points/$(head -n 1 "$run_tmp/job/plan/order")/point.env")
timeout=$((points * (per_point + 40) + 180))
vlab_log "run $name: $points points on $accel, about $((points * (per_point + 3) / 60 + 1)) min; folder $out"

# The guest kernel packages used, from guest-kernel.env, as a JSON array.
packages_json() {
	tr ';' '\n' <<<"$KPACKAGES" | awk 'NF == 3 {
		printf "%s{\"package\": \"%s\", \"version\": \"%s\", \"sha256\": \"%s\"}", sep, $1, $2, $3; sep = ", "
	} BEGIN { printf "[" } END { print "]" }'
}

# Environment first: a run that dies still says what it ran on.
manifest() { "$bin/vlab-manifest" --merge --out "$out/manifest.json" "$@"; }
manifest \
	name="$name" created_utc="$created" accelerator="$accel" \
	suite.revision="$(git -C "$VLAB_ROOT" describe --always --dirty 2>/dev/null || echo unknown)" \
	module.ours="$(cat "$VLAB_BUILD/kernel/vduse.version")" \
	module.stock="stock vduse.ko of linux-image $KPKGVER" \
	guest_kernel="$KREL" guest_kernel_package="$KPKGVER" \
	guest_kernel_fallback:="$([ "$KFALLBACK" = 1 ] && echo true || echo false)" \
	guest_kernel_packages:="$(packages_json)" \
	host.cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
	host.cpus:="$(nproc)" host.kernel="$(uname -r)" \
	vm.smp:=2 vm.memory_mib:=2048 \
	versions.qemu="$(qemu-system-x86_64 --version | head -n 1)" \
	versions.qemu_storage_daemon="$(qemu-storage-daemon --version | head -n 1)" \
	versions.fio="$(fio --version)" \
	plan:="$(cat "$out/plan.json")"

rc=0
"$here/vm/boot.sh" --job "$run_tmp/job" --out "$run_tmp/vm" --timeout "$timeout" "${console[@]}" || rc=$?

# Each shipped point moves in whole (rename); a point never shipped is absent.
mkdir -p "$out/points"
if [ -d "$run_tmp/vm/records/points" ]; then
	for p in "$run_tmp/vm/records/points"/*; do
		[ -d "$p" ] && mv "$p" "$out/points/"
	done
fi
[ -d "$run_tmp/vm/records/guest" ] && mv "$run_tmp/vm/records/guest" "$out/guest"
mkdir -p "$out/vm"
for f in console.log console.try1.log boot-retries.log ctl.log boot.info; do
	[ -f "$run_tmp/vm/$f" ] && mv "$run_tmp/vm/$f" "$out/vm/"
done
# Points the guest never shipped still get their params, so they show as failed.
while read -r id; do
	[ -d "$out/points/$id" ] && continue
	mkdir -p "$out/points/$id"
	cp "$run_tmp/job/plan/points/$id/params.json" "$out/points/$id/"
	echo "failed: not run (lab VM exit status $rc)" >"$out/points/$id/status"
done <"$run_tmp/job/plan/order"
rm -rf "$run_tmp"

[ -f "$out/guest/kernel" ] && manifest guest.kernel_release="$(cat "$out/guest/kernel")" \
	guest.fio="$(cat "$out/guest/fio-version")" guest.qsd="$(cat "$out/guest/qsd-version")"
[ -f "$out/vm/boot.info" ] && read -r _ wall_s init_s <"$out/vm/boot.info" &&
	manifest vm.wall_s:="$wall_s" vm.seconds_to_init:="$([ "$init_s" = none ] && echo null || echo "$init_s")"

src=0
"$bin/vlab-summarize" "$out" || src=$?
"$bin/vlab-report" "$out" || src=$?
vlab_log "results: $out"
[ -f "$out/REPORT.md" ] && vlab_log "report: $out/REPORT.md"
[ $rc -eq 0 ] || vlab_die "the lab VM ended with status $rc; see $out/vm/console.log"
exit $src
