// SPDX-License-Identifier: GPL-2.0-only
/*
 * Description: the CSV writer quotes exactly the cells that need it
 * (separators, quotes, line breaks, edge blanks; quotes doubled), the reader
 * reads that back field for field, accepts CRLF and blank lines, and rejects
 * ragged rows and broken quoting with the line number.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "testutil.h"

static const char *const tricky[] = {
	"plain", "", "a,b", "say \"hi\"", "two\nlines", " lead", "trail ", "cr\r", "\"",
};
#define NTRICKY (sizeof(tricky) / sizeof(tricky[0]))

/* Write rows with vlab_csv_out into a string. */
static char *write_rows(void (*fill)(struct vlab_csv_out *w))
{
	struct vlab_csv_out w;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	vlab_csv_begin(&w, f);
	fill(&w);
	fclose(f);
	CHECK(w.err == 0, "err %d", w.err);
	return text;
}

static void fill_tricky(struct vlab_csv_out *w)
{
	size_t i;

	for (i = 0; i < NTRICKY; i++)
		vlab_csv_cellf(w, "h%zu", i);
	vlab_csv_end_row(w);
	for (i = 0; i < NTRICKY; i++)
		vlab_csv_cell(w, tricky[i]);
	vlab_csv_end_row(w);
}

static void fill_numbers(struct vlab_csv_out *w)
{
	vlab_csv_cellf(w, "%.2f", 1.5);
	vlab_csv_cell(w, NULL);
	vlab_csv_cell(w, "x");
	vlab_csv_end_row(w);
}

static void test_write(void)
{
	const char *want = "h0,h1,h2,h3,h4,h5,h6,h7,h8\n"
			   "plain,,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" lead\",\"trail \",\"cr\r\",\"\"\"\"\n";
	char *text = write_rows(fill_tricky);
	struct vlab_csv csv;
	size_t i;

	CHECK(!strcmp(text, want), "got [%s]\nwant [%s]", text, want);
	/* what the writer quoted, the reader gives back unchanged */
	CHECK(vlab_csv_parse(text, &csv) == 0, "reading it back failed at line %d", csv.bad_line);
	CHECK(csv.nrows == 1 && csv.ncols == NTRICKY, "%zu rows %zu cols", csv.nrows, csv.ncols);
	for (i = 0; csv.nrows == 1 && i < NTRICKY; i++)
		CHECK(!strcmp(csv.rows[0][i], tricky[i]), "cell %zu: [%s] != [%s]", i,
		      csv.rows[0][i], tricky[i]);
	vlab_csv_free(&csv);
	free(text);

	text = write_rows(fill_numbers);
	CHECK(!strcmp(text, "1.50,,x\n"), "got [%s]", text);
	free(text);
}

static void test_read(void)
{
	struct vlab_csv csv;

	CHECK(vlab_csv_parse("a,b\r\n1,2\r\n\r\n3,\"x\"\"y\"\n", &csv) == 0, "CRLF table");
	CHECK(csv.nrows == 2, "rows %zu", csv.nrows);
	CHECK(vlab_csv_col(&csv, "b") == 1 && vlab_csv_col(&csv, "c") == -ENOENT, "col lookup");
	if (csv.nrows == 2) {
		CHECK(!strcmp(csv.rows[0][1], "2"), "[%s]", csv.rows[0][1]);
		CHECK(!strcmp(csv.rows[1][1], "x\"y"), "[%s]", csv.rows[1][1]);
	}
	vlab_csv_free(&csv);

	CHECK(vlab_csv_parse("a,b\n1,2", &csv) == 0 && csv.nrows == 1, "no final newline");
	vlab_csv_free(&csv);
	CHECK(vlab_csv_parse("a,b\n", &csv) == 0 && csv.nrows == 0, "header only");
	vlab_csv_free(&csv);

	CHECK(vlab_csv_parse("a,b\n1,2\n3\n", &csv) == -EBADMSG && csv.bad_line == 3,
	      "ragged row: line %d", csv.bad_line);
	CHECK(vlab_csv_parse("a,b\n\"1,2\n", &csv) == -EBADMSG && csv.bad_line == 2,
	      "unterminated quote: line %d", csv.bad_line);
	CHECK(vlab_csv_parse("a,b\n\"1\"x,2\n", &csv) == -EBADMSG, "text after closing quote");
	CHECK(vlab_csv_parse("", &csv) == -EBADMSG, "empty text");
}

int main(void)
{
	test_write();
	test_read();
	return tu_result("csv");
}
