// SPDX-License-Identifier: GPL-2.0-only
/*
 * The identity of a plan: a SHA-256 over what makes two plans the same
 * experiment (plan.json, order, boot.env and every point's params.json and
 * point.env), so that shards planned on different machines can prove they
 * are parts of one plan (vlab-plan --shard writes it, vlab-merge checks it).
 * Left out: where the sweep file was read from (plan.json's sweep_path and
 * sweep_realpath; its text is in), and the shard file itself.
 */
#ifndef VLAB_PLANDIGEST_H
#define VLAB_PLANDIGEST_H

#define VLAB_SHA256_HEX 65 /* 64 hex digits and the NUL */

/*
 * Digest the plan folder plan_dir into hex. Returns 0; -ENOENT/-EBADMSG
 * when a file is missing or plan.json is not a plan (*err, malloc'd, names
 * the path), -ENOMEM, -EIO.
 */
int vlab_plan_digest(const char *plan_dir, char hex[VLAB_SHA256_HEX], char **err);

#endif
