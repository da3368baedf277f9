// SPDX-License-Identifier: GPL-2.0-only
/*
 * Test helper for the lab VM (busybox's blkdiscard has no -z): zero a byte
 * range of a block device with the BLKZEROOUT ioctl, which the kernel turns
 * into virtio-blk WRITE_ZEROES requests when the disk offers them.
 * usage: be-blkzeroout DEVICE OFFSET LENGTH
 */
#include <fcntl.h>
#include <linux/fs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	uint64_t range[2];
	int fd;

	if (argc != 4) {
		fprintf(stderr, "usage: be-blkzeroout DEVICE OFFSET LENGTH\n");
		return 2;
	}
	range[0] = strtoull(argv[2], NULL, 0);
	range[1] = strtoull(argv[3], NULL, 0);
	fd = open(argv[1], O_WRONLY);
	if (fd < 0 || ioctl(fd, BLKZEROOUT, range)) {
		perror(argv[1]);
		return 1;
	}
	close(fd);
	return 0;
}
