package dev.kujira.engine.process.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * The postgres server of the postgres image: its log lines at start (starting, listening,
 * "database system was shut down at", ready) and at each kind of stop (SIGINT fast, the image's
 * STOPSIGNAL; SIGTERM smart; SIGQUIT immediate), and the cluster in PGDATA answered to psql on
 * port 5432. pg_hba.conf's last line decides the method for connections from other containers
 * (trust, or a password for scram-sha-256/md5/password); the socket and 127.0.0.1 are trusted,
 * as initdb writes them. Background processes (checkpointer, startup) are not processes here: their
 * pids are fixed numbers as the image's first run shows them.
 */
final class PgServer {
  static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT);
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Signal> STOP = Set.of(Signal.SIGINT, Signal.SIGTERM, Signal.SIGQUIT);

  private PgServer() {
  }

  /**
   * "17.2 (Debian 17.2-1.pgdg120+1)" from the Debian image's PG_VERSION (a package version); the
   * alpine images build PostgreSQL from source and set the bare "17.2", which is what they print.
   */
  static String version(Proc p) {
    String full = p.env().getOrDefault("PG_VERSION", "17.2-1.pgdg120+1");
    return full.indexOf('-') < 0 ? full : full.substring(0, full.indexOf('-')) + " (Debian " + full + ")";
  }

  /**
   * version()'s text after the version: bookworm's gcc 12.2.0-14 and glibc, or the alpine 3.20
   * images' musl and gcc 13.2.1_git20240309 (alpine 3.20's gcc package).
   */
  static String build(Proc p) {
    return version(p) + (alpine(p)
        ? " on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit"
        : " on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit");
  }

  /** Whether this is an alpine tag: its PG_VERSION is not a Debian package version. */
  static boolean alpine(Proc p) {
    return p.env().getOrDefault("PG_VERSION", "-").indexOf('-') < 0;
  }

  static int major(Proc p) {
    return Integer.parseInt(p.env().getOrDefault("PG_MAJOR", "17"));
  }

  static String pgdata(Proc p) {
    return p.env().getOrDefault("PGDATA", "/var/lib/postgresql/data");
  }

  static void log(Proc p, int pid, String text) {
    p.stderr().println(LOG_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)) + " [" + pid + "] LOG:  "
        + text);
  }

  static String seconds(long millis) {
    return SECONDS.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
  }

  /** The start lines; {@code pid} is the postmaster's, {@code tcp} whether it listens on the network. */
  static void starting(Proc p, PgCluster c, int pid, int startup, boolean tcp) {
    log(p, pid, "starting PostgreSQL " + build(p));
    if (tcp) {
      log(p, pid, "listening on IPv4 address \"0.0.0.0\", port 5432");
      log(p, pid, "listening on IPv6 address \"::\", port 5432");
    }
    log(p, pid, "listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\"");
    PgRecovery.startLines(p, c, startup);
    log(p, pid, "database system is ready to accept connections");
  }

  /** The fast-shutdown lines ({@code how}: fast, smart or immediate). */
  static void stopping(Proc p, PgCluster c, int pid, int checkpointer, int launcher, String how) {
    log(p, pid, "received " + how + " shutdown request");
    if (!how.equals("immediate")) {
      if (how.equals("fast")) {
        log(p, pid, "aborting any active transactions");
      }
      log(p, pid, "background worker \"logical replication launcher\" (PID " + launcher + ") exited with exit code 1");
      log(p, checkpointer, "shutting down");
      log(p, checkpointer, "checkpoint starting: shutdown immediate");
      PgRecovery.checkpointComplete(p, c, checkpointer, 3, 2);
      PgRecovery.shutDown(p, c);
    }
    log(p, pid, "database system is shut down");
  }

  /** postgres: serves PGDATA's cluster on 5432 until SIGINT, SIGTERM or SIGQUIT. */
  static Program program() {
    return (p, argv) -> {
      if (argv.size() > 1 && (argv.get(1).equals("--version") || argv.get(1).equals("-V"))) {
        p.stdout().println("postgres (PostgreSQL) " + version(p));
        return 0;
      }
      String pgdata = pgdata(p);
      PgCluster c = PgCluster.load(p.fs(), pgdata);
      if (c == null) {
        p.stderr().println("postgres: could not access the server configuration file \"" + pgdata
            + "/postgresql.conf\": No such file or directory");
        return 2;
      }
      starting(p, c, p.pid(), 27, true);
      p.stderr().flush();
      // pg_control says "in production" from now on: a SIGKILL leaves it so (PgRecovery).
      c.save(p.fs(), pgdata);
      p.fs().write(pgdata + "/postmaster.pid", (p.pid() + "\n" + pgdata + "\n").getBytes(StandardCharsets.UTF_8), false);
      String method = hostMethod(p, pgdata);
      for (Signal s : STOP) {
        p.handle(s, true);
      }
      p.network().listen(5432, (NetworkView.RawHandler) request -> answer(p, c, pgdata, method,
          new String(request, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
      return ServeUntil.signal(p, 5432, STOP::contains, s -> {
        String how = s == Signal.SIGINT ? "fast" : s == Signal.SIGTERM ? "smart" : "immediate";
        stopping(p, c, p.pid(), 25, 30, how);
        p.stderr().flush();
        c.save(p.fs(), pgdata);
        if (!how.equals("immediate")) {
          p.fs().remove(pgdata + "/postmaster.pid", false);
        }
        return 0;
      });
    };
  }

  private static String hostMethod(Proc p, String pgdata) {
    String method = "scram-sha-256";
    try {
      for (String line : new String(p.fs().read(pgdata + "/pg_hba.conf"), StandardCharsets.UTF_8).split("\n")) {
        String[] w = line.trim().split("\\s+");
        if (w.length == 5 && w[0].equals("host") && w[3].equals("all")) {
          method = w[4];
        }
      }
    } catch (FsException e) {
      // no pg_hba.conf: PostgreSQL's default
    }
    return method;
  }

  /** Answers one psql request (see {@link Psql}): C(onnect), Q(uery) or M(eta command). */
  static String answer(Proc p, PgCluster c, String pgdata, String method, String request) {
    String[] f = request.split("\n", request.startsWith("C") ? 6 : request.startsWith("Q") ? 4 : 5);
    String user = f.length > 1 ? f[1] : "";
    String db = f.length > 2 ? f[2] : "";
    if (f[0].equals("C")) {
      String client = f[3];
      boolean trusted = client.equals("local") || client.startsWith("127.") || method.equals("trust");
      if (!trusted && f[4].equals("0")) {
        return "PW";
      }
      PgCluster.Role role = c.roles.get(user);
      if (!trusted && (role == null || !role.password().equals(f[5]))) {
        return "E\nFATAL:  password authentication failed for user \"" + user + "\"";
      }
      if (role == null) {
        return "E\nFATAL:  role \"" + user + "\" does not exist";
      }
      if (!c.databases.containsKey(db)) {
        return "E\nFATAL:  database \"" + db + "\" does not exist";
      }
      return "OK\n" + (role.superuser() ? "1" : "0");
    }
    if (!c.databases.containsKey(db)) {
      return json(PgResult.error("FATAL:  database \"" + db + "\" does not exist", -3));
    }
    PgResult r = f[0].equals("M") ? PgMeta.run(c, db, major(p), f[3], f.length > 4 ? f[4] : "")
        : new PgSql(c, user, db, build(p)).run(f[3]);
    if (f[0].equals("Q") && r.error() == null) {
      PgRecovery.wrote(c, f[3]);
      c.save(p.fs(), pgdata);
    }
    return json(r);
  }

  private static String json(PgResult r) {
    try {
      return JSON.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
