package dev.kujira.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the REPL's own commands, which are not docker's and so start with a colon: {@code :undo},
 * {@code :redo}, {@code :reset}, {@code :save NAME}, {@code :load NAME}, {@code :clock [real|fast]},
 * {@code :explain …}, {@code :mirror on|off} and {@code :help}.
 */
final class SessionCommands {
  static final String HELP = String.join("\n",
      "kujira session commands (docker and shell commands are typed as usual):",
      "  :undo             undo the last command line (every command can be undone)",
      "  :redo             redo what :undo undid",
      "  :reset            start over with a fresh simulated machine",
      "  :save NAME        keep the command lines that made this session as NAME (~/.kujira/sessions/)",
      "  :load NAME        start over and replay the command lines saved as NAME",
      "  :clock [real|fast] show or set the clock: real time, or fast (waiting takes no time)",
      "  :explain ...      kujira explain: trace a request, or the last build's cache",
      "  :mirror on|off    also run each docker command on a real Docker daemon and compare",
      "  :author start|goal|keep N...|save FILE   write a lesson by showing its solution",
      "  :help             this text",
      "(kujira undo, kujira save FILE, ... work too.)",
      "Ctrl-C cancels a line, Ctrl-D or exit leaves; inside a container's shell Ctrl-P Ctrl-Q detaches.");

  private final Session session;
  private final Mirror mirror;
  private final AuthorCommands author;
  private final HostAccess access;

  SessionCommands(Session session, Mirror mirror, HostAccess access) {
    this.session = session;
    this.mirror = mirror;
    this.author = new AuthorCommands(session);
    this.access = access;
  }

  private static final java.util.Set<String> NAMES =
      java.util.Set.of("undo", "redo", "reset", "save", "load", "clock", "mirror", "help");

  /**
   * Returns whether {@code line} is a session command: ":undo", or the same as "kujira undo" (the
   * host's own {@code kujira} program keeps {@code kujira explain}).
   */
  static boolean isSessionCommand(String line) {
    String l = line.strip();
    if (l.startsWith(":")) {
      return true;
    }
    String[] w = l.split("\\s+");
    return w.length >= 2 && w[0].equals("kujira") && NAMES.contains(w[1]);
  }

  /** Returns {@code line} in its colon form (":undo" for "kujira undo"). */
  static String colonForm(String line) {
    String l = line.strip();
    return l.startsWith(":") ? l : ":" + l.substring("kujira".length()).strip();
  }

  /** Runs a session command line; returns its status. */
  int run(String line, InputStream in, PrintStream out) {
    String[] words = colonForm(line).substring(1).strip().split("\\s+", 2);
    String rest = words.length > 1 ? words[1].strip() : "";
    switch (words[0]) {
      case "help", "" -> out.println(HELP);
      case "undo" -> report(out, session.undo(), "undone: ", "nothing to undo");
      case "redo" -> report(out, session.redo(), "redone: ", "nothing to redo");
      case "reset" -> {
        session.reset();
        out.println("a fresh session: the simulated machine is as new");
      }
      case "save" -> {
        return save(rest, out);
      }
      case "load" -> {
        return load(rest, out);
      }
      case "clock" -> {
        if (!rest.isEmpty() && !rest.equals("real") && !rest.equals("fast")) {
          out.println(":clock: say real or fast");
          return 2;
        }
        if (!rest.isEmpty()) {
          session.realTime(rest.equals("real"));
        }
        out.println("clock: " + (session.realTime() ? "real (time passes as on your watch)"
            : "fast (waiting takes no time)"));
      }
      case "explain" -> {
        return session.engine().run("kujira explain " + rest, in, out, out);
      }
      case "mirror" -> {
        if (!access.mirror()) {
          out.println(":mirror is not available here (only in kujira on your own machine)");
          return 1;
        }
        return mirror.command(rest, out);
      }
      case "author" -> {
        return author.run(rest, out);
      }
      default -> {
        out.println("kujira: unknown session command :" + words[0] + " (try :help)");
        return 2;
      }
    }
    return 0;
  }

  private static void report(PrintStream out, String line, String done, String none) {
    out.println(line == null ? none : done + line);
  }

  /** Returns the error that stops {@code :what NAME}, or null when it may go on. */
  private String refusal(String what, String name) {
    if (access.sessions() == null) {
      return ":" + what + " is not available here (only in kujira on your own machine)";
    }
    if (name.isEmpty()) {
      return ":" + what + " needs a NAME";
    }
    String bad = HostAccess.badName(name);
    return bad == null ? null : ":" + what + ": " + bad;
  }

  private int save(String name, PrintStream out) {
    String refused = refusal("save", name);
    if (refused != null) {
      out.println(refused);
      return 2;
    }
    List<String> lines = session.lines();
    try {
      access.write(name, lines);
    } catch (IOException e) {
      out.println(":save: cannot write " + name + ": " + e.getMessage());
      return 1;
    }
    out.println("saved " + lines.size() + " command line" + (lines.size() == 1 ? "" : "s") + " as " + name);
    return 0;
  }

  private int load(String name, PrintStream out) {
    String refused = refusal("load", name);
    if (refused != null) {
      out.println(refused);
      return 2;
    }
    List<String> lines;
    try {
      lines = access.read(name);
    } catch (IOException e) {
      out.println(":load: cannot read " + name + ": no saved session of that name");
      return 1;
    }
    int failed = session.replay(lines);
    int n = session.lines().size();
    out.println("loaded " + name + ": replayed " + n + " command line" + (n == 1 ? "" : "s")
        + (failed == 0 ? "" : ", " + failed + " of them failed"));
    return 0;
  }
}
