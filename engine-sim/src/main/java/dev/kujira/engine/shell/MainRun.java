package dev.kujira.engine.shell;

import dev.kujira.engine.process.Limits;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;
import java.util.List;
import java.util.Optional;

/**
 * Runs a script as a whole process or an interactive line: {@code exit}, the EXIT trap, the flush, the
 * last command that replaces the shell, and the end of a script that ran out of steps.
 */
final class MainRun {
  private MainRun() {
  }

  /**
   * Runs one line typed into an interactive shell that goes on after it: an {@code exit} or an
   * error ends the line only, and the EXIT trap waits for the shell's own end.
   */
  static int runLine(Interpreter sh, String script, Io io) {
    sh.aliases.read();
    try {
      sh.runScript(script, io);
    } catch (Interpreter.Exit e) {
      sh.status = e.status;
    }
    io.out().flush();
    io.err().flush();
    return sh.status & 0xff;
  }

  /** Runs a script as {@link Interpreter#runMain(String, Io)}; {@code execTail} false for a script read from stdin. */
  static int runMain(Interpreter sh, String script, Io io, boolean execTail) {
    sh.tailPending = execTail;
    sh.aliases.read();
    try {
      sh.runScript(script, io, true);
    } catch (Interpreter.Exit e) {
      sh.status = e.status;
    } catch (Suspend w) {
      w.push(o -> {
        try {
          o.get();
        } catch (Interpreter.Exit e) {
          sh.status = e.status;
        }
        return endMain(sh, io);
      });
      throw w;
    }
    return endMain(sh, io);
  }

  /** Runs the EXIT trap and flushes: the end of {@link #runMain(Interpreter, String, Io, boolean)}. */
  private static int endMain(Interpreter sh, Io io) {
    String onExit = sh.traps.remove("EXIT");
    if (onExit != null) {
      try {
        sh.runScript(onExit, io);
      } catch (Interpreter.Exit e) {
        sh.status = e.status;
      }
    }
    if (sh.persistent != null) {
      sh.persistent.over(io).out().flush();
      sh.persistent.over(io).err().flush();
      sh.persistent.open.forEach(Redirections::close);
    }
    io.out().flush();
    io.err().flush();
    return sh.status & 0xff;
  }

  /**
   * Ends a script that ran out of steps. In the foreground it is killed with a notice; a
   * detached one keeps its container running but idles (nothing a busy loop does is visible),
   * until it is stopped.
   */
  static void overrun(Interpreter sh, Io io) {
    if (sh.proc.detached()) {
      // The loop goes on unseen; a handled signal still reaches the shell between its commands.
      while (true) {
        Optional<Signal> s = sh.proc.awaitSignal(3_600_000L);
        if (s.isPresent()) {
          sh.trap(s.get(), io);
        }
      }
    }
    io.err().println(Limits.stepsNotice(sh.arg0));
    io.err().flush();
    throw new ProcessKilled(Signal.SIGKILL);
  }

  /** Notes the commands in tail position of {@code node}: they replace the shell instead of forking. */
  static void collectTail(Interpreter sh, ShellNode node) {
    collectTail(sh.tail, node);
  }

  /**
   * Adds the commands in tail position of {@code node} to {@code tail}: simple commands, and a
   * {@code ( … )} subshell, which ash runs there without forking again (evalsubshell with EV_EXIT).
   */
  static void collectTail(java.util.Set<ShellNode> tail, ShellNode node) {
    if (node instanceof ShellNode.Simple) {
      tail.add(node);
    } else if (node instanceof ShellNode.Group g && g.subshell()) {
      tail.add(node);
    } else if (node instanceof ShellNode.Sequence) {
      List<ShellNode> all = ((ShellNode.Sequence) node).commands();
      if (!all.isEmpty()) {
        collectTail(tail, all.get(all.size() - 1));
      }
    } else if (node instanceof ShellNode.AndOr) {
      List<ShellNode> parts = ((ShellNode.AndOr) node).parts();
      collectTail(tail, parts.get(parts.size() - 1));
    } else if (node instanceof ShellNode.If) {
      collectTail(tail, ((ShellNode.If) node).then());
      if (((ShellNode.If) node).otherwise() != null) {
        collectTail(tail, ((ShellNode.If) node).otherwise());
      }
    }
  }
}
