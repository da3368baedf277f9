#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Description: dmesg_bad (bench/guest/lib.sh), the scan every vm test ends
# with, fails on each kind of report the debug kernel (kernel/debug.config)
# prints: KASAN, lockdep, debug objects, sleeping in atomic context, DEBUG_VM's
# BUG_ON, and passes on a clean log and on complaints from before the mark.
# The samples are the first lines of each report as 6.12 prints them.
set -u
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/guest/lib.sh
. "$here/../../bench/guest/lib.sh"

LOG=''
dmesg() { printf '%s\n' "$LOG"; }
mark='[   10.000001] vlab-mark: t1'
clean='[   10.100000] vduse: loading out-of-tree module taints kernel.
[   10.200000] virtio_blk virtio2: [vdb] 2097152 512-byte logical blocks (1.07 GB/1.00 GiB)'
bad=0

# expect RESULT NAME REPORT...: dmesg_bad on mark + clean + REPORT lines.
expect() {
	local want=$1 name=$2 got=0
	shift 2
	LOG=$(printf '%s\n' "$mark" "$clean" "$@")
	dmesg_bad t1 >/dev/null || got=1
	if [ $got -ne "$want" ]; then
		echo "FAIL: $name: dmesg_bad returned $got, expected $want"
		bad=1
	fi
}

expect 0 clean
LOG=$(printf '%s\n' '[    1.0] BUG: KASAN: before the mark' "$mark" "$clean")
dmesg_bad t1 >/dev/null || { echo "FAIL: a report before the mark counted"; bad=1; }
expect 1 kasan '[   12.1] ==================================================================' \
	'[   12.1] BUG: KASAN: slab-use-after-free in vduse_dev_read_iter+0x5c/0x3a0 [vduse]' \
	'[   12.1] Read of size 8 at addr ffff888104a3c010 by task qemu-storage-d/211'
expect 1 lockdep-circular '[   12.2] ======================================================' \
	'[   12.2] WARNING: possible circular locking dependency detected' \
	'[   12.2] 6.12.95-vlab-debug #1 Tainted: G           O'
expect 1 lockdep-irq-inversion '[   12.3] INFO: possible irq lock inversion dependency detected'
expect 1 atomic-sleep '[   12.4] BUG: sleeping function called from invalid context at kernel/locking/mutex.c:585'
# debug objects: the WARN that follows may be cut off with the log; the
# ODEBUG line itself must be enough (also "ODEBUG: Out of memory. ODEBUG
# disabled": the checks stopped, which is a failure of the run too).
expect 1 debug-objects '[   12.5] ODEBUG: free active (active state 0) object: ffff88810b2e4a28 object type: timer_list hint: vduse_vq_timer_fn+0x0/0x40 [vduse]'
# DEBUG_VM's VM_BUG_ON: the Oops line may not make it out of a dying guest.
expect 1 vm-bug-on '[   12.6] kernel BUG at mm/huge_memory.c:2967!'
expect 1 warn '[   12.7] WARNING: CPU: 1 PID: 211 at drivers/vdpa/vdpa_user/vduse_dev.c:1234 vduse_dev_release+0x1a/0x90 [vduse]'
[ $bad -eq 0 ] || exit 1
echo "PASS: dmesg_bad catches every report kind of the debug kernel"
