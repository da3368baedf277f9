// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-insnprof's logic (profile.h): symbolise an insnprof window with a
 * guest's kallsyms, sum it per symbol per I/O, read and diff profiles.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"

static int grow(void **v, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 64;
	void *nv;

	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	nv = realloc(*v, c * size);
	if (!nv)
		return -ENOMEM;
	*v = nv;
	*cap = c;
	return 0;
}

int ksyms_add(struct ksym_table *t, FILE *f)
{
	char line[1024], type, name[512], mod[256];
	unsigned long long addr;
	int n;

	while (fgets(line, sizeof(line), f)) {
		mod[0] = '\0';
		n = sscanf(line, "%llx %c %511s [%255[^]]]", &addr, &type, name, mod);
		if (n < 3)
			return -EINVAL;
		if (type != 't' && type != 'T')
			continue;
		if (addr == 0)
			return -EPERM; /* kallsyms read without CAP_SYSLOG: all zeros */
		if (grow((void **)&t->v, &t->cap, t->n + 1, sizeof(*t->v)))
			return -ENOMEM;
		if (mod[0]) {
			size_t len = strlen(name) + strlen(mod) + 4;

			t->v[t->n].name = malloc(len);
			if (t->v[t->n].name)
				snprintf(t->v[t->n].name, len, "%s [%s]", name, mod);
		} else {
			t->v[t->n].name = strdup(name);
		}
		if (!t->v[t->n].name)
			return -ENOMEM;
		t->v[t->n++].addr = addr;
		t->sorted = 0;
	}
	return ferror(f) ? -EIO : 0;
}

static int ksym_cmp(const void *a, const void *b)
{
	const struct ksym *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

const char *ksyms_lookup(struct ksym_table *t, uint64_t pc)
{
	size_t lo = 0, hi;

	if (pc < INSNPROF_KERNEL_START)
		return INSNPROF_USER;
	if (!t->sorted) {
		qsort(t->v, t->n, sizeof(*t->v), ksym_cmp);
		t->sorted = 1;
	}
	/* the last symbol whose address is <= pc */
	hi = t->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t->v[mid].addr <= pc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? t->v[lo - 1].name : INSNPROF_UNKNOWN;
}

void ksyms_free(struct ksym_table *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].name);
	free(t->v);
	memset(t, 0, sizeof(*t));
}

static int row_by_name(const void *a, const void *b)
{
	const struct prof_row *x = a, *y = b;

	return strcmp(x->name, y->name);
}

static int row_by_insns(const void *a, const void *b)
{
	const struct prof_row *x = a, *y = b;

	if (x->insns != y->insns)
		return x->insns < y->insns ? 1 : -1;
	return strcmp(x->name, y->name);
}

int profile_from_window(struct profile *p, FILE *w, struct ksym_table *t, double ios,
			long *bad_line)
{
	char line[256];
	unsigned long long pc, insns, execs;
	long lineno = 0;
	size_t i, j;

	memset(p, 0, sizeof(*p));
	if (!(ios > 0))
		return -EINVAL;
	while (fgets(line, sizeof(line), w)) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (sscanf(line, "%llx %llu %llu", &pc, &insns, &execs) != 3) {
			*bad_line = lineno;
			return -EINVAL;
		}
		if (grow((void **)&p->rows, &p->cap, p->n + 1, sizeof(*p->rows)))
			return -ENOMEM;
		p->rows[p->n++] = (struct prof_row){ ksyms_lookup(t, pc), (double)insns, (double)execs };
	}
	if (ferror(w))
		return -EIO;
	/* one row per symbol: sort by name, then fold equal neighbours */
	qsort(p->rows, p->n, sizeof(*p->rows), row_by_name);
	for (i = 0, j = 0; i < p->n; i++) {
		if (j && !strcmp(p->rows[j - 1].name, p->rows[i].name)) {
			p->rows[j - 1].insns += p->rows[i].insns;
			p->rows[j - 1].execs += p->rows[i].execs;
		} else {
			p->rows[j++] = p->rows[i];
		}
	}
	p->n = j;
	p->ios = ios;
	for (i = 0; i < p->n; i++) {
		p->rows[i].insns /= ios;
		p->rows[i].execs /= ios;
		p->total_insns += p->rows[i].insns;
		p->total_execs += p->rows[i].execs;
	}
	qsort(p->rows, p->n, sizeof(*p->rows), row_by_insns);
	return 0;
}

void profile_write(const struct profile *p, FILE *out)
{
	size_t i;

	fprintf(out, "# insnprof profile: guest instructions per I/O by kernel symbol (%.0f I/Os)\n",
		p->ios);
	fprintf(out, "symbol\tinsns_per_io\texecs_per_io\n");
	fprintf(out, "%s\t%.3f\t%.3f\n", INSNPROF_TOTAL, p->total_insns, p->total_execs);
	for (i = 0; i < p->n; i++)
		fprintf(out, "%s\t%.3f\t%.3f\n", p->rows[i].name, p->rows[i].insns, p->rows[i].execs);
}

int profile_read(struct profile *p, FILE *in, long *bad_line)
{
	char line[1024], *tab1, *tab2, *end;
	long lineno = 0;
	double insns, execs;

	memset(p, 0, sizeof(*p));
	while (fgets(line, sizeof(line), in)) {
		lineno++;
		if (line[0] == '#' || !strncmp(line, "symbol\t", 7))
			continue;
		line[strcspn(line, "\n")] = '\0';
		tab1 = strchr(line, '\t');
		tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
		if (!tab2)
			goto bad;
		*tab1 = '\0';
		insns = strtod(tab1 + 1, &end);
		if (end != tab2)
			goto bad;
		execs = strtod(tab2 + 1, &end);
		if (*end != '\0')
			goto bad;
		if (!strcmp(line, INSNPROF_TOTAL)) {
			p->total_insns = insns;
			p->total_execs = execs;
			continue;
		}
		if (grow((void **)&p->rows, &p->cap, p->n + 1, sizeof(*p->rows)))
			return -ENOMEM;
		p->rows[p->n].name = strdup(line);
		if (!p->rows[p->n].name)
			return -ENOMEM;
		p->rows[p->n].insns = insns;
		p->rows[p->n++].execs = execs;
	}
	return ferror(in) ? -EIO : 0;
bad:
	*bad_line = lineno;
	return -EINVAL;
}

void profile_free(struct profile *p, int names_owned)
{
	size_t i;

	if (names_owned)
		for (i = 0; i < p->n; i++)
			free((char *)p->rows[i].name);
	free(p->rows);
	memset(p, 0, sizeof(*p));
}

static int diff_by_delta(const void *a, const void *b)
{
	const struct diff_row *x = a, *y = b;
	double dx = fabs(x->b - x->a), dy = fabs(y->b - y->a);

	if (dx != dy)
		return dx < dy ? 1 : -1;
	return strcmp(x->name, y->name);
}

struct diff_row *profile_diff(const struct profile *a, const struct profile *b, size_t *n_out)
{
	struct prof_row *sa, *sb;
	struct diff_row *d;
	size_t i = 0, j = 0, n = 0;

	sa = malloc((a->n + 1) * sizeof(*sa));
	sb = malloc((b->n + 1) * sizeof(*sb));
	d = malloc((a->n + b->n + 1) * sizeof(*d));
	if (!sa || !sb || !d) {
		free(sa), free(sb), free(d);
		return NULL;
	}
	memcpy(sa, a->rows, a->n * sizeof(*sa));
	memcpy(sb, b->rows, b->n * sizeof(*sb));
	qsort(sa, a->n, sizeof(*sa), row_by_name);
	qsort(sb, b->n, sizeof(*sb), row_by_name);
	/* a merge of the two name-sorted lists */
	while (i < a->n || j < b->n) {
		int c = i == a->n ? 1 : j == b->n ? -1 : strcmp(sa[i].name, sb[j].name);
		struct diff_row r = { 0 };

		if (c <= 0) {
			r.name = sa[i].name;
			r.a = sa[i].insns;
			r.a_execs = sa[i++].execs;
		}
		if (c >= 0) {
			r.name = sb[j].name;
			r.b = sb[j].insns;
			r.b_execs = sb[j++].execs;
		}
		d[n++] = r;
	}
	free(sa);
	free(sb);
	qsort(d, n, sizeof(*d), diff_by_delta);
	*n_out = n;
	return d;
}
