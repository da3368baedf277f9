#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Install the host packages vduse-lab needs (README.md says why each is there).
# Idempotent and fast when everything is present: one dpkg-query call.
# --tests adds what only the tests need: a Slurm of Debian's own for the
# cluster test, which a compute node of a site's cluster must not be given
# beside the site's Slurm.
set -euo pipefail
. "$(dirname "$0")/common.sh"

PKGS=(
	qemu-system-x86 qemu-system-common qemu-utils busybox-static cpio kmod
	dwarves fio iproute2 cmake make gcc pkg-config clang llvm libbpf-dev
	bpftool libelf-dev zlib1g-dev liburing-dev libjson-c-dev gnuplot-nox
	bpftrace linux-perf systemtap-sdt-dev xz-utils e2fsprogs perl git shellcheck
	libssl-dev
	flex bison bc
)
TEST_PKGS=(slurmctld slurmd slurm-client munge)
case ${1:-} in
--tests) PKGS+=("${TEST_PKGS[@]}") ;;
'') ;;
*) vlab_die "host-deps.sh: unknown option '$1' (--tests)" ;;
esac

# dpkg-query prints nothing for a package it has never heard of, so compare
# the installed set against the list rather than trusting its output alone.
installed=" $({ dpkg-query -W -f='${db:Status-Status} ${Package}\n' "${PKGS[@]}" 2>/dev/null || true; } |
	awk '$1 == "installed" { printf "%s ", $2 }')"
missing=()
for p in "${PKGS[@]}"; do
	[[ "$installed" == *" $p "* ]] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
	# the cluster test needs root anyway, and skips without it
	printf '%s\n' "${missing[@]}" | grep -qvxF -f <(printf '%s\n' "${TEST_PKGS[@]}") ||
		{ vlab_warn "not root: the cluster test will skip (it needs: ${missing[*]})"; exit 0; }
	vlab_die "missing host packages; as root run: apt-get update && $line"
fi
vlab_log "installing host packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
