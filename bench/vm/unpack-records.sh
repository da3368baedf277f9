#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Unpack the records a lab VM job shipped (bench/guest/lib.sh: ship): each
# "REC NAME OFFSET_MIB BYTES SHA256" line of the control log names a tar at
# OFFSET_MIB on the output disk image. Every record is checked for size and
# sha256 before it is extracted; it lands in DEST/NAME complete or not at all.
#
# usage: bench/vm/unpack-records.sh CTL_LOG OUT_IMG DEST
# Exit status: 0 all records good, 1 usage, 93 at least one damaged record.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: unpack-records.sh CTL_LOG OUT_IMG DEST" >&2; exit 1; }
ctl=$1 img=$2 dest=$3
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
bad=0
damaged() { echo "vlab: record '$1' is damaged: $2" >&2; bad=1; }

while read -r tag name off n sum extra; do
	[ "$tag" = REC ] || continue
	if ! [[ $name =~ ^[A-Za-z0-9._/-]+$ && $name != *..* && $name != /* ]] ||
		! [[ $off =~ ^[0-9]+$ && $n =~ ^[0-9]+$ && $sum =~ ^[0-9a-f]{64}$ ]] || [ -n "$extra" ]; then
		damaged "${name:-?}" "malformed control line"
		continue
	fi
	dd if="$img" of="$tmp" bs=1M iflag=skip_bytes,count_bytes \
		skip=$((off * 1048576)) count="$n" status=none
	got_n=$(stat -c %s "$tmp")
	got=$(sha256sum "$tmp" | cut -d' ' -f1)
	[ "$got_n" = "$n" ] || { damaged "$name" "$got_n of $n bytes"; continue; }
	[ "$got" = "$sum" ] || { damaged "$name" "sha256 mismatch"; continue; }
	mkdir -p "$dest/$(dirname "$name")"
	rm -rf "${dest:?}/$name.tmp" && mkdir "$dest/$name.tmp"
	tar -xmf "$tmp" -C "$dest/$name.tmp" # -m: the guest clock may run ahead (icount)
	rm -rf "${dest:?}/$name" && mv "$dest/$name.tmp" "$dest/$name"
done <"$ctl"
[ $bad -eq 0 ] || exit 93
