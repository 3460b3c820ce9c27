package dev.kujira.engine.process.services;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a MySQL or MariaDB server keeps in its data directory: the accounts (user@host with a
 * password and the schemas granted), the databases and their tables with rows. It lives in the
 * data directory (kujira-mysql.json, kujira's own format, not InnoDB's files) beside a folder per
 * database, so a volume on /var/lib/mysql keeps users, passwords and rows across containers and a
 * second start ignores changed MYSQL_* variables, as the entrypoint only reads them when
 * /var/lib/mysql/mysql does not exist (docker-library/mysql's docker_setup_env).
 */
final class MysqlData {
  static final String FILE = "kujira-mysql.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  /** The schemas every server has, which SHOW DATABASES lists for root. */
  static final List<String> SYSTEM = List.of("information_schema", "mysql", "performance_schema", "sys");

  /** An account: its password and the databases granted ("*" for all, as GRANT ALL ON *.*). */
  public static final class Account {
    public String password = "";
    public TreeSet<String> grants = new TreeSet<>();
  }

  /** A column as CREATE TABLE declared it; {@code type} as DESCRIBE shows it. */
  public static final class Column {
    public String name;
    public String type;
    public boolean notNull;
    public String dflt;
    public boolean primaryKey;
    public boolean autoIncrement;
  }

  /** A table: columns, rows (null for SQL NULL) and the next AUTO_INCREMENT value. */
  public static final class Table {
    public List<Column> columns = new ArrayList<>();
    public List<List<String>> rows = new ArrayList<>();
    public long nextId = 1;

    Optional<Column> column(String name) {
      return columns.stream().filter(c -> c.name.equalsIgnoreCase(name)).findFirst();
    }

    int index(String name) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).name.equalsIgnoreCase(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** Accounts by "user@host". */
  public TreeMap<String, Account> accounts = new TreeMap<>();
  /** Databases (not the system schemas) by name, each with its tables by name. */
  public TreeMap<String, TreeMap<String, Table>> databases = new TreeMap<>();

  /** Returns the account {@code user} connecting from {@code host} logs in as: user@host, else user@%. */
  Optional<String> account(String user, String host) {
    if (accounts.containsKey(user + "@" + host)) {
      return Optional.of(user + "@" + host);
    }
    return accounts.containsKey(user + "@%") ? Optional.of(user + "@%") : Optional.empty();
  }

  /** Whether {@code account} may use database {@code db}. */
  boolean granted(String account, String db) {
    Account a = accounts.get(account);
    // Every account sees information_schema and performance_schema (SHOW DATABASES as a plain user).
    return a != null && (a.grants.contains("*") || a.grants.contains(db) || db.equals("information_schema")
        || db.equals("performance_schema"));
  }

  /** Reads the data saved in {@code datadir}, or null when there is none. */
  static MysqlData load(FileSystemView fs, String datadir) {
    try {
      return JSON.readValue(fs.read(datadir + "/" + FILE), MysqlData.class);
    } catch (FsException | IOException e) {
      return null;
    }
  }

  /** Writes the data into {@code datadir}, with a folder per database as mysqld keeps them. */
  void save(FileSystemView fs, String datadir) {
    try {
      fs.mkdir(datadir, true);
      for (String db : databases.keySet()) {
        fs.mkdir(datadir + "/" + db, true);
      }
      fs.write(datadir + "/" + FILE, JSON.writeValueAsBytes(this), false);
    } catch (IOException | FsException e) {
      // a read-only data directory: mysqld would have failed at start on the real image
    }
  }

  /** The fresh server's accounts (--initialize-insecure: root@localhost with no password). */
  static MysqlData fresh() {
    MysqlData d = new MysqlData();
    Account root = new Account();
    root.grants.add("*");
    d.accounts.put("root@localhost", root);
    return d;
  }

  /** Keys of a map in name order, for SHOW. */
  static List<String> names(Map<String, ?> m) {
    return new ArrayList<>(m.keySet());
  }
}
