package dev.kujira.engine.shell;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Is {@code sh} (busybox ash, or bash on hosts): {@code sh -c SCRIPT [NAME [ARGS…]]},
 * {@code sh FILE [ARGS…]}, or the script read from standard input.
 */
public final class ShProgram implements Program {
  private final Dialect dialect;

  /** Creates the shell with {@code dialect}'s wording. */
  public ShProgram(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public int run(Proc proc, List<String> argv) {
    Interpreter sh = new Interpreter(proc, dialect, argv.get(0), List.of());
    sh.cmdline = List.copyOf(argv);
    int i = 1;
    String command = null;
    while (i < argv.size() && argv.get(i).startsWith("-") && argv.get(i).length() > 1) {
      String opt = argv.get(i++);
      if (opt.equals("--")) {
        break;
      }
      for (char c : opt.substring(1).toCharArray()) {
        if (c == 'c') {
          // -c is a flag: the command string is the first operand after all the options
          // (so SHELL ["/bin/sh", "-c", "-e"] works).
          command = "";
        } else if (c == 'e') {
          sh.errexit = true;
        } else if (c == 'u') {
          sh.nounset = true;
        } else if (c == 'x') {
          sh.xtrace = true;
        }
      }
    }
    Io io = new Io(proc.stdin(), proc.stdout(), proc.stderr());
    boolean interactive = command == null && i >= argv.size()
        && dev.kujira.engine.process.Tty.owning(proc.stdin()) != null;
    if (dialect == Dialect.ASH && !interactive) {
      sh.catchesInterrupt = true;
      proc.handle(dev.kujira.engine.process.Signal.SIGINT, true);
    }
    if (command != null) {
      if (i >= argv.size()) {
        proc.stderr().println(dialect == Dialect.ASH ? "sh: -c requires an argument" : "bash: -c: option requires an argument");
        return 2;
      }
      command = argv.get(i++);
      if (i < argv.size()) {
        sh.arg0 = argv.get(i++);
      }
      sh.positional = new ArrayList<>(argv.subList(i, argv.size()));
      sh.lineBase = -1;
      return sh.runMain(command, io);
    }
    if (i < argv.size()) {
      String file = argv.get(i++);
      sh.arg0 = file;
      sh.positional = new ArrayList<>(argv.subList(i, argv.size()));
      try {
        return sh.runMain(new String(proc.fs().read(file), StandardCharsets.UTF_8), io);
      } catch (FsException e) {
        proc.stderr().println(dialect == Dialect.ASH ? "sh: can't open '" + file + "': " + e.error().message()
            : "bash: " + file + ": " + e.error().message());
        // ash exits 2 when it cannot open its script, bash 127 (recorded by tests/tools/difftest)
        return dialect == Dialect.ASH ? 2 : 127;
      }
    }
    dev.kujira.engine.process.Tty tty = dev.kujira.engine.process.Tty.owning(proc.stdin());
    if (tty != null) {
      return new InteractiveShell(sh, tty, io).run();
    }
    if (dev.kujira.engine.process.TerminalInput.owning(proc.stdin()) != null) {
      return InteractiveShell.runTyped(sh, io);
    }
    if (dev.kujira.engine.process.OpenStdin.is(proc.stdin())) {
      // a script read from a pipe nobody writes to or closes: the shell waits there until killed
      return proc.awaitStop(signal -> false);
    }
    try {
      return sh.runMain(new String(proc.stdin().readAllBytes(), StandardCharsets.UTF_8), io, false);
    } catch (IOException e) {
      return 1;
    }
  }
}
