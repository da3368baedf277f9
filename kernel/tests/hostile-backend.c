// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: vduse-hostile, a backend that plays the daemon against the
 * VDUSE driver. It creates a one-queue virtio-blk device through the raw
 * uAPI and, for --seconds, runs cycles of: `vdpa dev add` with the control
 * messages answered as a seeded policy says (hostile-msg.c); while the
 * guest does I/O, abuse rounds chosen by the seed (hostile-rounds.c) with
 * calm service between them (hostile-ring.c); with --quiesce, a used-ring
 * fault that breaks the guest's virtqueue once the guest has nothing in
 * flight; `vdpa dev del`; and when the driver marked the device broken (an
 * unanswered message), VDUSE_DESTROY_DEV and a new device. Same seed, same
 * choices (the guest's timing still varies). It logs one line per round.
 *
 * The kernel is judged outside (the fault suite's hostile case: dmesg,
 * removal, rmmod); this program fails only on what it can see itself:
 * exit 0 when every `vdpa` command and the destroy returned, 2 when one
 * did not return in time (a hang: the device is left as it is), 1 on a
 * setup error, 4 when there is no /dev/vduse/control.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <linux/virtio_blk.h>
#include <linux/virtio_config.h>
#include <linux/virtio_ids.h>

#include "hostile.h"
#include "vdpa-cmd.h"

#define VDPA_WAIT_S 60	/* beyond any msg_timeout we set: longer is a hang */

static uint64_t rnd_state = 1;
static double t0;
static unsigned int cycle, cycles;

uint64_t rnd_r(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 0x2545F4914F6CDD1DULL;
}

uint64_t rnd(void)
{
	return rnd_r(&rnd_state);
}

uint32_t rnd_below(uint32_t n)
{
	return n ? (uint32_t)(rnd() % n) : 0;
}

void rnd_seed(uint64_t seed)
{
	rnd_state = seed * 0x9E3779B97F4A7C15ULL + 1; /* never 0 */
}

double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

void sleep_ms(unsigned int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

void hlog(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	printf("hostile: %7.1f s cycle %u ", now_s() - t0, cycle);
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
}

/* "a,b,c" of NAMES (n of them, by name()) as a bit mask; 0 on a bad name. */
static unsigned int parse_set(const char *opt, const char *list, int n, const char *(*name)(int))
{
	char *copy = strdup(list), *save = NULL;
	unsigned int mask = 0;

	for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		int i;

		for (i = 0; i < n && strcmp(w, name(i)); i++)
			;
		if (i == n) {
			fprintf(stderr, "vduse-hostile: %s: '%s' is not one of:", opt, w);
			for (i = 0; i < n; i++)
				fprintf(stderr, " %s", name(i));
			fputc('\n', stderr);
			free(copy);
			return 0;
		}
		mask |= 1U << i;
	}
	free(copy);
	return mask;
}

static int pick(unsigned int mask)
{
	int n = __builtin_popcount(mask), k = (int)rnd_below(n);

	for (int i = 0; i < 32; i++)
		if ((mask & (1U << i)) && k-- == 0)
			return i;
	return -1;
}

/* `vdpa dev add|del`, bounded: -ETIMEDOUT (logged) if it does not return. */
static int vdpa(const char *op, const char *name)
{
	int ret = vdpa_dev(op, name, VDPA_WAIT_S);

	if (ret == -ETIMEDOUT)
		hlog("HANG: vdpa dev %s %s did not return in %d s", op, name, VDPA_WAIT_S);
	return ret;
}

static int create_dev(struct hostile *h)
{
	size_t size = sizeof(struct vduse_dev_config) + sizeof(struct virtio_blk_config);
	struct vduse_dev_config *cfg = calloc(1, size);
	struct vduse_vq_config vq = { .index = 0, .max_size = HOSTILE_QSIZE };
	char path[300];
	FILE *f;
	int ret = 0;

	if (!cfg)
		return -ENOMEM;
	snprintf(cfg->name, sizeof(cfg->name), "%s", h->name);
	cfg->device_id = VIRTIO_ID_BLOCK;
	cfg->features = 1ULL << VIRTIO_F_VERSION_1 | 1ULL << VIRTIO_F_ACCESS_PLATFORM;
	cfg->vq_num = 1;
	cfg->vq_align = 4096;
	cfg->config_size = sizeof(struct virtio_blk_config);
	((struct virtio_blk_config *)cfg->config)->capacity = HOSTILE_SECTORS;
	if (ioctl(h->ctl, VDUSE_CREATE_DEV, cfg))
		ret = -errno;
	free(cfg);
	if (ret) {
		fprintf(stderr, "vduse-hostile: VDUSE_CREATE_DEV %s: %s\n", h->name, strerror(-ret));
		return ret;
	}
	snprintf(path, sizeof(path), "/dev/vduse/%s", h->name);
	for (int i = 0; i < 100 && h->devfd < 0; i++) {
		h->devfd = open(path, O_RDWR | O_CLOEXEC);
		if (h->devfd < 0)
			sleep_ms(50);
	}
	if (h->devfd < 0 || ioctl(h->devfd, VDUSE_VQ_SETUP, &vq)) {
		ret = -errno;
		fprintf(stderr, "vduse-hostile: %s: %s\n", path, strerror(errno));
		return ret;
	}
	/* low, so that an unanswered message costs seconds, not 30 */
	snprintf(path, sizeof(path), "/sys/class/vduse/%s/msg_timeout", h->name);
	f = fopen(path, "w");
	if (!f || fprintf(f, "%u\n", h->msg_timeout) < 0 || fclose(f)) {
		fprintf(stderr, "vduse-hostile: cannot set %s\n", path);
		return -EIO;
	}
	knobs_randomize(h, false);
	atomic_store(&h->broken, false);
	return msg_start(h);
}

static int destroy_dev(struct hostile *h)
{
	char name[VDUSE_NAME_MAX] = { 0 };
	int ret = 0;

	msg_stop(h);
	ring_stop(h);
	if (h->devfd >= 0)
		close(h->devfd);
	h->devfd = -1;
	snprintf(name, sizeof(name), "%s", h->name);
	for (int i = 0; i < 50; i++) { /* the fd's release may lag (EBUSY) */
		ret = ioctl(h->ctl, VDUSE_DESTROY_DEV, name) ? -errno : 0;
		if (ret != -EBUSY)
			break;
		sleep_ms(100);
	}
	if (ret)
		hlog("VDUSE_DESTROY_DEV: %s", strerror(-ret));
	return ret;
}

/* Tell the guest's I/O loop to stop between requests and wait for it:
 * "FILE" asks, "FILE.ack" answers. */
static bool quiesce(struct hostile *h)
{
	char ack[512];
	int fd;

	snprintf(ack, sizeof(ack), "%s.ack", h->quiet);
	unlink(ack);
	fd = open(h->quiet, O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
	if (fd < 0)
		return false;
	close(fd);
	for (int i = 0; i < 300; i++) {
		if (!access(ack, F_OK))
			return true;
		sleep_ms(100);
	}
	unlink(h->quiet);
	hlog("break: the guest's I/O did not stop within 30 s; no break");
	return false;
}

struct plan {
	double seconds, cycle_seconds;
	unsigned int rounds, policies, breaks;
	bool under_io;	/* --break-under-io: breaks with requests in flight */
};

/* The I/O phase of a cycle: abuse rounds with calm between them, then
 * maybe a break of the virtqueue. */
static void io_phase(struct hostile *h, const struct plan *p, double end)
{
	while (now_s() < end && !atomic_load(&h->broken)) {
		int r = pick(p->rounds);

		if (r > 0) /* "calm" is round 0: nothing to run */
			round_run(h, r);
		sleep_ms(200 + rnd_below(1300));
	}
	if ((h->quiet || p->under_io) && p->breaks && rnd_below(3) && (p->under_io || quiesce(h))) {
		int k = pick(p->breaks);
		int ret = ring_break(h, (enum ring_break)k, !p->under_io);

		hlog("break %s: %s", ring_break_name(k), ret ? strerror(-ret) : "sent");
		sleep_ms(500);
		if (h->quiet)
			unlink(h->quiet);
		sleep_ms(1000 + rnd_below(2000)); /* the guest's I/O now fails */
	}
}

static int run(struct hostile *h, const struct plan *p)
{
	double end = now_s() + p->seconds;
	int ret;

	rounds_pre_ok(h);
	for (cycle = 1; now_s() < end; cycle++) {
		int pol = pick(p->policies);
		double cend;

		cycles = cycle;
		atomic_store(&h->policy, pol);
		atomic_store(&h->no_reply_in, (int)rnd_below(5));
		hlog("attach, messages %s", msg_policy_name(pol));
		ret = vdpa("add", h->name);
		if (ret == -ETIMEDOUT)
			return 2;
		for (int i = 0; i < 100 && !atomic_load(&h->driver_ok) && !atomic_load(&h->broken); i++)
			sleep_ms(100);
		cend = now_s() + p->cycle_seconds * (0.5 + rnd_below(100) / 100.0);
		if (atomic_load(&h->driver_ok))
			io_phase(h, p, cend < end ? cend : end);
		else
			hlog("no DRIVER_OK (vdpa dev add: %d, broken: %d)", ret, atomic_load(&h->broken));
		if (vdpa("del", h->name) == -ETIMEDOUT)
			return 2;
		ring_stop(h); /* a reset left unanswered never stopped it */
		atomic_store(&h->driver_ok, false);
		hlog("detached: served %lu injects %lu messages %u stray-reply-surprises %u early-injections refused %u taken %u",
		     atomic_load(&h->served), atomic_load(&h->injects), atomic_load(&h->msgs),
		     atomic_load(&h->replies_bad), atomic_load(&h->early_refused),
		     atomic_load(&h->early_taken));
		if (atomic_load(&h->broken) || rnd_below(8) == 0) {
			hlog("destroy and create the device (broken: %d)", atomic_load(&h->broken));
			if (destroy_dev(h) || create_dev(h))
				return 1;
		}
	}
	cycle = 0;
	rounds_release_held(h);
	return destroy_dev(h) ? 1 : 0;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: vduse-hostile [--seed N] [--seconds S] [--name NAME] [--quiesce FILE]\n"
		"                     [--msg-timeout S] [--cycle-seconds S] [--rounds LIST]\n"
		"                     [--messages LIST] [--breaks LIST|none] [--break-under-io]\n"
		"       vduse-hostile --destroy [--name NAME]   (after a backend's death)\n"
		"Plays a misbehaving VDUSE virtio-blk daemon against the driver for S seconds\n"
		"(default 60) in attach/detach cycles of about --cycle-seconds (default 10).\n"
		"LISTs are comma lists that narrow the seeded choice (to reproduce a finding):\n");
	fprintf(f, "  --rounds:");
	for (int i = 0; i < rounds_count(); i++)
		fprintf(f, " %s", round_name(i));
	fprintf(f, "\n  --messages:");
	for (int i = 0; i < MSG_POLICIES; i++)
		fprintf(f, " %s", msg_policy_name(i));
	fprintf(f, "\n  --breaks:");
	for (int i = 0; i < BREAKS; i++)
		fprintf(f, " %s", ring_break_name(i));
	fprintf(f, "\n--quiesce FILE: the used-ring breaks need a guest I/O loop that stops\n"
		   "between requests while FILE exists and then creates FILE.ack; without it\n"
		   "no break is sent. --break-under-io sends them while a request is in\n"
		   "flight instead: it then never completes in the guest (6.12 virtio-blk),\n"
		   "and `vdpa dev del` hangs: that finding's reproducer.\n"
		   "EXAMPLES:\n  vduse-hostile --seed 7 --seconds 60 --quiesce /tmp/hostile.quiet\n"
		   "  vduse-hostile --seed 7 --rounds iotlb-fd --messages ok --breaks none\n");
}

static int parse_num(const char *opt, const char *s, double lo, double hi, double *v)
{
	char *end;

	errno = 0;
	*v = strtod(s, &end);
	if (errno || end == s || *end || *v < lo || *v > hi) {
		fprintf(stderr, "vduse-hostile: %s: '%s' is not a number from %g to %g\n", opt, s,
			lo, hi);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "seed", required_argument, NULL, 's' },
		{ "seconds", required_argument, NULL, 't' },
		{ "name", required_argument, NULL, 'n' },
		{ "quiesce", required_argument, NULL, 'q' },
		{ "msg-timeout", required_argument, NULL, 'm' },
		{ "cycle-seconds", required_argument, NULL, 'c' },
		{ "rounds", required_argument, NULL, 'r' },
		{ "messages", required_argument, NULL, 'M' },
		{ "breaks", required_argument, NULL, 'b' },
		{ "destroy", no_argument, NULL, 'd' },
		{ "break-under-io", no_argument, NULL, 'u' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct hostile h = { .name = "hostile0", .ctl = -1, .devfd = -1, .kickfd = -1,
			     .msg_timeout = 2 };
	struct plan p = { .seconds = 60, .cycle_seconds = 10, .rounds = (1U << rounds_count()) - 1,
			  .policies = (1U << MSG_POLICIES) - 1, .breaks = (1U << BREAKS) - 1 };
	uint64_t ver = VDUSE_API_VERSION;
	double seed = 1, v;
	bool destroy_only = false;
	int c, ret;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 's':
			if (parse_num("--seed", optarg, 0, 4294967295.0, &seed))
				return 1;
			break;
		case 't':
			if (parse_num("--seconds", optarg, 1, 86400, &p.seconds))
				return 1;
			break;
		case 'c':
			if (parse_num("--cycle-seconds", optarg, 1, 3600, &p.cycle_seconds))
				return 1;
			break;
		case 'm':
			if (parse_num("--msg-timeout", optarg, 1, 30, &v))
				return 1;
			h.msg_timeout = (uint32_t)v;
			break;
		case 'n':
			if (!*optarg || strlen(optarg) >= VDUSE_NAME_MAX || strchr(optarg, '/')) {
				fprintf(stderr, "vduse-hostile: --name: '%s' is not a device name (1 to %d characters, no '/')\n",
					optarg, VDUSE_NAME_MAX - 1);
				return 1;
			}
			h.name = optarg;
			break;
		case 'q':
			h.quiet = optarg;
			break;
		case 'r':
			if (!(p.rounds = parse_set("--rounds", optarg, rounds_count(), round_name)))
				return 1;
			break;
		case 'M':
			if (!(p.policies = parse_set("--messages", optarg, MSG_POLICIES,
						     msg_policy_name)))
				return 1;
			break;
		case 'b':
			if (strcmp(optarg, "none") &&
			    !(p.breaks = parse_set("--breaks", optarg, BREAKS, ring_break_name)))
				return 1;
			if (!strcmp(optarg, "none"))
				p.breaks = 0;
			break;
		case 'u':
			p.under_io = true;
			break;
		case 'd':
			destroy_only = true;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "vduse-hostile: unexpected argument '%s'\n", argv[optind]);
		return 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	t0 = now_s();
	rnd_seed((uint64_t)seed);
	pthread_mutex_init(&h.ring_lock, NULL);
	h.ctl = open("/dev/vduse/control", O_RDWR | O_CLOEXEC);
	if (h.ctl < 0) {
		printf("SKIP: no /dev/vduse/control: %s\n", strerror(errno));
		return 4;
	}
	if (ioctl(h.ctl, VDUSE_SET_API_VERSION, &ver)) {
		perror("vduse-hostile: VDUSE_SET_API_VERSION");
		return 1;
	}
	if (destroy_only) {
		char name[VDUSE_NAME_MAX] = { 0 };

		snprintf(name, sizeof(name), "%s", h.name);
		if (ioctl(h.ctl, VDUSE_DESTROY_DEV, name)) {
			fprintf(stderr, "vduse-hostile: VDUSE_DESTROY_DEV %s: %s\n", h.name,
				strerror(errno));
			return 1;
		}
		return 0;
	}
	hlog("seed %.0f seconds %.0f name %s msg_timeout %u", seed, p.seconds, h.name,
	     h.msg_timeout);
	if (create_dev(&h))
		return 1;
	ret = run(&h, &p);
	hlog("end: %s: cycles %u served %lu injects %lu messages %u", ret == 2 ? "HANG" :
	     ret ? "error" : "done", cycles, atomic_load(&h.served), atomic_load(&h.injects),
	     atomic_load(&h.msgs));
	return ret;
}
