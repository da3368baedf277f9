// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fault-tolerant copies: sigsetjmp before touching guest memory, a handler
 * that siglongjmps back only when the faulting thread is inside one of these
 * copies (anything else is a real bug and gets the default action).
 * sigsetjmp(..., 0) saves no signal mask, so the guard costs no syscall;
 * SA_NODEFER keeps the signal unblocked after the jump.
 */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>

#include "safecopy.h"

/* volatile: memcpy never reads it, so the compiler would drop the stores. */
static __thread sigjmp_buf *volatile fault_jmp;

#define barrier() __asm__ __volatile__("" ::: "memory")

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	if (fault_jmp)
		siglongjmp(*fault_jmp, 1);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install(void)
{
	struct sigaction sa = { .sa_sigaction = on_fault, .sa_flags = SA_SIGINFO | SA_NODEFER };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGSEGV, &sa, NULL);
}

void be_safe_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, install);
}

int be_copy(void *dst, const void *src, size_t n)
{
	sigjmp_buf jb;

	if (sigsetjmp(jb, 0)) {
		fault_jmp = NULL;
		return -EFAULT;
	}
	fault_jmp = &jb;
	barrier(); /* keep the copy between the two stores */
	memcpy(dst, src, n);
	barrier();
	fault_jmp = NULL;
	return 0;
}

int be_set(void *dst, int c, size_t n)
{
	sigjmp_buf jb;

	if (sigsetjmp(jb, 0)) {
		fault_jmp = NULL;
		return -EFAULT;
	}
	fault_jmp = &jb;
	barrier();
	memset(dst, c, n);
	barrier();
	fault_jmp = NULL;
	return 0;
}
