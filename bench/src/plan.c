// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-plan: expand a benchmark matrix into the ordered plan the guest agent
 * executes. This file is the command line and its validation; the expansion
 * and the files are in plan_write.c.
 *
 * Configurations that are compared with each other are interleaved in
 * randomised complete blocks inside one boot, so slow drift (host load,
 * caches, thermal state) hits all of them alike instead of biasing the one
 * that happened to run last.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "number.h"
#include "plan.h"
#include "rng.h"

#define MAX_POINTS 100000UL	/* a typo must not create a million folders */

static const char *const prog = "vlab-plan";

static const char *const drivers_allowed[] = { "stock", "ours", NULL };
static const char *const backends_allowed[] = { "qsd-null", "qsd-ram", NULL };
static const char *const rw_allowed[] = {
	"read", "write", "randread", "randwrite", "rw", "randrw", NULL
};

static void usage(void)
{
	printf(
"Usage: vlab-plan --out DIR [options]\n"
"Expand a benchmark matrix into the ordered plan the guest agent executes.\n"
"\n"
"For each repetition and each workload (rw x bs x iodepth x numjobs, in the\n"
"order given) one block holds every driver x backend configuration once, in\n"
"an order shuffled with the seeded RNG (randomised complete blocks), so the\n"
"configurations being compared alternate inside one boot.\n"
"\n"
"Options:\n"
"  --out DIR         plan directory to create; must not exist or be empty\n"
"  --drivers LIST    stock, ours                               [stock,ours]\n"
"  --backend LIST    qsd-null, qsd-ram                         [qsd-null]\n"
"  --rw LIST         read, write, randread, randwrite, rw, randrw [randread]\n"
"  --bs LIST         512 to 16M, multiples of 512              [4k]\n"
"  --iodepths LIST   1 to 1024                                 [1,16]\n"
"  --numjobs LIST    1 to 64                                   [1]\n"
"  --reps N          repetitions, 1 to 100                     [3]\n"
"  --runtime S       seconds measured per point, 1 to 3600     [4]\n"
"  --ramp S          seconds of warm-up per point, 0 to 600    [1]\n"
"  --size SIZE       I/O region per job, 1M to 64G             [1G]\n"
"  --seed N          shuffle seed, 0 to 4294967295             [from the clock]\n"
"  --name NAME       [a-z0-9][a-z0-9_-]{0,39}                  [default]\n"
"  -h, --help        show this help\n"
"LIST is comma-separated, each value once. Sizes are bytes with an optional\n"
"k, m or g suffix in powers of 1024. At most %lu points.\n"
"\n"
"Writes DIR/order (point ids in execution order), DIR/plan.json and, per\n"
"point, DIR/points/<id>/params.json and point.env. The seed is always\n"
"recorded in plan.json; the same seed and axes give the same order.\n"
"\n"
"Examples:\n"
"  vlab-plan --out results/run1/plan\n"
"  vlab-plan --out /tmp/plan --backend qsd-null,qsd-ram --iodepths 1,4,16,64 \\\n"
"            --reps 5 --seed 42 --name qd-sweep\n",
	       MAX_POINTS);
}

/* "stock, ours" for error messages */
static const char *join_allowed(const char *const *allowed)
{
	static char buf[256];
	size_t len = 0;

	buf[0] = '\0';
	for (; *allowed; allowed++)
		len += snprintf(buf + len, sizeof(buf) - len, "%s%s", len ? ", " : "", *allowed);
	return buf;
}

/*
 * Every complaint names the option and the offending value; for a list the
 * whole argument is shown too, so the user sees which item is meant.
 */
static void __attribute__((noreturn, format(printf, 4, 5)))
bad_item(const char *opt, const char *arg, const char *item, const char *fmt, ...)
{
	char *why = NULL;
	va_list ap;

	va_start(ap, fmt);
	if (vasprintf(&why, fmt, ap) < 0)
		why = NULL;
	va_end(ap);
	if (!strcmp(arg, item))
		vlab_usage_error(prog, "%s: '%s' %s", opt, item, why ? why : "is not valid");
	vlab_usage_error(prog, "%s '%s': '%s' %s", opt, arg, item, why ? why : "is not valid");
}

static void split_list(const char *opt, const char *arg, const char *example,
		       struct vlab_strlist *out)
{
	int ret = vlab_strlist_split(arg, out);

	if (ret == -ENOMEM) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(VLAB_EXIT_FAIL);
	}
	if (ret)
		vlab_usage_error(prog, "%s '%s': empty list or empty item; give comma-separated values such as '%s'",
				 opt, arg, example);
}

static void reject_duplicate(const char *opt, const char *arg, const char *later,
			     const char *earlier)
{
	if (!strcmp(later, earlier))
		vlab_usage_error(prog, "%s '%s': '%s' is listed twice; list each value once",
				 opt, arg, later);
	vlab_usage_error(prog, "%s '%s': '%s' is the same value as '%s'; list each value once",
			 opt, arg, later, earlier);
}

static void parse_names(const char *opt, const char *arg, const char *const *allowed,
			const char *what, struct vlab_strlist *out)
{
	const char *const *a;
	char example[64];
	long dup;
	size_t i;

	snprintf(example, sizeof(example), "%s,%s", allowed[0], allowed[1]);
	split_list(opt, arg, example, out);
	for (i = 0; i < out->n; i++) {
		for (a = allowed; *a && strcmp(*a, out->v[i]); a++)
			;
		if (!*a)
			bad_item(opt, arg, out->v[i], "is not a %s; allowed: %s", what,
				 join_allowed(allowed));
	}
	dup = vlab_strlist_first_dup(out);
	if (dup >= 0)
		reject_duplicate(opt, arg, out->v[dup], out->v[dup]);
}

static unsigned parse_count(const char *opt, const char *arg, const char *item,
			    unsigned lo, unsigned hi)
{
	uint64_t v;

	if (vlab_parse_u64(item, &v) || v < lo || v > hi)
		bad_item(opt, arg, item, "is not a whole number from %u to %u", lo, hi);
	return (unsigned)v;
}

static void parse_counts(const char *opt, const char *arg, unsigned lo, unsigned hi,
			 unsigned **out, size_t *n)
{
	struct vlab_strlist l;
	size_t i, j;

	split_list(opt, arg, "1,16", &l);
	*out = calloc(l.n, sizeof(**out));
	if (!*out) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(VLAB_EXIT_FAIL);
	}
	for (i = 0; i < l.n; i++) {
		(*out)[i] = parse_count(opt, arg, l.v[i], lo, hi);
		for (j = 0; j < i; j++)
			if ((*out)[j] == (*out)[i])
				reject_duplicate(opt, arg, l.v[i], l.v[j]);
	}
	*n = l.n;
	vlab_strlist_free(&l);
}

/* sizes in bytes; lo and hi are also given as text for the message */
static uint64_t parse_size(const char *opt, const char *arg, const char *item,
			   uint64_t lo, uint64_t hi, const char *range)
{
	uint64_t v;
	int ret = vlab_parse_size(item, &v);

	if (ret == -EINVAL)
		bad_item(opt, arg, item, "is not a size; use digits with an optional k, m or g suffix (powers of 1024), e.g. 4k");
	if (ret || v < lo || v > hi)
		bad_item(opt, arg, item, "is out of range; allowed: %s", range);
	return v;
}

static void parse_block_sizes(const char *arg, struct plan_axes *ax)
{
	const char *range = "512 to 16M in multiples of 512";
	size_t i, j;

	split_list("--bs", arg, "4k,64k", &ax->bss);
	ax->bs_bytes = calloc(ax->bss.n, sizeof(*ax->bs_bytes));
	if (!ax->bs_bytes) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(VLAB_EXIT_FAIL);
	}
	for (i = 0; i < ax->bss.n; i++) {
		ax->bs_bytes[i] = parse_size("--bs", arg, ax->bss.v[i], 512, 16 << 20, range);
		if (ax->bs_bytes[i] % 512)
			bad_item("--bs", arg, ax->bss.v[i], "is not a multiple of 512 bytes; allowed: %s",
				 range);
		/* "4k" and "4096" are the same point under two ids */
		for (j = 0; j < i; j++)
			if (ax->bs_bytes[j] == ax->bs_bytes[i])
				reject_duplicate("--bs", arg, ax->bss.v[i], ax->bss.v[j]);
	}
}

static void check_name(const char *name)
{
	size_t i, len = strlen(name);
	int ok = len >= 1 && len <= 40;

	for (i = 0; ok && i < len; i++) {
		char c = name[i];

		ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		     (i > 0 && (c == '_' || c == '-'));
	}
	if (!ok)
		vlab_usage_error(prog, "--name: '%s' is not allowed; use 1 to 40 characters of a-z, 0-9, '_' and '-', not starting with '_' or '-'",
				 name);
}

/* A plan is written only into a fresh place, never over an earlier one. */
static void check_out_dir(const char *out)
{
	struct dirent *de;
	struct stat st;
	DIR *d;

	if (stat(out, &st) < 0) {
		if (errno == ENOENT)
			return;
		fprintf(stderr, "%s: --out '%s': %s\n", prog, out, strerror(errno));
		exit(VLAB_EXIT_FAIL);
	}
	if (!S_ISDIR(st.st_mode))
		vlab_usage_error(prog, "--out '%s': exists and is not a directory", out);
	d = opendir(out);
	if (!d) {
		fprintf(stderr, "%s: --out '%s': %s\n", prog, out, strerror(errno));
		exit(VLAB_EXIT_FAIL);
	}
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			break;
	closedir(d);
	if (de)
		vlab_usage_error(prog, "--out '%s': directory exists and is not empty; give a new or empty directory",
				 out);
}

static void free_axes(struct plan_axes *ax)
{
	vlab_strlist_free(&ax->drivers);
	vlab_strlist_free(&ax->backends);
	vlab_strlist_free(&ax->rws);
	vlab_strlist_free(&ax->bss);
	free(ax->bs_bytes);
	free(ax->iodepths);
	free(ax->numjobs);
}

static uint32_t clock_seed(void)
{
	struct timespec ts;
	uint64_t x;

	clock_gettime(CLOCK_REALTIME, &ts);
	x = (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
	x ^= (uint64_t)getpid() << 40; /* two plans in the same nanosecond still differ */
	return (uint32_t)vlab_splitmix64(&x);
}

int main(int argc, char **argv)
{
	enum { OPT_OUT = 256, OPT_DRIVERS, OPT_BACKEND, OPT_RW, OPT_BS, OPT_IODEPTHS,
	       OPT_NUMJOBS, OPT_REPS, OPT_RUNTIME, OPT_RAMP, OPT_SIZE, OPT_SEED, OPT_NAME };
	static const struct option longopts[] = {
		{ "out", required_argument, NULL, OPT_OUT },
		{ "drivers", required_argument, NULL, OPT_DRIVERS },
		{ "backend", required_argument, NULL, OPT_BACKEND },
		{ "rw", required_argument, NULL, OPT_RW },
		{ "bs", required_argument, NULL, OPT_BS },
		{ "iodepths", required_argument, NULL, OPT_IODEPTHS },
		{ "numjobs", required_argument, NULL, OPT_NUMJOBS },
		{ "reps", required_argument, NULL, OPT_REPS },
		{ "runtime", required_argument, NULL, OPT_RUNTIME },
		{ "ramp", required_argument, NULL, OPT_RAMP },
		{ "size", required_argument, NULL, OPT_SIZE },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "name", required_argument, NULL, OPT_NAME },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	const char *drivers = "stock,ours", *backends = "qsd-null", *rws = "randread";
	const char *bss = "4k", *iodepths = "1,16", *numjobs = "1", *reps = "3";
	const char *runtime = "4", *ramp = "1", *seed = NULL;
	struct plan_axes ax = { .name = "default", .size = "1G" };
	unsigned long npoints;
	uint64_t matrix;
	size_t i, len;
	char *out = NULL;
	int c, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_OUT: out = optarg; break;
		case OPT_DRIVERS: drivers = optarg; break;
		case OPT_BACKEND: backends = optarg; break;
		case OPT_RW: rws = optarg; break;
		case OPT_BS: bss = optarg; break;
		case OPT_IODEPTHS: iodepths = optarg; break;
		case OPT_NUMJOBS: numjobs = optarg; break;
		case OPT_REPS: reps = optarg; break;
		case OPT_RUNTIME: runtime = optarg; break;
		case OPT_RAMP: ramp = optarg; break;
		case OPT_SIZE: ax.size = optarg; break;
		case OPT_SEED: seed = optarg; break;
		case OPT_NAME: ax.name = optarg; break;
		case 'h':
			usage();
			return 0;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	if (optind < argc)
		vlab_usage_error(prog, "unexpected argument '%s'", argv[optind]);
	if (!out || !*out)
		vlab_usage_error(prog, "--out DIR is required");

	/* defaults go through the same checks as user values */
	parse_names("--drivers", drivers, drivers_allowed, "driver", &ax.drivers);
	parse_names("--backend", backends, backends_allowed, "backend", &ax.backends);
	parse_names("--rw", rws, rw_allowed, "fio rw mode", &ax.rws);
	parse_block_sizes(bss, &ax);
	parse_counts("--iodepths", iodepths, 1, 1024, &ax.iodepths, &ax.n_iodepths);
	parse_counts("--numjobs", numjobs, 1, 64, &ax.numjobs, &ax.n_numjobs);
	ax.reps = parse_count("--reps", reps, reps, 1, 100);
	ax.runtime_s = parse_count("--runtime", runtime, runtime, 1, 3600);
	ax.ramp_s = parse_count("--ramp", ramp, ramp, 0, 600);
	ax.size_bytes = parse_size("--size", ax.size, ax.size, 1 << 20, 64ULL << 30, "1M to 64G");
	ax.seed = seed ? parse_count("--seed", seed, seed, 0, UINT32_MAX) : clock_seed();
	check_name(ax.name);
	for (i = 0; i < ax.bss.n; i++)
		if (ax.bs_bytes[i] > ax.size_bytes)
			vlab_usage_error(prog, "--size '%s' is smaller than --bs '%s'; each job needs room for one block",
					 ax.size, ax.bss.v[i]);
	matrix = (uint64_t)ax.reps * ax.drivers.n * ax.backends.n * ax.rws.n * ax.bss.n *
		 ax.n_iodepths * ax.n_numjobs;
	if (matrix > MAX_POINTS)
		vlab_usage_error(prog, "the matrix expands to %llu points; at most %lu are allowed",
				 (unsigned long long)matrix, MAX_POINTS);

	/* "DIR/" must become "DIR", or the temporary name would land inside it */
	len = strlen(out);
	while (len > 1 && out[len - 1] == '/')
		out[--len] = '\0';
	check_out_dir(out);

	ret = plan_write(&ax, out, &npoints);
	if (ret)
		fprintf(stderr, "%s: writing the plan to '%s' failed: %s\n", prog, out, strerror(-ret));
	else
		fprintf(stderr, "%s: %lu points in %lu blocks of %zu, seed %u, written to %s\n",
			prog, npoints, npoints / (ax.drivers.n * ax.backends.n),
			ax.drivers.n * ax.backends.n, ax.seed, out);
	free_axes(&ax);
	return ret ? VLAB_EXIT_FAIL : 0;
}
