package dev.kujira.engine.shell;

import dev.kujira.engine.process.Suspend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the steps of a script that a wait may suspend ({@link Suspend}): lists, and-or lists, ifs,
 * and the builtins that wait (wait, read on a terminal, exec of a program). Each records where it
 * was when a wait unwinds it, and goes on from there when the process resumes, so that a detached
 * shell holds no thread while it waits. The interpreter's state (variables, options, {@code $?})
 * stays in the heap meanwhile; a frame restores what it saved only once its step has ended.
 * {@link Compound} does the same for while/until loops and brace groups.
 */
final class Steps {
  private Steps() {
  }

  /** Runs a list from command {@code from} on. */
  static void sequence(Interpreter sh, List<ShellNode> all, int from, Io io, boolean ok) {
    for (int i = from; i < all.size(); i++) {
      sh.resumable(all.get(i), ok);
      try {
        sh.exec(all.get(i), io);
      } catch (Suspend w) {
        int next = i + 1;
        w.push(o -> {
          o.get();
          sequence(sh, all, next, io, true);
          return 0;
        });
        throw w;
      }
    }
  }

  /** Runs an if, from its condition or (condDone) from the branch its status chose. */
  static void ifThen(Interpreter sh, ShellNode.If i, Io io, boolean ok, boolean condDone) {
    if (!condDone) {
      sh.resumable(i.cond(), ok);
      try {
        sh.condition(i.cond(), io);
      } catch (Suspend w) {
        w.push(o -> {
          o.get();
          ifThen(sh, i, io, true, true);
          return 0;
        });
        throw w;
      }
    }
    if (sh.status == 0) {
      sh.resumable(i.then(), ok);
      sh.exec(i.then(), io);
    } else if (i.otherwise() != null) {
      sh.resumable(i.otherwise(), ok);
      sh.exec(i.otherwise(), io);
    } else {
      sh.status = 0;
    }
  }

  /** Runs an and-or list; a failure in it does not trigger {@code set -e}, except of its last part. */
  static void andOr(Interpreter sh, ShellNode.AndOr a, Io io, boolean resumable) {
    boolean saved = sh.errexit;
    sh.errexit = false;
    andOr(sh, a, io, resumable, saved, 0);
  }

  /** Runs an and-or list from part {@code from} (part 0 runs first; a later one after the operator before it). */
  private static void andOr(Interpreter sh, ShellNode.AndOr a, Io io, boolean resumable, boolean saved, int from) {
    int at = from;
    boolean suspended = false;
    try {
      if (from == 0) {
        sh.resumable(a.parts().get(0), resumable);
        sh.exec(a.parts().get(0), io);
      }
      for (int i = Math.max(0, from - 1); i < a.ops().size(); i++) {
        boolean ok = sh.status == 0;
        if (a.ops().get(i).equals("&&") ? ok : !ok) {
          if (i == a.ops().size() - 1) {
            sh.errexit = saved;
          }
          at = i + 1;
          sh.resumable(a.parts().get(i + 1), resumable);
          sh.exec(a.parts().get(i + 1), io);
        }
      }
    } catch (Suspend w) {
      suspended = true;
      int next = at + 1;
      w.push(o -> {
        try {
          o.get();
        } catch (RuntimeException e) {
          sh.errexit = saved;
          throw e;
        }
        andOr(sh, a, io, true, saved, next);
        return 0;
      });
      throw w;
    } finally {
      if (!suspended) {
        sh.errexit = saved;
      }
    }
  }

  /** The read builtin, waiting for the terminal's next line without a thread when nothing is typed yet. */
  static int readLine(Interpreter sh, List<String> argv, Io io) {
    dev.kujira.engine.process.Tty tty = dev.kujira.engine.process.Tty.owning(io.in());
    if (tty == null || !tty.readWouldSuspend()) {
      return sh.command(argv, Map.of(), io);
    }
    if (!sh.readPromptShown) {
      // The prompt comes before the wait, not after the line typed during it; the builtin then skips it.
      try {
        ReadOptions opts = ReadOptions.parse(sh, argv.subList(1, argv.size()), io);
        if (opts.prompt() != null) {
          io.err().print(opts.prompt());
          io.err().flush();
          sh.readPromptShown = true;
        }
      } catch (ReadOptions.Refused r) {
        return r.status;
      }
    }
    throw tty.suspendRead(o -> {
      o.get();
      return readLine(sh, argv, io);
    });
  }

  /** The exec builtin with a program, run resumably: the script ends with the program's status. */
  static int execTail(Interpreter sh, List<String> args, Io io) {
    return Suspend.call(() -> sh.replaceWith(args, Map.of(), io, true), o -> {
      throw new Interpreter.Exit(o.get());
    });
  }

  /** The wait builtin run resumably: each job in turn (every job when {@code pids} is empty), as Builtins' wait. */
  static int waitJobs(Interpreter sh, List<String> pids, Io io) {
    if (pids.isEmpty()) {
      List<String> all = new ArrayList<>();
      sh.proc().jobPids().forEach(p -> all.add(String.valueOf(p)));
      waitJobs(sh, all, true, 0, 0, io);
      return 0;
    }
    return waitJobs(sh, pids, false, 0, 0, io);
  }

  private static int waitJobs(Interpreter sh, List<String> pids, boolean quiet, int from, int rc, Io io) {
    for (int i = from; i < pids.size(); i++) {
      int pid;
      try {
        pid = Integer.parseInt(pids.get(i).trim());
      } catch (NumberFormatException e) {
        io.err().println(sh.builtinError("wait", "Illegal number: " + pids.get(i)));
        rc = 2;
        continue;
      }
      int next = i + 1;
      try {
        int code = sh.proc().waitJob(pid, true);
        rc = quiet ? 0 : sh.waited(pid, code, io);
      } catch (Suspend w) {
        w.push(o -> {
          int code = o.get();
          return waitJobs(sh, pids, quiet, next, quiet ? 0 : sh.waited(pid, code, io), io);
        });
        throw w;
      }
    }
    return rc;
  }

  /** Runs a condition list; its failure does not trigger {@code set -e}. */
  static boolean condition(Interpreter sh, ShellNode cond, Io io) {
    boolean saved = sh.errexit;
    sh.errexit = false;
    boolean suspended = false;
    try {
      sh.exec(cond, io);
    } catch (Suspend w) {
      // The shell's state stays as it is while the process waits; the rest restores it.
      suspended = true;
      w.push(o -> {
        sh.errexit = saved;
        o.get();
        return 0;
      });
      throw w;
    } finally {
      if (!suspended) {
        sh.errexit = saved;
      }
    }
    return sh.status == 0;
  }

  /**
   * Runs a pipeline: each stage's output is the next one's input, in turn. A writer that fills
   * its pipe's buffer is stopped as SIGPIPE stops it when its reader has gone ({@code seq
   * 999999999 | head -3} prints three lines and nothing else, as on Linux); only when the reader
   * then reads all of it, as a real one would have gone on reading, does a notice say so.
   */
  static void pipeline(Interpreter sh, ShellNode.Pipeline p, Io io) {
    // ash forks every stage of a pipeline, the last one too, before any of them ends: they all
    // count against the pids limit at once (echo hi | cat needs --pids-limit 3 on Docker 26.1.5).
    List<ForkedShell> stages = new java.util.ArrayList<>();
    for (ShellNode stage : p.stages()) {
      ForkedShell f = ForkedShell.fork(sh.proc());
      if (f == null) {
        stages.forEach(ForkedShell::end);
        SimpleCommands.forkFailed(sh, io);
        return;
      }
      MainRun.collectTail(f.tail, stage);
      stages.add(f);
    }
    ForkedShell outer = sh.forked;
    try {
      stages(sh, p, io, stages);
    } finally {
      sh.forked = outer;
      stages.forEach(ForkedShell::end);
    }
    if (p.negate()) {
      sh.status = sh.status == 0 ? 1 : 0;
    }
  }

  private static void stages(Interpreter sh, ShellNode.Pipeline p, Io io, List<ForkedShell> forks) {
    byte[] input = null;
    dev.kujira.engine.fs.QuotaBuffer fed = null;
    java.io.ByteArrayOutputStream late = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < p.stages().size(); i++) {
      boolean last = i == p.stages().size() - 1;
      dev.kujira.engine.fs.QuotaBuffer buf = new dev.kujira.engine.fs.QuotaBuffer("pipe").asPipe();
      if (!last) {
        headDemand(p.stages().get(i + 1), buf);
        buf.clock(sh.proc()::now);
      }
      PrintStream out = last ? io.out() : new dev.kujira.engine.fs.QuotaBuffer.PipeEnd(buf);
      ByteArrayInputStream in = input == null ? null : new ByteArrayInputStream(input);
      // What a writer says on stderr after its reader has gone comes after the reader's output, as in time.
      PrintStream err = last ? io.err() : new PrintStream(new LateErr(io.err(), buf, late), true, StandardCharsets.UTF_8);
      Io stage = new Io(in == null ? io.in() : in, out, err);
      boolean quiet = sh.quietKills;
      sh.quietKills = !last;
      sh.forked = forks.get(i);
      try {
        sh.exec(p.stages().get(i), stage);
      } catch (Interpreter.Exit e) {
        sh.status = e.status;
      } catch (dev.kujira.engine.fs.FsException e) {
        if (last || e.error() != dev.kujira.engine.fs.FsError.EPIPE) {
          throw e;
        }
        // A stage that writes into a pipe whose reader has gone dies of SIGPIPE, quietly.
        sh.status = 128 + dev.kujira.engine.process.Signal.SIGPIPE.number();
      } catch (dev.kujira.engine.util.Budget.OutOfMemory e) {
        // The stage is a forked subshell: the OOM killer ends it alone (reported only when last).
        if (last) {
          io.err().println(dev.kujira.engine.process.Signal.SIGKILL.description());
        }
        sh.status = 128 + dev.kujira.engine.process.Signal.SIGKILL.number();
      } finally {
        sh.quietKills = quiet;
      }
      out.flush();
      if (fed != null && fed.full() && in.available() == 0) {
        io.err().println(dev.kujira.engine.process.Limits.pipeFullNotice());
      }
      fed = buf;
      input = buf.toByteArray();
    }
    if (late.size() > 0) {
      io.err().write(late.toByteArray(), 0, late.size());
      io.err().flush();
    }
  }

  /** A writer's stderr: passed on at once while its pipe's reader is there, kept for after it once it has gone. */
  private static final class LateErr extends java.io.OutputStream {
    private final PrintStream err;
    private final dev.kujira.engine.fs.QuotaBuffer pipe;
    private final java.io.ByteArrayOutputStream late;

    LateErr(PrintStream err, dev.kujira.engine.fs.QuotaBuffer pipe, java.io.ByteArrayOutputStream late) {
      this.err = err;
      this.pipe = pipe;
      this.late = late;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (pipe.readerGone() || late.size() > 0) {
        late.write(b, off, len);
      } else {
        err.write(b, off, len);
      }
    }

    @Override
    public void flush() {
      err.flush();
    }
  }

  /**
   * Tells a pipe how much its reader takes when the reader is a plain {@code head [-n K | -K |
   * -c K]} on stdin, the reader that exits early: its writer then dies of SIGPIPE once the pipe
   * is past that, instead of writing its whole output first (stages here run one after another).
   */
  private static void headDemand(ShellNode reader, dev.kujira.engine.fs.QuotaBuffer pipe) {
    if (!(reader instanceof ShellNode.Simple s) || !s.assigns().isEmpty() || !s.redirects().isEmpty()
        || s.words().isEmpty() || !s.words().get(0).equals("head")) {
      return;
    }
    String args = String.join(" ", s.words().subList(1, s.words().size()));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:(-n ?|-)|(-c ?))(\\d{1,9})|").matcher(args);
    if (!m.matches()) {
      return;
    }
    long k = m.group(3) == null ? 10 : Long.parseLong(m.group(3));
    pipe.demand(k, m.group(2) != null ? k : -1);
  }
}
