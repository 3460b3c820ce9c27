package dev.kujira.engine.shell;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Resolution;
import dev.kujira.engine.process.Signal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the shell's builtin commands (those ash and bash both have, worded per dialect). */
final class Builtins {
  private static final Set<String> NAMES = Set.of(":", "true", "false", "echo", "printf", "test", "[", "cd", "pwd",
      "export", "readonly", "unset", "set", "shift", "exit", "return", "read", "trap", "eval", "exec", ".", "source",
      "local", "wait", "type", "command", "break", "continue", "umask", "ulimit", "hash", "alias", "unalias", "jobs", "kill");

  private Builtins() {
  }

  static boolean has(String name) {
    return NAMES.contains(name);
  }

  static int run(Interpreter sh, List<String> argv, Io io) {
    String name = argv.get(0);
    List<String> args = argv.subList(1, argv.size());
    switch (name) {
      case ":":
      case "true":
      case "hash":
      case "jobs":
        // These do nothing here; they must not fall through to wait (true would wait for every job).
        return 0;
      case "wait":
        return waitBuiltin(sh, args, io);
      case "alias":
      case "unalias":
        return sh.aliases.builtin(sh, name, args, io);
      case "false":
        return 1;
      case "echo":
        return Echo.run(args, io.out());
      case "printf":
        return Printf.run(args, io, sh.dialect == Dialect.BASH);
      case "test":
        return TestExpr.run(args, io, sh.proc().fs(), "test");
      case "[":
        if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
          io.err().println(sh.dialect().error("[: missing ]", sh.line()));
          return 2;
        }
        return TestExpr.run(args.subList(0, args.size() - 1), io, sh.proc().fs(), "[");
      case "cd":
        return cd(sh, args, io);
      case "pwd":
        io.out().println(sh.proc().fs().cwd());
        return 0;
      case "export":
      case "readonly":
        for (String a : args) {
          int eq = a.indexOf('=');
          String k = eq < 0 ? a : a.substring(0, eq);
          if (!k.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            io.err().println(sh.builtinError(name, k + ": bad variable name"));
            throw new Interpreter.Exit(2);
          }
          if (eq >= 0) {
            sh.vars.put(k, a.substring(eq + 1));
          }
          sh.exported.add(k);
        }
        return 0;
      case "unset":
        for (String a : args) {
          if (!a.startsWith("-")) {
            sh.vars.remove(a);
            sh.exported.remove(a);
            sh.functions.remove(a);
          }
        }
        return 0;
      case "local":
        for (String a : args) {
          int eq = a.indexOf('=');
          sh.vars.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "" : a.substring(eq + 1));
        }
        return 0;
      case "set":
        return set(sh, args);
      case "shift":
        int n = args.isEmpty() ? 1 : Integer.parseInt(args.get(0));
        if (n > sh.positional.size()) {
          return 1;
        }
        sh.positional = new ArrayList<>(sh.positional.subList(n, sh.positional.size()));
        return 0;
      case "exit":
        if (!args.isEmpty() && !args.get(0).matches("[0-9]+")) {
          // ash accepts only an unsigned number (busybox number()), else "Illegal number" and status 2.
          io.err().println(sh.builtinError("exit", "Illegal number: " + args.get(0)));
          throw new Interpreter.Exit(2);
        }
        throw new Interpreter.Exit(args.isEmpty() ? sh.status : (int) (Long.parseLong(args.get(0).length() > 18 ? "255" : args.get(0)) & 0xff));
      case "return":
        throw new Interpreter.Return(args.isEmpty() ? sh.status : number(args.get(0)));
      case "break":
      case "continue":
        throw new Interpreter.LoopJump(args.isEmpty() ? 1 : Math.max(1, number(args.get(0))), name.equals("break"));
      case "read":
        return read(sh, args, io);
      case "trap":
        return trap(sh, args, io);
      case "eval":
        return sh.runScript(String.join(" ", args), io);
      case "exec":
        if (args.isEmpty()) {
          return 0;
        }
        throw new Interpreter.Exit(sh.replaceWith(args, io));
      case ".":
      case "source":
        return source(sh, args, io);
      case "type":
      case "command":
        return type(sh, name, args, io);
      case "kill":
        return dev.kujira.engine.process.Kill.run(sh.proc().withStreams(io.in(), io.out(), io.err()), argsWithName(name, args),
            sh.dialect() == Dialect.ASH ? sh.arg0 : "bash: kill");
      case "ulimit":
        return Ulimit.run(sh, args, io);
      case "umask":
        io.out().println("0022");
        return 0;
      default:
        return 1;
    }
  }

  private static int waitBuiltin(Interpreter sh, List<String> args, Io io) {
    if (args.isEmpty()) {
      for (int pid : sh.proc().jobPids()) {
        sh.proc().waitJob(pid);
      }
      return 0;
    }
    int rc = 0;
    for (String a : args) {
      try {
        rc = sh.waitFor(Integer.parseInt(a.trim()), io);
      } catch (NumberFormatException e) {
        io.err().println(sh.builtinError("wait", "Illegal number: " + a));
        rc = 2;
      }
    }
    return rc;
  }

  private static List<String> argsWithName(String name, List<String> args) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(args);
    return all;
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 2;
    }
  }

  private static int cd(Interpreter sh, List<String> args, Io io) {
    String target = args.isEmpty() ? sh.vars.getOrDefault("HOME", "/") : args.get(0);
    if (target.equals("-")) {
      target = sh.vars.getOrDefault("OLDPWD", sh.proc().fs().cwd());
    }
    String old = sh.proc().fs().cwd();
    try {
      sh.proc().fs().cd(target);
    } catch (FsException e) {
      io.err().println(sh.dialect() == Dialect.ASH ? sh.builtinError("cd", "can't cd to " + target + ": " + e.error().message())
          : sh.dialect().error("cd: " + target + ": " + e.error().message(), sh.line()));
      return sh.dialect() == Dialect.ASH ? 2 : 1;
    }
    sh.vars.put("OLDPWD", old);
    sh.vars.put("PWD", sh.proc().fs().cwd());
    return 0;
  }

  private static int set(Interpreter sh, List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        sh.positional = new ArrayList<>(args.subList(i + 1, args.size()));
        return 0;
      }
      if (a.startsWith("-") || a.startsWith("+")) {
        boolean on = a.startsWith("-");
        for (char c : a.substring(1).toCharArray()) {
          if (c == 'e') {
            sh.errexit = on;
          } else if (c == 'u') {
            sh.nounset = on;
          } else if (c == 'x') {
            sh.xtrace = on;
          }
        }
      } else {
        sh.positional = new ArrayList<>(args.subList(i, args.size()));
        return 0;
      }
    }
    return 0;
  }

  /**
   * The read builtin: {@code -r}, {@code -p PROMPT} (written to stderr only when the input is a
   * terminal, in bash and in busybox's shell_builtin_read alike), {@code -n N} (at most N bytes),
   * bash's {@code -N N} (exactly N, the delimiter taken as data) and {@code -d DELIM}. Options
   * parse as getopts does ({@code -rp "Name: "}); errors are worded per dialect as recorded
   * (bash 5.2 on Debian, busybox 1.35 ash on the real engine).
   */
  private static int read(Interpreter sh, List<String> args, Io io) {
    ReadOptions o;
    try {
      o = ReadOptions.parse(sh, args, io);
    } catch (ReadOptions.Refused r) {
      return r.status;
    }
    boolean terminal = dev.kujira.engine.process.Tty.isInput(io.in())
        || dev.kujira.engine.process.TerminalInput.owning(io.in()) != null;
    if (o.prompt() != null && terminal && !sh.readPromptShown) {
      io.err().print(o.prompt());
      io.err().flush();
    }
    sh.readPromptShown = false;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean eof = false;
    try {
      boolean escaped = false;
      while (o.count() < 0 || line.size() < o.count()) {
        int c = io.in().read();
        if (c < 0) {
          eof = true;
          break;
        }
        if (!o.exact() && !escaped && c == o.delimiter()) {
          break;
        }
        if (!o.raw() && !escaped && c == '\\') {
          escaped = true;
          continue;
        }
        if (escaped && c == '\n') {
          escaped = false;
          continue;
        }
        escaped = false;
        line.write(c);
      }
    } catch (IOException e) {
      return 1;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    List<String> names = o.names();
    String[] parts = o.exact() ? new String[] {text} : text.strip().split("[ \t]+", names.size());
    for (int i = 0; i < names.size(); i++) {
      sh.vars.put(names.get(i), i < parts.length ? parts[i] : "");
    }
    return eof ? 1 : 0;
  }

  private static int trap(Interpreter sh, List<String> args, Io io) {
    if (args.isEmpty()) {
      sh.traps.forEach((sig, action) -> io.out().println("trap -- '" + action + "' " + sig));
      return 0;
    }
    String action = args.get(0);
    List<String> sigs = args.subList(1, args.size());
    if (sigs.isEmpty() && action.matches("\\d+|[A-Z]+")) {
      sigs = List.of(action);
      action = "-";
    }
    for (String s : sigs) {
      if (s.equals("EXIT") || s.equals("0")) {
        if (action.equals("-")) {
          sh.traps.remove("EXIT");
        } else {
          sh.traps.put("EXIT", action);
        }
        continue;
      }
      Signal sig = Signal.parse(s).orElse(null);
      if (sig == null) {
        io.err().println(sh.dialect() == Dialect.ASH ? sh.builtinError("trap", s + ": invalid signal specification")
            : sh.dialect().error("trap: " + s + ": invalid signal specification", sh.line()));
        return 1;
      }
      if (action.equals("-")) {
        sh.traps.remove(sig.shortName());
        sh.proc().handle(sig, false);
      } else {
        sh.traps.put(sig.shortName(), action);
        sh.proc().handle(sig, true);
      }
    }
    return 0;
  }

  private static int source(Interpreter sh, List<String> args, Io io) {
    if (args.isEmpty()) {
      return 0;
    }
    try {
      return sh.runScript(new String(sh.proc().fs().read(args.get(0)), StandardCharsets.UTF_8), io);
    } catch (FsException e) {
      io.err().println(sh.dialect().error(args.get(0) + ": " + e.error().message(), sh.line()));
      return 1;
    }
  }

  /** The reserved words bash's and ash's type call "a shell keyword". */
  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("if", "then", "else", "elif", "fi", "case",
      "esac", "for", "while", "until", "do", "done", "in", "function", "time", "{", "}", "!", "[[", "]]", "select");

  private static int type(Interpreter sh, String name, List<String> args, Io io) {
    boolean describe = name.equals("type") || !args.isEmpty() && args.get(0).equals("-v");
    List<String> words = name.equals("command") && !args.isEmpty() && args.get(0).startsWith("-")
        ? args.subList(1, args.size()) : args;
    if (name.equals("command") && !describe) {
      return words.isEmpty() ? 0 : sh.command(words, Map.of(), io);
    }
    int rc = 0;
    boolean bash = sh.dialect() != Dialect.ASH;
    for (String w : words) {
      String alias = sh.aliases.table().get(w);
      if (alias != null) {
        // bash's type and command -v name an alias first (type.def: describe_command), as ash's do.
        io.out().println(name.equals("type") ? w + (bash ? " is aliased to `" + alias + "'" : " is an alias for " + alias)
            : "alias " + w + "='" + alias + "'");
      } else if (KEYWORDS.contains(w)) {
        io.out().println(name.equals("type") ? w + " is a shell keyword" : w);
      } else if (sh.functions.containsKey(w)) {
        // bash then prints the function's body as declare -f does; the model names it only.
        io.out().println(name.equals("type") ? w + (bash ? " is a function" : " is a shell function") : w);
      } else if (has(w)) {
        io.out().println(name.equals("type") ? w + " is a shell builtin" : w);
      } else {
        Resolution r = sh.proc().resolve(w);
        if (r.isFound()) {
          io.out().println(name.equals("type") ? w + " is " + r.path() : r.path());
        } else {
          if (name.equals("type") && bash) {
            io.err().println("bash: type: " + w + ": not found");
          } else if (name.equals("type")) {
            io.out().println(w + ": not found");
          }
          rc = 1;
        }
      }
    }
    return rc;
  }
}
