#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Build the lab VM's tools disk: the host binaries of tools.list and every
# library ldd names for them, laid out as a merged /usr tree, in an ext4 image
# (no compression, so it costs nothing at boot, unlike a big initramfs).
# The list itself goes along as /usr/share/vlab/tools.list: the guest agent
# hashes what it names (bench/guest/lib.sh: lab_hashes).
#
# usage: bench/vm/mktools.sh OUT.img
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../setup/common.sh"
[ $# -eq 1 ] || vlab_die "usage: bench/vm/mktools.sh OUT.img"
out=$1

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
lib="$stage/usr/lib/x86_64-linux-gnu"
mkdir -p "$lib" "$stage/usr/lib64" "$stage/usr/bin" "$stage/usr/sbin"

copy_libs() {
	local l
	ldd "$1" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' | while read -r l; do
		case $l in
		*/ld-linux-x86-64.so.2) cp -L "$l" "$stage/usr/lib64/" ;;
		*) [ -e "$lib/$(basename "$l")" ] || cp -L "$l" "$lib/" ;;
		esac
	done
}
while read -r bin; do
	case $bin in '' | '#'*) continue ;; esac
	[ -x "$bin" ] || vlab_die "tools.list names $bin, which is not an executable here"
	mkdir -p "$stage$(dirname "$bin")"
	cp -L "$bin" "$stage$bin"
	copy_libs "$bin"
done <"$here/tools.list"
mkdir -p "$stage/usr/share/vlab"
grep '^/' "$here/tools.list" >"$stage/usr/share/vlab/tools.list"

size_mb=$(($(du -sm "$stage" | cut -f1) * 5 / 4 + 16))
rm -f "$out.tmp"
truncate -s "${size_mb}M" "$out.tmp"
mke2fs -q -F -t ext4 -L vlab-tools -d "$stage" "$out.tmp"
mv -f "$out.tmp" "$out"
vlab_log "tools disk ${size_mb} MiB"
