// SPDX-License-Identifier: GPL-2.0-only
/*
 * Not a test: the per-request cost of the data path on a synthetic ring
 * (null target, no VDUSE, no syscalls), to compare the instrumented library
 * with the compiled-out one on the same host. Prints ns per request.
 * usage: be-bench-sim [REQUESTS] [BATCH]
 */
#include <stdlib.h>

#include "sim.h"

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 2000000, batch = argc > 2 ? atol(argv[2]) : 16;
	struct sim s;
	uint16_t id;
	uint32_t len;
	uint64_t t0, t1;

	if (n <= 0 || batch <= 0 || batch > 64 || sim_init(&s, 64, &null_ops, 1 << 20, true, true))
		return 2;
	for (int i = 0; i < 64; i++)
		sim_req(&s, 0, VIRTIO_BLK_T_IN, 0, 4096, true, NULL);
	t0 = be_now_ns();
	for (long done = 0; done < n; done += batch) {
		for (long i = 0; i < batch; i++)
			sim_post(&s, 0);
		sim_run(&s);
		while (sim_used(&s, &id, &len))
			;
	}
	t1 = be_now_ns();
	printf("%.1f ns/request (batch %ld)\n", (double)(t1 - t0) / (double)n, batch);
	sim_fini(&s);
	return 0;
}
