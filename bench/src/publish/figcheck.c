// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-figcheck: every measured figure a README quotes names the published
 * run it comes from, and must still say what that run's aggregate.csv says.
 * A figure is written with a marker right after it, on the same line:
 *
 *   0.988 [0.988, 0.989]<!-- fig 20261206T082126Z-default cols=ratio,ratio_lo,ratio_hi
 *   config=ours/qsd-null rw=randread bs=4k iodepth=1 metric=iops -->
 *
 * (one line in the file). The last N numbers before the marker are checked
 * against the N columns of the one aggregate.csv row that every k=v picks,
 * each rounded to the decimals written (scale=100 for a percentage).
 * Markers in code (fenced blocks, `spans`) are not read, and fenced blocks
 * (program output, examples) are skipped altogether. A
 * mention of results/RUN that is not a published run is an error too: a
 * superseded run has left the tree, and so must every pointer to it.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "csv.h"
#include "readfile.h"

static const char *const prog = "vlab-figcheck";
static const char *results = "results";
static int errors, figures;

static void usage(void)
{
	printf(
"Usage: vlab-figcheck [--results DIR] FILE...\n"
"Check the figures that FILEs (READMEs) quote against the published runs:\n"
"each figure is followed on its line by a marker\n"
"  <!-- fig RUN cols=C1[,C2...] [scale=S] k=v... -->\n"
"whose k=v pick one row of DIR/RUN/aggregate.csv; the last numbers before\n"
"the marker must equal columns C1... of that row (times S), rounded to the\n"
"decimals written. Every results/NAME a FILE mentions must be a run in DIR.\n"
"\n"
"Options:\n"
"  --results DIR  the published runs (default: results)\n"
"  -h, --help     show this help\n"
"\n"
"Exit status: 0 every figure matches, 1 a figure or a run is wrong, 2 bad usage.\n");
}

static void __attribute__((format(printf, 3, 4)))
bad(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	errors++;
}

/* The numbers written on the line before pos, last first: value and decimals. */
static size_t numbers_before(const char *start, const char *pos, char out[][32], size_t max)
{
	const char *p = pos, *end;
	size_t n = 0;

	while (p > start && n < max) {
		while (p > start && !isdigit((unsigned char)p[-1]))
			p--;
		end = p;
		while (p > start && (isdigit((unsigned char)p[-1]) || p[-1] == '.'))
			p--;
		if (p > start && p[-1] == '-')
			p--;
		if (end == p)
			break;
		snprintf(out[n], sizeof(out[n]), "%.*s", (int)(end - p), p);
		n++;
	}
	return n;
}

static int decimals(const char *s)
{
	const char *dot = strchr(s, '.');

	return dot ? (int)strlen(dot + 1) : 0;
}

/*
 * The last run's aggregate.csv, kept: a README quotes one run's figures in a
 * row (kernel/README.md's generated block has hundreds), and reading the
 * file again for each made the check take minutes.
 */
static struct {
	char *path;
	struct vlab_csv agg;
} last;

static void agg_drop(void)
{
	if (last.path)
		vlab_csv_free(&last.agg);
	free(last.path);
	last.path = NULL;
}

static int agg_get(const char *path, struct vlab_csv **agg)
{
	int ret;

	if (!last.path || strcmp(last.path, path)) {
		agg_drop();
		ret = vlab_csv_read(path, &last.agg);
		if (ret)
			return ret;
		last.path = strdup(path);
		if (!last.path) {
			vlab_csv_free(&last.agg);
			return -ENOMEM;
		}
	}
	*agg = &last.agg;
	return 0;
}

static int check_marker(const char *file, int line, const char *text, const char *at,
			char *marker)
{
	char *tok, *save = NULL, *run = NULL, *cols = NULL, *keys[8], *vals[8], *path = NULL;
	char written[8][32], want[32];
	struct vlab_csv *agg;
	double scale = 1;
	size_t nk = 0, nc = 0, nw, i, r, hit = 0, row = 0;
	char *colv[8];
	int ret, k;

	for (tok = strtok_r(marker, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		char *eq = strchr(tok, '=');

		if (!run) {
			run = tok;
		} else if (!eq) {
			bad(file, line, "fig marker: '%s' is not k=v", tok);
			return 0;
		} else if (!strncmp(tok, "cols=", 5)) {
			cols = eq + 1;
		} else if (!strncmp(tok, "scale=", 6)) {
			scale = strtod(eq + 1, NULL);
		} else if (nk < 8) {
			*eq = '\0';
			keys[nk] = tok;
			vals[nk++] = eq + 1;
		}
	}
	if (!run || !cols) {
		bad(file, line, "fig marker lacks its RUN or cols=");
		return 0;
	}
	for (tok = strtok_r(cols, ",", &save); tok && nc < 8; tok = strtok_r(NULL, ",", &save))
		colv[nc++] = tok;
	if (asprintf(&path, "%s/%s/aggregate.csv", results, run) < 0)
		return -ENOMEM;
	ret = agg_get(path, &agg);
	if (ret) {
		bad(file, line, "fig %s: %s: %s (is the run published?)", run, path, strerror(-ret));
		free(path);
		return 0;
	}
	for (r = 0; r < agg->nrows; r++) {
		for (i = 0; i < nk; i++) {
			k = vlab_csv_col(agg, keys[i]);
			if (k < 0 || strcmp(agg->rows[r][k], vals[i]))
				break;
		}
		if (i == nk) {
			hit++;
			row = r;
		}
	}
	nw = numbers_before(text, at, written, nc);
	if (hit != 1) {
		bad(file, line, "fig %s: the k=v pick %zu rows of aggregate.csv; they must pick one",
		    run, hit);
	} else if (nw < nc) {
		bad(file, line, "fig %s: %zu columns but only %zu numbers before the marker", run,
		    nc, nw);
	} else {
		for (i = 0; i < nc; i++) {
			const char *w = written[nc - 1 - i];

			k = vlab_csv_col(agg, colv[i]);
			if (k < 0 || !*agg->rows[row][k]) {
				bad(file, line, "fig %s: aggregate.csv has no %s there", run, colv[i]);
				continue;
			}
			snprintf(want, sizeof(want), "%.*f", decimals(w),
				 strtod(agg->rows[row][k], NULL) * scale);
			figures++;
			if (strcmp(w, want))
				bad(file, line, "fig %s: written %s, but %s is %s (%s in aggregate.csv)",
				    run, w, colv[i], want, agg->rows[row][k]);
		}
	}
	free(path);
	return 0;
}

/* results/NAME mentions: NAME must be a published run */
static void check_mentions(const char *file, int line, const char *text)
{
	const char *p = text, *s;
	char name[128], *dir;
	struct stat st;
	size_t len;

	while ((p = strstr(p, "results/"))) {
		s = p += 8;
		while (isalnum((unsigned char)*p) || *p == '-' || *p == '_' || *p == '.')
			p++;
		len = (size_t)(p - s);
		/* only run folders: a UTC stamp, then the sweep's name */
		if (len < 18 || len >= sizeof(name) || s[8] != 'T' || s[15] != 'Z')
			continue;
		snprintf(name, sizeof(name), "%.*s", (int)len, s);
		if (asprintf(&dir, "%s/%s/points.tar.xz", results, name) < 0)
			return;
		if (stat(dir, &st))
			bad(file, line, "results/%s is not a published run; point to the run that answers the question now",
			    name);
		free(dir);
	}
}

/*
 * Blank out inline code spans (`...`): a README may show the marker's
 * syntax as code, which is not a figure.
 */
static void blank_code_spans(char *line)
{
	char *open, *close;

	while ((open = strchr(line, '`')) && (close = strchr(open + 1, '`'))) {
		memset(open, ' ', (size_t)(close - open + 1));
		line = close + 1;
	}
}

static int check_file(const char *file)
{
	char *text, *line, *next, *m, *end, *marker;
	int n = 0, ret, fenced = 0;
	size_t len;

	ret = vlab_read_all(file, &text, &len);
	if (ret) {
		fprintf(stderr, "%s: %s: %s\n", prog, file, strerror(-ret));
		return ret;
	}
	for (line = text; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		n++;
		/* fenced blocks are code or program output, never quoted figures */
		if (!strncmp(line + strspn(line, " "), "```", 3))
			fenced = !fenced;
		if (fenced)
			continue;
		/* a run named as code is still a pointer to it */
		check_mentions(file, n, line);
		blank_code_spans(line);
		for (m = strstr(line, "<!-- fig "); m; m = strstr(end, "<!-- fig ")) {
			end = strstr(m, "-->");
			if (!end) {
				bad(file, n, "fig marker without '-->' on its line");
				break;
			}
			marker = strndup(m + 9, (size_t)(end - m - 9));
			if (!marker) {
				free(text);
				return -ENOMEM;
			}
			ret = check_marker(file, n, line, m, marker);
			free(marker);
			if (ret) {
				free(text);
				return ret;
			}
		}
	}
	free(text);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "results", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	int c, i;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'r':
			results = optarg;
			break;
		case 'h':
			usage();
			return 0;
		default:
			vlab_getopt_error(prog, c, argv);
		}
	}
	if (optind == argc)
		vlab_usage_error(prog, "give at least one FILE to check");
	vlab_require_dir(prog, "--results", results);
	for (i = optind; i < argc; i++)
		if (check_file(argv[i]))
			return VLAB_EXIT_FAIL;
	agg_drop();
	fprintf(stderr, "%s: %d figure%s checked, %d wrong\n", prog, figures,
		figures == 1 ? "" : "s", errors);
	return errors ? VLAB_EXIT_FAIL : 0;
}
