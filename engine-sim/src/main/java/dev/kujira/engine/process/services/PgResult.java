package dev.kujira.engine.process.services;

import java.util.List;

/**
 * What the simulated PostgreSQL server answers psql for one statement or backslash command: a
 * command tag ("INSERT 0 1"), a result table (with a title and footer for \d commands), or an
 * error with the offset of the token it points at (-1 for none). Travels as JSON between the two.
 *
 * @param tag the command tag, or null
 * @param title the table's title (\l, \dt, \d), or null
 * @param columns the result's column names, or null without a result table
 * @param numeric which columns are right-aligned (numbers)
 * @param rows the rows, null for SQL NULL
 * @param footer lines after the table instead of "(N rows)" (\d's Indexes), or null
 * @param notices NOTICE lines to print before the result
 * @param error the error message, or null
 * @param detail the error's DETAIL line, or null
 * @param position the error's character offset in the statement, or -1
 */
record PgResult(String tag, String title, List<String> columns, List<Boolean> numeric, List<List<String>> rows,
    List<String> footer, List<String> notices, String error, String detail, int position) {

  static PgResult tag(String tag) {
    return new PgResult(tag, null, null, null, null, null, List.of(), null, null, -1);
  }

  static PgResult table(String title, List<String> columns, List<Boolean> numeric, List<List<String>> rows,
      List<String> footer) {
    return new PgResult(null, title, columns, numeric, rows, footer, List.of(), null, null, -1);
  }

  static PgResult error(String message, int position) {
    return new PgResult(null, null, null, null, null, null, List.of(), message, null, position);
  }

  static PgResult error(String message, String detail) {
    return new PgResult(null, null, null, null, null, null, List.of(), message, detail, -1);
  }

  PgResult withNotice(String notice) {
    return new PgResult(tag, title, columns, numeric, rows, footer, List.of(notice), error, detail, position);
  }
}
