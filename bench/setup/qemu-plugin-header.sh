#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Fetch QEMU's plugin header for the host's QEMU into
# $VLAB_CACHE/qemu-plugin/include/qemu-plugin.h, where the insnprof plugin
# (bench/vm/insnprof) is built against it. The header is upstream QEMU
# source and never committed: it comes from Debian's source package of
# QEMU (its upstream tarball, through a private apt sources list, as
# guest-kernel.sh fetches the kernel), and both the tarball and the header
# must match bench/vm/insnprof/qemu-plugin.lock. A host QEMU release the
# lock does not name is refused by name: a plugin built against another
# release's header would be refused by QEMU at load, or worse, misread it.
# Fast when the cached header is already the host's.
set -euo pipefail
. "$(dirname "$0")/common.sh"

LOCK="$VLAB_ROOT/bench/vm/insnprof/qemu-plugin.lock"
DIR="$VLAB_CACHE/qemu-plugin"
HEADER="$DIR/include/qemu-plugin.h"

qver=$(qemu-system-x86_64 --version | sed -n '1s/^QEMU emulator version \([0-9]*\.[0-9]*\).*/\1/p')
[ -n "$qver" ] || vlab_die "cannot read the host QEMU's version from 'qemu-system-x86_64 --version'"
read -r _ api orig orig_sha header_sha < <(awk -v v="$qver" '$1 == v' "$LOCK") ||
	vlab_die "the host's QEMU is $qver, and $LOCK pins the plugin header of $(awk '/^[0-9]/ { printf "%s%s (API %s)", s, $1, $2; s = ", " }' "$LOCK") only: add a line for QEMU $qver to build insnprof"
stamp="$qver $api $header_sha"
if [ -f "$DIR/stamp" ] && [ "$(cat "$DIR/stamp")" = "$stamp" ] && [ -f "$HEADER" ]; then
	exit 0
fi

uri=$(vlab_mirror_uri)
[ -n "$uri" ] || vlab_die "no Debian mirror found in /etc/apt/sources.list{,.d/*.sources}"
# shellcheck source=/dev/null
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[ -n "$codename" ] || vlab_die "no VERSION_CODENAME in /etc/os-release: which Debian release's QEMU source to fetch?"
apt_dir="$DIR/apt" src="$DIR/src"
rm -rf "$src"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$src" "$DIR/include"
printf 'deb-src %s %s main\ndeb-src %s %s-updates main\n' "$uri" "$codename" "$uri" "$codename" >"$apt_dir/sources.list"
APT=(-o Dir::Etc::SourceList="$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
	-o Dir::State::Lists="$apt_dir/lists" -o Dir::Cache="$apt_dir/cache"
	-o APT::Sandbox::User=root)
vlab_log "fetching QEMU $qver's plugin header from Debian's qemu source package"
apt-get -qq "${APT[@]}" update
# Any source version built on the locked upstream tarball will do: the
# header is in the tarball, and the host's own version may have left the list.
ver=$(apt-cache "${APT[@]}" showsrc qemu 2>/dev/null |
	awk -v o="$orig" '/^Version:/ { v = $2 } $NF == o && v != "" { print v; v = "" }' | sort -V | tail -n 1)
[ -n "$ver" ] || vlab_die "no qemu source package on $uri $codename is built on $orig (the lock's tarball for QEMU $qver)"
(cd "$src" && apt-get -qq "${APT[@]}" source --download-only "qemu=$ver" >/dev/null)
got=$(sha256sum "$src/$orig" | cut -d' ' -f1)
[ "$got" = "$orig_sha" ] || vlab_die "$orig: sha256 $got does not match $LOCK ($orig_sha)"
tar -xJf "$src/$orig" -O --wildcards '*/include/qemu/qemu-plugin.h' >"$HEADER.tmp"
got=$(sha256sum "$HEADER.tmp" | cut -d' ' -f1)
[ "$got" = "$header_sha" ] || vlab_die "qemu-plugin.h of $orig: sha256 $got does not match $LOCK ($header_sha)"
got=$(sed -n 's/^#define QEMU_PLUGIN_VERSION \([0-9]*\)$/\1/p' "$HEADER.tmp")
[ "$got" = "$api" ] || vlab_die "qemu-plugin.h of $orig declares plugin API $got, the lock says $api"
mv "$HEADER.tmp" "$HEADER"
rm -rf "$src"
echo "$stamp" | vlab_atomic_write "$DIR/stamp"
vlab_log "QEMU $qver plugin header (API $api) ready in $DIR/include"
