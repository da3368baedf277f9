#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Can `bench/vlab run --host` run here? It needs the running kernel itself to
# load VDUSE: root, module loading, the vDPA bus, virtio-vdpa and VDUSE as a
# module (host mode loads the stock vduse.ko and ours in turn), and headers
# to build ours against (bench/host-run.sh). Prints every reason it cannot,
# and exits 1; exits 0 when the host qualifies.
# VLAB_HOST_ROOT (tests only, bench/tests/host-refusal.sh) is a folder read
# in place of / for /proc, /sys and /lib/modules.
set -uo pipefail
. "$(dirname "$0")/setup/common.sh"
root=${VLAB_HOST_ROOT:-}
rel=$(uname -r)
why=()
# has_module NAME: loaded, a module of the running kernel or built in
has_module() { [ -d "$root/sys/module/$1" ] || modinfo -n "$1" >/dev/null 2>&1; }
[ "$(id -u)" -eq 0 ] || why+=("not root: loading modules and making VDUSE devices needs root")
if [ ! -e "$root/proc/modules" ]; then
	why+=("no module loading: kernel $rel was built without loadable modules (CONFIG_MODULES)")
elif [ "$(cat "$root/proc/sys/kernel/modules_disabled" 2>/dev/null || echo 0)" = 1 ]; then
	why+=("no module loading: it is disabled until reboot (kernel.modules_disabled=1)")
fi
has_module vdpa || why+=("no vDPA: kernel $rel has no vDPA bus (CONFIG_VDPA)")
has_module virtio_vdpa || why+=("no vDPA: kernel $rel has no virtio-vdpa driver (CONFIG_VIRTIO_VDPA)")
if ! has_module vduse; then
	why+=("no VDUSE: kernel $rel has no VDUSE (CONFIG_VDPA_USER)")
elif [ "$(modinfo -n vduse 2>/dev/null)" = '(builtin)' ]; then
	why+=("no VDUSE module: kernel $rel has VDUSE built in (CONFIG_VDPA_USER=y); host mode loads the stock vduse.ko and ours in turn, which needs =m")
fi
[ -f "$root/lib/modules/$rel/build/Makefile" ] ||
	why+=("no kernel headers: nothing at /lib/modules/$rel/build to build our vduse.ko against (Debian: linux-headers-$rel)")
if [ ${#why[@]} -gt 0 ]; then
	vlab_log "--host cannot run on this machine:"
	for w in "${why[@]}"; do printf 'vlab:   - %s\n' "$w" >&2; done
	vlab_log "run without --host to use the lab VM."
	exit 1
fi
exit 0
