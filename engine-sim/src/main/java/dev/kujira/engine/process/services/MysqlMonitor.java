package dev.kujira.engine.process.services;

import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Signal;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the mysql client does with statements once logged in: the interactive monitor (banner,
 * "mysql>" or MariaDB's "MariaDB [db]>" prompt, "    ->" while a statement goes on, tables with
 * "N rows in set", "Query OK, N rows affected", "Database changed", "Bye"; MariaDB times to the
 * millisecond) and batch mode (-e or a script on standard input: tab-separated output with a header
 * line, or tables for -e on a terminal; the first error stops it with " at line N"). Statements end
 * with ; or \g (\G prints each row vertically); use, exit, quit need no semicolon, as in the client.
 */
final class MysqlMonitor {
  private final Proc p;
  private final MysqlClient.Connection c;
  private final MysqlClient.Options o;
  private final boolean maria;

  MysqlMonitor(Proc p, MysqlClient.Connection c, MysqlClient.Options o, boolean maria) {
    this.p = p;
    this.c = c;
    this.o = o;
    this.maria = maria;
  }

  /** One statement as the splitter found it: its text, its terminator (";", "\\g", "\\G") and its last line. */
  private record Statement(String sql, String end, int line) {
  }

  /** Splits statements at ; \g \G outside quotes; {@code buffer} keeps an unfinished one. */
  private static List<Statement> split(StringBuilder buffer, String text, int[] line) {
    List<Statement> out = new ArrayList<>();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        line[0]++;
      }
      if (quote != 0) {
        buffer.append(ch);
        if (ch == '\\' && i + 1 < text.length()) {
          buffer.append(text.charAt(++i));
        } else if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '\'' || ch == '"' || ch == '`') {
        quote = ch;
        buffer.append(ch);
      } else if (ch == ';' || ch == '\\' && i + 1 < text.length() && "gG".indexOf(text.charAt(i + 1)) >= 0) {
        String end = ch == ';' ? ";" : "\\" + text.charAt(++i);
        out.add(new Statement(buffer.toString().strip(), end, line[0]));
        buffer.setLength(0);
      } else if (buffer.toString().isBlank() && ch != '\n' && clientCommand(text.substring(i)) != null) {
        String rest = text.substring(i);
        int eol = rest.indexOf('\n');
        String cmd = eol < 0 ? rest : rest.substring(0, eol);
        out.add(new Statement(cmd.strip(), "", line[0]));
        i += cmd.length() - 1;
      } else {
        buffer.append(ch);
      }
    }
    return out;
  }

  /** use/exit/quit/\q/\c at the start of a line are the client's own commands (no ; needed). */
  private static String clientCommand(String line) {
    String w = line.split("[\\s;]", 2)[0].toLowerCase(Locale.ROOT);
    return List.of("use", "exit", "quit", "\\q", "\\c").contains(w) ? w : null;
  }

  /** Runs {@code text} as -e or a piped script does; returns the client's exit status. */
  int batch(String text, boolean table) {
    StringBuilder buffer = new StringBuilder();
    int[] line = {1};
    List<Statement> all = new ArrayList<>(split(buffer, text, line));
    if (!buffer.toString().isBlank()) {
      all.add(new Statement(buffer.toString().strip(), ";", line[0]));
    }
    for (Statement s : all) {
      String cmd = s.end().isEmpty() ? clientCommand(s.sql()) : null;
      if (cmd != null && (cmd.equals("exit") || cmd.equals("quit") || cmd.equals("\\q"))) {
        break;
      }
      Optional<MysqlResult> r = MysqlClient.send(p, c, cmd != null && cmd.equals("use") ? "USE "
          + s.sql().substring(3).replace(";", "").strip() : s.sql());
      if (cmd != null && cmd.equals("\\c")) {
        continue;
      }
      if (r.isEmpty()) {
        p.stderr().println("ERROR 2013 (HY000) at line " + s.line() + ": Lost connection to " + (maria ? ""
            : "MySQL ") + "server during query");
        return 1;
      }
      MysqlResult res = r.get();
      if (res.code() != 0) {
        p.stdout().flush();
        p.stderr().println(res.errorLine(s.line()));
        return 1;
      }
      if (res.database() != null) {
        c.database = res.database();
      }
      if (res.columns() != null) {
        if (s.end().equals("\\G")) {
          vertical(p.stdout(), res);
        } else if (table) {
          table(p.stdout(), res);
        } else {
          tabs(res);
        }
      }
    }
    p.stdout().flush();
    return 0;
  }

  private void tabs(MysqlResult r) {
    PrintStream out = p.stdout();
    if (!o.noHeaders) {
      out.println(String.join("\t", r.columns()));
    }
    for (List<String> row : r.rows()) {
      List<String> cells = new ArrayList<>();
      row.forEach(v -> cells.add(v == null ? "NULL" : v.replace("\\", "\\\\").replace("\n", "\\n")
          .replace("\t", "\\t")));
      out.println(String.join("\t", cells));
    }
  }

  /** The client's boxed table; numbers right-aligned, NULL as NULL. */
  static void table(PrintStream out, MysqlResult r) {
    int n = r.columns().size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = r.columns().get(i).length();
      for (List<String> row : r.rows()) {
        w[i] = Math.max(w[i], row.get(i) == null ? 4 : row.get(i).length());
      }
    }
    StringBuilder rule = new StringBuilder("+");
    for (int i = 0; i < n; i++) {
      rule.append("-".repeat(w[i] + 2)).append('+');
    }
    out.println(rule);
    StringBuilder header = new StringBuilder("|");
    for (int i = 0; i < n; i++) {
      header.append(' ').append(pad(r.columns().get(i), w[i], false)).append(" |");
    }
    out.println(header);
    out.println(rule);
    for (List<String> row : r.rows()) {
      StringBuilder sb = new StringBuilder("|");
      for (int i = 0; i < n; i++) {
        String v = row.get(i) == null ? "NULL" : row.get(i);
        sb.append(' ').append(pad(v, w[i], r.numeric().get(i))).append(" |");
      }
      out.println(sb);
    }
    out.println(rule);
  }

  private static String pad(String v, int w, boolean right) {
    String space = " ".repeat(Math.max(0, w - v.length()));
    return right ? space + v : v + space;
  }

  private static void vertical(PrintStream out, MysqlResult r) {
    int w = r.columns().stream().mapToInt(String::length).max().orElse(0);
    int k = 0;
    for (List<String> row : r.rows()) {
      out.println("*************************** " + ++k + ". row ***************************");
      for (int i = 0; i < row.size(); i++) {
        out.println(" ".repeat(w - r.columns().get(i).length()) + r.columns().get(i) + ": "
            + (row.get(i) == null ? "NULL" : row.get(i)));
      }
    }
  }

  private String time(boolean write) {
    return maria ? (write ? "(0.003 sec)" : "(0.001 sec)") : (write ? "(0.01 sec)" : "(0.00 sec)");
  }

  private String prompt(boolean more) {
    if (more) {
      return "    -> ";
    }
    return maria ? "MariaDB [" + (c.database == null ? "(none)" : c.database) + "]> " : "mysql> ";
  }

  /** The monitor on a terminal; returns 0 when the learner leaves it. */
  int interactive() {
    PrintStream out = p.stdout();
    String version = MysqlServer.version(p);
    String product = maria ? "MariaDB" : "MySQL";
    out.println("Welcome to the " + product + " monitor.  Commands end with ; or \\g.");
    out.println("Your " + product + " connection id is " + c.id);
    out.println("Server version: " + version + (maria ? " mariadb.org binary distribution"
        : " MySQL Community Server - GPL"));
    out.println();
    if (maria) {
      out.println("Copyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.");
    } else {
      out.println("Copyright (c) 2000, " + (version.startsWith("5.") ? "2023" : "2024")
          + ", Oracle and/or its affiliates.");
      out.println();
      out.println("Oracle is a registered trademark of Oracle Corporation and/or its");
      out.println("affiliates. Other names may be trademarks of their respective");
      out.println("owners.");
    }
    out.println();
    out.println("Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.");
    out.println();
    StringBuilder buffer = new StringBuilder();
    int[] line = {1};
    while (true) {
      out.print(prompt(!buffer.toString().isBlank()));
      out.flush();
      String l;
      try {
        l = Psql.readLine(p);
      } catch (ProcessKilled k) {
        if (k.signal() != Signal.SIGINT) {
          throw k;
        }
        // Since 5.7 ^C clears the statement being typed instead of ending the client.
        buffer.setLength(0);
        out.println("^C");
        continue;
      }
      if (l == null) {
        out.println("Bye");
        return 0;
      }
      for (Statement s : split(buffer, l + "\n", line)) {
        String cmd = s.end().isEmpty() ? clientCommand(s.sql()) : null;
        if (cmd != null && (cmd.equals("exit") || cmd.equals("quit") || cmd.equals("\\q"))) {
          out.println("Bye");
          return 0;
        }
        if (cmd != null && cmd.equals("\\c")) {
          buffer.setLength(0);
          continue;
        }
        if (s.sql().isEmpty()) {
          p.stderr().println("ERROR: \nNo query specified\n");
          continue;
        }
        show(s, cmd != null ? "USE " + s.sql().substring(3).replace(";", "").strip() : s.sql());
      }
    }
  }

  private void show(Statement s, String sql) {
    PrintStream out = p.stdout();
    Optional<MysqlResult> answer = MysqlClient.send(p, c, sql);
    if (answer.isEmpty()) {
      p.stderr().println("ERROR 2013 (HY000): Lost connection to " + (maria ? "" : "MySQL ") + "server during query");
      return;
    }
    MysqlResult r = answer.get();
    if (r.code() != 0) {
      out.flush();
      p.stderr().println(r.errorLine(0));
      p.stderr().flush();
      return;
    }
    if (r.database() != null) {
      c.database = r.database();
      out.println("Database changed");
      return;
    }
    if (r.columns() != null) {
      if (r.rows().isEmpty()) {
        out.println("Empty set " + time(false));
      } else {
        if (s.end().equals("\\G")) {
          vertical(out, r);
        } else {
          table(out, r);
        }
        out.println(r.rows().size() + (r.rows().size() == 1 ? " row" : " rows") + " in set " + time(false));
      }
    } else {
      out.println("Query OK, " + r.affected() + (r.affected() == 1 ? " row" : " rows") + " affected " + time(true));
      if (r.info() != null) {
        out.println(r.info());
      }
    }
    out.println();
  }
}
