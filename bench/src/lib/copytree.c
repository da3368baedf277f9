// SPDX-License-Identifier: GPL-2.0-only
/*
 * Copying a folder tree (copytree.h), recursively with openat() so that
 * long paths and odd names cost nothing.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "copytree.h"

static int skipped(const char *name, const char *const *skip)
{
	for (; skip && *skip; skip++)
		if (!strcmp(name, *skip))
			return 1;
	return 0;
}

static int copy_file(int sfd, int dfd, const char *name, mode_t mode)
{
	char buf[1 << 16];
	ssize_t n, w, off;
	int in, out, ret = 0;

	in = openat(sfd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (in < 0)
		return -errno;
	out = openat(dfd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 07777);
	if (out < 0) {
		ret = -errno;
		close(in);
		return ret;
	}
	while (!ret && (n = read(in, buf, sizeof(buf))) != 0) {
		if (n < 0) {
			if (errno != EINTR)
				ret = -errno;
			continue;
		}
		for (off = 0; !ret && off < n; off += w) {
			w = write(out, buf + off, (size_t)(n - off));
			if (w < 0) {
				ret = errno == EINTR ? 0 : -errno;
				w = 0;
			}
		}
	}
	if (close(out) < 0 && !ret)
		ret = -errno;
	close(in);
	return ret;
}

static int copy_dir(int sfd, int dfd, const char *path, const char *const *skip, char **where);

static int copy_entry(int sfd, int dfd, const char *path, const char *name,
		      const char *const *skip, char **where)
{
	char target[PATH_MAX], *sub;
	struct stat st;
	ssize_t n;
	int s2, d2, ret;

	if (fstatat(sfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return -errno;
	if (S_ISREG(st.st_mode))
		return copy_file(sfd, dfd, name, st.st_mode);
	if (S_ISLNK(st.st_mode)) {
		n = readlinkat(sfd, name, target, sizeof(target) - 1);
		if (n < 0)
			return -errno;
		target[n] = '\0';
		return symlinkat(target, dfd, name) < 0 ? -errno : 0;
	}
	if (!S_ISDIR(st.st_mode))
		return -EINVAL; /* a device or a socket has no place in a run folder */
	if (mkdirat(dfd, name, st.st_mode & 07777) < 0)
		return -errno;
	s2 = openat(sfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
	d2 = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (s2 < 0 || d2 < 0) {
		ret = -errno;
	} else if (asprintf(&sub, "%s/%s", path, name) < 0) {
		ret = -ENOMEM;
	} else {
		ret = copy_dir(s2, d2, sub, skip, where);
		free(sub);
	}
	if (s2 >= 0)
		close(s2);
	if (d2 >= 0)
		close(d2);
	return ret;
}

static int copy_dir(int sfd, int dfd, const char *path, const char *const *skip, char **where)
{
	struct dirent *de;
	int fd, ret = 0;
	DIR *d;

	fd = dup(sfd);
	if (fd < 0)
		return -errno;
	d = fdopendir(fd);
	if (!d) {
		close(fd);
		return -errno;
	}
	while (!ret && (errno = 0, de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") || skipped(de->d_name, skip))
			continue;
		ret = copy_entry(sfd, dfd, path, de->d_name, skip, where);
		if (ret && !*where && asprintf(where, "%s/%s", path, de->d_name) < 0)
			*where = NULL;
	}
	if (!ret && errno)
		ret = -errno;
	closedir(d);
	return ret;
}

int vlab_copytree(const char *src, const char *dst, const char *const *skip, char **where)
{
	struct stat st;
	int sfd, dfd, ret;

	*where = NULL;
	if (stat(src, &st) < 0) {
		ret = -errno;
		goto fail;
	}
	if (!S_ISDIR(st.st_mode)) {
		ret = -ENOTDIR;
		goto fail;
	}
	if (mkdir(dst, st.st_mode & 07777) < 0) {
		ret = -errno;
		if (asprintf(where, "%s", dst) < 0)
			*where = NULL;
		return ret;
	}
	sfd = open(src, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	dfd = open(dst, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (sfd < 0 || dfd < 0)
		ret = -errno;
	else
		ret = copy_dir(sfd, dfd, src, skip, where);
	if (sfd >= 0)
		close(sfd);
	if (dfd >= 0)
		close(dfd);
	if (!ret)
		return 0;
fail:
	if (!*where && asprintf(where, "%s", src) < 0)
		*where = NULL;
	return ret;
}
