// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: running gnuplot. Every script draws only from CSV files
 * beside it, writes its pictures to temporary names, and the pictures are
 * published only when gnuplot succeeded, so a run folder never holds half
 * a chart or a chart older than its data.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic.h"
#include "report_gnuplot.h"

static const char *const prog = "vlab-report";

void report_gp_string(FILE *f, const char *s)
{
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputc('\'', f); /* '' is a quote inside '...' */
		fputc(*s == '\n' ? ' ' : *s, f);
	}
	fputc('\'', f);
}

static int run(const char *dir, const char *script, const char *vars)
{
	int status;
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return -errno;
	if (!pid) {
		if (chdir(dir) < 0)
			_exit(126);
		execlp("gnuplot", "gnuplot", "-e", vars, script, (char *)NULL);
		_exit(errno == ENOENT ? 127 : 126);
	}
	if (waitpid(pid, &status, 0) < 0)
		return -errno;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
		fprintf(stderr, "%s: gnuplot not found in PATH; %s/%s not drawn\n", prog, dir, script);
	else if (WIFEXITED(status))
		fprintf(stderr, "%s: gnuplot exited with status %d on %s/%s; its pictures are not drawn\n",
			prog, WEXITSTATUS(status), dir, script);
	else
		fprintf(stderr, "%s: gnuplot was killed by signal %d on %s/%s\n", prog,
			WTERMSIG(status), dir, script);
	return -ECHILD;
}

int report_gnuplot(const char *dir, const char *script, const char *vars,
		   char *const *outputs, size_t noutputs)
{
	char *all = NULL, *tmp = NULL, *final = NULL;
	long pid = (long)getpid();
	size_t i;
	int ret;

	if (asprintf(&all, "sfx = '.tmp.%ld'; %s", pid, vars ? vars : "") < 0)
		return -ENOMEM;
	ret = run(dir, script, all);
	for (i = 0; i < noutputs; i++) {
		if (asprintf(&tmp, "%s/%s.tmp.%ld", dir, outputs[i], pid) < 0 ||
		    asprintf(&final, "%s/%s", dir, outputs[i]) < 0) {
			ret = ret ? ret : -ENOMEM;
			break;
		}
		if (!ret) {
			ret = vlab_atomic_publish(tmp, final);
			if (ret)
				fprintf(stderr, "%s: publishing %s: %s\n", prog, final, strerror(-ret));
		}
		unlink(tmp); /* leftovers of a failed gnuplot; gone after publishing */
		free(tmp);
		free(final);
		tmp = final = NULL;
	}
	free(tmp);
	free(final);
	free(all);
	return ret;
}
