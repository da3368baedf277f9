#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Fetch, verify and unpack the lab VM's guest kernel (kernel/guest-kernel.lock)
# into $VLAB_CACHE without touching the system's apt configuration, then
# extract the upstream VDUSE sources our patch series applies to.
# Writes $VLAB_CACHE/guest-kernel.env; fast when that is already current.
set -euo pipefail
. "$(dirname "$0")/common.sh"

LOCK="$VLAB_ROOT/kernel/guest-kernel.lock"
ENV_OUT="$VLAB_CACHE/guest-kernel.env"
APT_DIR="$VLAB_CACHE/apt"
DEB_DIR="$VLAB_CACHE/debs"
lock_sha=$(sha256sum "$LOCK" | cut -d' ' -f1)

if [ -f "$ENV_OUT" ] && grep -qx "LOCK_SHA=$lock_sha" "$ENV_OUT"; then
	# shellcheck source=/dev/null # this script's own output
	. "$ENV_OUT"
	[ -f "$KSRC/.complete" ] && [ -f "$KROOT/.complete" ] && exit 0
fi

uri=$(vlab_mirror_uri)
[ -n "$uri" ] || vlab_die "no Debian mirror found in /etc/apt/sources.list{,.d/*.sources}"
suite=$(awk '$1 == "suite" { print $2 }' "$LOCK")

mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$DEB_DIR"
echo "deb $uri $suite main" >"$APT_DIR/sources.list"
APT=(-o Dir::Etc::SourceList="$APT_DIR/sources.list" -o Dir::Etc::SourceParts=/dev/null
	-o Dir::State::Lists="$APT_DIR/lists" -o Dir::Cache="$APT_DIR/cache"
	-o APT::Sandbox::User=root)
apt_updated=0
apt_update() {
	[ $apt_updated -eq 1 ] && return 0
	vlab_log "refreshing the private package list for $suite"
	apt-get -qq "${APT[@]}" update
	apt_updated=1
}
# Version of PKG the private list offers, or nothing.
candidate() { apt-cache "${APT[@]}" show "$1" 2>/dev/null | awk '/^Version:/ { print $2 }' | sort -V | tail -n 1; }

# cached_deb PKG VER: the path of PKG=VER's .deb in $DEB_DIR, or nothing.
cached_deb() {
	local f
	for f in "$DEB_DIR/${1}_${2//:/%3a}_"*.deb; do
		[ -e "$f" ] && echo "$f"
		return 0
	done
}

# Fetch PKG=VER into $DEB_DIR unless a verified copy is there; print its path.
fetch() {
	local pkg=$1 ver=$2 want=$3 deb
	deb=$(cached_deb "$pkg" "$ver")
	if [ -z "$deb" ]; then
		apt_update
		(cd "$DEB_DIR" && apt-get -qq "${APT[@]}" download "$pkg=$ver" >/dev/null)
		deb=$(cached_deb "$pkg" "$ver")
		[ -n "$deb" ] || vlab_die "apt-get download $pkg=$ver left no .deb in $DEB_DIR"
	fi
	local got
	got=$(sha256sum "$deb" | cut -d' ' -f1)
	if [ -n "$want" ] && [ "$got" != "$want" ]; then
		rm -f "$deb"
		vlab_die "$pkg $ver: sha256 $got does not match the lock ($want)"
	fi
	echo "$deb $got"
}

mapfile -t pins < <(awk '$1 ~ /^linux-/ { print $1, $2, $3 }' "$LOCK")
fallback=0
# Are all pinned versions still downloadable (or already cached)?
for p in "${pins[@]}"; do
	read -r pkg ver _ <<<"$p"
	ls "$DEB_DIR/${pkg}_${ver//:/%3a}_"*.deb >/dev/null 2>&1 && continue
	apt_update
	apt-cache "${APT[@]}" show "$pkg=$ver" >/dev/null 2>&1 || { fallback=1; break; }
done

if [ $fallback -eq 1 ]; then
	apt_update
	img=$(apt-cache "${APT[@]}" search --names-only '^linux-image-6\.12\.[0-9]+\+deb12-cloud-amd64-unsigned$' |
		awk '{ print $1 }' | sort -V | tail -n 1)
	[ -n "$img" ] || vlab_die "no linux-image-6.12.*+deb12-cloud-amd64-unsigned on $uri $suite"
	abi=${img#linux-image-}; abi=${abi%-cloud-amd64-unsigned}
	ver=$(candidate "$img")
	pins=("$img $ver -" "linux-headers-$abi-cloud-amd64 $ver -"
		"linux-headers-$abi-common $ver -" "linux-kbuild-$abi $ver -"
		"linux-source-6.12 $ver -")
	vlab_warn "**************************************************************"
	vlab_warn "pinned guest kernel left the mirror: using $img $ver instead."
	vlab_warn "Results record this; update kernel/guest-kernel.lock to pin it."
	vlab_warn "**************************************************************"
fi

img_pkg=$(printf '%s\n' "${pins[@]}" | awk '$1 ~ /^linux-image-/ { print $1 }')
krel=${img_pkg#linux-image-}; krel=${krel%-unsigned}
kver=$(printf '%s\n' "${pins[@]}" | awk '$1 ~ /^linux-image-/ { print $2 }')
KROOT="$VLAB_CACHE/kernel/$krel/root"
KSRC="$VLAB_CACHE/kernel/$krel/src"
used=()
rm -rf "$KROOT" "$KSRC"
mkdir -p "$KROOT" "$KSRC"
for p in "${pins[@]}"; do
	read -r pkg ver sha <<<"$p"
	[ "$sha" = "-" ] && sha=""
	read -r deb got < <(fetch "$pkg" "$ver" "$sha")
	used+=("$pkg $ver $got")
	[[ $pkg == linux-source-* ]] && { srcdeb=$deb; continue; }
	dpkg -x "$deb" "$KROOT"
done

# The headers package includes the -common Makefile by absolute /usr/src path.
kdir="$KROOT/usr/src/linux-headers-$krel"
sed -i "s|^include /usr/src/|include $KROOT/usr/src/|" "$kdir/Makefile"
touch "$KROOT/.complete"

# Only the upstream files we patch (and checkpatch to lint our patches).
vlab_log "extracting the upstream VDUSE sources from $(basename "$srcdeb")"
dpkg-deb --fsys-tarfile "$srcdeb" | tar -xO --wildcards './usr/src/linux-source-6.12.tar.xz' |
	tar -xJ -C "$KSRC" --strip-components=1 --wildcards \
		'linux-source-6.12/drivers/vdpa/vdpa_user/*' \
		'linux-source-6.12/include/uapi/linux/vduse.h' \
		'linux-source-6.12/scripts/checkpatch.pl' \
		'linux-source-6.12/scripts/spelling.txt' \
		'linux-source-6.12/scripts/const_structs.checkpatch'
touch "$KSRC/.complete"

{
	echo "# Written by bench/setup/guest-kernel.sh; do not edit."
	echo "LOCK_SHA=$lock_sha"
	echo "KREL=$krel"
	echo "KPKGVER='$kver'"
	echo "KFALLBACK=$fallback"
	echo "KROOT='$KROOT'"
	echo "KDIR='$kdir'"
	echo "KSRC='$KSRC'"
	echo "VMLINUZ='$KROOT/boot/vmlinuz-$krel'"
	echo "KMODDIR='$KROOT/lib/modules/$krel'"
	echo "KPACKAGES='$(printf '%s;' "${used[@]}")'"
} | vlab_atomic_write "$ENV_OUT"
vlab_log "guest kernel $krel ($kver) ready in $VLAB_CACHE"
