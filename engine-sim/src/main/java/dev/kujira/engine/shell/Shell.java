package dev.kujira.engine.shell;

import dev.kujira.engine.process.Proc;
import java.util.List;

/** Runs shell scripts for the host (bash's wording) and for programs that embed a shell. */
public final class Shell {
  private Shell() {
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
}
