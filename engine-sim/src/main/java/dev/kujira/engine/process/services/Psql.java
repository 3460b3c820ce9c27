package dev.kujira.engine.process.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Tty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * psql of the postgres image: connects as -U/PGUSER (default: the OS user) to -d/PGDATABASE
 * (default: the user's name) through the socket (here: loopback, trusted) or -h HOST, asks for a
 * password when the server wants one ("Password for user …:", PGPASSWORD, -w), and reports
 * connection failures in libpq's words with status 2. Then it runs -c commands, -f files or its
 * input: on a terminal with its banner and "db=#" prompt, a statement when a line ends in ";",
 * backslash commands (\l, \dt, \d, \du, \c, \conninfo, \q); without one silently, line by line.
 */
final class Psql {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SOCKET = "/var/run/postgresql/.s.PGSQL.5432";

  private Psql() {
  }

  static int run(Proc p, List<String> argv) {
    String user = p.env().get("PGUSER");
    String db = p.env().get("PGDATABASE");
    String host = p.env().getOrDefault("PGHOST", "");
    String portText = p.env().getOrDefault("PGPORT", "5432");
    List<String> commands = new ArrayList<>();
    String file = null;
    boolean noPassword = false;
    boolean tuples = false;
    boolean stopOnError = false;
    List<String> positional = new ArrayList<>();
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      String next = i + 1 < argv.size() ? argv.get(i + 1) : null;
      if (a.equals("-V") || a.equals("--version")) {
        p.stdout().println("psql (PostgreSQL) " + PgServer.version(p));
        return 0;
      } else if ((a.equals("-U") || a.equals("--username")) && next != null) {
        user = argv.get(++i);
      } else if (a.startsWith("--username=")) {
        user = a.substring(11);
      } else if ((a.equals("-d") || a.equals("--dbname")) && next != null) {
        db = argv.get(++i);
      } else if (a.startsWith("--dbname=")) {
        db = a.substring(9);
      } else if ((a.equals("-h") || a.equals("--host")) && next != null) {
        host = argv.get(++i);
      } else if ((a.equals("-p") || a.equals("--port")) && next != null) {
        portText = argv.get(++i);
      } else if ((a.equals("-c") || a.equals("--command")) && next != null) {
        commands.add(argv.get(++i));
      } else if ((a.equals("-f") || a.equals("--file")) && next != null) {
        file = argv.get(++i);
      } else if ((a.equals("-v") || a.equals("--set")) && next != null) {
        stopOnError |= argv.get(++i).equalsIgnoreCase("ON_ERROR_STOP=1");
      } else if (a.equals("-w") || a.equals("--no-password")) {
        noPassword = true;
      } else if (a.equals("-t") || a.equals("--tuples-only")) {
        tuples = true;
      } else if (a.startsWith("-") && !List.of("-W", "--password", "-q", "--quiet", "-X", "--no-psqlrc").contains(a)) {
        p.stderr().println("psql: error: kujira does not simulate psql's option " + a);
        return 1;
      } else if (!a.startsWith("-")) {
        positional.add(a);
      }
    }
    if (db == null && !positional.isEmpty()) {
      db = positional.remove(0);
    }
    if (user == null && !positional.isEmpty()) {
      user = positional.remove(0);
    }
    if (user == null) {
      user = p.user().isEmpty() || p.user().startsWith("0") ? "root" : p.user().split(":")[0];
    }
    db = db == null ? user : db;
    int port = port(portText);
    if (port < 0) {
      p.stderr().println("psql: error: invalid integer value \"" + portText + "\" for connection option \"port\"");
      return 2;
    }
    String prefix;
    String ip;
    String client;
    if (host.isEmpty() || host.startsWith("/")) {
      prefix = "connection to server on socket \"" + SOCKET.replace(".5432", "." + port) + "\" failed: ";
      ip = "127.0.0.1";
      client = "local";
    } else {
      Optional<String> found = host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") ? Optional.of(host) : p.network().resolve(host);
      if (found.isEmpty()) {
        p.stderr().println("psql: error: could not translate host name \"" + host + "\" to address: Name or service"
            + " not known");
        return 2;
      }
      ip = found.get();
      prefix = "connection to server at \"" + host + "\"" + (ip.equals(host) ? "" : " (" + ip + ")") + ", port " + port
          + " failed: ";
      client = Scripts.ownAddress(p);
    }
    int toPort = port;
    UnaryOperator<String> transport = req -> {
      NetworkView.HttpResult r = p.network().tcp(ip, toPort, req.getBytes(StandardCharsets.UTF_8));
      return r.kind() == NetworkView.HttpResult.Kind.ANSWERED ? new String(r.body(), StandardCharsets.UTF_8)
          : r.kind() == NetworkView.HttpResult.Kind.REFUSED ? null : "";
    };
    String password = p.env().get("PGPASSWORD");
    String answer = transport.apply(connect(user, db, client, password));
    if (answer != null && answer.equals("PW") && password == null && !noPassword) {
      p.stderr().print("Password for user " + user + ": ");
      p.stderr().flush();
      password = readLine(p);
      p.stderr().println();
      answer = password == null || password.isEmpty() ? "PW" : transport.apply(connect(user, db, client, password));
    }
    String failure = answer == null ? (client.equals("local") ? "No such file or directory\n\tIs the server running"
        + " locally and accepting connections on that socket?" : "Connection refused\n\tIs the server running on that"
        + " host and accepting TCP/IP connections?")
        : answer.isEmpty() ? "Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?"
        : answer.equals("PW") ? "fe_sendauth: no password supplied" : answer.startsWith("E\n") ? answer.substring(2) : null;
    if (failure != null) {
      p.stderr().println("psql: error: " + prefix + failure);
      return 2;
    }
    PsqlSession s = new PsqlSession(p, transport, user, db, file);
    s.superuser = answer.endsWith("1");
    s.tuples = tuples;
    s.conninfo = client.equals("local") ? "via socket in \"/var/run/postgresql\" at port \"" + port + "\""
        : "on host \"" + host + "\"" + (ip.equals(host) ? "" : " (address \"" + ip + "\")") + " at port \"" + port + "\"";
    if (!commands.isEmpty()) {
      int status = 0;
      for (String c : commands) {
        status = Math.max(status, s.script(c, true) == 0 ? 0 : 1);
      }
      return status;
    }
    if (file != null) {
      Optional<String> text = Scripts.read(p, file);
      if (text.isEmpty()) {
        p.stderr().println("psql: error: " + file + ": No such file or directory");
        return 1;
      }
      return s.script(text.get(), stopOnError);
    }
    return s.input();
  }

  /** A port number, or -1 when libpq would refuse it. */
  private static int port(String text) {
    return text.matches("\\d{1,5}") ? Integer.parseInt(text) : -1;
  }

  private static String connect(String user, String db, String client, String password) {
    return "C\n" + user + "\n" + db + "\n" + client + "\n" + (password == null ? "0\n" : "1\n" + password);
  }

  /** Reads one line of input without its newline; null at end of input. */
  static String readLine(Proc p) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = p.stdin().read()) != -1) {
        if (b == '\n') {
          return line.toString(StandardCharsets.UTF_8);
        }
        line.write(b);
      }
    } catch (IOException e) {
      return null;
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
  }

  static PgResult decode(String json) {
    try {
      return JSON.readValue(json, PgResult.class);
    } catch (IOException e) {
      return PgResult.error("server closed the connection unexpectedly", -3);
    }
  }

  static boolean terminal(Proc p) {
    return p.stdinIsTerminal() || Tty.isInput(p.stdin());
  }
}
