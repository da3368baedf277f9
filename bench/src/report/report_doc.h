// SPDX-License-Identifier: GPL-2.0-only
/*
 * vlab-report: one document written twice, as Markdown (REPORT.md) and as
 * self-contained HTML (report.html: CSS inline, every chart's SVG inline,
 * no scripts, nothing fetched), so the two can never say different things.
 */
#ifndef VLAB_REPORT_DOC_H
#define VLAB_REPORT_DOC_H

#include <stddef.h>
#include <stdio.h>

struct doc {
	FILE *md, *html;
	const char *run_dir;	/* where chart files are read from */
	int in_list;
	int err;		/* 0 or the first -errno (reading an SVG) */
};

void doc_begin(struct doc *d, const char *title);
void doc_end(struct doc *d);
void doc_heading(struct doc *d, int level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A paragraph of plain text; strong makes it bold. */
void doc_para(struct doc *d, int strong, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* align: one 'l' or 'r' per column */
void doc_table_begin(struct doc *d, const char *const *heads, size_t n, const char *align);
void doc_table_row(struct doc *d, char *const *cells, size_t n);
void doc_table_end(struct doc *d);
void doc_item(struct doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void doc_list_end(struct doc *d);
/* A chart: base.png linked from Markdown, base.svg inlined into HTML. */
void doc_chart(struct doc *d, const char *title, const char *base);

#endif
