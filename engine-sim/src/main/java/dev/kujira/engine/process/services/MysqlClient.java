package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.TerminalInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mysql client (and MariaDB's mariadb): its options (-h, -P, -u, -p with or without a value,
 * --password=, -e, -D or the database as an argument, -N, -t, -B, --version), the login errors in
 * its words (ERROR 1045 Access denied, 2002 no local server, 2003 refused, 2005 unknown host), and
 * the three ways it prints: the interactive monitor on a terminal ({@link MysqlMonitor}), tables
 * for -e when standard output is a terminal, tab-separated batch output otherwise (a pipe, a file,
 * {@code docker exec} without -t). {@code -p PASSWORD} with a space takes PASSWORD as the database,
 * as the real client does.
 */
final class MysqlClient {
  /** The options parsed from the command line. */
  static final class Options {
    String host = "localhost";
    int port = 3306;
    String user;
    String password;
    boolean prompt;
    String execute;
    String database;
    boolean noHeaders;
    Boolean table;
  }

  private MysqlClient() {
  }

  static boolean maria(Proc p) {
    return p.env().containsKey("MARIADB_VERSION");
  }

  static int run(Proc p, List<String> argv) {
    boolean maria = maria(p);
    String self = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    Options o = new Options();
    List<String> positional = new ArrayList<>();
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      String next = i + 1 < argv.size() ? argv.get(i + 1) : null;
      if (a.equals("-V") || a.equals("--version")) {
        p.stdout().println(maria ? self + " from " + MysqlServer.version(p).replace("-ubu2404", "")
            + ", client 15.2 for debian-linux-gnu (x86_64) using  EditLine wrapper"
            : "mysql  Ver " + Mysqld.version(p) + " for Linux on x86_64 (MySQL Community Server - GPL)");
        return 0;
      } else if (a.equals("-p") || a.equals("--password")) {
        o.prompt = true;
      } else if (a.startsWith("-p")) {
        o.password = a.substring(2);
      } else if (a.startsWith("--password=")) {
        o.password = a.substring(11);
      } else if (a.equals("-N") || a.equals("--skip-column-names")) {
        o.noHeaders = true;
      } else if (a.equals("-t") || a.equals("--table")) {
        o.table = true;
      } else if (a.equals("-B") || a.equals("--batch") || a.equals("-s") || a.equals("--silent")) {
        o.table = false;
      } else if (a.startsWith("--") && a.contains("=")) {
        set(o, a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
      } else if (List.of("--host", "--port", "--user", "--execute", "--database").contains(a) && next != null) {
        set(o, a, next);
        i++;
      } else if (a.length() >= 2 && a.charAt(0) == '-' && "hPueD".indexOf(a.charAt(1)) >= 0) {
        String v = a.length() > 2 ? a.substring(2) : next;
        if (v == null) {
          p.stderr().println(self + ": option '" + a + "' requires an argument.");
          return 1;
        }
        if (a.length() == 2) {
          i++;
        }
        set(o, switch (a.charAt(1)) {
          case 'h' -> "--host";
          case 'P' -> "--port";
          case 'u' -> "--user";
          case 'e' -> "--execute";
          default -> "--database";
        }, v);
      } else if (!a.startsWith("-")) {
        positional.add(a);
      }
    }
    if (o.database == null && !positional.isEmpty()) {
      o.database = positional.get(0);
    }
    if (o.user == null) {
      o.user = p.user().isEmpty() || p.user().startsWith("0") ? "root" : p.user().split(":")[0];
    }
    if (o.password != null && !maria) {
      p.stderr().println("mysql: [Warning] Using a password on the command line interface can be insecure.");
    }
    if (o.prompt) {
      o.password = readPassword(p);
    }
    if (o.password == null) {
      o.password = p.env().get("MYSQL_PWD");
    }
    Connection c = connect(p, o, maria);
    if (c == null) {
      return 1;
    }
    boolean tty = p.stdoutColumns() > 0;
    if (o.execute != null) {
      return new MysqlMonitor(p, c, o, maria).batch(o.execute, o.table != null ? o.table : tty);
    }
    if (Psql.terminal(p)) {
      return new MysqlMonitor(p, c, o, maria).interactive();
    }
    String input;
    try {
      input = new String(p.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      input = "";
    }
    return new MysqlMonitor(p, c, o, maria).batch(input, o.table != null && o.table);
  }

  private static void set(Options o, String option, String v) {
    switch (option) {
      case "--host" -> o.host = v;
      case "--port" -> o.port = Integer.parseInt(v);
      case "--user" -> o.user = v;
      case "--execute" -> o.execute = v;
      case "--database" -> o.database = v;
      default -> {
        // --protocol, --socket, --default-character-set: nothing kujira changes
      }
    }
  }

  /** "Enter password: " with the terminal's echo off, as getpass() does. */
  private static String readPassword(Proc p) {
    p.stderr().print("Enter password: ");
    p.stderr().flush();
    // The learner's own terminal (the host REPL) or a container's pty (docker exec -t).
    TerminalInput host = TerminalInput.owning(p.stdin());
    dev.kujira.engine.process.Tty pty = dev.kujira.engine.process.Tty.owning(p.stdin());
    if (host != null) {
      host.echo(false);
    }
    if (pty != null) {
      pty.echo(false);
    }
    try {
      String line = Psql.readLine(p);
      return line == null ? "" : line;
    } finally {
      if (host != null) {
        host.echo(true);
      }
      if (pty != null) {
        pty.echo(true);
      }
      if (host != null || pty != null) {
        p.stderr().println();
      }
    }
  }

  /** A logged-in session: how to reach the server, who we are, the current database, the connection id. */
  static final class Connection {
    String ip;
    String client;
    String user;
    String password;
    String database;
    int port;
    long id;
  }

  /** Logs in, or prints the client's error and returns null. */
  private static Connection connect(Proc p, Options o, boolean maria) {
    boolean socket = o.host.equals("localhost");
    String product = maria ? "" : "MySQL ";
    Optional<String> ip = socket ? Optional.of("127.0.0.1") : o.host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")
        ? Optional.of(o.host) : p.network().resolve(o.host);
    if (ip.isEmpty()) {
      p.stderr().println("ERROR 2005 (HY000): Unknown " + product + "server host '" + o.host + "' (-2)");
      return null;
    }
    Connection c = new Connection();
    c.ip = ip.get();
    c.client = socket ? "localhost" : o.host.startsWith("127.") ? "localhost" : Scripts.ownAddress(p);
    c.user = o.user;
    c.password = o.password;
    c.database = o.database;
    c.port = o.port;
    Optional<MysqlResult> r = send(p, c, "");
    if (r.isEmpty()) {
      p.stderr().println(socket ? "ERROR 2002 (HY000): Can't connect to local " + product + "server through socket '"
          + (maria ? "/run/mysqld/mysqld.sock" : "/var/run/mysqld/mysqld.sock") + "' (2)"
          : maria ? "ERROR 2002 (HY000): Can't connect to server on '" + o.host + "' (115)"
          : "ERROR 2003 (HY000): Can't connect to MySQL server on '" + o.host + ":" + o.port + "' (111)");
      return null;
    }
    if (r.get().code() != 0) {
      p.stderr().println(r.get().errorLine(0));
      return null;
    }
    c.id = r.get().affected();
    return c;
  }

  /** Sends one statement; empty when nothing answers on the port. */
  static Optional<MysqlResult> send(Proc p, Connection c, String sql) {
    String request = c.user + "\n" + (c.password == null ? "\0" : c.password) + "\n" + c.client + "\n"
        + (c.database == null ? "" : c.database) + "\n" + sql;
    NetworkView.HttpResult r = p.network().tcp(c.ip, c.port, request.getBytes(StandardCharsets.UTF_8));
    if (r.kind() != NetworkView.HttpResult.Kind.ANSWERED) {
      return Optional.empty();
    }
    return Optional.of(MysqlServer.decode(new String(r.body(), StandardCharsets.UTF_8)));
  }
}
