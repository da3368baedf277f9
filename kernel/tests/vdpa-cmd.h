/* SPDX-License-Identifier: GPL-2.0-only */
/* `vdpa dev add|del` for the driver's test programs (vdpa-cmd.c). */
#ifndef VDPA_CMD_H
#define VDPA_CMD_H

/*
 * Run "vdpa dev add name NAME mgmtdev vduse" (op "add") or "vdpa dev del
 * NAME" (op "del") and return its exit status; -errno if it cannot run,
 * -ETIMEDOUT (the child killed, though a task stuck in the kernel stays)
 * when it has not returned after wait_s seconds (0: wait for ever).
 */
int vdpa_dev(const char *op, const char *name, unsigned int wait_s);

#endif
