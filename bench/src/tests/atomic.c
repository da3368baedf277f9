// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: atomic writes replace a file in one step and leave no
 * name.tmp.PID behind, whether they commit, abort or fail.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "testutil.h"

/* Entries in dir other than . and .. */
static int count_entries(const char *dir)
{
	struct dirent *de;
	DIR *d = opendir(dir);
	int n = 0;

	if (!d)
		return -1;
	while ((de = readdir(d)))
		n += strcmp(de->d_name, ".") && strcmp(de->d_name, "..");
	closedir(d);
	return n;
}

int main(void)
{
	char *dir = tu_scratch();
	char *path = tu_fmt("%s/result.csv", dir);
	char *missing = tu_fmt("%s/no-such-dir/result.csv", dir);
	struct vlab_atomic a;
	char *text;

	CHECK(vlab_atomic_write(path, "one\n", 4) == 0, "first write");
	CHECK(vlab_atomic_write(path, "two\n", 4) == 0, "replacing write");
	text = tu_slurp(path);
	CHECK(text && !strcmp(text, "two\n"), "content [%s]", text ? text : "(none)");
	free(text);
	CHECK(count_entries(dir) == 1, "%d entries, expected only result.csv", count_entries(dir));

	/* an aborted write leaves the old file alone and no temporary behind */
	CHECK(vlab_atomic_open(&a, path) == 0, "open");
	fputs("half a fi", a.f);
	vlab_atomic_abort(&a);
	text = tu_slurp(path);
	CHECK(text && !strcmp(text, "two\n"), "after abort [%s]", text ? text : "(none)");
	free(text);
	CHECK(count_entries(dir) == 1, "%d entries after abort", count_entries(dir));

	CHECK(vlab_atomic_write(missing, "x", 1) == -ENOENT, "write into a missing directory");

	free(missing);
	free(path);
	tu_scratch_done(dir);
	return tu_result("atomic");
}
