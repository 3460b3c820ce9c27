package dev.kujira.engine.shell;

import dev.kujira.engine.process.Limits;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a command by name: a function, a builtin, or a program in a child process (or in place of the
 * shell for {@code exec} and a script's last command).
 */
final class Commands {
  private Commands() {
  }

  static int command(Interpreter sh, List<String> argv, Map<String, String> assigns, Io io, boolean resumable) {
    String name = argv.get(0);
    ShellNode fn = sh.functions.get(name);
    if (fn != null) {
      return callFunction(sh, fn, argv, io);
    }
    if (Builtins.has(name)) {
      Map<String, String> saved = new HashMap<>();
      assigns.forEach((k, v) -> saved.put(k, sh.vars.put(k, v)));
      try {
        return Builtins.run(sh, argv, io);
      } finally {
        if (!name.equals("export") && !name.equals("readonly")) {
          saved.forEach((k, v) -> {
            if (v == null) {
              sh.vars.remove(k);
            } else {
              sh.vars.put(k, v);
            }
          });
        }
      }
    }
    return external(sh, argv, assigns, io, resumable);
  }

  private static int callFunction(Interpreter sh, ShellNode fn, List<String> argv, Io io) {
    if (sh.budget[1] >= Limits.CALL_DEPTH) {
      // Like a fork bomb meeting the pids limit, but ended at once: a pipeline or a background job
      // must not catch it and go on forking (SIGKILL unwinds through them).
      io.err().println("kujira: " + sh.arg0 + ": function " + argv.get(0) + " called itself " + Limits.CALL_DEPTH
          + " levels deep and was stopped (SIGKILL)");
      io.err().flush();
      throw new ProcessKilled(Signal.SIGKILL);
    }
    sh.budget[1]++;
    List<String> saved = sh.positional;
    sh.positional = new ArrayList<>(argv.subList(1, argv.size()));
    try {
      sh.exec(fn, io);
      return sh.status;
    } catch (Interpreter.Return r) {
      return r.status;
    } finally {
      sh.positional = saved;
      sh.budget[1]--;
    }
  }

  /**
   * ash names itself by its $0 (busybox ash_vmsg prints arg0): a build's `/bin/sh -c` step says
   * "/bin/sh: adduser: not found" (recorded by tests/tools/difftest), `sh -c` says "sh: …".
   */
  private static String named(Interpreter sh, String message) {
    return sh.dialect == Dialect.ASH && sh.arg0 != null && !sh.arg0.isEmpty() && message.startsWith("sh: ")
        ? sh.arg0 + message.substring(2) : message;
  }

  static int external(Interpreter sh, List<String> argv, Map<String, String> assigns, Io io, boolean resumable) {
    String name = argv.get(0);
    Resolution r = sh.proc.resolve(name);
    if (!r.isFound()) {
      if (r.kind() == Resolution.Kind.NOT_FOUND) {
        io.err().println(named(sh, name.contains("/") ? sh.dialect.noSuchFile(name, sh.line())
            : sh.dialect.notFound(name, sh.line())));
        return 127;
      }
      io.err().println(sh.dialect == Dialect.BASH && r.kind() == Resolution.Kind.IS_DIRECTORY
          ? sh.dialect.error(name + ": Is a directory", sh.line()) : named(sh, sh.dialect.denied(name, sh.line())));
      return 126;
    }
    Map<String, String> env = sh.exportedEnv();
    env.putAll(assigns);
    if (!sh.proc.mayFork()) {
      throw new dev.kujira.engine.process.ForkFailed();
    }
    Proc child = sh.proc.child(env, io.in(), io.out(), io.err());
    try {
      return child.exec(r.program(), argv, shownArgs(sh, r.program(), argv), resumable) & 0xff;
    } catch (Suspend w) {
      w.push(o -> {
        try {
          return o.get() & 0xff;
        } catch (ProcessKilled k) {
          return childKilled(k, child, io, sh.quietKills);
        } finally {
          io.out().flush();
          io.err().flush();
        }
      });
      throw w;
    } catch (ProcessKilled k) {
      return childKilled(k, child, io, sh.quietKills);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private static int childKilled(ProcessKilled k, Proc child, Io io, boolean quiet) {
    if (k.pid() == child.pid()) {
      // The child died of a signal sent from inside: ash reports it, then goes on.
      if (k.signal() != Signal.SIGINT && k.signal() != Signal.SIGPIPE && !quiet) {
        io.err().println(k.signal().description());
      }
      return k.exitStatus();
    }
    throw k;
  }

  static int replaceWith(Interpreter sh, List<String> argv, Map<String, String> assigns, Io io, boolean resumable) {
    Resolution r = sh.proc.resolve(argv.get(0));
    if (!r.isFound()) {
      return external(sh, argv, Map.of(), io, resumable);
    }
    sh.proc.env().clear();
    sh.proc.env().putAll(sh.exportedEnv());
    sh.proc.env().putAll(assigns);
    try {
      return sh.proc.withStreams(io.in(), io.out(), io.err()).exec(r.program(), argv, shownArgs(sh, r.program(), argv),
          resumable) & 0xff;
    } catch (Suspend w) {
      w.push(o -> {
        try {
          return o.get() & 0xff;
        } finally {
          io.out().flush();
          io.err().flush();
        }
      });
      throw w;
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private static List<String> shownArgs(Interpreter sh, dev.kujira.engine.process.Program program, List<String> argv) {
    String name = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    return program.keepsShellCmdline(name) ? sh.cmdline : null;
  }
}
