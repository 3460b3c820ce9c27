package dev.kujira.engine.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Is the place processes run: a container (its pid and UTS namespaces) or the learner's host.
 * It hands out pids, knows the host name and the programs, and keeps each process's signal
 * dispositions.
 */
public final class Machine {
  private final String hostname;
  private final ProgramRegistry programs;
  private final Scheduler scheduler;
  private final Map<Integer, SignalState> signals = new HashMap<>();
  private final java.util.TreeMap<Integer, ProcessEntry> table = new java.util.TreeMap<>();
  private Runnable initWaker = () -> { };
  private final Map<Integer, Job> jobs = new java.util.LinkedHashMap<>();
  /** Who runs each process: its scheduler task, or the driver's thread (a process on the stack of either). */
  private final Map<Integer, Object> owners = new HashMap<>();

  /** Is a background job: a child process running on a scheduler task of its own. */
  static final class Job {
    final int pid;
    Scheduler.Task task;
    Scheduler.Task waiter;
    boolean finished;
    boolean reaped;
    int status;
    Signal signal;

    Job(int pid) {
      this.pid = pid;
    }
  }
  private int lastPid;
  /** Forked shells alive ({@code $(…)}, {@code ( … )}, pipeline stages): processes the table does not list. */
  private int shells;
  private int depth;
  private boolean bombed;
  /** HostConfig.Memory of the container (bytes, 0 for none): bounds its programs' values. */
  private long memoryLimit;
  /** HostConfig.PidsLimit of the container (0 or less for none). */
  private long pidsLimit;
  /** Whether the OOM killer ended one of the machine's processes (State.OOMKilled). */
  private volatile boolean oomKilled;
  private boolean terminal;
  private String user = "";
  /** The effective capability set of the machine's processes (bit n = Linux capability n); all for a host. */
  private long capabilities = -1L;
  /** Supplementary groups a container adds to every process's user (--group-add), as given. */
  private java.util.List<String> groupAdd = java.util.List.of();
  private NetworkView network = NetworkView.LOOPBACK;

  /** Creates a machine; its first process gets pid 1. */
  public Machine(String hostname, ProgramRegistry programs, Scheduler scheduler) {
    this.hostname = hostname;
    this.programs = programs;
    this.scheduler = scheduler;
  }

  private static final class SignalState {
    final Set<Signal> handled = EnumSet.noneOf(Signal.class);
    final Deque<Signal> queue = new ArrayDeque<>();
  }

  /** Sets the container's memory and pids limits ({@code -m}, {@code --pids-limit}; 0 for none). */
  public void limits(long memoryBytes, long pids) {
    this.memoryLimit = memoryBytes;
    this.pidsLimit = pids;
  }

  /** Returns the memory limit in bytes, 0 for none. */
  public long memoryLimit() {
    return memoryLimit;
  }

  /** Returns whether the OOM killer ended one of the machine's processes. */
  public boolean oomKilled() {
    return oomKilled;
  }

  void oomKilled(boolean killed) {
    this.oomKilled = killed;
  }

  /**
   * Says whether one more process may start: not past the container's pids limit (its processes
   * counted as the pids cgroup counts them) nor the session's {@link Limits#PROCESSES}.
   */
  boolean mayFork() {
    return (pidsLimit <= 0 || table.size() + shells < pidsLimit) && scheduler.budget().processes() < Limits.PROCESSES;
  }

  /**
   * Forks a shell that runs inline ({@code $(…)}, {@code ( … )}, a pipeline's stage): the pids
   * cgroup counts it like any process, so it takes a slot until {@link #shellEnded()}; false when
   * the fork fails.
   */
  boolean forkShell() {
    if (!mayFork()) {
      return false;
    }
    shells++;
    scheduler.budget().processStarted();
    return true;
  }

  /** Gives back the slot of a shell {@link #forkShell()} forked: it ended, or exec'd its last command. */
  void shellEnded() {
    shells--;
    scheduler.budget().processEnded();
  }

  /** Returns the host name. */
  public String hostname() {
    return hostname;
  }

  /** Returns the user processes run as by default ("" = root). */
  public String user() {
    return user;
  }

  /** Sets the default user (a container's --user or USER). */
  public void user(String name) {
    this.user = name == null ? "" : name;
  }

  /** Returns the effective capabilities of the machine's processes (bit n = Linux capability n). */
  public long capabilities() {
    return capabilities;
  }

  /** Sets the effective capabilities (a container's default set, --cap-add/--cap-drop, --privileged). */
  public void capabilities(long mask) {
    this.capabilities = mask;
  }

  /** Returns the supplementary groups added to every process's user (--group-add). */
  public java.util.List<String> groupAdd() {
    return groupAdd;
  }

  /** Sets the supplementary groups added to every process's user. */
  public void groupAdd(java.util.List<String> groups) {
    this.groupAdd = java.util.List.copyOf(groups);
  }

  /** Returns the network this machine's processes see. */
  public NetworkView network() {
    return network;
  }

  /** Sets the network view (the daemon's, for a container). */
  public void network(NetworkView view) {
    this.network = view;
  }

  /** Returns the programs. */
  public ProgramRegistry programs() {
    return programs;
  }

  /** Returns the scheduler. */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** Returns a fresh pid. */
  int nextPid() {
    return ++lastPid;
  }

  /**
   * Skips {@code n} pids: runc's init threads take pids in a new namespace before the first
   * process forks, so the first child of a container's pid 1 is pid 7 on the real engine.
   */
  public void skipPids(int n) {
    lastPid += n;
  }

  /** Returns the running processes by pid. */
  public List<ProcessEntry> processes() {
    return List.copyOf(table.values());
  }

  /** Lists {@code entry} in the table; returns the entry it replaced (an exec keeps the pid). */
  ProcessEntry register(ProcessEntry entry) {
    owners.put(entry.pid(), owner());
    ProcessEntry before = table.put(entry.pid(), entry);
    if (before == null) {
      scheduler.budget().processStarted();
    }
    return before;
  }

  private Object owner() {
    Object task = scheduler.currentTask();
    return task != null ? task : Thread.currentThread();
  }

  /** Returns a handled signal queued for {@code pid} but not yet taken, or null. */
  Signal pendingSignal(int pid) {
    SignalState s = signals.get(pid);
    return s == null ? null : s.queue.peekFirst();
  }

  /**
   * Checks the number of live background jobs before one more starts: past {@link Limits#JOBS}
   * the machine is fork-bombed, and every process that starts or forks from then on is killed.
   */
  void checkFork(java.io.PrintStream err) {
    if (!bombed && jobs.values().stream().filter(j -> !j.finished).count() >= Limits.JOBS) {
      bombed = true;
      err.println("kujira: more than " + Limits.JOBS + " background processes at once (a fork bomb?);"
          + " they are all stopped (SIGKILL)");
      err.flush();
    }
    if (bombed) {
      throw new ProcessKilled(Signal.SIGKILL);
    }
  }

  Map<Integer, Job> jobs() {
    return jobs;
  }

  /** Ends every background job (the kernel kills a pid namespace's processes when its init dies). */
  public void killJobs() {
    for (Job j : new java.util.ArrayList<>(jobs.values())) {
      if (!j.finished && j.task != null) {
        scheduler.kill(j.task, Signal.SIGKILL);
      }
    }
  }

  /** Takes {@code pid} off the table, or puts back what an exec replaced. */
  void unregister(int pid, ProcessEntry previous) {
    if (previous == null) {
      owners.remove(pid);
      if (table.remove(pid) != null) {
        scheduler.budget().processEnded();
      }
    } else {
      table.put(pid, previous);
    }
  }

  /** Sets what wakes the container's main process when a signal is queued for it from inside. */
  public void initWaker(Runnable waker) {
    this.initWaker = waker;
  }

  /**
   * Sends {@code signal} to {@code pid} from a process of this machine ({@code kill} inside a
   * container) and returns false when no such process exists. The kernel protects a namespace's
   * init from its own processes: only a signal it handles reaches it, even SIGKILL is dropped
   * (pid_namespaces(7)).
   */
  public boolean signalFromInside(int pid, Signal signal) {
    Job job = jobs.get(pid);
    if (!table.containsKey(pid) && (job == null || job.finished)) {
      return false;
    }
    SignalState s = signals.get(pid);
    if (s != null && s.handled.contains(signal)) {
      s.queue.addLast(signal);
      if (pid == 1) {
        initWaker.run();
      } else if (job != null && job.task != null) {
        scheduler.wake(job.task);
      }
      return true;
    }
    if (pid == 1 || !isFatalByDefault(signal) && signal != Signal.SIGKILL) {
      return true;
    }
    if (job != null && job.task != null && !job.task.done()) {
      scheduler.kill(job.task, signal);
    } else if (owners.get(pid) == owner()) {
      // The target runs further up this very thread (this process or its parent): unwind to it.
      throw new ProcessKilled(signal, pid);
    }
    return true;
  }

  /** Returns how many programs run nested inside each other now. */
  int depth() {
    return depth;
  }

  /** Changes the nesting count by {@code delta}. */
  void depth(int delta) {
    depth += delta;
  }

  /** Returns whether this machine's first processes read from the learner's terminal (the REPL's host). */
  public boolean terminal() {
    return terminal;
  }

  /** Says whether processes started here read from a terminal. */
  public void terminal(boolean isTerminal) {
    this.terminal = isTerminal;
  }

  /** Returns the last pid handed out. */
  public int lastPid() {
    return lastPid;
  }

  void handle(int pid, Signal signal, boolean handled) {
    SignalState s = signals.computeIfAbsent(pid, p -> new SignalState());
    if (handled) {
      s.handled.add(signal);
    } else {
      s.handled.remove(signal);
    }
  }

  Optional<Signal> takeSignal(int pid) {
    SignalState s = signals.get(pid);
    return s == null ? Optional.empty() : Optional.ofNullable(s.queue.pollFirst());
  }

  /**
   * Delivers {@code signal} to {@code pid}: queued when the process handles it, else reports
   * whether it is fatal. PID 1 gets no default handlers from the kernel, so an unhandled
   * signal other than SIGKILL leaves it running (why {@code docker stop} of {@code sleep} waits
   * for the timeout: docs.docker.com "docker stop" and the kernel's pid-namespace init rules).
   *
   * @return true when the process must die of the signal
   */
  public boolean deliver(int pid, Signal signal) {
    if (signal == Signal.SIGKILL) {
      return true;
    }
    SignalState s = signals.get(pid);
    if (s != null && s.handled.contains(signal)) {
      s.queue.addLast(signal);
      return false;
    }
    if (pid == 1) {
      return false;
    }
    return isFatalByDefault(signal);
  }

  private static boolean isFatalByDefault(Signal signal) {
    switch (signal) {
      case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH: case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
        return false;
      default:
        return true;
    }
  }
}
