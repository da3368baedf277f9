// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-insnprof: turn an insnprof window (the plugin's exact counts of a
 * point's fio run, bench/vm/insnprof/insnprof.c) into guest instructions
 * per I/O by kernel symbol, and compare two such profiles.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "profile.h"

static const char *prog = "vlab-insnprof";

static void usage(void)
{
	printf("USAGE: vlab-insnprof profile --window FILE --kallsyms FILE [--kallsyms FILE]... --ios N\n"
	       "       vlab-insnprof diff [--top N] A.tsv B.tsv\n"
	       "\n"
	       "profile: sums an insnprof window's instructions per kernel symbol (user\n"
	       "space as one bucket, [user]) and divides them by the window's I/Os; prints\n"
	       "TSV: symbol, instructions per I/O, block entries per I/O, the total first.\n"
	       "Each --kallsyms is a guest's /proc/kallsyms (or a part of it: the boot's\n"
	       "kernel, the point's modules), text symbols only.\n"
	       "diff: both profiles joined by symbol, largest difference (B - A) first.\n"
	       "\n"
	       "EXAMPLES:\n"
	       "  vlab-insnprof profile --window boot-1/insnprof/window-0003.txt \\\n"
	       "      --kallsyms boot-1/insnprof/kallsyms.txt --kallsyms points/p3/insnprof/modules.txt \\\n"
	       "      --ios 10234 >p3.tsv\n"
	       "  vlab-insnprof diff --top 20 fast/points/p3/insnprof.tsv slow/points/p3/insnprof.tsv\n");
}

static FILE *open_or_die(const char *path)
{
	FILE *f = fopen(path, "r");

	if (!f) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		exit(VLAB_EXIT_FAIL);
	}
	return f;
}

static int cmd_profile(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "window", required_argument, NULL, 'w' },
		{ "kallsyms", required_argument, NULL, 'k' },
		{ "ios", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	struct ksym_table syms = { 0 };
	struct profile p;
	const char *window = NULL;
	double ios = 0;
	char *end;
	long bad = 0;
	int c, rc, n_kallsyms = 0;
	FILE *f;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case 'w':
			window = optarg;
			break;
		case 'k':
			f = open_or_die(optarg);
			rc = ksyms_add(&syms, f);
			fclose(f);
			if (rc == -EPERM) {
				fprintf(stderr, "%s: %s lists its addresses as 0: it was read without the right to see them (root, kptr_restrict < 2)\n",
					prog, optarg);
				return VLAB_EXIT_FAIL;
			}
			if (rc) {
				fprintf(stderr, "%s: %s: not a kallsyms listing (%s)\n", prog, optarg, strerror(-rc));
				return VLAB_EXIT_FAIL;
			}
			n_kallsyms++;
			break;
		case 'n':
			ios = strtod(optarg, &end);
			if (*end || !(ios > 0))
				vlab_usage_error(prog, "--ios '%s' is not a positive number of I/Os", optarg);
			break;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	if (!window || !n_kallsyms || !(ios > 0) || optind != argc)
		vlab_usage_error(prog, "profile needs --window, --kallsyms and --ios, and nothing else");
	f = open_or_die(window);
	rc = profile_from_window(&p, f, &syms, ios, &bad);
	fclose(f);
	if (rc) {
		if (rc == -EINVAL)
			fprintf(stderr, "%s: %s:%ld: not an insnprof window line\n", prog, window, bad);
		else
			fprintf(stderr, "%s: %s: %s\n", prog, window, strerror(-rc));
		return VLAB_EXIT_FAIL;
	}
	profile_write(&p, stdout);
	profile_free(&p, 0);
	ksyms_free(&syms);
	return 0;
}

static int read_profile(const char *path, struct profile *p)
{
	long bad = 0;
	FILE *f = open_or_die(path);
	int rc = profile_read(p, f, &bad);

	fclose(f);
	if (rc == -EINVAL)
		fprintf(stderr, "%s: %s:%ld: not a vlab-insnprof profile line\n", prog, path, bad);
	else if (rc)
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(-rc));
	return rc;
}

static int cmd_diff(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "top", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	struct profile a, b;
	struct diff_row *d;
	size_t n, i;
	long top = 25;
	char *end;
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c != 't')
			vlab_getopt_error(prog, c, argv);
		top = strtol(optarg, &end, 10);
		if (*end || top < 1)
			vlab_usage_error(prog, "--top '%s' is not a positive whole number", optarg);
	}
	if (argc - optind != 2)
		vlab_usage_error(prog, "diff takes two profiles, A and B");
	if (read_profile(argv[optind], &a) || read_profile(argv[optind + 1], &b))
		return VLAB_EXIT_FAIL;
	d = profile_diff(&a, &b, &n);
	if (!d) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return VLAB_EXIT_FAIL;
	}
	printf("# instructions per I/O: A %s, B %s\n", argv[optind], argv[optind + 1]);
	printf("%-44s %10s %10s %9s %8s %8s\n", "symbol", "A", "B", "B-A", "entA", "entB");
	printf("%-44s %10.1f %10.1f %+9.1f %8.2f %8.2f\n", INSNPROF_TOTAL, a.total_insns, b.total_insns,
	       b.total_insns - a.total_insns, a.total_execs, b.total_execs);
	for (i = 0; i < n && (long)i < top; i++)
		printf("%-44.44s %10.1f %10.1f %+9.1f %8.2f %8.2f\n", d[i].name, d[i].a, d[i].b,
		       d[i].b - d[i].a, d[i].a_execs, d[i].b_execs);
	free(d);
	profile_free(&a, 1);
	profile_free(&b, 1);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		usage();
		return 0;
	}
	if (argc < 2)
		vlab_usage_error(prog, "which command: profile or diff?");
	if (!strcmp(argv[1], "profile"))
		return cmd_profile(argc - 1, argv + 1);
	if (!strcmp(argv[1], "diff"))
		return cmd_diff(argc - 1, argv + 1);
	vlab_usage_error(prog, "unknown command '%s' (profile, diff)", argv[1]);
}
