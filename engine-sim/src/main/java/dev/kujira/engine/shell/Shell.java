package dev.kujira.engine.shell;

import dev.kujira.engine.process.Proc;
import java.util.List;

/** Runs shell scripts for the host (bash's wording) and for programs that embed a shell. */
public final class Shell {
  private Shell() {
  }

  /** Runs {@code script} in {@code proc} with positional parameters; returns its exit status. */
  public static int run(Proc proc, String script, Dialect dialect, List<String> positional) {
    Interpreter sh = new Interpreter(proc, dialect, dialect == Dialect.ASH ? "sh" : "bash", positional);
    return sh.runMain(script, new Io(proc.stdin(), proc.stdout(), proc.stderr()));
  }
}
