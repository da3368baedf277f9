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

# The guest kernel chosen by bench/setup/guest-kernel.sh (KREL, KDIR, ...).
vlab_kernel_env() {
	local env="$VLAB_CACHE/guest-kernel.env"
	[ -f "$env" ] || vlab_die "guest kernel not set up ($env missing): run bench/vlab setup"
	# shellcheck disable=SC1090
	. "$env"
}
