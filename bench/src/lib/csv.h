// SPDX-License-Identifier: GPL-2.0-only
/*
 * CSV tables (RFC 4180 quoting): a writer for summary.csv and chart.csv and
 * a reader so vlab-report can load summary.csv by column name.
 */
#ifndef VLAB_CSV_H
#define VLAB_CSV_H

#include <stddef.h>
#include <stdio.h>

/*
 * Writer. Write errors are left to ferror(), which vlab_atomic_commit()
 * checks, so a table can be written without checking every cell; the one
 * other failure (no memory to format a cell) is kept in err.
 */
struct vlab_csv_out {
	FILE *f;
	int col;	/* cells written on the current row */
	int err;	/* 0 or -ENOMEM; check before committing the file */
};

void vlab_csv_begin(struct vlab_csv_out *w, FILE *f);
/* One cell; NULL writes an empty cell. Quoted only when it needs to be. */
void vlab_csv_cell(struct vlab_csv_out *w, const char *s);
void vlab_csv_cellf(struct vlab_csv_out *w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void vlab_csv_end_row(struct vlab_csv_out *w);

/* Reader: the first record is the header; every record must match its width. */
struct vlab_csv {
	size_t ncols;
	size_t nrows;		/* data records, header excluded */
	char **header;		/* ncols names */
	char ***rows;		/* rows[r][c], never NULL */
	int bad_line;		/* after -EBADMSG: line where the bad record starts */
};

int vlab_csv_parse(const char *text, struct vlab_csv *csv);
int vlab_csv_read(const char *path, struct vlab_csv *csv);
/* Index of the column called name, or -ENOENT. */
int vlab_csv_col(const struct vlab_csv *csv, const char *name);
void vlab_csv_free(struct vlab_csv *csv);

#endif
