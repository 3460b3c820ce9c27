package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.api.ExecRequest;
import dev.kujira.engine.container.ContainerStatus;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.process.ProcImpl;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs {@code docker exec}: a process in a running container, in the foreground with the
 * client's streams, or with a terminal in the background so that the client may detach (moby
 * daemon/exec.go).
 */
public final class ContainerExec {
  private final DaemonState state;

  public ContainerExec(DaemonState state) {
    this.state = state;
  }

  public int exec(Container c, ExecRequest req, InputStream in, PrintStream out, PrintStream err) {
    if (req.tty()) {
      // exec -t: the process's output goes through a pty ("\r\n", isatty true), even without -i.
      PrintStream both = new dev.kujira.engine.process.Tty(state.scheduler(), out).printStream();
      out = both;
      err = both;
    }
    ProcImpl proc = prepareExec(c, req, req.interactive() ? in : new ByteArrayInputStream(new byte[0]), out, err);
    Resolution r = resolveExec(proc, req);
    try {
      return proc.exec(r.program(), req.cmd(), null) & 0xff;
    } catch (ProcessKilled k) {
      return k.exitStatus();
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Runs an exec with a terminal ({@code docker exec -it}) in the background, its terminal
   * connected to {@code client}, so that the client may detach and leave it running.
   */
  public TtyAttachment execWithTerminal(Container c, ExecRequest req, PrintStream client) {
    dev.kujira.engine.process.Tty tty = new dev.kujira.engine.process.Tty(state.scheduler(), client);
    PrintStream both = tty.printStream();
    ProcImpl proc = prepareExec(c, req, tty.input(), both, both);
    Resolution r = resolveExec(proc, req);
    int[] code = {0};
    dev.kujira.engine.process.Scheduler.Task task = state.scheduler().spawn("exec-" + c.id.substring(0, 12), () -> {
      try {
        code[0] = proc.exec(r.program(), req.cmd(), null) & 0xff;
      } catch (ProcessKilled k) {
        code[0] = k.exitStatus();
      } finally {
        both.flush();
      }
    });
    return new TtyAttachment(state, tty, task, () -> code[0], () -> { });
  }

  private ProcImpl prepareExec(Container c, ExecRequest req, InputStream in, PrintStream out, PrintStream err) {
    if (c.status == ContainerStatus.PAUSED) {
      throw Errors.pausedExec(c.name);
    }
    if (c.status == ContainerStatus.RESTARTING) {
      // moby's getActiveContainer: a restarting container counts as running (difftest)
      throw Errors.conflict("Container " + c.id + " is restarting, wait until the container is running");
    }
    if (c.status != ContainerStatus.RUNNING || c.machine == null) {
      throw Errors.notRunning(c.id);
    }
    Map<String, String> env = ProcessEnv.of(c, req.tty());
    // moby appends HOME after the exec's own -e variables when the container's env sets none
    // (recorded by tests/tools/difftest: PATH, HOSTNAME, A=1, X=1, HOME=/root).
    boolean defaultHome = c.env.stream().noneMatch(e -> e.startsWith("HOME="));
    if (defaultHome) {
      env.remove("HOME");
    }
    for (String e : req.env()) {
      int eq = e.indexOf('=');
      if (eq > 0) {
        env.put(e.substring(0, eq), e.substring(eq + 1));
      }
    }
    // exec --privileged: moby's exec_linux.go gives the process every capability, which its /proc/self shows
    FileSystemView fs = Rootfs.processView(state, c, req.user() == null ? "" : req.user(),
        req.privileged() ? HostSettings.ENGINE_CAPS : null);
    if (defaultHome) {
      env.putIfAbsent("HOME", Credentials.home(fs, req.user() == null || req.user().isEmpty() ? c.user : req.user()));
    }
    if (!req.workingDir().isEmpty()) {
      try {
        fs.cd(req.workingDir());
      } catch (dev.kujira.engine.fs.FsException e) {
        // runc cannot enter a missing -w folder for an exec (it creates one only for run's WORKDIR).
        throw Errors.execFailed("chdir to cwd (\"" + req.workingDir() + "\") set in config.json failed: "
            + e.error().message().toLowerCase(java.util.Locale.ROOT));
      }
    }
    ProcImpl proc = ProcImpl.start(c.machine, env, fs, in, out, err);
    if (req.user() != null && !req.user().isEmpty()) {
      proc.user(req.user());
    }
    // The exec's runc init threads take the next pids (the real engine's second exec gets 13 or so).
    c.machine.skipPids(5);
    return proc;
  }

  private static Resolution resolveExec(ProcImpl proc, ExecRequest req) {
    Resolution r = proc.resolve(req.cmd().get(0));
    if (!r.isFound()) {
      // Docker 26.1 reports a failed exec with 126 even for a missing executable (seen on the real engine).
      throw Errors.execFailed(ContainerRuntime.execError(req.cmd().get(0), r));
    }
    return r;
  }
}
