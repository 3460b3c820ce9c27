package dev.kujira.engine.process.services;

import dev.kujira.engine.process.services.MysqlData.Column;
import dev.kujira.engine.process.services.MysqlData.Table;
import dev.kujira.engine.process.services.MysqlSql.Failure;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The table statements of {@link MysqlSql}: CREATE TABLE (column types as DESCRIBE shows them:
 * MySQL 8 drops integer display widths, MariaDB keeps int(11)), DROP TABLE, DESCRIBE, INSERT
 * (AUTO_INCREMENT, defaults, strict mode's errors as the images run it), UPDATE and DELETE. Values
 * are kept as text; SELECT is {@link MysqlSelect}.
 */
final class MysqlRows {
  static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "bigint");
  private static final List<String> MARIA_WIDTH = List.of("4", "6", "9", "11", "20");

  private MysqlRows() {
  }

  static boolean numeric(String type) {
    String base = type.split("[( ]")[0];
    return INTEGERS.contains(base) || List.of("decimal", "float", "double", "numeric").contains(base);
  }

  /** Resolves [db.]name to its table, failing as MySQL does when the database or table is missing. */
  static Table table(MysqlSql s, String[] name) {
    String db = name[0];
    if (db == null) {
      throw new Failure(1046, "3D000", "No database selected");
    }
    if (!s.data.granted(s.account, db)) {
      throw new Failure(1142, "42000", "SELECT command denied to user " + s.who() + " for table '" + name[1] + "'");
    }
    Table t = s.data.databases.getOrDefault(db, new TreeMap<>()).get(name[1]);
    if (t == null) {
      throw new Failure(1146, "42S02", "Table '" + db + "." + name[1] + "' doesn't exist");
    }
    return t;
  }

  /** [db.]name as {db, name}, the database defaulting to the session's. */
  static String[] qualified(MysqlSql s, MysqlTokens t) {
    String first = t.name();
    if (t.accept(".")) {
      return new String[] {first, t.name()};
    }
    return new String[] {s.db, first};
  }

  static MysqlResult createTable(MysqlSql s, MysqlTokens t) {
    boolean ifNotExists = t.accept("IF") && t.accept("NOT") && t.accept("EXISTS");
    String[] name = qualified(s, t);
    if (name[0] == null) {
      throw new Failure(1046, "3D000", "No database selected");
    }
    s.requireDatabase(name[0], false);
    Table table = new Table();
    t.expect("(");
    do {
      if (t.accept("PRIMARY")) {
        t.expect("KEY");
        t.expect("(");
        do {
          String c = t.name();
          table.column(c).ifPresent(col -> {
            col.primaryKey = true;
            col.notNull = true;
          });
        } while (t.accept(","));
        t.expect(")");
      } else if (List.of("KEY", "INDEX", "UNIQUE", "FOREIGN", "CONSTRAINT", "CHECK").contains(
          MysqlTokens.upper(t.peek().text())) && t.peek().kind() == 'w') {
        skipClause(t);
      } else {
        table.columns.add(column(s, t));
      }
    } while (t.accept(","));
    t.expect(")");
    while (!t.atEnd()) {
      t.take();
    }
    TreeMap<String, Table> tables = s.data.databases.get(name[0]);
    if (tables == null) {
      throw new Failure(1049, "42000", "Unknown database '" + name[0] + "'");
    }
    if (tables.containsKey(name[1])) {
      if (ifNotExists) {
        return MysqlResult.ok(0, null);
      }
      throw new Failure(1050, "42S01", "Table '" + name[1] + "' already exists");
    }
    tables.put(name[1], table);
    return MysqlResult.ok(0, null);
  }

  /** Skips an index or constraint clause up to the next comma at this depth. */
  private static void skipClause(MysqlTokens t) {
    int depth = 0;
    while (!t.atEnd()) {
      String x = t.peek().text();
      if (t.peek().kind() == 'o' && (x.equals(",") || x.equals(")")) && depth == 0) {
        return;
      }
      depth += x.equals("(") ? 1 : x.equals(")") ? -1 : 0;
      t.take();
    }
  }

  private static Column column(MysqlSql s, MysqlTokens t) {
    Column c = new Column();
    c.name = t.name();
    String base = t.name().toLowerCase(Locale.ROOT);
    String args = "";
    if (t.accept("(")) {
      StringBuilder sb = new StringBuilder();
      while (!t.accept(")")) {
        MysqlTokens.Token a = t.take();
        if (a.kind() == 'e') {
          throw t.syntax();
        }
        sb.append(a.kind() == 's' ? "'" + a.text() + "'" : a.text());
      }
      args = sb.toString();
    }
    boolean unsigned = t.accept("UNSIGNED");
    base = base.equals("integer") ? "int" : base;
    if (base.equals("bool") || base.equals("boolean")) {
      base = "tinyint";
      args = "1";
    } else if (base.equals("serial")) {
      base = "bigint";
      unsigned = true;
      c.notNull = true;
      c.autoIncrement = true;
    }
    if (INTEGERS.contains(base) && !args.equals("1")) {
      args = s.maria ? widthFor(base, unsigned) : "";
    }
    if (base.equals("decimal") && args.isEmpty()) {
      args = "10,0";
    }
    c.type = base + (args.isEmpty() ? "" : "(" + args + ")") + (unsigned ? " unsigned" : "");
    while (!t.atEnd() && !(t.peek().kind() == 'o' && (t.peek().text().equals(",") || t.peek().text().equals(")")))) {
      if (t.accept("NOT")) {
        t.expect("NULL");
        c.notNull = true;
      } else if (t.accept("NULL")) {
        c.notNull = false;
      } else if (t.accept("DEFAULT")) {
        MysqlTokens.Token v = t.take();
        c.dflt = v.is("NULL") ? null : v.is("CURRENT_TIMESTAMP") || v.is("NOW") ? "CURRENT_TIMESTAMP" : v.text();
        if (t.accept("(")) {
          t.expect(")");
        }
      } else if (t.accept("AUTO_INCREMENT")) {
        c.autoIncrement = true;
      } else if (t.accept("PRIMARY")) {
        t.expect("KEY");
        c.primaryKey = true;
        c.notNull = true;
      } else {
        t.take();
      }
    }
    return c;
  }

  /** MariaDB's display widths: int(11), int(10) unsigned, bigint(20)... */
  private static String widthFor(String base, boolean unsigned) {
    int w = Integer.parseInt(MARIA_WIDTH.get(INTEGERS.indexOf(base)));
    return String.valueOf(unsigned && !base.equals("bigint") ? w - 1 : w);
  }

  static MysqlResult dropTable(MysqlSql s, MysqlTokens t) {
    boolean ifExists = t.accept("IF") && t.accept("EXISTS");
    String[] name = qualified(s, t);
    if (name[0] == null) {
      throw new Failure(1046, "3D000", "No database selected");
    }
    TreeMap<String, Table> tables = s.data.databases.getOrDefault(name[0], new TreeMap<>());
    if (tables.remove(name[1]) == null && !ifExists) {
      throw new Failure(1051, "42S02", "Unknown table '" + name[0] + "." + name[1] + "'");
    }
    return MysqlResult.ok(0, null);
  }

  static MysqlResult describe(MysqlSql s, String name) {
    Table table = table(s, new String[] {s.db, name});
    List<List<String>> rows = new ArrayList<>();
    for (Column c : table.columns) {
      boolean now = "CURRENT_TIMESTAMP".equals(c.dflt);
      List<String> row = new ArrayList<>();
      row.add(c.name);
      row.add(c.type);
      row.add(c.notNull ? "NO" : "YES");
      row.add(c.primaryKey ? "PRI" : "");
      row.add(now && s.maria ? "current_timestamp()" : c.dflt);
      row.add(c.autoIncrement ? "auto_increment" : now && !s.maria ? "DEFAULT_GENERATED" : "");
      rows.add(row);
    }
    return MysqlResult.table(List.of("Field", "Type", "Null", "Key", "Default", "Extra"),
        List.of(false, false, false, false, false, false), rows);
  }

  static MysqlResult insert(MysqlSql s, MysqlTokens t) {
    t.accept("INTO");
    String[] name = qualified(s, t);
    Table table = table(s, name);
    List<Integer> targets = new ArrayList<>();
    if (t.accept("(")) {
      do {
        MysqlTokens.Token c = t.peek();
        int i = table.index(t.name());
        if (i < 0) {
          throw new Failure(1054, "42S22", "Unknown column '" + c.text() + "' in 'field list'");
        }
        targets.add(i);
      } while (t.accept(","));
      t.expect(")");
    } else {
      for (int i = 0; i < table.columns.size(); i++) {
        targets.add(i);
      }
    }
    if (!t.accept("VALUES")) {
      t.expect("VALUE");
    }
    List<List<String>> pending = new ArrayList<>();
    long next = table.nextId;
    int rowNo = 0;
    do {
      rowNo++;
      t.expect("(");
      List<String> given = new ArrayList<>();
      do {
        given.add(value(s, t));
      } while (t.accept(","));
      t.expect(")");
      if (given.size() != targets.size()) {
        throw new Failure(1136, "21S01", "Column count doesn't match value count at row " + rowNo);
      }
      List<String> row = new ArrayList<>();
      for (int i = 0; i < table.columns.size(); i++) {
        Column c = table.columns.get(i);
        int at = targets.indexOf(i);
        String v = at < 0 ? MysqlSelect.DEFAULT : given.get(at);
        if (c.autoIncrement && (v == null || v.equals(MysqlSelect.DEFAULT) || v.equals("0"))) {
          v = String.valueOf(next++);
        } else if (v != null && v.equals(MysqlSelect.DEFAULT)) {
          if (c.dflt == null && c.notNull && at < 0) {
            throw new Failure(1364, "HY000", "Field '" + c.name + "' doesn't have a default value");
          }
          v = "CURRENT_TIMESTAMP".equals(c.dflt) ? now(s) : c.dflt;
        }
        if (v == null && c.notNull) {
          throw new Failure(1048, "23000", "Column '" + c.name + "' cannot be null");
        }
        v = convert(s, name, c, v, rowNo);
        if (c.autoIncrement && v != null && v.matches("\\d+")) {
          next = Math.max(next, Long.parseLong(v) + 1);
        }
        row.add(v);
      }
      checkKey(s, table, name[1], row, pending);
      pending.add(row);
    } while (t.accept(","));
    table.rows.addAll(pending);
    table.nextId = next;
    return MysqlResult.ok(pending.size(), pending.size() > 1 ? "Records: " + pending.size()
        + "  Duplicates: 0  Warnings: 0" : null);
  }

  static String now(MysqlSql s) {
    return DATETIME.format(Instant.ofEpochMilli(s.now).atOffset(ZoneOffset.UTC));
  }

  /** One literal of a VALUES list or SET: string, number, NULL, DEFAULT, TRUE/FALSE, NOW(). */
  static String value(MysqlSql s, MysqlTokens t) {
    MysqlTokens.Token v = t.take();
    if (v.kind() == 's' || v.kind() == 'n') {
      return v.text();
    }
    if (v.kind() == 'o' && v.text().equals("-") && t.peek().kind() == 'n') {
      return "-" + t.take().text();
    }
    if (v.is("NULL")) {
      return null;
    }
    if (v.is("DEFAULT")) {
      return MysqlSelect.DEFAULT;
    }
    if (v.is("TRUE") || v.is("FALSE")) {
      return v.is("TRUE") ? "1" : "0";
    }
    if (v.is("NOW") || v.is("CURRENT_TIMESTAMP")) {
      if (t.accept("(")) {
        t.expect(")");
      }
      return now(s);
    }
    throw new Failure(1054, "42S22", "Unknown column '" + v.text() + "' in 'field list'");
  }

  /** Strict mode's checks and MySQL's text for a stored value. */
  private static String convert(MysqlSql s, String[] name, Column c, String v, int row) {
    if (v == null) {
      return null;
    }
    String base = c.type.split("[( ]")[0];
    String where = s.maria ? "`" + name[0] + "`.`" + name[1] + "`.`" + c.name + "`" : "'" + c.name + "'";
    if (INTEGERS.contains(base)) {
      if (!v.trim().matches("-?\\d+(\\.\\d+)?")) {
        throw new Failure(1366, "HY000", "Incorrect integer value: '" + v + "' for column " + where + " at row " + row);
      }
      return String.valueOf(Math.round(Double.parseDouble(v.trim())));
    }
    if (base.equals("decimal")) {
      if (!v.trim().matches("-?\\d*(\\.\\d+)?")) {
        throw new Failure(1366, "HY000", "Incorrect decimal value: '" + v + "' for column " + where + " at row " + row);
      }
      String[] ps = c.type.replaceAll(".*\\((.*)\\).*", "$1").split(",");
      int scale = ps.length > 1 ? Integer.parseInt(ps[1].trim()) : 0;
      return new java.math.BigDecimal(v.trim()).setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }
    if ((base.equals("varchar") || base.equals("char")) && c.type.contains("(")) {
      int max = Integer.parseInt(c.type.replaceAll(".*\\((\\d+)\\).*", "$1"));
      if (v.length() > max) {
        throw new Failure(1406, "22001", "Data too long for column '" + c.name + "' at row " + row);
      }
    }
    return v;
  }

  private static void checkKey(MysqlSql s, Table table, String name, List<String> row, List<List<String>> pending) {
    for (int i = 0; i < table.columns.size(); i++) {
      if (!table.columns.get(i).primaryKey) {
        continue;
      }
      int col = i;
      List<List<String>> all = new ArrayList<>(table.rows);
      all.addAll(pending);
      if (all.stream().anyMatch(r -> row.get(col) != null && row.get(col).equals(r.get(col)))) {
        throw new Failure(1062, "23000", "Duplicate entry '" + row.get(col) + "' for key '" + (s.maria ? ""
            : name + ".") + "PRIMARY'");
      }
    }
  }

  static MysqlResult update(MysqlSql s, MysqlTokens t) {
    String[] name = qualified(s, t);
    Table table = table(s, name);
    t.expect("SET");
    List<Integer> cols = new ArrayList<>();
    List<String> values = new ArrayList<>();
    do {
      MysqlTokens.Token c = t.peek();
      int i = table.index(t.name());
      if (i < 0) {
        throw new Failure(1054, "42S22", "Unknown column '" + c.text() + "' in 'field list'");
      }
      t.expect("=");
      cols.add(i);
      values.add(value(s, t));
    } while (t.accept(","));
    java.util.function.Predicate<List<String>> where = MysqlSelect.where(table, t);
    int matched = 0;
    int changed = 0;
    for (List<String> row : table.rows) {
      if (!where.test(row)) {
        continue;
      }
      matched++;
      boolean diff = false;
      for (int k = 0; k < cols.size(); k++) {
        Column c = table.columns.get(cols.get(k));
        String v = values.get(k);
        v = v != null && v.equals(MysqlSelect.DEFAULT) ? c.dflt : v;
        if (v == null && c.notNull) {
          throw new Failure(1048, "23000", "Column '" + c.name + "' cannot be null");
        }
        v = convert(s, name, c, v, matched);
        diff |= !java.util.Objects.equals(row.get(cols.get(k)), v);
        row.set(cols.get(k), v);
      }
      changed += diff ? 1 : 0;
    }
    return MysqlResult.ok(changed, "Rows matched: " + matched + "  Changed: " + changed + "  Warnings: 0");
  }

  static MysqlResult delete(MysqlSql s, MysqlTokens t) {
    t.expect("FROM");
    String[] name = qualified(s, t);
    Table table = table(s, name);
    java.util.function.Predicate<List<String>> where = MysqlSelect.where(table, t);
    int before = table.rows.size();
    table.rows.removeIf(where);
    return MysqlResult.ok(before - table.rows.size(), null);
  }
}
