package dev.kujira.engine.process.services;

import dev.kujira.engine.process.services.PgCluster.Column;
import dev.kujira.engine.process.services.PgCluster.Table;
import dev.kujira.engine.process.services.PgTokens.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The row statements of {@link PgSql}: INSERT, SELECT, UPDATE and DELETE on one table, with
 * PostgreSQL's checks and messages (not-null and primary-key violations, invalid integers,
 * unknown columns). An UPDATE moves the rows it changes to the end of the table, as the new row
 * versions go to the end of PostgreSQL's heap and an unordered SELECT then lists them last.
 */
final class PgRows {
  private static final List<String> NUMERIC = List.of("integer", "bigint", "smallint", "real", "double precision");

  private PgRows() {
  }

  /** Reads a column type and returns it as \d names it. */
  static String type(PgTokens t) {
    String w = t.name();
    String type = switch (w) {
      case "int", "integer", "int4" -> "integer";
      case "int8" -> "bigint";
      case "int2" -> "smallint";
      case "bool" -> "boolean";
      case "varchar" -> "character varying";
      case "char" -> "character";
      case "decimal" -> "numeric";
      case "float", "float8" -> "double precision";
      case "timestamptz" -> "timestamp with time zone";
      default -> w;
    };
    if (type.equals("character") && t.accept("varying")) {
      type = "character varying";
    }
    if (type.equals("double")) {
      t.expect("precision");
      type = "double precision";
    }
    if (t.accept("(")) {
      StringBuilder args = new StringBuilder(t.take().text());
      while (t.accept(",")) {
        args.append(',').append(t.take().text());
      }
      t.expect(")");
      type += "(" + args + ")";
    }
    if (type.equals("timestamp")) {
      type = "timestamp without time zone";
    }
    return type;
  }

  static boolean numeric(String type) {
    return NUMERIC.contains(type) || type.startsWith("numeric");
  }

  static PgResult insert(Table table, PgTokens t, String name) {
    List<Column> targets = new ArrayList<>(table.columns);
    if (t.accept("(")) {
      targets.clear();
      do {
        Token at = t.peek();
        String c = t.name();
        targets.add(column(table, c, name, at.at(), " of relation \"" + name + "\""));
      } while (t.accept(","));
      t.expect(")");
    }
    t.expect("values");
    List<List<String>> added = new ArrayList<>();
    do {
      t.expect("(");
      List<String> row = new ArrayList<>();
      for (Column c : table.columns) {
        row.add(null);
      }
      boolean[] given = new boolean[table.columns.size()];
      int i = 0;
      do {
        if (i >= targets.size()) {
          throw new PgSql.Failure(PgResult.error("INSERT has more expressions than target columns", t.peek().at()));
        }
        Column c = targets.get(i++);
        int idx = table.columns.indexOf(c);
        given[idx] = true;
        row.set(idx, value(t, c));
      } while (t.accept(","));
      t.expect(")");
      for (int k = 0; k < table.columns.size(); k++) {
        Column c = table.columns.get(k);
        if (!given[k] || DEFAULT.equals(row.get(k))) {
          row.set(k, c.dflt() == null ? null : defaultValue(table, c));
        }
      }
      check(table, name, row, added);
      added.add(row);
    } while (t.accept(","));
    table.rows.addAll(added);
    return PgResult.tag("INSERT 0 " + added.size());
  }

  /** Stands for the keyword DEFAULT among the values read (a NUL never comes from SQL text). */
  private static final String DEFAULT = "\0default";

  private static String defaultValue(Table table, Column c) {
    if (c.dflt().startsWith("nextval(")) {
      long v = table.sequences.merge(c.name(), 1L, Long::sum);
      return String.valueOf(v);
    }
    return c.dflt().startsWith("'") ? c.dflt().substring(1, c.dflt().lastIndexOf('\'')) : c.dflt();
  }

  private static void check(Table table, String name, List<String> row, List<List<String>> pending) {
    for (int k = 0; k < table.columns.size(); k++) {
      Column c = table.columns.get(k);
      if (c.notNull() && row.get(k) == null) {
        throw new PgSql.Failure(PgResult.error("null value in column \"" + c.name() + "\" of relation \"" + name
            + "\" violates not-null constraint", "Failing row contains (" + String.join(", ",
                row.stream().map(v -> v == null ? "null" : v).toList()) + ")."));
      }
      if (c.primaryKey()) {
        int col = k;
        List<List<String>> all = new ArrayList<>(table.rows);
        all.addAll(pending);
        if (all.stream().anyMatch(r -> r != row && row.get(col).equals(r.get(col)))) {
          throw new PgSql.Failure(PgResult.error("duplicate key value violates unique constraint \"" + name + "_pkey\"",
              "Key (" + c.name() + ")=(" + row.get(col) + ") already exists."));
        }
      }
    }
  }

  /** Reads a literal for column {@code c} and returns its stored text (null for NULL). */
  private static String value(PgTokens t, Column c) {
    Token v = t.take();
    boolean minus = v.text().equals("-") && v.kind() == 'o';
    if (minus) {
      v = t.take();
    }
    if (v.is("null")) {
      return null;
    }
    if (v.is("default")) {
      return DEFAULT;
    }
    if (v.is("true") || v.is("false")) {
      return v.text().substring(0, 1);
    }
    if (v.kind() != 's' && v.kind() != 'n') {
      if (v.kind() == 'w' && t.accept("(") && t.accept(")") && v.text().equals("now")) {
        return "now()";
      }
      throw new PgSql.Failure(PgResult.error(v.kind() == 'w' ? "column \"" + v.text() + "\" does not exist"
          : "syntax error at or near \"" + v.text() + "\"", v.at()));
    }
    String text = (minus ? "-" : "") + v.text();
    if (c.type().equals("integer") || c.type().equals("bigint") || c.type().equals("smallint")) {
      try {
        return String.valueOf(Long.parseLong(text.trim()));
      } catch (NumberFormatException e) {
        throw new PgSql.Failure(PgResult.error("invalid input syntax for type " + c.type() + ": \"" + text + "\"",
            v.at()));
      }
    }
    if (c.type().equals("boolean")) {
      String b = text.toLowerCase(Locale.ROOT);
      if (List.of("t", "true", "yes", "on", "1").contains(b)) {
        return "t";
      }
      if (List.of("f", "false", "no", "off", "0").contains(b)) {
        return "f";
      }
      throw new PgSql.Failure(PgResult.error("invalid input syntax for type boolean: \"" + text + "\"", v.at()));
    }
    return text;
  }

  private static Column column(Table table, String name, String relation, int at, String suffix) {
    return table.columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() ->
        new PgSql.Failure(PgResult.error("column \"" + name + "\"" + suffix + " does not exist", at)));
  }

  static PgResult select(PgSql sql, PgTokens t) {
    List<Token> items = new ArrayList<>();
    int depth = 0;
    while (!t.atEnd() && !(depth == 0 && t.peek().is("from"))) {
      Token x = t.take();
      depth += x.text().equals("(") ? 1 : x.text().equals(")") ? -1 : 0;
      items.add(x);
    }
    if (!t.accept("from")) {
      return PgSelect.constants(sql, items);
    }
    Token at = t.peek();
    String name = t.name();
    Table table = sql.db().tables.get(name);
    if (table == null) {
      return PgResult.error("relation \"" + name + "\" does not exist", at.at());
    }
    List<List<String>> rows = new ArrayList<>(table.rows);
    if (t.accept("where")) {
      rows.removeIf(where(table, t).negate());
    }
    if (t.accept("order")) {
      t.expect("by");
      Token ct = t.peek();
      int col = table.columns.indexOf(column(table, t.name(), name, ct.at(), ""));
      boolean desc = t.accept("desc");
      t.accept("asc");
      boolean num = numeric(table.columns.get(col).type());
      Comparator<List<String>> order = Comparator.comparing(r -> r.get(col),
          Comparator.nullsLast(num ? Comparator.comparing(BigDecimal::new) : Comparator.naturalOrder()));
      rows.sort(desc ? order.reversed() : order);
    }
    if (t.accept("limit")) {
      int n = Integer.parseInt(t.take().text());
      rows = new ArrayList<>(rows.subList(0, Math.min(n, rows.size())));
    }
    if (!t.atEnd()) {
      throw t.syntax();
    }
    return PgSelect.project(table, name, items, rows);
  }

  static PgResult update(Table table, PgTokens t, String name) {
    t.expect("set");
    List<Integer> cols = new ArrayList<>();
    List<String> values = new ArrayList<>();
    do {
      Token at = t.peek();
      Column c = column(table, t.name(), name, at.at(), " of relation \"" + name + "\"");
      t.expect("=");
      cols.add(table.columns.indexOf(c));
      values.add(value(t, c));
    } while (t.accept(","));
    Predicate<List<String>> match = t.accept("where") ? where(table, t) : r -> true;
    List<List<String>> changed = new ArrayList<>();
    for (List<String> r : table.rows) {
      if (match.test(r)) {
        List<String> copy = new ArrayList<>(r);
        for (int i = 0; i < cols.size(); i++) {
          copy.set(cols.get(i), values.get(i));
        }
        changed.add(copy);
      }
    }
    table.rows.removeIf(match);
    for (List<String> r : changed) {
      check(table, name, r, List.of());
    }
    table.rows.addAll(changed);
    return PgResult.tag("UPDATE " + changed.size());
  }

  static PgResult delete(Table table, PgTokens t) {
    Predicate<List<String>> match = t.accept("where") ? where(table, t) : r -> true;
    int before = table.rows.size();
    table.rows.removeIf(match);
    return PgResult.tag("DELETE " + (before - table.rows.size()));
  }

  /** Reads conditions "col OP literal" joined by AND (or OR, left to right). */
  private static Predicate<List<String>> where(Table table, PgTokens t) {
    Predicate<List<String>> all = null;
    boolean or = false;
    do {
      Token at = t.peek();
      Column c = column(table, t.name(), "", at.at(), "");
      int col = table.columns.indexOf(c);
      Predicate<List<String>> p;
      if (t.accept("is")) {
        boolean not = t.accept("not");
        t.expect("null");
        p = r -> (r.get(col) == null) != not;
      } else {
        String op = t.take().text();
        boolean like = op.equals("like");
        String v = value(t, c);
        boolean num = numeric(c.type());
        p = r -> r.get(col) != null && v != null && compare(op, like, num, r.get(col), v);
      }
      all = all == null ? p : or ? all.or(p) : all.and(p);
      or = t.accept("or");
    } while (or || t.accept("and"));
    return all;
  }

  private static boolean compare(String op, boolean like, boolean num, String a, String b) {
    if (like) {
      return a.matches(b.replace(".", "\\.").replace("%", ".*").replace("_", "."));
    }
    int c = num ? new BigDecimal(a).compareTo(new BigDecimal(b)) : a.compareTo(b);
    return switch (op) {
      case "=" -> c == 0;
      case "<>", "!=" -> c != 0;
      case "<" -> c < 0;
      case ">" -> c > 0;
      case "<=" -> c <= 0;
      case ">=" -> c >= 0;
      default -> throw new PgSql.Failure(PgResult.error("syntax error at or near \"" + op + "\"", -1));
    };
  }
}
