package dev.kujira.engine.process.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs one statement against {@link MysqlData} as the mysql image's server would for the subset
 * learners type: SHOW DATABASES/TABLES, USE, CREATE/DROP DATABASE and TABLE, DESCRIBE, INSERT,
 * SELECT, UPDATE, DELETE ({@link MysqlRows}), and the account statements the entrypoint runs
 * (CREATE USER, ALTER USER, SET PASSWORD, GRANT, DROP USER, FLUSH PRIVILEGES). Errors carry
 * MySQL's numbers, SQLSTATEs and wording (MySQL 8's messages; MariaDB words a few differently).
 * A statement outside the subset says so instead of pretending to be a syntax error.
 */
final class MysqlSql {
  private static final Set<String> UNSIMULATED = Set.of("ALTER", "REPLACE", "CALL", "LOCK", "UNLOCK", "START",
      "BEGIN", "COMMIT", "ROLLBACK", "TRUNCATE", "EXPLAIN", "RENAME", "REVOKE", "PREPARE", "EXECUTE", "LOAD");

  /** An error that ends the statement. */
  static final class Failure extends RuntimeException {
    final int code;
    final String state;

    Failure(int code, String state, String message) {
      super(message, null, false, false);
      this.code = code;
      this.state = state;
    }
  }

  final MysqlData data;
  final String account;
  final boolean maria;
  final String version;
  final long now;
  String db;
  /** Where the client connects from ("localhost" over the socket, else its address), for USER(). */
  String client = "localhost";
  /** The server's hostname (the container's), for @@hostname. */
  String hostname = "localhost";

  /**
   * @param account the logged-in account ("app@%"), {@code db} the default database or null,
   *     {@code version} what VERSION() says, {@code now} the clock for CURRENT_TIMESTAMP
   */
  MysqlSql(MysqlData data, String account, String db, boolean maria, String version, long now) {
    this.data = data;
    this.account = account;
    this.db = db;
    this.maria = maria;
    this.version = version;
    this.now = now;
  }

  /** 'app'@'%' as errors name the account. */
  String who() {
    int at = account.lastIndexOf('@');
    return "'" + account.substring(0, at) + "'@'" + account.substring(at + 1) + "'";
  }

  MysqlResult run(String sql) {
    MysqlTokens t = new MysqlTokens(sql);
    try {
      if (t.atEnd()) {
        return MysqlResult.error(1065, "42000", "Query was empty");
      }
      MysqlResult r = statement(t, sql);
      if (!t.atEnd()) {
        throw t.syntax();
      }
      return r;
    } catch (Failure f) {
      String text = f.getMessage().replace("%s", maria ? "MariaDB" : "MySQL");
      return MysqlResult.error(f.code, f.state, text);
    }
  }

  private MysqlResult statement(MysqlTokens t, String sql) {
    MysqlTokens.Token first = t.peek();
    String word = MysqlTokens.upper(first.text());
    if (first.kind() != 'w') {
      throw t.syntax();
    }
    switch (word) {
      case "SHOW":
        t.take();
        return show(t);
      case "USE":
        t.take();
        String name = t.name();
        requireDatabase(name, false);
        db = name;
        return MysqlResult.ok(0, null).withDatabase(name);
      case "CREATE":
        t.take();
        if (t.accept("DATABASE") || t.accept("SCHEMA")) {
          return createDatabase(t);
        }
        if (t.accept("TABLE")) {
          return MysqlRows.createTable(this, t);
        }
        if (t.accept("USER")) {
          return createUser(t);
        }
        throw unsimulated(sql);
      case "DROP":
        t.take();
        if (t.accept("DATABASE") || t.accept("SCHEMA")) {
          return dropDatabase(t);
        }
        if (t.accept("TABLE")) {
          return MysqlRows.dropTable(this, t);
        }
        if (t.accept("USER")) {
          boolean ifExists = t.accept("IF") && accept(t, "EXISTS");
          do {
            String a = t.account();
            if (data.accounts.remove(a) == null && !ifExists) {
              throw new Failure(1396, "HY000", "Operation DROP USER failed for " + quote(a));
            }
          } while (t.accept(","));
          return MysqlResult.ok(0, null);
        }
        throw unsimulated(sql);
      case "DESCRIBE":
      case "DESC":
        t.take();
        return MysqlRows.describe(this, t.name());
      case "INSERT":
        t.take();
        return MysqlRows.insert(this, t);
      case "SELECT":
        t.take();
        return MysqlSelect.select(this, t);
      case "UPDATE":
        t.take();
        return MysqlRows.update(this, t);
      case "DELETE":
        t.take();
        return MysqlRows.delete(this, t);
      case "GRANT":
        t.take();
        return grant(t);
      case "FLUSH":
      case "SET":
        // FLUSH PRIVILEGES and session settings (autocommit, SQL_LOG_BIN) change nothing kujira shows.
        while (!t.atEnd()) {
          t.take();
        }
        return MysqlResult.ok(0, null);
      default:
        if (word.equals("ALTER") && sql.toUpperCase(Locale.ROOT).matches("(?s)\\s*ALTER\\s+USER\\s.*")) {
          t.take();
          t.take();
          return password(t, t.account());
        }
        if (UNSIMULATED.contains(word)) {
          throw unsimulated(sql);
        }
        throw t.syntax();
    }
  }

  private static boolean accept(MysqlTokens t, String word) {
    if (!t.accept(word)) {
      throw t.syntax();
    }
    return true;
  }

  private Failure unsimulated(String sql) {
    return new Failure(1235, "42000", "kujira: this statement is not simulated: " + sql.strip()
        + " (try SHOW, USE, CREATE/DROP DATABASE or TABLE, INSERT, SELECT, UPDATE, DELETE, DESCRIBE)");
  }

  static String quote(String account) {
    int at = account.lastIndexOf('@');
    return "'" + account.substring(0, at) + "'@'" + account.substring(at + 1) + "'";
  }

  private MysqlResult show(MysqlTokens t) {
    if (t.accept("DATABASES") || t.accept("SCHEMAS")) {
      List<List<String>> rows = new ArrayList<>();
      TreeMap<String, Boolean> all = new TreeMap<>();
      MysqlData.SYSTEM.forEach(s -> all.put(s, true));
      data.databases.keySet().forEach(s -> all.put(s, true));
      for (String name : all.keySet()) {
        if (data.granted(account, name) || data.granted(account, "*") && name.equals("mysql")) {
          rows.add(List.of(name));
        }
      }
      if (data.accounts.get(account) != null && data.accounts.get(account).grants.contains("*")) {
        rows.clear();
        all.keySet().forEach(n -> rows.add(List.of(n)));
      }
      return MysqlResult.table(List.of("Database"), List.of(false), rows);
    }
    if (t.accept("TABLES")) {
      String in = db;
      if (t.accept("FROM") || t.accept("IN")) {
        in = t.name();
      }
      if (in == null) {
        throw new Failure(1046, "3D000", "No database selected");
      }
      requireDatabase(in, false);
      List<List<String>> rows = new ArrayList<>();
      data.databases.getOrDefault(in, new TreeMap<>()).keySet().forEach(n -> rows.add(List.of(n)));
      return MysqlResult.table(List.of("Tables_in_" + in), List.of(false), rows);
    }
    if (t.accept("COLUMNS") || t.accept("FIELDS")) {
      if (!t.accept("FROM")) {
        t.expect("IN");
      }
      return MysqlRows.describe(this, t.name());
    }
    throw t.syntax();
  }

  /** Fails unless {@code name} exists and this account may use it (ER_BAD_DB_ERROR, ER_DBACCESS_DENIED_ERROR). */
  void requireDatabase(String name, boolean mayBeMissing) {
    if (!data.granted(account, name) && !name.equals("mysql")) {
      throw new Failure(1044, "42000", "Access denied for user " + who() + " to database '" + name + "'");
    }
    if (!mayBeMissing && !data.databases.containsKey(name) && !MysqlData.SYSTEM.contains(name)) {
      throw new Failure(1049, "42000", "Unknown database '" + name + "'");
    }
  }

  private MysqlResult createDatabase(MysqlTokens t) {
    boolean ifNotExists = t.accept("IF") && accept(t, "NOT") && accept(t, "EXISTS");
    String name = t.name();
    while (!t.atEnd()) {
      t.take();
    }
    requireDatabase(name, true);
    if (data.databases.containsKey(name) || MysqlData.SYSTEM.contains(name)) {
      if (ifNotExists) {
        return MysqlResult.ok(0, null);
      }
      throw new Failure(1007, "HY000", "Can't create database '" + name + "'; database exists");
    }
    data.databases.put(name, new TreeMap<>());
    return MysqlResult.ok(1, null);
  }

  private MysqlResult dropDatabase(MysqlTokens t) {
    boolean ifExists = t.accept("IF") && accept(t, "EXISTS");
    String name = t.name();
    requireDatabase(name, true);
    TreeMap<String, MysqlData.Table> gone = data.databases.remove(name);
    if (gone == null) {
      if (ifExists) {
        return MysqlResult.ok(0, null);
      }
      throw new Failure(1008, "HY000", "Can't drop database '" + name + "'; database doesn't exist");
    }
    if (name.equals(db)) {
      db = null;
    }
    return MysqlResult.ok(gone.size(), null);
  }

  private void requireAdmin(String what) {
    if (!data.granted(account, "*")) {
      throw new Failure(1227, "42000", "Access denied; you need (at least one of) the " + what
          + " privilege(s) for this operation");
    }
  }

  private MysqlResult createUser(MysqlTokens t) {
    requireAdmin("CREATE USER");
    boolean ifNotExists = t.accept("IF") && accept(t, "NOT") && accept(t, "EXISTS");
    String a = t.account();
    MysqlData.Account acc = new MysqlData.Account();
    if (t.accept("IDENTIFIED")) {
      t.expect("BY");
      acc.password = t.take().text();
    }
    if (data.accounts.containsKey(a)) {
      if (ifNotExists) {
        return MysqlResult.ok(0, null);
      }
      throw new Failure(1396, "HY000", "Operation CREATE USER failed for " + quote(a));
    }
    data.accounts.put(a, acc);
    return MysqlResult.ok(0, null);
  }

  /** ALTER USER a IDENTIFIED BY 'pw'. */
  private MysqlResult password(MysqlTokens t, String a) {
    if (!a.equals(account)) {
      requireAdmin("CREATE USER");
    }
    MysqlData.Account acc = data.accounts.get(a);
    t.expect("IDENTIFIED");
    t.expect("BY");
    String pw = t.take().text();
    if (acc == null) {
      throw new Failure(1396, "HY000", "Operation ALTER USER failed for " + quote(a));
    }
    acc.password = pw;
    return MysqlResult.ok(0, null);
  }

  /** GRANT ALL [PRIVILEGES] ON db.* | *.* TO account [WITH GRANT OPTION]. */
  private MysqlResult grant(MysqlTokens t) {
    requireAdmin("GRANT OPTION");
    while (!t.peek().is("ON") && !t.atEnd()) {
      t.take();
    }
    t.expect("ON");
    String on = t.accept("*") ? "*" : t.name().replace("\\_", "_");
    t.expect(".");
    t.expect("*");
    t.expect("TO");
    String a = t.account();
    while (!t.atEnd()) {
      t.take();
    }
    MysqlData.Account acc = data.accounts.get(a);
    if (acc == null) {
      throw new Failure(maria ? 1133 : 1410, maria ? "28000" : "42000", maria
          ? "Can't find any matching row in the user table" : "You are not allowed to create a user with GRANT");
    }
    acc.grants.add(on);
    return MysqlResult.ok(0, null);
  }

  /** The logged-in user's name. */
  String user() {
    return account.substring(0, account.lastIndexOf('@'));
  }
}
