// SPDX-License-Identifier: GPL-2.0-only
/*
 * Attach and detach a VDUSE device on the vDPA bus through generic netlink,
 * the same messages `vdpa dev add/del` sends, so the daemon can detach
 * itself on SIGTERM without depending on iproute2.
 */
#include <errno.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <linux/vdpa.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "dev.h"

struct nlreq {
	struct nlmsghdr n;
	struct genlmsghdr g;
	char buf[512];
};

static void put_attr(struct nlreq *r, uint16_t type, const void *data, uint16_t len)
{
	struct nlattr *a = (struct nlattr *)((char *)r + NLMSG_ALIGN(r->n.nlmsg_len));

	a->nla_type = type;
	a->nla_len = NLA_HDRLEN + len;
	memcpy((char *)a + NLA_HDRLEN, data, len);
	r->n.nlmsg_len = NLMSG_ALIGN(r->n.nlmsg_len) + NLA_ALIGN(a->nla_len);
}

/* Send r and wait for the ack (or the reply, copied to out). 0 or -errno. */
static int transact(int fd, struct nlreq *r, char *out, size_t outlen)
{
	char buf[8192];
	ssize_t n;

	r->n.nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
	if (send(fd, r, r->n.nlmsg_len, 0) < 0)
		return -errno;
	for (;;) {
		struct nlmsghdr *h = (struct nlmsghdr *)buf;

		n = recv(fd, buf, sizeof(buf), 0);
		if (n < 0)
			return -errno;
		for (; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_ERROR)
				return ((struct nlmsgerr *)NLMSG_DATA(h))->error;
			if (out && h->nlmsg_len <= outlen)
				memcpy(out, h, h->nlmsg_len);
		}
	}
}

static int family_id(int fd)
{
	struct nlreq r = { .n = { .nlmsg_len = NLMSG_LENGTH(GENL_HDRLEN),
				  .nlmsg_type = GENL_ID_CTRL },
			   .g = { .cmd = CTRL_CMD_GETFAMILY, .version = 1 } };
	char out[4096];
	struct nlmsghdr *h = (struct nlmsghdr *)out;
	struct nlattr *a;
	int len, ret;

	put_attr(&r, CTRL_ATTR_FAMILY_NAME, VDPA_GENL_NAME, sizeof(VDPA_GENL_NAME));
	memset(out, 0, sizeof(out));
	ret = transact(fd, &r, out, sizeof(out));
	if (ret)
		return ret;
	len = h->nlmsg_len - NLMSG_LENGTH(GENL_HDRLEN);
	a = (struct nlattr *)((char *)NLMSG_DATA(h) + GENL_HDRLEN);
	for (; len >= NLA_HDRLEN && a->nla_len >= NLA_HDRLEN && a->nla_len <= len;
	     len -= NLA_ALIGN(a->nla_len), a = (struct nlattr *)((char *)a + NLA_ALIGN(a->nla_len)))
		if (a->nla_type == CTRL_ATTR_FAMILY_ID)
			return *(uint16_t *)((char *)a + NLA_HDRLEN);
	return -ENOENT;
}

static int vdpa_cmd(uint8_t cmd, const char *name)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	struct nlreq r;
	int fd, fam, ret;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
	if (fd < 0)
		return -errno;
	ret = -errno;
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)))
		goto out;
	fam = family_id(fd);
	ret = fam;
	if (fam < 0)
		goto out;
	memset(&r, 0, sizeof(r));
	r.n.nlmsg_len = NLMSG_LENGTH(GENL_HDRLEN);
	r.n.nlmsg_type = fam;
	r.g.cmd = cmd;
	r.g.version = VDPA_GENL_VERSION;
	if (cmd == VDPA_CMD_DEV_NEW)
		put_attr(&r, VDPA_ATTR_MGMTDEV_DEV_NAME, "vduse", sizeof("vduse"));
	put_attr(&r, VDPA_ATTR_DEV_NAME, name, strlen(name) + 1);
	ret = transact(fd, &r, NULL, 0);
out:
	close(fd);
	return ret;
}

int be_vdpa_add(const char *name)
{
	return vdpa_cmd(VDPA_CMD_DEV_NEW, name);
}

int be_vdpa_del(const char *name)
{
	return vdpa_cmd(VDPA_CMD_DEV_DEL, name);
}

bool be_vdpa_attached(const char *name)
{
	char path[VDUSE_NAME_MAX + 32];

	snprintf(path, sizeof(path), "/sys/bus/vdpa/devices/%s", name);
	return access(path, F_OK) == 0;
}
