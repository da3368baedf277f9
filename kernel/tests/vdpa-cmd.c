// SPDX-License-Identifier: GPL-2.0-only
/*
 * `vdpa dev add|del` from iproute2, for the test programs that attach their
 * own VDUSE devices, bounded in time: a detach that never returns is what
 * the hostile backend looks for.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "vdpa-cmd.h"

int vdpa_dev(const char *op, const char *name, unsigned int wait_s)
{
	struct timespec tick = { 0, 100000000L };
	pid_t pid = fork();
	int status;

	if (pid == 0) {
		if (!strcmp(op, "add"))
			execlp("vdpa", "vdpa", "dev", "add", "name", name, "mgmtdev", "vduse",
			       (char *)NULL);
		else
			execlp("vdpa", "vdpa", "dev", "del", name, (char *)NULL);
		_exit(127);
	}
	if (pid < 0)
		return -errno;
	for (unsigned int i = 0; !wait_s || i < wait_s * 10; i++) {
		pid_t r = waitpid(pid, &status, wait_s ? WNOHANG : 0);

		if (r == pid)
			return WIFEXITED(status) ? WEXITSTATUS(status) : -EINTR;
		if (r < 0 && errno != EINTR)
			return -errno;
		nanosleep(&tick, NULL);
	}
	kill(pid, SIGKILL);
	return -ETIMEDOUT;
}
