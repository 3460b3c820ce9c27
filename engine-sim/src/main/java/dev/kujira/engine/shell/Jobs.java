package dev.kujira.engine.shell;

import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;

/**
 * Runs background jobs ({@code cmd &}) and waits for them as ash does.
 */
final class Jobs {
  private Jobs() {
  }

  /**
   * Runs {@code body} as a background job: a forked shell on a process and scheduler task of its
   * own; a lone command replaces that shell (ash forks, then execs it), so {@code $!} is its pid.
   */
  static int background(Interpreter sh, ShellNode body, Io io) {
    return sh.proc.spawnJob(child -> {
      Interpreter sub = sh.fork();
      sub.rebind(child);
      sub.tail = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      MainRun.collectTail(sub, body);
      Io jobIo = new Io(child.stdin(), io.out(), io.err());
      // The job's body is a resumable step: a job that sleeps or serves holds no thread meanwhile.
      return Suspend.call(() -> {
        sub.resumeOk = body;
        sub.exec(body, jobIo);
        return sub.status;
      }, o -> {
        try {
          o.get();
        } catch (Interpreter.Exit e) {
          sub.status = e.status;
        }
        return sub.status;
      });
    });
  }

  static int waited(Interpreter sh, int pid, int code, Io io) {
    if (code < 0) {
      // ash says nothing of a pid that is not its child; the status is 127 (seen on the real engine).
      if (sh.dialect == Dialect.BASH) {
        io.err().println(sh.dialect.error("wait: pid " + pid + " is not a child of sh shell", sh.line()));
      }
      return 127;
    }
    Signal sig = sh.proc.jobSignal(pid);
    if (sig != null) {
      io.err().println(sig.description());
    }
    return code;
  }
}
