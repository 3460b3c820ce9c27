package dev.kujira.engine.process;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Implements {@link Proc} for a process on a {@link Machine}. */
public final class ProcImpl implements Proc {
  private static final long FOREVER = 365L * 24 * 3600 * 1000;
  private final Machine machine;
  private final int pid;
  private final int ppid;
  private boolean terminal;
  /** The user as configured ({@code docker exec -u}); null means the machine's. */
  private String user;
  private final Map<String, String> env;
  private final FileSystemView fs;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  private ProcImpl(Machine machine, int pid, int ppid, Map<String, String> env, FileSystemView fs, InputStream in,
      PrintStream out, PrintStream err) {
    this.machine = machine;
    this.pid = pid;
    this.ppid = ppid;
    this.env = env;
    this.fs = fs;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Creates a new process with a fresh pid on {@code machine}. */
  public static ProcImpl start(Machine machine, Map<String, String> env, FileSystemView fs, InputStream in,
      PrintStream out, PrintStream err) {
    ProcImpl p = new ProcImpl(machine, machine.nextPid(), 0, new LinkedHashMap<>(env), fs, in, out, err);
    p.terminal = machine.terminal();
    return p;
  }

  @Override
  public InputStream stdin() {
    return in;
  }

  @Override
  public PrintStream stdout() {
    return out;
  }

  @Override
  public PrintStream stderr() {
    return err;
  }

  @Override
  public Map<String, String> env() {
    return env;
  }

  @Override
  public FileSystemView fs() {
    return fs;
  }

  @Override
  public String hostname() {
    return machine.hostname();
  }

  @Override
  public NetworkView network() {
    return machine.network();
  }

  @Override
  public String user() {
    return user != null ? user : machine.user();
  }

  @Override
  public boolean capable(int bit) {
    // A non-root user's processes have no effective capabilities (runc keeps them only for uid 0).
    String u = user().contains(":") ? user().substring(0, user().indexOf(':')) : user();
    boolean root = u.isEmpty() || u.equals("root") || u.equals("0");
    return root && (machine.capabilities() & (1L << bit)) != 0;
  }

  @Override
  public List<String> groupAdd() {
    return machine.groupAdd();
  }

  /** Makes this process run as {@code name} ("" root, a name, or "uid[:gid]"), as {@code exec -u} does. */
  public void user(String name) {
    this.user = name;
  }

  @Override
  public int pid() {
    return pid;
  }

  @Override
  public long now() {
    return machine.scheduler().clock().now();
  }

  @Override
  public void sleep(long millis) {
    machine.scheduler().sleep(millis);
  }

  @Override
  public void sleepUnpaced(long millis) {
    Scheduler s = machine.scheduler();
    // Only the driver's waits are paced; a detached task's sleep hands the baton on, and the
    // driver it hands it to must keep its pacing.
    if (s.currentTask() == null) {
      s.unpaced(() -> s.sleep(millis));
    } else {
      s.sleep(millis);
    }
  }

  @Override
  public Alarm alarm(long millis, Signal signal) {
    return Alarm.set(machine.scheduler(), now() + Math.max(0, millis), signal);
  }

  @Override
  public Alarm alarmFromInside(long millis, Signal signal) {
    Runnable wake = waker();
    return Alarm.set(machine.scheduler(), now() + Math.max(0, millis), signal, () -> {
      // kill(2) from a sibling: init drops what it does not handle, even SIGKILL (pid_namespaces(7)).
      boolean fatal = signal == Signal.SIGKILL ? pid != 1 : machine.deliver(pid, signal);
      if (!fatal) {
        wake.run();
      }
      return fatal;
    });
  }

  @Override
  public Optional<Signal> awaitSignal(long millis) {
    Optional<Signal> pending = takeSignal();
    if (pending.isPresent()) {
      return pending;
    }
    machine.scheduler().sleepInterruptibly(millis);
    return takeSignal();
  }

  @Override
  public Resolution resolve(String command) {
    return PathSearch.resolve(machine, fs, env.get("PATH"), command);
  }

  @Override
  public Proc child(Map<String, String> childEnv, InputStream cin, PrintStream cout, PrintStream cerr) {
    ProcImpl c = new ProcImpl(machine, machine.nextPid(), pid, new LinkedHashMap<>(childEnv), fs.fork(), cin, cout, cerr);
    c.terminal = terminal && cin == in;
    c.user = user;
    return c;
  }

  @Override
  public Proc withStreams(InputStream sin, PrintStream sout, PrintStream serr) {
    ProcImpl v = new ProcImpl(machine, pid, ppid, env, fs, sin, sout, serr);
    v.terminal = terminal && sin == in;
    v.user = user;
    return v;
  }

  @Override
  public void handle(Signal signal, boolean handled) {
    machine.handle(pid, signal, handled);
  }

  @Override
  public Optional<Signal> takeSignal() {
    return machine.takeSignal(pid);
  }

  @Override
  public int exec(Program program, List<String> argv, List<String> shownArgs) {
    return exec(program, argv, shownArgs, false);
  }

  @Override
  public int exec(Program program, List<String> argv, List<String> shownArgs, boolean resumable) {
    String name = argv.isEmpty() ? "" : argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    if (machine.depth() >= Limits.NESTING) {
      // What a pids cgroup limit looks like from the parent: the fork fails.
      err.println("sh: can't fork: Resource temporarily unavailable");
      return 2;
    }
    String u = user();
    ProcessEntry previous = machine.register(new ProcessEntry(pid, ppid, u.startsWith(":") || u.isEmpty() ? "root" : u.split(":")[0],
        name.length() > 15 ? name.substring(0, 15) : name, List.copyOf(shownArgs == null ? argv : shownArgs), now()));
    machine.depth(1);
    Scheduler s = machine.scheduler();
    if (!resumable) {
      s.barrier(1);
    }
    boolean suspended = false;
    long bound = dev.kujira.engine.util.Budget.boundValues(machine.memoryLimit());
    try {
      return program.run(this, argv);
    } catch (Suspend w) {
      // The program waits without a thread: the process stays listed until the rest has run.
      suspended = true;
      w.push(o -> {
        try {
          return o.get();
        } catch (FsException e) {
          return writeFailed(name, e);
        } finally {
          machine.depth(-1);
          machine.unregister(pid, previous);
        }
      });
      throw w;
    } catch (FsException e) {
      return writeFailed(name, e);
    } catch (dev.kujira.engine.util.Budget.OutOfMemory e) {
      // Linux overcommits, so malloc does not fail: past the memory the kernel's OOM killer sends
      // SIGKILL; its shell prints "Killed" (status 137), a container's main process exits 137 with
      // State.OOMKilled true (recorded on Docker 26.1 with docker run -m 6m; docker exec sets it too).
      machine.oomKilled(true);
      throw new ProcessKilled(Signal.SIGKILL, pid, true);
    } finally {
      dev.kujira.engine.util.Budget.boundValues(bound);
      if (!resumable) {
        s.barrier(-1);
      }
      if (!suspended) {
        machine.depth(-1);
        machine.unregister(pid, previous);
      }
    }
  }

  /**
   * Ends a program whose write failed: past a quota (a full simulated disk) as ENOSPC would, with
   * busybox's message and status 1; into a pipe whose reader is done (EPIPE) as SIGPIPE kills
   * it, silently with 128+13, as GNU and busybox tools die by the signal before they could print.
   */
  private int writeFailed(String name, FsException e) {
    if (e.error() == dev.kujira.engine.fs.FsError.EPIPE) {
      return 128 + Signal.SIGPIPE.number();
    }
    err.println(name + ": write error: " + e.error().message());
    return 1;
  }

  @Override
  public int sleepThen(long millis, int status) {
    Scheduler s = machine.scheduler();
    if (!s.canSuspend()) {
      s.sleep(millis);
      return status;
    }
    throw s.suspend(millis, false, o -> {
      o.get();
      return status;
    });
  }

  @Override
  public boolean canSuspend() {
    return machine.scheduler().canSuspend();
  }

  @Override
  public int sleepThen(long millis, java.util.function.IntSupplier then) {
    return sleepThen(millis, false, then);
  }

  @Override
  public int sleepThenInterruptibly(long millis, java.util.function.IntSupplier then) {
    return sleepThen(millis, true, then);
  }

  private int sleepThen(long millis, boolean interruptible, java.util.function.IntSupplier then) {
    Scheduler s = machine.scheduler();
    if (!s.canSuspend()) {
      if (interruptible) {
        s.sleepInterruptibly(millis);
      } else {
        s.sleep(millis);
      }
      return then.getAsInt();
    }
    throw s.suspend(millis, interruptible, o -> {
      o.get();
      return then.getAsInt();
    });
  }

  @Override
  public int awaitStop(java.util.function.Predicate<Signal> stop) {
    Optional<Signal> pending;
    while ((pending = takeSignal()).isPresent()) {
      if (stop.test(pending.get())) {
        return 0;
      }
    }
    Scheduler s = machine.scheduler();
    if (!s.canSuspend()) {
      while (true) {
        if (s.nothingCanHappen()) {
          // A foreground server with nothing else running: it blocks as in accept(2), until Ctrl-C.
          s.idleUntilInterrupt();
        }
        Optional<Signal> sig = awaitSignal(FOREVER);
        if (sig.isPresent() && stop.test(sig.get())) {
          return 0;
        }
      }
    }
    throw s.suspend(FOREVER, true, o -> {
      o.get();
      return awaitStop(stop);
    });
  }

  @Override
  public Runnable waker() {
    Scheduler s = machine.scheduler();
    Scheduler.Task task = s.currentTask();
    return () -> {
      if (task != null && task != s.currentTask()) {
        s.wake(task);
      }
    };
  }

  @Override
  public boolean stdinIsTerminal() {
    return terminal;
  }

  @Override
  public boolean detached() {
    return machine.scheduler().currentTask() != null;
  }

  @Override
  public boolean mayFork() {
    return machine.depth() < Limits.NESTING && machine.mayFork();
  }

  @Override
  public boolean forkShell() {
    return machine.depth() < Limits.NESTING && machine.forkShell();
  }

  @Override
  public void shellEnded() {
    machine.shellEnded();
  }

  @Override
  public int spawnJob(java.util.function.ToIntFunction<Proc> body) {
    if (!machine.mayFork()) {
      throw new ForkFailed();
    }
    machine.checkFork(err);
    ProcImpl child = new ProcImpl(machine, machine.nextPid(), pid, new LinkedHashMap<>(env), fs.fork(),
        new java.io.ByteArrayInputStream(new byte[0]), out, err);
    Machine.Job job = new Machine.Job(child.pid);
    machine.jobs().put(child.pid, job);
    Scheduler s = machine.scheduler();
    // The job may wait holding no thread: its body records its rest, and so does this frame.
    job.task = s.spawn("job-" + child.pid, () -> Suspend.call(() -> body.applyAsInt(child), o -> {
      try {
        job.status = o.get() & 0xff;
      } catch (ProcessKilled k) {
        job.status = k.exitStatus();
        job.signal = k.signal();
      } catch (RuntimeException e) {
        job.status = 1;
      } finally {
        job.finished = true;
        out.flush();
        err.flush();
        if (job.waiter != null) {
          s.wake(job.waiter);
        }
      }
      return 0;
    }), true);
    return child.pid;
  }

  @Override
  public int waitJob(int target, boolean resumable) {
    Machine.Job job = machine.jobs().get(target);
    Scheduler s = machine.scheduler();
    Scheduler.Task me = s.currentTask();
    if (!resumable || job == null || job.finished || !s.canSuspend()) {
      return waitJob(target);
    }
    job.waiter = me;
    throw s.suspend(Long.MAX_VALUE / 4, true, o -> {
      job.waiter = null;
      o.get();
      Signal trapped = machine.pendingSignal(pid);
      if (trapped != null && !job.finished) {
        // A trapped signal interrupts wait, which returns 128+n; the shell then runs the trap.
        return 128 + trapped.number();
      }
      return waitJob(target, true);
    });
  }

  @Override
  public int waitJob(int target) {
    Machine.Job job = machine.jobs().get(target);
    if (job == null) {
      return -1;
    }
    Scheduler s = machine.scheduler();
    Scheduler.Task me = s.currentTask();
    while (!job.finished) {
      if (me == null) {
        if (!s.runUntil(() -> job.finished, Long.MAX_VALUE)) {
          break;
        }
      } else {
        job.waiter = me;
        s.sleepInterruptibly(Long.MAX_VALUE / 4);
        job.waiter = null;
        Signal trapped = machine.pendingSignal(pid);
        if (trapped != null && !job.finished) {
          // A trapped signal interrupts wait, which returns 128+n; the shell then runs the trap.
          return 128 + trapped.number();
        }
      }
    }
    job.reaped = true;
    return job.finished ? job.status : 127;
  }

  @Override
  public Signal jobSignal(int target) {
    Machine.Job job = machine.jobs().get(target);
    return job == null ? null : job.signal;
  }

  @Override
  public List<Integer> jobPids() {
    return machine.jobs().values().stream().filter(j -> !j.reaped).map(j -> j.pid).toList();
  }

  @Override
  public List<ProcessEntry> processes() {
    return machine.processes();
  }

  @Override
  public boolean kill(int target, Signal signal) {
    return machine.signalFromInside(target, signal);
  }

  @Override
  public List<String> programNames() {
    return machine.programs().names();
  }
}
