package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * mysqld's own error-log lines on stderr, as the mysql image's server prints them: 8.0 (with its
 * --skip-host-cache deprecation), 8.4 and 9.x (MY-015015 "MySQL Server - start.") and an abridged
 * 5.7 (its first and last lines only; 5.7 prints some forty [Note] lines between). The same lines
 * serve the entrypoint's --initialize-insecure run, its temporary server (port 0, socket only)
 * and the real start; SIGTERM gives the shutdown lines. MariaDB's mariadbd prints only its ready
 * line here. Thread ids and the initialising process's pid are fixed numbers as on the image's
 * first run.
 */
final class Mysqld {
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'",
      Locale.ROOT);
  private static final DateTimeFormatter MARIA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private Mysqld() {
  }

  /** "8.0.40" from the image's MYSQL_VERSION ("8.0.40-1.el9"). */
  static String version(Proc p) {
    String v = p.env().getOrDefault("MYSQL_VERSION", "9.1.0-1.el9");
    return v.contains("-") ? v.substring(0, v.indexOf('-')) : v;
  }

  private static boolean maria(Proc p) {
    return p.env().containsKey("MARIADB_VERSION");
  }

  private static boolean old(Proc p) {
    return version(p).startsWith("5.");
  }

  private static boolean modern(Proc p) {
    String v = version(p);
    return !v.startsWith("5.") && !v.startsWith("8.0");
  }

  static void log(Proc p, int thread, String level, String code, String text) {
    String time = MICROS.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
    p.stderr().println(time + " " + thread + " [" + level + "] " + (code.isEmpty() ? "" : "[" + code + "] ") + text);
  }

  private static void skipHostCache(Proc p) {
    if (version(p).startsWith("8.0")) {
      log(p, 0, "Warning", "MY-011068] [Server", "The syntax '--skip-host-cache' is deprecated and will be removed in"
          + " a future release. Please use SET GLOBAL host_cache_size=0 instead.");
    }
  }

  /** The --initialize-insecure run's lines. */
  static void initialize(Proc p) {
    String v = version(p);
    if (old(p)) {
      log(p, 0, "Warning", "", "TIMESTAMP with implicit DEFAULT value is deprecated. Please use"
          + " --explicit_defaults_for_timestamp server option (see documentation for more details).");
      log(p, 1, "Warning", "", "root@localhost is created with an empty password ! Please consider switching off the"
          + " --initialize-insecure option.");
      return;
    }
    skipHostCache(p);
    if (modern(p)) {
      log(p, 0, "System", "MY-015017] [Server", "MySQL Server Initialization - start.");
    }
    log(p, 0, "System", "MY-013169] [Server", "/usr/sbin/mysqld (mysqld " + v + ") initializing of server in progress"
        + " as process 80");
    log(p, 1, "System", "MY-013576] [InnoDB", "InnoDB initialization has started.");
    log(p, 1, "System", "MY-013577] [InnoDB", "InnoDB initialization has ended.");
    log(p, 6, "Warning", "MY-010453] [Server", "root@localhost is created with an empty password ! Please consider"
        + " switching off the --initialize-insecure option.");
    if (modern(p)) {
      log(p, 0, "System", "MY-015018] [Server", "MySQL Server Initialization - end.");
    }
  }

  /** The start lines of the server as process {@code pid}; port 0 for the socket-only temporary server. */
  static void start(Proc p, int pid, int port) {
    String v = version(p);
    if (maria(p)) {
      String mv = p.env().get("MARIADB_VERSION");
      mv = mv.substring(mv.indexOf(':') + 1, mv.indexOf('+')) + "-MariaDB-ubu2404";
      p.stderr().println(MARIA.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)).replace(" 0", "  ")
          + " 0 [Note] mariadbd: ready for connections.");
      p.stderr().println("Version: '" + mv + "'  socket: '/run/mysqld/mysqld.sock'  port: " + port
          + "  mariadb.org binary distribution");
      return;
    }
    if (old(p)) {
      log(p, 0, "Note", "", "mysqld (mysqld " + v + ") starting as process " + pid + " ...");
      log(p, 0, "Note", "", "mysqld: ready for connections.");
      p.stderr().println("Version: '" + v + "'  socket: '/var/run/mysqld/mysqld.sock'  port: " + port
          + "  MySQL Community Server (GPL)");
      return;
    }
    skipHostCache(p);
    if (modern(p)) {
      log(p, 0, "System", "MY-015015] [Server", "MySQL Server - start.");
    }
    log(p, 0, "System", "MY-010116] [Server", "/usr/sbin/mysqld (mysqld " + v + ") starting as process " + pid);
    log(p, 1, "System", "MY-013576] [InnoDB", "InnoDB initialization has started.");
    log(p, 1, "System", "MY-013577] [InnoDB", "InnoDB initialization has ended.");
    log(p, 0, "Warning", "MY-010068] [Server", "CA certificate ca.pem is self signed.");
    log(p, 0, "System", "MY-013602] [Server", "Channel mysql_main configured to support TLS. Encrypted connections are"
        + " now supported for this channel.");
    log(p, 0, "Warning", "MY-011810] [Server", "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the"
        + " path is accessible to all OS users. Consider choosing a different directory.");
    log(p, 0, "System", "MY-011323] [Server", "X Plugin ready for connections. " + (port == 0
        ? "Socket: /var/run/mysqld/mysqlx.sock" : "Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"));
    log(p, 0, "System", "MY-010931] [Server", "/usr/sbin/mysqld: ready for connections. Version: '" + v + "'  socket:"
        + " '/var/run/mysqld/mysqld.sock'  port: " + port + "  MySQL Community Server - GPL.");
  }

  /** The shutdown lines; {@code by} is "root" (mysqladmin shutdown) or "<via user signal>". */
  static void stop(Proc p, int thread, String by) {
    String v = version(p);
    if (maria(p)) {
      return;
    }
    if (old(p)) {
      log(p, 0, "Note", "", "Giving 0 client threads a chance to die gracefully");
      log(p, 0, "Note", "", "Shutting down slave threads");
      log(p, 0, "Note", "", "Forcefully disconnecting 0 remaining clients");
      log(p, 0, "Note", "", "mysqld: Shutdown complete");
      p.stderr().println();
      return;
    }
    log(p, thread, "System", "MY-013172] [Server", "Received SHUTDOWN from user " + by + ". Shutting down mysqld"
        + " (Version: " + v + ").");
    log(p, 0, "System", "MY-010910] [Server", "/usr/sbin/mysqld: Shutdown complete (mysqld " + v + ")  MySQL Community"
        + " Server - GPL.");
    if (modern(p)) {
      log(p, 0, "System", "MY-015016] [Server", "MySQL Server - end.");
    }
  }

  /** mysqld in the foreground as process 1: its start lines, then its shutdown lines on SIGTERM/SIGINT. */
  static Program program() {
    return (p, argv) -> {
      Set<Signal> stop = Set.of(Signal.SIGTERM, Signal.SIGINT);
      for (Signal s : stop) {
        p.handle(s, true);
      }
      start(p, p.pid(), 3306);
      p.stderr().flush();
      return Suspend.call(() -> p.awaitStop(stop::contains), done -> {
        done.get();
        stop(p, 0, "<via user signal>");
        p.stderr().flush();
        return 0;
      });
    };
  }
}
