package dev.kujira.engine.process.services;

import dev.kujira.engine.process.services.PgCluster.Column;
import dev.kujira.engine.process.services.PgCluster.Table;
import dev.kujira.engine.process.services.PgTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one SQL statement of the subset a learner types in psql on a {@link PgCluster}: CREATE
 * TABLE [IF NOT EXISTS] (serial/integer/bigint/text/varchar/boolean/numeric/date/timestamp
 * columns, PRIMARY KEY, NOT NULL, DEFAULT), DROP TABLE, INSERT … VALUES, SELECT (columns, *,
 * count(*), WHERE with comparisons joined by AND, ORDER BY, LIMIT; or constants and version(),
 * current_user, current_database() without FROM), UPDATE, DELETE, CREATE/DROP DATABASE, CREATE
 * USER/ROLE and ALTER USER … PASSWORD. Messages are PostgreSQL's. Everything else answers that
 * kujira does not simulate it; joins, transactions and privileges are not modelled.
 */
final class PgSql {
  /** A statement's failure: the error result to send. */
  static final class Failure extends RuntimeException {
    final transient PgResult result;

    Failure(PgResult result) {
      super(result.error(), null, false, false);
      this.result = result;
    }
  }

  private final PgCluster cluster;
  private final String user;
  private final String database;
  private final String version;

  PgSql(PgCluster cluster, String user, String database, String version) {
    this.cluster = cluster;
    this.user = user;
    this.database = database;
    this.version = version;
  }

  /** Runs {@code sql}; returns its result and whether it changed the cluster. */
  PgResult run(String sql) {
    PgTokens t = new PgTokens(sql);
    try {
      Token first = t.take();
      return switch (first.text()) {
        case "create" -> create(t);
        case "drop" -> drop(t);
        case "insert" -> PgRows.insert(table(t, "into"), t, tableName);
        case "select" -> PgRows.select(this, t);
        case "update" -> PgRows.update(table(t, null), t, tableName);
        case "delete" -> PgRows.delete(table(t, "from"), t);
        case "alter" -> alter(t);
        default -> first.kind() == 'w' && List.of("begin", "commit", "rollback", "grant", "revoke", "with", "explain",
            "truncate", "copy", "set", "show").contains(first.text())
            ? PgResult.error("kujira: psql: " + first.text().toUpperCase(Locale.ROOT) + " is not simulated (kujira runs"
                + " CREATE/DROP TABLE and DATABASE, INSERT, SELECT, UPDATE, DELETE, CREATE USER)", -2)
            : PgResult.error("syntax error at or near \"" + sql.substring(first.at(), first.at() + first.text().length())
                + "\"", first.at());
      };
    } catch (Failure f) {
      return f.result;
    } catch (RuntimeException outside) {
      // A statement past the subset's grammar (a number where a name goes, an expression kujira
      // does not evaluate): say so instead of guessing PostgreSQL's answer.
      return PgResult.error("kujira: psql: this statement is outside the SQL subset kujira simulates", -2);
    }
  }

  private String tableName;

  /** Reads [{@code word}] NAME and returns its table, or fails as PostgreSQL does. */
  private Table table(PgTokens t, String word) {
    if (word != null) {
      t.expect(word);
    }
    Token at = t.peek();
    String name = t.name();
    if (t.accept(".")) {
      name = t.name();
    }
    tableName = name;
    Table table = db().tables.get(name);
    if (table == null) {
      throw new Failure(PgResult.error("relation \"" + name + "\" does not exist", at.at()));
    }
    return table;
  }

  PgCluster.Database db() {
    return cluster.databases.get(database);
  }

  String user() {
    return user;
  }

  String database() {
    return database;
  }

  String version() {
    return version;
  }

  private PgResult create(PgTokens t) {
    if (t.accept("database")) {
      String name = t.name();
      if (cluster.databases.containsKey(name)) {
        return PgResult.error("database \"" + name + "\" already exists", -1);
      }
      cluster.databases.put(name, new PgCluster.Database(user));
      return PgResult.tag("CREATE DATABASE");
    }
    if (t.accept("user") || t.accept("role")) {
      String name = t.name();
      if (cluster.roles.containsKey(name)) {
        return PgResult.error("role \"" + name + "\" already exists", -1);
      }
      String password = "";
      boolean superuser = false;
      t.accept("with");
      while (!t.atEnd()) {
        Token w = t.take();
        if (w.is("password")) {
          password = t.take().text();
        } else if (w.is("superuser")) {
          superuser = true;
        }
      }
      cluster.roles.put(name, new PgCluster.Role(password, superuser));
      return PgResult.tag("CREATE ROLE");
    }
    t.expect("table");
    boolean ifNotExists = t.accept("if");
    if (ifNotExists) {
      t.expect("not");
      t.expect("exists");
    }
    String name = t.name();
    if (db().tables.containsKey(name)) {
      t.expect("(");
      PgResult exists = PgResult.error("relation \"" + name + "\" already exists", -1);
      return ifNotExists ? PgResult.tag("CREATE TABLE").withNotice("relation \"" + name + "\" already exists, skipping")
          : exists;
    }
    Table table = new Table();
    t.expect("(");
    do {
      if (t.accept("primary")) {
        t.expect("key");
        t.expect("(");
        String key = t.name();
        t.expect(")");
        table.columns.replaceAll(c -> c.name().equals(key) ? new Column(c.name(), c.type(), true, c.dflt(), true) : c);
        continue;
      }
      String col = t.name();
      String type = PgRows.type(t);
      boolean notNull = false;
      boolean pk = false;
      String dflt = null;
      if (type.equals("serial") || type.equals("bigserial")) {
        type = type.equals("serial") ? "integer" : "bigint";
        notNull = true;
        dflt = "nextval('" + name + "_" + col + "_seq'::regclass)";
        table.sequences.put(col, 0L);
      }
      while (!t.peek().text().equals(",") && !t.peek().text().equals(")") && !t.atEnd()) {
        if (t.accept("primary")) {
          t.expect("key");
          pk = true;
          notNull = true;
        } else if (t.accept("not")) {
          t.expect("null");
          notNull = true;
        } else if (t.accept("null") || t.accept("unique")) {
          // allowed, nothing to keep
        } else if (t.accept("default")) {
          Token v = t.take();
          dflt = v.kind() == 's' ? "'" + v.text() + "'::" + (type.startsWith("character varying") ? "character varying"
              : type) : v.text().equals("now") || v.is("current_timestamp") ? (t.accept("(") && t.accept(")") ? "now()"
              : "CURRENT_TIMESTAMP") : v.text();
        } else {
          throw t.syntax();
        }
      }
      table.columns.add(new Column(col, type, notNull, dflt, pk));
    } while (t.accept(","));
    t.expect(")");
    db().tables.put(name, table);
    return PgResult.tag("CREATE TABLE");
  }

  private PgResult drop(PgTokens t) {
    boolean database = t.accept("database");
    if (!database) {
      t.expect("table");
    }
    boolean ifExists = t.accept("if");
    if (ifExists) {
      t.expect("exists");
    }
    String name = t.name();
    String kind = database ? "database" : "table";
    Map<String, ?> where = database ? cluster.databases : db().tables;
    if (!where.containsKey(name)) {
      String missing = kind + " \"" + name + "\" does not exist";
      return ifExists ? PgResult.tag("DROP " + kind.toUpperCase(Locale.ROOT)).withNotice(missing + ", skipping")
          : PgResult.error(missing, -1);
    }
    if (database && name.equals(this.database)) {
      return PgResult.error("cannot drop the currently open database", -1);
    }
    where.remove(name);
    return PgResult.tag("DROP " + kind.toUpperCase(Locale.ROOT));
  }

  private PgResult alter(PgTokens t) {
    if (!t.accept("user") && !t.accept("role")) {
      throw t.syntax();
    }
    String name = t.name();
    PgCluster.Role role = cluster.roles.get(name);
    if (role == null) {
      return PgResult.error("role \"" + name + "\" does not exist", -1);
    }
    t.accept("with");
    t.expect("password");
    cluster.roles.put(name, new PgCluster.Role(t.take().text(), role.superuser()));
    return PgResult.tag("ALTER ROLE");
  }

  static List<String> list(String... items) {
    return new ArrayList<>(List.of(items));
  }
}
