package dev.kujira.engine.process;

import dev.kujira.engine.fs.FileSystemView;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Is what a running program sees of its process: streams, environment, files, time, signals,
 * and the means to start children.
 *
 * <p>Children run synchronously on the caller's thread (a pipeline runs its stages one after
 * another over buffers); only {@link #sleep} yields to the engine's scheduler.
 */
public interface Proc {

  /** Returns standard input. */
  InputStream stdin();

  /** Returns standard output (UTF-8). */
  PrintStream stdout();

  /** Returns standard error (UTF-8). */
  PrintStream stderr();

  /** Returns this process's own, mutable environment. */
  Map<String, String> env();

  /** Returns this process's file-system view, with its working directory. */
  FileSystemView fs();

  /** Returns the host name of the machine or container the process runs in. */
  String hostname();

  /** Returns the user the process runs as, as configured ("" for root, a name, or "uid[:gid]"). */
  String user();

  /** Returns whether the process has Linux capability {@code bit} (CAP_CHOWN is 0, CAP_NET_ADMIN 12). */
  default boolean capable(int bit) {
    return true;
  }

  /** Returns the supplementary groups the container adds to the process's user (--group-add). */
  default List<String> groupAdd() {
    return List.of();
  }

  /** Returns the network as this process sees it. */
  NetworkView network();

  /** Returns the process id inside its pid namespace. */
  int pid();

  /** Returns the virtual time, epoch milliseconds. */
  long now();

  /**
   * Sleeps for {@code millis} of virtual time, letting other processes run.
   *
   * @throws ProcessKilled when a signal that ends the process arrives meanwhile
   */
  void sleep(long millis);

  /**
   * Sleeps like {@link #sleep}, but a terminal's real clock does not wait for it: virtual time
   * that models a latency nobody needs to sit through (the docker CLI's call to the daemon).
   */
  default void sleepUnpaced(long millis) {
    sleep(millis);
  }

  /**
   * Waits up to {@code millis} for a handled signal and returns it (empty on timeout): how a
   * service daemon sleeps until it is told to stop.
   */
  Optional<Signal> awaitSignal(long millis);

  /** Sets an {@link Alarm}: after {@code millis}, {@code signal} reaches the program this process runs in the foreground. */
  Alarm alarm(long millis, Signal signal);

  /**
   * Sets an {@link Alarm} whose {@code signal} another process of the machine sends to this one
   * after {@code millis} (busybox {@code timeout}'s watcher): a handled signal is queued, an
   * unhandled one is dropped when this is the namespace's init (SIGKILL too), else it ends the
   * program this process runs in the foreground.
   */
  default Alarm alarmFromInside(long millis, Signal signal) {
    return alarm(millis, signal);
  }

  /**
   * Sleeps for {@code millis}, then returns {@code status}: a sleep that is the last thing its
   * program does, so that a detached process may wait holding no thread ({@link Suspend}).
   */
  default int sleepThen(long millis, int status) {
    sleep(millis);
    return status;
  }

  /** Says whether a wait of this process may unwind its stack ({@link Suspend}) rather than hold its thread. */
  default boolean canSuspend() {
    return false;
  }

  /**
   * Sleeps for {@code millis}, then returns what {@code then} returns: a sleep in tail position
   * with more to do after it; with {@link #canSuspend} the process holds no thread meanwhile.
   */
  default int sleepThen(long millis, java.util.function.IntSupplier then) {
    sleep(millis);
    return then.getAsInt();
  }

  /** As {@link #sleepThen(long, java.util.function.IntSupplier)}, but a handled signal ends the sleep early. */
  default int sleepThenInterruptibly(long millis, java.util.function.IntSupplier then) {
    return sleepThen(millis, then);
  }

  /**
   * Waits until a handled signal that {@code stop} accepts arrives, then returns 0: a server's
   * idle state, the last thing its program does, so that it may wait holding no thread.
   */
  default int awaitStop(java.util.function.Predicate<Signal> stop) {
    while (true) {
      Optional<Signal> s = awaitSignal(365L * 24 * 3600 * 1000);
      if (s.isPresent() && stop.test(s.get())) {
        return 0;
      }
    }
  }

  /**
   * Finds the program a command word names: a path when it contains '/', else a search of
   * {@code PATH} in {@link #env()}.
   */
  Resolution resolve(String command);

  /** Returns a child process sharing this one's files, with its own copy of {@code env} and cwd and the given streams. */
  Proc child(Map<String, String> env, InputStream in, PrintStream out, PrintStream err);

  /** Returns a view of this same process with other standard streams (for redirections). */
  Proc withStreams(InputStream in, PrintStream out, PrintStream err);

  /** Declares whether this process handles {@code signal} (a shell's trap); handled signals are queued, not fatal. */
  void handle(Signal signal, boolean handled);

  /** Returns and clears the oldest pending handled signal, if any. */
  Optional<Signal> takeSignal();

  /**
   * Runs {@code program} as this process, listed in the machine's process table while it runs;
   * {@code shownArgs} is the command line the table shows, or null for {@code argv}.
   */
  int exec(Program program, List<String> argv, List<String> shownArgs);

  /**
   * Runs {@code program} as {@link #exec(Program, List, List)} does; {@code resumable} says that the
   * caller records its own rest when a wait of the program unwinds ({@link Suspend}).
   */
  default int exec(Program program, List<String> argv, List<String> shownArgs, boolean resumable) {
    return exec(program, argv, shownArgs);
  }

  /**
   * Returns what wakes this process from {@link #awaitSignal} at once, for a listener whose
   * client (on another thread) has been served.
   */
  Runnable waker();

  /** Returns whether standard input is the learner's terminal (not a pipe, a file or /dev/null). */
  boolean stdinIsTerminal();

  /** Returns the width of the terminal standard output is, or 0 when it is a pipe or a file (isatty(1) false). */
  default int stdoutColumns() {
    return dev.kujira.engine.api.TerminalPrintStream.columnsOf(stdout());
  }

  /** Returns whether the process runs detached on the scheduler (a background container or exec), not inline. */
  boolean detached();

  /**
   * Says whether this process may fork one more (the container's pids limit and the session's
   * cap on running processes, see {@link ForkFailed}).
   */
  default boolean mayFork() {
    return true;
  }

  /**
   * Forks a shell that runs inline, on this process's stack ({@code $(…)}, {@code ( … )}, a
   * pipeline's stage): it counts against the pids limit as a real fork does until
   * {@link #shellEnded()}; false when the fork fails ({@link ForkFailed}'s EAGAIN).
   */
  default boolean forkShell() {
    return mayFork();
  }

  /** Ends a shell {@link #forkShell()} forked (it ended, or exec'd its last command). */
  default void shellEnded() {
  }

  /**
   * Starts a background child ({@code cmd &}): {@code body} runs as a new process on a scheduler
   * task of its own until it first sleeps or ends; returns the child's pid.
   */
  int spawnJob(java.util.function.ToIntFunction<Proc> body);

  /**
   * Waits for the background child {@code pid} and returns its exit status, or -1 when it is no
   * child of this machine; {@link #jobSignal} then tells whether a signal ended it.
   */
  int waitJob(int pid);

  /**
   * Waits for background child {@code pid} as {@link #waitJob(int)} does; {@code resumable} says
   * that the caller records its rest when the wait unwinds ({@link Suspend}).
   */
  default int waitJob(int pid, boolean resumable) {
    return waitJob(pid);
  }

  /** Returns the signal that ended background child {@code pid}, or null. */
  Signal jobSignal(int pid);

  /** Returns the pids of background children not yet waited for. */
  List<Integer> jobPids();

  /** Returns the processes of this process's machine (its pid namespace). */
  List<ProcessEntry> processes();

  /** Sends {@code signal} to {@code pid} in this machine; returns false when there is no such process. */
  boolean kill(int pid, Signal signal);

  /** Returns the names of all programs this machine knows, for {@code busybox --list}-like uses. */
  List<String> programNames();
}
