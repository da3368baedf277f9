# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash # sourced by bash scripts
# Shared shell helpers for bench/vlab and its scripts: paths, logging, errors.
# Sourced, never executed.

VLAB_ROOT=${VLAB_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
VLAB_CACHE=${VLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vduse-lab}
VLAB_BUILD=${VLAB_BUILD:-$VLAB_ROOT/build}
export VLAB_ROOT VLAB_CACHE VLAB_BUILD

vlab_log() { printf 'vlab: %s\n' "$*" >&2; }
vlab_warn() { printf 'vlab: WARNING: %s\n' "$*" >&2; }
vlab_die() { printf 'vlab: error: %s\n' "$*" >&2; exit 1; }

# Write stdin to FILE atomically: a reader sees the old file or the new one.
vlab_atomic_write() {
	local f=$1 tmp
	tmp="$f.tmp.$$"
	cat >"$tmp" && sync "$tmp" && mv -f "$tmp" "$f"
}

# The lab VM's kernel flavour: lab (the pinned Debian cloud kernel) or debug
# (the same source built with KASAN, lockdep and friends, for the checks).
VLAB_KERNEL_FLAVOURS="lab debug"

# The debug kernel runs the same guest work this many times slower under TCG
# (kernel/README.md, "Debug kernel", has the measurement): boot.sh stretches
# its limits by it, kernel/CMakeLists.txt the vm tests' ctest timeouts.
# shellcheck disable=SC2034 # read by boot.sh
VLAB_DEBUG_SLOWDOWN=4

# Check VLAB_KERNEL (default lab) and print it.
vlab_kernel_flavour() {
	local f=${VLAB_KERNEL:-lab}
	case " $VLAB_KERNEL_FLAVOURS " in
	*" $f "*) echo "$f" ;;
	*) vlab_die "VLAB_KERNEL='$f' is not one of: ${VLAB_KERNEL_FLAVOURS// /, }" ;;
	esac
}

# Where this flavour's artifacts go below $VLAB_BUILD: the lab kernel's at
# the top (as always), the debug kernel's in debug/, so that they never mix.
vlab_flavour_build() {
	local f
	f=$(vlab_kernel_flavour) || exit 1
	if [ "$f" = lab ]; then echo "$VLAB_BUILD"; else echo "$VLAB_BUILD/$f"; fi
}

# The debug kernel's cache key: everything that shapes the build.
vlab_debug_kernel_key() {
	cat "$VLAB_ROOT/kernel/guest-kernel.lock" "$VLAB_ROOT/kernel/debug.config" \
		"$VLAB_ROOT/bench/setup/debug-kernel.sh" | sha256sum | cut -c1-16
}

# The guest kernel of flavour $VLAB_KERNEL (KREL, KDIR, VMLINUZ, KMODDIR ...):
# lab from bench/setup/guest-kernel.sh, debug from bench/setup/debug-kernel.sh.
vlab_kernel_env() {
	local f env
	f=$(vlab_kernel_flavour) || exit 1
	if [ "$f" = debug ]; then
		env="$VLAB_CACHE/kernel-debug/$(vlab_debug_kernel_key)/env"
		[ -f "$env" ] || vlab_die "debug kernel not built for this tree ($env missing): run bench/vlab build --kernel debug"
	else
		env="$VLAB_CACHE/guest-kernel.env"
		[ -f "$env" ] || vlab_die "guest kernel not set up ($env missing): run bench/vlab setup"
	fi
	# shellcheck disable=SC1090
	. "$env"
	# shellcheck disable=SC2034 # read by the callers (boot.sh)
	KFLAVOUR=$f
}

# vlab_mirror_uri: the Debian mirror of the system's own apt sources (the
# first that is not the security archive), so that no host name is written
# into the repository. Prints nothing when there is none.
vlab_mirror_uri() {
	local f
	{
		for f in /etc/apt/sources.list.d/*.sources; do
			[ -f "$f" ] || continue
			awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' "$f"
		done
		[ -f /etc/apt/sources.list ] &&
			awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list
		true
	} | head -n 1
}
