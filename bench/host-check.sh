#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Can `bench/vlab run --host` run here? It needs the running kernel itself to
# load VDUSE: root, module loading, the vDPA and VDUSE modules, and headers to
# build ours against. Prints every reason it cannot, and exits 1; exits 0
# when the host qualifies.
set -uo pipefail
. "$(dirname "$0")/setup/common.sh"
rel=$(uname -r)
why=()
[ "$(id -u)" -eq 0 ] || why+=("not root")
[ -e /proc/modules ] || why+=("kernel $rel was built without loadable modules")
[ "$(cat /proc/sys/kernel/modules_disabled 2>/dev/null || echo 0)" = 1 ] &&
	why+=("module loading is disabled (kernel.modules_disabled=1)")
[ -d /sys/module/vdpa ] || modinfo vdpa >/dev/null 2>&1 || why+=("kernel $rel has no vDPA bus (CONFIG_VDPA)")
[ -d /sys/module/vduse ] || modinfo vduse >/dev/null 2>&1 || why+=("kernel $rel has no VDUSE (CONFIG_VDPA_USER)")
[ -f "/lib/modules/$rel/build/Makefile" ] || why+=("no kernel headers at /lib/modules/$rel/build")
if [ ${#why[@]} -gt 0 ]; then
	vlab_log "--host cannot run on this machine:"
	for w in "${why[@]}"; do printf 'vlab:   - %s\n' "$w" >&2; done
	vlab_log "run without --host to use the lab VM."
	exit 1
fi
exit 0
