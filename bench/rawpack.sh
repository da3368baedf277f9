# shellcheck shell=bash
# SPDX-License-Identifier: GPL-2.0-only
# A published run's raw data in one tarball: the folder keeps what readers
# open (manifest, sweep, plan.json, summary and aggregate CSVs, REPORT.md,
# report.html, charts) and everything raw (each point's folder, the per-point
# plan copies, the consoles, the guest's record) goes into points.tar.xz,
# named with its SHA-256 in the manifest. bench/publish.sh packs;
# `bench/vlab report` unpacks for the length of a report and packs nothing.
# Sourced, never executed.

VLAB_RAW_TAR=points.tar.xz
# what a run folder holds that is raw, relative to it (absent ones skipped)
VLAB_RAW_PARTS="points plan/points plan/order vm guest observe.env"

# vlab_raw_present DIR: the raw parts DIR has, one a line.
vlab_raw_present() {
	local p
	for p in $VLAB_RAW_PARTS; do
		[ -e "$1/$p" ] && echo "$p"
	done
	return 0
}

# vlab_raw_pack DIR MANIFEST_TOOL: move DIR's raw parts into DIR/points.tar.xz
# (sorted, owner and mtime fixed, so the same data gives the same bytes),
# record its SHA-256 in DIR/manifest.json, and drop empty files left outside
# it. Files an older publish gzipped are stored raw again, so that the
# summarizer can read them back.
vlab_raw_pack() {
	local dir=$1 tool=$2 parts sum
	mapfile -t parts < <(vlab_raw_present "$dir")
	[ ${#parts[@]} -gt 0 ] || vlab_die "$dir has no raw data to pack (${VLAB_RAW_PARTS// /, })"
	(cd "$dir" && find "${parts[@]}" -type f -name '*.gz' -exec gunzip -f {} +)
	tar -C "$dir" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
		-cJf "$dir/$VLAB_RAW_TAR.tmp" "${parts[@]}"
	mv "$dir/$VLAB_RAW_TAR.tmp" "$dir/$VLAB_RAW_TAR"
	(cd "$dir" && rm -rf "${parts[@]}")
	find "$dir" -type f -empty -delete
	find "$dir" -mindepth 1 -type d -empty -delete
	sum=$(sha256sum "$dir/$VLAB_RAW_TAR" | cut -d' ' -f1)
	"$tool" --merge --out "$dir/manifest.json" raw.file="$VLAB_RAW_TAR" raw.sha256="$sum" >/dev/null
}

# vlab_raw_unpack DIR: put DIR's raw parts back from its tarball, after
# checking it against the manifest's SHA-256. Prints the raw parts DIR then
# has (VLAB_RAW_PARTS names), to be removed again.
vlab_raw_unpack() {
	local dir=$1 tool=$2 want
	want=$("$tool" --get raw.sha256 "$dir/manifest.json" 2>/dev/null) ||
		vlab_die "$dir/manifest.json names no raw.sha256 for $VLAB_RAW_TAR"
	[ "$(sha256sum "$dir/$VLAB_RAW_TAR" | cut -d' ' -f1)" = "$want" ] ||
		vlab_die "$dir/$VLAB_RAW_TAR does not match the manifest's raw.sha256: damaged or replaced"
	tar -C "$dir" -xJf "$dir/$VLAB_RAW_TAR"
	vlab_raw_present "$dir"
}
