package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Resolution;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mysql image's docker-entrypoint.sh (docker-library/mysql 8.0/innovation, the same script):
 * "[Entrypoint]" notes with `date --rfc-3339=seconds` on stdout, warnings and errors on stderr;
 * it notes its start twice around the switch to the mysql user; with no /var/lib/mysql/mysql it
 * checks the root-password variables and MYSQL_USER, initialises (mysqld --initialize-insecure),
 * starts a socket-only temporary server, loads the time zones (mysql_tzinfo_to_sql's six
 * "Unable to load" warnings), creates the accounts, MYSQL_DATABASE and MYSQL_USER and runs
 * /docker-entrypoint-initdb.d ({@link MysqlInit}), stops the temporary server and says "MySQL init
 * process done. Ready for start up."; otherwise it only links the socket, whatever the variables
 * say now. MariaDB's (MariaDB/mariadb-docker 11.4 and 10.11) prints its own notes in its own order
 * and, on a later start of the same version, "MariaDB upgrade not required".
 */
final class MysqlEntrypoint {
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx", Locale.ROOT);
  private static final String SELF = "/usr/local/bin/docker-entrypoint.sh";
  private static final List<String> TZ_SKIPPED = List.of("iso3166.tab", "leap-seconds.list", "leapseconds",
      "tzdata.zi", "zone.tab", "zone1970.tab");

  private MysqlEntrypoint() {
  }

  /** mysql_note (stdout) and mysql_warn (stderr) for the steps {@link MysqlInit} prints. */
  interface Notes {
    void note(String text);

    void warn(String text);
  }

  private static Notes notes(Proc p) {
    return new Notes() {
      @Override
      public void note(String text) {
        MysqlEntrypoint.note(p, "Note", text);
      }

      @Override
      public void warn(String text) {
        MysqlEntrypoint.note(p, "Warn", text);
      }
    };
  }

  private static void note(Proc p, String type, String text) {
    String line = RFC3339.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)) + " [" + type
        + "] [Entrypoint]: " + text;
    (type.equals("Note") ? p.stdout() : p.stderr()).println(line);
  }

  static int run(Proc p, List<String> argv) {
    List<String> cmd = new ArrayList<>(argv.subList(1, argv.size()));
    boolean maria = p.env().containsKey("MARIADB_VERSION");
    if (!cmd.isEmpty() && cmd.get(0).startsWith("-")) {
      cmd.add(0, maria ? "mariadbd" : "mysqld");
    }
    String server = cmd.isEmpty() ? "" : cmd.get(0);
    if ((server.equals("mysqld") || server.equals("mariadbd")) && cmd.stream().noneMatch(a -> List.of("-?", "--help",
        "--print-defaults", "-V", "--version").contains(a))) {
      String product = maria ? "MariaDB" : "MySQL";
      String version = p.env().getOrDefault(maria ? "MARIADB_VERSION" : "MYSQL_VERSION", "");
      note(p, "Note", "Entrypoint script for " + product + " Server " + version + " started.");
      note(p, "Note", "Switching to dedicated user 'mysql'");
      note(p, "Note", "Entrypoint script for " + product + " Server " + version + " started.");
      boolean exists = p.fs().exists("/var/lib/mysql/mysql");
      if (!exists) {
        int status = maria ? checkMaria(p) : initialise(p);
        if (status != 0) {
          return status;
        }
      } else if (!maria) {
        p.stdout().println("'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'");
      } else if (upgradeInfo(p).equals(MysqlServer.version(p).replace("-ubu2404", ""))) {
        // _check_if_upgrade_is_needed: same version and the healthcheck file there.
        note(p, "Note", "MariaDB upgrade not required");
      }
      p.stdout().flush();
      p.stderr().flush();
    }
    if (cmd.isEmpty()) {
      return 0;
    }
    Resolution r = p.resolve(server);
    if (!r.isFound()) {
      p.stderr().println(SELF + ": line 424: exec: " + server + ": not found");
      return 127;
    }
    // exec: the server replaces the entrypoint, so it may wait holding no thread.
    return p.exec(r.program(), cmd, null, true);
  }

  private static boolean set(Proc p, String name) {
    return !p.env().getOrDefault(name, "").isEmpty();
  }

  private static int checkMaria(Proc p) {
    if (!set(p, "MARIADB_ROOT_PASSWORD") && !set(p, "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD")
        && !set(p, "MARIADB_RANDOM_ROOT_PASSWORD") && !set(p, "MYSQL_ROOT_PASSWORD")
        && !set(p, "MYSQL_ALLOW_EMPTY_PASSWORD") && !set(p, "MYSQL_RANDOM_ROOT_PASSWORD")
        && !set(p, "MARIADB_ROOT_PASSWORD_HASH")) {
      note(p, "ERROR", "Database is uninitialized and password option is not specified");
      p.stderr().print("\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH,"
          + " MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD\n");
      return 1;
    }
    // docker_mariadb_init's notes in its order; mariadb-install-db's own output is not reproduced.
    note(p, "Note", "Initializing database files");
    p.fs().mkdir("/var/lib/mysql/mysql", true);
    // mariadb-install-db records the version; 10.11 still calls the file mysql_upgrade_info.
    PgEntrypoint.write(p, "/var/lib/mysql/" + upgradeFile(p), MysqlServer.version(p).replace("-ubu2404", ""));
    PgEntrypoint.write(p, "/var/lib/mysql/.my-healthcheck.cnf", "[mariadb-client]\nport=3306\n"
        + "socket=/run/mysqld/mysqld.sock\nuser=healthcheck\n");
    note(p, "Note", "Database files initialized");
    note(p, "Note", "Starting temporary server");
    note(p, "Note", "Waiting for server startup");
    Mysqld.start(p, 99, 0);
    note(p, "Note", "Temporary server started.");
    String root = MysqlInit.env(p, "ROOT_PASSWORD", "");
    if (set(p, "MARIADB_RANDOM_ROOT_PASSWORD") || set(p, "MYSQL_RANDOM_ROOT_PASSWORD")) {
      root = randomPassword(p).substring(0, 32);
      note(p, "Note", "GENERATED ROOT PASSWORD: " + root);
    }
    int status = MysqlInit.setup(p, root, notes(p));
    if (status != 0) {
      return status;
    }
    note(p, "Note", "Stopping temporary server");
    note(p, "Note", "Temporary server stopped");
    p.stdout().println();
    note(p, "Note", "MariaDB init process done. Ready for start up.");
    p.stdout().println();
    return 0;
  }

  private static int initialise(Proc p) {
    if (!set(p, "MYSQL_ROOT_PASSWORD") && !set(p, "MYSQL_ALLOW_EMPTY_PASSWORD") && !set(p, "MYSQL_RANDOM_ROOT_PASSWORD")) {
      note(p, "ERROR", "Database is uninitialized and password option is not specified\n"
          + "    You need to specify one of the following as an environment variable:\n"
          + "    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD");
      return 1;
    }
    String user = p.env().getOrDefault("MYSQL_USER", "");
    String password = p.env().getOrDefault("MYSQL_PASSWORD", "");
    if (user.equals("root")) {
      note(p, "ERROR", "MYSQL_USER=\"root\", MYSQL_USER and MYSQL_PASSWORD are for configuring a regular user and"
          + " cannot be used for the root user\n"
          + "    Remove MYSQL_USER=\"root\" and use one of the following to control the root user password:\n"
          + "    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD");
      return 1;
    }
    if (!user.isEmpty() && password.isEmpty()) {
      note(p, "Warn", "MYSQL_USER specified, but missing MYSQL_PASSWORD; MYSQL_USER will not be created");
    } else if (user.isEmpty() && !password.isEmpty()) {
      note(p, "Warn", "MYSQL_PASSWORD specified, but missing MYSQL_USER; MYSQL_PASSWORD will be ignored");
    }
    note(p, "Note", "Initializing database files");
    Mysqld.initialize(p);
    note(p, "Note", "Database files initialized");
    note(p, "Note", "Starting temporary server");
    Mysqld.start(p, 124, 0);
    note(p, "Note", "Temporary server started.");
    p.stdout().println("'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'");
    p.stdout().flush();
    for (String f : TZ_SKIPPED) {
      p.stderr().println("Warning: Unable to load '/usr/share/zoneinfo/" + f + "' as time zone. Skipping it.");
    }
    p.stderr().flush();
    p.fs().mkdir("/var/lib/mysql/mysql", true);
    String root = p.env().getOrDefault("MYSQL_ROOT_PASSWORD", "");
    if (set(p, "MYSQL_RANDOM_ROOT_PASSWORD")) {
      root = randomPassword(p);
      note(p, "Note", "GENERATED ROOT PASSWORD: " + root);
    }
    int status = MysqlInit.setup(p, root, notes(p));
    if (status != 0) {
      return status;
    }
    note(p, "Note", "Stopping temporary server");
    Mysqld.stop(p, 10, "root");
    note(p, "Note", "Temporary server stopped");
    p.stdout().println();
    note(p, "Note", "MySQL init process done. Ready for start up.");
    p.stdout().println();
    return 0;
  }

  private static String upgradeFile(Proc p) {
    return MysqlServer.version(p).startsWith("10.") ? "mysql_upgrade_info" : "mariadb_upgrade_info";
  }

  private static String upgradeInfo(Proc p) {
    try {
      return new String(p.fs().read("/var/lib/mysql/" + upgradeFile(p)), java.nio.charset.StandardCharsets.UTF_8)
          .strip();
    } catch (dev.kujira.engine.fs.FsException e) {
      return "";
    }
  }

  /** openssl rand -base64 24: 32 characters, from the session's ids so a replay prints the same. */
  private static String randomPassword(Proc p) {
    String hex = dev.kujira.engine.util.Ids.sha256Hex("mysql-root:" + p.now() + ":" + p.hostname());
    byte[] bytes = new byte[24];
    for (int i = 0; i < 24; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }
}
