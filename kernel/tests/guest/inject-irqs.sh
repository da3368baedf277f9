# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash # busybox ash in the lab VM; dash is the nearest dialect shellcheck knows
# Description: VDUSE_VQ_INJECT_IRQS, our uAPI extension, injects several
# virtqueues in one call and refuses bad masks (kernel/tests/inject-irqs.c,
# its own two-queue backend: see there for the checks).
begin
command -v vduse-inject-irqs >/dev/null || fail "vduse-inject-irqs not in the job's bin/"
vduse-inject-irqs vduse-irqs || fail "vduse-inject-irqs failed"
finish
