package dev.kujira.engine.shell;

import dev.kujira.engine.process.Limits;
import dev.kujira.engine.process.Suspend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a simple command as ash and bash do: aliases, expansions, assignments, redirections, {@code exec}
 * with redirections only, xtrace, then the command (resumable where it may wait without a thread).
 */
final class SimpleCommands {
  private SimpleCommands() {
  }

  static void simple(Interpreter sh, ShellNode.Simple s, Io io, boolean resumable) {
    if (!sh.inAlias && (sh.dialect == Dialect.ASH || sh.interactive)) {
      ShellNode expanded = sh.aliases.expand(s);
      if (expanded instanceof ShellNode.Simple x) {
        s = x;
      } else {
        // An alias that is more than one command runs whole, its own words not expanded again.
        sh.inAlias = true;
        try {
          sh.exec(expanded, io);
        } finally {
          sh.inAlias = false;
        }
        return;
      }
    }
    sh.line = s.line();
    int substitutionsBefore = sh.substitutions;
    List<String> argv = new ArrayList<>();
    Redirections redirections = new Redirections();
    Io cio;
    try {
      for (String w : s.words()) {
        argv.addAll(sh.expander.fields(w));
      }
      Map<String, String> assigns = new LinkedHashMap<>();
      for (String a : s.assigns()) {
        int eq = a.indexOf('=');
        assigns.put(a.substring(0, eq), sh.expander.single(a.substring(eq + 1)));
      }
      redirections.writeThrough = argv.size() == 1 && argv.get(0).equals("exec");
      cio = redirections.apply(sh, s.redirects(), io);
      for (String v : assigns.values()) {
        // Past the memory the OOM killer ends the shell (see util/Budget.OutOfMemory).
        dev.kujira.engine.util.Budget.value(v.length());
      }
      if (argv.isEmpty()) {
        sh.vars.putAll(assigns);
        // POSIX: with no command name, the status is the last command substitution's, else 0.
        sh.status = sh.substitutions != substitutionsBefore ? sh.status : 0;
        redirections.close();
        return;
      }
      if (argv.size() == 1 && argv.get(0).equals("exec") && !s.redirects().isEmpty()) {
        // exec with redirections only: they stay in force for the rest of the script.
        if (sh.persistent == null) {
          sh.persistent = new Interpreter.Persistent();
        }
        sh.persistent.in = cio.in() != io.in() ? cio.in() : sh.persistent.in;
        sh.persistent.out = cio.out() != io.out() ? cio.out() : sh.persistent.out;
        sh.persistent.err = cio.err() != io.err() ? cio.err() : sh.persistent.err;
        sh.persistent.open.add(redirections);
        sh.status = 0;
        return;
      }
      if (sh.xtrace) {
        io.err().println("+ " + String.join(" ", argv));
      }
      // Only a program run straight from a resumable step may suspend; a builtin or function waits on its thread.
      boolean direct = resumable && !sh.functions.containsKey(argv.get(0)) && !Builtins.has(argv.get(0));
      // exec PROGRAM (an entrypoint's exec "$@"): the program replaces the shell, which it may do resumably.
      boolean execs = resumable && assigns.isEmpty() && argv.size() > 1 && argv.get(0).equals("exec")
          && !sh.functions.containsKey("exec");
      // wait [PID...]: waiting for jobs is a wait like sleep, which a resumable step makes without a thread.
      boolean waits = resumable && assigns.isEmpty() && argv.get(0).equals("wait") && !sh.functions.containsKey("wait");
      // read from a terminal with nothing typed yet: a wait for input, like sleep.
      boolean reads = resumable && assigns.isEmpty() && argv.get(0).equals("read") && !sh.functions.containsKey("read");
      // A program in tail position of a forked shell takes that shell's pid (ash's EV_EXIT exec).
      ForkedShell lent = sh.forked != null && !sh.functions.containsKey(argv.get(0)) && sh.traps.isEmpty()
          && (!Builtins.has(argv.get(0)) || execs) && sh.forked.lend(s) ? sh.forked : null;
      try {
        sh.status = reads ? Steps.readLine(sh, argv, cio) : waits ? Steps.waitJobs(sh, argv.subList(1, argv.size()), cio)
            : execs ? Steps.execTail(sh, argv.subList(1, argv.size()), cio)
            : sh.tail.contains(s) && sh.traps.isEmpty() && !sh.functions.containsKey(argv.get(0))
            && !Builtins.has(argv.get(0)) && sh.proc.resolve(argv.get(0)).isFound()
            ? sh.replaceWith(argv, assigns, cio, direct) : sh.command(argv, assigns, cio, direct);
        if (lent != null) {
          lent.retake();
        }
      } catch (Suspend w) {
        Io done = cio;
        w.push(o -> {
          sh.status = o.get();
          endSimple(sh, io, done, redirections);
          return 0;
        });
        throw w;
      }
    } catch (dev.kujira.engine.process.ForkFailed e) {
      redirections.close();
      forkFailed(sh, io);
      return;
    } catch (ShellRuntimeError e) {
      io.err().println(sh.dialect.error(e.getMessage(), sh.line()));
      redirections.close();
      if (sh.dialect == Dialect.ASH && !e.redirection) {
        // A non-interactive ash exits on an expansion error (${x:?}, $((1/0))) with status 2.
        throw new Interpreter.Exit(2);
      }
      sh.status = 1;
      checkErrexit(sh);
      return;
    }
    endSimple(sh, io, cio, redirections);
  }

  /**
   * Reports a fork that failed (see {@link dev.kujira.engine.process.ForkFailed}): ash's
   * forkshell raises an error that ends a non-interactive shell with 2; bash's make_child gives
   * up the command.
   */
  static void forkFailed(Interpreter sh, Io io) {
    io.err().println(sh.dialect.forkFailed());
    if (sh.dialect == Dialect.ASH && !sh.interactive) {
      throw new Interpreter.Exit(2);
    }
    sh.status = 2;
  }

  private static void endSimple(Interpreter sh, Io io, Io cio, Redirections redirections) {
    cio.out().flush();
    cio.err().flush();
    redirections.close();
    sh.runTraps(io);
    checkErrexit(sh);
  }

  private static void checkErrexit(Interpreter sh) {
    if (sh.errexit && sh.status != 0) {
      throw new Interpreter.Exit(sh.status);
    }
  }
}
