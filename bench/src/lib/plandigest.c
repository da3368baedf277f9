// SPDX-License-Identifier: GPL-2.0-only
/*
 * The identity of a plan (plandigest.h), with OpenSSL's SHA-256 (libcrypto):
 * each part is fed as "name length\n" and its bytes, so no two different
 * folders can make the same stream.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <openssl/evp.h>

#include "jsonfile.h"
#include "plandigest.h"
#include "readfile.h"

static int feed(EVP_MD_CTX *md, const char *name, const char *buf, size_t len)
{
	char head[512];
	int n = snprintf(head, sizeof(head), "%s %zu\n", name, len);

	if (n < 0 || (size_t)n >= sizeof(head))
		return -ENAMETOOLONG;
	return EVP_DigestUpdate(md, head, (size_t)n) && EVP_DigestUpdate(md, buf, len) ? 0 : -EIO;
}

static int feed_file(EVP_MD_CTX *md, const char *dir, const char *name, char **err)
{
	char *path, *buf = NULL;
	size_t len = 0;
	int ret;

	if (asprintf(&path, "%s/%s", dir, name) < 0)
		return -ENOMEM;
	ret = vlab_read_all(path, &buf, &len);
	if (ret && asprintf(err, "%s: %s", path, strerror(-ret)) < 0)
		*err = NULL;
	if (!ret)
		ret = feed(md, name, buf, len);
	free(buf);
	free(path);
	return ret;
}

static int feed_plan(EVP_MD_CTX *md, const char *plan_dir, char **err)
{
	struct json_object *plan = NULL, *order;
	const char *text, *id;
	char *path, *name;
	size_t i, n;
	int ret;

	if (asprintf(&path, "%s/plan.json", plan_dir) < 0)
		return -ENOMEM;
	ret = vlab_json_read(path, &plan);
	if (!ret && (!json_object_is_type(plan, json_type_object) ||
		     !json_object_object_get_ex(plan, "order", &order) ||
		     !json_object_is_type(order, json_type_array)))
		ret = -EBADMSG;
	if (ret) {
		if (asprintf(err, "%s: %s", path, ret == -EBADMSG ? "not a plan (no order)" :
			     strerror(-ret)) < 0)
			*err = NULL;
		goto out;
	}
	/* the same sweep read from another checkout is the same plan */
	json_object_object_del(plan, "sweep_path");
	json_object_object_del(plan, "sweep_realpath");
	text = json_object_to_json_string_ext(plan, JSON_C_TO_STRING_PLAIN);
	ret = feed(md, "plan.json", text, strlen(text));
	if (!ret)
		ret = feed_file(md, plan_dir, "order", err);
	if (!ret)
		ret = feed_file(md, plan_dir, "boot.env", err);
	n = json_object_array_length(order);
	for (i = 0; !ret && i < n; i++) {
		id = json_object_get_string(json_object_array_get_idx(order, i));
		if (!id || strchr(id, '/')) {
			ret = -EBADMSG;
			if (asprintf(err, "%s: order holds a bad id", path) < 0)
				*err = NULL;
			break;
		}
		if (asprintf(&name, "points/%s/params.json", id) < 0) {
			ret = -ENOMEM;
			break;
		}
		ret = feed_file(md, plan_dir, name, err);
		free(name);
		if (!ret && asprintf(&name, "points/%s/point.env", id) < 0)
			ret = -ENOMEM;
		else if (!ret) {
			ret = feed_file(md, plan_dir, name, err);
			free(name);
		}
	}
out:
	json_object_put(plan);
	free(path);
	return ret;
}

int vlab_plan_digest(const char *plan_dir, char hex[VLAB_SHA256_HEX], char **err)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char sum[EVP_MAX_MD_SIZE];
	unsigned int len = 0, i;
	int ret;

	*err = NULL;
	if (!md)
		return -ENOMEM;
	ret = EVP_DigestInit_ex(md, EVP_sha256(), NULL) ? 0 : -EIO;
	if (!ret)
		ret = feed_plan(md, plan_dir, err);
	if (!ret && (!EVP_DigestFinal_ex(md, sum, &len) || len != 32))
		ret = -EIO;
	EVP_MD_CTX_free(md);
	if (ret)
		return ret;
	for (i = 0; i < len; i++)
		snprintf(hex + 2 * i, 3, "%02x", sum[i]);
	return 0;
}
