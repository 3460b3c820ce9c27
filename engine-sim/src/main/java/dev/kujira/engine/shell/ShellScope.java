package dev.kujira.engine.shell;

import dev.kujira.engine.fs.FileSystemView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Is what word expansion reads and sets of a shell: its variables, parameters, $? and friends, and $(…). */
final class ShellScope implements WordExpander.Scope {
  private final Interpreter sh;

  /** Creates the scope of {@code sh}. */
  ShellScope(Interpreter sh) {
    this.sh = sh;
  }

  @Override
  public String get(String name) {
    String v = sh.vars.get(name);
    if (v == null && sh.nounset && !name.equals("IFS")) {
      throw new ShellRuntimeError(name + ": parameter not set");
    }
    return v;
  }

  @Override
  public void set(String name, String value) {
    sh.vars.put(name, value);
  }

  @Override
  public List<String> positional() {
    return sh.positional;
  }

  @Override
  public String special(char c) {
    switch (c) {
      case '?':
        return String.valueOf(sh.status);
      case '$':
        return String.valueOf(sh.proc.pid());
      case '!':
        return sh.vars.getOrDefault("!", "");
      case '0':
        return sh.arg0;
      default:
        return (sh.errexit ? "e" : "") + (sh.nounset ? "u" : "") + (sh.xtrace ? "x" : "");
    }
  }

  @Override
  public String substitute(String script) {
    sh.substitutions++;
    // ash forks for every substitution but an empty one ($() or $( ), evalbackcmd).
    ForkedShell forked = script.isBlank() ? null : ForkedShell.fork(sh.proc);
    if (forked == null && !script.isBlank()) {
      SimpleCommands.forkFailed(sh, new Io(sh.proc.stdin(), sh.proc.stdout(), sh.proc.stderr()));
      return "";
    }
    ByteArrayOutputStream buf = new dev.kujira.engine.fs.QuotaBuffer("pipe");
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Interpreter sub = sh.fork();
    sub.forked = forked;
    sub.forkedTailPending = forked != null;
    try {
      sub.runScript(script, new Io(new ByteArrayInputStream(new byte[0]), out, sh.proc.stderr()));
    } catch (Interpreter.Exit e) {
      sub.status = e.status;
    } finally {
      if (forked != null) {
        forked.end();
      }
    }
    sh.status = sub.status;
    out.flush();
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Override
  public FileSystemView fs() {
    return sh.proc.fs();
  }
}
