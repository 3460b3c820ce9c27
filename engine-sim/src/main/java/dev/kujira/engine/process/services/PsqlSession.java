package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Signal;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One psql connection after it is made: runs statements and backslash commands and prints their
 * results as psql does (tags and tables on stdout; ERROR/DETAIL/NOTICE lines, "LINE n:" and the
 * caret on stderr, prefixed "psql:FILE:LINE: " for -f files). On a terminal it reads with its
 * banner and prompts; Ctrl-D ends it with "\q", Ctrl-C drops the statement being typed.
 */
final class PsqlSession {
  private final Proc p;
  private final UnaryOperator<String> transport;
  private final String user;
  private String db;
  private final String file;
  boolean superuser = true;
  boolean tuples;
  String conninfo = "";
  private int line;
  private boolean quit;

  PsqlSession(Proc p, UnaryOperator<String> transport, String user, String db, String file) {
    this.p = p;
    this.transport = transport;
    this.user = user;
    this.db = db;
    this.file = file;
  }

  /** Runs a script (-c, -f, initdb.d); returns 0, or 1 (3 with {@code stop}) after an error. */
  int script(String text, boolean stop) {
    StringBuilder buffer = new StringBuilder();
    boolean failed = false;
    line = 0;
    for (String l : text.split("\n", -1)) {
      line++;
      if (!feed(buffer, l)) {
        failed = true;
        if (stop) {
          return 3;
        }
      }
      if (quit) {
        break;
      }
    }
    if (buffer.toString().isBlank() || send(buffer.toString().trim())) {
      return failed ? 1 : 0;
    }
    return stop ? 3 : 1;
  }

  /** Reads statements from standard input: a terminal's prompt and banner, or silently. */
  int input() {
    boolean tty = Psql.terminal(p);
    PrintStream out = p.stdout();
    if (tty) {
      out.println("psql (" + PgServer.version(p) + ")");
      out.println("Type \"help\" for help.");
      out.println();
    }
    StringBuilder buffer = new StringBuilder();
    while (!quit) {
      if (tty) {
        out.print(db + (buffer.length() == 0 ? "=" : "-") + (superuser ? "# " : "> "));
        out.flush();
      }
      String l;
      try {
        l = Psql.readLine(p);
      } catch (ProcessKilled k) {
        if (k.signal() != Signal.SIGINT) {
          throw k;
        }
        buffer.setLength(0);
        out.println();
        continue;
      }
      if (l == null) {
        if (tty) {
          out.println("\\q");
        } else if (!buffer.toString().isBlank()) {
          send(buffer.toString().trim());
        }
        break;
      }
      line++;
      if (tty && buffer.length() == 0 && List.of("help", "quit", "exit").contains(l.trim())) {
        if (l.trim().equals("help")) {
          out.println("You are using psql, the command-line interface to PostgreSQL.");
          out.println("Type:  \\copyright for distribution terms");
          out.println("       \\h for help with SQL commands");
          out.println("       \\? for help with psql commands");
          out.println("       \\g or terminate with semicolon to execute query");
          out.println("       \\q to quit");
          continue;
        }
        break;
      }
      feed(buffer, l);
      out.flush();
    }
    out.flush();
    return 0;
  }

  /** Adds a line: runs a backslash command, or each statement it completes. Returns false on error. */
  private boolean feed(StringBuilder buffer, String l) {
    if (buffer.toString().isBlank() && l.trim().startsWith("\\")) {
      buffer.setLength(0);
      return meta(l.trim().substring(1).trim());
    }
    boolean ok = true;
    char quote = 0;
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '-' && i + 1 < l.length() && l.charAt(i + 1) == '-') {
        break;
      } else if (c == ';') {
        String stmt = buffer.toString().trim();
        buffer.setLength(0);
        if (!stmt.isEmpty()) {
          ok &= send(stmt + ";");
        }
        continue;
      }
      buffer.append(c);
    }
    if (buffer.length() > 0) {
      buffer.append('\n');
    }
    return ok;
  }

  private boolean send(String sql) {
    return show(Psql.decode(transport.apply("Q\n" + user + "\n" + db + "\n" + sql)), sql);
  }

  private boolean meta(String command) {
    String[] w = command.split("\\s+", 2);
    String name = w[0].replace("+", "");
    String arg = w.length > 1 ? w[1].trim() : "";
    switch (name) {
      case "q":
        quit = true;
        return true;
      case "c", "connect":
        if (arg.isEmpty()) {
          p.stdout().println("You are now connected to database \"" + db + "\" as user \"" + user + "\".");
          return true;
        }
        PgResult probe = Psql.decode(transport.apply("M\n" + user + "\n" + arg.split("\\s+")[0] + "\nl\n"));
        if (probe.error() != null) {
          p.stderr().println("connection to server failed: " + probe.error());
          p.stderr().println("Previous connection kept");
          return false;
        }
        db = arg.split("\\s+")[0];
        p.stdout().println("You are now connected to database \"" + db + "\" as user \"" + user + "\".");
        return true;
      case "conninfo":
        p.stdout().println("You are connected to database \"" + db + "\" as user \"" + user + "\" " + conninfo + ".");
        return true;
      case "l", "list", "dt", "d", "du", "dg":
        return show(Psql.decode(transport.apply("M\n" + user + "\n" + db + "\n" + name + "\n" + arg)), "");
      case "?":
        p.stdout().println("General\n  \\q                     quit psql\n\nInformational\n"
            + "  \\d[S+]                 list tables, views, and sequences\n  \\d[S+]  NAME           describe table\n"
            + "  \\dt[S+] [PATTERN]      list tables\n  \\du[S+] [PATTERN]      list roles\n"
            + "  \\l[+]   [PATTERN]      list databases\n\nConnection\n"
            + "  \\c[onnect] {[DBNAME|- USER|- HOST|- PORT|-] | conninfo}\n"
            + "  \\conninfo              display information about current connection\n");
        return true;
      default:
        p.stderr().println("invalid command \\" + w[0]);
        p.stderr().println("Try \\? for help.");
        return false;
    }
  }

  /** Prints a result; returns false for an error. */
  private boolean show(PgResult r, String sql) {
    PrintStream err = p.stderr();
    String where = file == null ? "" : "psql:" + file + ":" + line + ": ";
    for (String n : r.notices()) {
      err.println(where + "NOTICE:  " + n);
    }
    if (r.error() != null) {
      if (r.position() == -2) {
        err.println(r.error());
      } else if (r.position() == -3) {
        err.println(file == null ? r.error() : where + "error: " + r.error());
      } else {
        err.println(where + "ERROR:  " + r.error());
        if (r.detail() != null) {
          err.println("DETAIL:  " + r.detail());
        }
        if (r.position() >= 0) {
          caret(err, sql, r.position());
        }
      }
      err.flush();
      return false;
    }
    if (r.tag() != null) {
      p.stdout().println(r.tag());
    } else if (r.columns() != null) {
      PsqlTable.print(p.stdout(), r, tuples);
    }
    p.stdout().flush();
    return true;
  }

  private static void caret(PrintStream err, String sql, int at) {
    List<String> lines = new ArrayList<>(List.of(sql.split("\n", -1)));
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (at <= start + l.length()) {
        String head = "LINE " + (i + 1) + ": ";
        err.println(head + l);
        err.println(" ".repeat(head.length() + at - start) + "^");
        return;
      }
      start += l.length() + 1;
    }
  }
}
