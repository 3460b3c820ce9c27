package dev.kujira.engine.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is a shell's aliases: the {@code alias} and {@code unalias} builtins and the expansion of a
 * simple command's first word. bash expands them only in an interactive shell (the REPL's host
 * shell; {@code bash -c} does not, expand_aliases being off), busybox ash in every shell.
 */
final class Aliases {
  private final Map<String, String> table = new TreeMap<>();
  /** The aliases when the command line being run was read: one defined on it applies from the next line on. */
  private Map<String, String> atRead = Map.of();

  /** Returns the aliases by name (the REPL's host shell keeps them from line to line). */
  Map<String, String> table() {
    return table;
  }

  /**
   * Notes the aliases as a command line is read: bash and ash expand aliases as they parse, so an
   * alias defined on a line ({@code alias x='echo y'; x}) is not used on that same line.
   */
  void read() {
    atRead = Map.copyOf(table);
  }

  /** Runs {@code alias} or {@code unalias} with {@code args}; returns the status. */
  int builtin(Interpreter sh, String name, List<String> args, Io io) {
    boolean ash = sh.dialect() == Dialect.ASH;
    if (name.equals("unalias")) {
      if (args.isEmpty()) {
        io.err().println(ash ? "unalias: usage: unalias [-a] name..." : sh.builtinError("unalias", "usage: unalias [-a] name [name ...]"));
        return ash ? 1 : 2;
      }
      int status = 0;
      for (String a : args) {
        if (a.equals("-a")) {
          table.clear();
        } else if (table.remove(a) == null) {
          io.err().println(ash ? "sh: unalias: " + a + ": not found" : sh.builtinError("unalias", a + ": not found"));
          status = 1;
        }
      }
      return status;
    }
    if (args.isEmpty() || args.equals(List.of("-p"))) {
      table.forEach((k, v) -> io.out().println(shown(k, v, ash)));
      return 0;
    }
    int status = 0;
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq > 0) {
        table.put(a.substring(0, eq), a.substring(eq + 1));
      } else if (table.containsKey(a)) {
        io.out().println(shown(a, table.get(a), ash));
      } else {
        io.err().println(ash ? "sh: alias: " + a + ": not found" : sh.builtinError("alias", a + ": not found"));
        status = 1;
      }
    }
    return status;
  }

  /** bash prints {@code alias ll='ls -l'}, ash {@code ll='ls -l'}; a quote inside becomes '\''. */
  private static String shown(String name, String value, boolean ash) {
    return (ash ? "" : "alias ") + name + "='" + value.replace("'", "'\\''") + "'";
  }

  /**
   * Returns {@code s} with its first word's alias put in (again for an alias whose value ends in a
   * blank, as the next word is then looked up too), or {@code s} itself. A value that is more than
   * a simple command ({@code a && b}) is returned as a parsed script to run instead, or null.
   */
  ShellNode expand(ShellNode.Simple s) {
    Map<String, String> table = atRead;
    if (table.isEmpty() || s.words().isEmpty()) {
      return s;
    }
    List<String> words = new ArrayList<>(s.words());
    List<String> seen = new ArrayList<>();
    String first = words.get(0);
    if (!table.containsKey(first)) {
      return s;
    }
    StringBuilder text = new StringBuilder();
    while (table.containsKey(first) && !seen.contains(first)) {
      seen.add(first);
      text.append(table.get(first));
      words.remove(0);
      if (words.isEmpty() || !table.get(first).endsWith(" ")) {
        break;
      }
      first = words.get(0);
      if (!table.containsKey(first)) {
        break;
      }
    }
    ShellNode parsed;
    try {
      parsed = new ShellParser(text.toString().strip() + "\n", true).parse();
    } catch (RuntimeException e) {
      return s;
    }
    if (parsed instanceof ShellNode.Simple v) {
      List<String> all = new ArrayList<>(v.words());
      all.addAll(words);
      List<String> assigns = new ArrayList<>(s.assigns());
      assigns.addAll(v.assigns());
      List<ShellNode.Redirect> redirects = new ArrayList<>(v.redirects());
      redirects.addAll(s.redirects());
      return new ShellNode.Simple(assigns, all, redirects, s.line());
    }
    if (words.isEmpty() && s.redirects().isEmpty() && s.assigns().isEmpty()) {
      return parsed;
    }
    try {
      return new ShellParser(text.toString().strip() + " " + String.join(" ", words) + "\n", true).parse();
    } catch (RuntimeException e) {
      return s;
    }
  }
}
