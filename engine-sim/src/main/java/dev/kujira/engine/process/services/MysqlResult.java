package dev.kujira.engine.process.services;

import java.util.List;

/**
 * What the simulated mysqld answers the mysql client for one statement: a result set, an "OK"
 * with the rows affected (and INSERT's or UPDATE's info line), or an error with MySQL's code and
 * SQLSTATE. Travels as JSON between the two.
 *
 * @param columns the result set's column names, or null for an OK or an error
 * @param numeric which columns hold numbers (the client right-aligns them in its tables)
 * @param rows the rows, null for SQL NULL
 * @param affected the rows affected (OK)
 * @param info the info line after "Query OK" ("Records: 2  Duplicates: 0  Warnings: 0"), or null
 * @param code the error number, or 0
 * @param state the error's SQLSTATE, or null
 * @param message the error message, or null
 * @param database the default database after the statement (USE), or null when unchanged
 */
record MysqlResult(List<String> columns, List<Boolean> numeric, List<List<String>> rows, long affected, String info,
    int code, String state, String message, String database) {

  static MysqlResult ok(long affected, String info) {
    return new MysqlResult(null, null, null, affected, info, 0, null, null, null);
  }

  static MysqlResult table(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {
    return new MysqlResult(columns, numeric, rows, 0, null, 0, null, null, null);
  }

  static MysqlResult error(int code, String state, String message) {
    return new MysqlResult(null, null, null, 0, null, code, state, message, null);
  }

  MysqlResult withDatabase(String db) {
    return new MysqlResult(columns, numeric, rows, affected, info, code, state, message, db);
  }

  /** "ERROR 1146 (42S02): Table 'app.t' doesn't exist", with " at line N" in batch mode (line > 0). */
  String errorLine(int line) {
    return "ERROR " + code + " (" + state + ")" + (line > 0 ? " at line " + line : "") + ": " + message;
  }
}
