// SPDX-License-Identifier: GPL-2.0-only
/*
 * Atomic results files: write "name.tmp.PID" in the same directory, fsync it,
 * rename it over "name" and fsync the directory, so a reader (or a crash)
 * sees the old file or the new one, never half of one.
 */
#ifndef VLAB_ATOMIC_H
#define VLAB_ATOMIC_H

#include <stddef.h>
#include <stdio.h>

struct vlab_atomic {
	FILE *f;	/* write here between open and commit */
	char *path;	/* final name */
	char *tmp;	/* "path.tmp.PID" */
};

/* Create path's temporary file and open it for writing. */
int vlab_atomic_open(struct vlab_atomic *a, const char *path);

/*
 * Flush, fsync and rename into place. Write errors on a->f are caught here
 * (ferror), so writers need not check every fprintf. Always releases a.
 */
int vlab_atomic_commit(struct vlab_atomic *a);

/* Drop the temporary file; for error paths. Safe on a zeroed struct. */
void vlab_atomic_abort(struct vlab_atomic *a);

/* The whole dance for data already in memory. */
int vlab_atomic_write(const char *path, const char *data, size_t len);

/* fsync an existing file written by someone else (gnuplot), then rename it. */
int vlab_atomic_publish(const char *tmp, const char *path);

/* Make directory entries (creations, renames) in dir durable. */
int vlab_fsync_dir(const char *dir);

/* The same for the directory that holds path. */
int vlab_fsync_parent(const char *path);

#endif
