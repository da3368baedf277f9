// SPDX-License-Identifier: GPL-2.0-only
/*
 * Atomic results files (see atomic.h). Every results file of vduse-lab goes
 * through here so that a run folder never holds a truncated file.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic.h"

int vlab_fsync_dir(const char *dir)
{
	int fd, ret = 0;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fsync(fd) < 0)
		ret = -errno;
	close(fd);
	return ret;
}

int vlab_fsync_parent(const char *path)
{
	char *copy = strdup(path);
	int ret;

	if (!copy)
		return -ENOMEM;
	/* dirname() may modify its argument, hence the copy */
	ret = vlab_fsync_dir(dirname(copy));
	free(copy);
	return ret;
}

static void atomic_release(struct vlab_atomic *a)
{
	free(a->path);
	free(a->tmp);
	memset(a, 0, sizeof(*a));
}

int vlab_atomic_open(struct vlab_atomic *a, const char *path)
{
	int fd = -1, ret;

	memset(a, 0, sizeof(*a));
	a->path = strdup(path);
	if (!a->path || asprintf(&a->tmp, "%s.tmp.%ld", path, (long)getpid()) < 0) {
		a->tmp = NULL;
		ret = -ENOMEM;
		goto fail;
	}
	fd = open(a->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		ret = -errno;
		goto fail;
	}
	a->f = fdopen(fd, "w");
	if (!a->f) {
		ret = -errno;
		close(fd);
		unlink(a->tmp);
		goto fail;
	}
	return 0;
fail:
	atomic_release(a);
	return ret;
}

void vlab_atomic_abort(struct vlab_atomic *a)
{
	if (a->f) {
		fclose(a->f);
		unlink(a->tmp);
	}
	atomic_release(a);
}

int vlab_atomic_commit(struct vlab_atomic *a)
{
	int ret = 0;

	if (fflush(a->f) != 0)
		ret = -errno;
	else if (ferror(a->f))
		ret = -EIO; /* an earlier fprintf failed; errno is long gone */
	else if (fsync(fileno(a->f)) < 0)
		ret = -errno;
	if (fclose(a->f) != 0 && !ret)
		ret = -errno;
	a->f = NULL;
	if (ret)
		goto out;
	if (rename(a->tmp, a->path) < 0) {
		ret = -errno;
		goto out;
	}
	ret = vlab_fsync_parent(a->path);
out:
	if (ret)
		unlink(a->tmp);
	atomic_release(a);
	return ret;
}

int vlab_atomic_write(const char *path, const char *data, size_t len)
{
	struct vlab_atomic a;
	int ret;

	ret = vlab_atomic_open(&a, path);
	if (ret)
		return ret;
	if (len && fwrite(data, 1, len, a.f) != len) {
		vlab_atomic_abort(&a);
		return -EIO;
	}
	return vlab_atomic_commit(&a);
}

int vlab_atomic_publish(const char *tmp, const char *path)
{
	int fd, ret = 0;

	fd = open(tmp, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fsync(fd) < 0)
		ret = -errno;
	close(fd);
	if (ret)
		return ret;
	if (rename(tmp, path) < 0)
		return -errno;
	return vlab_fsync_parent(path);
}
