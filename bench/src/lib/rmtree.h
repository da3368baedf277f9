// SPDX-License-Identifier: GPL-2.0-only
/* Removing a directory tree: half-written plan folders and test scratch space. */
#ifndef VLAB_RMTREE_H
#define VLAB_RMTREE_H

/* rm -rf path, without following symlinks; 0 if it did not exist. */
int vlab_rmtree(const char *path);

#endif
