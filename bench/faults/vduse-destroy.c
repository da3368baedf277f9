// SPDX-License-Identifier: GPL-2.0-only
/*
 * vduse-destroy: issue VDUSE_DESTROY_DEV for one device name on
 * /dev/vduse/control, the ioctl a daemon uses to remove its device, so
 * that the fault case `destroy` (bench/faults/guest/destroy.sh) can aim it
 * at a device that is attached, served or orphaned and check the answer.
 * Runs in the lab VM (linked statically).
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <linux/vduse.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static void usage(FILE *f)
{
	fprintf(f,
"Usage: vduse-destroy NAME\n"
"Issue VDUSE_DESTROY_DEV for VDUSE device NAME on /dev/vduse/control.\n"
"The kernel refuses a device that is attached to the vDPA bus or whose\n"
"/dev/vduse/NAME is open (EBUSY) and an unknown name (EINVAL).\n"
"\n"
"Exit status: 0 destroyed; 1 refused (the errno's name printed); 2 bad usage.\n"
"\n"
"Example:\n"
"  vduse-destroy vduse0\n");
}

static const char *errno_name(int e)
{
	switch (e) {
	case EBUSY: return "EBUSY";
	case EINVAL: return "EINVAL";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	default: return "errno";
	}
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	char name[VDUSE_NAME_MAX] = { 0 };
	int c, fd, ret;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (c == 'h') {
			usage(stdout);
			return 0;
		}
		fprintf(stderr, "vduse-destroy: unknown option '%s'\n", argv[optind - 1]);
		return 2;
	}
	if (optind != argc - 1 || !argv[optind][0] || strlen(argv[optind]) >= VDUSE_NAME_MAX) {
		fprintf(stderr, "vduse-destroy: give one device name of 1 to %d bytes\n",
			VDUSE_NAME_MAX - 1);
		return 2;
	}
	strcpy(name, argv[optind]);
	fd = open("/dev/vduse/control", O_RDWR);
	if (fd < 0) {
		fprintf(stderr, "vduse-destroy: /dev/vduse/control: %s\n", strerror(errno));
		return 1;
	}
	ret = ioctl(fd, VDUSE_DESTROY_DEV, name);
	if (ret < 0) {
		int e = errno;

		printf("vduse-destroy: %s: %s (%s)\n", name, strerror(e), errno_name(e));
		close(fd);
		return 1;
	}
	close(fd);
	printf("vduse-destroy: %s: destroyed\n", name);
	return 0;
}
