// SPDX-License-Identifier: GPL-2.0-only
/*
 * Copying a folder tree (vlab-merge builds a run folder out of shards'):
 * directories, regular files (mode kept) and symbolic links; anything else
 * is refused. The caller makes the copy durable (syncfs) before it renames
 * the result into place.
 */
#ifndef VLAB_COPYTREE_H
#define VLAB_COPYTREE_H

/*
 * Copy src to dst, which must not exist. skip (may be NULL) names entries
 * left out at any depth (e.g. "out.img"), NULL-terminated. Returns 0 or
 * -errno; on error *where (malloc'd) names the path that failed.
 */
int vlab_copytree(const char *src, const char *dst, const char *const *skip, char **where);

#endif
