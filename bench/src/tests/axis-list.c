// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: comma lists split strictly (no trimming), empty lists and
 * empty items are -EINVAL, and the first duplicate is found by position.
 */
#include <errno.h>
#include <string.h>

#include "strlist.h"
#include "testutil.h"

static void good(const char *s, size_t n, const char *last, long dup)
{
	struct vlab_strlist l;
	int ret = vlab_strlist_split(s, &l);

	CHECK(ret == 0, "'%s': ret %d", s, ret);
	if (ret)
		return;
	CHECK(l.n == n, "'%s': %zu items, expected %zu", s, l.n, n);
	CHECK(l.n == n && !strcmp(l.v[n - 1], last), "'%s': last item [%s]", s, l.v[l.n - 1]);
	CHECK(vlab_strlist_first_dup(&l) == dup, "'%s': dup at %ld, expected %ld", s,
	      vlab_strlist_first_dup(&l), dup);
	vlab_strlist_free(&l);
}

static void bad(const char *s)
{
	struct vlab_strlist l;

	CHECK(vlab_strlist_split(s, &l) == -EINVAL, "'%s' accepted", s);
	CHECK(l.n == 0 && l.v == NULL, "'%s' left items behind", s);
}

int main(void)
{
	good("stock", 1, "stock", -1);
	good("stock,ours", 2, "ours", -1);
	good("1,4,16,64", 4, "64", -1);
	good("a,b,a", 3, "a", 2);
	good("a,a,b,b", 4, "b", 1);
	good("ours, stock", 2, " stock", -1); /* kept as typed, so the error can show it */
	bad("");
	bad(",");
	bad("a,");
	bad(",a");
	bad("a,,b");
	return tu_result("axis-list");
}
