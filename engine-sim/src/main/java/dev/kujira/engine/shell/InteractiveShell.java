package dev.kujira.engine.shell;

import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Tty;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Is the shell on a terminal ({@code docker run -it busybox sh}): it prints its banner and
 * prompt, reads a command a line at a time (with "> " for a command not yet complete), runs it
 * and goes on until {@code exit} or end of input. Ctrl-C abandons the command being run or typed
 * and shows a fresh prompt. What it prints was read on the real engine under tmux: ash's
 * banner, PS1 {@code "dir # "} ("/ # " for root), "^C" then a new prompt.
 */
final class InteractiveShell {
  /** ash's greeting for an interactive shell (BusyBox 1.35 as on the real engine's busybox image). */
  static final String ASH_BANNER = "\n\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) built-in shell (ash)\n"
      + "Enter 'help' for a list of built-in commands.\n\n";

  private final Interpreter sh;
  private final Tty tty;
  private final Io io;

  InteractiveShell(Interpreter sh, Tty tty, Io io) {
    this.sh = sh;
    this.tty = tty;
    this.io = io;
  }

  /** Runs the read-run loop; returns the shell's exit status. */
  int run() {
    // Which sh this is follows the image: the busybox image's ash greets with its banner, Alpine's
    // ash does not, and Debian's and Ubuntu's /bin/sh is dash, whose prompt is a bare "# ".
    String distro = distro();
    boolean dash = sh.dialect() == Dialect.ASH && (distro.equals("debian") || distro.equals("ubuntu"));
    if (sh.dialect() == Dialect.ASH && distro.isEmpty()) {
      io.out().print(ASH_BANNER);
    }
    // ash's and Debian bash's default prompts (echo $PS1 on the real engine: "\\w \\$ ").
    sh.vars.putIfAbsent("PS1", dash ? "\\$ " : sh.dialect() == Dialect.ASH ? "\\w \\$ " : "\\u@\\h:\\w\\$ ");
    tty.shellHere(true);
    return dev.kujira.engine.process.Suspend.call(() -> loop(new StringBuilder(), false), o -> {
      try {
        return o.get();
      } catch (Interpreter.Exit e) {
        io.out().flush();
        bashSaysExit();
        return e.status & 0xff;
      } finally {
        tty.shellHere(false);
      }
    });
  }

  /**
   * Reads and runs lines until end of input; {@code prompted} when the prompt is already shown (a
   * read resumed). Detached, the shell waits at its prompt holding no thread ({@link Tty#suspendRead}).
   */
  private int loop(StringBuilder pending, boolean prompted) {
    { // (the block keeps the read-run loop as it was written inside run())
      while (true) {
        String p = pending.length() == 0 ? ps1() : "> ";
        if (!prompted) {
          io.out().print(p);
          io.out().flush();
          tty.prompt(p);
        }
        prompted = false;
        if (tty.readWouldSuspend()) {
          throw tty.suspendRead(o -> {
            try {
              o.get();
            } catch (ProcessKilled k) {
              tty.prompt("");
              if (k.signal() != Signal.SIGINT) {
                throw k;
              }
              io.out().print("\n");
              pending.setLength(0);
              return loop(pending, false);
            }
            return loop(pending, true);
          });
        }
        String line;
        try {
          line = readLine(sh.proc().stdin());
        } catch (ProcessKilled k) {
          if (k.signal() != Signal.SIGINT) {
            throw k;
          }
          io.out().print("\n");
          pending.setLength(0);
          continue;
        } finally {
          tty.prompt("");
        }
        if (line == null) {
          // ash leaves the line of its prompt on end of input (seen on the real engine); bash too,
          // then says "exit" (bash 5.2 here under script(1): "\r\r\nexit").
          io.out().print("\n");
          io.out().flush();
          bashSaysExit();
          return sh.status & 0xff;
        }
        pending.append(line).append('\n');
        if (incomplete(pending.toString())) {
          continue;
        }
        String command = pending.toString();
        pending.setLength(0);
        try {
          sh.aliases.read();
          sh.runScript(command, io);
        } catch (ProcessKilled k) {
          if (k.signal() != Signal.SIGINT) {
            throw k;
          }
          io.out().print("\n");
          sh.status = k.exitStatus();
        }
        io.out().flush();
        io.err().flush();
      }
    }
  }

  /** An interactive bash says "exit" on stderr as it leaves (exit.def: exit_or_logout; also on end of input). */
  private void bashSaysExit() {
    if (sh.dialect() == Dialect.BASH) {
      io.err().print("exit\n");
      io.err().flush();
    }
  }

  /** Returns the image's distribution (os-release ID: "alpine", "debian"…), or "" without one (busybox). */
  private String distro() {
    try {
      String text = new String(sh.proc().fs().read("/etc/os-release"), java.nio.charset.StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.startsWith("ID=")) {
          return line.substring(3).replace("\"", "").trim();
        }
      }
    } catch (dev.kujira.engine.fs.FsException e) {
      // no os-release: the busybox image
    }
    return "";
  }

  /** Expands PS1's backslash escapes: \\w, \\W, \\u, \\h, \\$ (# for root), \\\\. */
  private String ps1() {
    String cwd = sh.proc().fs().cwd();
    String home = sh.proc().env().getOrDefault("HOME", "/root");
    String user = sh.proc().user();
    boolean root = user.isEmpty() || user.equals("root") || user.equals("0") || user.startsWith("0:")
        || user.startsWith("root:");
    String w = cwd.equals(home) && !home.equals("/") ? "~" : cwd;
    String ps1 = sh.vars.getOrDefault("PS1", "");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ps1.length(); i++) {
      char c = ps1.charAt(i);
      if (c != '\\' || i + 1 == ps1.length()) {
        sb.append(c);
        continue;
      }
      char e = ps1.charAt(++i);
      switch (e) {
        case 'w' -> sb.append(w);
        case 'W' -> sb.append(w.equals("/") || w.equals("~") ? w : w.substring(w.lastIndexOf('/') + 1));
        case 'u' -> sb.append(root ? "root" : user);
        case 'h' -> sb.append(sh.proc().hostname().split("\\.")[0]);
        case '$' -> sb.append(root ? '#' : '$');
        default -> sb.append('\\').append(e);
      }
    }
    return sb.toString();
  }

  /**
   * Runs the commands a learner types on a terminal that is not the shell's own ({@code docker
   * exec -i box sh}): each one as soon as it is complete, as ash reads its input a line at a time,
   * then the EXIT trap at end of input.
   */
  static int runTyped(Interpreter sh, Io io) {
    StringBuilder pending = new StringBuilder();
    try {
      String line;
      while ((line = readLine(io.in())) != null) {
        pending.append(line).append('\n');
        if (incomplete(pending.toString())) {
          continue;
        }
        String command = pending.toString();
        pending.setLength(0);
        sh.aliases.read();
        sh.runScript(command, io);
        io.out().flush();
        io.err().flush();
      }
    } catch (Interpreter.Exit e) {
      sh.status = e.status;
      return sh.runMain("", io, false);
    }
    return sh.runMain(pending.toString(), io, false);
  }

  private static boolean incomplete(String text) {
    try {
      new ShellParser(text, true).parse();
      return false;
    } catch (ShellSyntaxError e) {
      return e.getMessage().contains("end of file");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Reads one line without its newline; null at end of input with nothing read. */
  private static String readLine(InputStream in) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          return line.toString(StandardCharsets.UTF_8);
        }
        line.write(b);
      }
    } catch (java.io.IOException e) {
      return null;
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
  }
}
