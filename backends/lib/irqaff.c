// SPDX-License-Identifier: GPL-2.0-only
/* Per-vq interrupt callback placement through the VDUSE driver's sysfs (irqaff.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "irqaff.h"

#define NCPUS (BE_CPUSET_WORDS * 64)
#define MASK_WORDS (NCPUS / 32) /* 32-bit words of the text form */
#define MASK_TEXT (MASK_WORDS * 9 + 1) /* the longest text form, with its NUL */

const char *be_irq_affinity_name(enum be_irq_affinity mode)
{
	switch (mode) {
	case BE_IRQ_AFF_AWAY: return "away";
	case BE_IRQ_AFF_QUEUE_CPU: return "queue-cpu";
	case BE_IRQ_AFF_AUTO: return "auto";
	default: return "driver";
	}
}

static uint32_t word32(const struct be_cpuset *set, int i)
{
	return (uint32_t)(set->w[i / 2] >> (32 * (i % 2)));
}

int be_cpuset_parse_mask(const char *s, struct be_cpuset *set)
{
	const char *end = s + strcspn(s, "\n");
	int i = 0;

	memset(set, 0, sizeof(*set));
	if (end == s)
		return -1;
	/* From the last (least significant) word back to the first. */
	while (end > s || i == 0) {
		const char *start = end;
		uint64_t v = 0;

		while (start > s && start[-1] != ',')
			start--;
		if (end - start < 1 || end - start > 8 || i >= MASK_WORDS)
			return -1;
		for (const char *c = start; c < end; c++) {
			int d = *c >= '0' && *c <= '9' ? *c - '0' :
				*c >= 'a' && *c <= 'f' ? *c - 'a' + 10 :
				*c >= 'A' && *c <= 'F' ? *c - 'A' + 10 : -1;

			if (d < 0)
				return -1;
			v = v << 4 | (unsigned int)d;
		}
		set->w[i / 2] |= v << (32 * (i % 2));
		i++;
		if (start == s)
			break;
		end = start - 1; /* the comma */
		if (end == s)
			return -1; /* a leading comma */
	}
	return 0;
}

int be_cpuset_format_mask(const struct be_cpuset *set, char *buf, size_t len)
{
	int top = MASK_WORDS - 1, n;
	size_t off;

	while (top > 0 && !word32(set, top))
		top--;
	n = snprintf(buf, len, "%x", word32(set, top));
	if (n < 0 || (size_t)n >= len)
		return -1;
	off = n;
	for (int i = top - 1; i >= 0; i--) {
		n = snprintf(buf + off, len - off, ",%08x", word32(set, i));
		if (n < 0 || (size_t)n >= len - off)
			return -1;
		off += n;
	}
	return 0;
}

int be_cpuset_parse_list(const char *s, struct be_cpuset *set)
{
	memset(set, 0, sizeof(*set));
	while (*s && *s != '\n') {
		unsigned long lo, hi;
		char *e;

		if (*s < '0' || *s > '9')
			return -1;
		lo = hi = strtoul(s, &e, 10);
		if (*e == '-') {
			if (e[1] < '0' || e[1] > '9')
				return -1;
			hi = strtoul(e + 1, &e, 10);
		}
		if (hi < lo || hi >= NCPUS)
			return -1;
		for (unsigned long c = lo; c <= hi; c++)
			set->w[c / 64] |= 1ull << (c % 64);
		if (*e == ',')
			e++;
		else if (*e && *e != '\n')
			return -1;
		s = e;
	}
	return be_cpuset_empty(set) ? -1 : 0;
}

bool be_cpuset_empty(const struct be_cpuset *set)
{
	for (int i = 0; i < BE_CPUSET_WORDS; i++)
		if (set->w[i])
			return false;
	return true;
}

bool be_cpuset_equal(const struct be_cpuset *a, const struct be_cpuset *b)
{
	return !memcmp(a, b, sizeof(*a));
}

bool be_irqaff_target(enum be_irq_affinity mode, const struct be_cpuset *cur,
		      const struct be_cpuset *online, int cpu, struct be_cpuset *out)
{
	memset(out, 0, sizeof(*out));
	switch (mode) {
	case BE_IRQ_AFF_AWAY:
		for (int i = 0; i < BE_CPUSET_WORDS; i++)
			out->w[i] = online->w[i] & ~cur->w[i];
		return !be_cpuset_empty(out);
	case BE_IRQ_AFF_QUEUE_CPU:
		if (cpu < 0 || cpu >= NCPUS)
			return false;
		out->w[cpu / 64] = 1ull << (cpu % 64);
		return true;
	default:
		return false;
	}
}

bool be_irqaff_auto_decide(struct be_irqaff *st, unsigned int nbusy)
{
	bool want_local = nbusy >= 2;

	if (want_local == st->local) {
		st->streak = 0;
		return st->local;
	}
	if (++st->streak >= (want_local ? BE_IRQAFF_LOCAL_AFTER : BE_IRQAFF_CROSS_AFTER)) {
		st->local = want_local;
		st->streak = 0;
	}
	return st->local;
}

void be_irqaff_auto_targets(unsigned int nq, const struct be_cpuset *driver, bool local,
			    struct be_cpuset *want)
{
	for (unsigned int i = 0; i < nq; i++) {
		struct be_cpuset others = { 0 };

		want[i] = driver[i];
		if (local)
			continue;
		for (unsigned int j = 0; j < nq; j++)
			if (j != i)
				for (int k = 0; k < BE_CPUSET_WORDS; k++)
					others.w[k] |= driver[j].w[k] & ~driver[i].w[k];
		if (!be_cpuset_empty(&others))
			want[i] = others;
	}
}

/* Whole small sysfs file into buf (NUL-terminated); 0 or -errno. */
static int read_file(const char *path, char *buf, size_t len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), ret = 0;
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = read(fd, buf, len - 1);
	if (n < 0)
		ret = -errno;
	else
		buf[n] = '\0';
	close(fd);
	return ret;
}

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), ret = 0;

	if (fd < 0)
		return -errno;
	if (write(fd, text, strlen(text)) < 0)
		ret = -errno;
	close(fd);
	return ret;
}

/* A vq's placement as the driver shows it; 0 or -errno. */
static int read_mask(const char *path, struct be_cpuset *set)
{
	char text[MASK_TEXT];
	int ret = read_file(path, text, sizeof(text));

	if (!ret && be_cpuset_parse_mask(text, set))
		ret = -EINVAL;
	return ret;
}

static void vq_path(char *path, size_t len, const char *name, unsigned int vq)
{
	snprintf(path, len, "/sys/class/vduse/%s/vq%u/irq_cb_affinity", name, vq);
}

static void failed(struct be_irqaff *st, const char *name, unsigned int vq, const char *path, int err)
{
	/* Once: a kernel without the file (before 6.8) or an offline CPU
	 * refuses every attempt the same way. */
	if (!st->failed)
		fprintf(stderr,
			"vduse-blkd: %s: cannot place vq%u's interrupt callback (%s: %s); callbacks stay where the driver puts them\n",
			name, vq, path, strerror(-err));
	st->failed++;
	st->err = -err;
}

/* auto at DRIVER_OK: remember the driver's placement (or, after a reset
 * without a new probe, the one we kept); the ticks move callbacks. */
static void auto_start(const char *name, unsigned int nq, struct be_irqaff *st)
{
	char path[160];

	for (unsigned int i = 0; i < nq && i < BE_IRQAFF_MAX_VQS; i++) {
		struct be_cpuset cur;
		int ret;

		vq_path(path, sizeof(path), name, i);
		ret = read_mask(path, &cur);
		if (ret) {
			failed(st, name, i, path, ret);
			return;
		}
		if (!st->have_driver || !be_cpuset_equal(&cur, &st->written[i]))
			st->driver[i] = cur;
		st->written[i] = cur;
		st->last_reqs[i] = 0;
	}
	st->have_driver = true;
	st->streak = 0;
	st->next_ns = 0; /* the first tick places them at once */
}

bool be_irqaff_auto_tick(const char *name, unsigned int nq, const unsigned long long *reqs,
			 struct be_irqaff *st)
{
	struct be_cpuset want[BE_IRQAFF_MAX_VQS];
	char text[MASK_TEXT], path[160];
	unsigned int nbusy = 0;

	if (!st->have_driver)
		return false;
	if (nq > BE_IRQAFF_MAX_VQS)
		nq = BE_IRQAFF_MAX_VQS;
	for (unsigned int i = 0; i < nq; i++) {
		if (reqs[i] != st->last_reqs[i])
			nbusy++;
		st->last_reqs[i] = reqs[i];
	}
	be_irqaff_auto_targets(nq, st->driver, be_irqaff_auto_decide(st, nbusy), want);
	for (unsigned int i = 0; i < nq; i++) {
		int ret;

		if (be_cpuset_equal(&want[i], &st->written[i]))
			continue;
		vq_path(path, sizeof(path), name, i);
		ret = be_cpuset_format_mask(&want[i], text, sizeof(text)) ? -EINVAL
									: write_file(path, text);
		if (ret) {
			failed(st, name, i, path, ret);
			continue;
		}
		st->written[i] = want[i];
		st->applied++;
		st->moves++;
	}
	return nbusy > 0;
}

/* One vq: 1 written, 0 left as it is, -errno. */
static int apply_vq(const char *path, enum be_irq_affinity mode, const struct be_cpuset *online,
		    int cpu, struct be_cpuset *written)
{
	char text[MASK_TEXT];
	struct be_cpuset cur, want;
	int ret;

	ret = read_mask(path, &cur);
	if (ret)
		return ret;
	if (mode == BE_IRQ_AFF_AWAY && be_cpuset_equal(&cur, written))
		return 0; /* ours from before a reset: its complement is the driver's */
	if (!be_irqaff_target(mode, &cur, online, cpu, &want) || be_cpuset_equal(&cur, &want))
		return 0;
	if (be_cpuset_format_mask(&want, text, sizeof(text)))
		return -EINVAL;
	ret = write_file(path, text);
	if (ret)
		return ret;
	*written = want;
	return 1;
}

void be_irqaff_apply(const char *name, unsigned int nq, enum be_irq_affinity mode,
		     const int *cpus, struct be_irqaff *st)
{
	char text[NCPUS * 5], path[160];
	struct be_cpuset online;
	int online_err;

	if (mode == BE_IRQ_AFF_DRIVER)
		return;
	if (mode == BE_IRQ_AFF_AUTO) {
		auto_start(name, nq, st);
		return;
	}
	online_err = read_file("/sys/devices/system/cpu/online", text, sizeof(text));
	if (!online_err && be_cpuset_parse_list(text, &online))
		online_err = -EINVAL;
	for (unsigned int i = 0; i < nq && i < BE_IRQAFF_MAX_VQS; i++) {
		int ret;

		vq_path(path, sizeof(path), name, i);
		ret = online_err ? online_err
				 : apply_vq(path, mode, &online, cpus ? cpus[i] : -1, &st->written[i]);
		if (ret > 0)
			st->applied++;
		else if (ret == 0)
			st->kept++;
		else
			failed(st, name, i, path, ret);
	}
}
