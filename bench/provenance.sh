# SPDX-License-Identifier: GPL-2.0-only
# Sourced by bench/run.sh: what a run records of the code and binaries that
# made it (manifest.json's suite, binaries, host.load_*), so that a
# published figure can be traced to them and the guest's copy checked
# against the host's. Uses run.sh's $run, $bin, $here, $host, $VMLINUZ and
# its manifest() helper.
# shellcheck shell=bash disable=SC2154
# key NAME: NAME as one part of a vlab-manifest key, its dots escaped.
key() { printf '%s' "${1//./\\.}"; }

# load_now: the host's load averages (1, 5 and 15 minutes) and the time, as
# one element of host.load_before or host.load_after (one per session).
load_now() {
	local a b c rest
	read -r a b c rest </proc/loadavg
	printf '{"at": "%s", "load": [%s, %s, %s]}' "$(utc)" "$a" "$b" "$c"
}

# source_diff: the tree's difference from HEAD as one patch, untracked files
# (not ignored ones) included and binary files in full, so that `git apply`
# on a checkout of suite.commit rebuilds the tree exactly; empty when clean.
source_diff() {
	local f rc
	git -C "$VLAB_ROOT" diff HEAD --binary || return 1
	while IFS= read -r -d '' f; do
		rc=0
		git -C "$VLAB_ROOT" diff --no-index --binary /dev/null "$f" || rc=$? # 1: they differ
		[ $rc -le 1 ] || return 1
	done < <(git -C "$VLAB_ROOT" ls-files --others --exclude-standard -z)
}

# tree_id: the tree as one word, its commit and the SHA-256 of source_diff
# ("none" when clean): what a job of shards records, so that a task started
# hours later on another node can tell that the checkout moved.
tree_id() {
	local commit sum
	commit=$(git -C "$VLAB_ROOT" rev-parse HEAD) || return 1
	sum=$(source_diff | sha256sum | cut -d' ' -f1) || return 1
	[ "$sum" != "$(sha256sum </dev/null | cut -d' ' -f1)" ] || sum=none
	echo "$commit:$sum"
}

# lab_files TMP: each file a run runs or loads, one line, tab-separated: its
# name in the manifest's binaries map, the file to hash, the path to record,
# and its path in the guest (none for what runs on the host). The guest-side
# set is the one bench/guest/lib.sh's lab_hashes hashes in the guest; the
# initramfs's modules are in TMP/lib/vlab-modules. --host runs its agent on
# this kernel (bench/host-run.sh): the host's side only.
lab_files() {
	local t=$1 f g s
	row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "${4:-$2}" "${3:-}"; }
	if [ "$host" -eq 0 ]; then
		{
			printf '%s\t%s\n' /job/guest/agent.sh "$VLAB_ROOT/bench/guest/agent.sh" \
				/job/guest/lib.sh "$VLAB_ROOT/bench/guest/lib.sh" \
				/job/lab/vduse.ko "$VLAB_BUILD/kernel/vduse.ko"
			[ -d "$VLAB_BUILD/guest-bin" ] && find "$VLAB_BUILD/guest-bin" -type f | LC_ALL=C sort |
				while read -r f; do printf '%s\t%s\n' "/job/bin/${f#"$VLAB_BUILD/guest-bin/"}" "$f"; done
			find "$t/lib/vlab-modules" -type f | LC_ALL=C sort |
				while read -r f; do printf '%s\t%s\n' "${f#"$t"}" "$f"; done
			grep '^/' "$here/vm/tools.list" | while read -r f; do printf '%s\t%s\n' "$f" "$f"; done
		} | while IFS=$'\t' read -r g f; do
			s=$f
			[[ $g == /lib/vlab-modules/* ]] && s="$VLAB_BUILD/vm/initramfs.cpio.gz:$g"
			row "${g#/}" "$f" "$g" "$s"
		done
		row vm/vmlinuz "$VMLINUZ"
		row vm/initramfs.cpio.gz "$VLAB_BUILD/vm/initramfs.cpio.gz"
		row vm/tools.img "$VLAB_BUILD/vm/tools.img"
		row host/qemu-system-x86_64 "$(command -v qemu-system-x86_64)"
		for f in vm/boot.sh vm/unpack-records.sh vm/accel.sh; do row "bench/$f" "$here/$f"; done
	else
		for f in host-run.sh host-check.sh; do row "bench/$f" "$here/$f"; done
	fi
	for f in vlab-plan vlab-manifest vlab-summarize vlab-report; do row "host/$f" "$bin/$f"; done
	for f in vlab run.sh provenance.sh setup/common.sh vm/clock.sh; do row "bench/$f" "$here/$f"; done
}

# binaries_now: the lines of lab_files with each file's SHA-256 in place of
# the file: NAME SHA256 PATH GUEST_PATH, tab-separated.
binaries_now() {
	local t n f s g sum
	t=$(mktemp -d)
	if [ "$host" -eq 0 ]; then
		(cd "$t" && gzip -dc "$VLAB_BUILD/vm/initramfs.cpio.gz" | cpio -id --quiet 'lib/vlab-modules/*') &&
			[ -d "$t/lib/vlab-modules" ] ||
			{ rm -rf "$t"; vlab_die "cannot read the modules out of $VLAB_BUILD/vm/initramfs.cpio.gz"; }
	fi
	lab_files "$t" >"$t/rows"
	while IFS=$'\t' read -r n f s g; do
		sum=$(sha256sum <"$f") || { rm -rf "$t"; vlab_die "cannot hash $f ($n) for the run's record"; }
		printf '%s\t%s\t%s\t%s\n' "$n" "${sum%% *}" "$s" "$g"
	done <"$t/rows"
	rm -rf "$t"
}

# record_binaries FILE: binaries_now's lines into the manifest's binaries map.
record_binaries() {
	local n sum s g k args=()
	while IFS=$'\t' read -r n sum s g; do
		k="binaries.$(key "$n")"
		args+=("$k.path=$s" "$k.sha256=$sum")
		[ -z "$g" ] || args+=("$k.guest=$g")
	done <"$1"
	manifest "${args[@]}"
}

# check_boot DIR: boot DIR's guest hashed exactly the guest-side files the
# run records, byte for byte (bench/guest/lib.sh: lab_hashes); prints each
# difference.
check_boot() {
	local got="$1/binaries.sha256"
	[ -f "$got" ] || { echo "its guest sent no hashes of the files it ran"; return 1; }
	LC_ALL=C join -j 2 -a 1 -a 2 -e - -o 0,1.1,2.1 \
		<(awk -F'\t' '$4 != "" { print $2, $4 }' "$run/vm/binaries.tsv" | LC_ALL=C sort -k 2,2) \
		<(awk '{ print $1, $2 }' "$got" | LC_ALL=C sort -k 2,2) |
		awk '$2 != $3 { bad = 1
			if ($2 == "-") print $1 ": the guest ran it, the run does not record it"
			else if ($3 == "-") print $1 ": the run records it, the guest did not hash it"
			else print $1 ": the guest ran sha256 " $3 ", the run recorded " $2 }
			END { exit bad }'
}
