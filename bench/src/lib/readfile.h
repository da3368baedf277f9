// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading small text files whole: JSON documents, CSV tables and the
 * one-line files (status, module) the guest agent leaves in a point folder.
 */
#ifndef VLAB_READFILE_H
#define VLAB_READFILE_H

#include <stddef.h>

/* Read path into a NUL-terminated malloc'd buffer; len may be NULL. */
int vlab_read_all(const char *path, char **buf, size_t *len);

/*
 * Read the first line of path without its line ending or trailing blanks.
 * -ENOENT when the file does not exist, so callers can tell "absent" apart.
 */
int vlab_read_first_line(const char *path, char **line);

#endif
