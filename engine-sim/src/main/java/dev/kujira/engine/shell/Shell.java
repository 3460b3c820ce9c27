package dev.kujira.engine.shell;

import dev.kujira.engine.process.Proc;
import java.util.List;

/** Runs shell scripts for the host (bash's wording) and for programs that embed a shell. */
public final class Shell {
  private Shell() {
  }

  /** Says whether an interactive shell would read another line before running {@code text} (see ShellParser). */
  public static boolean incomplete(String text) {
    return ShellParser.incomplete(text);
  }

  /** Runs {@code script} in {@code proc} with positional parameters; returns its exit status. */
  public static int run(Proc proc, String script, Dialect dialect, List<String> positional) {
    return run(proc, script, dialect, positional, 0);
  }

  /** Runs {@code script} as {@link #run(Proc, String, Dialect, List)} with {@code $?} starting at {@code lastStatus}. */
  public static int run(Proc proc, String script, Dialect dialect, List<String> positional, int lastStatus) {
    Interpreter sh = new Interpreter(proc, dialect, dialect == Dialect.ASH ? "sh" : "bash", positional);
    sh.status = lastStatus;
    return sh.runMain(script, new Io(proc.stdin(), proc.stdout(), proc.stderr()));
  }

  /**
   * Runs {@code line} in the interactive shell whose state {@code session} keeps between lines
   * (the REPL's host shell): what the line sets (variables, exports, functions, traps, options,
   * {@code $?}) stays for the next, even when Ctrl-C cuts the line short.
   */
  public static int runInSession(Proc proc, String line, Dialect dialect, ShellSession session) {
    Interpreter sh = new Interpreter(proc, dialect, dialect == Dialect.ASH ? "sh" : "bash", List.of());
    sh.status = session.status();
    sh.interactive = true;
    session.enter(sh);
    int code;
    try {
      code = sh.runLine(line, new Io(proc.stdin(), proc.stdout(), proc.stderr()));
    } catch (dev.kujira.engine.process.ProcessKilled k) {
      session.leave(sh, k.exitStatus());
      throw k;
    } catch (dev.kujira.engine.util.Budget.OutOfMemory oom) {
      // The OOM killer ends the line's shell: the session goes on with $? 137, as after "Killed".
      session.leave(sh, 128 + dev.kujira.engine.process.Signal.SIGKILL.number());
      throw new dev.kujira.engine.process.ProcessKilled(dev.kujira.engine.process.Signal.SIGKILL, 0, true);
    }
    session.leave(sh, code);
    return code;
  }
}
