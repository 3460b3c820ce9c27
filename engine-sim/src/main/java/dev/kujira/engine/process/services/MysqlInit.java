package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The first start's database setup of the mysql and mariadb entrypoints, while their temporary
 * server runs: docker_setup_db's accounts (root@localhost and root@MYSQL_ROOT_HOST, default %,
 * with the root password; MYSQL_USER@% with MYSQL_PASSWORD and ALL on MYSQL_DATABASE) made with
 * the same SQL the scripts send, then docker_process_init_files over /docker-entrypoint-initdb.d:
 * *.sh run (executable) or sourced, *.sql, *.sql.gz piped into the mysql client as root on
 * MYSQL_DATABASE (so a failing statement stops the entrypoint with the client's
 * "ERROR … at line N"), anything else ignored with a warning. The temporary server answers on
 * the socket (here: 3306 inside the container) so init scripts can call mysql themselves. All of
 * it is written to the data directory once; later starts read it and never look at the variables
 * again (docker-library/mysql 8.4 and MariaDB/mariadb-docker 11.4 docker-entrypoint.sh).
 * *.sql.xz, *.sql.bz2 and *.sql.zst need decompressors kujira does not have; they fail saying so.
 */
final class MysqlInit {
  private static final String DIR = "/docker-entrypoint-initdb.d";
  private static final String SELF = "/usr/local/bin/docker-entrypoint.sh";

  private MysqlInit() {
  }

  /** MARIADB_{@code name} (MariaDB reads it first), else MYSQL_{@code name}, else {@code dflt}. */
  static String env(Proc p, String name, String dflt) {
    String v = MysqlClient.maria(p) ? p.env().getOrDefault("MARIADB_" + name, "") : "";
    v = v.isEmpty() ? p.env().getOrDefault("MYSQL_" + name, "") : v;
    return v.isEmpty() ? dflt : v;
  }

  /**
   * Creates the accounts and database, prints the notes between "Temporary server started." and
   * "Stopping temporary server" and runs the init files; returns 0 or the status that stops the
   * entrypoint. {@code rootPassword} is the password chosen (random or given).
   */
  static int setup(Proc p, String rootPassword, MysqlEntrypoint.Notes notes) {
    boolean maria = MysqlClient.maria(p);
    MysqlData data = MysqlData.fresh();
    MysqlSql root = new MysqlSql(data, "root@localhost", null, maria, MysqlServer.version(p), p.now());
    String q = rootPassword.replace("\\", "\\\\").replace("'", "\\'");
    root.run("ALTER USER 'root'@'localhost' IDENTIFIED BY '" + q + "'");
    String rootHost = env(p, "ROOT_HOST", "%");
    if (!rootHost.equals("localhost")) {
      root.run("CREATE USER 'root'@'" + rootHost + "' IDENTIFIED BY '" + q + "'");
      root.run("GRANT ALL ON *.* TO 'root'@'" + rootHost + "' WITH GRANT OPTION");
    }
    String db = env(p, "DATABASE", "");
    String user = env(p, "USER", "");
    String password = env(p, "PASSWORD", "");
    if (!db.isEmpty()) {
      notes.note("Creating database " + db);
      root.run("CREATE DATABASE IF NOT EXISTS `" + db + "`");
    }
    if (!user.isEmpty() && !password.isEmpty()) {
      notes.note("Creating user " + user);
      root.run("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password.replace("'", "\\'") + "'");
      if (!db.isEmpty()) {
        notes.note("Giving user " + user + " access to schema " + db);
        root.run("GRANT ALL ON `" + db + "`.* TO '" + user + "'@'%'");
      }
    }
    if (maria) {
      notes.note("Securing system users (equivalent to running mysql_secure_installation)");
    }
    data.save(p.fs(), MysqlServer.DATADIR);
    // The temporary server: clients inside the container reach it while the init files run.
    long[] ids = {maria ? 3 : 8};
    p.network().listen(3306, (NetworkView.RawHandler) request -> {
      synchronized (data) {
        return MysqlServer.json(MysqlServer.answer(p, data, maria, ids, new String(request, StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);
      }
    });
    try {
      p.stdout().println();
      for (String f : files(p)) {
        int status = one(p, f, notes, rootPassword, db, data);
        if (status != 0) {
          return status;
        }
        p.stdout().println();
      }
      return 0;
    } finally {
      p.network().unlisten(3306);
      p.stdout().flush();
    }
  }

  private static List<String> files(Proc p) {
    List<String> out = new ArrayList<>();
    try {
      for (String n : p.fs().list(DIR)) {
        out.add(DIR + "/" + n);
      }
    } catch (FsException e) {
      // no folder: nullglob leaves the loop empty
    }
    out.sort(null);
    return out;
  }

  private static int one(Proc p, String f, MysqlEntrypoint.Notes notes, String rootPassword, String db,
      MysqlData data) {
    if (f.endsWith(".sh")) {
      boolean exec = (p.fs().stat(f).mode() & 0111) != 0;
      notes.note(SELF + ": " + (exec ? "running " : "sourcing ") + f);
      p.stdout().flush();
      return shell(p, f);
    }
    if (!f.endsWith(".sql") && !f.endsWith(".sql.gz") && !f.endsWith(".sql.xz") && !f.endsWith(".sql.zst")
        && !(f.endsWith(".sql.bz2") && !MysqlClient.maria(p))) {
      notes.warn(SELF + ": ignoring " + f);
      return 0;
    }
    notes.note(SELF + ": running " + f);
    p.stdout().flush();
    String sql;
    try {
      byte[] raw = p.fs().read(f);
      if (f.endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
          raw = in.readAllBytes();
        }
      } else if (!f.endsWith(".sql")) {
        p.stderr().println("kujira: " + f.substring(f.lastIndexOf('.') + 1) + "-compressed init files are not"
            + " simulated; use .sql or .sql.gz");
        return 1;
      }
      sql = new String(raw, StandardCharsets.UTF_8);
    } catch (IOException e) {
      p.stderr().println("gzip: " + f + ": not in gzip format");
      return 1;
    }
    MysqlClient.Options o = new MysqlClient.Options();
    MysqlClient.Connection c = new MysqlClient.Connection();
    c.ip = "127.0.0.1";
    c.client = "localhost";
    c.user = "root";
    c.password = rootPassword;
    c.database = db.isEmpty() ? null : db;
    c.port = 3306;
    int status = new MysqlMonitor(p, c, o, MysqlClient.maria(p)).batch(sql, false);
    if (status == 0) {
      p.stdout().println();
    }
    return status;
  }

  private static int shell(Proc p, String path) {
    Resolution r = p.resolve("bash");
    r = r.isFound() ? r : p.resolve("sh");
    if (!r.isFound()) {
      return 0;
    }
    try {
      return p.child(p.env(), p.stdin(), p.stdout(), p.stderr()).exec(r.program(), List.of("bash", path), null);
    } catch (ProcessKilled k) {
      return k.exitStatus();
    }
  }
}
