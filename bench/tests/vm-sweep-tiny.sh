#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: a tiny sweep end to end (`bench/vlab run --sweep FILE`): a
# boot per repetition (boots = per-repetition: each point's boot is its
# repetition, the manifest counts 2 boots, REPORT.md's Boots row says so),
# stock and ours interleaved, every point committed with fio JSON,
# perf stat output, module identity, the device's sysfs record (device.json:
# unsafe and umem_bytes 0 with ours) and status ok; the device's memory
# (device.json's counters, summary.csv's mem_* columns, REPORT.md's
# "Memory cost"): absent for stock, kernel pages for ours, and with
# bounce_strategy=prealloc exactly its bounce_size; manifest with the
# environment and the sweep verbatim; the agent's cpu.json around fio, with
# the backend's and the guest's page faults and the device's DMA maps (ours
# with its stats parameter on only); fio's buffers on huge pages
# (--iomem=shmhuge);
# summary.csv with CPU per I/O (fio plus backend, and guest-wide),
# aggregate.csv, valid PNG/SVG charts, REPORT.md and report.html naming the
# accelerator and the clock (wall, as asked); with --profile, each point's
# top kernel symbols. Provenance: the manifest's suite commit and, from a
# modified tree, a source.diff that applies to it; host CPU flags, load
# before and after, prior runs of the sweep in the folder; each point's boot;
# a binaries map whose guest-side hashes are the ones the guest computed on
# what it ran (vm/boot-N/binaries.sha256) and whose host paths hash to them,
# with binaries_checked true; a resume after vduse-blkd changed is refused.
. "$(dirname "$0")/sweep-lib.sh"
need_vm
scratch_dir
tmp=$SCRATCH
tiny_sweep "$tmp/tiny.conf" 2
sed -i 's/^repetitions = 2$/&\nboots = per-repetition/' "$tmp/tiny.conf"
grep -qx 'boots = per-repetition' "$tmp/tiny.conf" || fail "the sweep did not get its boots"
# prealloc allocates the whole bounce_size at attach and no page after it;
# with the per-I/O counters on (stats=1), its cpu.json has the DMA maps
printf '[driver pre]\nmodule = ours\nparams = stats=1\nknobs = bounce_strategy=prealloc bounce_size=4194304\n' >>"$tmp/tiny.conf"
run="$tmp/run"
# an earlier run of the same sweep in the runs folder, and one of another
mkdir "$tmp/earlier" "$tmp/other"
"$VLAB_BUILD/bench/src/vlab-manifest" --out "$tmp/earlier/manifest.json" name=tiny
"$VLAB_BUILD/bench/src/vlab-manifest" --out "$tmp/other/manifest.json" name=quick
# --profile needs the wall clock (on icount it is refused, bench/tests/cli.sh)
"$VLAB" run --profile --clock wall --sweep "$tmp/tiny.conf" --out "$run" || fail "run exited with $?"
check_exactly_once "$run"
[ "$(wc -l <"$run/plan/order")" -eq 6 ] || fail "expected 6 planned points"
ours=$(cat "$VLAB_BUILD/kernel/vduse.version")
for p in "$run"/points/*; do
	id=$(basename "$p")
	[ "$(cat "$p/status")" = ok ] || fail "$id: $(cat "$p/status")"
	[ -s "$p/fio.json" ] || fail "$id: no fio.json"
	grep -q task-clock "$p/perf-fio.txt" || fail "$id: no perf stat of fio"
	grep -q task-clock "$p/perf-backend.txt" || fail "$id: no perf stat of the backend"
	grep -q '\[k\]' "$p/profile-self.txt" || fail "$id: no kernel symbols in the --profile output"
	grep -q '\[k\]' "$p/profile-children.txt" || fail "$id: no --profile output with children"
	[ "$(json_get device "$p/device.json")" = vduse0 ] || fail "$id: no device.json"
	json_count guest_busy_ticks "$p/cpu.json" && json_count disk_ios "$p/cpu.json" ||
		fail "$id: cpu.json lacks busy ticks or disk I/Os: $(cat "$p/cpu.json" 2>&1)"
	[[ $(json_get backend_minflt "$p/cpu.json") =~ ^[0-9]+$ ]] &&
		[[ $(json_get backend_majflt "$p/cpu.json") =~ ^[0-9]+$ ]] && json_count guest_pgfault "$p/cpu.json" ||
		fail "$id: cpu.json lacks the page faults: $(cat "$p/cpu.json" 2>&1)"
	grep -q '"mem" : "shmhuge"' "$p/fio.json" || fail "$id: fio's buffers were not on huge pages"
	# the backend served fio for seconds: the tasks' record has its time
	awk -F '\t' '$4 ~ /^qemu-storage-d/ && $1 > 1e8 { f = 1 } END { exit !f }' "$p/tasks.tsv" &&
		[ "$(head -n 1 "$p/tasks.tsv")" = "$(printf 'ns\tslices\ttid\tcomm')" ] ||
		fail "$id: tasks.tsv lacks the backend's time: $(head -n 5 "$p/tasks.tsv" 2>&1)"
	# the CPUs' total holds more than the backend's time, and fio's (over
	# 10 ms of CPU for a second of I/O) is in the part no listed task holds
	awk -F '\t' '$4 ~ /^qemu-storage-d/ && $1 > b { b = $1 } $4 == "[all CPUs]" { a = $1 }
		$4 == "[ended]" { e = $1 } END { exit !(a > b && e > 1e7 && e < a) }' "$p/tasks.tsv" ||
		fail "$id: tasks.tsv lacks the CPUs' total or the ended tasks' time: $(grep -e '\[' -e qemu "$p/tasks.tsv" | head -n 4)"
	grep -q "^pgfault$(printf '\t')[1-9]" "$p/vmstat.tsv" || fail "$id: vmstat.tsv lacks the page faults"
	case $id in
	*-stock-*) [ "$(cat "$p/module")" = stock ] || fail "$id ran module $(cat "$p/module")"
		! grep -q dma_maps "$p/cpu.json" || fail "$id: the stock module counts no maps, yet: $(cat "$p/cpu.json")"
		! grep -q -e bounce_pages -e umem_bytes "$p/device.json" ||
			fail "$id: the stock module has no counters, yet: $(cat "$p/device.json")" ;;
	*-ours-* | *-pre-*) [ "$(cat "$p/module")" = "$ours" ] || fail "$id ran module $(cat "$p/module")"
		[ "$(json_get unsafe "$p/device.json")" = 0 ] && [ "$(json_get umem_bytes "$p/device.json")" = 0 ] ||
			fail "$id: device.json lacks unsafe 0 and umem_bytes 0: $(cat "$p/device.json")"
		pages=$(json_get bounce_pages "$p/device.json") && [ "$(json_get page_size "$p/device.json")" = 4096 ] ||
			fail "$id: device.json lacks bounce_pages and page_size: $(cat "$p/device.json")"
		;;&
	*-ours-*) [ "$pages" -gt 0 ] && [ $((pages * 4096)) -le 67108864 ] ||
		fail "$id: lazy bounce pages $pages: not within the 64 MiB default region"
		! grep -q dma_maps "$p/cpu.json" || fail "$id: DMA maps recorded with the stats parameter off: $(cat "$p/cpu.json")" ;;
	*-pre-*) [ $((pages * 4096)) -eq 4194304 ] || fail "$id: prealloc holds $pages pages, not its 4 MiB bounce_size"
		json_count dma_maps "$p/cpu.json" || fail "$id: cpu.json counted no DMA maps with stats=1: $(cat "$p/cpu.json")" ;;
	esac
done
# summary.csv: bounce_size for all, the memory for ours alone, prealloc's exact
col() { head -n 1 "$run/summary.csv" | tr ',' '\n' | grep -nx "$1" | cut -d: -f1; }
c_drv=$(col driver) c_size=$(col bounce_size) c_kern=$(col mem_kernel_bytes) c_mem=$(col mem_bytes)
[ -n "$c_size" ] && [ -n "$c_kern" ] && [ -n "$c_mem" ] || fail "summary.csv lacks the memory columns"
tail -n +2 "$run/summary.csv" | cut -d, -f"$c_drv,$c_size,$c_kern,$c_mem" | while IFS=, read -r drv size kern mem; do
	case $drv in
	stock) [ "$size" = 67108864 ] && [ -z "$kern$mem" ] || fail "stock row: bounce_size '$size', memory '$kern' '$mem'" ;;
	ours) [ "$size" = 67108864 ] && [ "$kern" -gt 0 ] && [ "$mem" = "$kern" ] || fail "ours row: '$size' '$kern' '$mem'" ;;
	pre) [ "$size" = 4194304 ] && [ "$kern" = 4194304 ] && [ "$mem" = 4194304 ] || fail "pre row: '$size' '$kern' '$mem'" ;;
	esac
done || exit 1
grep -q '^| randread 4k, 1 job(s) | 1 | stock/null | [0-9]* | 64 | not reported by the stock module |' "$run/REPORT.md" &&
	grep -q '^| randread 4k, 1 job(s) | 1 | pre/null | [0-9]* | 4 | 4.00 | 4.00 | 0.00 | 0.00 |' "$run/REPORT.md" ||
	fail "REPORT.md's Memory cost lacks the stock or the prealloc row: $(sed -n '/^## Memory cost/,/^## /p' "$run/REPORT.md")"
for f in manifest.json sweep.conf summary.csv aggregate.csv REPORT.md report.html chart.png chart.svg; do
	[ -s "$run/$f" ] || fail "$f missing or empty"
done
grep -q 'repetitions = 2' "$run/sweep.conf" || fail "sweep not kept verbatim"
json_get sweep_file "$run/manifest.json" >/dev/null || fail "manifest lacks the sweep file"
accel=$("$BENCH/vm/accel.sh")
[ "$(json_get accelerator "$run/manifest.json")" = "$accel" ] || fail "manifest lacks accelerator $accel"
grep -qi "$accel" "$run/REPORT.md" || fail "REPORT.md does not name the accelerator"
[ "$(json_get clock.name "$run/manifest.json")" = wall ] || fail "manifest lacks clock wall"
grep -q '^| Clock | wall (' "$run/REPORT.md" || fail "REPORT.md does not name the wall clock"
# CPU per I/O, fio's plus the backend's and the whole guest's, is filled in
# for every point.
for name in cpu_us_per_io cpu_us_per_io_guest; do
	col=$(head -n 1 "$run/summary.csv" | tr ',' '\n' | grep -nx "$name" | cut -d: -f1)
	[ -n "$col" ] || fail "summary.csv has no $name column"
	empty=$(tail -n +2 "$run/summary.csv" | cut -d, -f"$col" | grep -c '^$')
	[ "$empty" -eq 0 ] || fail "$empty rows without $name"
done
for png in "$run"/*.png; do head -c 8 "$png" | od -An -c | grep -q 'P   N   G' || fail "$png is not a PNG"; done
for svg in "$run"/*.svg; do grep -q '<svg' "$svg" || fail "$svg is not SVG"; done
grep -q '<svg' "$run/report.html" || fail "report.html has no inline SVG"

# provenance
get() { "$VLAB_BUILD/bench/src/vlab-manifest" --get "$1" "$run/manifest.json"; }
commit=$(get suite.commit) && [[ $commit =~ ^[0-9a-f]{40}$ ]] || fail "suite.commit is '$commit'"
case $(get suite.dirty) in
true)
	[ "$(get suite.diff.file)" = source.diff ] && [ -s "$run/source.diff" ] || fail "dirty, but no source.diff"
	[ "$(sha256sum <"$run/source.diff" | cut -d' ' -f1)" = "$(get suite.diff.sha256)" ] ||
		fail "source.diff is not the one suite.diff.sha256 names"
	mkdir "$tmp/tree"
	git -C "$BENCH/.." archive "$commit" | tar -x -C "$tmp/tree" || fail "git archive $commit"
	(cd "$tmp/tree" && git apply --check --binary "$run/source.diff") || fail "source.diff does not apply to $commit"
	;;
false) [ ! -e "$run/source.diff" ] || fail "a clean tree left a source.diff" ;;
*) fail "suite.dirty is '$(get suite.dirty)'" ;;
esac
[ "$(get prior_runs)" = 1 ] || fail "prior_runs is $(get prior_runs), not 1"
[ -n "$(get host.cpu_flags)" ] || fail "no host.cpu_flags"
for k in host.load_before.0 host.load_after.0; do
	[[ $(get $k.at) =~ ^20[0-9-]+T[0-9:]+Z$ ]] && get $k.load.2 >/dev/null || fail "$k: $(get $k)"
done
for p in "$run"/points/*; do
	[ "$(cat "$p/boot")" = "${p##*-r}" ] ||
		fail "$(basename "$p") ran in boot $(cat "$p/boot"), not in its repetition's"
done
[ "$(get vm.boots)" = 2 ] || fail "vm.boots is $(get vm.boots), not one per repetition"
grep -q '^| Boots | 2, one per repetition: ' "$run/REPORT.md" || fail "REPORT.md lacks the Boots row"
[ -s "$run/vm/boot-2/binaries.sha256" ] || fail "boot 2 kept no hashes of what its guest ran"
[ "$(get binaries_checked)" = true ] || fail "binaries_checked is $(get binaries_checked)"
hashes="$run/vm/boot-1/binaries.sha256"
[ -s "$hashes" ] || fail "boot 1 kept no hashes of what its guest ran"
while read -r sum path; do
	key=${path#/}
	key=${key//./\\.}
	[ "$(get "binaries.$key.sha256")" = "$sum" ] || fail "$path ran with sha256 $sum, the manifest says $(get "binaries.$key")"
	host=$(get "binaries.$key.path")
	[[ $host == *.cpio.gz:* ]] || [ "$(sha256sum <"$host" | cut -d' ' -f1)" = "$sum" ] ||
		fail "$path: the host's $host is not what the guest ran"
done <"$hashes"
for path in /job/lab/vduse.ko /lib/vlab-modules/stock/vduse.ko /job/guest/agent.sh /job/guest/lib.sh \
	/job/bin/vduse-blkd /usr/bin/qemu-storage-daemon /usr/bin/fio /usr/bin/perf; do
	grep -q " $path\$" "$hashes" || fail "the guest did not hash $path"
done
for name in vm/vmlinuz vm/initramfs\\.cpio\\.gz vm/tools\\.img host/qemu-system-x86_64 host/vlab-manifest bench/run\\.sh; do
	[[ $(get "binaries.$name.sha256") =~ ^[0-9a-f]{64}$ ]] || fail "no sha256 of $name"
done
# a resume runs what the run started with, or nothing
awk -F'\t' -v OFS='\t' '$1 == "job/bin/vduse-blkd" { $2 = sprintf("%064d", 0) } 1' "$run/vm/binaries.tsv" >"$tmp/b.tsv"
mv "$tmp/b.tsv" "$run/vm/binaries.tsv"
out=$("$VLAB" run --resume "$run" 2>&1) && fail "a resume with another vduse-blkd than the run's went ahead"
grep -q "changed since the run started (job/bin/vduse-blkd)" <<<"$out" || fail "resume refused without naming vduse-blkd: $out"
echo "PASS: tiny sweep complete"
