// SPDX-License-Identifier: GPL-2.0-only
/* Removing a directory tree (see rmtree.h). */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <ftw.h>
#include <stdio.h>

#include "rmtree.h"

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	return remove(path) < 0 ? -errno : 0;
}

int vlab_rmtree(const char *path)
{
	int ret;

	/* FTW_DEPTH: children before their directory; FTW_PHYS: never follow links */
	ret = nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	if (ret == -1)
		return errno == ENOENT ? 0 : -errno;
	return ret;
}
