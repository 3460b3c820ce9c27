package dev.kujira.engine.process;

import java.util.function.Consumer;

/**
 * A signal that a timer sends to the foreground program of the calling process, the way GNU
 * {@code timeout} signals its child when its SIGALRM comes: the host's {@code timeout} sets one
 * around the command it runs. When the clock reaches it, a wait of that program (a {@code sleep},
 * the docker client's {@code logs -f}, {@code wait}, {@code attach} or attached {@code run}) ends
 * with {@link ProcessKilled} as the signal would end it, unless a signal proxy is installed on
 * the waiting thread: the docker client with {@code --sig-proxy} (its default) forwards the signals
 * it receives to the container and keeps waiting (docker/cli container/signals.go
 * ForwardAllSignals; recorded on Docker 26.1: {@code timeout 2 docker run --rm busybox sleep 5}
 * ends after 5 s with 124). SIGKILL cannot be caught, so it is never proxied.
 */
public final class Alarm implements AutoCloseable {
  /** The signal proxy of the program waiting on this thread (the docker client), if any. */
  private static final ThreadLocal<Holder> PROXY = ThreadLocal.withInitial(Holder::new);

  private final Scheduler scheduler;
  private final Scheduler.Task owner;
  private final Signal signal;
  private final Holder holder;
  /** The proxy installed when the alarm was set: that of a client the setting process runs inside. */
  private final Consumer<Signal> outer;
  private boolean cancelled;
  private boolean fired;
  /** Decides at the alarm's time whether the signal ends the wait (null: it does); see {@link #set(Scheduler, long, Signal, java.util.function.BooleanSupplier)}. */
  private java.util.function.BooleanSupplier fatal;

  /** Removes an installed signal proxy when closed. */
  public interface Handle extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Holder {
    private Consumer<Signal> proxy;
  }

  private Alarm(Scheduler scheduler, Signal signal) {
    this.scheduler = scheduler;
    this.owner = scheduler.currentTask();
    this.signal = signal;
    this.holder = PROXY.get();
    this.outer = holder.proxy;
  }

  /** Sets an alarm: at {@code at} on the scheduler's clock, {@code signal} reaches the calling thread's waiting program. */
  public static Alarm set(Scheduler scheduler, long at, Signal signal) {
    Alarm a = new Alarm(scheduler, signal);
    scheduler.schedule(at, a::fire);
    return a;
  }

  /**
   * Sets an alarm whose signal comes from another process of the machine, as busybox
   * {@code timeout}'s watcher sends it with kill(2): at its time {@code fatal} delivers it (queues it
   * for a handler, or drops it for a namespace's init) and says whether it ends the wait.
   */
  public static Alarm set(Scheduler scheduler, long at, Signal signal, java.util.function.BooleanSupplier fatal) {
    Alarm a = new Alarm(scheduler, signal);
    a.fatal = fatal;
    scheduler.schedule(at, a::fire);
    return a;
  }

  /**
   * Installs {@code to} as the calling thread's signal proxy until the returned handle is closed:
   * alarms (but SIGKILL) are passed to it instead of ending the wait.
   */
  public static Handle proxy(Consumer<Signal> to) {
    Holder h = PROXY.get();
    Consumer<Signal> saved = h.proxy;
    h.proxy = to;
    return () -> h.proxy = saved;
  }

  private void fire() {
    if (cancelled) {
      return;
    }
    fired = true;
    if (fatal != null && !fatal.getAsBoolean()) {
      return;
    }
    // Only a proxy installed after the alarm was set is the waiting program's (a docker client that
    // timeout started); one already there belongs to a client this alarm's process runs inside.
    Consumer<Signal> proxy = holder.proxy != outer ? holder.proxy : null;
    if (proxy != null && signal != Signal.SIGKILL) {
      proxy.accept(signal);
      return;
    }
    if (!ignoredByDefault(signal)) {
      scheduler.alarm(owner, signal);
    }
  }

  /** Signals whose default action is to ignore them (signal(7)): a program without a handler goes on. */
  private static boolean ignoredByDefault(Signal s) {
    return s == Signal.SIGCHLD || s == Signal.SIGCONT || s == Signal.SIGURG || s == Signal.SIGWINCH;
  }

  /** Returns whether the clock reached the alarm (the signal was sent). */
  public boolean fired() {
    return fired;
  }

  /** Returns the alarm's signal. */
  public Signal signal() {
    return signal;
  }

  /** Cancels the alarm, and withdraws its signal if the wait ended before it was thrown. */
  @Override
  public void close() {
    cancelled = true;
    scheduler.clearAlarm(owner, signal);
  }
}
