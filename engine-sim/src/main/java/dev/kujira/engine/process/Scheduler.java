package dev.kujira.engine.process;

import dev.kujira.engine.util.VirtualClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * Runs an engine's simulated processes on its virtual clock, one at a time.
 *
 * <p>A detached process runs on a thread of its own, but only while it holds the baton: the
 * thread that resumes it waits until it blocks in {@link #sleep} or ends. A program running
 * "inline" on the caller's thread (a foreground {@code docker run}, {@code docker exec}, a host
 * command) sleeps by advancing the clock itself, resuming every process whose timer falls due
 * first. So the whole engine is single-threaded in effect and fully deterministic: the same
 * commands wake the same processes in the same order. Timers that fall due at the same instant
 * fire in the order they were set.
 */
public final class Scheduler {
  private static final ThreadLocal<Semaphore> BATON = ThreadLocal.withInitial(() -> new Semaphore(0));
  private static final java.util.concurrent.atomic.AtomicInteger HELD = new java.util.concurrent.atomic.AtomicInteger();
  private final VirtualClock clock;
  private final PriorityQueue<Timer> timers = new PriorityQueue<>(Comparator.comparingLong(Timer::at).thenComparingLong(Timer::seq));
  private final ThreadLocal<Task> current = new ThreadLocal<>();
  private final List<Task> live = new ArrayList<>();
  private long seq;
  /** Set from another thread when the learner presses Ctrl-C during a foreground command. */
  private volatile boolean interruptRequested;
  /** A timer's signal ({@link Alarm}, the host's timeout) for the driver's foreground wait. */
  private Signal driverAlarm;
  private final Object idle = new Object();
  private java.util.function.LongConsumer pacer;
  /** How much virtual time a foreground command may let pass (0: no bound), and when the current one reaches it. */
  private long foregroundLimit;
  private long limitAt = Long.MAX_VALUE;
  private boolean limitHit;
  /** Set by {@link #shutdown}: every later step of the session's programs ends them. */
  private volatile boolean closed;
  /** The session's memory and CPU budget (see {@link Budget}); its steps also see Ctrl-C and close. */
  private final dev.kujira.engine.util.Budget budget = new dev.kujira.engine.util.Budget(
      dev.kujira.engine.util.Budget.SESSION_BYTES, this::pollFromStep, () -> new ProcessKilled(Signal.SIGKILL));

  /** Creates a scheduler on {@code clock}. */
  public Scheduler(VirtualClock clock) {
    this.clock = clock;
  }

  /** Returns the session's memory and CPU budget. */
  public dev.kujira.engine.util.Budget budget() {
    return budget;
  }

  /** Ends the calling program at its next step once the session is closed or (on the driver) Ctrl-C was pressed. */
  private void pollFromStep() {
    if (closed) {
      throw new ProcessKilled(Signal.SIGKILL);
    }
    checkInterrupt();
  }

  /** Returns the clock. */
  public VirtualClock clock() {
    return clock;
  }

  /** Is one detached process's thread and its scheduling state. */
  public final class Task {
    private final Semaphore run = new Semaphore(0);
    private Semaphore resumer;
    private Timer pending;
    private Timer frozen;
    private Signal kill;
    private Signal interrupt;
    private boolean paused;
    private boolean done;
    private boolean interruptible;
    /** A timer's signal ({@link Alarm}) for a wait of this task that fires timers itself. */
    private Signal alarm;
    /** The body not yet started. */
    private Runnable start;
    /** The frames of a suspended wait, innermost first; null unless suspended. */
    private List<Suspend.Frame> cont;
    /** How many frames on the task's stack cannot record their rest; 0 lets a wait suspend. */
    private int barrier;

    /** Returns whether the task's body has returned. */
    public boolean done() {
      return done;
    }

    /** Returns whether the task is frozen by {@code docker pause}. */
    public boolean paused() {
      return paused;
    }
  }

  private record Timer(long at, long seq, Task task, Runnable action) { }

  /** Starts {@code body} on a pooled thread and returns once it first sleeps or ends; it never suspends. */
  public Task spawn(String name, Runnable body) {
    return spawn(name, body, false);
  }

  /** Starts {@code body} like {@link #spawn(String, Runnable)}; a {@code resumable} body records its rest ({@link Suspend}). */
  public Task spawn(String name, Runnable body, boolean resumable) {
    Task task = new Task();
    task.barrier = resumable ? 0 : 1;
    task.start = body;
    live.add(task);
    transfer(task);
    return task;
  }

  /** Runs one slice of {@code task} on a pooled thread: until it ends, suspends, or (holding the thread) sleeps. */
  private void slice(Task task, Runnable work) {
    current.set(task);
    dev.kujira.engine.util.Budget.Line line = budget.enter(false);
    try {
      work.run();
      task.done = true;
    } catch (Suspend s) {
      task.cont = s.frames;
    } catch (ProcessKilled k) {
      task.done = true;
    } catch (RuntimeException | Error e) {
      task.done = true;
      dev.kujira.engine.util.InternalErrors.report(e);
    } finally {
      line.leave();
      current.remove();
      if (task.done) {
        live.remove(task);
      }
      task.resumer.release();
    }
  }

  /** Says whether a wait of the calling process may unwind its stack ({@link Suspend}) instead of holding its thread. */
  public boolean canSuspend() {
    Task task = current.get();
    return task != null && task.barrier == 0;
  }

  /** Marks (+1) or unmarks (-1) a frame of the calling process that cannot be unwound by a suspension. */
  public void barrier(int delta) {
    Task task = current.get();
    if (task != null) {
      task.barrier += delta;
    }
  }

  /**
   * Returns the suspension of the calling process for {@code millis} (to throw, when {@link #canSuspend});
   * {@code then} is the wait's rest. With {@code interruptible}, {@link #wake} ends it early.
   */
  public Suspend suspend(long millis, boolean interruptible, Suspend.Frame then) {
    Task task = current.get();
    checkKilled(task);
    task.pending = new Timer(clock.now() + Math.max(0, millis), seq++, task, null);
    timers.add(task.pending);
    task.interruptible = interruptible;
    Suspend s = new Suspend();
    s.push(then);
    return s;
  }

  /** Returns how many threads the JVM's processes hold while they wait (where a wait could not unwind). */
  public static int heldThreads() {
    return HELD.get();
  }

  /** Returns the detached task the calling thread runs, or null on an inline (driver) thread. */
  public Task currentTask() {
    return current.get();
  }

  /** Sleeps the calling process for {@code millis} of virtual time; see the class comment. */
  public void sleep(long millis) {
    Task task = current.get();
    long wake = clock.now() + Math.max(0, millis);
    if (task == null) {
      advanceTo(wake);
      return;
    }
    checkKilled(task);
    task.pending = new Timer(wake, seq++, task, null);
    timers.add(task.pending);
    HELD.incrementAndGet();
    task.resumer.release();
    task.run.acquireUninterruptibly();
    HELD.decrementAndGet();
    dev.kujira.engine.util.Budget.renewHere();
    checkKilled(task);
    checkInterrupt();
    if (task.interrupt != null) {
      Signal s = task.interrupt;
      task.interrupt = null;
      throw new ProcessKilled(s);
    }
  }

  private static void checkKilled(Task task) {
    if (task.kill != null) {
      throw new ProcessKilled(task.kill);
    }
  }

  /** Interrupts {@code task}'s sleep with {@code signal} once (a catcher may go on, unlike {@link #kill}); runs it until it blocks. */
  public void interrupt(Task task, Signal signal) {
    if (task.done || task.pending == null || task.paused) {
      return;
    }
    timers.remove(task.pending);
    task.pending = null;
    task.interrupt = signal;
    transfer(task);
  }

  /** Sleeps like {@link #sleep}, but {@link #wake} may end it early (a service waiting for a signal). */
  public void sleepInterruptibly(long millis) {
    Task task = current.get();
    if (task == null) {
      sleep(millis);
      return;
    }
    task.interruptible = true;
    try {
      sleep(millis);
    } finally {
      task.interruptible = false;
    }
  }

  /** Ends an interruptible sleep of {@code task} now, running it until it blocks again. */
  public void wake(Task task) {
    if (task.done || !task.interruptible || task.pending == null || task.paused) {
      return;
    }
    timers.remove(task.pending);
    task.pending = null;
    transfer(task);
  }

  /** Runs {@code action} on the driver when the clock reaches {@code at}. */
  public void schedule(long at, Runnable action) {
    timers.add(new Timer(at, seq++, null, action));
  }

  /**
   * Asks the driver to give up the foreground command (the REPL's Ctrl-C, from any thread): the
   * next time it would let time pass it throws {@link ProcessKilled} with SIGINT instead.
   */
  public void requestInterrupt() {
    synchronized (idle) {
      interruptRequested = true;
      idle.notifyAll();
    }
  }

  /** Says whether the driver waits on nothing that can happen (then only a Ctrl-C ends it: {@link #idleUntilInterrupt}). */
  public boolean nothingCanHappen() {
    return current.get() == null && timers.isEmpty() && pacer == null && limitAt == Long.MAX_VALUE;
  }

  /** Blocks the driver, using no CPU, until {@link #requestInterrupt}; then throws SIGINT as a Ctrl-C. */
  public void idleUntilInterrupt() {
    synchronized (idle) {
      while (!interruptRequested) {
        try {
          idle.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    checkInterrupt();
    throw new ProcessKilled(Signal.SIGINT);
  }

  /** Bounds how much virtual time one foreground command may let pass; 0 for no bound. */
  public void foregroundLimit(long millis) {
    foregroundLimit = Math.max(0, millis);
  }

  /** Starts the bound of a new foreground command. */
  public void startForeground() {
    limitHit = false;
    limitAt = foregroundLimit == 0 ? Long.MAX_VALUE : clock.now() + foregroundLimit;
  }

  /** Returns whether the last foreground command was stopped at its bound. */
  public boolean limitHit() {
    return limitHit;
  }

  /** On the driver, past the foreground bound: time stops there and the command is interrupted as by Ctrl-C. */
  private void checkLimit(long until) {
    if (until > limitAt && current.get() == null) {
      clock.set(Math.max(clock.now(), limitAt));
      limitAt = Long.MAX_VALUE;
      limitHit = true;
      throw new ProcessKilled(Signal.SIGINT);
    }
  }

  /** Forgets an interrupt request that came between commands. */
  public void clearInterrupt() {
    interruptRequested = false;
  }

  private void checkInterrupt() {
    Task task = current.get();
    if (interruptRequested && task == null) {
      interruptRequested = false;
      throw new ProcessKilled(Signal.SIGINT);
    }
    Signal a = task == null ? driverAlarm : task.alarm;
    if (a != null) {
      clearAlarm(task, a);
      throw new ProcessKilled(a);
    }
  }

  /** Delivers a timer's signal ({@link Alarm}) to the wait of {@code owner} (null: the driver): now or at its next step. */
  void alarm(Task owner, Signal signal) {
    if (owner == null) {
      driverAlarm = signal;
    } else if (owner != current.get() && owner.pending != null && !owner.paused && !owner.done) {
      interrupt(owner, signal);
    } else {
      owner.alarm = signal;
    }
  }

  /** Withdraws an alarm of {@code owner} not thrown yet (its wait ended first). */
  void clearAlarm(Task owner, Signal signal) {
    driverAlarm = owner == null && driverAlarm == signal ? null : driverAlarm;
    if (owner != null && owner.alarm == signal) {
      owner.alarm = null;
    }
  }

  /** Advances the clock to {@code target}, firing every timer due on the way, in order. */
  public void advanceTo(long target) {
    checkInterrupt();
    if (target > limitAt && current.get() == null) {
      advanceTo(limitAt);
      checkLimit(target);
    }
    while (!timers.isEmpty() && timers.peek().at() <= target) {
      pace(timers.peek().at());
      fire(timers.poll());
    }
    pace(target);
    clock.set(target);
  }

  /** Sets who makes the driver's waiting take real time (the REPL's real clock), given the virtual milliseconds; null for none. */
  public void pacer(java.util.function.LongConsumer realWait) {
    this.pacer = realWait;
  }

  /** Runs {@code body} without pacing: time that already passed for real (a client's waiting). */
  public void unpaced(Runnable body) {
    java.util.function.LongConsumer saved = pacer;
    pacer = null;
    try {
      body.run();
    } finally {
      pacer = saved;
    }
  }

  private void pace(long until) {
    java.util.function.LongConsumer p = pacer;
    if (p != null && current.get() == null && until > clock.now() && until != Long.MAX_VALUE) {
      p.accept(until - clock.now());
    }
    checkInterrupt();
  }

  /** Advances timer by timer until {@code done} holds or {@code deadline} passes (or no timer is left); returns {@code done}. */
  public boolean runUntil(BooleanSupplier done, long deadline) {
    while (!done.getAsBoolean()) {
      checkInterrupt();
      Timer next = timers.peek();
      if (next != null || deadline != Long.MAX_VALUE) {
        checkLimit(next == null ? deadline : Math.min(deadline, next.at()));
      }
      if (next == null || next.at() > deadline) {
        if (next != null || deadline != Long.MAX_VALUE) {
          pace(deadline);
          clock.set(Math.max(clock.now(), Math.min(deadline, next == null ? deadline : next.at())));
        }
        return done.getAsBoolean();
      }
      pace(next.at());
      fire(timers.poll());
    }
    return true;
  }

  private void fire(Timer timer) {
    clock.set(timer.at());
    if (timer.action() != null) {
      timer.action().run();
      return;
    }
    Task task = timer.task();
    if (task.pending != timer) {
      return;
    }
    if (task.paused) {
      task.frozen = timer;
      return;
    }
    task.pending = null;
    transfer(task);
  }

  /** Hands the baton to {@code task} and waits until it is handed back. */
  private void transfer(Task task) {
    Semaphore mine = BATON.get();
    task.resumer = mine;
    if (task.start != null) {
      Runnable body = task.start;
      task.start = null;
      WorkerPool.execute(() -> slice(task, body));
    } else if (task.cont != null) {
      List<Suspend.Frame> frames = task.cont;
      task.cont = null;
      task.interruptible = false;
      Suspend.Outcome o = Suspend.Outcome.of(0);
      if (task.kill != null) {
        o = Suspend.Outcome.failed(new ProcessKilled(task.kill));
      } else if (task.interrupt != null) {
        o = Suspend.Outcome.failed(new ProcessKilled(task.interrupt));
        task.interrupt = null;
      }
      Suspend.Outcome outcome = o;
      WorkerPool.execute(() -> slice(task, () -> Suspend.resume(frames, outcome)));
    } else {
      task.run.release();
    }
    mine.acquireUninterruptibly();
  }

  /** Ends {@code task} at once with {@code signal}: its pending sleep throws {@link ProcessKilled}. */
  public void kill(Task task, Signal signal) {
    if (task.done) {
      return;
    }
    task.kill = signal;
    if (task == current.get()) {
      throw new ProcessKilled(signal);
    }
    if (task.pending != null) {
      timers.remove(task.pending);
      task.pending = null;
    }
    task.frozen = null;
    task.paused = false;
    transfer(task);
  }

  /** Freezes {@code task}: its timers wait until {@link #unpause}. */
  public void pause(Task task) {
    task.paused = true;
  }

  /** Thaws {@code task}; a sleep that fell due meanwhile ends now. */
  public void unpause(Task task) {
    task.paused = false;
    if (task.frozen != null) {
      Timer t = task.frozen;
      task.frozen = null;
      task.pending = new Timer(Math.max(t.at(), clock.now()), seq++, task, null);
      timers.add(task.pending);
    }
  }

  /** Ends the session for good: live tasks are killed, a runaway line still running stops at its next step. */
  public void close() {
    closed = true;
    shutdown();
  }

  /** Kills every live task, so an abandoned engine leaves no threads behind. */
  public void shutdown() {
    for (Task task : new ArrayList<>(live)) {
      kill(task, Signal.SIGKILL);
    }
    timers.clear();
  }
}
