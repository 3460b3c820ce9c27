package dev.kujira.engine.process.services;

import dev.kujira.engine.process.services.MysqlData.Table;
import dev.kujira.engine.process.services.MysqlSql.Failure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * SELECT for {@link MysqlSql}: columns, *, COUNT/MAX/MIN/SUM, literals and the functions a
 * learner checks a server with (VERSION(), DATABASE(), USER(), CURRENT_USER(), NOW(), @@version,
 * @@hostname), FROM one table with WHERE (=, !=, <>, <, >, <=, >=, LIKE, IN, IS [NOT] NULL joined
 * by AND/OR), ORDER BY and LIMIT. A column is named by the text the learner wrote, as MySQL does.
 */
final class MysqlSelect {
  /** Marks DEFAULT in a VALUES list. */
  static final String DEFAULT = "\0default";

  private record Item(String header, String column, String aggregate, String constant, boolean numeric) {
  }

  private MysqlSelect() {
  }

  static MysqlResult select(MysqlSql s, MysqlTokens t) {
    List<Item> items = new ArrayList<>();
    do {
      items.add(item(s, t));
    } while (t.accept(","));
    if (!t.accept("FROM")) {
      List<String> row = new ArrayList<>();
      for (Item i : items) {
        if (i.column() != null || i.aggregate() != null) {
          throw new Failure(1054, "42S22", "Unknown column '" + (i.column() != null ? i.column() : i.header())
              + "' in 'field list'");
        }
        row.add(i.constant());
      }
      return MysqlResult.table(items.stream().map(Item::header).toList(), items.stream().map(Item::numeric).toList(),
          List.of(row));
    }
    String[] name = MysqlRows.qualified(s, t);
    Table table = MysqlRows.table(s, name);
    List<Item> expanded = new ArrayList<>();
    for (Item i : items) {
      if ("*".equals(i.column()) && i.aggregate() == null) {
        table.columns.forEach(c -> expanded.add(new Item(c.name, c.name, null, null, MysqlRows.numeric(c.type))));
      } else if (i.column() != null && !i.column().equals("*")) {
        MysqlData.Column c = table.column(i.column()).orElseThrow(() -> new Failure(1054, "42S22", "Unknown column '"
            + i.column() + "' in 'field list'"));
        expanded.add(new Item(i.header(), c.name, i.aggregate(), null, i.aggregate() != null
            && !i.aggregate().equals("MAX") && !i.aggregate().equals("MIN") || MysqlRows.numeric(c.type)));
      } else {
        expanded.add(i);
      }
    }
    Predicate<List<String>> where = where(table, t);
    List<List<String>> rows = new ArrayList<>(table.rows.stream().filter(where).toList());
    if (t.accept("ORDER")) {
      t.expect("BY");
      Comparator<List<String>> order = null;
      do {
        String c = t.name();
        int at = table.index(c);
        if (at < 0) {
          throw new Failure(1054, "42S22", "Unknown column '" + c + "' in 'order clause'");
        }
        boolean num = MysqlRows.numeric(table.columns.get(at).type);
        Comparator<List<String>> one = Comparator.comparing(r -> r.get(at), (a, b) -> compare(a, b, num));
        if (t.accept("DESC")) {
          one = one.reversed();
        } else {
          t.accept("ASC");
        }
        order = order == null ? one : order.thenComparing(one);
      } while (t.accept(","));
      rows.sort(order);
    }
    int limit = Integer.MAX_VALUE;
    if (t.accept("LIMIT")) {
      limit = Integer.parseInt(t.take().text());
    }
    boolean aggregate = expanded.stream().anyMatch(i -> i.aggregate() != null);
    List<List<String>> out = new ArrayList<>();
    if (aggregate) {
      List<String> row = new ArrayList<>();
      for (Item i : expanded) {
        row.add(i.aggregate() != null ? aggregate(i, table, rows) : i.constant() != null ? i.constant()
            : rows.isEmpty() ? null : rows.get(0).get(table.index(i.column())));
      }
      out.add(row);
    } else {
      for (List<String> r : rows.subList(0, Math.min(limit, rows.size()))) {
        List<String> row = new ArrayList<>();
        for (Item i : expanded) {
          row.add(i.column() != null ? r.get(table.index(i.column())) : i.constant());
        }
        out.add(row);
      }
    }
    return MysqlResult.table(expanded.stream().map(Item::header).toList(),
        expanded.stream().map(Item::numeric).toList(), out);
  }

  private static String aggregate(Item i, Table table, List<List<String>> rows) {
    if (i.column() == null || i.column().equals("*")) {
      return String.valueOf(rows.size());
    }
    int at = table.index(i.column());
    List<String> values = rows.stream().map(r -> r.get(at)).filter(v -> v != null).toList();
    boolean num = MysqlRows.numeric(table.columns.get(at).type);
    switch (i.aggregate()) {
      case "COUNT":
        return String.valueOf(values.size());
      case "MAX":
        return values.stream().max((a, b) -> compare(a, b, num)).orElse(null);
      case "MIN":
        return values.stream().min((a, b) -> compare(a, b, num)).orElse(null);
      default:
        if (values.isEmpty()) {
          return null;
        }
        java.math.BigDecimal sum = values.stream().map(java.math.BigDecimal::new)
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return i.aggregate().equals("SUM") ? sum.toPlainString()
            : sum.divide(java.math.BigDecimal.valueOf(values.size()), 4, java.math.RoundingMode.HALF_UP).toPlainString();
    }
  }

  private static Item item(MysqlSql s, MysqlTokens t) {
    MysqlTokens.Token first = t.take();
    String column = null;
    String aggregate = null;
    String constant = null;
    boolean numeric = false;
    String upper = MysqlTokens.upper(first.text());
    if (first.kind() == 'o' && first.text().equals("*")) {
      return new Item("*", "*", null, null, false);
    } else if (first.kind() == 'n') {
      constant = first.text();
      numeric = true;
    } else if (first.kind() == 's') {
      constant = first.text();
    } else if (first.kind() == 'o' && first.text().equals("@") && t.accept("@")) {
      String var = MysqlTokens.upper(t.name());
      constant = var.equals("VERSION") ? s.version : var.equals("HOSTNAME") ? s.hostname : var.equals("PORT") ? "3306"
          : null;
      numeric = var.equals("PORT");
      if (constant == null) {
        throw new Failure(1193, "HY000", "Unknown system variable '" + var.toLowerCase(Locale.ROOT) + "'");
      }
    } else if ((first.kind() == 'w' || first.kind() == 'i') && t.peek().text().equals("(") && first.kind() == 'w') {
      t.take();
      if (List.of("COUNT", "MAX", "MIN", "SUM", "AVG").contains(upper)) {
        aggregate = upper;
        column = t.accept("*") ? "*" : t.name();
        numeric = !upper.equals("MAX") && !upper.equals("MIN");
      } else {
        constant = switch (upper) {
          case "VERSION" -> s.version;
          case "DATABASE", "SCHEMA" -> s.db;
          case "USER", "SESSION_USER", "SYSTEM_USER" -> s.user() + "@" + s.client;
          case "CURRENT_USER" -> s.account;
          case "NOW", "CURRENT_TIMESTAMP", "SYSDATE" -> MysqlRows.now(s);
          default -> throw new Failure(1305, "42000", "FUNCTION " + (s.db == null ? "" : s.db + ".")
              + first.text().toLowerCase(Locale.ROOT) + " does not exist");
        };
      }
      t.expect(")");
    } else if (first.kind() == 'w' || first.kind() == 'i') {
      column = first.text();
      if (t.accept(".")) {
        column = t.accept("*") ? "*" : t.name();
      }
    } else {
      throw t.syntax();
    }
    String header = t.source(first.at(), t.peek().at());
    if (first.kind() == 's') {
      header = first.text();
    }
    if (t.accept("AS") || t.peek().kind() == 'i' || t.peek().kind() == 'w' && !t.peek().is("FROM")
        && !t.peek().is("WHERE") && !t.peek().is("ORDER") && !t.peek().is("LIMIT")) {
      header = t.take().text();
    }
    return new Item(header, column, aggregate, constant, numeric);
  }

  static int compare(String a, String b, boolean num) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (num && a.matches("-?[\\d.]+") && b.matches("-?[\\d.]+")) {
      return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b));
    }
    return a.compareToIgnoreCase(b);
  }

  /** WHERE conditions joined by AND (tighter) and OR; none accepts every row. */
  static Predicate<List<String>> where(Table table, MysqlTokens t) {
    if (!t.accept("WHERE")) {
      return r -> true;
    }
    Predicate<List<String>> any = null;
    do {
      Predicate<List<String>> all = null;
      do {
        Predicate<List<String>> c = condition(table, t);
        all = all == null ? c : all.and(c);
      } while (t.accept("AND"));
      any = any == null ? all : any.or(all);
    } while (t.accept("OR"));
    return any;
  }

  private static Predicate<List<String>> condition(Table table, MysqlTokens t) {
    String name = t.name();
    int at = table.index(name);
    if (at < 0) {
      throw new Failure(1054, "42S22", "Unknown column '" + name + "' in 'where clause'");
    }
    boolean num = MysqlRows.numeric(table.columns.get(at).type);
    if (t.accept("IS")) {
      boolean not = t.accept("NOT");
      t.expect("NULL");
      return r -> (r.get(at) == null) != not;
    }
    boolean not = t.accept("NOT");
    if (t.accept("IN")) {
      t.expect("(");
      List<String> values = new ArrayList<>();
      do {
        values.add(t.take().text());
      } while (t.accept(","));
      t.expect(")");
      return r -> r.get(at) != null && values.stream().anyMatch(v -> compare(r.get(at), v, num) == 0) != not;
    }
    if (t.accept("LIKE")) {
      String regex = "(?is)" + java.util.regex.Pattern.quote(t.take().text()).replace("%", "\\E.*\\Q")
          .replace("_", "\\E.\\Q");
      return r -> r.get(at) != null && r.get(at).matches(regex) != not;
    }
    MysqlTokens.Token op = t.take();
    if (op.kind() != 'o' || !List.of("=", "!=", "<>", "<", ">", "<=", ">=").contains(op.text())) {
      throw t.syntax();
    }
    String v;
    if (t.accept("-")) {
      v = "-" + t.take().text();
    } else {
      v = t.peek().is("NULL") ? null : t.peek().text();
      t.take();
    }
    return r -> {
      if (r.get(at) == null || v == null) {
        return false;
      }
      int c = compare(r.get(at), v, num);
      return switch (op.text()) {
        case "=" -> c == 0;
        case "!=", "<>" -> c != 0;
        case "<" -> c < 0;
        case ">" -> c > 0;
        case "<=" -> c <= 0;
        default -> c >= 0;
      };
    };
  }
}
