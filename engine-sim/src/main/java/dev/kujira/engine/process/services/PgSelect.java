package dev.kujira.engine.process.services;

import dev.kujira.engine.process.services.PgCluster.Column;
import dev.kujira.engine.process.services.PgCluster.Table;
import dev.kujira.engine.process.services.PgTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The select lists of {@link PgRows#select}: *, column names (with AS), count(*); and SELECT
 * without FROM of constants and the functions a learner checks a server with (version(),
 * current_user, current_database(), now()), named as PostgreSQL names them ("?column?" for a
 * constant).
 */
final class PgSelect {
  private PgSelect() {
  }

  /** Splits the select list at its top-level commas. */
  private static List<List<Token>> split(List<Token> items) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    int depth = 0;
    for (Token x : items) {
      if (x.text().equals(",") && x.kind() == 'o' && depth == 0) {
        out.add(cur);
        cur = new ArrayList<>();
        continue;
      }
      depth += x.text().equals("(") ? 1 : x.text().equals(")") ? -1 : 0;
      cur.add(x);
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  /** Returns an item's alias (… AS name) or null, removing it from {@code item}. */
  private static String alias(List<Token> item) {
    int n = item.size();
    if (n >= 3 && item.get(n - 2).is("as")) {
      String a = item.get(n - 1).text();
      item.subList(n - 2, n).clear();
      return a;
    }
    return null;
  }

  static PgResult constants(PgSql sql, List<Token> items) {
    if (items.isEmpty()) {
      return PgResult.table(null, List.of(), List.of(), List.of(List.of()), null);
    }
    List<String> names = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    List<String> row = new ArrayList<>();
    for (List<Token> item : split(items)) {
      String alias = alias(item);
      Token first = item.get(0);
      String fn = first.kind() == 'w' ? first.text() : "";
      String name;
      String value;
      boolean num = false;
      if (item.size() == 1 && first.kind() == 'n') {
        name = "?column?";
        value = first.text();
        num = true;
      } else if (item.size() == 1 && first.kind() == 's') {
        name = "?column?";
        value = first.text();
      } else if (fn.equals("version")) {
        name = "version";
        value = "PostgreSQL " + sql.version();
      } else if (fn.equals("current_user") || fn.equals("user") || fn.equals("session_user")) {
        name = fn.equals("user") ? "current_user" : fn;
        value = sql.user();
      } else if (fn.equals("current_database")) {
        name = "current_database";
        value = sql.database();
      } else if (fn.equals("now") || fn.equals("current_timestamp")) {
        name = fn;
        value = "kujira: now() is not simulated";
      } else if (first.kind() == 'w' && item.size() == 1) {
        return PgResult.error("column \"" + fn + "\" does not exist", first.at());
      } else {
        return PgResult.error("kujira: psql: this SELECT is not simulated (constants, version(), current_user,"
            + " current_database(), or SELECT … FROM one table)", -2);
      }
      names.add(alias == null ? name : alias);
      numeric.add(num);
      row.add(value);
    }
    return PgResult.table(null, names, numeric, List.of(row), null);
  }

  static PgResult project(Table table, String name, List<Token> items, List<List<String>> rows) {
    List<String> names = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    List<Integer> cols = new ArrayList<>();
    for (List<Token> item : split(items)) {
      String alias = alias(item);
      Token first = item.get(0);
      if (item.size() == 1 && first.text().equals("*")) {
        for (Column c : table.columns) {
          names.add(c.name());
          numeric.add(PgRows.numeric(c.type()));
          cols.add(table.columns.indexOf(c));
        }
      } else if (first.is("count")) {
        names.add(alias == null ? "count" : alias);
        numeric.add(true);
        cols.add(-1);
      } else if (item.size() == 1 && (first.kind() == 'w' || first.kind() == 'i')) {
        Column c = table.columns.stream().filter(x -> x.name().equals(first.text())).findFirst().orElse(null);
        if (c == null) {
          return PgResult.error("column \"" + first.text() + "\" does not exist", first.at());
        }
        names.add(alias == null ? c.name() : alias);
        numeric.add(PgRows.numeric(c.type()));
        cols.add(table.columns.indexOf(c));
      } else {
        return PgResult.error("kujira: psql: this select list is not simulated (*, column names, count(*))", -2);
      }
    }
    List<List<String>> out = new ArrayList<>();
    if (cols.contains(-1)) {
      List<String> r = new ArrayList<>();
      for (int c : cols) {
        r.add(c == -1 ? String.valueOf(rows.size()) : rows.isEmpty() ? null : rows.get(0).get(c));
      }
      out.add(r);
    } else {
      for (List<String> row : rows) {
        List<String> r = new ArrayList<>();
        cols.forEach(c -> r.add(row.get(c)));
        out.add(r);
      }
    }
    return PgResult.table(null, names, numeric, out, null);
  }
}
