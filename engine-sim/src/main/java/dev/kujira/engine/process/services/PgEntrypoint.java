package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Resolution;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The postgres image's docker-entrypoint.sh (docker-library/postgres, 15–17 on bookworm): with
 * an empty PGDATA it checks POSTGRES_PASSWORD / POSTGRES_HOST_AUTH_METHOD, runs initdb as
 * POSTGRES_USER (default postgres) with POSTGRES_INITDB_ARGS (-k/--data-checksums, -A/--auth-local
 * read), appends {@code host all all all METHOD} to pg_hba.conf, starts a socket-only server,
 * creates POSTGRES_DB (default: the user's name) unless it is postgres, runs
 * /docker-entrypoint-initdb.d/*.sql through psql and *.sh through the shell, stops the server and
 * says "PostgreSQL init process complete; ready for start up."; with PG_VERSION in PGDATA it skips
 * all that. Then it execs the command. initdb's lines and the temporary server's are as PostgreSQL
 * 15–17 print them; the quoted GUC names ("max_connections") came with 16.
 */
final class PgEntrypoint {
  private static final String SELF = "/usr/local/bin/docker-entrypoint.sh";

  private PgEntrypoint() {
  }

  static int run(Proc p, List<String> argv) {
    List<String> cmd = new ArrayList<>(argv.subList(1, argv.size()));
    if (!cmd.isEmpty() && cmd.get(0).startsWith("-")) {
      cmd.add(0, "postgres");
    }
    if (!cmd.isEmpty() && cmd.get(0).equals("postgres") && cmd.stream().noneMatch(a -> List.of("-?", "--help",
        "--describe-config", "-V", "--version").contains(a))) {
      String pgdata = PgServer.pgdata(p);
      p.fs().mkdir(pgdata, true);
      p.fs().mkdir("/var/run/postgresql", true);
      if (!p.fs().exists(pgdata + "/PG_VERSION")) {
        int status = initialise(p, pgdata);
        if (status != 0) {
          return status;
        }
        p.stdout().println();
        p.stdout().println("PostgreSQL init process complete; ready for start up.");
        p.stdout().println();
      } else {
        p.stdout().println();
        p.stdout().println("PostgreSQL Database directory appears to contain a database; Skipping initialization");
        p.stdout().println();
      }
      p.stdout().flush();
    }
    if (cmd.isEmpty()) {
      return 0;
    }
    Resolution r = p.resolve(cmd.get(0));
    if (!r.isFound()) {
      p.stderr().println(SELF + ": line 359: exec: " + cmd.get(0) + ": not found");
      return 127;
    }
    return p.exec(r.program(), cmd, null, true);
  }

  private static int initialise(Proc p, String pgdata) {
    String password = p.env().getOrDefault("POSTGRES_PASSWORD", "");
    String user = p.env().getOrDefault("POSTGRES_USER", "");
    user = user.isEmpty() ? "postgres" : user;
    String db = p.env().getOrDefault("POSTGRES_DB", "");
    db = db.isEmpty() ? user : db;
    String method = p.env().getOrDefault("POSTGRES_HOST_AUTH_METHOD", "");
    PrintStream err = p.stderr();
    if (password.isEmpty() && !method.equals("trust")) {
      err.print("Error: Database is uninitialized and superuser password is not specified.\n"
          + "       You must specify POSTGRES_PASSWORD to a non-empty value for the\n"
          + "       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\".\n\n"
          + "       You may also use \"POSTGRES_HOST_AUTH_METHOD=trust\" to allow all\n"
          + "       connections without a password. This is *not* recommended.\n\n"
          + "       See PostgreSQL documentation about \"trust\":\n"
          + "       https://www.postgresql.org/docs/current/auth-trust.html\n");
      return 1;
    }
    if (method.equals("trust")) {
      err.print("********************************************************************************\n"
          + "WARNING: POSTGRES_HOST_AUTH_METHOD has been set to \"trust\". This will allow\n"
          + "         anyone with access to the Postgres port to access your database without\n"
          + "         a password, even if POSTGRES_PASSWORD is set. See PostgreSQL\n"
          + "         documentation about \"trust\":\n"
          + "         https://www.postgresql.org/docs/current/auth-trust.html\n"
          + "         In Docker's default configuration, this is effectively any other\n"
          + "         container on the same system.\n\n"
          + "         It is not recommended to use POSTGRES_HOST_AUTH_METHOD=trust. Replace\n"
          + "         it with \"-e POSTGRES_PASSWORD=password\" instead to set a password in\n"
          + "         \"docker run\".\n"
          + "********************************************************************************\n");
    }
    List<String> args = List.of(p.env().getOrDefault("POSTGRES_INITDB_ARGS", "").trim().split("\\s+"));
    boolean checksums = args.contains("-k") || args.contains("--data-checksums");
    boolean localAuth = args.stream().anyMatch(a -> a.startsWith("--auth") || a.equals("-A"));
    // docker_create_db_directories makes POSTGRES_INITDB_WALDIR; docker_init_database_dir passes it
    // to initdb as --waldir, which makes PGDATA/pg_wal a symlink to it (docker-library/postgres).
    String waldir = p.env().getOrDefault("POSTGRES_INITDB_WALDIR", "");
    if (!waldir.isEmpty()) {
      p.fs().mkdir(waldir, true);
    }
    initdb(p, pgdata, waldir, checksums, localAuth);
    PgCluster c = PgCluster.init(user, password, p.now());
    int major = PgServer.major(p);
    write(p, pgdata + "/PG_VERSION", major + "\n");
    if (!waldir.isEmpty()) {
      p.fs().symlink(waldir, pgdata + "/pg_wal");
    }
    for (String d : List.of("base", "global", "pg_xact", "pg_stat", "pg_tblspc", "pg_logical",
        "pg_multixact", "pg_notify", "pg_replslot", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans",
        "pg_twophase", "pg_commit_ts", "pg_dynshmem")) {
      p.fs().mkdir(pgdata + "/" + d, true);
    }
    if (waldir.isEmpty()) {
      p.fs().mkdir(pgdata + "/pg_wal", true);
    }
    write(p, pgdata + "/postgresql.conf", "listen_addresses = '*'\n");
    write(p, pgdata + "/postgresql.auto.conf", "# Do not edit this file manually!\n"
        + "# It will be overwritten by the ALTER SYSTEM command.\n");
    write(p, pgdata + "/pg_ident.conf", "# PostgreSQL User Name Maps\n");
    String hbaMethod = method.isEmpty() ? "scram-sha-256" : method;
    write(p, pgdata + "/pg_hba.conf", "# TYPE  DATABASE        USER            ADDRESS                 METHOD\n\n"
        + "local   all             all                                     trust\n"
        + "host    all             all             127.0.0.1/32            trust\n"
        + "host    all             all             ::1/128                 trust\n"
        + "local   replication     all                                     trust\n"
        + "host    replication     all             127.0.0.1/32            trust\n"
        + "host    replication     all             ::1/128                 trust\n\n"
        + (hbaMethod.equals("trust") ? "# warning trust is enabled for all connections\n# see https://www.postgresql.org/"
            + "docs/" + major + "/auth-trust.html\n" : "")
        + "host all all all " + hbaMethod + "\n");
    p.stdout().print("waiting for server to start....");
    p.stdout().flush();
    PgServer.starting(p, c, 48, 51, false);
    p.stderr().flush();
    p.stdout().println(" done");
    p.stdout().println("server started");
    if (!c.databases.containsKey(db)) {
      c.databases.put(db, new PgCluster.Database(user));
      p.stdout().println("CREATE DATABASE");
      p.stdout().println();
    }
    c.save(p.fs(), pgdata);
    p.stdout().println();
    p.stdout().flush();
    int status = PgInitFiles.run(p, c, pgdata, user, db);
    if (status != 0) {
      return status;
    }
    p.stdout().print("waiting for server to shut down....");
    p.stdout().flush();
    PgServer.stopping(p, c, 48, 49, 54, "fast");
    p.stderr().flush();
    p.stdout().println(" done");
    p.stdout().println("server stopped");
    c.save(p.fs(), pgdata);
    return 0;
  }

  /** initdb's lines; with --waldir it fixes that directory too (PostgreSQL 15.18's initdb, run here). */
  private static void initdb(Proc p, String pgdata, String waldir, boolean checksums, boolean localAuth) {
    boolean quoted = PgServer.major(p) >= 16;
    PrintStream out = p.stdout();
    out.print("The files belonging to this database system will be owned by user \"postgres\".\n"
        + "This user must also own the server process.\n\n"
        + "The database cluster will be initialized with locale \"en_US.utf8\".\n"
        + "The default database encoding has accordingly been set to \"UTF8\".\n"
        + "The default text search configuration will be set to \"english\".\n\n"
        + "Data page checksums are " + (checksums ? "enabled" : "disabled") + ".\n\n"
        + "fixing permissions on existing directory " + pgdata + " ... ok\n"
        + (waldir.isEmpty() ? "" : "fixing permissions on existing directory " + waldir + " ... ok\n")
        + "creating subdirectories ... ok\n"
        + "selecting dynamic shared memory implementation ... posix\n"
        + "selecting default " + (quoted ? "\"max_connections\"" : "max_connections") + " ... 100\n"
        + "selecting default " + (quoted ? "\"shared_buffers\"" : "shared_buffers") + " ... 128MB\n"
        // bookworm's /etc/localtime names Etc/UTC; alpine has none and initdb settles on UTC.
        + "selecting default time zone ... " + (PgServer.alpine(p) ? "UTC" : "Etc/UTC") + "\n"
        + "creating configuration files ... ok\n"
        + "running bootstrap script ... ok\n"
        + "performing post-bootstrap initialization ... ok\n"
        + "syncing data to disk ... ok\n\n\n"
        + "Success. You can now start the database server using:\n\n"
        + "    pg_ctl -D " + pgdata + " -l logfile start\n\n");
    out.flush();
    if (!localAuth) {
      p.stderr().println("initdb: warning: enabling \"trust\" authentication for local connections");
      p.stderr().println("initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or"
          + " --auth-local and --auth-host, the next time you run initdb.");
      p.stderr().flush();
    }
  }

  static void write(Proc p, String path, String text) {
    try {
      p.fs().write(path, text.getBytes(StandardCharsets.UTF_8), false);
    } catch (FsException e) {
      // PGDATA not writable: initdb would have failed already on the real image
    }
  }
}
