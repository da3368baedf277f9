#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: bench/host-check.sh, the gate of `bench/vlab run --host`,
# accepts a host that has everything and refuses each missing piece with a
# reason that names it (root, module loading, vDPA, virtio-vdpa, VDUSE, VDUSE
# as a module, headers), all of them at once, and nothing else. The host is
# faked: /proc, /sys and /lib/modules under VLAB_HOST_ROOT, and id, uname
# and modinfo on the PATH; the real one is checked by vm.host-mode, which
# runs host mode in the lab VM.
. "$(dirname "$0")/lib.sh"
scratch_dir
fake=$SCRATCH/root bin=$SCRATCH/bin rel=6.12.0-fake
mkdir -p "$bin"
# id -u from $FAKE_UID, uname -r, and modinfo -n NAME from $FAKE_MODS
# ("name path" lines; path "(builtin)" for one built in)
# shellcheck disable=SC2016 # expanded by the fake, not here
printf '#!/bin/sh\necho "${FAKE_UID:-0}"\n' >"$bin/id"
printf '#!/bin/sh\necho %s\n' "$rel" >"$bin/uname"
cat >"$bin/modinfo" <<'EOF'
#!/bin/sh
[ "$1" = -n ] || exit 2
printf '%s\n' "$FAKE_MODS" | awk -v m="$2" '$1 == m { print $2; f = 1 } END { exit !f }'
EOF
chmod +x "$bin"/*
all_mods='vdpa /m/vdpa.ko
virtio_vdpa /m/virtio_vdpa.ko
vduse /m/vduse.ko'

# good: a fake host with every piece
good() {
	rm -rf "$fake"
	mkdir -p "$fake/proc/sys/kernel" "$fake/sys/module" "$fake/lib/modules/$rel/build"
	: >"$fake/proc/modules"
	echo 0 >"$fake/proc/sys/kernel/modules_disabled"
	: >"$fake/lib/modules/$rel/build/Makefile"
	FAKE_UID=0 FAKE_MODS=$all_mods
}
# check: host-check.sh on the fake host; $out its messages, $rc its status
check() {
	out=$(PATH="$bin:$PATH" VLAB_HOST_ROOT=$fake FAKE_UID=$FAKE_UID FAKE_MODS=$FAKE_MODS \
		"$BENCH/host-check.sh" 2>&1)
	rc=$?
}
# refused CASE REASON: refused, naming REASON as its only reason
refused() {
	check
	[ $rc -eq 1 ] || fail "$1: exit $rc, expected 1 (refused): $out"
	grep -q 'cannot run on this machine' <<<"$out" && grep -q 'run without --host' <<<"$out" ||
		fail "$1: no refusal header and advice: $out"
	[ "$(grep -c '^vlab:   - ' <<<"$out")" -eq 1 ] || fail "$1: not exactly one reason: $out"
	grep -q -- "^vlab:   - $2" <<<"$out" || fail "$1: the reason does not say '$2': $out"
}

good
check
[ $rc -eq 0 ] && [ -z "$out" ] || fail "a host with everything: exit $rc, '$out'"
# a module already loaded counts without modinfo knowing it
good
FAKE_MODS=$(grep -v '^vdpa ' <<<"$all_mods")
mkdir "$fake/sys/module/vdpa"
check
[ $rc -eq 0 ] || fail "vdpa loaded (in /sys/module) but refused: $out"

good; FAKE_UID=1000
refused "not root" "not root"
good; rm "$fake/proc/modules"
refused "no /proc/modules" "no module loading: .*without loadable modules (CONFIG_MODULES)"
good; echo 1 >"$fake/proc/sys/kernel/modules_disabled"
refused "modules_disabled" "no module loading: .*kernel.modules_disabled=1"
good; FAKE_MODS=$(grep -v '^vdpa ' <<<"$all_mods")
refused "no vdpa" "no vDPA: kernel $rel has no vDPA bus (CONFIG_VDPA)"
good; FAKE_MODS=$(grep -v '^virtio_vdpa ' <<<"$all_mods")
refused "no virtio_vdpa" "no vDPA: .*(CONFIG_VIRTIO_VDPA)"
good; FAKE_MODS=$(grep -v '^vduse ' <<<"$all_mods")
refused "no vduse" "no VDUSE: kernel $rel has no VDUSE (CONFIG_VDPA_USER)"
good; FAKE_MODS=${all_mods/vduse \/m\/vduse.ko/vduse (builtin)}
refused "vduse built in" "no VDUSE module: .*built in (CONFIG_VDPA_USER=y)"
good; rm "$fake/lib/modules/$rel/build/Makefile"
refused "no headers" "no kernel headers: nothing at /lib/modules/$rel/build"

# nothing at all: every reason, each once
rm -rf "$fake" && mkdir -p "$fake"
FAKE_UID=1000 FAKE_MODS=''
check
[ $rc -eq 1 ] || fail "an empty host: exit $rc"
for r in "not root" "no module loading" "no vDPA: .*vDPA bus" "no vDPA: .*virtio-vdpa" "no VDUSE:" "no kernel headers"; do
	[ "$(grep -c -- "^vlab:   - $r" <<<"$out")" -eq 1 ] || fail "an empty host: '$r' not said once: $out"
done
[ "$(grep -c '^vlab:   - ' <<<"$out")" -eq 6 ] || fail "an empty host: not 6 reasons: $out"
echo "PASS: host-check.sh accepts a whole host and names each missing piece"
