// SPDX-License-Identifier: GPL-2.0-only
/* Helpers shared by the unit tests (see testutil.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "readfile.h"
#include "rmtree.h"
#include "testutil.h"

int tu_failures;

char *tu_fmt(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0) {
		perror("vasprintf");
		exit(T_FAIL);
	}
	va_end(ap);
	return s;
}

char *tu_scratch(void)
{
	const char *base = getenv("TMPDIR");
	char *dir = tu_fmt("%s/vlab-test.XXXXXX", base && *base ? base : "/tmp");

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		exit(T_FAIL);
	}
	return dir;
}

void tu_scratch_done(char *dir)
{
	/* keep the evidence of a failed test for whoever investigates it */
	if (tu_failures)
		fprintf(stderr, "scratch directory kept: %s\n", dir);
	else
		vlab_rmtree(dir);
	free(dir);
}

int tu_run(char *const argv[], char **output)
{
	FILE *cap = tmpfile();
	int status;
	pid_t pid;
	long len;

	if (output)
		*output = NULL;
	if (!cap)
		return -1;
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		fclose(cap);
		return -1;
	}
	if (!pid) {
		dup2(fileno(cap), STDOUT_FILENO);
		dup2(fileno(cap), STDERR_FILENO);
		execv(argv[0], argv);
		fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0) {
		fclose(cap);
		return -1;
	}
	if (output) {
		len = ftell(cap); /* the child's writes moved the shared offset */
		*output = calloc(1, len > 0 ? len + 1 : 1);
		rewind(cap);
		if (*output && len > 0 && fread(*output, 1, len, cap) != (size_t)len)
			(*output)[0] = '\0';
	}
	fclose(cap);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

char *tu_slurp(const char *path)
{
	char *text;

	return vlab_read_all(path, &text, NULL) ? NULL : text;
}

int tu_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	int ret;

	if (!f)
		return -errno;
	fputs(text, f);
	ret = ferror(f) ? -EIO : 0;
	if (fclose(f) && !ret)
		ret = -errno;
	return ret;
}

int tu_copy(const char *from, const char *to)
{
	char *text = tu_slurp(from);
	int ret;

	if (!text)
		return -ENOENT;
	ret = tu_write(to, text);
	free(text);
	return ret;
}

int tu_have_program(const char *name)
{
	const char *path = getenv("PATH");
	char *copy, *dir, *save = NULL, *full;
	int found = 0;

	if (!path)
		return 0;
	copy = strdup(path);
	for (dir = strtok_r(copy, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
		full = tu_fmt("%s/%s", *dir ? dir : ".", name);
		found = access(full, X_OK) == 0;
		free(full);
	}
	free(copy);
	return found;
}

int tu_result(const char *test)
{
	if (tu_failures) {
		fprintf(stderr, "%s: %d check(s) failed\n", test, tu_failures);
		return T_FAIL;
	}
	printf("%s: all checks passed\n", test);
	return T_PASS;
}

int tu_run_expect(char *const argv[], int want_rc, const char *what)
{
	char *output = NULL;
	int rc = tu_run(argv, &output);

	CHECK(rc == want_rc, "%s exited %d, expected %d: %s", what, rc, want_rc, output);
	free(output);
	return rc == want_rc ? 0 : -1;
}
