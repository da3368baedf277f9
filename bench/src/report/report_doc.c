// SPDX-License-Identifier: GPL-2.0-only
/* The two-format document writer of vlab-report (see report_doc.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "readfile.h"
#include "report_doc.h"

/* Text from the run (names, reasons) must not turn into Markdown syntax. */
static void md_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|#", *s))
			fputc('\\', f);
		fputc(*s == '\n' || *s == '\r' ? ' ' : *s, f);
	}
}

static void html_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
	}
}

static char *vfmt(const char *fmt, va_list ap)
{
	char *s;

	return vasprintf(&s, fmt, ap) < 0 ? NULL : s;
}

void doc_begin(struct doc *d, const char *title)
{
	fprintf(d->html,
		"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
	html_text(d->html, title);
	fprintf(d->html, "</title>\n<style>\n"
		"body { font-family: sans-serif; max-width: 72em; margin: 2em auto; padding: 0 1em; color: #222; }\n"
		"table { border-collapse: collapse; margin: 1em 0; }\n"
		"th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; }\n"
		"th { background: #eee; }\n"
		"td.r { text-align: right; font-variant-numeric: tabular-nums; }\n"
		"figure { margin: 1.5em 0; }\n"
		"figure svg { max-width: 100%%; height: auto; }\n"
		"figcaption { font-size: 0.9em; color: #555; }\n"
		".warn { color: #b00000; }\n"
		"</style>\n</head>\n<body>\n");
	doc_heading(d, 1, "%s", title);
}

void doc_end(struct doc *d)
{
	doc_list_end(d);
	fprintf(d->html, "</body>\n</html>\n");
}

void doc_heading(struct doc *d, int level, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = vfmt(fmt, ap);
	va_end(ap);
	doc_list_end(d);
	fprintf(d->md, "%.*s ", level, "######");
	md_text(d->md, s ? s : "?");
	fprintf(d->md, "\n\n");
	fprintf(d->html, "<h%d>", level);
	html_text(d->html, s ? s : "?");
	fprintf(d->html, "</h%d>\n", level);
	free(s);
}

void doc_para(struct doc *d, int strong, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = vfmt(fmt, ap);
	va_end(ap);
	doc_list_end(d);
	fprintf(d->md, "%s", strong ? "**" : "");
	md_text(d->md, s ? s : "?");
	fprintf(d->md, "%s\n\n", strong ? "**" : "");
	fprintf(d->html, strong ? "<p class=\"warn\"><strong>" : "<p>");
	html_text(d->html, s ? s : "?");
	fprintf(d->html, strong ? "</strong></p>\n" : "</p>\n");
	free(s);
}

static const char *table_align;

void doc_table_begin(struct doc *d, const char *const *heads, size_t n, const char *align)
{
	size_t i;

	doc_list_end(d);
	table_align = align;
	fprintf(d->md, "|");
	fprintf(d->html, "<table>\n<tr>");
	for (i = 0; i < n; i++) {
		fputc(' ', d->md);
		md_text(d->md, heads[i]);
		fprintf(d->md, " |");
		fprintf(d->html, "<th>");
		html_text(d->html, heads[i]);
		fprintf(d->html, "</th>");
	}
	fprintf(d->md, "\n|");
	for (i = 0; i < n; i++)
		fprintf(d->md, "%s|", align[i] == 'r' ? "---:" : "---");
	fprintf(d->md, "\n");
	fprintf(d->html, "</tr>\n");
}

void doc_table_row(struct doc *d, char *const *cells, size_t n)
{
	size_t i;

	fprintf(d->md, "|");
	fprintf(d->html, "<tr>");
	for (i = 0; i < n; i++) {
		fputc(' ', d->md);
		md_text(d->md, cells[i] ? cells[i] : "-");
		fprintf(d->md, " |");
		fprintf(d->html, table_align && table_align[i] == 'r' ? "<td class=\"r\">" : "<td>");
		html_text(d->html, cells[i] ? cells[i] : "-");
		fprintf(d->html, "</td>");
	}
	fprintf(d->md, "\n");
	fprintf(d->html, "</tr>\n");
}

void doc_table_end(struct doc *d)
{
	fprintf(d->md, "\n");
	fprintf(d->html, "</table>\n");
}

void doc_item(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = vfmt(fmt, ap);
	va_end(ap);
	if (!d->in_list++)
		fprintf(d->html, "<ul>\n");
	fprintf(d->md, "- ");
	md_text(d->md, s ? s : "?");
	fprintf(d->md, "\n");
	fprintf(d->html, "<li>");
	html_text(d->html, s ? s : "?");
	fprintf(d->html, "</li>\n");
	free(s);
}

void doc_list_end(struct doc *d)
{
	if (!d->in_list)
		return;
	d->in_list = 0;
	fprintf(d->md, "\n");
	fprintf(d->html, "</ul>\n");
}

/*
 * The SVG document from its <svg element on: the XML declaration and
 * DOCTYPE before it are not allowed inside HTML.
 */
void doc_chart(struct doc *d, const char *title, const char *base)
{
	char *path = NULL, *svg = NULL, *start;
	int ret;

	doc_list_end(d);
	fprintf(d->md, "![");
	md_text(d->md, title);
	fprintf(d->md, "](%s.png)\n\nVector version: [%s.svg](%s.svg).\n\n", base, base, base);
	if (asprintf(&path, "%s/%s.svg", d->run_dir, base) < 0) {
		d->err = d->err ? d->err : -ENOMEM;
		return;
	}
	ret = vlab_read_all(path, &svg, NULL);
	start = ret ? NULL : strstr(svg, "<svg");
	fprintf(d->html, "<figure>\n");
	if (start)
		fputs(start, d->html);
	else
		d->err = d->err ? d->err : (ret ? ret : -EBADMSG);
	fprintf(d->html, "\n<figcaption>");
	html_text(d->html, title);
	fprintf(d->html, " (<code>");
	html_text(d->html, base);
	fprintf(d->html, ".png</code>, <code>.svg</code>)</figcaption>\n</figure>\n");
	free(svg);
	free(path);
}
