package dev.kujira.engine.process.services;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A PostgreSQL cluster as the postgres image keeps it in PGDATA: roles, databases and their
 * tables with rows. It is saved in PGDATA (global/kujira_cluster.json, kujira's own format, not
 * PostgreSQL's heap files), so a volume on PGDATA keeps the data across container re-creation
 * and a second start finds PG_VERSION and skips initialisation, as on Docker.
 */
final class PgCluster {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String FILE = "global/kujira_cluster.json";

  /** A role: its password ("" for none) and whether it is a superuser. */
  record Role(String password, boolean superuser) {
  }

  /** A column: SQL type as \d shows it, NOT NULL, default expression, primary key. */
  record Column(String name, String type, boolean notNull, String dflt, boolean primaryKey) {
  }

  /** A table: columns, rows (null for SQL NULL) and the serial counters by column. */
  static final class Table {
    final List<Column> columns = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final Map<String, Long> sequences = new TreeMap<>();
  }

  /** A database: owner and tables by name. */
  static final class Database {
    String owner;
    final Map<String, Table> tables = new TreeMap<>();

    Database(String owner) {
      this.owner = owner;
    }
  }

  final Map<String, Role> roles = new TreeMap<>();
  final Map<String, Database> databases = new TreeMap<>();
  /** When the server last shut down cleanly (epoch ms), for "database system was shut down at". */
  long shutdownAt;
  /**
   * pg_control's state: true from the moment a server is ready until its clean shutdown, so a
   * server killed (SIGKILL, SIGQUIT) leaves it set and the next start recovers ({@link PgRecovery}).
   */
  boolean inProduction;
  /** pg_control's time when the server last became ready: "last known up at". */
  long upAt;
  /** The end of the write-ahead log and the last checkpoint's redo point (kujira's counters). */
  long lsn;
  long redoLsn;

  /** Returns the cluster initdb makes: the superuser and postgres, template0, template1. */
  static PgCluster init(String superuser, String password, long now) {
    PgCluster c = new PgCluster();
    c.roles.put(superuser, new Role(password, true));
    for (String db : List.of("postgres", "template0", "template1")) {
      c.databases.put(db, new Database(superuser));
    }
    c.shutdownAt = now;
    c.lsn = PgRecovery.INITIAL_LSN;
    c.redoLsn = c.lsn;
    return c;
  }

  /** Reads the cluster saved in {@code pgdata}, or null when there is none. */
  static PgCluster load(FileSystemView fs, String pgdata) {
    Map<String, Object> m;
    try {
      m = JSON.readValue(fs.read(pgdata + "/" + FILE), new TypeReference<Map<String, Object>>() { });
    } catch (FsException | IOException e) {
      return null;
    }
    PgCluster c = new PgCluster();
    c.shutdownAt = ((Number) m.getOrDefault("shutdownAt", 0L)).longValue();
    c.inProduction = Boolean.TRUE.equals(m.get("inProduction"));
    c.upAt = ((Number) m.getOrDefault("upAt", 0L)).longValue();
    c.lsn = ((Number) m.getOrDefault("lsn", PgRecovery.INITIAL_LSN)).longValue();
    c.redoLsn = ((Number) m.getOrDefault("redoLsn", c.lsn)).longValue();
    map(m.get("roles")).forEach((name, r) -> {
      Map<String, Object> role = map(r);
      c.roles.put(name, new Role((String) role.get("password"), Boolean.TRUE.equals(role.get("superuser"))));
    });
    map(m.get("databases")).forEach((name, d) -> {
      Map<String, Object> db = map(d);
      Database database = new Database((String) db.get("owner"));
      map(db.get("tables")).forEach((tn, t) -> {
        Map<String, Object> tm = map(t);
        Table table = new Table();
        for (Object o : (List<?>) tm.get("columns")) {
          Map<String, Object> col = map(o);
          table.columns.add(new Column((String) col.get("name"), (String) col.get("type"),
              Boolean.TRUE.equals(col.get("notNull")), (String) col.get("dflt"), Boolean.TRUE.equals(col.get("primaryKey"))));
        }
        for (Object row : (List<?>) tm.get("rows")) {
          List<String> values = new ArrayList<>();
          ((List<?>) row).forEach(v -> values.add((String) v));
          table.rows.add(values);
        }
        map(tm.get("sequences")).forEach((k, v) -> table.sequences.put(k, ((Number) v).longValue()));
        database.tables.put(tn, table);
      });
      c.databases.put(name, database);
    });
    return c;
  }

  /** Writes the cluster into {@code pgdata}. */
  void save(FileSystemView fs, String pgdata) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("shutdownAt", shutdownAt);
    m.put("inProduction", inProduction);
    m.put("upAt", upAt);
    m.put("lsn", lsn);
    m.put("redoLsn", redoLsn);
    Map<String, Object> rs = new TreeMap<>();
    roles.forEach((n, r) -> rs.put(n, Map.of("password", r.password(), "superuser", r.superuser())));
    m.put("roles", rs);
    Map<String, Object> ds = new TreeMap<>();
    databases.forEach((n, d) -> {
      Map<String, Object> ts = new TreeMap<>();
      d.tables.forEach((tn, t) -> {
        List<Object> cols = new ArrayList<>();
        for (Column c : t.columns) {
          Map<String, Object> col = new LinkedHashMap<>();
          col.put("name", c.name());
          col.put("type", c.type());
          col.put("notNull", c.notNull());
          col.put("dflt", c.dflt());
          col.put("primaryKey", c.primaryKey());
          cols.add(col);
        }
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("columns", cols);
        tm.put("rows", t.rows);
        tm.put("sequences", t.sequences);
        ts.put(tn, tm);
      });
      ds.put(n, Map.of("owner", d.owner, "tables", ts));
    });
    m.put("databases", ds);
    try {
      fs.mkdir(pgdata + "/global", true);
      fs.write(pgdata + "/" + FILE, JSON.writeValueAsBytes(m), false);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }
}
